"""What a template sees: the brief plus ready-made groupings, document identity and client settings.

Templates only arrange; every decision that is not presentation (which actors are key, how claims
group by speaker, the document id, dates) is made here once, so every template agrees.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import UTC, date, datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import TypeVar
from urllib.parse import urlsplit

from markupsafe import Markup

from reportgen import __version__
from reportgen.brief.dates import end_of, published_date, start_of
from reportgen.brief.model import Actor, Brief, Claim, Conflict, Number, Outlook, Source, TimelineEntry
from reportgen.errors import InputError
from reportgen.vocab import (
    DEFAULT_TLP,
    RELATION_KINDS,
    TLP_LABELS,
    EstimativeTerm,
    TlpLabel,
    estimative_terms,
    normalize_tlp,
    says_approximate,
)

MAX_KEY_ACTORS = 12
#: Most actors the link chart draws (the most salient of those with relations): more do not stay
#: readable at print size.
MAX_CHART_ACTORS = 12
#: Most actors, claims, figures, expectations and sources a template is handed, and most source ids
#: listed for one item: a page's layout time grows with every row (1,000 sources took WeasyPrint
#: minutes), and no reader pages through thousands. The rest stay in the YAML brief, counted in
#: ``Omitted``.
SHOWN_ACTORS = 100
SHOWN_CLAIMS = 100
SHOWN_NUMBERS = 60
SHOWN_OUTLOOK = 30
SHOWN_SOURCES = 20
SHOWN_SOURCE_IDS = 12
#: Dated events a timeline shows (the brief may hold more): the most important, drawn in date order;
#: six keep the key dates beside the map within the two-page body.
SHOWN_TIMELINE = 6
#: Dates kept only as written ("on Tuesday" in an article with no publication date) the timeline shows
#: at most: without a day to count from, they tell a reader little.
SHOWN_UNDATED = 3
#: Upcoming dates the one-page summary lists.
SHOWN_UPCOMING = 3
#: Conflicts the "Sources disagree" block shows, and figures of one conflict, side by side: a merge of
#: a thousand short articles gave conflicts of 130 figures each, a row of 130 columns no one can read
#: that took WeasyPrint 18 s to lay out. The rest are in the YAML brief, counted in the block.
SHOWN_CONFLICTS = 10
SHOWN_CONFLICT_SIDES = 4
#: A past event at most this many days before the article's date counts as recent.
RECENT_DAYS = 31


@dataclass(frozen=True)
class TemplateMeta:
    """What a template may know about itself: never its folder (a path reaches the filesystem)."""

    name: str
    origin: str
    description: str = ""
    parent: str | None = None
    version: str | None = None


@dataclass
class ClaimGroup:
    """The claims of one speaker, with the role the brief gives that speaker; or of one unnamed source
    as the text describes it (``unnamed``); or of nobody."""

    speaker: str | None
    role: str | None
    actor: Actor | None
    claims: list[Claim] = field(default_factory=list)
    unnamed: str | None = None

    @property
    def label(self) -> str:
        if self.speaker:
            return self.speaker
        return f"Unnamed: {self.unnamed}" if self.unnamed else "Unattributed"


@dataclass
class OutlookItem:
    outlook: Outlook
    terms: list[EstimativeTerm]


@dataclass
class DocumentInfo:
    """Identity of the rendered document (also written into the PDF metadata)."""

    id: str
    time: datetime | None
    date_line: str
    created: str | None
    title: str
    subject: str
    keywords: str
    author: str
    language: str
    generator: str


def document_time(brief: Brief) -> datetime | None:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the brief's generation time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except ValueError:
            raise InputError(f"SOURCE_DATE_EPOCH must be an integer, got {epoch!r}") from None
    if brief.generated.time:
        try:
            parsed = datetime.fromisoformat(brief.generated.time.replace("Z", "+00:00"))
        except ValueError:
            return None
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    return None


def document_id(brief: Brief, template: str) -> str:
    """Stable id from the sources' content hashes and the template: same input, same id."""
    sources = brief.sources or [brief.source]
    basis = "|".join(s.sha256 or s.path or s.url or brief.title for s in sources)
    # (a path read from a file system that is not UTF-8 keeps its bytes as lone surrogates)
    digest = hashlib.sha256(f"{basis}|{template}".encode("utf-8", "surrogatepass")).hexdigest().upper()
    return f"RG-{digest[:4]}-{digest[4:8]}-{digest[8:12]}"


