import pytest

from attribution.text import InputError, decode, read_input, split_blocks


def test_bom_and_crlf_are_normalised():
    assert decode("\ufeffErster Satz.\r\nZweiter Satz.\r\n".encode("utf-8"), "x") == "Erster Satz.\nZweiter Satz.\n"


@pytest.mark.parametrize("data, message", [(b"", "empty input"), (b"  \n\n", "empty input"),
                                           (b"Gr\xfc\xdfe", "not UTF-8")])
def test_unusable_input_is_one_line_error(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "draft.txt")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_input(tmp_path / "fehlt.txt")


def test_plain_text_lines_are_paragraphs_and_short_lines_headings():
    text = "Titel der Meldung\nDer Minister sagte, die Lage sei ernst.\nEnde.\n"
    blocks = split_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Titel der Meldung"), ("prose", "Der Minister sagte, die Lage sei ernst."), ("prose", "Ende.")]
    assert all(text[b.start:b.end] == b.text for b in blocks)


def test_hard_wrapped_plain_text_stays_one_paragraph():
    text = ("Der Minister sagte am Montag in Berlin vor zahlreichen Journalisten und Gästen,\n"
            "die Lage sei ernst.\n")
    [block] = split_blocks(text)
    assert block.kind == "prose" and block.line == 1


def test_markdown_headings_code_and_front_matter_are_not_prose():
    text = "---\ntitle: Test\n---\n# Überschrift\n\nEin Satz.\nNoch einer.\n\n```\nsagte er\n```\n\n    eingerückt\n"
    blocks = split_blocks(text, markdown=True)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        ("heading", "# Überschrift", 4), ("prose", "Ein Satz.\nNoch einer.", 6)]


def test_inline_markdown_is_blanked_keeping_offsets():
    text = "Laut **Polizei** brennt es, siehe [Bericht](http://example.org/x) und `code`.\n"
    [block] = split_blocks(text, markdown=True)
    assert len(block.text) == block.end - block.start
    assert block.text.split() == ["Laut", "Polizei", "brennt", "es,", "siehe", "Bericht", "und", "."]
    assert text[block.text.index("Polizei"):].startswith("Polizei")
