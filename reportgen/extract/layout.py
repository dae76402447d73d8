"""The layout of an article's text, found once per Doc: its paragraphs, its headline, the page
furniture among them (datelines, bylines, credits, captions) and where its quotation marks open and
close (:func:`layout_of`).

Mentions use the quote spans to keep quoted words out of pronoun antecedents; claims turn them into
quotes. Rules: double marks (straight or curly) pair up inside a paragraph; a curly mark is read by
where it stands, not by its shape (``,“ said`` closes, `` ”Yes`` opens: typesetting slips are
common); single marks count only where an apostrophe cannot be meant (``don't``, ``Putin's``,
``'90s``, ``players'`` stay apostrophes) and only outside double quotes; a quote still open at the end
of a paragraph ends there (the next paragraph usually reopens it, as wire copy does for quotes over
several paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Hashable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import numpy as np
from spacy.tokens import Span

from reportgen.extract import lexicon
from reportgen.extract.names import gazetteer_place
from reportgen.extract.nlp import doc_ents
from reportgen.extract.rules import fire, rule
from reportgen.ingest.boilerplate import dateline_end, placed_kind
from reportgen.ingest.formats import is_headline

_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"


@dataclass(frozen=True)
class QuoteSpan:
    """The words between one pair of quotation marks (character offsets into the text)."""

    start: int
    end: int
    paragraph: int
    open_end: bool = False
    labelled: bool = False  # a transcript turn in quotation marks, its speaker's label left before it

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the article's lines that hold text (headline, paragraphs, captions)."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quoted span in ``text``, in order, with surrounding spaces trimmed; in a
    transcript, each turn after its speaker's label (see :func:`transcript_turns`)."""
    spans: list[QuoteSpan] = []
    ranges = paragraphs(text)
    turns = transcript_turns(text, ranges)
    for number, (start, end) in enumerate(ranges):
        quoted = _spans_in(text, start, end, number)
        turn = turns.get(number)
        if turn is not None and (not quoted or _quotes_inside(text, turn, quoted)):
            quoted = [turn]
        spans.extend(quoted)
    return _quoted_turns(text, spans, ranges)


def _quotes_inside(text: str, turn: QuoteSpan, quoted: list[QuoteSpan]) -> bool:
    """The quotes of a transcript turn are words it cites inside the speaker's answer (“A trader told
    me, ‘We pay for light we do not see.’ She is right.”): less than half of the turn, and the answer goes
    on after them, so the turn is the speaker's; a turn that reports another's words ("HOST: The minister
    said “...”") keeps its quotes."""
    goes_on = len(text[quoted[-1].end:turn.end].split()) >= _WORDS_AFTER_CITED
    asks = text[turn.start:turn.end].rstrip(" ”\"’'").endswith("?")  # a question citing someone keeps them
    return goes_on and not asks and sum(q.end - q.start for q in quoted) * 2 < turn.end - turn.start


#: Words a transcript turn goes on with after a quotation it cites, to be the speaker's answer.
_WORDS_AFTER_CITED = 3


#: Quotation marks and spaces that may stand before a quote that opens its paragraph.
_OPENING_MARKS = "\"“‘'«„ \t"


def opens_paragraph(text: str, ranges: list[tuple[int, int]], quote: QuoteSpan) -> bool:
    """Whether nothing but its opening mark stands before the quote in its paragraph (``ranges``:
    :func:`paragraphs` of ``text``)."""
    return not text[ranges[quote.paragraph][0]:quote.start].strip(_OPENING_MARKS)


def _quoted_turns(text: str, spans: list[QuoteSpan], ranges: list[tuple[int, int]]) -> list[QuoteSpan]:
    """A transcript set in quotation marks ("“RAMOS: Did you lie to them?" / "“CLINTON: I feel ..."):
    each turn's words start after its speaker's label, as in a transcript without marks. Only where two
    speakers' labels open quotes (a lone "“NATO: ..." is a quote about NATO)."""
    labels = {k: match.group().split(":")[0] for k, span in enumerate(spans)
              if (match := _TURN_LABEL.match(text, span.start, span.end)) is not None
              and opens_paragraph(text, ranges, span)
              and match.group().split()[0].lower().strip(":") not in lexicon.LABEL_WORDS}
    if len(set(labels.values())) < 2:
        return spans
    shifted = list(spans)
    for k in labels:
        match = _TURN_LABEL.match(text, spans[k].start, spans[k].end)
        assert match is not None
        shifted[k] = replace(spans[k], start=match.end(), labelled=True)
    return shifted


#: A transcript's speaker label opening a paragraph: one to four capitalised words and a colon.
_TURN_LABEL = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:[ \t]+(?=\S)")
#: A transcript's speaker label in title case ("Ferrada: We will send it in March."): one to three
#: capitalised words and a colon, a label only where the text names them before its first turn.
_NAME_LABEL = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}:[ \t]+(?=\S)")
#: A transcript has this many labelled paragraphs at least, by two speakers, one of them speaking twice.
_TRANSCRIPT_TURNS = 3
#: A first- or second-person word: a paragraph that speaks rather than narrates.
_SPEAKING_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|us|our|Our|you|You|your|Your)\b")
#: Words that announce an interview before its questions ("in an interview", "excerpts", "Q&A").
_INTERVIEW = re.compile(r"\b(?:interview(?:ed|s)?|Q ?& ?A|Q and A|excerpts?|spoke (?:to|with)|edited for "
                        r"(?:length|clarity))\b", re.IGNORECASE)
