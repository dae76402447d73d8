"""Page furniture that must never become a fact: subscription pleas, read-more links, credits.

Each rule is a pattern plus the longest paragraph (in words) it may remove, so a real sentence
that happens to start like furniture ("By Friday, the union said ...") survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Rule:
    """One kind of furniture: a regex and the most words a paragraph it removes may have."""

    name: str
    pattern: re.Pattern[str]
    max_words: int


def _rule(name: str, pattern: str, max_words: int, flags: int = re.I) -> Rule:
    return Rule(name, re.compile(pattern, flags), max_words)


#: A capital letter, with the accented ones of Latin names ("Órla", "Łukasz", "Šimon").
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
_NAME = rf"[{_CAPITAL}][\w.'’-]*"
_NAMES = rf"{_NAME}(?: {_NAME}){{0,3}}"

#: A credit with the story's date on a line of its own: "Reuters, 12 March 2026", "The Ledger, May 4, 2026".
AGENCY_DATE = re.compile(r"^(?P<outlet>[A-Z][\w&.' -]{1,40}),\s*(?P<date>(?:\w+day,? )?"
                         r"(?:\d{1,2} [A-Z][a-z]+\.?|[A-Z][a-z]+\.? \d{1,2}),? (?:19|20)\d\d)$")

#: The heading of a list of links to other stories ("Read more:", "Also read", "Related stories");
#: the headlines under it go with it (:func:`clean_paragraphs`).
LINKS_HEADING = re.compile(r"^(read more|also read|related( stories| articles| coverage| content| links)?|"
                           r"see also|more on this( story)?|more from( the)? [A-Z][\w ]{1,30}|"
                           r"you may also like|recommended)\s*[:.]?$", re.I)

#: A line that is only a date, perhaps with its weekday and time: "Thu, 12 Mar 2026, 4:15pm",
#: "Tuesday, 3 March 2026 09:15 GMT".
DATE_LINE = re.compile(r"^(\w+day,? |(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? )?"
                       r"(\d{1,2} \w+,? (19|20)\d\d|\w+ \d{1,2},? (19|20)\d\d)"
                       r"([ ,]+([-–—|] |at )?\d{1,2}[:.]\d\d( ?[ap]\.?m\.?)?)?( [A-Z]{2,4})?$", re.I)
#: An outlet's line of parts set apart by bars and closed by a date: "Harbour Ledger | Oslo | 6 May 2026",
#: "Ranchi | Updated: March 3, 2026 06:40 IST".
_BARRED_DATE_LINE = r"^([^|.!?]{1,40} \| ){1,3}((?i:updated|published|posted|first published):? )?" \
    + DATE_LINE.pattern.lstrip("^")

RULES: tuple[Rule, ...] = (
    _rule("dated-credit", AGENCY_DATE.pattern, 9, 0),
    _rule("furniture", r"^(continue reading( the main story)?|advertisement|advert|sponsored( content)?|"
          r"photo|photos|image|images|video|audio|graphic|gallery|read more|more|related|related "
          r"(articles|stories|coverage|content)|most (popular|read)|recommended|skip to (main )?content|"
          r"listen to this (article|story)|supported by|share|share this( article| story)?|tweet|email|"
          r"print|comments?|show comments|sign in|log in|subscribe|menu|close|top stories|trending)"
          r"\W*$", 6),
    # ("MORE FROM THE CLARION: ...", an outlet's name in capitals, a headline after it)
    _rule("read-more", r"^\[?(read( more)?|also read|related|see also|more from( the)? "
          r"(?-i:[A-Z][A-Z&'’]*(?: [A-Z][A-Z&'’]*){0,4})|more|watch|listen|click here|continue reading|"
          r"read the full|read our|read the latest)\b[^a-z]*[:|\]—–-]", 40),
    _rule("read-more", LINKS_HEADING.pattern, 5),
    _rule("read-more", r"^(read the full (story|article|transcript|interview)|click here|"
          r"continue reading)\b", 40),
    _rule("caption", r"^\(?(photo|image|picture|photograph|video|media|graphic|illustration)"
          r"( credit| caption| source| copyright)?\s*[:)]", 40),
    _rule("caption", r"^(image|media) (copyright|caption|source)\b", 40),
    # a caption closed by its credit: "A train at Southampton Central. Photograph: Ann Roe/PA"
    _rule("caption", r"[.!?]\s+(photograph|photo|picture|image)s?( credit)?\s*:\s*[A-Z][^.!?:]{0,60}$", 60),
    # and: "The governor speaks to reporters. (Photo: Ann Roe/Harbour Ledger)"
    # (a caption describes a picture: never a paragraph that reports or quotes)
    _rule("caption", r"^(?![^()]*\b(said|says|told|according)\b)[^\"“”()]*[.!?]\s+"
          r"\((photo|photograph|picture|image)s?( credit)?\s*:\s*[^()]{1,80}\)$", 30),
    # and, with the credit alone in brackets: "Members gather outside the court. (Ana Ruiz/Harbour Ledger)"
    # (one sentence that neither reports nor warns: "Chair Ana Ruiz warned that fees would rise. (...)" is
    # a story's paragraph)
    _rule("caption", rf"^(?![^()]*\b(said|says|told|according|warned|warns|announced|vowed|pledged|added|"
          rf"will|would)\b)[^\"“”().!?]*[.!?]\s+\({_NAMES} ?/ ?[{_CAPITAL}][\w .&'’-]{{1,40}}\)$", 30, 0),
    # and: "Residents wade to a boat. | Photo Credit: A. Raman"
    _rule("caption", r"\|\s*(photo|image|picture)s?\s*(credit|courtesy|source)?\s*:", 60),
    _rule("caption", r"(^|[.!?]\s+)(photo|picture|image)s?\s*/\s*[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}$",
          60),  # "... Photo / Ann Roe"
    _rule("credit", r"^(getty images|reuters|ap photo|afp( via getty images)?|epa|shutterstock|"
          r"alamy|pa( media| wire)?|bloomberg|anadolu)\b[^.!?]*$", 12),
    _rule("credit", r"\((photo|image|picture)?:? ?(getty images|reuters|ap|afp|epa|shutterstock|"
          r"file photo)[^)]*\)\s*$", 40),
    _rule("copyright", r"^(©|\(c\) |copyright\b)|all rights reserved", 40),
    _rule("correction", r"^(corrections?|clarifications?|editor'?s note)\s*:|"
          r"^an earlier version of this (article|story|report)\b", 80),
    _rule("subscribe", r"^(subscribe|sign up|support us|become a (member|subscriber|supporter)|donate|"
          r"get (our|the) newsletter|already a subscriber|want more|thank you for reading)\b", 60),
    _rule("subscribe", r"\b(sign up|subscribe) (for|to) (our|the|a) (free |daily |weekly )?"
          r"(newsletter|briefing|email|digest)|\bsubscribe (now|today)\b", 60),
    _rule("subscribe", r"^(privacy (notice|policy)\s*:|newsletters? may contain|"
          r"by (signing up|subscribing),? you|you can unsubscribe)", 60),
    # "Get the Tribune on WhatsApp. Click here to join our channel.": a messaging app's promotion
    # (a line of its own, the promotion its last sentence: never a story's "told to click here to ...")
    _rule("subscribe", r"(^\W*|[.!]\s+)(click|tap) here to (join|subscribe|follow|download|sign up)\b[^.!?]*"
          r"[.!]?$|^\W*(get|follow|join) (us|the [A-Z][\w]*( [A-Z][\w]*)?|our [\w ]{1,20}) on "
          r"(whatsapp|telegram|google news)( for [^,.!?]{1,40})?\s*[.!]?(\s+(click|tap) here\b.*)?$", 20),
    _rule("subscribe", r"support (our|quality|independent) journalism|quality journalism is more crucial "
          r"than ever|you('ve| have) read \d+ (free )?articles", 60),
    _rule("share", r"^(share|tweet|post|pin|email)( (this|it))?( on| via| to)? "
          r"(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email)\b", 10),
    _rule("share", r"^((facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|print|share|copy link)"
          r"\W*){2,}$", 10),
    _rule("byline", rf"^(By|BY|Written by|Reporting by|Words by) {_NAMES}"
          rf"(( and|,) {_NAMES})*(( ?[,|—–-]| in) {_NAMES})?\W*$", 14, 0),
    _rule("byline", r"^\(?(?i:(additional )?(reporting|writing|editing) by) [A-Z]", 30, 0),
    # with the date and reading time after bars: "By Ana Ruiz | September 18, 2024 | 6 min read"
    _rule("byline", rf"^(By|BY|Written by) {_NAMES}(( and|,) {_NAMES})*( ?[|•·] ?[^|•·]{{1,30}}){{1,3}}$",
          16, 0),
    # a name, then the writer's post: "Chua Li Ting Transport Correspondent", "IVAN SEMENKO HEALTH REPORTER"
    # (a signature only at the top or the foot of a story: see placed_kind)
    # (after a comma the desk may be in lower case: "Ann Roe, Regional affairs reporter")
    _rule("signature", rf"^(?!(?i:the|a|an|our|your|dear) ){_NAME}(?: {_NAME}){{1,3}}"
          r"(,(?: (?!(?:who|which|that|was|is|were|a|an|the)\b)[A-Za-z&]+){0,3}|(?: [A-Z][A-Za-z]*){0,2}) "
          r"(?i:correspondent|reporter|editor|writer|columnist|journalist)$", 8, 0),
    _rule("author-bio", rf"^{_NAMES} (is|was) (a|an|the) ([\w-]+ ){{0,4}}(reporter|correspondent|"
          r"writer|editor|journalist|columnist|contributor|producer)\b", 60, 0),
    _rule("author-bio", r"^(follow (him|her|them|us|me) (on|at)\b|@\w+$|contact the author\b)", 20),
    _rule("byline", r"^(?i:special|staff) (?i:correspondent|reporter|writer)\b( +[A-Z0-9][^.!?]*)?$", 20, 0),
    _rule("end-mark", r"^([\w.+-]+@[\w-]+(\.[\w-]+)+\s*)?(\((end|ends|more)\)|-+ ?end ?-+|#{3}|-30-)$", 3),
    _rule("contact", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", 1),
    _rule("editor-note", r"^\((attn|eds?|editors?|note to editors)\s*:", 40),
    _rule("kicker", r"^[^.!?]{1,40}\s[—–-]$", 6),
    _rule("counter", r"^[\d,.]+k? (comments?|shares?|replies|views)$", 3),
    _rule("section", r"^(from the section|filed under|topics?:|tags?:)", 12),
    _rule("timestamp", r"^(posted|published|updated|last updated|first published)( on| at)?\b.{0,60}"
          r"\b(19|20)\d\d\b", 14),
    _rule("timestamp", DATE_LINE.pattern, 9),
    _rule("timestamp", _BARRED_DATE_LINE, 16),
)


def furniture_kind(paragraph: str) -> str | None:
    """The kind of furniture ``paragraph`` is (``"byline"``, ``"credit"`` ...), or ``None``."""
    return _furniture_kind(paragraph.strip())


@lru_cache(maxsize=4096)
def _furniture_kind(text: str) -> str | None:
    """:func:`furniture_kind` of a stripped paragraph, remembered: ingest classifies each paragraph, and
    extraction's layout and summary ask again of the same text."""
    if not text:
        return "empty"
    words = len(text.split())
    for rule in RULES:
        if words <= rule.max_words and rule.pattern.search(text):
            return rule.name
    if _looks_like_credit(text):
        return "credit"
    return None


