"""Outlook: the article's forward-looking sentences (plans, scheduled events, expectations,
predictions, warnings, risks, intentions, conditional futures), each with its horizon and speaker.

Built in layers, each decision a declared rule (``reportgen.extract.rules``):

1. sentences (``reportgen.extract.sentences``), wire datelines cut off;
2. cues (``cues.py``): the words and constructions that point ahead;
3. refusals (``refusals.py``, ``past.py``, ``present.py``): a cue whose clause tells the past, the
   present or a habit is stopped; a sentence is outlook when one of its cues stands;
4. facts: the sentence with its horizon (``horizon.py``) and speaker (``speaker.py``);
5. ranking (``ranking.py``): most telling first, the headline last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from reportgen.brief import Claim, Outlook
from reportgen.extract.dates import published_date
from reportgen.extract.layout import SPEAKER_LABEL, Layout, layout_of
from reportgen.extract.outlook.cues import Cue, find_cues
from reportgen.extract.outlook.grammar import Sentence
from reportgen.extract.outlook.horizon import horizon
from reportgen.extract.outlook.ranking import Fact, rank
from reportgen.extract.outlook.refusals import refusal, sentence_refusal
from reportgen.extract.outlook.speaker import ClaimSpeakers, lead_actors, speaker
from reportgen.extract.rules import Rule, fire
from reportgen.extract.sentences import without_dateline

__all__ = ["find_outlook", "forward_cue", "horizon"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def find_outlook(doc: Any, claims: list[Claim], index: Any, published: str | None = None) -> list[Outlook]:
    """Every forward-looking sentence of ``doc`` with its horizon and speaker, most telling first;
    ``published`` (ISO) is the article's date, what lies ahead counts from."""
    base = published_date(published)
    layout = layout_of(doc)
    text, body = layout.text, layout.headline_end
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, body)]
    leads = lead_actors(index)
    said = ClaimSpeakers(doc, claims)
    facts: list[Fact] = []
    transcript = _transcript_lines(text, breaks, body)
    topic = _content_lemmas(layout, 0, bisect_left(layout.idxs, body))  # (the tokens are in order)
    for order, span in enumerate(layout.reading_sentences):
        sent = without_dateline(span)
        if layout.is_furniture(sent.start_char):
            continue  # a caption, credit or plea: the page's, not the story's
        standing = standing_cues(Sentence(sent, base))
        if not standing:
            continue
        said_by = speaker(sent, standing[0].token, said, index)
        item = Outlook(text=layout.text_of(sent.start, sent.end).strip(), horizon=horizon(sent, base),
                       speaker=said_by)
        paragraph = bisect_right(breaks, sent.start_char)
        remark = layout.in_quote(standing[0].token.idx) or paragraph in transcript
        on_topic = sent.start_char >= body and bool(topic & _content_lemmas(layout, sent.start, sent.end))
        facts.append(Fact(item, sent.start_char, sent.end_char, order, paragraph, sent.start_char < body,
                          standing, item.horizon is not None, said_by in leads, remark, on_topic,
                          crosshead=sent.start_char in layout.crossheads))
    return rank(facts, doc)


def _content_lemmas(layout: Layout, start: int, end: int) -> set[str]:
    """The nouns, verbs and names of tokens ``start`` to ``end``, by lemma: what a headline and an item
    share."""
    poses, lemmas, tokens = layout.poses, layout.lemmas, layout.tokens
    return {lemmas[i].lower() for i in range(start, end)
            if poses[i] in ("NOUN", "VERB", "PROPN") and not tokens[i].is_stop}


def _transcript_lines(text: str, breaks: list[int], body: int) -> set[int]:
    """The paragraphs of a transcript: two or more opening with a speaker's label (one alone is a
    dateline or a label such as "UPDATE:")."""
    starts = [body, *breaks]
    found = {k for k, start in enumerate(starts) if SPEAKER_LABEL.match(text[start:start + 40].lstrip())}
    return found if len(found) >= 2 else set()


def standing_cues(sentence: Sentence) -> list[Cue]:
    """The cues of the sentence that no refusal stops; the rules that decided are recorded on the Doc
    (the cues that stood, or the refusals when none did)."""
    span = sentence.span
    standing: list[Cue] = []
    refused: list[Rule] = []
    for cue in find_cues(sentence):
        why = refusal(cue, sentence)
        if why is None:
            standing.append(cue)
        else:
            refused.append(why)
    whole = sentence_refusal(sentence) if standing else None
    if whole is not None:
        refused, standing = [whole], []
    decided = [c.rule for c in standing] or refused
    for which in {r.id: r for r in decided}.values():
        fire(span.doc, which, span.start_char, span.end_char)
    return standing


def forward_cue(sent: Any) -> str | None:
    """The id of the first rule that makes a sentence forward-looking (for tests and tuning), or None."""
    standing = standing_cues(Sentence(sent))
    return standing[0].rule.id if standing else None
