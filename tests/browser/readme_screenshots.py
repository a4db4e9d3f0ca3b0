"""Turns the browser tests' full-page screenshots into the README's pictures: the top of each
page, 800 px wide, in 256 colours so the repository stays small. Run by `make screenshots`
after the browser tests; the pictures come from the suite, never from a hand-made capture."""

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "test-artifacts" / "screenshots"
TARGET = ROOT / "docs" / "screenshots"
WIDTH = 800

# README picture: (the test's screenshot, how much of the page's top to keep, in CSS px)
PICTURES = {
    "learn": ("councillor-js-mouse-learn-after", 1800),
    "lesson": ("councillor-js-mouse-lesson", 1800),
    "quiz-result": ("councillor-js-mouse-quiz-passed", 1800),
    "journey": ("councillor-js-mouse-journey", 1800),
    "cohort-dashboard": ("cohort-dashboard", 2100),
    "uptake-dashboard": ("uptake-dashboard", 2100),
}


def main() -> int:
    missing = [shot for shot, _ in PICTURES.values() if not (SOURCE / f"{shot}.png").exists()]
    if missing:
        print(f"Run the browser tests first (make e2e); missing in {SOURCE}: {missing}")
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, (shot, top) in PICTURES.items():
        with Image.open(SOURCE / f"{shot}.png") as full:
            page = full.convert("RGB").crop((0, 0, full.width, min(top, full.height)))
        height = round(page.height * WIDTH / page.width)
        small = page.resize((WIDTH, height), Image.Resampling.LANCZOS).quantize(colors=256)
        small.save(TARGET / f"{name}.png", optimize=True)
        print(f"docs/screenshots/{name}.png <- {shot}.png ({WIDTH}x{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
