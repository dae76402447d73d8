"""The value of a candidate figure and where its written span starts: ranges, alternatives, ratios,
changes, and the words that make it approximate.

A range ("between 30 and 40 people", "30-40%") and alternatives ("three or four") are one fact: the
lower figure, approximate, the span covering both. A change ("rose from 1,200 to 4,500") is two.
"""

from __future__ import annotations

from typing import Any

from reportgen.extract.layout import layout_of, sentence_of
from reportgen.extract.lexicon import (
    ALTERNATIVE_WORDS,
    APPROXIMATORS,
    CHANGE_OPENERS,
    COUNT_WORDS,
    CURRENCIES,
    DURATION_BOUNDS,
    FRACTIONS,
    LEAD_TRIM,
    PERCENT_WORDS,
    RANGE_OPENERS,
    RANGE_WORDS,
    SCALES,
    TRAILING_APPROXIMATORS,
    VAGUE_COUNTS,
    VAGUE_MAGNITUDES,
)
from reportgen.extract.number_spans import DASHES, Amount, has_amount, ratio_numerator, ratio_terms
from reportgen.extract.numwords import (
    SIGN_PREFIX,
    glued_value,
    is_scale,
    measure_value,
    phrase_value,
    word_value,
)
from reportgen.extract.rules import fire, rule

_PHRASES = frozenset(p for found in APPROXIMATORS.values() for p in found)
_LONGEST = max(len(p) for p in _PHRASES)

SCALE_OUTSIDE = rule(
    "repairs.numbers-scale-outside",
    "A scale or unit written onto a figure that the tagger left outside its entity (\"40\" + \"m\") is part "
    "of the figure.",
    examples=[("The club paid £40m for the striker.", {"number": "£40m", "value": 40_000_000})],
    counter=[("The club paid £40 for the scarf.", {"number": "£40", "value": 40})])
RANGE = rule(
    "numbers.range",
    "A range (\"between 30 and 40 people\", \"30-40%\", \"5,000 to 7,000 shells\") is one approximate fact: "
    "the lower bound, the span covering both.",
    examples=[("Between 30 and 40 miners were trapped.", {"number": "Between 30 and 40 miners", "value": 30,
                                                          "high": 40, "approximate": True}),
              ("Prices rose 30-40% in a year.", {"number": "30-40%", "value": 30, "high": 40,
                                                  "unit": "percent"}),
              ("Pharmacists must keep insulin between 2 and 8 degrees Celsius.",
               {"number": "between 2 and 8 degrees Celsius", "value": 2, "unit": "degrees Celsius"})],
    counter=[("Prices rose 30% in a year.", {"number": "30%", "approximate": False, "high": None})])
ALTERNATIVES = rule(
    "numbers.alternatives",
    "Two figures given as alternatives (\"three or four players\", \"four or five million\") are one "
    "approximate fact: the lower one, with the scale they share.",
    examples=[("Only four or five million euros had been raised.",
               {"number": "four or five million euros", "value": 4_000_000, "high": 5_000_000,
                "approximate": True})],
    counter=[("Only five million euros had been raised.",
              {"number": "five million euros", "value": 5_000_000})])
CHANGE = rule(
    "numbers.change",
    "A change from one figure to another (\"rose from 1,200 to 4,500\") states two facts, its two ends.",
    examples=[("Sales grew from $120 million to $2.1 billion.",
               {"number": "$120 million", "value": 120_000_000})],
    counter=[("Sales were between $120 million and $2.1 billion.",
              {"number": "between $120 million and $2.1 billion", "value": 120_000_000})])
PAIR = rule(
    "numbers.pair",
    "Two figures set against each other (\"leads 49 percent to 42 percent\": a descending pair, or each "
    "written out in full) or listed with \"and\" outside \"between\" (\"$3 and $8 tickets\") are two "
    "facts, not a range.",
    examples=[("Kessler leads Morgan 49 percent to 42 percent.", {"number": "42 percent", "value": 42}),
              ("The stall sold all those $3 and $8 tickets.", {"number": "$8", "value": 8}),
              ("Approval stood at 36 percent to 44 percent.", {"number": "36 percent", "value": 36})],
    counter=[("Support ranged from 18% to 22%.", {"number": "18%"}),
              ("Prices rose 30-40% in a year.", {"number": "30-40%"})])
