"""<!-- attribution: ignore RULE --> silences a check for the next paragraph of a Markdown draft."""
import pytest
from check_support import FIGURE, PLAIN, UNCERTAIN, TreeParser, surface

from attribution.check.definitions import load_checks
from attribution.check.run import check_text
from attribution.check.suppress import find_suppressions


@pytest.fixture(scope="module")
def checks(pack):
    return load_checks(pack)


def run(text, pack, checks, name="draft.md"):
    return check_text(text, name, TreeParser(), pack, checks, {c.id: c.severity for c in checks})


def test_comment_lists_one_or_more_checks():
    [one, two] = find_suppressions("<!-- attribution: ignore claimed-only -->\n"
                                   "<!--attribution:ignore unattributed-figure, anonymous-source-->")
    assert one.checks == {"claimed-only"}
    assert two.checks == {"unattributed-figure", "anonymous-source"}


def test_comment_on_its_own_line_silences_the_next_paragraph_only(pack, checks):
    text = (f"<!-- attribution: ignore unattributed-figure -->\n\n{surface(FIGURE)}\n\n"
            f"{surface(PLAIN)} {surface(FIGURE)}\n")
    result = run(text, pack, checks)
    assert [(f.check, f.line) for f in result.findings] == [("unattributed-figure", 5)]
    assert result.suppressed == 1


def test_comment_opening_a_paragraph_covers_all_its_sentences(pack, checks):
    text = f"<!-- attribution: ignore unattributed-figure -->\n{surface(FIGURE)} {surface(FIGURE)}\n"
    result = run(text, pack, checks)
    assert result.findings == [] and result.suppressed == 2


def test_other_checks_in_the_paragraph_still_report(pack, checks):
    text = f"<!-- attribution: ignore unattributed-figure -->\n{surface(FIGURE)} {surface(UNCERTAIN)}\n"
    assert [f.check for f in run(text, pack, checks).findings] == ["uncertain-without-source"]


def test_without_a_comment_nothing_is_suppressed(pack, checks):
    result = run(f"{surface(FIGURE)}\n\n{surface(FIGURE)}\n", pack, checks)
    assert len(result.findings) == 2 and result.suppressed == 0


def test_headings_and_code_make_no_findings(pack, checks):
    text = f"# 600 Tote an der Front\n\n```\n{surface(FIGURE)}\n```\n\n{surface(PLAIN)}\n"
    assert run(text, pack, checks).findings == []
