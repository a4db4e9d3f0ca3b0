"""What a cohort report is made of: plain rows, built once and read by the dashboard pages,
the printable plan and the exports (the report itself is in report.py)."""

from dataclasses import dataclass, field
from datetime import datetime

from quizzes.constants import STAGE_LABELS


@dataclass(frozen=True)
class ModuleInfo:
    id: int
    title: str
    label: str
    is_core: bool
    lesson_ids: frozenset[int]
    quiz_id: int | None


@dataclass
class Learner:
    user_id: int
    name: str
    email: str
    council: str
    position: str
    position_label: str
    joined_at: datetime
    last_active_at: datetime | None = None
    lessons_done: int = 0
    modules_done: int = 0
    started: bool = False
    baseline_done: bool = False
    programme_complete: bool = False
    baseline_stage: int | None = None
    current_stage: int | None = None
    last_move: str = ""  # "up", "down", "same" or ""
    follow_up: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.programme_complete:
            return "completed"
        if self.started:
            return "in progress"
        return "not started"

    @property
    def baseline_label(self) -> str:
        return STAGE_LABELS.get(self.baseline_stage, "")

    @property
    def current_label(self) -> str:
        return STAGE_LABELS.get(self.current_stage, "")

    @property
    def needs_follow_up(self) -> bool:
        return bool(self.follow_up)


@dataclass(frozen=True)
class FunnelRow:
    module: ModuleInfo
    started: int
    lessons_completed: int
    quiz_passed: int


@dataclass(frozen=True)
class ChangeRow:
    label: str
    scale: str
    change: object  # stats.PairedChange
    gain: object = None  # knowledge only: stats.Gain
    median_gain: float | None = None  # knowledge only: the median of the individual gains


@dataclass(frozen=True)
class ItemRow:
    quiz_title: str
    module_label: str
    question_id: str
    text: str
    stats: object  # stats.ItemStats
    wrong_option_text: str
    module_id: int | None = None


@dataclass(frozen=True)
class ConfidenceItemRow:
    key: str
    text: str
    mean: float
    n: int
