"""Reading the value of number words: "100,000", "three-quarters", "a dozen", "1.3 million", "$2.5bn",
"80mm", "one point three".

The word tables are vocabulary (``data/numbers.yaml`` via ``lexicon``); this module only reads them, so
the number rules elsewhere read as rules, not as arithmetic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportgen.extract.lexicon import (
    COUNT_WORDS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DECIMAL_POINTS,
    FRACTIONS,
    GLUED_CODES,
    LOWER_CASE_MEASURES,
    MEASURES,
    NUMBER_TENS,
    NUMBER_UNITS,
    PLAIN_GLUED_CODES,
    RATE_WORDS,
    SCALES,
    VAGUE_COUNTS,
    VAGUE_MAGNITUDES,
)

_SIGN_CLASS = "[" + re.escape("".join(sorted(CURRENCY_SIGNS))) + "]"
_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
#: An amount written as one token: an optional sign ("$", "HK$"), digits, an optional suffix ("bn", "mm").
_CODES = "|".join(sorted(map(re.escape, GLUED_CODES), key=len, reverse=True))
_GLUED = re.compile(rf"^((?:[A-Z]{{1,2}})?{_SIGN_CLASS}|(?:{_CODES})(?=\d)|)(\d[\d,]*(?:\.\d+)?)([a-z]*)$",
                    re.IGNORECASE)
#: The sign that opens an amount written with it: "$", "£", "HK$", "A$", and a code glued to the figure
#: ("Sh876", "Rp500,000").
SIGN_PREFIX = re.compile(rf"^(?:(?:[A-Z]{{1,2}})?{_SIGN_CLASS}|(?:{_CODES})(?=\d))", re.IGNORECASE)


#: A figure grouped by spaces, as in South Africa or France ("1 200 workers", "15 000"): its first group
#: and each group of three after it.
FIRST_GROUP = re.compile(r"^\d{1,3}$")
GROUP = re.compile(r"^\d{3}$")
_GLUED_GROUP = re.compile(r"^\d{3}[^\d,.]")  # the last group with its unit glued on ("17 850MW")
#: A decimal comma ("R1,5 billion", "2,5%"): a comma before one or two digits marks no thousands.
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


def _figure(digits: str) -> float:
    """The value of digits as written: "1,500" (thousands) or "1,5" (a decimal comma)."""
    if _DECIMAL_COMMA.match(digits):
        return float(digits.replace(",", "."))
    return float(digits.replace(",", ""))


#: Signs written for minus before a figure: the hyphen, the minus sign, the en dash ("-0.4%", "−5C").
MINUS_SIGNS = frozenset("-\u2212\u2013")


def word_value(word: str) -> float | None:
    """The value of one token: "100,000", "2.5", "-0.4", "seven", "twenty-one", "two-thirds"; "bn" gives
    None."""
    low = word.lower().strip()
    if len(low) > 1 and low[0] in MINUS_SIGNS and low[1].isdigit():
        low = "-" + low[1:]
    if _DIGITS.match(low) or _DECIMAL_COMMA.match(low):
        return _figure(low)
    if low in NUMBER_UNITS:
        return float(NUMBER_UNITS[low])
    if low in NUMBER_TENS:
        return float(NUMBER_TENS[low])
    if "-" in low:
        head, _, tail = low.partition("-")
        if head in NUMBER_TENS and tail in NUMBER_UNITS and 0 < NUMBER_UNITS[tail] < 10:
            return float(NUMBER_TENS[head] + NUMBER_UNITS[tail])
        if (head in NUMBER_UNITS or head == "a") and tail in FRACTIONS:
            return NUMBER_UNITS.get(head, 1) * FRACTIONS[tail]
    return None


@lru_cache(maxsize=16384)
def glued_value(word: str) -> tuple[float, str, str] | None:
    """Split "$2.5bn" / "5m" / "10k" into (value, currency sign, scale suffix); remembered, as the number
    layers ask it of every token, some of them several times."""
    match = _GLUED.match(word)
    if not match:
        return None
    sign, digits, suffix = match.groups()
    if len(suffix) == 1 and (suffix.isupper() or (suffix == "b" and not sign)):
        return None  # "221B Baker Street", "5B": an address or a name, not a billion
    suffix = suffix.lower()
    if suffix and suffix not in SCALES:
        return None
    try:
        value = _figure(digits)
    except ValueError:
        return None
    return value * (SCALES[suffix] if suffix else 1), sign, suffix


@lru_cache(maxsize=16384)
def measure_value(word: str) -> tuple[float, str] | None:
    """Split a measure written together, "80mm" / "120mph" / "41C", into (value, unit); remembered, as
    :func:`glued_value`; a minus sign before it makes it negative ("-5C"), a plus sign changes nothing."""
    if len(word) > 2 and (word[0] in MINUS_SIGNS or word[0] == "+") and word[1].isdigit():
        measured = measure_value(word[1:])
        sign = 1 if word[0] == "+" else -1
        return (sign * measured[0], measured[1]) if measured is not None else None
    match = _GLUED.match(word)
    if not match or match.group(1):
        return None
    suffix = match.group(3)
    if not (suffix in MEASURES or (len(suffix) > 1 and suffix.lower() in MEASURES
                                   and suffix.lower() not in LOWER_CASE_MEASURES)):
        return None  # "5G" is a network, "5g" five grams; "4PC" a route, "4pc" a percentage
    return _figure(match.group(2)), MEASURES.get(suffix) or MEASURES[suffix.lower()]


def glued_money(token: Any) -> bool:
    """A figure written glued to its currency: a sign ("$10", "HK$3", "R$640"), or a code when the figure
    looks like money ("Sh876 billion", "KD520 a month", "QR6,500": a separator, a decimal or a scale,
    or a scale or a rate after it; a one-letter code only with thousands or a scale), never a road's, a
    model's or a port's name ("SH1", "SR71", "RS232 port", "the R1.5", "R2-D2")."""
    glued = glued_value(token.text)
    if glued is None or not glued[1]:
        return False
    sign = glued[1]
    if any(ch in CURRENCY_SIGNS for ch in sign):
        return True
    figure = token.text[len(sign):]
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    scaled = after is not None and (is_scale(after.text) or (
        after.text in ("-", "–") and token.i + 2 < len(doc) and is_scale(doc[token.i + 2].text)))
    if len(sign) == 1:  # one letter ("R" for rand) names roads and models too ("R2-D2", "the R1.5"):
        return "," in figure or bool(glued[2]) or scaled  # money only with thousands or a scale
    if "," in figure or "." in figure or glued[2] or sign.lower() in PLAIN_GLUED_CODES:
        return True  # ("RM25": a code that names nothing else)
    return after is not None and (scaled or after.lower_ in RATE_WORDS or after.text in ("-", "–"))


def prefixed_figure(word: str) -> bool:
    """A figure a sign or code is glued to, money or not ("$10", "KD480", "SR71"): never a name; after
    one letter only with thousands or a scale ("N1,000", "P2bn"; "N26", "P5" and "R2-D2" name things)."""
    glued = glued_value(word)
    if glued is None or not glued[1]:
        return False
    return len(glued[1]) > 1 or any(ch in CURRENCY_SIGNS for ch in glued[1]) or "," in word or bool(glued[2])


def money_start(token: Any) -> bool:
    """A figure's currency: glued to it (:func:`glued_money`) or written before it ("Rp 500,000")."""
    if glued_money(token):
        return True
    doc = token.doc
    return (token.text in CURRENCY_SIGNS or token.lower_ in CURRENCY_CODES) \
        and token.i + 1 < len(doc) and doc[token.i + 1].like_num


