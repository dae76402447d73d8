"""Outlook: the article's forward-looking sentences (plans, scheduled events, expectations,
predictions, warnings, risks, intentions, conditional futures), each with its horizon and speaker.

Built in layers, each decision a declared rule (``reportgen.extract.rules``):

1. sentences (``reportgen.extract.sentences``), wire datelines cut off;
2. cues (``cues.py``): the words and constructions that point ahead;
3. refusals (``refusals.py``): a cue whose clause tells the past, the present or a habit is stopped;
   a sentence is outlook when one of its cues stands;
4. facts: the sentence with its horizon (``horizon.py``) and speaker (``speaker.py``).
"""

from __future__ import annotations

from typing import Any

from reportgen.brief import Claim, Outlook
from reportgen.extract.outlook.cues import Cue, find_cues
from reportgen.extract.outlook.grammar import Sentence
from reportgen.extract.outlook.horizon import horizon
from reportgen.extract.outlook.refusals import refusal
from reportgen.extract.outlook.speaker import speaker
from reportgen.extract.rules import Rule, fire, rule
from reportgen.extract.sentences import sentences, without_dateline

__all__ = ["find_outlook", "forward_cue", "horizon"]

FRAGMENT = rule(
    "outlook.fragment", "A piece of fewer than four words (a kicker, a reply) is too little to brief.",
    effect="-",
    examples=[("Prices may rise.", {"no_outlook": "Prices"})],
    counter=[("Prices may rise again.", {"outlook": "Prices may rise again."})])
MIN_WORDS = 4


def find_outlook(doc: Any, claims: list[Claim], index: Any) -> list[Outlook]:
    """Every forward-looking sentence of ``doc`` with its horizon and speaker, in text order."""
    found: list[Outlook] = []
    for span in sentences(doc):
        sent = without_dateline(span)
        cue = standing_cue(Sentence(sent))
        if cue is None:
            continue
        text = sent.text.strip()
        said_by = speaker(sent, cue.token, claims, index)
        found.append(Outlook(text=text, horizon=horizon(sent), speaker=said_by))
    return found


def standing_cue(sentence: Sentence) -> Cue | None:
    """The first cue of the sentence that no refusal stops, or None; the rules that decided are
    recorded on the Doc (the cues that stood, or the refusals when none did)."""
    span = sentence.span
    standing: list[Cue] = []
    refused: list[Rule] = []
    for cue in find_cues(sentence):
        why = refusal(cue, sentence)
        if why is None:
            standing.append(cue)
        else:
            refused.append(why)
    if standing and len(span.text.split()) < MIN_WORDS:
        refused, standing = [FRAGMENT], []
    decided = [c.rule for c in standing] or refused
    for which in {r.id: r for r in decided}.values():
        fire(span.doc, which, span.start_char, span.end_char)
    return standing[0] if standing else None


def forward_cue(sent: Any) -> str | None:
    """The id of the rule that makes a sentence forward-looking (for tests and tuning), or None."""
    cue = standing_cue(Sentence(sent))
    return cue.rule.id if cue is not None else None