RATIO = rule(
    "numbers.ratio",
    "\"one in four tenants\", \"3 out of 10\": a ratio is one fact, a share.",
    examples=[("One in four tenants backed the cap.", {"number": "One in four tenants", "value": 0.25}),
              ("Pneumonia kills about 9 of every 1,000 children in the district each year.",
               {"number": "about 9 of every 1,000 children", "value": 0.009, "approximate": True})],
    counter=[("One resident in the block backed the cap.", {"number": "One resident", "value": 1}),
             ("Leaflet distributors are paid £5 for every 100 leaflets delivered.",
              {"number": "£5", "value": 5})])
APPROXIMATOR = rule(
    "numbers.approximator",
    "Words such as \"about\", \"more than\", \"up to\", \"at least\", \"an estimated\" before a figure "
    "make it approximate and belong to its span.",
    examples=[("Police arrested more than 300 protesters.", {"number": "more than 300 protesters",
                                                             "approximate": True})],
    counter=[("Police arrested 300 protesters.", {"number": "300 protesters", "approximate": False})])
DURATION_BOUND = rule(
    "numbers.duration-bound",
    "Before a length of time \"over\" and \"under\" mean during or within (\"over five years\"): it stays "
    "exact and outside the span.",
    effect="-",
    examples=[("Repairs will take place over five years.", {"number": "five years", "approximate": False})],
    counter=[("The storm destroyed over 200 homes.", {"number": "over 200 homes", "approximate": True})])
VAGUE = rule(
    "numbers.vague-magnitude",
    "A vague multiple (\"billions of dollars\", \"dozens of people\", \"a few hundred\") is approximate; its "
    "value is the lower bound.",
    examples=[("Dozens of people fled the fire.",
               {"number": "Dozens of people", "value": 12, "approximate": True}),
              ("Hundreds of homes burned.",
               {"number": "Hundreds of homes", "value": 100, "approximate": True}),
              ("The mayor spoke to a crowd of several dozen.", {"number": "several dozen", "value": 36})],
    counter=[("Twelve people fled the fire.", {"number": "Twelve people", "approximate": False})])
OR_SO = rule(
    "numbers.or-so",
    "\"12 or so staff\", \"250 or more employees\": a figure followed by \"or so\", \"or more\" ... is "
    "approximate, and those words belong to its span.",
    examples=[("The firm has 12 or so staff.", {"number": "12 or so staff", "approximate": True}),
              ("Shops with 250 or more employees close on Sundays.",
               {"number": "250 or more employees", "approximate": True})],
    counter=[("The firm has 12 staff, or so it says.", {"number": "12 staff", "approximate": False})])


def amounts(span: Any, label: str) -> list[Amount]:
    """The figures a candidate span states: one, or two (a change, a pair set against each other)."""
    found = []
    for piece in _pieces(span):
        amount = _read(piece, label)
        if amount is not None:
            found.append(amount)
    return found


def _pieces(span: Any) -> list[Any]:
    """ "from $120 million to $2.1 billion", "48 percent to 41 percent", "$5 and $10": two figures as two
    spans; a range or alternatives stay one span."""
    doc = span.doc
    joint = _joint(span)
    if joint is None:
        return [span]
    word = doc[joint].lower_
    opener = doc[span.start - 1].lower_ if span.start > 0 else ""
    changed = word == "to" and (opener in CHANGE_OPENERS or span[0].lower_ in CHANGE_OPENERS)
    listed = word == "and" and not _opened(span)
    low, high = doc[span.start:joint], doc[joint + 1:span.end]
    lower, _ = _lower_bound(low, high)
    higher = phrase_value(value_words(high))
    falling = word not in ALTERNATIVE_WORDS and lower is not None and higher is not None and lower > higher
    apart = word == "to" and not _opened(span) and _stated_apart(low, high)
    if not (changed or listed or falling or apart):
        return [span]
    fire(doc, CHANGE if changed else PAIR, span.start_char, span.end_char)
    return [doc[span.start + (span[0].lower_ in CHANGE_OPENERS):joint], high]


def _stated_apart(low: Any, high: Any) -> bool:
    """Two figures each written out in full ("36 percent to 44 percent", "38 percent in favour to 55
    percent against"): set against each other, where a range writes its unit once ("36 to 44
    percent") or as a sign ("18% to 22%")."""
    def worded(side: Any) -> bool:
        return any(t.is_alpha and (t.lower_ in PERCENT_WORDS or t.lower_ in CURRENCIES) for t in side)

    described = any(t.is_alpha and phrase_value([t.text]) is None and not is_scale(t.text)
                     and t.lower_ not in PERCENT_WORDS and t.lower_ not in CURRENCIES
                     and t.lower_ not in APPROXIMATORS for t in low)
    return (worded(low) and worded(high)) or described


