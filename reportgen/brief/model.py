"""The brief: plain dataclasses that every stage passes along.

The YAML brief is the contract between extraction, analysts who edit it, rendering and the
external scorer; these classes mirror the published JSON Schema (``brief.schema.json``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = 1

ActorType = Literal["person", "organization", "country", "location", "group"]
#: The actor types that act as a body (a state, a firm, a party): what "it" or "the ministry" can be.
BODY_TYPES: frozenset[str] = frozenset({"organization", "country", "group"})
ClaimKind = Literal["quote", "paraphrase"]
DatePrecision = Literal["day", "week", "month", "year"]
ConflictKind = Literal["number"]
#: What one actor does to or says about another (``reportgen.vocab.RELATION_KINDS`` labels them).
RelationKind = Literal["speaks_about", "accuses", "criticises", "warns", "asks", "meets", "visits",
                       "negotiates_with", "supports", "opposes", "sanctions", "attacks"]
PlaceKind = Literal["country", "region", "city"]


@dataclass
class Source:
    """One article the brief was made from."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    path: str | None = None
    url: str | None = None
    author: str | None = None
    sha256: str | None = None
    words: int = 0
    id: str = "s1"


@dataclass
class Actor:
    name: str
    type: ActorType = "person"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: int = 1
    key: bool = False
    salience: float = 0.0


@dataclass
class Place:
    """A country, region or city the story names, placed for the locator map. ``lat``/``lon`` are None
    when the place could not be located (or not told apart from others of its name): it is listed
    under the map, never guessed. Analysts may fix coordinates or drop a place in the YAML."""

    name: str
    kind: PlaceKind | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: int = 1
    lead: bool = False

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class Number:
    value: float
    unit: str | None
    text: str
    context: str = ""
    approximate: bool = False
    #: The upper figure of a range or of two alternatives ("between 30 and 40": 40); ``value`` is the lower.
    high: float | None = None
    sources: list[str] = field(default_factory=lambda: ["s1"])
    corroborated: bool = False
    #: "n1", "n2"...: written in briefs merged from several sources, so a conflict can point at it.
    id: str | None = None


@dataclass
class Claim:
    speaker: str | None
    text: str
    kind: ClaimKind = "quote"
    cue: str | None = None
    context: str = ""
    #: How the text describes a speaker it does not name ("a senior official who was not authorised to
    #: speak publicly"), or a text, body or group it cannot tie to an actor ("the letter"); only with
    #: ``speaker`` null. Sourcing an analyst weighs, kept off the actors.
    unnamed_speaker: str | None = None
    speaker_role: str | None = None
    sources: list[str] = field(default_factory=lambda: ["s1"])
    corroborated: bool = False


@dataclass
class Outlook:
    text: str
    horizon: str | None = None
    speaker: str | None = None
    sources: list[str] = field(default_factory=lambda: ["s1"])


@dataclass
class TimelineEntry:
    """One dated event: when (resolved against the source's publication date when it is known), the
    date as written, the clause it dates, who is involved and who reports it."""

    text: str
    event: str
    date: str | None = None
    precision: DatePrecision | None = None
    actors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=lambda: ["s1"])


@dataclass
class Conflict:
    """Figures from different sources about the same thing that disagree. It names the figures by
    their ids and holds nothing they hold (values, texts, sources stay on the numbers)."""

    about: str
    numbers: list[str] = field(default_factory=list)
    kind: ConflictKind = "number"


@dataclass
class Relation:
    """One actor acting on or speaking about another, with the sentence that says so."""

    source: str
    target: str
    kind: RelationKind
    evidence: str = ""
    source_id: str = "s1"


@dataclass
class Generated:
    tool: str = "reportgen"
    version: str = ""
    model: str | None = None
    model_version: str | None = None
    time: str | None = None


@dataclass
class Brief:
    title: str
    source: Source
    summary: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    outlook: list[Outlook] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    generated: Generated = field(default_factory=Generated)
    places: list[Place] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    conflicts: list[Conflict] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]

    def to_dict(self) -> dict[str, Any]:
        """Plain data in the schema's field order (for YAML and templates)."""
        data = asdict(self)
        order = ["schema_version", "title", "source", "sources", "summary", "actors", "places", "numbers",
                 "conflicts", "claims", "outlook", "relations", "timeline", "generated"]
        out = {key: data[key] for key in order}
        if len(self.sources) <= 1:
            del out["sources"]
        if not self.places:  # optional: briefs without places read as before
            del out["places"]
        if not self.conflicts:
            del out["conflicts"]
        else:  # the kind first: it says how to read the rest
            out["conflicts"] = [{"kind": c["kind"]} | c for c in out["conflicts"]]
        if not self.relations:  # optional: briefs without relations read as before
            del out["relations"]
        if not self.timeline:
            del out["timeline"]  # optional: a brief without dates reads as before
        # ids are written only where conflicts can refer to them, first so an analyst sees them
        # (and ``high`` only for a range, after its lower figure: other numbers read as before)
        out["numbers"] = [({"id": n["id"]} if n["id"] else {}) | {"value": n["value"]}
                          | ({"high": n["high"]} if n["high"] is not None else {})
                          | {k: v for k, v in n.items() if k not in ("id", "value", "high")}
                          for n in out["numbers"]]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        """Build from schema-valid plain data; unknown keys are ignored."""
        source = _make(Source, data.get("source") or {})
        sources = [_make(Source, s) for s in data.get("sources") or []] or [source]
        return cls(
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
            title=str(data.get("title") or ""),
            source=source,
            sources=sources,
            summary=[str(s) for s in data.get("summary") or []],
            actors=[_make(Actor, a) for a in data.get("actors") or []],
            places=[_make(Place, p) for p in data.get("places") or []],
            numbers=[_make(Number, n) for n in data.get("numbers") or []],
            claims=[_make(Claim, c) for c in data.get("claims") or []],
            outlook=[_make(Outlook, o) for o in data.get("outlook") or []],
            timeline=[_make(TimelineEntry, t) for t in data.get("timeline") or []],
            conflicts=[_make(Conflict, c) for c in data.get("conflicts") or []],
            relations=[_make(Relation, r) for r in data.get("relations") or []],
            generated=_make(Generated, data.get("generated") or {}),
        )

    def number(self, number_id: str) -> Number | None:
        """The number whose ``id`` is ``number_id``, if any."""
        return next((n for n in self.numbers if n.id == number_id), None)

    def actor(self, name: str | None) -> Actor | None:
        """The actor called ``name`` (canonical name or alias), if any."""
        if not name:
            return None
        for actor in self.actors:
            if actor.name == name or name in actor.aliases:
                return actor
        return None


def _make(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})
