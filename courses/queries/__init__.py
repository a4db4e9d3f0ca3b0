"""Reads for the learner's side of courses. Each runs a fixed number of queries however many
modules, lessons and learners exist (pinned by tests).

structure: the programme's cached structure and its version; overview: a learner's view of a
programme and its modules; lessons: a lesson's body and context, and search.
"""

from .lessons import (
    BODY_CACHE_SECONDS,
    PERSONAL_BLOCKS,
    lesson_body_parts,
    lesson_context,
    search_learning,
)
from .next_step import Milestones, NextStep, learner_milestones, learner_next_step, next_step
from .notes import LessonNotes, ModuleNotes, Note, learner_notes
from .overview import (
    AssessmentRow,
    LessonRow,
    ModuleRow,
    ProgrammeOverview,
    learner_programmes,
    module_outline,
    module_overview,
    programme_outline,
    programme_overview,
)
from .structure import (
    STRUCTURE,
    STRUCTURE_CACHE_SECONDS,
    link,
    module_link,
    names_for_reader,
    programme_names,
    programme_structure,
    structure_changed,
)

__all__ = [
    "BODY_CACHE_SECONDS",
    "PERSONAL_BLOCKS",
    "STRUCTURE",
    "STRUCTURE_CACHE_SECONDS",
    "AssessmentRow",
    "LessonNotes",
    "LessonRow",
    "Milestones",
    "ModuleNotes",
    "ModuleRow",
    "NextStep",
    "Note",
    "ProgrammeOverview",
    "learner_milestones",
    "learner_next_step",
    "learner_notes",
    "learner_programmes",
    "lesson_body_parts",
    "lesson_context",
    "link",
    "module_link",
    "module_outline",
    "module_overview",
    "names_for_reader",
    "next_step",
    "programme_names",
    "programme_outline",
    "programme_overview",
    "programme_structure",
    "search_learning",
    "structure_changed",
]