def _opened(span: Any) -> bool:
    """The span is or follows "between", which opens a range ("between 30 and 40")."""
    doc = span.doc
    return span[0].lower_ in RANGE_OPENERS or (span.start > 0 and doc[span.start - 1].lower_ in RANGE_OPENERS)


def _read(span: Any, label: str) -> Amount | None:
    doc = span.doc
    end = scale_end(span)
    if end > span.end:
        fire(doc, SCALE_OUTSIDE, span.start_char, doc[end - 1].idx + len(doc[end - 1]))
    joint = _joint(span)
    words = value_words(doc[span.start:end])
    value = phrase_value(words)
    upper = None
    if joint is not None:
        value, upper = _lower_bound(doc[span.start:joint], doc[joint + 1:end])
    if value is None:
        return None
    amount = Amount(span=span, label=label, value=value, start=span.start, end=end)
    ratio = _ratio(amount)
    start = ratio if ratio is not None else span.start
    amount.start, amount.approximate = approx_start(doc[start:span.end])
    if upper is not None:
        joiner = doc[joint]
        amount.high = _upper_bound(upper, value)
        amount.approximate = True
        amount.decide(ALTERNATIVES if joiner.lower_ in ALTERNATIVE_WORDS else RANGE, f"value={value:g}")
    if any(t.lower_ in VAGUE_MAGNITUDES or t.lower_ in VAGUE_COUNTS for t in doc[amount.start:end]):
        amount.approximate = True
        amount.decide(VAGUE, "approximate=True")
    trailing = _trailing_approximator(doc, end)
    if trailing:  # "12 or so staff", "1,000 or more employees"
        amount.approximate = True
        amount.end = end + trailing
        amount.decide(OR_SO, "approximate=True")
    return amount