def is_boilerplate(paragraph: str) -> bool:
    return furniture_kind(paragraph) is not None


#: Paragraphs from the top where a signature ("Ana Ruiz Health Reporter") is the story's byline.
_SIGNATURE_TOP = 5


def placed_kind(paragraph: str, number: int, count: int) -> str | None:
    """:func:`furniture_kind` of the ``number``-th of ``count`` paragraphs, where it stands: a name and a
    post ("Jane Doe, Deputy Editor") is a signature at the top or the foot of a story, and a line of
    the story anywhere else (a masthead list, an awards list)."""
    kind = furniture_kind(paragraph)
    if kind == "signature" and _SIGNATURE_TOP <= number < count - 1:
        return None
    return kind


_CREDIT_WORD = re.compile(r"^([A-Z][\w&.'’-]*|[\w.-]+/[\w./-]+|&|of|the|and|via)$")


def _looks_like_credit(text: str) -> bool:
    """A photo credit left alone: a few capitalised words, no sentence ("Harbour Police", "Facebook").

    Sub-headings are sentences with lower-case words ("Five things we learned") and are kept.
    """
    words = text.split()
    if not 1 <= len(words) <= 4 or text.endswith((".", "!", "?", '"', "”", ":")):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return all(_CREDIT_WORD.match(w) for w in words) and words[-1][0].isupper()


