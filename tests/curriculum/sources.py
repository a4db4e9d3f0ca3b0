"""The allow-list of sources (tests/curriculum/fixtures/allowed_sources.txt) and the links in
content/: every address a module or lesson shows, read from the files (no database)."""

import re
from pathlib import Path
from urllib.parse import urlsplit

ALLOWED = Path(__file__).resolve().parent / "fixtures" / "allowed_sources.txt"
URL = re.compile(r"https?://[^\s)\]>\"'`]+")


def allow_list() -> tuple[set[str], list[str]]:
    """(pages, sites): exact pages, and publishers whose deeper pages may all be linked."""
    pages, sites = set(), []
    for line in ALLOWED.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, address = line.split(maxsplit=1)
        if kind == "page":
            pages.add(normalise(address))
        elif kind == "site":
            sites.append(normalise(address).rstrip("/") + "/")
        else:
            raise ValueError(f"unknown line in {ALLOWED.name}: {line!r}")
    return pages, sites


def normalise(url: str) -> str:
    """One spelling per page: https, lower-case host without 'www.' or a trailing dot, no
    trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().rstrip(".").removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{host}{path}{query}"


def is_deep(url: str) -> bool:
    """A page below a site's root, not its home page."""
    return urlsplit(url).path.strip("/") != ""


def is_allowed(url: str, pages: set[str], sites: list[str]) -> bool:
    address = normalise(url)
    if address in pages:
        return True
    return any(address.startswith(site) and address != site.rstrip("/") for site in sites)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)


def links(content) -> list[tuple[str, str]]:
    """(where, address) for every link in every module and lesson: case studies, further
    reading, media and links written in the text."""
    found = []
    for module in content.programme.modules:
        where = str(module.path)
        for text in strings(list(module.case_studies)):
            found += [(where, url) for url in URL.findall(text)]
        for lesson in module.lessons:
            for block in lesson.blocks:
                for text in strings(block.value):
                    found += [(f"{lesson.path}:{block.line}", u) for u in URL.findall(text)]
    return [(where, url.rstrip(".,;:")) for where, url in found]