def resolve_tlp(label: str | None) -> TlpLabel:
    label = label or DEFAULT_TLP
    normalized = normalize_tlp(label)
    if normalized is None:
        raise InputError(f"unknown TLP label {label!r}; use one of {', '.join(TLP_LABELS)}")
    return TLP_LABELS[normalized]


def tlp_in_effect(asked: str | None, client_label: str | None, allow_downgrade: bool,
                  client_name: str | None = None) -> TlpLabel:
    """The label the brief carries: the one asked for, else the client's. Asking for a label below the
    client's (TLP:CLEAR for a TLP:RED client) is refused unless ``allow_downgrade``: a banner must never
    contradict the client's marking by accident."""
    floor = resolve_tlp(client_label) if client_label else None
    label = resolve_tlp(asked) if asked else (floor or resolve_tlp(None))
    order = list(TLP_LABELS)
    if floor is not None and not allow_downgrade and order.index(label.label) > order.index(floor.label):
        raise InputError(f"TLP label {label.label} is below {client_name or 'the client'}'s {floor.label}; "
                         "pass --allow-tlp-downgrade (allow_tlp_downgrade) to lower it")
    return label


def key_actors(brief: Brief) -> list[Actor]:
    """Actors marked key, most salient first (all actors when none is marked)."""
    chosen = [a for a in brief.actors if a.key] or list(brief.actors)
    return sorted(chosen, key=lambda a: (-a.salience, -a.mentions, a.name))[:MAX_KEY_ACTORS]


def claim_groups(brief: Brief) -> list[ClaimGroup]:
    """Claims grouped by speaker, speakers in order of first claim, then unnamed sources (by how the
    text describes them), unattributed last."""
    groups: dict[str | None, ClaimGroup] = {}
    unnamed: dict[str, ClaimGroup] = {}
    for claim in brief.claims:
        actor = brief.actor(claim.speaker)
        key = actor.name if actor else claim.speaker
        if key is None and claim.unnamed_speaker:
            source = claim.unnamed_speaker
            unnamed.setdefault(source, ClaimGroup(None, None, None, unnamed=source)).claims.append(claim)
            continue
        if key not in groups:
            groups[key] = ClaimGroup(key, None, actor)
        group = groups[key]
        group.claims.append(claim)
        if group.role is None:
            # The role lives on the actor; ``speaker_role`` is read only from older briefs that copied it.
            group.role = (actor.role if actor else None) or claim.speaker_role
    ordered = [g for k, g in groups.items() if k is not None]
    return ordered + list(unnamed.values()) + ([groups[None]] if None in groups else [])


@dataclass(frozen=True)
class Omitted:
    """How many of each kind a rendered document, or a part of it, leaves out (they are all in the
    YAML brief). ``body`` counts what the two-page body of the default template leaves out
    (:mod:`reportgen.render.selection`): the annex shows those when there is one."""

    claims: int = 0
    numbers: int = 0
    outlook: int = 0
    sources: int = 0
    actors: int = 0
    summary: int = 0
    body: Omitted | None = None

    @property
    def any(self) -> bool:
        return any((self.claims, self.numbers, self.outlook, self.sources, self.actors, self.summary))


