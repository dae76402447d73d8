"""What the body of the default brief shows: the facts that carry the story, on two A4 pages.

Analysts read a brief so as not to read the article, so the body cannot print every fact. Each
section keeps a few items chosen with the extraction's own ranking, and counts what it leaves out
(every fact stays in the YAML brief, and in the annex when one is asked for):

* summary: the bottom line's first sentences, whole, at most ``SUMMARY_SENTENCES`` and fewer when they
  are long (extraction writes two to four; an analyst may have written more);
* actors: the most salient key actors (``key_actors``), at most ``LEAD_ACTORS``;
* claims: the direct quotations of the lead speakers (named speakers, most salient actor first),
  full sentences before scare-quoted fragments: every lead speaker's best one, then second ones in
  the same speaker order while they fit a budget of characters; paraphrases only when the brief
  has no direct quotation at all;
* numbers: the first figures in the brief's (the article's) order;
* outlook: the first items in the brief's order, which is the extraction's order of importance,
  skipping those the bottom line already says; three to five, by length.

Budgets are in characters because the page is; each shown text is cut to a fixed length
(``BodyLimits``) so that one long quote cannot push the body onto a third page. Characters only
estimate the page, so the PDF renderer measures it: when the body of a one-source brief takes more
pages than its template's ``body_pages``, it chooses again with the next, smaller ``FIT_BUDGETS``
entry (:func:`reportgen.render.pdf.render_pdf`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportgen.brief.model import Actor, Brief, Claim
from reportgen.render.context import (
    ClaimGroup,
    NumberRow,
    Omitted,
    OutlookItem,
    claim_groups,
    key_actors,
    number_rows,
    outlook_items,
)

SUMMARY_SENTENCES = 4
#: Characters of bottom line: sentences are shown whole, so fewer of them when they are long.
SUMMARY_BUDGET = 650
LEAD_ACTORS = 6
LEAD_SPEAKERS = 3
CLAIMS_PER_SPEAKER = 2
#: Characters of statements (each cut to ``BodyLimits.claim``) plus their furniture; every lead
#: speaker's first statement is shown whatever it costs, second ones only within the budget.
CLAIM_BUDGET = 650
#: Furniture of a statement (quotation marks, spacing), and of a speaker (the name and role beside the
#: statements take two lines or more), in characters.
CLAIM_OVERHEAD = 40
SPEAKER_OVERHEAD = 60
#: ``SPEAKER_OVERHEAD`` pays for a name and a one-line role; a role longer than ``ROLE_LINE``
#: characters wraps to a third line, which makes the block taller beside a statement of less than
#: ``QUOTE_LINE`` characters (one line).
SPEAKER_ROLE_OVERHEAD = 45
ROLE_LINE = 30
QUOTE_LINE = 90
KEY_FIGURES = 4
FIGURE_ROWS = 3
OUTLOOK_MIN = 3
OUTLOOK_MAX = 5
#: Characters of outlook text (each cut to ``BodyLimits.outlook``) plus a line of furniture each.
OUTLOOK_BUDGET = 550
OUTLOOK_OVERHEAD = 60
#: A quotation shorter than this is a scare-quoted fragment ("common sense laws"), shown last.
SUBSTANTIAL_WORDS = 6


@dataclass(frozen=True)
class Budget:
    """How much the body shows: the constants above, or less when the page is short of room."""

    summary: int = SUMMARY_BUDGET
    actors: int = LEAD_ACTORS
    claims: int = CLAIM_BUDGET
    figures: int = KEY_FIGURES
    figure_rows: int = FIGURE_ROWS
    outlook_min: int = OUTLOOK_MIN
    outlook: int = OUTLOOK_BUDGET


#: Budgets tried in turn until the body fits its pages: the first is the default body.
FIT_BUDGETS = (
    Budget(),
    Budget(summary=500, actors=5, claims=450, figures=3, figure_rows=2, outlook=400),
    Budget(summary=350, actors=4, claims=250, figures=2, figure_rows=1, outlook_min=2, outlook=250),
)


@dataclass(frozen=True)
class BodyLimits:
    """Most characters the body prints of a statement, a figure's context sentence, an outlook item
    and an actor's role, in the actors table and beside a speaker's statements (templates cut with
    ``excerpt``; the annex prints them whole)."""

    claim: int = 200
    context: int = 150
    outlook: int = 200
    role: int = 60
    speaker_role: int = 45


@dataclass
class Selection:
    """The body's share of a brief, and how many of each kind it leaves out (``omitted``)."""

    summary: list[str]
    actors: list[Actor]
    claim_groups: list[ClaimGroup]
    number_rows: list[NumberRow]
    outlook: list[OutlookItem]
    omitted: Omitted
    limits: BodyLimits = field(default_factory=BodyLimits)


