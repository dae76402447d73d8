"""Word tables for reading numbers written out ("three-quarters", "a dozen", "1.3 million").

Kept apart from ``numbers.py`` so the rules there read as rules, not as vocabulary.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "crore": 1e7,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
#: Words that are a count by themselves ("a dozen", "a couple of", "a score").
COUNT_WORDS: dict[str, float] = {"dozen": 12, "couple": 2, "pair": 2, "score": 20, "half": 0.5}
#: Fractions written as words ("two-thirds", "a quarter").
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
#: Vague plural magnitudes: "tens of thousands" -> 10000, "hundreds" -> 100 (lower bound).
VAGUE: dict[str, float] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9,
}

#: Currency symbols and words -> the unit name the brief uses.
CURRENCIES: dict[str, str] = {
    "$": "dollars", "us$": "dollars", "usd": "dollars", "dollar": "dollars", "dollars": "dollars",
    "£": "pounds", "gbp": "pounds", "pound": "pounds", "pounds": "pounds",
    "€": "euros", "eur": "euros", "euro": "euros", "euros": "euros",
    "¥": "yen", "yen": "yen", "yuan": "yuan", "rupees": "rupees", "rubles": "rubles",
    "roubles": "roubles", "francs": "francs", "pence": "pence", "cents": "cents",
}
#: Currency codes and prefixed signs written before an amount ("CHF 1.2 billion", "A$2.4bn").
CURRENCY_CODES: dict[str, str] = {
    "us$": "dollars", "a$": "Australian dollars", "au$": "Australian dollars", "c$": "Canadian dollars",
    "ca$": "Canadian dollars", "hk$": "Hong Kong dollars", "nz$": "New Zealand dollars",
    "s$": "Singapore dollars", "r$": "reais", "nt$": "Taiwan dollars", "chf": "Swiss francs",
    "rs": "rupees", "rs.": "rupees", "inr": "rupees", "jpy": "yen", "cny": "yuan", "rmb": "yuan",
    "aud": "Australian dollars", "cad": "Canadian dollars", "usd": "dollars", "gbp": "pounds", "eur": "euros",
}
CURRENCIES.update(CURRENCY_CODES)

#: Units of measure written together with the number ("80mm", "120mph"), by their short form.
MEASURES: dict[str, str] = {
    "mm": "mm", "cm": "cm", "km": "km", "kg": "kg", "mg": "mg", "g": "g", "mph": "mph", "kph": "kph",
    "kmh": "km/h", "ft": "ft", "mi": "miles", "lb": "lb", "lbs": "lb", "kw": "kW", "mw": "MW", "gw": "GW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "ha": "hectares", "sq": "sq", "l": "litres", "ml": "ml",
    "t": "tonnes", "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB",
    "C": "degrees Celsius", "F": "degrees Fahrenheit",  # upper case only: "40C", "104F"
    "p": "pence",  # "410p", "145.9p"
}
#: Currency signs, which prefix an amount ("$10", "£40m").
CURRENCY_SIGNS = "$£€¥"

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_GLUED = re.compile(r"^((?:[A-Z]{1,2})?[$£€¥]|)(\d[\d,]*(?:\.\d+)?)([a-z]*)$", re.IGNORECASE)
#: The sign that opens an amount written with it: "$", "£", "HK$", "A$".
SIGN_PREFIX = re.compile(r"^(?:[A-Z]{1,2})?[$£€¥]", re.IGNORECASE)


def word_value(word: str) -> float | None:
    """The value of one token: "100,000", "2.5", "seven", "twenty-one", "bn" gives None."""
    low = word.lower().strip()
    if _DIGITS.match(low):
        return float(low.replace(",", ""))
    if low in UNITS:
        return float(UNITS[low])
    if low in TENS:
        return float(TENS[low])
    if "-" in low:
        head, _, tail = low.partition("-")
        if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
            return float(TENS[head] + UNITS[tail])
        if (head in UNITS or head == "a") and tail in FRACTIONS:
            return (UNITS.get(head, 1)) * FRACTIONS[tail]
    return None


def glued_value(word: str) -> tuple[float, str, str] | None:
    """Split "$2.5bn" / "5m" / "10k" into (value, currency symbol, scale suffix)."""
    match = _GLUED.match(word)
    if not match:
        return None
    symbol, digits, suffix = match.groups()
    if len(suffix) == 1 and (suffix.isupper() or (suffix == "b" and not symbol)):
        return None  # "221B Baker Street", "5B": an address or a name, not a billion
    suffix = suffix.lower()
    if suffix and suffix not in SCALES:
        return None
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    return value * (SCALES[suffix] if suffix else 1), symbol, suffix


def phrase_value(words: list[str]) -> float | None:
    """The value of a number phrase: ["1.3", "million"], ["two", "hundred", "thousand"],
    ["tens", "of", "thousands"], ["a", "dozen"], ["three-quarters"], ["80mm"]; None when it holds
    no number. An article counts as one only before a scale or count word ("a million", "a dozen"),
    so "a record 7.2" is 7.2."""
    total, current, seen, article = 0.0, 0.0, False, False
    vague: float | None = None
    for raw in words:
        low = raw.lower()
        if low in ("and", "of", ","):
            continue
        value = word_value(raw)
        if value is None:
            glued = glued_value(raw)
            measured = measure_value(raw)
            value = glued[0] if glued is not None else measured[0] if measured is not None else None
        if value is not None:
            current += value
            seen = True
        elif low in ("a", "an"):
            article = True
        elif low.rstrip(".") in SCALES and len(low.rstrip(".")) > 1:
            scale = SCALES[low.rstrip(".")]
            current = (current or 1) * scale
            seen = seen or article
            if scale >= 1000:
                total += current
                current = 0.0
        elif low in VAGUE:
            vague = VAGUE[low] if vague is None else vague * VAGUE[low]
            seen = True
        elif low in COUNT_WORDS:
            current = (current or 1) * COUNT_WORDS[low]
            seen = True
        elif low in FRACTIONS and (article or current):  # "a third", "two thirds"
            current = (current or 1) * FRACTIONS[low]
            seen = True
    if not seen:
        return None
    value = total + current
    if vague is not None:
        return vague * (value or 1)
    return value


def measure_value(word: str) -> tuple[float, str] | None:
    """Split a measure written together, "80mm" / "120mph" / "5km", into (value, unit)."""
    match = _GLUED.match(word)
    if not match or match.group(1):
        return None
    suffix = match.group(3)
    if not (suffix in MEASURES or (len(suffix) > 1 and suffix.lower() in MEASURES)):
        return None  # "5G" is a network, "5g" five grams
    return float(match.group(2).replace(",", "")), MEASURES.get(suffix) or MEASURES[suffix.lower()]