def shown_brief(brief: Brief) -> tuple[Brief, Omitted]:
    """The part of ``brief`` a document shows (see ``SHOWN_CLAIMS``) and what it leaves out."""
    omitted = Omitted(claims=max(0, len(brief.claims) - SHOWN_CLAIMS),
                      numbers=max(0, len(brief.numbers) - SHOWN_NUMBERS),
                      outlook=max(0, len(brief.outlook) - SHOWN_OUTLOOK),
                      sources=max(0, len(brief.sources) - SHOWN_SOURCES),
                      actors=max(0, len(brief.actors) - SHOWN_ACTORS))
    sourced: list[Claim | Number | Outlook] = [*brief.claims, *brief.numbers, *brief.outlook]
    if not omitted.any and all(len(i.sources) <= SHOWN_SOURCE_IDS for i in sourced):
        return brief, omitted
    return replace(brief, actors=brief.actors[:SHOWN_ACTORS],
                   claims=[_few_ids(c) for c in brief.claims[:SHOWN_CLAIMS]],
                   numbers=[_few_ids(n) for n in brief.numbers[:SHOWN_NUMBERS]],
                   outlook=[_few_ids(o) for o in brief.outlook[:SHOWN_OUTLOOK]],
                   sources=brief.sources[:SHOWN_SOURCES]), omitted


Item = TypeVar("Item", Claim, Number, Outlook)


def _few_ids(item: Item) -> Item:
    """``item`` listing at most ``SHOWN_SOURCE_IDS`` source ids, then how many more."""
    ids: list[str] = item.sources
    if len(ids) <= SHOWN_SOURCE_IDS:
        return item
    return replace(item, sources=[*ids[:SHOWN_SOURCE_IDS], f"{len(ids) - SHOWN_SOURCE_IDS} more"])


#: Characters that reorder or hide text where they stand (Trojan Source): bidi embeddings, overrides
#: and isolates, and zero-width characters. A rendered brief shows each as ``[U+202E]`` instead.
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e]"
                     # joiners have a use between letters of Arabic, Indic or emoji text, none beside ASCII
                     "|[\u200c\u200d](?=[\x00-\x7f])|(?<=[\x00-\x7f])[\u200c\u200d]")


def reveal_hidden(text: str) -> str:
    """``text`` with every character that could reorder or hide what a reader sees written out as
    ``[U+XXXX]``: a brief can quote an article that contains them, and a reader must see them."""
    return _HIDDEN.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


Record = TypeVar("Record")


def revealed(value: Record) -> Record:
    """A copy of a brief (or any of its parts) with ``reveal_hidden`` applied to every string."""
    if isinstance(value, str):
        return reveal_hidden(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [revealed(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: revealed(item) for key, item in value.items()}  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: revealed(getattr(value, f.name)) for f in fields(value)
                                 if f.init})
    return value