def select_body(brief: Brief, whole: Brief | None = None, limits: BodyLimits | None = None,
                budget: Budget = FIT_BUDGETS[0]) -> Selection:
    """The facts the body shows (see the module docstring), chosen from ``brief`` within ``budget``
    and counted against ``whole`` (the brief before ``context.shown_brief`` cut a huge one down;
    default ``brief``)."""
    whole = whole or brief
    limits = limits or BodyLimits()
    actors = key_actors(brief)[:budget.actors]
    groups = lead_claims(brief, limits.claim, limits.speaker_role, budget.claims)
    rows = key_number_rows(brief, budget)
    outlook = key_outlook(brief, limits.outlook, budget)
    summary = bottom_line(brief, budget.summary)
    omitted = Omitted(summary=len(whole.summary) - len(summary), actors=len(whole.actors) - len(actors),
                      claims=len(whole.claims) - sum(len(g.claims) for g in groups),
                      numbers=len(whole.numbers) - sum(len(r.numbers) for r in rows),
                      outlook=len(whole.outlook) - len(outlook))
    return Selection(summary, actors, groups, rows, outlook, omitted, limits)


def bottom_line(brief: Brief, budget: int = SUMMARY_BUDGET) -> list[str]:
    """The first summary sentences that fit ``budget`` characters (at least one, whole)."""
    chosen: list[str] = []
    used = 0
    for sentence in brief.summary[:SUMMARY_SENTENCES]:
        if chosen and used + len(sentence) > budget:
            break
        used += len(sentence)
        chosen.append(sentence)
    return chosen


def lead_claims(brief: Brief, limit: int = BodyLimits.claim, role_limit: int = BodyLimits.speaker_role,
                budget: int = CLAIM_BUDGET) -> list[ClaimGroup]:
    """The lead speakers' quotations: the first ``LEAD_SPEAKERS`` quoted speakers by their actor's
    salience (text order breaks ties), each with their best quotation, then second ones (up to
    ``CLAIMS_PER_SPEAKER``) in speaker order while they fit ``budget`` characters. Paraphrases stand in
    only when no one is quoted directly. Claims keep their text order within a speaker; unattributed
    ones are left out."""
    named = [g for g in claim_groups(brief) if g.speaker]
    if any(c.kind == "quote" for g in named for c in g.claims):
        named = [replace(g, claims=[c for c in g.claims if c.kind == "quote"]) for g in named]
        named = [g for g in named if g.claims]
    ranked = sorted(enumerate(named), key=lambda ig: (-(ig[1].actor.salience if ig[1].actor else 0.0), ig[0]))
    queues = [(group, _best_first(group.claims)[:CLAIMS_PER_SPEAKER]) for _, group in ranked[:LEAD_SPEAKERS]]
    chosen: dict[int, list[Claim]] = {}
    used = 0
    for depth in range(CLAIMS_PER_SPEAKER):
        for index, (group, claims) in enumerate(queues):
            if depth >= len(claims):
                continue
            role_chars = min(len(group.role or ""), role_limit)
            role = SPEAKER_ROLE_OVERHEAD if role_chars > ROLE_LINE and len(claims[0].text) < QUOTE_LINE else 0
            heading = SPEAKER_OVERHEAD + role if depth == 0 else 0
            cost = min(len(claims[depth].text), limit) + CLAIM_OVERHEAD + heading
            if depth and used + cost > budget:
                continue
            used += cost
            chosen.setdefault(index, []).append(claims[depth])
    return [replace(group, claims=[c for c in group.claims if any(c is k for k in chosen[index])])
            for index, (group, _) in enumerate(queues) if index in chosen]


def _best_first(claims: list[Claim]) -> list[Claim]:
    """Full-sentence direct quotations, then quoted fragments (then paraphrases); text order within."""
    def rank(claim: Claim) -> int:
        if claim.kind != "quote":
            return 2
        return 0 if len(claim.text.split()) >= SUBSTANTIAL_WORDS else 1
    return sorted(claims, key=rank)


def key_number_rows(brief: Brief, budget: Budget = FIT_BUDGETS[0]) -> list[NumberRow]:
    """The first figures in brief order, as table rows: at most ``budget.figure_rows`` rows, and no row
    that would take the count past ``budget.figures`` (the first row is always shown whole)."""
    rows: list[NumberRow] = []
    count = 0
    for row in number_rows(list(brief.numbers)):
        if len(rows) == budget.figure_rows or (rows and count + len(row.numbers) > budget.figures):
            break
        rows.append(row)
        count += len(row.numbers)
    return rows


def key_outlook(brief: Brief, limit: int = BodyLimits.outlook,
                budget: Budget = FIT_BUDGETS[0]) -> list[OutlookItem]:
    """The first outlook items in the brief's order of importance that the bottom line does not
    already say: ``budget.outlook_min`` whatever their length, up to ``OUTLOOK_MAX`` while they fit
    ``budget.outlook`` characters."""
    summary = {" ".join(s.split()) for s in brief.summary}
    items = [i for i in outlook_items(brief) if " ".join(i.outlook.text.split()) not in summary]
    chosen: list[OutlookItem] = []
    used = 0
    for item in items[:OUTLOOK_MAX]:
        cost = min(len(item.outlook.text), limit) + OUTLOOK_OVERHEAD
        if len(chosen) >= budget.outlook_min and used + cost > budget.outlook:
            break
        used += cost
        chosen.append(item)
    return chosen
