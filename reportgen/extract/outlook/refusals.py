"""Refusals: which rules stop which cue, and the refusals of a sentence as a whole.

Cue words mislead in sentences about the past (``past.py``) or the present (``present.py``); ``CHECKS``
says which refusals each cue is checked against, and the first that applies refuses it.
"""

from __future__ import annotations

from collections.abc import Callable

from reportgen.extract.outlook import cues as C
from reportgen.extract.outlook.cues import Cue
from reportgen.extract.outlook.grammar import Sentence
from reportgen.extract.outlook.past import (
    anaphoric_object,
    backstory,
    carried_out,
    conceded,
    counterfactual,
    done,
    done_later,
    overdue,
    overtaken,
    past_belief,
    past_clause,
    past_condition,
    past_expectation,
    past_frame,
    past_inability,
    past_narration,
    past_stance_of,
    past_wish,
    perceived,
    promise_received,
    promised_since,
    quoted_past,
    quoted_past_forecast,
    referred_plan,
    remembered,
    reported_past,
    retrospective_would,
    said_back_then,
    settled_forecast,
    withheld_name,
)
from reportgen.extract.outlook.present import (
    as_planned,
    asked,
    attitude_now,
    compared_chances,
    comparison,
    denied_possibility,
    forecast_figure,
    generic_condition,
    habit,
    hedge_now,
    label,
    measured,
    norm,
    nothing_set,
    opinion_now,
    own_words,
    pattern,
    penalty_provision,
    permission_now,
    preference,
    question,
    refusal_given,
    standing_advice,
    wish,
)
from reportgen.extract.rules import Rule, rule

Refusal = Callable[[Cue, Sentence], bool]


#: Refusals every cue is checked against, before those of its kind.
ANY_CUE_REFUSALS: tuple[Refusal, ...] = (question, asked)
VERB_REFUSALS: tuple[Refusal, ...] = (
    standing_advice, overtaken, label, as_planned, comparison, past_stance_of, denied_possibility, done,
    settled_forecast, past_wish, past_frame, carried_out, overdue, backstory, promise_received, reported_past,
    promised_since, anaphoric_object, done_later, quoted_past_forecast, forecast_figure,
)
#: The refusals each cue is checked against, by cue rule id.
CHECKS: dict[str, tuple[Refusal, ...]] = {
    C.MODAL.id: (counterfactual, comparison, hedge_now, wish, refusal_given, remembered, overtaken,
                 opinion_now, attitude_now, norm, preference, permission_now, past_belief, denied_possibility,
                 past_inability, habit, past_frame, retrospective_would, perceived, own_words, past_narration,
                 quoted_past, settled_forecast, carried_out, overdue, backstory, promise_received, conceded,
                 withheld_name, said_back_then, penalty_provision, done_later),
    C.FORWARD_VERB.id: VERB_REFUSALS,
    C.READINESS.id: (own_words, *VERB_REFUSALS),
    C.DELIBERATION.id: VERB_REFUSALS,
    C.CALL_FOR.id: VERB_REFUSALS,
    C.FORWARD_ADJECTIVE.id: (own_words, overtaken, past_clause, past_frame, past_expectation,
                             compared_chances),
    C.LIKELY_THING.id: (own_words, past_frame, past_expectation),
    C.REQUEST.id: (denied_possibility,),
    C.SCHEDULED_FOR.id: (nothing_set,),
    C.FORWARD_NOUN.id: (settled_forecast, referred_plan, measured, past_stance_of, past_frame, carried_out),
    C.WHAT_NEXT.id: (past_clause,),
    C.TIME_AHEAD.id: (past_clause,),
    C.SCHEDULED_EVENT.id: (habit, pattern),
    C.CONDITIONAL.id: (generic_condition, past_condition),
}


def refusal(cue: Cue, sentence: Sentence) -> Rule | None:
    """The first refusal that stops this cue, or None when the cue stands."""
    for check in ANY_CUE_REFUSALS + CHECKS.get(cue.rule.id, ()):
        if check(cue, sentence):
            return check.rule  # type: ignore[attr-defined]
    return None


# --- the sentence as a whole -------------------------------------------------------------------------

FRAGMENT = rule(
    "outlook.fragment", "A piece of fewer than four words (a kicker, a reply) is too little to brief.",
    effect="-",
    examples=[("Prices may rise.", {"no_outlook": "Prices"})],
    counter=[("Prices may rise again.", {"outlook": "Prices may rise again."})])
MIN_WORDS = 4


@FRAGMENT
def fragment(sentence: Sentence) -> bool:
    return len(sentence.text.split()) < MIN_WORDS


SENTENCE_REFUSALS: tuple[Callable[[Sentence], bool], ...] = (fragment,)


def sentence_refusal(sentence: Sentence) -> Rule | None:
    """The refusal that stops the whole sentence whatever its cues, or None."""
    for check in SENTENCE_REFUSALS:
        if check(sentence):
            return check.rule  # type: ignore[attr-defined]
    return None
