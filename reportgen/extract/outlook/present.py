"""Refusals of what holds now: a cue that states an opinion, a description, a habit or a rule, or asks.

"would" softens a view held now ("many would argue") or a wish ("would like"); "may" hedges a
description ("may include"); "will often" states what generally happens; "must recognise" a view to
hold; "more likely to" compares chances; a plan can be a label ("the planned strikes") or a
comparison ("as planned"); "if you look at" is a figure of speech; a question asks what lies ahead.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import children_of, layout_of
from reportgen.extract.nlp import ents_in
from reportgen.extract.outlook import cues as C
from reportgen.extract.outlook.cues import Cue
from reportgen.extract.outlook.grammar import (
    PRESENT,
    SAYING_VERBS,
    Sentence,
    denied,
    habitual_time,
    lemma,
    negated,
    passive,
)
from reportgen.extract.rules import rule

HEDGE_NOW = rule(
    "outlook.hedge-now", "A weak modal before a verb of appearance or description hedges what is ('might "
    "seem', 'may include').",
    effect="-",
    examples=[("The new logo might seem a little plain at first sight.", {"no_outlook": "logo"}),
              ("Side effects may include nausea and dizziness.", {"no_outlook": "nausea"}),
              ("The cost might vary from one region to another.", {"no_outlook": "cost"})],
    counter=[("The new engines may account for half of all orders this year.", {"outlook": "engines"})])


@HEDGE_NOW
def hedge_now(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.WEAK_MODALS):
        return False
    verb = cue.verb
    if verb.lemma_ in L.STATIVE_VERBS:
        return True
    return cue.token.lower_ in ("may", "might") and verb.lemma_ in L.DESCRIPTIVE_VERBS


PERMISSION_NOW = rule(
    "outlook.permission-now", "'May' or 'can' with an adverb of law ('landowners may legally clear 20%') "
    "states what a rule permits now, not an act ahead (outlook.yaml permission_adverbs).",
    effect="-",
    examples=[("Forests\n\nUnder the Forest Code, landowners may legally clear 20% of their land.",
               {"no_outlook": "landowners"})],
    counter=[("Forests\n\nLandowners may clear more land next year, the minister warned.",
              {"outlook": "Landowners"}),
             ("Ruling\n\nThe company may legally challenge the ruling in the Court of Appeal, its lawyers "
              "said.", {"outlook": "challenge the ruling"})])


@PERMISSION_NOW
def permission_now(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    return cue.modal_in(("may", "can", "ca")) and verb.lemma_ not in L.LEGAL_ACTION_VERBS \
        and any(c.lower_ in L.PERMISSION_ADVERBS for c in verb.children)


WISH = rule(
    "outlook.wish", "'Would like/love/prefer' states a wish held now.",
    effect="-",
    examples=[("The committee would like to see more women on the board.", {"no_outlook": "committee"})],
    counter=[("The committee would meet again in May, the chair said.", {"outlook": "committee"})])


@WISH
def wish(cue: Cue, sentence: Sentence) -> bool:
    return cue.modal_in(L.WOULD_FORMS) and cue.verb.lemma_ in L.WISH_VERBS


REFUSAL_GIVEN = rule(
    "outlook.refusal-given", "'Would not comment', 'won't say' reports a refusal already made.",
    effect="-",
    examples=[("A spokeswoman said the bank would not comment on the lawsuit.", {"no_outlook": "lawsuit"}),
              ("The coach wouldn't say who had picked the team.", {"no_outlook": "coach"})],
    counter=[("She said she would say more about the budget next week.", {"outlook": "budget"}),
             ("Party\n\nThe minister denies the charges. He said he would not give up his seat.",
              {"outlook": "give up his seat"})])


@REFUSAL_GIVEN
def refusal_given(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.WOULD_FORMS | L.WILL_FORMS):
        return False
    verb = cue.verb
    phrasal = any(c.dep_ == "prt" for c in children_of(verb))  # "would not give up his seat": no information
    return verb.lemma_ in L.WITHHOLD_VERBS and not phrasal and (negated(verb) or cue.token.lower_ == "wo")


OPINION_NOW = rule(
    "outlook.opinion-now", "'Would' softening a verb of opinion states a view held now ('many would argue', "
    "'it would seem').",
    effect="-",
    examples=[("Many historians would argue the treaty came too late.", {"no_outlook": "treaty"}),
              ("It would seem the warning has been heeded.", {"no_outlook": "warning"})],
    counter=[("Lawyers would argue the case at a hearing next month, the court said.",
              {"outlook": "Lawyers"})])


@OPINION_NOW
def opinion_now(cue: Cue, sentence: Sentence) -> bool:
    return cue.modal_in(L.WOULD_FORMS) and cue.verb.lemma_ in L.OPINION_VERBS and not sentence.ahead_time


ATTITUDE_NOW = rule(
    "outlook.attitude-now", "'Must' or 'should' before a verb of recognising states a view to hold now ('we "
    "must recognise that'), not an act ahead.",
    effect="-",
    examples=[("Managers should remember that staff are tired.", {"no_outlook": "staff"}),
              ("Water\n\n“Our residents should know their water is safe,” the mayor said.",
               {"no_outlook": "should know"})],
    counter=[("We must rebuild the bridge before winter.", {"outlook": "rebuild"}),
             ("Water\n\nResidents will know by Friday whether the water is safe, the mayor said.",
              {"outlook": "will know"}),
             ("Exams\n\nWe should know the results by the end of the month, the minister said.",
              {"outlook": "should know the results"})])


@ATTITUDE_NOW
def attitude_now(cue: Cue, sentence: Sentence) -> bool:
    if cue.verb.lemma_ == "know" and (sentence.dated or sentence.ahead_time):
        return False  # "We should know the results by the end of the month": a time ahead
    return cue.modal_in(L.OBLIGATION_MODALS) and cue.verb.lemma_ in L.COGNITION_VERBS


NORM = rule(
    "outlook.norm", "'Should' or 'must' with a subject that is everyone of its kind ('No family should have "
    "to choose', 'Any firm must ...') and no time set states a norm for all, not an act ahead; in a "
    "speaker's own words also 'Nobody should wait', 'Those in the camps should not worry', 'Firms that hold "
    "data must not lose it' (a denial or a duty, never an order for what comes: 'Those near the river must "
    "leave now'; narrated, 'The fire service says anyone in the area should leave' is advice).",
    effect="-",
    examples=[("No family should have to choose between heating and eating, she said.",
               {"no_outlook": "family"}),
              ("“Nobody should have to lie in a corridor for a day and a half,” she said.",
               {"no_outlook": "corridor"}),
              ("“Those who live in the camps should not worry about anything,” he said.",
               {"no_outlook": "camps"}),
              ("“Firms that hold identity documents must not lose them,” the regulator said.",
               {"no_outlook": "identity documents"}),
              ("Under the Labour Relations Act, a union must give at least seven days' notice before a "
               "strike.", {"no_outlook": "seven days"})],
    counter=[("The family should move to the new flat by June.", {"outlook": "family"}),
             ("Each member state must submit its climate plan by March 2027, the commission said.",
              {"outlook": "member state"}),
             ("The fire service says anyone in the valley should keep a bag packed and leave early.",
              {"outlook": "bag packed"}),
             ("“Anyone who has these tablets at home should keep taking them until they see a doctor,” she "
              "said.", {"outlook": "tablets"}),
             ("“Those in the camps should move to the school on Monday,” the mayor said.",
              {"outlook": "camps"}),
             ("“Those living near the river must leave now,” the governor said.", {"outlook": "river"}),
             ("“Parents who want a place should apply before the deadline,” the council said.",
              {"outlook": "apply"}),
             ("Under the agreement, a fund must pay the farmers by March 2027.", {"outlook": "farmers"}),
             ("Under the new Act, a regulator must be appointed within six months.",
              {"outlook": "regulator"})])


@NORM
def norm(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.OBLIGATION_MODALS) or cue.verb.lemma_ in L.FORWARD_VERBS or sentence.set_time:
        return False  # ("Each member state must submit its plan by March 2027": an act ahead)
    if any(t.lower_ in ("until", "till") for t in cue.verb.subtree):
        return False  # ("should keep taking them until they see a doctor": advice for a time)
    subject = next((c for c in cue.verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if any(c.dep_ == "det" and c.lower_ in L.NORM_DETERMINERS for c in subject.children):
        return True
    deadline = any(ent.label_ in ("DATE", "TIME") and ent.start > 0
                   and ent.doc[ent.start - 1].lower_ in L.DEADLINE_PREPOSITIONS
                   for ent in ents_in(sentence.span))  # ("must be appointed within six months": a task)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) and _under_law(sentence) \
            and not deadline:
        return True  # "Under the Labour Relations Act, a union must give notice": the law's rule for all
    # (without a determiner, only a denial or a duty for all: "Nobody should have to ...", "Those in the
    # camps should not worry"; never an order for what comes: "Those near the river must leave now")
    stated_norm = subject.lower_ in L.NOBODY_WORDS or negated(cue.verb) or cue.verb.lemma_ == "have"
    return layout_of(cue.token.doc).in_quote(cue.token.idx) and stated_norm and _everyone(subject)


def _under_law(sentence: Sentence) -> bool:
    """The sentence opens with "Under" a law ("Under the Labour Relations Act, ...")."""
    tokens = sentence.tokens
    if not tokens or tokens[0].lower_ != "under":
        return False
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and comma > 1 and tokens[comma - 1].lower_ in L.LAW_WORDS


def _everyone(subject: Any) -> bool:
    """A subject that is everyone of a kind without a determiner: "nobody", "those who ...", "firms
    that ..."."""
    said_which = any(c.dep_ in ("relcl", "prep", "acl") for c in subject.children)
    if subject.lower_ in L.NORM_PRONOUNS:
        return said_which or subject.lower_ != "those"
    return subject.tag_ == "NNS" and any(c.dep_ == "relcl" for c in subject.children) \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)