def _trailing_approximator(doc: Any, end: int) -> int:
    """The length of an approximator written after a figure ("or so", "or more"), 0 when none."""
    if end >= len(doc):
        return 0
    for phrase in TRAILING_APPROXIMATORS.get(doc[end].lower_, ()):
        if tuple(t.lower_ for t in doc[end:end + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _joint(span: Any) -> int | None:
    """The index of the word joining a range's bounds or two alternatives inside ``span``, if any:
    "30 to 40", "between 30 and 40", "30-40", "three or four" (not "two hundred and fifty",
    "twenty-two")."""
    doc = span.doc
    opened = _opened(span)
    for token in span[1:-1]:
        low = token.lower_
        if low not in RANGE_WORDS and low not in ALTERNATIVE_WORDS:
            continue
        if not has_amount(doc[span.start:token.i]) or not has_amount(doc[token.i + 1:span.end]):
            continue
        if low == "and" and not (opened or _bounds_meet(doc[token.i - 1], doc[token.i + 1])):
            continue
        if low in DASHES and (compound_number(token) or is_scale(doc[token.i + 1].text)):
            continue  # "twenty-two", "six-million"
        return token.i
    return None


def compound_number(hyphen: Any) -> bool:
    """A hyphen inside one number written out ("twenty-two", "half-dozen"), not between two ("10-12")."""
    doc = hyphen.doc
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    glued = hyphen.text == "-" and not before.whitespace_ and not hyphen.whitespace_
    written_out = word_value(f"{before.text}-{after.text}") is not None \
        or (before.is_alpha and after.is_alpha)
    return glued and written_out


def _bounds_meet(before: Any, after: Any) -> bool:
    """An "and" between two amounts written in figures ("£150m and £200m"), not inside one number
    ("two hundred and fifty")."""
    ends = any(ch.isdigit() for ch in before.text) or is_scale(before.text)
    starts = any(ch.isdigit() for ch in after.text) or SIGN_PREFIX.match(after.text) is not None
    return ends and starts


def _lower_bound(low_span: Any, high_span: Any) -> tuple[float | None, Any]:
    """The lower figure of a range or of alternatives; it takes the upper one's scale when it has
    none of its own ("four or five million", "$5-6bn")."""
    low_words, high_words = value_words(low_span), value_words(high_span)
    low, high = phrase_value(low_words), phrase_value(high_words)
    if low is None:
        return high, None
    scale = _scale(high_words)
    if high is not None and scale > 1 and _scale(low_words) == 1 and low * scale <= high:
        low *= scale
    return low, high_span


def _upper_bound(high_span: Any, low: float) -> float | None:
    """The upper figure of a range or of alternatives, with the scale the lower one took from it; none
    when it reads no higher than the lower ("5 to 3" is no range)."""
    high = phrase_value(value_words(high_span))
    return high if high is not None and high > low else None


def _scale(words: list[str]) -> float:
    """The scale written in a figure's words ("million", "bn" of "6bn"), 1 when none."""
    for word in reversed(words):
        glued = glued_value(word)
        if glued is not None and glued[2]:
            return SCALES[glued[2]]
        if is_scale(word) and len(word.rstrip(".")) > 1:
            return SCALES[word.lower().rstrip(".")]
    return 1.0


def _ratio(amount: Amount) -> int | None:
    """ "one in five", "3 out of 10": the amount becomes the share; returns where the ratio starts."""
    span = amount.span
    doc = span.doc
    first = ratio_numerator(doc, span.start)
    if first is None or not amount.value:
        return None
    terms = ratio_terms(doc[first], span[0])
    if terms is None or terms[1] != amount.value:
        return None
    amount.value = terms[0] / amount.value
    amount.start = first
    amount.decide(RATIO, f"value={amount.value:g}")
    return first


def scale_end(span: Any) -> int:
    """Where an amount ends once a scale or unit written onto it but left outside the entity is
    included ("40" + "m", "80" + "mm")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and is_scale(doc[end].text):
        if len(doc[end].text.rstrip(".")) == 1 and doc[end - 1].whitespace_:
            break
        end += 1
    if end < len(doc) and not doc[end - 1].whitespace_ and measure_value(doc[end - 1].text + doc[end].text):
        end += 1
    return end


def value_words(span: Any) -> list[str]:
    """Words of a figure that carry value: currency and percent words dropped, and pieces written
    together ("40" "m", "two" "-" "thirds") joined again when the whole has a value."""
    out: list[str] = []
    glue = False
    for token in span:
        low = token.lower_
        if (low in CURRENCIES and not glued_value(token.text)) or low in PERCENT_WORDS or token.is_quote \
                or token.is_bracket:
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


def approx_start(span: Any, duration: bool = False) -> tuple[int, bool]:
    """Where a figure's written span starts once approximators and a currency sign before it are
    included and leading words that are not part of it ("the", "only") are dropped, and whether an
    approximator makes it approximate ("over five years" is exact: ``duration``)."""
    doc = span.doc
    sent_start = sentence_of(span).start
    start = span.start
    if start > sent_start and doc[start - 1].lower_ in CURRENCIES:
        start -= 1
    while start > sent_start:
        size = _approximator_before(doc, start, sent_start)
        if duration and size == 1 and doc[start - 1].lower_ in DURATION_BOUNDS:
            fire(doc, DURATION_BOUND, doc[start - 1].idx, span.end_char)
            break  # "over five years": during them, not part of the figure
        if size:
            start -= size
        elif doc[start - 1].lower_ in ("a", "an") and _article_of_figure(doc[start]):
            start -= 1  # "about a third", "up to a $3 million"; not "around a 9-year-old"
        else:
            break
    while start < span.end - 1 and (doc[start].lower_ in LEAD_TRIM or (duration and doc[start].lower_ in
                                    DURATION_BOUNDS)) and not _counts_with_article(doc[start + 1]):
        start += 1
    lows = [t.lower_ for t in doc[start:span.end]]
    found = [p for i, low in enumerate(lows) for p in APPROXIMATORS.get(low, ())
             if tuple(lows[i:i + len(p)]) == p]
    exact = [p for p in found if duration and len(p) == 1 and p[0] in DURATION_BOUNDS]
    if exact:
        fire(doc, DURATION_BOUND, span.start_char, span.end_char)
    approximate = len(found) > len(exact)
    if approximate:
        fire(doc, APPROXIMATOR, doc[start].idx, span.end_char, "approximate=True")
    return start, approximate


def _approximator_before(doc: Any, start: int, sent_start: int) -> int:
    """The length of the longest approximator phrase ending right before ``start``, 0 when none."""
    lowers = layout_of(doc).lowers
    for size in range(min(_LONGEST, start - sent_start), 0, -1):
        if tuple(lowers[start - size:start]) in _PHRASES:
            return size
    return 0


def _article_of_figure(token: Any) -> bool:
    """An article before this word belongs to the figure: a word that needs its "a" ("a third", "a
    dozen", "a million") or a currency sign ("a $1 billion"), not a hyphenated description."""
    return _counts_with_article(token) or token.text in CURRENCIES \
        or SIGN_PREFIX.match(token.text) is not None


def _counts_with_article(token: Any) -> bool:
    """A word that needs its "a" to be a number: "a third", "a dozen", "a million"."""
    low = token.lower_
    return low in FRACTIONS or low in COUNT_WORDS or (is_scale(low) and len(low) > 2)