#: An interview's question and answer labels ("Q: ..." / "A: ...").
_QA_LABEL = re.compile(r"(Q|A|Question|Answer|QUESTION|ANSWER)(?::|(?<=[QA])\.)[ \t]+(?=\S)")


def transcript_turns(text: str, ranges: list[tuple[int, int]]) -> dict[int, QuoteSpan]:
    """The turns of a transcript ("HOST: Who is responsible?" / "OKAFOR: Ultimately, I am."), by
    paragraph: the words after each label are that speaker's. Only where labels recur (three labelled
    paragraphs, two speakers, one speaking twice; page.yaml label_words such as "UPDATE:", "READ MORE:"
    name no speaker); a paragraph with no label between two labelled ones goes on with the turn before
    it when it speaks in the first or second person; a turn mostly made of a quotation, or a question
    citing someone, keeps its quotes instead ("HOST: The minister said “...”" quotes
    the minister). An interview set out as "Q:" and "A:" gives its answers (:func:`_answers`)."""
    labelled: dict[int, tuple[str, int]] = {}
    named_at: dict[str, int] = {}
    kinds = _qa_kinds(text, ranges)
    questions = _questions(kinds, text, ranges)  # ("Q: ..." / "VAN DEN BOSSCHE: ...": questions are no turns)
    for number, (start, end) in enumerate(ranges):
        if number in questions:
            continue
        match = _TURN_LABEL.match(text, start, end) or _named_label(text, ranges, number, named_at)
        label = match.group().split(":")[0] if match is not None else ""
        first = label.split()[0].lower() if label else ""
        if match is not None and (first not in lexicon.LABEL_WORDS or first in lexicon.TITLE_EXPANSIONS):
            labelled[number] = (label, match.end())  # ("READ MORE:", "UPDATE:" are page furniture)
    # a title-case label speaks in the first or second person in one of its turns at least (an interview's
    # answers; never a voter guide's "Ruiz: Supports building 5,000 homes.")
    speaking = {label for number, (label, opens) in labelled.items()
                if _SPEAKING_PERSON.search(text, opens, ranges[number][1])}
    labelled = {number: (label, opens) for number, (label, opens) in labelled.items()
                if label.isupper() or label in speaking}
    labels = Counter(label for label, _ in labelled.values())
    # an interviewer of no name: "Q:", and answers under a name the text gave before the first question
    # ("TIP:", "THE FACTS:" name nobody; nor is a label beside "A:" answers)
    before = text[:ranges[min(questions)][0]] if questions else ""
    asked = len(questions) >= 2 and len(labelled) >= 2 and bool(labels) \
        and all(re.search(rf"\b{re.escape(label)}\b", before, re.IGNORECASE) for label in labels) \
        and not any(kind == "A" for kind, _ in kinds.values())
    if len(labelled) + (len(questions) if asked else 0) < _TRANSCRIPT_TURNS \
            or len(labels) + asked < 2 or labels.most_common(1)[0][1] < 2:
        return _answers(text, ranges)
    # a paragraph with no label between two labelled ones goes on with the turn before it when it speaks
    # as the speaker does ("But let me say this clearly: ..."), not when it narrates ("Smith then left")
    opening = {number: opens for number, (_, opens) in labelled.items()}
    for number in range(min(labelled), max(labelled)):
        if number not in opening and number not in questions \
                and not _TURN_LABEL.match(text, *ranges[number]) \
                and _SPEAKING_PERSON.search(text, *ranges[number]):
            opening[number] = ranges[number][0]
    return _turn_spans(text, ranges, opening)