PENALTY_PROVISION = rule(
    "outlook.penalty-provision", "A modal penalty with its maximum (“Operators of unregistered machines "
    "could be fined up to $25,000 per machine”, “Offenders would be jailed for up to two years”; "
    "outlook.yaml penalty_verbs) for anyone of a kind or under a law states what the law provides, not what "
    "lies ahead; a penalty someone faces (“Meta could be fined up to 6% of its turnover”) or without a "
    "maximum stays.",
    effect="-",
    examples=[("Under the bill, operators of unregistered machines could be fined up to $25,000 per machine.",
               {"no_outlook": "fined"}),
              ("Offenders would be jailed for up to two years under the new law.", {"no_outlook": "jailed"})],
    counter=[("The former minister could be jailed when the court sits on Friday.", {"outlook": "jailed"}),
             ("Meta could be fined up to 6% of its global turnover.", {"outlook": "fined"}),
             ("The club will be fined by the league next week, officials said.", {"outlook": "fined"})])


@PENALTY_PROVISION
def penalty_provision(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if lemma(verb) not in L.PENALTY_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    generic = subject is not None and (subject.lower_ in L.ANYONE_WORDS or (
        subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)))
    if not (generic or _under_law(sentence)):
        return False  # ("Meta could be fined up to 6%": a penalty someone faces)
    words = [t.lower_ for t in verb.subtree]
    return any(a == "up" and b == "to" for a, b in pairwise(words)) \
        or any(w in ("maximum", "max") for w in words)


