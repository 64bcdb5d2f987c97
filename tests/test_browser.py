"""quotex's HTML in a real browser: headless Chromium loads each page without console messages,
its DOM (``--dump-dom``) holds exactly the text and the highlights quotex wrote, and it
screenshots to a PNG. Skipped, with the reason, when no Chromium is installed
(``.ci/run`` installs one with apt; ``QUOTEX_CHROMIUM=/path/to/chrome`` picks another)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from fixtures_loader import Article
from html_tree import parse
from test_render import ALLOWED_TAGS, PAYLOADS, expected_marks, found_marks

import quotex
from quotex.cli import main

ROOT = Path(__file__).parents[1]
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
)


def _chromium() -> str | None:
    chosen = os.environ.get("QUOTEX_CHROMIUM")
    if chosen:
        return chosen
    return next((path for path in map(shutil.which, NAMES) if path), None)


CHROMIUM = _chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium found (install it: apt-get install chromium; or set QUOTEX_CHROMIUM)",
    ),
]


def run_chromium(page: Path, *args: str) -> tuple[str, list[str]]:
    """Load *page* in headless Chromium with *args*; its stdout and the console lines of its log."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            timeout=120,
            check=False,
        )
    log = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 0, log[-2000:]
    # bytes decoded by hand: text mode would turn the DOM's "\r" into "\n"
    return done.stdout.decode("utf-8"), [line for line in log.splitlines() if ":CONSOLE" in line]


def test_console_check_sees_errors(tmp_path: Path) -> None:
    """The control: a page that logs an error and throws is caught by the console check."""
    page = tmp_path / "control.html"
    page.write_text('<!DOCTYPE html><p>x</p><script>console.error("control"); missing();</script>')
    _, console = run_chromium(page, "--dump-dom")
    assert any('"control"' in line for line in console)
    assert any("ReferenceError" in line for line in console)


def test_fixture_article(article: Article, tmp_path: Path) -> None:
    """Each fixture article: no console message, the DOM has its text and one element per
    highlighted span, and the page screenshots to a 1280x1600 PNG."""
    quotes = quotex.extract_quotes(article.text)
    page = tmp_path / f"{article.stem}.html"
    page.write_text(quotex.render(article.text, quotes, title=article.stem), encoding="utf-8")
    png = tmp_path / f"{article.stem}.png"
    dom, console = run_chromium(page, "--dump-dom", f"--screenshot={png}", "--window-size=1280,1600")
    assert console == []
    tree, containers = parse(dom)
    [found] = [c for c in containers if "art" in c.classes]
    assert found.text == article.text
    assert found_marks(found) == expected_marks(quotes)
    assert len(found.highlights) == len(expected_marks(quotes))
    assert len(found.labels) == len(quotes)
    assert "script" not in tree.tags
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 1600)


def test_hostile_page_in_the_browser(tmp_path: Path) -> None:
    """Payloads (scripts that would log, tags that would load) stay text in the browser's DOM."""
    payloads = [
        *PAYLOADS,
        '<script>console.error("escaped")</script>',
        "<img src=x onerror=console.error(1)>",
    ]
    text = "\n\n".join(f'"{p}," said Ann Lee.' for p in payloads)
    quotes = quotex.extract_quotes(text)
    page = tmp_path / "hostile.html"
    page.write_text(quotex.render(text, quotes, title=payloads[-1]), encoding="utf-8")
    dom, console = run_chromium(page, "--dump-dom")
    assert console == []
    tree, containers = parse(dom)
    assert tree.tags <= ALLOWED_TAGS, tree.tags - ALLOWED_TAGS
    [found] = [c for c in containers if "art" in c.classes]
    assert found.text == text
    assert found_marks(found) == expected_marks(quotes)


def test_evaluation_report_in_the_browser(tmp_path: Path) -> None:
    page = tmp_path / "evaluation.html"
    assert main(["evaluate", str(ROOT / "fixtures" / "brat"), "--html", str(page)]) == 0
    dom, console = run_chromium(page, "--dump-dom")
    assert console == []
    expected = parse(page.read_text(encoding="utf-8"))[1]
    found = parse(dom)[1]
    assert [(c.text, c.highlights, c.labels) for c in found] == [
        (c.text, c.highlights, c.labels) for c in expected
    ]
