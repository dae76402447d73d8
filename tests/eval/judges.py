"""Whether one firing of a rule was right, judged against an article's gold (``make eval``'s per-rule
figures). A judge gets the firing, the article text, the gold and the extracted brief, and returns
True, False, or None when the gold cannot tell.

A ``+`` rule is right when what it found is in the gold; a ``-`` rule when what it refused is not. A
repair (``repairs.<layer>-<name>``) is judged by the judge of the layer it repairs.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportgen.brief import Brief
from reportgen.extract.numwords import phrase_value
from reportgen.extract.rules import RULES, Firing

SHARED_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
Judge = Callable[[Firing, str, dict[str, Any], Brief], "bool | None"]


@cache
def scorer(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"shared_{name}", SHARED_EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _signed(firing: Firing, found: bool) -> bool:
    return found if RULES[firing.rule].effect == "+" else not found


def numbers(firing: Firing, text: str, gold: dict[str, Any], brief: Brief) -> bool | None:
    """A number rule's firing covers the figure it decided about; ``detail`` says what it decided
    ("unit=troops", "value=30", "approximate=True"), judged against the gold figures written there.
    A refusal is right unless a required gold figure there has the value it refused ("One" of "one in
    four" is read with the four: not a wrong refusal)."""
    if "numbers" not in gold:
        return None
    score = scorer("score")
    here = [g for g in gold.get("numbers") or [] if isinstance(g, dict) and _written_at(g, firing, text)]
    if RULES[firing.rule].effect == "-":
        refused = phrase_value([w.strip(".,") for w in re.findall(r"[\w.,]+", text[firing.start:firing.end])])
        return not any(not g.get("optional")
                       and (refused is None or score.number_match(g, {"value": refused})) for g in here)
    decided = dict(part.split("=", 1) for part in firing.detail.split(";") if "=" in part)
    if "unit" in decided:
        said = {"value": None, "unit": decided["unit"], "text": text[firing.start:firing.end]}
        return any(score.number_match(g, {**said, "value": g.get("value")}) for g in here)
    if "value" in decided:
        return any(score.number_match({"value": g.get("value")}, {"value": decided["value"]}) for g in here)
    if "approximate" in decided:
        return any(bool(g.get("approximate")) == (decided["approximate"] == "True") for g in here)
    return bool(here)


def _written_at(number: dict[str, Any], firing: Firing, text: str) -> bool:
    """Whether the gold figure's text is written where the firing applied (an occurrence overlaps it);
    where the article does not hold it verbatim, whether most of its words are in the firing's span."""
    written = str(number.get("text") or "")
    found = [m.start() for m in re.finditer(re.escape(written), text)] if written else []
    if found:
        return any(start < firing.end and firing.start < start + len(written) for start in found)
    return bool(written) and scorer("score").overlap(written, text[firing.start:firing.end])[0] >= 0.5


# --- outlook (outlook-v2) -------------------------------------------------------------------------


def outlook(firing: Firing, text: str, gold: dict[str, Any], brief: Brief) -> bool | None:
    """Cues and refusals are judged on their sentence, in the gold's outlook or not. A ranking rule
    (``outlook.rank-*``) is judged as lead precision counts: right when the item it moves up is a
    required gold item, or, moving one down, when it is not. The gold names no horizons, so the
    horizon rules are not judged."""
    if "outlook" not in gold or firing.rule.startswith("outlook.horizon"):
        return None
    span = text[firing.start:firing.end]
    golds = gold.get("outlook") or []
    if firing.rule.startswith("outlook.rank-"):
        golds = [g for g in golds if not g.get("optional")]
    found = any(scorer("score").sentence_match(g["text"], span) for g in golds)
    return _signed(firing, found)


# --- end outlook ------------------------------------------------------------------------------------


def mentions(firing: Firing, text: str, gold: dict[str, Any], brief: Brief) -> bool | None:
    if "actors" not in gold:
        return None
    score = scorer("score")
    span = score.norm(text[firing.start:firing.end])
    found = any(span in score.forms(g) for g in gold.get("actors") or [])
    return _signed(firing, found)


def quotes(firing: Firing, text: str, gold: dict[str, Any], brief: Brief) -> bool | None:
    """A quote rule is right when the brief's speaker for the quote it applied to is the gold's; a ``-``
    rule that dropped the quote, when no gold quote is there; one that refused the quote a speaker
    (the brief kept it, with nobody), when the gold names nobody either."""
    span = text[firing.start:firing.end]
    overlap = scorer("score").overlap
    claim = next((c for c in brief.claims if c.kind == "quote" and min(overlap(c.text, span)) >= 0.6), None)
    if "quotes" in gold:  # PolNeAR: offsets and resolved speakers
        sq = scorer("score_quotes")
        hits = [q for q in gold["quotes"] if _located(q, text)[0] < firing.end
                and firing.start < _located(q, text)[1] and sq.same_passage(q["text"], span) >= sq.THRESHOLD]
        if RULES[firing.rule].effect == "-":
            if hits and claim is not None and not claim.speaker:
                return hits[0].get("resolution") not in ("named", "coref")
            return not hits
        if not hits or hits[0].get("resolution") not in ("named", "coref") or claim is None:
            return None
        if not claim.speaker:
            return False
        actors = [{"name": a.name, "aliases": a.aliases} for a in brief.actors]
        return any(sq.refers(hits[0]["speaker"], f) for f in sq.speaker_forms(claim.speaker, actors))
    score = scorer("score")
    for gold_claim in gold.get("claims") or []:
        if min(score.overlap(gold_claim["text"], span)) >= 0.6:
            if RULES[firing.rule].effect == "-":
                return claim is not None and not claim.speaker and gold_claim.get("speaker") is None
            return claim is not None and score.speaker_ok(claim.speaker, gold_claim.get("speaker"),
                                                          gold.get("actors") or [])
    return True if RULES[firing.rule].effect == "-" else None


def _located(quote: dict[str, Any], text: str) -> tuple[int, int]:
    """Where a gold quote stands in the ingested text (ingest may move the gold's offsets)."""
    at = text.find(quote["text"])
    return (at, at + len(quote["text"])) if at >= 0 else (quote["start"], quote["end"])


def repairs(firing: Firing, text: str, gold: dict[str, Any], brief: Brief) -> bool | None:
    """A repair is judged as a rule of the layer it repairs, named first in its id ("repairs.numbers-...")."""
    layer = firing.rule.split(".", 1)[1].split("-", 1)[0]
    judge = JUDGES.get(layer) if layer != "repairs" else None
    return judge(firing, text, gold, brief) if judge else None


JUDGES: dict[str, Judge] = {"numbers": numbers, "outlook": outlook, "mentions": mentions,
                            "referents": mentions, "quotes": quotes, "repairs": repairs}