_BYLINE_NAMES = re.compile(r"^\(?(?:By|BY|Written by|Words by|Reporting by) ([^,;|—–()]+)")
#: A wire dateline before the lead, the one definition every stage uses: "OSLO, March 3 (Reuters) - ",
#: "WASHINGTON (Reuters) -", "BUCKEYE, Ariz. — ", "ROME (AP) — ", two places ("MILAN/FRANKFURT, Feb 17
#: (Meridian) - "), and the tail ", Oct 24 (Reuters) - "
#: left when a sentence splitter cut after the place. A plain hyphen ends one only after an agency,
#: so "US - China talks" is no dateline.
DATELINE = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{2,40}|\n?(?=,))"  # PLACE in capitals (absent in a tail)
    r"(?:\s*,\s*(?P<when>[^()\n—–]{1,30}?))?"          # , March 3 / , Ariz. / , N.S.
    r"(?:\s*\((?P<agency>[A-Z][\w .&'’-]{0,40})\)\s*[-—–]+|\s*(?:[—–]+|--))\s+")  # "--": a typed dash


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where a wire dateline at ``start`` of ``text`` (before ``end``) ends (``start`` when there is
    none)."""
    match = DATELINE.match(text, start, len(text) if end is None else end)
    return match.end() if match else start


def byline_author(paragraph: str) -> str | None:
    """The author(s) a byline names: "By Jane Doe and Tom Reid, Reuters" -> "Jane Doe and Tom Reid"."""
    if furniture_kind(paragraph) != "byline":
        return None
    match = _BYLINE_NAMES.match(paragraph.strip())
    if not match:
        return None
    names = match.group(1).strip()
    return names.title() if names.isupper() else names


def dateline_outlet(paragraph: str) -> str | None:
    """The agency in a wire dateline ("LONDON, March 3 (Reuters) - ..." -> "Reuters")."""
    match = DATELINE.match(paragraph)
    return match.group("agency").strip() if match and match.group("agency") else None


def dateline_date(paragraph: str) -> str | None:
    """The date a wire dateline states with its year ("PORTO ALEGRE, 7 November 2026 — ..." ->
    "7 November 2026"); one without a year ("OSLO, March 3") says nothing of the year."""
    match = DATELINE.match(paragraph)
    when = match.group("when") if match else None
    return when.strip() if when and re.search(r"\b(?:19|20)\d\d\b", when) else None


def dated_credit(paragraph: str) -> tuple[str, str] | None:
    """The outlet and the date a dated credit line states ("Reuters, 12 March 2026")."""
    match = AGENCY_DATE.match(paragraph.strip())
    return (match.group("outlet").strip(), match.group("date")) if match else None


def clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs to keep and the boilerplate removed (for the record)."""
    kept: list[str] = []
    removed: list[str] = []
    links = False  # under a heading of links: its headlines are furniture too
    for number, p in enumerate(paragraphs):
        links = bool(LINKS_HEADING.match(p.strip())) or (links and _a_link(p))
        (removed if links or placed_kind(p, number, len(paragraphs)) is not None else kept).append(p)
    return kept, removed


def _a_link(paragraph: str) -> bool:
    """A line of a list of links: a short headline, no sentence ("- Oasis Air finalises order for 30
    jets", "Explainer: How the pension system works")."""
    text = paragraph.strip().lstrip("-–—•*· ").strip()
    return 0 < len(text.split()) <= 16 and not text.endswith((".", "!", "?", ":", ";", ")", ",", "’", "'")) \
        and not any(mark in text for mark in _OPENING_QUOTES)


#: Opening quotation marks: a line holding one quotes someone, and is the story's.
_OPENING_QUOTES = ('"', "“", "‘")