def _date_line(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y %H:%M UTC") if moment else "Undated"


def build_document_info(brief: Brief, template: str, author: str | None, language: str,
                        tlp: str | None = None) -> DocumentInfo:
    """The document's metadata; the TLP label in effect leads the keywords (a PDF reader's
    properties show how the brief may be shared)."""
    moment = document_time(brief)
    actors = key_actors(brief)
    subject = brief.summary[0] if brief.summary else brief.title
    return DocumentInfo(
        id=document_id(brief, template), time=moment, date_line=_date_line(moment),
        created=moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None,
        title=brief.title, subject=subject[:300],
        keywords=", ".join(([tlp] if tlp else []) + [a.name for a in actors]),
        author=author or brief.source.outlet or "reportgen", language=language,
        generator=f"reportgen {brief.generated.version or __version__}")


def sources_of(brief: Brief) -> list[Source]:
    return brief.sources or [brief.source]


def numbers_of(brief: Brief) -> list[Number]:
    return list(brief.numbers)


@dataclass
class NumberRow:
    """Figures that share one context sentence, shown as one table row (each keeps its sources)."""

    numbers: list[Number]
    context: str


def number_rows(numbers: list[Number]) -> list[NumberRow]:
    """Consecutive figures from the same sentence share a row, so the sentence is printed once
    ("14 freight trains", "more than 2,300 containers" and "18%" from one lead)."""
    rows: list[NumberRow] = []
    for number in numbers:
        context = tidy(number.context)
        if rows and context and context == rows[-1].context:
            rows[-1].numbers.append(number)
        else:
            rows.append(NumberRow([number], context))
    return rows


def outlook_items(brief: Brief) -> list[OutlookItem]:
    return [OutlookItem(o, estimative_terms(o.text)) for o in brief.outlook]


def needs_approx_mark(number: Number) -> bool:
    """An approximate figure gets a "~" only when its own words do not already say so."""
    return bool(number.approximate) and not says_approximate(number.text)


def source_label(source: Source) -> str:
    """How to name a source in running text: its outlet, else the web host, else the file name.

    Empty when none is known, so templates leave the field out rather than print a placeholder.
    """
    if source.outlet and source.outlet.strip():
        return source.outlet.strip()
    if source.url:
        host = urlsplit(source.url).hostname
        if host:
            return host.removeprefix("www.")
    if source.path:
        path = PureWindowsPath(source.path) if "\\" in source.path else PurePosixPath(source.path)
        return path.name
    return ""


_STRAY_QUOTE = re.compile(r"^[\"“”'‘’]\s+")


def tidy(text: str | None) -> str:
    """Whitespace collapsed, and a quotation mark left dangling at the start (the close of the
    previous sentence's quote, cut off with it) dropped."""
    return _STRAY_QUOTE.sub("", " ".join((text or "").split()))


def excerpt(text: str | None, limit: int, focus: str | None = None) -> str:
    """At most ``limit`` characters of ``text`` cut at word boundaries with "…", kept around ``focus``
    (e.g. the figure a context sentence is about) when it would otherwise fall outside the cut."""
    text = tidy(text)
    if len(text) <= limit:
        return text
    start = 0
    at = text.find(focus) if focus else -1
    if at >= 0 and at + len(focus or "") > limit - 1:
        start = max(0, at - limit // 3)
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    end = start + limit - (2 if start else 1)
    cut = text[start:end]
    if end < len(text) and " " in cut:
        cut = cut[:cut.rfind(" ")]
    cut = cut.rstrip(" ,;:—–-")
    prefix = "…" if start else ""
    suffix = "" if end >= len(text) else "…"
    return f"{prefix}{cut}{suffix}"


def title_size(title: str) -> str:
    """A CSS class for the title by length, so a long headline (or a first sentence standing in for a
    missing one) still fits in three or four lines."""
    length = len(title or "")
    if length > 150:
        return "title-xlong"
    if length > 80:
        return "title-long"
    return "title-normal"


def fit_count(texts: list[str | None], max_items: int, budget: int, limit: int, overhead: int = 0) -> int:
    """How many of ``texts`` (each cut to ``limit`` characters and costing ``overhead`` more for its
    furniture) fit in ``budget`` characters: at least one when there is any, at most ``max_items``.

    A fixed-size layout (the one-page summary) uses this to show fewer, shorter items when the brief
    is crowded instead of spilling onto a second page."""
    used = count = 0
    for text in texts[:max_items]:
        cost = min(len(" ".join((text or "").split())), limit) + overhead
        if count and used + cost > budget:
            break
        used += cost
        count += 1
    return count


def lead_quotes(groups: list[ClaimGroup], substantial_words: int = 6) -> list[tuple[ClaimGroup, Claim]]:
    """Named speakers' direct quotations for a short page: every speaker's best quote first (in claim
    order), then their second, and so on. A speaker's quotes of ``substantial_words`` words or more
    come before scare-quoted fragments ("common sense laws")."""
    queues = []
    for group in groups:
        quotes = [c for c in group.claims if c.kind == "quote"]
        if group.speaker and quotes:
            quotes.sort(key=lambda c: len(c.text.split()) < substantial_words)
            queues.append((group, quotes))
    found: list[tuple[ClaimGroup, Claim]] = []
    for depth in range(max((len(q) for _, q in queues), default=0)):
        found.extend((group, quotes[depth]) for group, quotes in queues if depth < len(quotes))
    return found


# --- where sources disagree ----------------------------------------------------------------------

@dataclass
class ConflictFigure:
    """One side of a conflict: the figure and who reports it ("s2 Harbour Ledger")."""

    number: Number
    sources: list[str]


@dataclass
class ConflictView:
    """A conflict with its figures looked up by id, one per value and set of sources, the first
    ``SHOWN_CONFLICT_SIDES`` of them; ``omitted`` counts the rest."""

    about: str
    figures: list[ConflictFigure]
    omitted: int = 0


@dataclass
class SourceShare:
    """How many of the figures and claims only one source gives are this source's."""

    id: str
    label: str
    numbers: int
    claims: int


@dataclass
class SingleSource:
    """Figures and claims that only one source of a multi-source brief carries (from their ``sources``)."""

    numbers: int = 0
    numbers_total: int = 0
    claims: int = 0
    claims_total: int = 0
    by_source: list[SourceShare] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.numbers or self.claims)


@dataclass
class Disagreements:
    """What the "Sources disagree" block shows (the first ``SHOWN_CONFLICTS`` conflicts, ``omitted``
    counts the rest); ``any`` is false for a single-source brief."""

    conflicts: list[ConflictView] = field(default_factory=list)
    single_source: SingleSource = field(default_factory=SingleSource)
    omitted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.conflicts or self.single_source.any)


