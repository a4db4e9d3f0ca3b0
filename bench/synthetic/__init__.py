"""Synthetic data at scale, with a fixed seed, for benchmarks and load tests:

    python manage.py generate_synthetic --size small|medium|national [--seed 9]

small: 1 council, 50 learners. medium: 50 councils, 2,000 learners, cohorts of up to 500.
national: 400 councils, 20,000 learners, about 3 million quiz responses (use PostgreSQL).

Shapes are meant to look real: not everyone starts, completion tails off, most fail a quiz or
two before passing, and stages move mostly up, some down. The demo (curriculum, quizzes,
instrument, demo accounts) is seeded first through the demo seeder.

Writes use the product's own code: people, councils, leaders, cohorts and invitations go
through the services; quiz attempts are drawn and scored by ``attempt_draw`` and
``attempt_score`` (what ``attempt_start`` and ``attempt_submit`` run), self-assessments by
``scoring.subscale_scores`` and stages by ``stages.stage_for``, exactly as the services do.
Only the inserting is different: rows are bulk-inserted per chunk of learners, after field
validation, and every database constraint (unique, check, foreign key) still applies.
"""

from .shape import GENERATOR_VERSION, SIZES, SLUG_PREFIX, Size
from .structure import Generator

__all__ = ["GENERATOR_VERSION", "SIZES", "SLUG_PREFIX", "Generator", "Size"]
