"""Bytes -> text: BOMs, UTF-16, legacy 8-bit encodings, CRLF and NUL bytes.

News text arrives from mail clients, Windows editors and scrapers; the decoder must accept all of
those without guessing wrong on the common case (English text with a few cp1252 smart quotes),
and must refuse binary data instead of turning it into "facts".
"""

from __future__ import annotations

from reportgen.errors import InputError

#: Unicode line and paragraph separators become newlines (YAML would fold them into spaces); NULs go.
_LINE_ENDS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x00": None})

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

#: Bytes with a non-ASCII share below this are read as Windows-1252 when they are not UTF-8:
#: English text with a few smart quotes or accents, which detectors often call cp1250.
_WESTERN_SHARE = 0.10

#: Share of control or undecodable characters above which the input is treated as binary.
_BINARY_SHARE = 0.05

#: Byte signatures of common binary formats people pass by mistake.
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF",
          b"BZh", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0")


def decode(raw: bytes, name: str) -> str:
    """Decode ``raw`` to text with ``\\n`` line ends and no NULs, or raise ``InputError``."""
    if not raw:
        raise InputError("file is empty", name)
    if raw.startswith(_MAGIC):
        raise InputError("looks like a binary file (PDF, image, archive or program), not text", name)
    text = _decode_bytes(raw, name)
    if _binary(text):
        raise InputError("looks like a binary file, not text", name)
    text = text.lstrip("\ufeff").translate(_LINE_ENDS).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("file holds only whitespace", name)
    return text


def _decode_bytes(raw: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom):], codec, name, "although it starts with a byte-order mark")
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _strict(raw, utf16, name, "although it looks like UTF-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if raw[:8000].count(0) > 0:
        raise InputError("looks like a binary file, not text", name)
    non_ascii = sum(1 for b in raw[:200_000] if b > 0x7F)
    if non_ascii <= len(raw[:200_000]) * _WESTERN_SHARE:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: let the detector decide
    return _detect(raw, name)


def _strict(raw: bytes, codec: str, name: str, why: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        label = codec.replace("-sig", "").upper()
        raise InputError(f"invalid {label} at byte {exc.start} {why}", name) from None


def _utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in BOM-less UTF-16 of Latin text."""
    sample = raw[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if odd > half * 0.7 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.7 and odd < half * 0.1:
        return "utf-16-be"
    return None


def _detect(raw: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("invalid encoding: not UTF-8, UTF-16 or a Windows/ISO code page "
                         "(save the file as UTF-8)", name)
    encoding = "cp1252" if best.encoding in ("ascii", "latin_1", "iso8859_1") else best.encoding
    return raw.decode(encoding, errors="replace")


def _binary(text: str) -> bool:
    sample = text[:8000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return controls > len(sample) * _BINARY_SHARE
