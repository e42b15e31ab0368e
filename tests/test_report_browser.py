"""The report as a browser shows it: headless Chromium loads the page, dumps its DOM and
takes a screenshot. The reference-article tests run the real pipeline (slow)."""
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest
from conftest import require_shared
from report_dom import parse_html
from test_report import NIS_FULL, RAIN, REFERENCE, SCRIPT, analysis_of, hostile_document, so
from trees import parse

from attribution.analyse import analyse_file
from attribution.report import build_report, render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(Debian package `chromium`; .ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:         # a fresh profile every run
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def browser_dom(page: Path):
    return parse_html(chromium("--dump-dom", page.as_uri()))


def screenshot(page: Path, png: Path) -> bytes:
    chromium(f"--screenshot={png}", "--window-size=1280,2200", "--hide-scrollbars", page.as_uri())
    return png.read_bytes()


def assert_drawn(png: bytes) -> None:
    """A real PNG with something on it: a blank page filters down to a handful of byte values."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1000 and height >= 1000
    data, at = b"", 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        if kind == b"IDAT":
            data += png[at + 8:at + 8 + length]
        at += 12 + length
    assert len(set(zlib.decompress(data))) > 64


def write(tmp_path: Path, html: str) -> Path:
    page = tmp_path / "bericht.html"
    page.write_text(html, encoding="utf-8")
    return page


def check_sentences(dom, verdicts, labels) -> None:
    sentences = dom.all("span", "s")
    assert len(sentences) == len(verdicts)
    for node, verdict in zip(sentences, verdicts):
        [badge] = [n for n in node.children if not isinstance(n, str) and "badge" in n.classes]
        assert labels.certainty(verdict.certainty).label in badge.text(), verdict.sentence.index


def roster_rows(dom, name: str):
    """Roster rows that name `name` as the source or as one of its aliases."""
    rows = dom.one("table", "roster").all("tr")[1:]
    return [r for r in rows if re.search(rf"\b{name}\b", r.one(cls="name").text() + " " + r.one(cls="aliases").text())]


def test_browser_shows_markup_in_the_article_as_text(tmp_path, pack):
    analysis = analysis_of(hostile_document(), pack)
    report = build_report(analysis, pack)
    dom = browser_dom(write(tmp_path, render(report, "html")))
    # had the <script> run, it would have renamed the page
    assert dom.one("head").one("title").text() == f"{report.labels.title} – artikel.txt"
    assert not dom.all("script")
    assert SCRIPT in dom.one(cls="article").text()
    check_sentences(dom, analysis.verdicts, report.labels)


def test_browser_renders_roster_and_prints_on_a4(tmp_path, pack):
    analysis = analysis_of(parse(NIS_FULL, so("der NIS"), so("der Geheimdienst"), so("die Spionagebehörde"), RAIN),
                           pack)
    page = write(tmp_path, render(build_report(analysis, pack), "html"))
    [row] = roster_rows(browser_dom(page), "NIS")
    assert "die Spionagebehörde" in row.one(cls="aliases").text()
    assert_drawn(screenshot(page, tmp_path / "bericht.png"))
    pdf = tmp_path / "bericht.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf.read_bytes())
    assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes)


@pytest.fixture(scope="module")
def reference(pack, parser):
    return analyse_file(require_shared(REFERENCE), parser, pack)


@pytest.mark.slow
def test_reference_report_in_the_browser(reference, pack, parser, tmp_path):
    report = build_report(reference, pack)
    page = write(tmp_path, render(report, "html"))
    dom = browser_dom(page)
    check_sentences(dom, reference.verdicts, report.labels)
    [nis] = roster_rows(dom, "NIS")
    aliases = nis.one(cls="aliases").text()
    assert "Geheimdienst" in aliases and "Spionagebehörde" in aliases, aliases
    assert {n.text() for n in dom.all(cls="model")} == {parser.model.identity}
    assert {n.text() for n in dom.all(cls="rules")} == {f"{pack.name} {pack.version}"}
    assert_drawn(screenshot(page, tmp_path / "bericht.png"))