PREFERENCE = rule(
    "outlook.preference", "'Would rather' or 'would sooner' states a preference held now ('I would rather "
    "have angry residents than dead residents'), not a forecast.",
    effect="-",
    examples=[("“I would rather be accused of overreacting than lose a family,” the mayor said.",
               {"no_outlook": "overreacting"})],
    counter=[("“I would be surprised if cases did not pass 60 by the end of the month,” she said.",
              {"outlook": "surprised"})])


@PREFERENCE
def preference(cue: Cue, sentence: Sentence) -> bool:
    return cue.modal_in(L.WOULD_FORMS) and any(c.lower_ in L.PREFERENCE_ADVERBS and c.dep_ == "advmod"
                                               for c in cue.verb.children)


MEASURED = rule(
    "outlook.measured", "A plan, risk or threat that rose or fell by a measure is a statistic ('the risk of "
    "dying rose by 7 percent'), not stated as ahead.",
    effect="-",
    examples=[("She said the risk of hospitalisation among children rose by 7 percent compared with 2019.",
               {"no_outlook": "hospitalisation"})],
    counter=[("There is a growing risk of flooding along the river.", {"outlook": "flooding"})])


@MEASURED
def measured(cue: Cue, sentence: Sentence) -> bool:
    noun = cue.token
    verb = noun.head
    if noun.dep_ not in SUBJECTS or verb.lemma_ not in L.CHANGE_VERBS:
        return False
    return verb.tag_ in ("VBD", "VBN") or any(t.like_num for t in verb.subtree if t.i > verb.i)


COMPARED_CHANCES = rule(
    "outlook.compared-chances", "'More likely to', 'less likely to' compares chances, a statistic of now, "
    "not a forecast.",
    effect="-",
    examples=[("Smokers are far more likely to fall ill than others.", {"no_outlook": "Smokers"})],
    counter=[("The storm is likely to reach the coast.", {"outlook": "storm"})])