def disagreements(brief: Brief) -> Disagreements:
    """Conflicts between sources and what only one source says; empty unless several sources."""
    sources = sources_of(brief)
    if len(sources) <= 1:
        return Disagreements()
    labels = {s.id: f"{s.id} {source_label(s)}".strip() for s in sources}
    views = [view for c in brief.conflicts if (view := _conflict_view(brief, c, labels)) is not None]
    return Disagreements(views[:SHOWN_CONFLICTS], single_source(brief, sources),
                         max(0, len(views) - SHOWN_CONFLICTS))


def _conflict_view(brief: Brief, conflict: Conflict, labels: dict[str, str]) -> ConflictView | None:
    """The conflict's figures, one per value and sources (a headline's "12 dead" and the body's "12 people
    were killed" from one outlet are one side; the longer sentence is shown); ``None`` when fewer than
    two sides remain (an analyst removed a figure)."""
    sides: dict[tuple[float, tuple[str, ...]], Number] = {}
    for number_id in conflict.numbers:
        number = brief.number(number_id)
        if number is None:
            continue
        key = (number.value, tuple(number.sources))
        if key not in sides or len(number.context) > len(sides[key].context):
            sides[key] = number
    if len(sides) < 2:
        return None
    shown = list(sides.values())[:SHOWN_CONFLICT_SIDES]
    figures = [ConflictFigure(n, [labels.get(s, s) for s in n.sources[:SHOWN_SOURCE_IDS]]) for n in shown]
    return ConflictView(conflict.about, figures, len(sides) - len(shown))


def single_source(brief: Brief, sources: list[Source]) -> SingleSource:
    """Counts of figures and claims carried by one source only, overall and per source."""
    alone_numbers = [n.sources[0] for n in brief.numbers if len(n.sources) == 1]
    alone_claims = [c.sources[0] for c in brief.claims if len(c.sources) == 1]
    shares = [SourceShare(s.id, source_label(s), alone_numbers.count(s.id), alone_claims.count(s.id))
              for s in sources[:SHOWN_SOURCES]]
    return SingleSource(len(alone_numbers), len(brief.numbers), len(alone_claims), len(brief.claims),
                        [share for share in shares if share.numbers or share.claims])
