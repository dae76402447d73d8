"""Ranking: outlook items in order of importance, the first three being what a one-page summary shows.

An item ranks by how clearly it looks ahead (a dated event over an undated one, a plan, timetable or
forecast stated plainly over a possibility or advice), by whether the sentence states it or only
mentions it in passing (in a clause describing a noun, conceding a point), by who says it (one of
the article's lead actors) and by where it stands (the news lead); text order breaks ties. The
headline only restates the story, so it gives at most one item and that item comes last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportgen.brief import Outlook
from reportgen.extract import lexicon as L
from reportgen.extract.outlook import cues as C
from reportgen.extract.outlook.cues import Cue
from reportgen.extract.outlook.grammar import embedded, lemma, modal_verb, reported
from reportgen.extract.rules import Rule, fire, rule

#: Paragraphs of the body, from its first, that make the news lead.
LEAD_PARAGRAPHS = 2


@dataclass
class Fact:
    """An outlook item with what its rank is read from."""

    outlook: Outlook
    start: int
    end: int
    order: int
    paragraph: int
    headline: bool
    cues: list[Cue]
    dated: bool
    lead_actor: bool
    remark: bool = False  # in a speaker's own words: a direct quotation or a transcript's line
    on_topic: bool = False  # shares a word with the headline
    crosshead: bool = False  # a heading inside the story ("Union to walk out Feb. 3-5")


DATED = rule(
    "outlook.rank-dated", "An item with a horizon (a day, date or time ahead) ranks before undated ones.",
    examples=[("The council might raise parking fees. The new bridge opens to traffic on 3 May.",
               {"first_outlook": "bridge opens"})],
    counter=[("The council might raise parking fees.", {"first_outlook": "council might"})])

FIRM = rule(
    "outlook.rank-firm", "A plan, timetable or forecast stated plainly ('will', 'plans to', 'is due to', "
    "'expects', a reported 'said it would') ranks before a possibility, a wish or advice ('may', 'could', "
    "'should', 'urged').",
    examples=[("Critics said the levy could hurt small shops. The ministry will publish its review.",
               {"first_outlook": "ministry will publish"}),
              ("Critics fear the levy could hurt small shops. The minister said the levy would fund two "
               "schools.", {"first_outlook": "would fund two schools"})],
    counter=[("Critics said the levy could hurt small shops.", {"first_outlook": "levy could hurt"})])

STATED = rule(
    "outlook.rank-stated", "An item whose cue is the sentence's own statement (its main clause or what it "
    "reports) ranks before one whose cues only sit in a clause describing a noun, conceding a point or "
    "hanging from a preposition ('the agency, which will ...', 'although prices will ...').",
    examples=[("Although the ferry will still run, the port lost trade last year. The port will close in "
               "June.", {"first_outlook": "port will close"}),
              ("Residents met the landlord, who promised that the roof would be fixed. The council will "
               "inspect the block.", {"first_outlook": "council will inspect"})],
    counter=[("The port lost trade to Rotterdam, which will open a new terminal.",
              {"first_outlook": "new terminal"})])

LEAD_ACTOR = rule(
    "outlook.rank-lead-actor", "An item said by one of the article's lead actors ranks before one said by a "
    "passing voice.",
    examples=[("Mayor Ana Ruiz met the Harbour Union and the Fishers Guild in Oslo. Ruiz met owners.\n\nFees "
               "could rise, said Tom Hale, a trader. Ruiz said the port could reopen.",
               {"first_outlook": "port could reopen"})],
    counter=[("The port could reopen, a trader said.", {"first_outlook": "port could reopen"})])

LEAD_PARAGRAPH = rule(
    "outlook.rank-lead-paragraph", f"An item in the news lead (the first {LEAD_PARAGRAPHS} paragraphs of "
    "the body) ranks before one further down.",
    examples=[("Talks ended.\n\nThe unions may strike.\n\nNothing was agreed.\n\nMayor Ana Ruiz said the "
               "board could resign. Ruiz met the unions.", {"first_outlook": "unions may strike"})],
    counter=[("Talks ended.\n\nNothing was agreed.\n\nThe unions may strike.",
              {"first_outlook": "unions may strike"})])

HEADLINE = rule(
    "outlook.rank-headline", "The headline restates the story: it gives at most one item, and that item "
    "comes last.",
    effect="-",
    examples=[("Ferry firm to cut jobs\n\nThe ferry firm will cut 300 jobs by June, it said.",
               {"first_outlook": "will cut 300 jobs"})],
    counter=[("The ferry firm will cut 300 jobs by June, it said.", {"first_outlook": "will cut 300 jobs"})])

CROSSHEAD = rule(
    "outlook.rank-crosshead", "A crosshead heads the paragraphs that tell its news (“Inquiry to report in "
    "March”): its item ranks below the sentences that say as much, never below a vague remark.",
    effect="-",
    examples=[("Recovery deal\n\nThe federal government will fund the package, the minister said.\n\n"
               "Inquiry to report in March\n\nAn independent inquiry will report to the premier by March 31.",
               {"first_outlook": "independent inquiry will report"})],
    counter=[("Recovery deal\n\nThe federal government will fund the package, the minister said. An "
              "independent inquiry will report to the premier by March 31.",
              {"first_outlook": "independent inquiry will report"})])

NARRATED = rule(
    "outlook.rank-narrated", "An item the story states in its own words (or reports) ranks before a remark "
    "in a speaker's own words, a direct quotation or a transcript's line ('Yes, we will be there.').",
    examples=[("Strike goes on\n\nDrivers extended their strike. “We will be there,” said Amos Teller, a "
               "driver. The union will meet the company on Friday.\n\nAnalysts said the strike could cut "
               "trade by 5%.", {"first_outlook": "union will meet"})],
    counter=[("Strike goes on\n\n“We will be there on Friday,” said Amos Teller, a driver.",
              {"first_outlook": "We will be there"})])

ON_TOPIC = rule(
    "outlook.rank-topic", "An item that speaks of what the headline names (a noun, verb or name they share) "
    "ranks before one beside the story's subject.",
    examples=[("Mine to close\n\n\"The mine will close in June,\" the company's chief executive said. A "
               "union meeting will be held on Friday.", {"first_outlook": "mine will close"})],
    counter=[("Strike ends\n\nA union meeting will be held on Friday.", {"first_outlook": "union meeting"})])

#: What each reason to rank an item early weighs: how clearly it looks ahead comes first; who says it
#: and where it stands break ties between items equally clear.
#: What a crosshead loses against the sentences it heads (a dated one still beats a vague remark).
_CROSSHEAD_COST = 2
WEIGHTS: dict[str, int] = {DATED.id: 3, FIRM.id: 3, STATED.id: 2, LEAD_ACTOR.id: 1, LEAD_PARAGRAPH.id: 1,
                           NARRATED.id: 1, ON_TOPIC.id: 1}
#: Cues that state a plan, timetable or forecast by their construction.
FIRM_CUES = {C.SCHEDULED_EVENT.id, C.BE_TO.id, C.HEADLINE_INFINITIVE.id, C.DUE_IN.id, C.SCHEDULED_FOR.id}


def firm(cues: list[Cue]) -> bool:
    """A cue states the future plainly: by its construction, by its verb or adjective ("will", "plans
    to", "is due to"; a noun, "the plans", only refers to a plan), or as a reported "would" ("said it
    would close": the speaker's "will")."""
    return any(_firm(c) for c in cues)


def _firm(cue: Cue) -> bool:
    if cue.rule.id in FIRM_CUES:
        return True
    if cue.rule is C.FORWARD_NOUN:
        return False
    if cue.rule is C.MODAL and cue.token.lower_ in L.WOULD_FORMS:
        return reported(modal_verb(cue.token))
    return cue.token.lower_ in L.FIRM_WORDS or lemma(cue.token) in L.FIRM_WORDS


def stated(cues: list[Cue]) -> bool:
    """A cue is the sentence's statement, not a passing mention inside a noun's clause or a concession
    (a modal is read at its verb)."""
    return any(not embedded(c.verb if c.verb is not None else c.token) for c in cues)


def reasons(fact: Fact) -> list[Rule]:
    """The ranking rules that move this item up."""
    found = [DATED] if fact.dated else []
    found += [FIRM] if firm(fact.cues) else []
    found += [STATED] if stated(fact.cues) else []
    found += [LEAD_ACTOR] if fact.lead_actor else []
    found += [] if fact.remark else [NARRATED]
    found += [ON_TOPIC] if fact.on_topic else []
    return found + ([LEAD_PARAGRAPH] if not fact.headline and fact.paragraph < LEAD_PARAGRAPHS else [])


def rank(facts: list[Fact], doc: Any) -> list[Outlook]:
    """The items, most telling first; the rules that placed an item are recorded on the Doc."""
    headlines = [f for f in facts if f.headline]
    for fact in headlines:
        fire(doc, HEADLINE, fact.start, fact.end)
    scored: list[tuple[int, Fact]] = []
    for fact in [f for f in facts if not f.headline] + headlines[:1]:
        why = reasons(fact)
        for reason in why:
            fire(doc, reason, fact.start, fact.end)
        score = sum(WEIGHTS[r.id] for r in why)
        if fact.crosshead:
            fire(doc, CROSSHEAD, fact.start, fact.end)
            score -= _CROSSHEAD_COST
        scored.append((score, fact))
    scored.sort(key=lambda pair: (pair[1].headline, -pair[0], pair[1].order))
    return [fact.outlook for _, fact in scored]