def _qa_kinds(text: str, ranges: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """Each paragraph a "Q:" or "A:" label opens: its kind ("Q" or "A") and where its words open."""
    return {number: (match.group(1)[0].upper(), match.end()) for number, (start, end) in enumerate(ranges)
            if (match := _QA_LABEL.match(text, start, end)) is not None}


def _questions(kinds: dict[int, tuple[str, int]], text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """The paragraphs an interviewer's "Q:" opens (of :func:`_qa_kinds`), in a text that says before the
    first that it is an interview (``_INTERVIEW``); empty for any other text."""
    found = {number for number, (kind, _) in kinds.items() if kind == "Q"}
    return found if found and _INTERVIEW.search(text, 0, ranges[min(found)][0]) else set()


def _named_label(text: str, ranges: list[tuple[int, int]], number: int,
                 named_at: dict[str, int]) -> re.Match[str] | None:
    """A title-case speaker label ("Ferrada:") opening paragraph ``number``, when the text gave it as the end
    of a full name in a paragraph before it with no label ("Mining Minister Javiera Ferrada is preparing
    ..."): no heading ("Background:", "Note:"), nor a place, day or team the text named ("Leaders in
    London ..." then "London: ..."). ``named_at``: each label's first such paragraph, found once."""
    start, end = ranges[number]
    match = _NAME_LABEL.match(text, start, end)
    if match is None:
        return None
    label = match.group().split(":")[0]
    if label not in named_at:
        named = re.compile(rf"\b[A-Z][^\W\d_]+ {re.escape(label)}\b")  # the last word(s) of a full name
        named_at[label] = next((k for k, (s, e) in enumerate(ranges) if named.search(text, s, e)
                                and not _NAME_LABEL.match(text, s, e) and not _TURN_LABEL.match(text, s, e)),
                               len(ranges))
    return match if named_at[label] < number else None


def _interview_labels(text: str, ranges: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """An interview set out as questions and answers ("Q: ..." / "A: ...", two of each at least, in a
    text that says before them that it is an interview: a quiz or an FAQ is none): each labelled
    paragraph's kind ("Q" or "A") and where its words open; empty for any other text."""
    kinds = _qa_kinds(text, ranges)
    counts = Counter(kind for kind, _ in kinds.values())
    if counts["Q"] < 2 or counts["A"] < 2 or not _INTERVIEW.search(text, 0, ranges[min(kinds)][0]):
        return {}
    return kinds


def questions_start(text: str, ranges: list[tuple[int, int]]) -> int | None:
    """Where an interview's first question stands (:func:`_interview_labels`), or None: who the interview
    is with is told before it, not by the names its questions raise."""
    kinds = _interview_labels(text, ranges)
    return ranges[min(kinds)][0] if kinds else None


def _answers(text: str, ranges: list[tuple[int, int]]) -> dict[int, QuoteSpan]:
    """Each answer of an interview set out as questions and answers, and each paragraph with no label
    that follows one before the next question: the interviewee's (their speaker is read from the "A"
    label, ``quotes.interview-answer``); the questions are no statements."""
    kinds = _interview_labels(text, ranges)
    if not kinds:
        return {}
    opening: dict[int, int] = {}
    answering = False
    for number in range(min(kinds), max(kinds) + 1):
        kind, opens = kinds.get(number, ("", ranges[number][0]))
        answering = kind == "A" or (answering and not kind)
        if answering:
            opening[number] = opens
    return _turn_spans(text, ranges, opening)


def _turn_spans(text: str, ranges: list[tuple[int, int]], opening: dict[int, int]) -> dict[int, QuoteSpan]:
    """Each turn's words, from where they open to the end of their paragraph, by paragraph."""
    turns: dict[int, QuoteSpan] = {}
    for number, opens in sorted(opening.items()):
        end = ranges[number][1]
        while end > opens and text[end - 1].isspace():
            end -= 1
        if end > opens:
            turns[number] = QuoteSpan(opens, end, number)
    return turns


def _is_word(ch: str) -> bool:
    return ch.isalnum()


#: Punctuation that, right after a straight double mark following a digit, shows the mark closes a quote.
_CLOSING_PUNCTUATION = frozenset(".;:!?)")  # not ",": "10\", maybe 12\", of snow"


#: Every quotation mark: the only characters that open or close a quote (the rest are skipped).
_MARKS = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE) + "\"']")


def _spans_in(text: str, start: int, end: int, number: int) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    opened_at: int | None = None
    kind = ""
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == '"' and before.isdigit() and not after.isalnum() \
                and (opened_at is None or after not in _CLOSING_PUNCTUATION):
            continue  # an inch mark: a 6" pipe (but '"... by 2050". The' closes the quote)
        if opened_at is None:
            reversed_open = ch in _DOUBLE_CLOSE and before.isspace() and after.isalnum()  # ' ”Yes'
            if ch in _DOUBLE_OPEN or ch == '"' or reversed_open:
                opened_at, kind = i + 1, "double"
            elif (ch in _SINGLE_OPEN or ch == "'") and not _is_word(before) and after.isalpha():
                opened_at, kind = i + 1, "single"
            continue
        glued = not before.isspace() and not after.isalnum()  # '...unusual,“ said': closes
        # "... say, 'Well done,' " said Ruiz: a spaced straight mark after a nested quote's end closes
        nested_end = ch == '"' and before.isspace() and not after.isalnum() \
            and text[max(start, i - 4):i].rstrip()[-1:] in ("'", "’")
        doubled = ch in "’'" and after == ch and not before.isspace()  # "voters,’’ Moy said": two singles
        # "... a disgrace, " Ruiz said: a straight mark set off by spaces after a comma or stop closes
        spaced_end = ch == '"' and before.isspace() and not after.isalnum() \
            and text[max(start, i - 3):i].rstrip()[-1:] in (",", ".", "!", "?")
        if kind == "double" and (ch in _DOUBLE_CLOSE or (ch in _DOUBLE_OPEN + '"' and glued)
                                 or (ch == '"' and not before.isspace()) or nested_end or doubled
                                 or spaced_end):
            _add(found, text, opened_at, i, number, False)
            opened_at = None
        elif kind == "double" and i > opened_at and (
                ch in _DOUBLE_OPEN or (ch == '"' and before.isspace() and after.isalnum())):
            # A new opening mark before any closing one: the previous quote ran on unclosed.
            _add(found, text, opened_at, i, number, True)
            opened_at = i + 1
        elif kind == "single" and (ch in _SINGLE_CLOSE or ch == "'") and not _is_word(after) \
                and not before.isspace() and not (before in "sS" and after == " " and ch == "'"):
            _add(found, text, opened_at, i, number, False)
            opened_at = None
    if opened_at is not None and kind == "double":
        _add(found, text, opened_at, end, number, True)
    return found


def _add(found: list[QuoteSpan], text: str, start: int, end: int, number: int, open_end: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(QuoteSpan(start, end, number, open_end))


def headline_end(text: str) -> int:
    """The character where the headline block of ``text`` ends (see :attr:`Layout.headline_end`)."""
    end = 0
    while end < len(text):
        stop = text.find("\n\n", end)
        stop = len(text) if stop < 0 else stop
        paragraph = text[end:stop].strip()
        if not paragraph or not is_headline(paragraph) or stop == len(text):
            break
        end = stop + 2
        while end < len(text) and text[end] == "\n":
            end += 1
    return end


def tokens_by_paragraph(tokens: Any, paras: list[tuple[int, int]]) -> list[list[Any]]:
    """The tokens (a Doc or a list of its tokens) of each paragraph of ``paragraphs(doc.text)``, in
    one pass."""
    out: list[list[Any]] = [[] for _ in paras]
    k = 0
    for token in tokens:
        while k < len(paras) and token.idx >= paras[k][1]:
            k += 1
        if k < len(paras) and token.idx >= paras[k][0]:
            out[k].append(token)
    return out


class QuoteLookup:
    """Answers "is this character inside a quote, and which one" in O(log n)."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]

    def at(self, char: int) -> QuoteSpan | None:
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and char < self.spans[k].end:
            return self.spans[k]
        return None

    def inside(self, char: int) -> bool:
        return self.at(char) is not None


DATELINE = rule(
    "text.dateline", "A wire dateline before the lead (“OSLO, March 3 (Reuters) - ”), or a known place in "
    "capitals and a colon opening one of the first lines (“RANCHI: The government ...”), or a known place "
    "and its country in the text's own case before a dash opening the lead (“Almaty, Kazakhstan – ”), is "
    "page furniture.",
    effect="-",
    examples=[("Ferries resume\n\nOSLO (Nordwire) - Ferries to Bergen resumed on Friday, the operator said.",
               {"no_actor": "Nordwire"}),
              ("Water deal\n\nAlmaty, Kazakhstan – Ministers agreed a treaty after talks that one delegate "
               "described as \"the most honest conversation we have had in 30 years\".",
               {"quote": "the most honest conversation", "speaker": None, "no_actor": "Almaty"}),
              ("Budget 2026-27\n\nRANCHI: The Lok Pragati Dal government presented a budget on Monday.",
               {"no_actor": "RANCHI"})],
    counter=[("Senate hearing\n\nRAMOS: Secretary Ruiz, did you lie to the families?\n\nRUIZ: No, I did not "
              "lie to anyone.\n\nRAMOS: Thank you, Secretary Ruiz.", {"actor": "RAMOS"})])
#: A label in capitals and a colon opening a line: a transcript's speaker ("TELLER: As long as it takes."),
#: or, alone and a place, the dateline of an Indian or Pakistani paper ("RANCHI: The government ...").
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,30}):\s")
#: A dateline in the text's own case: a place, maybe its country or region, a spaced dash ("Almaty,
#: Kazakhstan – ").
_PLACE_WORDS = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
_TITLED_DATELINE = re.compile(rf"({_PLACE_WORDS})(?:, ({_PLACE_WORDS}))? [—–-]+ (?=[A-Z])")
#: How many lines from the top such a dateline may open (headline, byline, date, picture, lead).
_COLON_DATELINE_LINES = 6
CREDIT = rule(
    "text.credit", "A credit in brackets (“(Photo: Ana Ruiz/Fjord Images)”), or closing a caption's line "
    "(“Refugees queue for water. Photograph: Ana Ruiz/Hope Aid”), is page furniture.", effect="-",
    examples=[("Ferries to Bergen resumed on Friday. (Photo: Kari Lund/Fjord Images)\n\n"
               "The operator said demand was strong.", {"no_actor": "Fjord Images"}),
              ("Ferries resume\n\nPassengers board at Bergen. Photograph: Kari Lund/Fjord Images\n\n"
               "The operator said demand was strong.", {"no_actor": "Kari Lund/Fjord Images"}),
              ("Cocoa price\n\nA farmer dries beans in Kessa. PHOTO | FJORD HERALD/KARI LUND\n\n"
               "The board said the price would rise.", {"no_actor": "FJORD HERALD/KARI LUND"}),
              ("Nurses\n\nThe ministers sign the deal in Manila on Tuesday. PDT PHOTO/JOMAR LUNA\n\n"
               "The deal takes effect in May.", {"no_actor": "JOMAR LUNA"}),
              ("Vote\n\nParty workers celebrate in Bengaluru on Thursday. | Photo Credit: Kiran Rao\n\n"
               "The party won 117 seats.", {"no_actor": "Kiran Rao"})])
CAPTION = rule(
    "text.caption", "A short line a credit closes (“Floodwater surrounds homes in Grafton on Wednesday. "
    "(Supplied: Kari Lund)”) is a picture's caption: page furniture, no fact or outlook of the story.",
    effect="-",
    examples=[("Floods\n\nFloodwater surrounds homes in South Grafton on Wednesday. (Supplied: Kari Lund)\n\n"
               "Crews carried out 63 rescues overnight.", {"no_outlook": "Floodwater surrounds"})],
    counter=[("Floods\n\nCrews carried out 63 rescues overnight, and the river is expected to peak on "
              "Friday.\n\nThe council thanked volunteers.", {"outlook": "expected to peak"})])
#: Words before a closing credit that a caption has at most.
_CAPTION_WORDS = 35
#: What a picture's description does not hold: a second sentence, a reporting verb, a modal.
_NOT_A_CAPTION = re.compile(r"[.!?][”\"’']?\s+\S|\b(?:said|says|told|will|would|could|may|might|should)\b")


def _a_caption(words: str) -> bool:
    """The words a credit closes describe a picture: short, one sentence, no one's words, nothing ahead."""
    words = words.strip()
    return 0 < len(words.split()) <= _CAPTION_WORDS and not _NOT_A_CAPTION.search(words)


FURNITURE_LINE = rule(
    "text.furniture-line", "A line that opens like a caption, credit or plea (“Photograph:”, “Read "
    "more”, “Sign up”) is page furniture.", effect="-",
    examples=[("Ferries resume\n\nFerries to Bergen resumed on Friday.\n\nPhotograph: Kari Lund/Fjord Images",
               {"no_actor": "Kari Lund"})])
BYLINE = rule(
    "text.byline", "A short line starting “By” (“By Ana Ruiz and Tom Okafor”) is a byline.", effect="-",
    examples=[("Ferries resume\n\nBy Kari Lund\n\nFerries to Bergen resumed on Friday.",
               {"no_actor": "Kari Lund"})])
CONTRIBUTOR_LINE = rule(
    "text.contributor-line", "A closing line of who reported, wrote or edited the story (“Ana Ruiz "
    "contributed reporting from Oslo.”, “(Reporting by ...; Editing by ...)”) is page furniture.",
    effect="-",
    examples=[("Ferries to Bergen resumed on Friday, the operator said.\n\n"
               "Kari Lund contributed reporting from Oslo.", {"no_actor": "Kari Lund"}),
              ("The party won 117 seats, the commission said.\n\n"
               "(With inputs from our Mysuru and Kalaburagi bureaus)", {"no_actor": "Kalaburagi bureaus"})])
NAMES_ONLY_LINE = rule(
    "text.names-only-line", "A line of nothing but names with no full stop (a caption or credit) is "
    "page furniture.", effect="-",
    examples=[("Ferries resume\n\nFerries to Bergen resumed on Friday, the operator said.\n\n"
               "Kari Lund / Fjord Images", {"no_actor": "Kari Lund"})])

#: "(Photo: Jane Roe/Getty Images)": credits inside a paragraph.
_CREDIT = re.compile(r"\((?:photo|image|picture|credit|file photo|pictured|supplied)\b[^)\n]{0,120}\)",
                     re.IGNORECASE)
#: "... in eastern Chad. Photograph: Luc Ferrand/Hope Aid", "... on Tuesday. PDT PHOTO/ANA RUIZ", "...
#: Central Region. PHOTO | DAILY HERALD/ANA RUIZ", "... on Queen's Road. | Photo Credit: Ana Ruiz": a credit
#: closing a caption's line.
_CLOSING_CREDIT = re.compile(
    r"(?<=[.!?] )(?:\| )?(?:[A-Z]{2,6} )?(?:Photograph|Photo|Photos|PHOTO|Image|IMAGE|Picture|Illustration)s?"
    r"(?: [Cc]redit| CREDIT)?(?:: | \| |/)[^\n.]{1,120}$")


@dataclass
class Layout:
    """Paragraphs, headline, furniture and quotation marks of one Doc's text."""

    doc: Any
    _positions: dict[tuple[str, Hashable], list[int]] = field(default_factory=dict, repr=False)

    @cached_property
    def text(self) -> str:
        """``Doc.text``, joined once from :attr:`texts` and the tokens' trailing spaces (``Doc.text`` makes a
        Token for each word on every access)."""
        spaces = self.doc.to_array("SPACY").tolist()
        words = self.texts
        return "".join([word + " " if space else word for word, space in zip(words, spaces, strict=True)])

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    @cached_property
    def paragraph_ends(self) -> dict[int, int]:
        """Start -> end of each paragraph."""
        return dict(self.paragraphs)

    @cached_property
    def crossheads(self) -> frozenset[int]:
        """Where each crosshead starts: a paragraph of a few words after the headline that no
        punctuation closes ("Inquiry to report in March"), a heading of the story's next part."""
        found = set()
        for start, end in self.paragraphs:
            line = self.text[start:end].strip()
            if start >= self.headline_end and len(line.split()) <= _CROSSHEAD_WORDS \
                    and not line.endswith(_CLOSING_MARKS):
                found.add(start)
        return frozenset(found)

    def opens_paragraph(self, quote: QuoteSpan) -> bool:
        return opens_paragraph(self.text, self.paragraphs, quote)

    @cached_property
    def tokens(self) -> list[Any]:
        """Every token, made once: iterating a Doc builds a new Token object per step."""
        return list(self.doc)

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head's index, from the parse's array (no Token is made for a head)."""
        offsets = self.doc.to_array("HEAD").astype("int64")  # (head - token, stored unsigned)
        return (offsets + np.arange(len(offsets))).tolist()

    @cached_property
    def children(self) -> list[list[Any]]:
        """Each token's ``Token.children`` (its dependents, in text order) as tokens of :attr:`tokens`, found
        in one pass over :attr:`heads`: ``Token.children`` walks the token's subtree and makes a new Token
        for every child on each call (see :func:`children_of`)."""
        tokens = self.tokens
        found: list[list[Any]] = [[] for _ in tokens]
        for i, head in enumerate(self.heads):
            if head != i:
                found[head].append(tokens[i])
        return found

    @cached_property
    def _all_strings(self) -> dict[str, list[str]]:
        """Each token's string attributes of :data:`STRING_ATTRS`, by attribute: read in one array and
        decoded once per distinct value (``token.text`` and the like decode anew on each access; extraction
        reads all of them, so one array and one decoding serve every attribute)."""
        values = self.doc.to_array(list(STRING_ATTRS))
        distinct, where = np.unique(values, return_inverse=True)
        strings = self.doc.vocab.strings
        decoded = [strings[value] for value in distinct.tolist()]
        columns = where.reshape(values.shape).T.tolist()
        return {attr: list(map(decoded.__getitem__, column))
                for attr, column in zip(STRING_ATTRS, columns, strict=True)}

    def _strings(self, attr: str) -> list[str]:
        """Each token's string attribute ``attr`` (one of :data:`STRING_ATTRS`, spaCy attribute names)."""
        return self._all_strings[attr]

    @cached_property
    def texts(self) -> list[str]:
        """``token.text`` of every token, by index."""
        return self._strings("ORTH")

    @cached_property
    def lowers(self) -> list[str]:
        """``token.lower_`` of every token, by index."""
        return self._strings("LOWER")

    @cached_property
    def poses(self) -> list[str]:
        """``token.pos_`` of every token, by index."""
        return self._strings("POS")

    @cached_property
    def tags(self) -> list[str]:
        """``token.tag_`` of every token, by index."""
        return self._strings("TAG")

    @cached_property
    def deps(self) -> list[str]:
        """``token.dep_`` of every token, by index."""
        return self._strings("DEP")

    @cached_property
    def lemmas(self) -> list[str]:
        """``token.lemma_`` of every token, by index."""
        return self._strings("LEMMA")

    @cached_property
    def ent_types(self) -> list[str]:
        """``token.ent_type_`` of every token, by index."""
        return self._strings("ENT_TYPE")

    @cached_property
    def idxs(self) -> list[int]:
        """``token.idx`` (character offset) of every token, by index."""
        return self.doc.to_array("IDX").tolist()

    @cached_property
    def by_text(self) -> dict[str, list[int]]:
        """Token indices by text, in text order (see :meth:`tokens_among`)."""
        return _indices_by(self.texts)

    @cached_property
    def by_lower(self) -> dict[str, list[int]]:
        """Token indices by lower-case form, in text order (see :meth:`tokens_among`)."""
        return _indices_by(self.lowers)

    @cached_property
    def by_pos(self) -> dict[str, list[int]]:
        """Token indices by coarse part of speech, in text order (see :meth:`tokens_among`)."""
        return _indices_by(self.poses)

    @cached_property
    def by_lemma(self) -> dict[str, list[int]]:
        """Token indices by lemma, in text order (see :meth:`tokens_among`)."""
        return _indices_by(self.lemmas)

    def tokens_among(self, index: dict[str, list[int]], keys: Container[str]) -> list[Any]:
        """The tokens ``index`` files under any of ``keys``, in text order: a finder after a few
        words looks them up, where a scan of the Doc would read every token's attributes again."""
        tokens = self.tokens
        return [tokens[i] for i in _gathered(index, keys)]

    def positions(self, index: str, keys: frozenset[str] | tuple[str, ...]) -> list[int]:
        """The indices of the tokens the index named ``index`` ("by_lower" ...) files under ``keys``, in
        text order, found once per Doc: a finder asked of every sentence looks up its words in these
        (see ``outlook.grammar.Sentence.among``)."""
        found = self._positions.get((index, keys))
        if found is None:
            found = self._positions[(index, keys)] = _gathered(getattr(self, index), keys)
        return found

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (for ``0 <= start <= end <= len(doc)``), cut from the text: no Span is
        made, nor a Token for each of its words."""
        if end <= start:
            return ""
        idxs = self.idxs
        return self.text[idxs[start]:idxs[end - 1] + len(self.texts[end - 1])]

    @cached_property
    def sentences(self) -> list[Any]:
        """``doc.sents`` once: each pass (and each ``Token.sent``) rescans the Doc."""
        return list(self.doc.sents)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, token_i: int) -> Any:
        """The spaCy sentence holding token ``token_i`` in O(log n) (``Token.sent`` walks the whole
        sentence on every call: quadratic over a sentence of thousands of words)."""
        return self.sentences[max(bisect_right(self._sentence_starts, token_i) - 1, 0)]

    @cached_property
    def reading_sentences(self) -> list[Any]:
        """Sentences as an analyst reads them (:func:`reportgen.extract.sentences.sentences`), made once
        for outlook and the summary."""
        from reportgen.extract.sentences import sentences

        return list(sentences(self.doc))

    @cached_property
    def paragraph_tokens(self) -> list[list[Any]]:
        return tokens_by_paragraph(self.tokens, self.paragraphs)

    @cached_property
    def interview_labels(self) -> dict[int, int]:
        """Where each question or answer label of an interview ends ("Q. ", "A: "), by where its paragraph
        starts: no words of a name."""
        kinds = _interview_labels(self.text, self.paragraphs)
        return {self.paragraphs[number][0]: opens for number, (_, opens) in kinds.items()}

    @cached_property
    def questions_start(self) -> int | None:
        """Where an interview's first question stands, when the text is one set out as Q: and A:."""
        return questions_start(self.text, self.paragraphs)

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        return find_quote_spans(self.text)

    @cached_property
    def _quote_lookup(self) -> QuoteLookup:
        return QuoteLookup(self.quotes)

    def in_quote(self, char: int) -> bool:
        return self._quote_lookup.inside(char)

    def quote_at(self, char: int) -> QuoteSpan | None:
        return self._quote_lookup.at(char)

    @cached_property
    def headline_end(self) -> int:
        """End of the headline block: the leading paragraphs shaped like a headline or deck (short,
        no closing full stop), 0 when the text starts with its lead."""
        return headline_end(self.text)

    @cached_property
    def lead_end(self) -> int:
        """Character where the lead ends: the headline and the first paragraph of the story after it."""
        body = [(s, e) for s, e in self.paragraphs if s >= self.headline_end and not self.is_furniture(s)]
        return body[0][1] if body else self.headline_end

    @cached_property
    def title_case_headline(self) -> bool:
        """A Headline Written In Title Case, where capitals do not mark names."""
        if not self.headline_end:
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", self.text[:self.headline_end]) if len(w) > 3]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    @cached_property
    def dateline_ends(self) -> frozenset[int]:
        """Where a story's first sentence starts after a wire dateline ("OSLO, 7 May — Floods ...") or a
        place before a colon ("RANCHI: The government ...")."""
        found = ((start, dateline_end(self.text, start, end)) for start, end in self.paragraphs)
        wire = frozenset(end for start, end in found if end > start)
        return wire | frozenset(self.colon_datelines.values()) | frozenset(self.titled_datelines.values())

    @cached_property
    def titled_datelines(self) -> dict[int, int]:
        """Start -> end of a dateline written in the text's own case before a dash, opening one of the
        first lines after the headline (after a standfirst, a byline or a date: "Almaty, Kazakhstan –
        Ministers ..."): a place the gazetteer knows, and its country or region."""
        for start, end in self.paragraphs[:_COLON_DATELINE_LINES + 1]:
            match = _TITLED_DATELINE.match(self.text, start, end) if start >= self.headline_end else None
            if match and gazetteer_place(match.group(1)) \
                    and (match.group(2) is None or gazetteer_place(match.group(2))):
                return {start: match.end()}
        return {}

    @cached_property
    def label_matches(self) -> list[re.Match[str] | None]:
        """Each paragraph's opening label in capitals and its colon (``SPEAKER_LABEL``: "RUIZ: ..."), or
        None."""
        return [SPEAKER_LABEL.match(self.text, start, end) for start, end in self.paragraphs]

    @cached_property
    def colon_datelines(self) -> dict[int, int]:
        """Start -> end of each place in capitals before a colon opening one of the first lines ("RANCHI:
        The government ..."), the dateline of Indian and Pakistani papers; none among a transcript's
        labels ("RAMOS: ...", "RUIZ: ...")."""
        matches = self.label_matches
        if sum(m is not None for m in matches) != 1:
            return {}
        return {m.start(): m.end() for m in matches[:_COLON_DATELINE_LINES + 1]
                if m is not None and m.start() >= self.headline_end
                and self.text[m.end():m.end() + 1].isupper() and len(m.group(1).strip()) > 2
                and gazetteer_place(m.group(1).strip())}  # (never "UN: Peacekeepers ...")

    @cached_property
    def furniture(self) -> list[tuple[int, int]]:
        return furniture_ranges(self.doc, self.paragraphs)

    @cached_property
    def _furniture_union(self) -> tuple[list[int], list[int]]:
        """The furniture ranges merged where they touch or nest, as sorted starts and ends."""
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted(self.furniture):
            if ends and s <= ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        return starts, ends

    def is_furniture(self, char: int) -> bool:
        starts, ends = self._furniture_union
        k = bisect_right(starts, char) - 1
        return k >= 0 and char < ends[k]


#: The most words of a crosshead, and the marks that close a line that is a sentence.
_CROSSHEAD_WORDS = 7
_CLOSING_MARKS = (".", "!", "?", ":", '"', "”", "’", ")")

LAYOUT_KEY = "reportgen_layout"
#: The token string attributes the layout keeps as lists (:attr:`Layout.texts`, :attr:`Layout.lowers` ...).
STRING_ATTRS = ("ORTH", "LOWER", "POS", "TAG", "DEP", "LEMMA", "ENT_TYPE")


def _gathered(index: dict[str, list[int]], keys: Container[str]) -> list[int]:
    """The positions ``index`` files under any of ``keys``, in order."""
    if isinstance(keys, (frozenset, set, tuple)) and len(keys) < len(index):  # look the few keys up
        groups = [found for key in dict.fromkeys(keys) if (found := index.get(key)) is not None]
    else:  # (``keys`` decides what is in it: a word list's own rules)
        groups = [found for key, found in index.items() if key in keys]
    if len(groups) == 1:
        return groups[0]
    return sorted(i for found in groups for i in found)


def _indices_by(keys: Iterable[str]) -> dict[str, list[int]]:
    """Each key's positions in ``keys``, in order."""
    found: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        positions = found.get(key)
        if positions is None:
            found[key] = [i]
        else:
            positions.append(i)
    return found


def sentence_of(item: Any) -> Any:
    """The sentence of a token, or of a span's first token (see :meth:`Layout.sentence_at`)."""
    return layout_of(item.doc).sentence_at(item.start if isinstance(item, Span) else item.i)


def children_of(token: Any) -> list[Any]:
    """``list(token.children)``, read from the Doc's layout (:attr:`Layout.children`): for the finders
    that ask it of many tokens. The list is shared: never change it."""
    return layout_of(token.doc).children[token.i]


def lefts_of(token: Any) -> list[Any]:
    """``list(token.lefts)``: the token's children before it (see :func:`children_of`)."""
    i = token.i
    return [c for c in layout_of(token.doc).children[i] if c.i < i]


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text``, bounds read as spaCy reads a slice's, cut from the Doc's text: no Span is
    made, nor a Token for each of its words."""
    length = len(doc)
    start = min(length, max(0, start + length if start < 0 else start))
    end = min(length, max(start, end + length if end < 0 else end))
    return layout_of(doc).text_of(start, end)


def layout_of(doc: Any) -> Layout:
    """The Doc's layout, computed once and kept on the Doc."""
    found = doc.user_data.get(LAYOUT_KEY)
    if found is None:
        found = doc.user_data[LAYOUT_KEY] = Layout(doc)
    return found


def furniture_ranges(doc: Any, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of datelines, captions, credits and bylines: text that is not the story's."""
    ranges: list[tuple[int, int]] = []
    text = layout_of(doc).text
    ents_by_char = sorted((e.start_char, e.end_char) for e in doc_ents(doc))
    for number, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        lowered = line.lower()
        dateline = dateline_end(text, start, end)
        if dateline == start:
            dateline = layout_of(doc).colon_datelines.get(start, start)  # ("RANCHI: The government ...")
        if dateline == start:
            dateline = layout_of(doc).titled_datelines.get(start, start)  # ("Almaty, Kazakhstan – ...")
        if dateline > start:
            ranges.append((start, dateline))
            fire(doc, DATELINE, start, dateline)
        credits = [*_CREDIT.finditer(text, start, end), *_CLOSING_CREDIT.finditer(text, start, end)]
        for match in credits:
            ranges.append((match.start(), match.end()))
            fire(doc, CREDIT, match.start(), match.end())
        closing = [m.start() for m in credits if not text[m.end():end].strip()]
        if number > 0 and closing and _a_caption(text[start:closing[0]]):
            ranges.append((start, closing[0]))  # the picture's description the credit closes
            fire(doc, CAPTION, start, closing[0])
        kind = None
        found = placed_kind(line, number, len(lines))  # ingest's classifier: the one definition of furniture
        if found in ("byline", "signature"):
            kind = BYLINE
        elif number > 0 and found is not None:
            kind = FURNITURE_LINE
        elif number > 0 and lowered.startswith(lexicon.FURNITURE_PREFIXES):
            kind = FURNITURE_LINE  # a plea run together with the story: furniture to its first sentence
            end = _first_sentence_end(text, start, end)
        elif number > 0 and len(line.split()) <= 25 \
                and any(phrase in lowered for phrase in lexicon.CONTRIBUTOR_PHRASES):
            kind = CONTRIBUTOR_LINE
        elif number > 0 and not line.endswith((".", "?", "!", ":", "”", '"')) and _only_names(
                text, start, end, ents_by_char):
            kind = NAMES_ONLY_LINE
        if kind is not None:
            ranges.append((start, end))
            fire(doc, kind, start, end)
    return ranges


#: A paragraph longer than this that opens like furniture is article text after its first sentence
#: ("Subscribe to our podcast here. The trouble began ..." run together by the page).
MAX_FURNITURE_WORDS = 60
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def _first_sentence_end(text: str, start: int, end: int) -> int:
    if len(text[start:end].split()) <= MAX_FURNITURE_WORDS:
        return end
    match = _SENTENCE_END.search(text, start, end)
    return match.end() if match else end


def _only_names(text: str, start: int, end: int, ents_by_char: list[tuple[int, int]]) -> bool:
    rest = text[start:end]
    for s, e in ents_by_char[bisect_left(ents_by_char, (start, start)):]:
        if s >= end:
            break
        if e <= end:
            rest = rest.replace(text[s:e], " ")
    return not re.sub(r"[\W_]+", "", rest)