@dataclass
class ChartRelation:
    """One relation as the chart and a template's list show it: canonical actor names and words."""

    source: str
    target: str
    kind: str
    label: str
    evidence: str
    source_id: str


@dataclass
class LinkChart:
    """The link chart: ``svg`` is markup reportgen drew from escaped text (never template input),
    ``alt`` the text listing every drawn relation, ``relations`` those relations, ``omitted`` how many
    relations involve actors left off the chart."""

    svg: str
    alt: str
    actors: list[str]
    relations: list[ChartRelation]
    omitted: int = 0


def chart_relations(brief: Brief) -> list[ChartRelation]:
    """The brief's relations between known actors, named canonically, with the kinds' words."""
    found: list[ChartRelation] = []
    for relation in brief.relations:
        source, target = brief.actor(relation.source), brief.actor(relation.target)
        kind = RELATION_KINDS.get(relation.kind)
        if source is None or target is None or source is target or kind is None:
            continue
        found.append(ChartRelation(source.name, target.name, relation.kind, kind.label,
                                   tidy(relation.evidence), relation.source_id))
    return found


def link_chart(brief: Brief, font_family: str = "sans-serif") -> LinkChart | None:
    """The chart of the most salient actors that have relations (at most ``MAX_CHART_ACTORS``), or
    None when the brief has no relation to draw."""
    from reportgen.render.chart import ChartEdge, ChartNode, link_chart_svg

    relations = chart_relations(brief)
    if not relations:
        return None
    linked = {name for r in relations for name in (r.source, r.target)}
    ranked = sorted((a for a in brief.actors if a.name in linked),
                    key=lambda a: (-a.salience, -a.mentions, a.name))
    chosen = ranked[:MAX_CHART_ACTORS]
    names = {a.name for a in chosen}
    drawn = [r for r in relations if r.source in names and r.target in names]
    if not drawn:
        return None
    order = list(RELATION_KINDS)
    groups: dict[tuple[str, str], list[ChartRelation]] = {}
    for relation in drawn:
        mutual = RELATION_KINDS[relation.kind].mutual
        ends = (relation.source, relation.target)
        groups.setdefault((min(ends), max(ends)) if mutual else ends, []).append(relation)
    edges = [ChartEdge(source, target,
                       _labels(found, order),
                       mutual=all(RELATION_KINDS[r.kind].mutual for r in found))
             for (source, target), found in groups.items()]
    shown = [a for a in chosen if a.name in {n for r in drawn for n in (r.source, r.target)}]
    alt = relations_text(drawn)
    title = f"Link chart: {len(drawn)} relation{'s' if len(drawn) != 1 else ''} between {len(shown)} actors"
    svg = link_chart_svg([ChartNode(a.name, a.type) for a in shown], edges, title, alt, font_family)
    # The SVG is drawn by reportgen from escaped text only, so it may stand as markup.
    return LinkChart(svg=Markup(svg), alt=alt, actors=[a.name for a in shown], relations=drawn,
                     omitted=len(relations) - len(drawn))


def _labels(relations: list[ChartRelation], order: list[str]) -> tuple[str, ...]:
    """The kinds' words of one edge's relations, once each, in the vocabulary's order."""
    return tuple(dict.fromkeys(r.label for r in sorted(relations, key=lambda r: order.index(r.kind))))


def relations_text(relations: list[ChartRelation]) -> str:
    """ "Ana Ruiz criticises Harbour Board; ..." : the chart's relations as one text (its alt text)."""
    return "; ".join(f"{r.source} {r.label} {r.target}" for r in relations) + "."


# --- timeline ------------------------------------------------------------------------------------

@dataclass
class TimelineItem:
    """One dated event as a template shows it: ``when`` is its date for a reader ("Mon 18 Nov 2019",
    "week of 11 Nov 2019", "Mar 2020", "2012"; as written when undated), ``lead`` whether a key actor
    is involved."""

    entry: TimelineEntry
    when: str
    lead: bool