@COMPARED_CHANCES
def compared_chances(cue: Cue, sentence: Sentence) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in L.COMPARATIVE_ADVERBS for c in cue.token.children)


DENIED = rule(
    "outlook.denied", "A possibility, expectation or need someone denies is no outlook ('don't believe it "
    "could', 'nobody expected', 'nobody warned us it would', 'I don't think the town needs to').",
    effect="-",
    examples=[("Few of us believe that a diet pill could harm anyone.", {"no_outlook": "diet pill"}),
              ("I don't think this is a year in which the town needs to build a school.",
               {"no_outlook": "school"}),
              ("The nurses do not think the pill could harm anyone.", {"no_outlook": "nurses"}),
              ("Nobody warned us the ferry would stop running in winter.", {"no_outlook": "ferry"}),
              ("Nobody in the village expected the mill to survive this long.", {"no_outlook": "mill"})],
    counter=[("Doctors believe the pill could harm patients.", {"outlook": "pill could harm"})])


@DENIED
def denied_possibility(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if cue.rule is C.REQUEST:
        return any(a.lemma_ in L.BELIEF_VERBS and denied(a) for a in verb.ancestors)
    if cue.rule is not C.MODAL:
        return verb.tag_ == "VBD" and denied(verb)
    if verb.dep_ != "ccomp" or not denied(verb.head):
        return False
    return cue.token.lower_ in L.WEAK_MODALS or (cue.modal_in(L.WOULD_FORMS) and verb.head.tag_ == "VBD")


HABIT = rule(
    "outlook.habit", "A frequency adverb or a repeating time makes a habit or a generic truth, not an event "
    "ahead ('would often walk', 'would hear it every night', 'will often run late in winter').",
    effect="-",
    examples=[("He would often walk to the harbour as a boy.", {"no_outlook": "harbour"}),
              ("Neighbours said they would hear the pumps every night during the flood.",
               {"no_outlook": "pumps"}),
              ("The ferry will often run late in winter.", {"no_outlook": "ferry"}),
              ("The prosecutor said Pike would routinely forge signatures on cheques.",
               {"no_outlook": "signatures"}),
              ("“They always say it won't happen again,” a resident said.", {"no_outlook": "happen"})],
    counter=[("The engineers said the pumps would run every night from next week.", {"outlook": "pumps"}),
             ("The ferry will run late on Sunday.", {"outlook": "ferry"})])


@HABIT
def habit(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if cue.rule is C.SCHEDULED_EVENT:
        return habitual_time(verb)
    if cue.modal_in(L.WILL_FORMS):
        # ("They always say it won't happen again": what is always said, the saying's habit)
        said = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in SAYING_VERBS else None
        return any(c.lower_ in L.GENERIC_ADVERBS or (said is not None and c.lower_ in L.HABITUAL_ADVERBS)
                   for c in [*children_of(verb), *(children_of(said) if said is not None else [])])
    if not cue.modal_in(L.WOULD_FORMS):
        return False
    return any(c.lower_ in L.HABITUAL_ADVERBS for c in children_of(verb)) \
        or (habitual_time(verb) and not sentence.ahead_time)


OWN_WORDS = rule(
    "outlook.own-words", "A speaker's remark about their own words ('I won't pretend', 'I'll be honest').",
    effect="-",
    examples=[("I'm not going to pretend the season was easy.", {"no_outlook": "season"}),
              ("We won't lie to you about the state of the roads.", {"no_outlook": "roads"}),
              ("I'll be honest, the second half was poor.", {"no_outlook": "second half"}),
              ("\"I want to be clear that no patient was put at risk,\" added manager Lina Frost.",
               {"no_outlook": "patient"}),
              ("\"We want to thank every volunteer,\" the mayor said.", {"no_outlook": "volunteer"})],
    counter=[("They won't pretend to be neutral in the election.", {"outlook": "neutral"}),
             ("\"We want to build 300 homes,\" the mayor said.", {"outlook": "300 homes"})])


@OWN_WORDS
def own_words(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token.nbor(2) if cue.rule is C.FORWARD_ADJECTIVE else cue.verb
    if cue.rule is C.READINESS:  # "I want to be clear", "we want to thank"
        verb = next((c for c in children_of(verb) if c.dep_ == "xcomp"), verb)
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    speaker = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for h in holders for c in children_of(h))
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in L.CANDOUR_ADJECTIVES
                                   for c in children_of(verb)):
        return speaker
    return verb.lemma_ in L.DISCOURSE_VERBS and speaker


STANDING_ADVICE = rule(
    "outlook.standing-advice", "Advice as a standing role or guidance ('a council which advises', 'is "
    "recommended for adults') is no advice given now.",
    effect="-",
    examples=[("The village council, which advises the mayor, met in the school hall.",
               {"no_outlook": "council"}),
              ("The drug is recommended for adults over 65.", {"no_outlook": "drug"})],
    counter=[("The inspectors recommend that the school close its gym.", {"outlook": "inspectors"})])


@STANDING_ADVICE
def standing_advice(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    if verb.lemma_ in L.ADVICE_VERBS and verb.dep_ == "relcl" and verb.tag_ in PRESENT:
        return True
    return verb.lemma_ == "recommend" and passive(verb)


LABEL = rule(
    "outlook.label", "A participle before a noun is a label ('the planned strikes'); the sentence says "
    "something else.",
    effect="-",
    examples=[("The mayor defended the timing of the planned rail strikes.", {"no_outlook": "strikes"})],
    counter=[("The mayor said rail strikes were planned for May.", {"outlook": "strikes were planned"})])


@LABEL
def label(cue: Cue, sentence: Sentence) -> bool:
    return cue.token.dep_ == "amod"


AS_PLANNED = rule(
    "outlook.as-planned", "'As planned', 'as intended' compares with a plan, it makes none.",
    effect="-",
    examples=[("The pumps are working exactly as intended.", {"no_outlook": "pumps"})],
    counter=[("The two leaders are expected to meet as planned next week.", {"outlook": "leaders"})])


@AS_PLANNED
def as_planned(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" and c.i < verb.i for c in verb.children)


COMPARISON = rule(
    "outlook.comparison", "A plan, hope or forecast a result is measured against ('faster than expected', "
    "'as smoothly as anyone could hope', 'more than police would admit') looks at no future.",
    effect="-",
    examples=[("The storm cleared faster than expected on Sunday.", {"no_outlook": "storm"}),
              ("The clean-up went as smoothly as anyone could hope.", {"no_outlook": "clean-up"}),
              ("The rally drew more people than police would admit.", {"no_outlook": "rally"})],
    counter=[("Shares fell as investors worried the bank could cut rates.", {"outlook": "Shares"}),
             ("Prices will rise faster than wages next year.", {"outlook": "Prices"})])


@COMPARISON
def comparison(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if verb is None or verb.dep_ != "advcl":
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None:
        return False
    if mark.lower_ == "than":
        return True
    compared = verb.head  # "as smoothly as": the first "as" modifies the word compared
    return mark.lower_ == "as" and compared.pos_ in ("ADV", "ADJ") \
        and any(c.lower_ == "as" and c.i < compared.i for c in compared.children)


FORECAST_FIGURE = rule(
    "outlook.forecast-figure", "A forecast that names the figure a result is measured against ('below the "
    "€3.22 billion expected by analysts', 'in line with the 2% predicted by economists') looks at no "
    "future.", effect="-",
    examples=[("Results\n\nSales fell 7.4% to €3.18 billion, slightly below the €3.22 billion expected by "
               "analysts.", {"no_outlook": "Sales fell"}),
              ("Prices\n\nPrices rose 2.1% in March, in line with the 2% predicted by economists polled by "
               "Reuters.", {"no_outlook": "Prices rose"})],
    counter=[("Outlook\n\nSales are expected by analysts to rise 3% next year.",
              {"outlook": "Sales are expected"}),
             ("Outlook\n\nThe board approved the 4% rise planned for next year.", {"outlook": "4% rise"}),
             ("Final\n\nThe stadium cannot hold the 90,000 expected on Saturday.", {"outlook": "stadium"})])


@FORECAST_FIGURE
def forecast_figure(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if verb is None or verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod") or verb.i < verb.head.i:
        return False  # (a participle after the figure it describes: "the 2% predicted by economists")
    figure = verb.head
    return (figure.like_num or figure.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")) \
        and any(c.dep_ == "agent" for c in verb.children)  # (who forecast it: never "the 90,000 expected
    # on Saturday", a crowd still to come)


NOTHING_SET = rule(
    "outlook.nothing-set", "'No date was set for' says nothing is scheduled.",
    effect="-",
    examples=[("The talks ended in anger, and no date was set for another round.", {"no_outlook": "talks"})],
    counter=[("A date was set for another round of talks.", {"outlook": "another round"})])


@NOTHING_SET
def nothing_set(cue: Cue, sentence: Sentence) -> bool:
    token = cue.token
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_ in SUBJECTS and any(g.lower_ == "no" for g in c.children)
               for c in verb.children)


PATTERN = rule(
    "outlook.pattern", "Two present verbs each with its own date ('says one thing in May and does another in "
    "October') describe a pattern.",
    effect="-",
    examples=[("The council says one thing in May and does another in October.", {"no_outlook": "council"})],
    counter=[("The council votes on the budget in May and the mayor signs it in June.",
              {"outlook": "council votes"})])


@PATTERN
def pattern(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    if verb.dep_ != "conj" or verb.head.tag_ not in PRESENT:
        return False
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(t.ent_type_ == "DATE" and t.i not in own for t in verb.head.subtree)


GENERIC_CONDITION = rule(
    "outlook.generic-condition", "'If you look at' or a present rule for anyone ('if a tenant is late, the "
    "deposit is kept') is no open question about what comes.",
    effect="-",
    examples=[("If you look at the figures, crime is down by a third.", {"no_outlook": "crime"}),
              ("If a tenant is late with the rent, the deposit is kept.", {"no_outlook": "deposit"})],
    counter=[("If the court rules against her, the minister will resign.", {"outlook": "minister"})])


@GENERIC_CONDITION
def generic_condition(cue: Cue, sentence: Sentence) -> bool:
    clause = cue.token
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if any(s.lower_ == "you" for s in subjects):
        return True
    indefinite = any(s.lower_ in L.ANYONE_WORDS
                     or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in s.children)
                     for s in subjects)
    main = clause.head
    present = (*PRESENT, "VBN")
    return indefinite and not any(c.tag_ == "MD" for c in main.children) and main.tag_ in present \
        and clause.tag_ in present


QUESTION = rule(
    "outlook.question", "A cue inside a direct question asks what lies ahead, it does not say ('Will the "
    "mayor resign?', 'what will the town look like in ten years?').",
    effect="-",
    examples=[("But what will the harbour look like a decade from now?", {"no_outlook": "harbour"}),
              ('"Will you resign?" a reporter asked the mayor.', {"no_outlook": "resign"}),
              ("Why would anyone sell a house in this market?", {"no_outlook": "house"})],
    counter=[("It is unclear whether the mayor will resign.", {"outlook": "mayor will resign"})])


@QUESTION
def question(cue: Cue, sentence: Sentence) -> bool:
    """The first closing mark after the cue is a question mark."""
    return sentence.closing_mark_after(cue.token.i) == "?"


ASKED = rule(
    "outlook.asked", "A cue in a question someone was asked ('Asked whether he would play another season, "
    "Okoye grinned', 'asked what she would do with the money'; outlook.yaml asking_verbs) says nothing "
    "ahead: only the answer could.",
    effect="-",
    examples=[("Asked after the match whether he would play another season, Okoye grinned.",
               {"no_outlook": "another season"}),
              ("Asked what she would do with the prize money, the novelist laughed.",
               {"no_outlook": "prize money"}),
              ("A lawmaker asked whether SNGPL intended to revise its connection fee, which was raised last "
               "year.", {"no_outlook": "connection fee"})],
    counter=[("Asked whether he would resign, the minister said he would stay in office until June.",
              {"outlook": "stay in office"}),
             ("The coach was cautious when asked whether Strand would start against Everton on Saturday.",
              {"outlook": "Everton"}),
             ("Analysts question whether the new jet will arrive on time.", {"outlook": "arrive on time"}),
              ("It remains unclear whether the truce will hold.", {"outlook": "truce"})])


@ASKED
def asked(cue: Cue, sentence: Sentence) -> bool:
    """The cue's clause is the reported question of an asking verb, with no date set in the sentence
    ("when asked whether Strand would start on Saturday": the match is set)."""
    if sentence.dated:
        return False
    clause = cue.verb if cue.verb is not None else cue.token
    # (up through "to revise" and the parser's "SNGPL intended": "asked whether SNGPL intended to revise")
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "dobj", "acl"):
            return False
        if clause.head.lemma_.lower() in L.ASKING_VERBS \
                and any(t.i < clause.i and t.lower_ in L.QUESTION_WORDS for t in clause.subtree):
            return True
        if clause.dep_ not in ("xcomp", "acl"):
            return False
        clause = clause.head
    return False