def is_scale(word: str) -> bool:
    """A scale word or suffix written apart: "million", "bn", "m." ("m" alone counts only when glued)."""
    return word.lower().rstrip(".") in SCALES


def phrase_value(words: list[str]) -> float | None:
    """The value of a number phrase: ["1.3", "million"], ["two", "hundred", "thousand"],
    ["tens", "of", "thousands"], ["a", "dozen"], ["several", "dozen"], ["three-quarters"], ["80mm"],
    ["one", "point", "three"]; None when it holds no number. An article counts as one only before a
    scale or count word ("a million", "a dozen"), so "a record 7.2" is 7.2."""
    total, current, seen, article, joined = 0.0, 0.0, False, False, False
    group: float | None = None  # a figure written in groups of digits ("1 200", "15 000") read so far
    chunk = 0.0  # what the last scale of a thousand or more made: a larger scale right after multiplies it
    chunk_scale = 0.0
    vague: float | None = None
    lower = 1.0  # "several" before a count or scale word: its lower bound
    decimals: str | None = None  # digits said after "point"
    for raw in words:
        low = raw.lower()
        if low in ("and", "of", ","):
            joined = joined or low == "and"
            continue
        if decimals is not None:
            digit = NUMBER_UNITS.get(low)
            if digit is not None and digit < 10:
                decimals += str(digit)
                continue
            current += float(f"0.{decimals}") if decimals else 0.0
            decimals = None
        value = word_value(raw)
        if value is None:
            glued = glued_value(raw)
            measured = measure_value(raw)
            value = glued[0] if glued is not None else measured[0] if measured is not None else None
        if value is not None and group is not None and (GROUP.match(raw) or _GLUED_GROUP.match(raw)):
            current += group * 999 + value  # "1 200": a thousands group after a space, not 1 + 200
            group = group * 1000 + value
            continue
        group = value if value is not None and FIRST_GROUP.match(raw) else None
        if value is not None:
            current += value
            seen = True
            lower = 1.0  # "as many as 30,000": "many" multiplies nothing
        elif low in ("a", "an"):
            article = True
            continue  # "and a half": the article keeps the "and"
        elif low in VAGUE_COUNTS:  # "several dozen": the lower bound, counted once a count word follows
            lower = VAGUE_COUNTS[low]
            article = True
            continue
        elif low in FRACTIONS and article and joined and current:  # "two and a half"
            current += FRACTIONS[low]
        elif low in DECIMAL_POINTS and seen:
            decimals = ""
        elif is_scale(low) and len(low.rstrip(".")) > 1:
            scale = SCALES[low.rstrip(".")]
            if scale >= 1000 and not current and chunk and scale > chunk_scale:  # "1.52 lakh crore"
                total += chunk * (scale - 1)  # ("one thousand million"; never "10 million thousand-year-old")
                chunk *= scale
                chunk_scale = scale
            else:
                current = (current or lower) * scale
                seen = seen or article
                if scale >= 1000:
                    total += current
                    chunk, current, chunk_scale = current, 0.0, scale
        elif low in VAGUE_MAGNITUDES:
            vague = VAGUE_MAGNITUDES[low] if vague is None else vague * VAGUE_MAGNITUDES[low]
            seen = True
        elif low in COUNT_WORDS:
            current = (current or lower) * COUNT_WORDS[low]
            seen = True
        elif low in FRACTIONS and (article or current):  # "a third", "two thirds"
            current = (current or 1) * FRACTIONS[low]
            seen = True
        joined = False
    if decimals:
        current += float(f"0.{decimals}")
    if not seen:
        return None
    value = total + current
    if vague is not None:
        value = vague * (value or 1)
    return float(f"{value:.15g}")  # "8.3 billion" is 8300000000, not 8300000000.000001