@dataclass
class Timeline:
    """The events a timeline shows, split around the article's date: ``past``, ``present`` (dates that
    hold the article's own day: "this week", "2019"), ``future``, and ``undated`` (dates left as written,
    last); ``marker`` is the article's date for a reader (None when the source gives none: the dated
    events are then all in ``past``, in date order); ``omitted`` how many the brief holds beyond these."""

    past: list[TimelineItem] = field(default_factory=list)
    present: list[TimelineItem] = field(default_factory=list)
    future: list[TimelineItem] = field(default_factory=list)
    undated: list[TimelineItem] = field(default_factory=list)
    marker: str | None = None
    omitted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.past or self.present or self.future or self.undated)


def date_label(iso: str | None, precision: str | None, text: str = "") -> str:
    """A resolved date as a reader reads it, at its precision; ``text`` as written when unresolved."""
    start = start_of(iso) if iso else None
    if start is None:
        return text
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return start.strftime("%b %Y")
    if precision == "week":
        return f"week of {start.day} {start.strftime('%b %Y')}"
    return f"{start.strftime('%a')} {start.day} {start.strftime('%b %Y')}"


def _article_day(brief: Brief) -> date | None:
    """The day the (first) article was published, which relative dates were counted from."""
    return published_date(brief.source.published)


def _side(entry: TimelineEntry, day: date | None) -> str:
    if not entry.date or start_of(entry.date) is None:
        return "undated"
    if day is None:
        return "past"
    start, end = start_of(entry.date), end_of(entry.date)
    assert start is not None and end is not None
    if start > day:
        return "future"
    return "past" if end < day else "present"


def timeline_of(brief: Brief, shown: int = SHOWN_TIMELINE) -> Timeline:
    """At most ``shown`` of the brief's dated events, chosen by importance and drawn in date order.

    Importance: what lies ahead first (soonest first), then what holds the article's day, then the
    recent past (the last ``RECENT_DAYS`` days, latest first), then older events, then undated ones;
    within each, events of key actors first. The brief's own order (oldest first) is kept for drawing."""
    day = _article_day(brief)
    leads = {a.name for a in key_actors(brief)}
    tiers = {"future": 0, "present": 1, "past": 2, "undated": 4}
    ranked = []
    for order, entry in enumerate(brief.timeline):
        side = _side(entry, day)
        start = start_of(entry.date) if entry.date else None
        tier = tiers[side]
        distance = abs((start - day).days) if start is not None and day is not None else 0
        if side == "past" and day is not None and distance > RECENT_DAYS:
            tier = 3
        lead = any(name in leads for name in entry.actors)
        ranked.append(((tier, not lead, distance, order), order, side, entry, lead))
    ranked.sort()
    undated = [r for r in ranked if r[2] == "undated"][:SHOWN_UNDATED]
    picked = [r for r in ranked if r[2] != "undated"][:shown]
    chosen = sorted((picked + undated)[:shown], key=lambda r: r[1])
    timeline = Timeline(marker=date_label(day.isoformat(), "day") if day else None,
                        omitted=len(brief.timeline) - len(chosen))
    for _, _, side, entry, lead in chosen:
        item = TimelineItem(entry, date_label(entry.date, entry.precision, entry.text), lead)
        getattr(timeline, side).append(item)
    return timeline


def upcoming_dates(brief: Brief, count: int = SHOWN_UPCOMING) -> list[TimelineItem]:
    """The next ``count`` dated events after the article's day, soonest first (none when the source
    gives no date: what is ahead cannot be told)."""
    day = _article_day(brief)
    if day is None:
        return []
    ahead = [e for e in brief.timeline if _side(e, day) == "future"]
    leads = {a.name for a in key_actors(brief)}
    return [TimelineItem(e, date_label(e.date, e.precision, e.text), any(n in leads for n in e.actors))
            for e in ahead[:count]]
