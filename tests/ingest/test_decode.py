"""Decoding: every encoding a newsroom file arrives in, and refusal of binary data."""

from __future__ import annotations

import pytest

from reportgen.errors import InputError
from reportgen.ingest import ingest_bytes
from reportgen.ingest.decode import decode

SENTENCE = "The harbour authority said “work resumes Monday” at the café on Pier 4.\n"


@pytest.mark.parametrize("raw", [
    SENTENCE.encode("utf-8"),
    b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
    SENTENCE.encode("utf-16"),  # with BOM, native order
    b"\xff\xfe" + SENTENCE.encode("utf-16-le"),
    b"\xfe\xff" + SENTENCE.encode("utf-16-be"),
    SENTENCE.encode("utf-16-le"),
    SENTENCE.encode("utf-16-be"),
    SENTENCE.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"])
def test_decodes_every_supported_encoding(raw: bytes) -> None:
    assert decode(raw, "a.txt") == SENTENCE


def test_cp1252_smart_quote_bytes_become_curly_quotes() -> None:
    raw = b"Union leader said \x93we will not move\x94 \x96 and left. Caf\xe9 closed.\r\n"
    assert decode(raw, "a.txt") == "Union leader said “we will not move” – and left. Café closed.\n"


def test_latin1_accents_are_read_as_western_text() -> None:
    raw = "Señor Núñez, the port’s director, met workers à la française.".encode("cp1252")
    assert "Señor Núñez" in decode(raw, "a.txt")


def test_crlf_and_lone_cr_become_newlines_and_nuls_are_stripped() -> None:
    assert decode(b"First line.\r\nSecond\x00 line.\rThird.", "a.txt") == "First line.\nSecond line.\nThird."


def test_cyrillic_code_page_is_detected() -> None:
    text = "Профсоюз докеров объявил забастовку в порту на неделю."
    assert decode(text.encode("cp1251"), "a.txt") == text


@pytest.mark.parametrize("raw, problem", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "only whitespace"),
    (b"\xef\xbb\xbf  \n", "only whitespace"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(256)) * 20, "binary"),
    (b"\xef\xbb\xbfValid start then \xff\xfe\xfd bad bytes", "invalid UTF-8"),
])
def test_refuses_unreadable_input(raw: bytes, problem: str) -> None:
    with pytest.raises(InputError) as info:
        decode(raw, "bad.txt")
    assert problem in info.value.message
    assert info.value.path == "bad.txt"
    assert info.value.exit_code == 2


def test_random_high_bytes_are_not_taken_for_text() -> None:
    raw = bytes((i * 7919) % 251 + 1 for i in range(5000))
    with pytest.raises(InputError):
        ingest_bytes(raw, "noise.txt")


def test_unicode_line_separators_become_newlines() -> None:
    text = "One.\u2028Two.\x85Three.\u2029Four."
    assert decode(text.encode("utf-8"), "a.txt") == "One.\nTwo.\nThree.\n\nFour."


def test_no_break_and_thin_spaces_become_plain_spaces_in_text_and_title() -> None:
    raw = "Host\u00a0returns\n\n“We are back,” said co-host Stu\u00a0Burguiere, 40\u202fyears on.\n".encode()
    article = ingest_bytes(raw, "a.txt")
    assert "Stu Burguiere, 40 years on" in article.text
    assert "\u00a0" not in article.text and "\u202f" not in article.text
    assert article.title == "Host returns"
