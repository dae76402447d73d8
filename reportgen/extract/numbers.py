"""Numeric facts: counts, money, percentages, measures and durations, read from spaCy entities.

Works from ``doc.ents`` and the parse only (no re-parsing). Calendar dates, years, clock times,
ordinals, formula operands and numbers that are part of a name are left out, and so are bare
numbers whose counted noun cannot be found: an analyst cannot tabulate "eight" of nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from reportgen.brief import Number
from reportgen.extract.numwords import (
    COUNT_WORDS,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    FRACTIONS,
    SCALES,
    SIGN_PREFIX,
    VAGUE,
    glued_value,
    measure_value,
    phrase_value,
    word_value,
)

NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"}
#: Words before a number that make it approximate ("about", "nearly", "some").
APPROX_WORDS = {
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "more",
    "less", "fewer", "under", "below", "above", "estimated", "close", "upwards", "several", "~",
    "approx", "circa",
}
#: Two-word approximations: "more than", "up to", "at least".
APPROX_PAIRS = {
    ("up", "to"), ("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"), ("fewer", "than"),
    ("close", "to"), ("as", "many"), ("as", "much"), ("upwards", "of"), ("in", "excess"),
}
#: Nouns a listicle heading counts ("Five things we learned", "Three takeaways").
LIST_NOUNS = {"things", "ways", "reasons", "takeaways", "lessons", "questions", "facts", "tips", "charts"}
_RANGE_WORDS = {"to", "and", "or", "-", "\u2013"}
_LEAD_TRIM = {"the", "a", "an", "only", "just", "all", "another", "those", "these"}
DURATION_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
}
#: Spans of time counted in years ("two decades" -> 20 years).
_LONG_UNITS = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}
#: Nouns after a hyphenated length that make it a comparison ("a 10-year low").
_EXTREMES = {"high", "low", "peak", "record", "best", "worst", "lowest", "highest"}
#: Month and weekday names (and their short forms): a DATE holding one is a calendar reference.
CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "through",
}
_DURATION_FILLER = {"the", "last", "past", "next", "ago", "over", "just", "only", "nearly", "about"}
PERCENT_WORDS = {"%", "percent", "per", "cent", "percentage", "pc"}
#: Symbols that make a number part of a formula ("10^5 * 300"): operands are not facts, results are.
FORMULA_OPS = {"^", "*", "\u00d7", "+", "=", "/", "x"}
#: Spelled-out "one" is nearly always a pronoun or idiom ("one of them", "on the one hand"), except
#: when it counts people ("one soldier was killed").
_PRONOUN_NUMBERS = {"one", "a", "an"}
PERSON_NOUNS = {
    "person", "man", "woman", "child", "boy", "girl", "baby", "soldier", "officer", "civilian",
    "worker", "passenger", "student", "patient", "victim", "suspect", "resident", "journalist",
    "protester", "migrant", "refugee", "prisoner", "hostage", "firefighter", "pilot", "driver",
    "teenager", "adult", "member", "employee", "fan", "player", "doctor", "nurse", "teacher", "guard",
}
_NAMED_LABELS = {"PRODUCT", "ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC"}
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_TIME = re.compile(r"\d{1,2}:\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)$", re.IGNORECASE)
_MIXED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_TALLY = re.compile(r"^(\d{1,3})[-\u2013\u2014](\d{1,3})$")
_SIGNS = set(CURRENCY_SIGNS)  # a set: "" is in every string
_RATE_TAIL = re.compile(r" (?:a|an|per|each|every) \S+$")
_DASHES = {"-", "\u2013", "\u2014"}
#: Lemmas that make "64-34" a vote tally, and those that make "3-1" a game's score.
VOTE_WORDS = {"vote", "pass", "approve", "reject", "confirm", "ballot", "adopt", "override", "elect"}
SCORE_WORDS = {"win", "lose", "beat", "draw", "defeat", "victory", "score", "lead", "trail", "edge", "thrash"}


def find_numbers(doc: Any) -> list[Number]:
    """Every numeric fact in ``doc``, in text order; a fact repeated in the same words is listed once."""
    found = _all_numbers(doc)
    seen: set[tuple[float, str, str]] = set()
    unique: list[Number] = []
    for number in found:
        key = (number.value, (number.unit or "").lower(), number.text.lower())
        if key not in seen:
            seen.add(key)
            unique.append(number)
    return unique


def _all_numbers(doc: Any) -> list[Number]:
    """Every numeric mention, in text order (later ones can borrow an earlier one's noun)."""
    found: list[Number] = []
    consumed = -1  # tokens before this index belong to a fact already read (a tally's second side)
    for ent, label in _candidates(doc):
        if ent.start < consumed:
            continue
        tally = _tally(ent)
        if tally is not None:
            found.append(tally[0])
            consumed = tally[1]
            continue
        if label in ("DATE", "TIME"):
            number = _duration(ent)
            if number is not None:
                found.append(number)
            continue
        pieces = _pieces(ent)
        numbers = [_number_of(piece, label, found) for piece in pieces]
        if len(pieces) == 2 and doc[pieces[0].end].lower_ == "or" and numbers[0] and numbers[1]:
            pieces, numbers = pieces[:1], [_either(numbers[0], numbers[1])]
        for piece, number in zip(pieces, numbers, strict=True):
            if number is None or _list_heading(piece, number.unit or ""):
                continue
            if number.unit or _is_share(number, piece):
                found.append(number)
    return found


def _either(low: Number, high: Number) -> Number:
    """ "three or four of our players": one approximate fact, the lower figure, the noun of the pair."""
    text = low.text if low.text.endswith(high.text) else f"{low.text} or {high.text}"
    return Number(value=low.value, unit=low.unit or high.unit, text=text, context=low.context,
                  approximate=True)


def _unlabelled_money(token: Any) -> bool:
    """An amount the tagger left outside any entity that a currency sign or code opens ("€ 3.5bn",
    "HK$50,000")."""
    glued = glued_value(token.text)
    if glued is None or not any(ch.isdigit() for ch in token.text):
        return False
    before = token.nbor(-1).text if token.i > 0 else ""
    return bool(glued[1]) or before in _SIGNS or before.lower() in CURRENCIES


def _ordinal_share(ent: Any) -> Any | None:
    """ "a third of adults": a share the tagger read as an ordinal, with its article; else None."""
    doc = ent.doc
    if ent.label_ != "ORDINAL" or len(ent) != 1 or ent[0].lower_ not in FRACTIONS or ent.start == 0:
        return None
    if doc[ent.start - 1].lower_ not in ("a", "one") or ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    return doc[ent.start - 1:ent.end]


def _tally(ent: Any) -> tuple[Number, int] | None:
    """A vote tally or a score ("passed 64-34", "won 3-1", "by a vote of 64 to 34") as one fact: the
    first side's number, the tally as written, unit "votes" or "score", and the token index where it
    ends; None for anything else, such as a range ("10-12 people", "from 64 to 34")."""
    doc = ent.doc
    first = ent[0]
    end = _tally_end(first)
    if end is None:
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") \
            and after.lemma_.lower() not in VOTE_WORDS | SCORE_WORDS:
        return None  # "10-12 people": a range counting a noun
    lemmas = {t.lemma_.lower() for t in ent.sent}
    if lemmas & VOTE_WORDS:
        unit = "votes"
    elif lemmas & SCORE_WORDS:
        unit = "score"
    else:
        return None
    value = float(re.split(r"\D+", first.text)[0])
    return Number(value=_plain(value), unit=unit, text=doc[first.i:end].text, context=_context(ent)), end


def _tally_end(first: Any) -> int | None:
    """Where a tally starting at ``first`` ends: "64-34" (one token or three written together), or
    "51 to 47" when the sentence is about a vote; None when ``first`` does not start one."""
    doc = first.doc
    if _TALLY.match(first.text):
        return first.i + 1
    if not first.text.isdigit() or len(first.text) > 3 or first.i + 2 >= len(doc) \
            or not doc[first.i + 2].text.isdigit():
        return None
    link = doc[first.i + 1]
    if link.text in _DASHES and not first.whitespace_ and not link.whitespace_:
        return first.i + 3
    if link.lower_ == "to" and "vote" in {t.lemma_.lower() for t in first.sent}:
        return first.i + 3
    return None


def _is_share(number: Number, ent: Any) -> bool:
    """A share of a whole with no noun ("by about a third", "one in 20 fall ill"): a fact by itself,
    unlike a bare count ("eight" of nothing), a bare decimal or a word part ("half-finished")."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in _DASHES and not ent[-1].whitespace_:
        return False
    words = re.split(r"[\s-]+", number.text.lower())
    ratio = "in" in words or ("of" in words and "out" in words)
    return 0 < number.value < 1 and (ratio or any(w in FRACTIONS for w in words))


def _candidates(doc: Any) -> list[tuple[Any, str]]:
    """Numeric entities, plus digits the tagger left outside any entity that count a noun or carry
    a unit written with them ("another 80mm of rain"), in text order, with their labels."""
    found = []
    for ent in doc.ents:
        measured = len(ent) == 1 and measure_value(ent.text) is not None  # "41C" read as a date or product
        scaled = len(ent) == 1 and ent.label_ == "ORDINAL" and _scaled(ent[0])  # "2bn" read as "2nd"
        if measured or ent.label_ in NUMERIC_LABELS:
            found.append((ent, "QUANTITY" if measured else ent.label_))
        elif scaled:
            found.append((ent, "CARDINAL"))
    found.extend((share, "CARDINAL") for share in map(_ordinal_share, doc.ents) if share is not None)
    for token in doc:
        if token.ent_type_:
            continue
        if measure_value(token.text) is not None:  # "410p" left outside any entity
            found.append((doc[token.i:token.i + 1], "QUANTITY"))
            continue
        if _unlabelled_money(token):
            found.append((doc[token.i:token.i + 1], "MONEY"))
            continue
        if not token.like_num or not any(ch.isdigit() for ch in token.text):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        measured = after is not None and not token.whitespace_ and measure_value(token.text + after.text)
        if measured:
            found.append((doc[token.i:token.i + 1], "QUANTITY"))
        elif token.dep_ == "nummod" and token.head.pos_ == "NOUN" and token.head.i > token.i:
            found.append((doc[token.i:token.i + 1], "CARDINAL"))
    return _join_alternatives(sorted(found, key=lambda pair: pair[0].start))


def _join_alternatives(found: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Two counts joined by "or" ("three or four players") made one span, read as one fact."""
    joined: list[tuple[Any, str]] = []
    for ent, label in found:
        if joined:
            last, last_label = joined[-1]
            doc = ent.doc
            if last_label == label == "CARDINAL" and ent.start == last.end + 1 \
                    and doc[last.end].lower_ == "or":
                joined[-1] = (doc[last.start:ent.end], label)
                continue
        joined.append((ent, label))
    return joined


def _list_heading(ent: Any, unit: str) -> bool:
    """A heading that counts the article's own parts ("Five things we learned"), not a fact."""
    if unit.lower() not in LIST_NOUNS:
        return False
    doc = ent.doc
    last = doc[ent.end - 1]
    for token in doc[ent.end:ent.sent.end]:
        if "\n" in token.text:
            break
        last = token
        if "\n" in token.whitespace_:
            break
    return not last.is_punct


def _pieces(ent: Any) -> list[Any]:
    """An entity cut at range words between amounts: "$120 million to $2.1 billion" is two facts,
    "between 200 and 300" two bounds."""
    doc = ent.doc
    cuts = [t.i for t in ent[1:-1] if t.lower_ in _RANGE_WORDS
            and _has_amount(doc[ent.start:t.i]) and _has_amount(doc[t.i + 1:ent.end])
            and (t.lower_ != "and" or _bounds_meet(doc[t.i - 1], doc[t.i + 1]))
            and not _compound_number(t)]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [doc[a + (1 if a in cuts else 0):b] for a, b in pairwise(bounds)]


def _compound_number(hyphen: Any) -> bool:
    """A hyphen inside one number written out ("twenty-two"), not between two ("10-12")."""
    doc = hyphen.doc
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    return hyphen.text == "-" and not before.whitespace_ and not hyphen.whitespace_ \
        and word_value(f"{before.text}-{after.text}") is not None


def _bounds_meet(before: Any, after: Any) -> bool:
    """An "and" between two amounts ("between 200 and 300", "between £150m and £200m"), not inside
    one ("two hundred and fifty")."""
    ends = any(ch.isdigit() for ch in before.text) or before.lower_.rstrip(".") in SCALES
    starts = any(ch.isdigit() for ch in after.text) or after.text in _SIGNS
    return ends and starts


def _has_amount(span: Any) -> bool:
    return any(t.like_num or glued_value(t.text) for t in span)


def _number_of(ent: Any, label: str, earlier: list[Number]) -> Number | None:
    """The fact one numeric span states, or None when it is not one (a name, year, time, formula
    operand, pronoun "one"); ``earlier`` facts lend their noun to a bare number."""
    if _is_name_part(ent) or _TIME.search(ent.text) or _is_operand(ent):
        return None
    if label == "CARDINAL" and len(ent) == 1 and _YEAR.match(ent.text):
        return None
    if len(ent) == 1 and ent[0].lower_ in _PRONOUN_NUMBERS and not _one_person(ent[0]):
        return None
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("in", "out") and _is_number(doc[ent.end + 1:]):
        return None  # the "one" of "one in five": read with the five
    end = _scale_end(ent)
    value = phrase_value(_value_words(doc[ent.start:end]))
    if value is None:
        return None
    ratio = _ratio_start(ent)
    start, approximate = _approx_start(ent)
    if ratio is not None and value:
        numerator, ratio_start = ratio
        value = numerator / value
        start, approximate = _approx_start(doc[ratio_start:ent.end])
    unit: str | None
    measures = [m[1] for m in map(measure_value, _value_words(doc[ent.start:end])) if m is not None]
    if measures:
        unit = measures[-1]
    elif _is_percent(doc[ent.start:end + 2]):
        unit, end = _percent_unit(ent)
    elif _signed(ent) or (label == "MONEY" and _has_currency(ent, end)):
        unit, end = _currency(ent, end)
    elif label in ("QUANTITY", "MONEY"):
        unit = _quantity_unit(ent)
        if unit is None:
            unit, end = _counted_noun(ent, end)
    else:
        if _part_of_a_count(ent, end) or _known_group(ent) or _whole_of_a_part(ent):
            return None
        unit, end = _counted_noun(ent, end)
        if unit is not None and (_is_label(ent, end) or _is_source(ent, doc[end - 1])):
            return None
        if unit is None and not 0 < value < 1:  # a share needs no noun ("a third of what is needed")
            unit = _described_noun(ent) or _elided_noun(ent, earlier)
    if unit:
        unit = unit.strip("-")  # "7.8-magnitude"
        rate_end = _rate_end(doc, end)
        if rate_end > end:  # "$87.40 a barrel", "1.2 million barrels a day"
            unit, end = f"{unit} {doc[end:rate_end].text}", rate_end
    line_start, line_end = _line(ent)
    if end > line_end:  # the noun found lies on another line: not this number's
        unit, end = (_elided_noun(ent, earlier) if label == "CARDINAL" else unit), line_end
    span = ent.doc[max(start, line_start):min(end, line_end)]
    text = span.text.rstrip(".") if span[-1].lower_.rstrip(".") in SCALES else span.text
    return Number(value=_plain(value), unit=unit, text=text, context=_context(ent),
                  approximate=approximate or any(t.lower_ in VAGUE for t in ent) or " or so" in text.lower())


def _one_person(token: Any) -> bool:
    """ "one" counting a person ("one soldier was killed"): a casualty or arrest count, not an idiom."""
    head = token.head
    return token.dep_ == "nummod" and head.i == token.i + 1 and head.lemma_.lower() in PERSON_NOUNS


def _signed(ent: Any) -> bool:
    """A currency sign or code stands before or in the amount ("£5m" tagged as a plain number,
    "CHF 1.2 billion", "HK$50,000")."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return before in _SIGNS or before.lower() in CURRENCY_CODES or bool(SIGN_PREFIX.match(ent.text))


def _is_number(span: Any) -> bool:
    return len(span) > 0 and (span[0].like_num or phrase_value([span[0].text]) is not None)


def _ratio_start(ent: Any) -> tuple[float, int] | None:
    """The numerator and start of a ratio the entity is the base of: "one in five", "3 out of 10"."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ == "out":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("in", "out") or not _is_number(doc[i - 1:i]):
        return None
    numerator = phrase_value([doc[i - 1].text])
    return (numerator, i - 1) if numerator is not None else None


def _is_percent(span: Any) -> bool:
    lows = [t.lower_ for t in span]
    pairs = set(pairwise(lows))
    return any(w in ("%", "percent", "pc") for w in lows) or ("per", "cent") in pairs \
        or ("percentage", "point") in pairs or ("percentage", "points") in pairs


def _scale_end(ent: Any) -> int:
    """The end of an amount once a scale the tagger left outside it is included ("40" + "m")."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].lower_.rstrip(".") in SCALES:
        if len(doc[end].text.rstrip(".")) == 1 and doc[end - 1].whitespace_:
            break
        end += 1
    if end < len(doc) and not doc[end - 1].whitespace_ and measure_value(doc[end - 1].text + doc[end].text):
        end += 1  # "80" "mm"
    return end


def _value_words(ent: Any) -> list[str]:
    """Words of a number entity that carry value: currency and percent words dropped, and pieces
    written together ("40" "m", "two" "-" "thirds") joined again when the whole has a value."""
    out: list[str] = []
    glue = False
    for token in ent:
        low = token.lower_
        if (low in CURRENCIES and not glued_value(token.text)) or low in PERCENT_WORDS:
            glue = False
            continue
        word = SIGN_PREFIX.sub("", token.text).rstrip(".")
        if glue and out:
            out[-1] += word
        elif word:
            out.append(word)
        glue = not token.whitespace_
    words: list[str] = []
    for word in out:
        if "-" in word.strip("-") and phrase_value([word]) is None:
            words.extend(word.split("-"))
        else:
            words.append(word)
    return words


def _approx_start(ent: Any, duration: bool = False) -> tuple[int, bool]:
    """Where the span starts once approximation words ("about", "more than", "up to", "at least")
    and a currency sign before it are included, and whether the number is approximate. For a
    duration "over"/"under" mean "during"/"within", not approximation."""
    doc = ent.doc
    sent_start = ent.sent.start
    start = ent.start
    if start > sent_start and doc[start - 1].lower_ in CURRENCIES:
        start -= 1
    while start > sent_start:
        before = doc[start - 1].lower_
        if before in APPROX_WORDS or before in ("a", "an"):
            start -= 1
        elif start - 1 > sent_start and (doc[start - 2].lower_, before) in APPROX_PAIRS:
            start -= 2
        else:
            break
    while start < ent.end - 1 and doc[start].lower_ in _LEAD_TRIM:
        if _counts_with_article(doc[start + 1]):
            break
        start += 1
    lows = [t.lower_ for t in doc[start:ent.end]]
    heads = APPROX_WORDS - {"over", "under"} if duration else APPROX_WORDS
    approximate = any(w in heads for w in lows) or any(pair in APPROX_PAIRS for pair in pairwise(lows))
    return start, approximate


def _counts_with_article(token: Any) -> bool:
    """A word that needs its "a" to be a number: "a third", "a dozen", "a million"."""
    low = token.lower_
    return low in FRACTIONS or low in COUNT_WORDS or (low in SCALES and len(low) > 2)


def _currency(ent: Any, end: int) -> tuple[str, int]:
    """The currency of an amount (sign before it, code or word inside or right after it)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in CURRENCIES:
        return CURRENCIES[doc[ent.start - 1].lower_], end
    for token in doc[ent.start:end]:
        if token.lower_ in CURRENCIES:
            return CURRENCIES[token.lower_], end
        sign = SIGN_PREFIX.match(token.text)
        if sign:
            return CURRENCIES.get(sign.group().lower(), "dollars"), end
    if end < len(doc) and doc[end].lower_ in CURRENCIES:
        return CURRENCIES[doc[end].lower_], end + 1
    return "dollars", end


def _percent_unit(ent: Any) -> tuple[str, int]:
    """"percent", or "percentage points" when the change is in points; the span takes in a
    "per cent" or "%" the tagger left outside."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end < ent.end + 2 and doc[end].lower_ in ("%", "percent", "per", "cent", "pc"):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "percentage" and doc[end + 1].lower_ in ("point", "points"):
        return "percentage points", end + 2
    if end < len(doc) and doc[end].lower_ in ("point", "points"):
        return "percentage points", end + 1
    if any(t.lower_ in ("point", "points") for t in ent):
        return "percentage points", end
    return "percent", end


def _quantity_unit(ent: Any) -> str | None:
    """The words of a measure after its amount: "cubic metres", "miles an hour", "acre-feet"."""
    amount = [t.i for t in ent if t.like_num or t.lower_.rstrip(".") in SCALES or glued_value(t.text)]
    if not amount or amount[-1] + 1 >= ent.end:
        return None
    words = ent.doc[amount[-1] + 1:ent.end]
    return words.text if any(t.is_alpha for t in words) else None


def _has_currency(ent: Any, end: int) -> bool:
    """A currency sign, code or word in or right after an amount (a MONEY label alone is not enough:
    "10 billion cubic metres" is water)."""
    doc = ent.doc
    near = doc[max(ent.start - 1, 0):min(end + 1, len(doc))]
    return any(t.lower_ in CURRENCIES or SIGN_PREFIX.match(t.text) for t in near)


#: Words that make what follows an amount a rate: "a day", "an hour", "per share", "each year".
RATE_WORDS = {"a", "an", "per", "each", "every"}
_NOT_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "or", "of", "'s", "\u2019s"}


def _rate_end(doc: Any, end: int) -> int:
    """Where an amount ends once a rate written after it is included ("a barrel", "per share"); a time
    phrase such as "a year ago" is not a rate."""
    if end + 1 >= len(doc) or doc[end].lower_ not in RATE_WORDS:
        return end
    noun = doc[end + 1]
    if noun.pos_ != "NOUN" or not noun.is_alpha or noun.lower_ in SCALES or noun.lower_ in PERCENT_WORDS:
        return end
    if end + 2 < len(doc) and doc[end + 2].lower_ in _NOT_RATE_AFTER:
        return end
    return end + 2


def _counted_noun(ent: Any, end: int) -> tuple[str | None, int]:
    """The noun a cardinal counts ("100,000 troops" -> troops, "thousands of servers" -> servers)
    and where the number's span ends (``end``: after any scale word such as "m" of "1m")."""
    doc = ent.doc
    root = _number_root(ent)
    after = doc[end] if end < len(doc) else None
    amount = doc[ent.start:end]
    linked = after is not None and (after.head in amount or any(t.head == after for t in amount))
    if after is not None and after.pos_ == "NOUN" \
            and (linked or (_scaled(doc[end - 1]) and after.tag_ == "NNS")):
        return after.text, after.i + 1
    head = root.head
    while head.lower_ in SCALES and head.head != head:
        head = head.head
    if root.dep_ == "quantmod" and head.like_num and head.i > root.i and head.dep_ == "nummod":
        head = head.head  # "5,000 to 7,000 shells": the lower bound counts the upper bound's noun
        if head.pos_ in ("NOUN", "PROPN") and head.i - ent.end <= 6 and head.sent == ent.sent:
            return head.text, head.i + 1
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.i >= ent.end \
            and head.pos_ in ("NOUN", "PROPN") and head.sent == ent.sent \
            and (head.i - ent.end <= 3 or _modifiers_only(doc[end:head.i], head)):
        return head.text, head.i + 1
    if after is not None and after.lower_ == "of":
        nouns = [c for c in after.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if nouns and nouns[0].i - after.i <= 4:
            return nouns[0].text, nouns[0].i + 1
    last = doc[end - 1]
    if last.pos_ == "NOUN" and last.lower_ not in VAGUE and last.lower_ not in SCALES and not last.like_num:
        return last.text, end
    return None, end


#: Nouns written in the singular that still count many ("600 staff").
_COLLECTIVE = {"staff", "personnel", "police", "crew", "cattle", "livestock", "people", "head", "infantry"}


def _is_label(ent: Any, end: int) -> bool:
    """A number that names one thing rather than counting many: "the 67 route", "the 45 bus"."""
    doc = ent.doc
    noun = doc[end - 1]
    value = phrase_value([ent[-1].text])
    hyphen = ent.end < len(doc) and doc[ent.end].text == "-" and not ent[-1].whitespace_
    return ent.start > 0 and doc[ent.start - 1].lower_ == "the" and len(ent) == 1 \
        and (ent[0].text.isdigit() or hyphen) and noun.i == ent.end + hyphen \
        and noun.tag_ == "NN" and noun.lower_ not in _COLLECTIVE and value != 1


#: Verbs whose subject is the source of a report, not a fact ("three officials said").
REPORTING_VERBS = {
    "say", "tell", "add", "confirm", "report", "describe", "note", "explain", "speak", "insist",
}


def _is_source(ent: Any, noun: Any) -> bool:
    """A small count of unnamed sources ("two people familiar with the talks said", "according to
    three officials"): who told the reporter, not a fact an analyst tabulates."""
    value = phrase_value([t.text for t in ent])
    if value is None or value > 10 or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING_VERBS:
        return True
    if any(c.lower_ in ("familiar", "briefed", "close") for c in noun.rights):
        return True
    return noun.head.lower_ == "to" and noun.head.i > 0 and noun.doc[noun.head.i - 1].lower_ == "according"


def _known_group(ent: Any) -> bool:
    """A small spelled-out number after "the" or a possessive ("the two sides", "the bill's two main
    sponsors"): it points back at people or things already named, it is not a new count."""
    doc = ent.doc
    first = ent[0]
    if len(ent) != 1 or not first.is_alpha or first.i == 0:
        return False
    before = doc[first.i - 1]
    return before.lower_ in ("the", "these", "those", "both") or before.tag_ in ("PRP$", "POS")


_DEFINITE = {"the", "their", "its", "his", "her", "our", "your", "my", "these", "those"}


def _whole_of_a_part(ent: Any) -> bool:
    """The whole a count is taken from ("won five of their last seven games"): part of that fact. Not
    after "one of" ("one of the 12 plants") or an indefinite whole ("two of a dozen firms")."""
    doc = ent.doc
    i = ent.start - 1
    while i > ent.sent.start and doc[i].pos_ in ("ADJ", "DET", "PRON") and doc[i].lower_ != "of":
        i -= 1
    between = {t.lower_ for t in doc[i + 1:ent.start]}
    if i <= ent.sent.start or doc[i].lower_ != "of" or not between & _DEFINITE:
        return False
    part = doc[i - 1]
    value = phrase_value([part.text])
    return part.like_num and value is not None and value >= 2


def _part_of_a_count(ent: Any, end: int) -> bool:
    """A vague magnitude whose "of" phrase is itself counted ("millions of its 120 million people"):
    the exact count is the fact."""
    doc = ent.doc
    if end >= len(doc) or doc[end].lower_ != "of" or not any(t.lower_ in VAGUE for t in ent):
        return False
    nouns = [c for c in doc[end].children if c.dep_ == "pobj"]
    return any(c.dep_ == "nummod" for noun in nouns for c in noun.children)


#: Nouns that say nothing about what a figure counts ("a total of 341").
_GENERIC_OF = {
    "total", "number", "sum", "figure", "count", "tally", "maximum", "minimum", "lot", "range", "group",
}
#: Verbs whose object is the level their subject reached ("cases hit 14 million").
_LEVEL_VERBS = {"hit", "reach", "total", "top", "exceed", "surpass", "number", "stand", "rise", "climb",
                "jump", "soar", "grow", "increase", "pass"}


def _described_noun(ent: Any) -> str | None:
    """The noun a bare figure describes: the head of "a crowd of around 5,200" or "an average of
    19.6", or the plural subject of a level verb ("infections hit more than 14 million")."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < ent.start \
            and head.head.lower_ not in _GENERIC_OF:
        return head.head.text
    if root.dep_ == "pobj" and head.lower_ in ("to", "at"):
        head = head.head
    elif root.dep_ not in ("dobj", "attr"):
        return None
    if head.pos_ == "VERB" and head.lemma_.lower() in _LEVEL_VERBS:
        for subject in head.children:
            if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.lower_ in _GENERIC_OF:
                continue
            compounds = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if compounds:  # "the death toll rose to 35"
                return subject.doc[compounds[0].i:subject.i + 1].text
            if subject.tag_ == "NNS":
                return subject.text
    return None


def _scaled(token: Any) -> bool:
    """A scale word or suffix ("million", "m", "5bn"): the parser often misreads what follows it, so
    a plural noun right after it is the counted noun whatever the parse says ("5m households")."""
    glued = glued_value(token.text)
    return token.lower_.rstrip(".") in SCALES or (glued is not None and bool(glued[2]))


def _number_root(ent: Any) -> Any:
    """The token of a span that carries its number, the first of a pair ("between 300 and 400"): the
    parse hangs the counted noun on it, not on "between" or the second bound."""
    root = ent.root
    if not root.like_num:
        numeric = [t for t in ent if t.like_num]
        root = numeric[-1] if numeric else root
    while root.dep_ == "conj" and root.head.like_num and root.head.i < root.i:
        root = root.head
    return root


def _modifiers_only(between: Any, head: Any) -> bool:
    """Words between a number and its noun that only describe the noun ("14 new landscape-scale
    projects"): adjectives and compounds hanging inside the phrase, no comma or clause."""
    return len(between) <= 6 and all(
        t.dep_ in ("amod", "compound", "punct", "advmod", "nmod", "npadvmod")
        and t.text not in (",", ";", "(", ")") and t.i < t.head.i <= head.i for t in between)


def _elided_noun(ent: Any, earlier: list[Number]) -> str | None:
    """The noun a bare number stands for: "the number of Americans ... is less than 100", or the
    counted noun of an earlier number in the same sentence ("two tablets ... she had taken eight"),
    or in the previous one when the number says it adds to it ("Twenty more sank"). A bare number
    further away is too often a different kind of figure to borrow a noun for."""
    sent = ent.sent
    for token in sent[:ent.start - sent.start]:
        if token.lower_ == "number" and token.nbor().lower_ == "of":
            nouns = [c for c in token.nbor().children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if nouns:
                return nouns[0].text
    doc = ent.doc
    more = ent.end < len(doc) and doc[ent.end].lower_ in ("more", "fewer", "others", "less")
    previous = doc[sent.start - 1].sent if sent.start > 0 and more else sent
    nearby = sent.text + "\n" + previous.text
    for number in reversed(earlier):
        if number.context and number.context in nearby and number.unit \
                and number.unit not in ("percent", "percentage points") and number.unit not in DURATION_UNITS:
            return _RATE_TAIL.sub("", number.unit)
    return None


def _duration(ent: Any) -> Number | None:
    """A DATE entity that is a length of time ("21 months", "eight years"), not a calendar date."""
    if any(_YEAR.match(t.text) for t in ent):
        return None
    if any(t.lower_.rstrip(".") in CALENDAR_WORDS for t in ent):
        return None  # "the week through Oct. 24": a date reference
    tokens = [t for t in ent if t.lower_ not in _DURATION_FILLER]
    unit_tokens = [t for t in tokens if t.lower_.split("-")[-1] in DURATION_UNITS]
    numbers = [t for t in tokens if t.like_num or _hyphen_number(t.lower_)]
    bounds = [t for t in tokens if t.lower_ in _RANGE_WORDS and numbers and numbers[0].i < t.i
              and any(n.i > t.i for n in numbers)]
    if bounds:  # "10 to 15 years": the lower bound is the value, the span says the rest
        numbers = [t for t in numbers if t.i < bounds[0].i]
    if not unit_tokens or not numbers or numbers[0].i > unit_tokens[-1].i:
        return None  # "day four", "week two": a label, not a length
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in _EXTREMES and "-" in ent.text:
        return None  # "a three-month high": a comparison, not a length of time
    if _instrument_name(ent):
        return None
    value = phrase_value([_hyphen_number(t.lower_) or t.text for t in numbers])
    if value is None:
        return None
    if "and a half" in ent.text.lower():
        value += 0.5
    start, approximate = _approx_start(ent, duration=True)
    approximate = approximate or bool(bounds)
    after = [t for t in unit_tokens if t.i >= numbers[-1].i]  # "the first three months of the year"
    unit_token = (after or unit_tokens)[0]
    unit = unit_token.lower_.split("-")[-1]
    end = next((t.i for t in ent if t.i > unit_token.i and t.lower_ == "of"), ent.end)  # not "of the year"
    if unit in _LONG_UNITS:  # "two decades" is 20 years
        value, unit = value * _LONG_UNITS[unit], "years"
    return Number(value=_plain(value), unit=unit, text=ent.doc[start:end].text,
                  context=_context(ent), approximate=approximate)


def _instrument_name(ent: Any) -> bool:
    """A hyphenated length naming a contract or security, a noun before it instead of an article:
    "benchmark three-month nickel", "US 10-year yields" ("a 24-hour strike" is a length)."""
    doc = ent.doc
    if "-" not in ent.text or ent[-1].lower_ == "old" or ent.end >= len(doc) or doc[ent.end].pos_ != "NOUN":
        return False
    return ent.start > ent.sent.start and doc[ent.start - 1].pos_ in ("NOUN", "PROPN")


def _hyphen_number(word: str) -> str | None:
    """"two" from "two-year" / "two-year-old" (hyphenated durations are one token or three)."""
    head = word.split("-")[0]
    return head if phrase_value([head]) is not None and "-" in word else None


def _is_name_part(ent: Any) -> bool:
    """A number glued to or right after a name ("G7", "Covid-19", "iPhone 7", "Windows 10")."""
    doc = ent.doc
    first = ent[0]
    if first.i > 0 and doc[first.i - 1].lower_ not in CURRENCY_CODES:
        prev = doc[first.i - 1]
        if prev.pos_ == "PROPN" and (not prev.whitespace_ or prev.text == "-"):
            return True
        if prev.pos_ == "PROPN" and prev.ent_type_ in _NAMED_LABELS:
            return True
        if prev.text == "-" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN" \
                and not doc[first.i - 2].whitespace_:
            return True
    if ent.end < len(doc) and not ent[-1].whitespace_ and doc[ent.end].is_alpha \
            and doc[ent.end].lower_ not in SCALES and not measure_value(ent[-1].text + doc[ent.end].text):
        return True  # "5G", "4K"
    return any(_MIXED.search(t.text) and not glued_value(t.text) and not measure_value(t.text) for t in ent)


def _is_operand(ent: Any) -> bool:
    """A number that is an operand in a formula ("10^5 * 300 = ..."); the result after "=" is kept."""
    doc = ent.doc
    after = doc[ent.end].text if ent.end < len(doc) else ""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    if after in FORMULA_OPS or after.startswith("^") or ent.text.endswith("^"):
        return True
    return before in FORMULA_OPS - {"="} or before.endswith("^")


def _context(ent: Any) -> str:
    """The sentence the number stands in, cut at line breaks (a headline the parser ran into the
    lead is not the lead's context)."""
    start, end = _line(ent)
    return ent.doc[start:end].text.strip()


def _line(ent: Any) -> tuple[int, int]:
    """Token bounds of the entity's sentence cut at the line breaks around it."""
    sent = ent.sent
    start, end = sent.start, sent.end
    for token in sent:
        if "\n" in token.text or "\n" in token.whitespace_:
            if token.i < ent.start:
                start = token.i + 1
            elif token.i >= ent.end - 1 and "\n" in token.whitespace_ and token.i >= ent.start:
                end = token.i + 1
                break
            elif token.i >= ent.end:
                end = token.i
                break
    return start, end


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 6)
