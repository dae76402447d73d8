"""Refusals of what lies behind: a cue whose clause tells the past, as narration, memory or history.

"would" also tells the past's future ("at the time they said it would", "where she would spend a
decade"), a counterfactual ("would have been") or a belief of the past ("I thought there would be");
a verb of planning can be a stance of the past ("has long demanded"), a plan overtaken ("had planned
to") or done ("was planned by students"); a forecast can be settled ("beat forecasts", "correctly
predicted") and an intention carried out ("and did so in May"). Reported speech is the exception:
"said the city wanted to" is the speaker's present (``outlook.backshift``).
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import children_of, layout_of, sentence_of
from reportgen.extract.nlp import ents_in
from reportgen.extract.outlook import cues as C
from reportgen.extract.outlook.cues import Cue
from reportgen.extract.outlook.grammar import (
    SAYING_VERBS,
    Sentence,
    concessive,
    has_aim,
    has_aux,
    lemma,
    main_verb,
    negated,
    passed,
    passive,
    past,
    past_stance,
    reported,
    retrospective,
    time_behind,
    told_as_past,
)
from reportgen.extract.rules import fire, rule

COUNTERFACTUAL = rule(
    "outlook.counterfactual", "A modal with a perfect ('would have been'), or under a condition on a past "
    "that did not happen ('Had we cut faster, we would be ...'), is a past that did not happen.",
    effect="-",
    examples=[("In that case the firm would have been sold for far less.", {"no_outlook": "firm"}),
              ("“Had we cut faster last year, we would be fighting a second wave of inflation today,” the "
               "governor said.", {"no_outlook": "inflation"}),
              ("“I would resign if it were unlawful, and it is not,” the chair said.",
               {"no_outlook": "resign"})],
    counter=[("The firm would be sold within a year, the bank said.", {"outlook": "would be sold"}),
             ("The union said it would strike if the talks failed.", {"outlook": "would strike"}),
             ("If she were to win the nomination, Ana Ruiz would need 300 more delegates.",
              {"outlook": "would need"}),
             ("“We would sell the stake if the price were ever to reach 50 euros,” Ana Ruiz said.",
              {"outlook": "sell the stake"}),
             ("The central bank would cut rates in September if inflation were below its target by then.",
              {"outlook": "cut rates"}),
             ("She said Peru would take the case to a tribunal if the crew had not been released within 72 "
              "hours.", {"outlook": "would take"})])


@COUNTERFACTUAL
def counterfactual(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if verb.tag_ == "VBN" and any(t.lower_ == "have" for t in cue.token.doc[cue.token.i + 1:verb.i]):
        return True
    # under a condition on a past that did not happen: "Had we cut faster, we would be ...", "if we
    # had cut ..."; after the verb only "if it were", never in reported speech, whose "were" may be
    # backshifted, nor with a time ahead ("would cut rates in September if inflation were below target")
    quoted = layout_of(verb.doc).in_quote(verb.idx)  # (a speaker's own words: nothing backshifted)
    ahead = bool(sentence.later_year or sentence.set_time)  # (never "today": "if the aircraft were here")
    return any(_past_condition_clause(c) if c.i < verb.i else
               (_subjunctive_if(c) and not ahead and (quoted or not reported(verb)))
               for c in children_of(verb))


def _marked_if(clause: Any) -> bool:
    return [m.lower_ for m in clause.children if m.dep_ == "mark"] == ["if"]


def _past_condition_clause(clause: Any) -> bool:
    """ "if we had cut", or inverted, "Had we cut" (which the parser may call a complement); "if it were",
    a subjunctive with one subject ("if I were", never "if they were", which may be plain past)."""
    if _subjunctive_if(clause):
        return True
    if clause.dep_ not in ("advcl", "ccomp") or not has_aux(clause, ("had",)):
        return False
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if marks:
        return marks == ["if"]
    first = next(t for t in clause.subtree if not t.is_punct)
    return first.lower_ == "had" and first.dep_ == "aux"


def _subjunctive_if(clause: Any) -> bool:
    """"if" and "were" with a singular subject ("if it were unlawful", "if I were the minister"); never
    "were to" ("if she were ever to win": a step ahead put as a hypothesis)."""
    if clause.dep_ != "advcl" or not _marked_if(clause):
        return False
    were = clause if clause.lower_ == "were" else next(
        (c for c in clause.children if c.lower_ == "were" and c.dep_ in ("aux", "auxpass", "cop")), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if were is None or subject is None or any(c.dep_ == "xcomp" for c in clause.children) \
            or any(t.lower_ == "to" for t in were.doc[were.i + 1:min(were.i + 4, len(were.doc))]):
        return False
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in L.SINGULAR_PRONOUNS


PAST_NARRATION = rule(
    "outlook.past-narration", "'Would' or 'could' in a sentence set at a past time, not reported, tells the "
    "past ('in the 1970s a family could rent').",
    effect="-",
    examples=[("For most of the last century a farmer could buy land here for a song.",
               {"no_outlook": "farmer"}),
              ("In the 1970s, a family could rent a flat here on one wage.", {"no_outlook": "family"})],
    counter=[("A survey published last month estimated that fares could double by 2030.",
              {"outlook": "fares could double"})])


@PAST_NARRATION
def past_narration(cue: Cue, sentence: Sentence) -> bool:
    return cue.modal_in(L.WOULD_FORMS | {"could"}) and sentence.past_time and not reported(cue.verb)


QUOTED_PAST = rule(
    "outlook.quoted-past", "Inside a direct quotation the speaker's own tenses stand, unshifted by the "
    "narrator's 'said': 'would', 'could' or 'might' under a verb the speaker puts in the past tells the "
    "past's future ('she would hide when the car came', 'I made it so that they would be heard'), unless "
    "the sentence names a time ahead ('next June', a later year).",
    effect="-",
    examples=[('"She hated the needles so much that she would hide when the clinic car came," her mother '
               "said.", {"no_outlook": "hide"}),
              ('"I made this film so that the families would be heard," the director said.',
               {"no_outlook": "be heard"})],
    counter=[('"We would appeal any ruling against us," the lawyer said.', {"outlook": "appeal"}),
             ('"We decided that we would appeal the ruling," the lawyer said.', {"outlook": "appeal"}),
             ("The board said the money would buy shorter waits.", {"outlook": "shorter waits"}),
             ('"They told us the clinic would reopen next June," she said.', {"outlook": "reopen"}),
             ('"We found 40 plants that could close before 2035," the analyst said.',
              {"outlook": "could close", "published": "2026-03-01"})])


@QUOTED_PAST
def quoted_past(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.WOULD_FORMS | {"could", "might"}) or sentence.ahead_time or sentence.later_year:
        return False
    layout = layout_of(cue.token.doc)
    quote = layout.quote_at(cue.token.idx)
    if quote is None or cue.verb.dep_ not in _GOVERNED:
        return False
    for governor in list(cue.verb.ancestors)[:6]:
        if layout.quote_at(governor.idx) is not quote:
            return False  # the narrator's verb of saying: the quote's own clauses are above it
        if governor.pos_ in ("VERB", "AUX"):  # the nearest governing verb decides
            if governor.lemma_.lower() in L.FINDING_VERBS:
                return False  # a decision or finding reported: "we decided that we would appeal"
            return governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                 for c in governor.children)
    return False


#: Dependencies by which a clause hangs from the verb that governs it.
_GOVERNED = frozenset({"ccomp", "advcl", "xcomp", "conj", "relcl"})


PAST_FRAME = rule(
    "outlook.past-frame", "A clause framed 'at the time', 'back then', 'in the past' or by a stage of "
    "life ('as a boy') tells the past's future ('would', 'could') or the past itself (a plan, promise or "
    "risk told in a past tense).",
    effect="-",
    examples=[("Back then, the mayor said the tunnel would be finished within a year.",
               {"no_outlook": "tunnel"}),
              ("At the time, engineers said the dam would last a century.", {"no_outlook": "dam"}),
              ("In the past, risks to the old bridge were small.", {"no_outlook": "bridge"}),
              ("As a boy, Tomas Reyes would walk four miles to school.", {"no_outlook": "school"}),
              ("When she was a student, Ines Bauer would sleep in the lab.", {"no_outlook": "lab"})],
    counter=[("This time, engineers say the dam will last a century.", {"outlook": "dam will last"}),
             ("As a mayor, Tomas Reyes would cut the tram fares.", {"outlook": "tram fares"}),
             ("As a student, you would pay less under the new plan, the minister said.",
              {"outlook": "pay less"}),
             ("At that point, the club will move to a new ground.", {"outlook": "move to a new ground"})])


@PAST_FRAME
def past_frame(cue: Cue, sentence: Sentence) -> bool:
    if cue.rule is C.MODAL:
        return cue.token.lower_ in L.WOULD_FORMS | {"could"} and _framed_in_past(cue.verb)
    verb = cue.token if cue.token.pos_ in ("VERB", "AUX") else main_verb(cue.token)
    return told_as_past(cue.token) and _framed_in_past(verb)


def _framed_in_past(verb: Any) -> bool:
    """The verb's clause, or the clause it reports from, is set in the past: "at the time", "back
    then", "in those days", "in the past", or a stage of someone's life ("as a boy", "when she was
    a student")."""
    for token in (t for h in (verb, verb.head) for t in children_of(h)):
        if token.lower_ == "then" and token.i > 0 and token.nbor(-1).lower_ == "back":
            return True
        if token.dep_ == "prep" and token.lower_ in ("at", "in"):
            words = [t.lower_ for t in token.subtree]  # (read only here: a clause's subtree is long)
            if len(words) == 3 and words[1] in ("the", "that", "those") and words[2] in L.PAST_TIME_NOUNS:
                return True
        if _life_stage(token) and not _hypothetical(verb):
            return True
    return False


def _hypothetical(verb: Any) -> bool:
    """ "As a student, you would pay less", "she would be eligible": a case put, not a habit told."""
    return verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children) \
        or any(c.dep_ in SUBJECTS and c.lower_ == "you" for c in verb.children)


def _life_stage(token: Any) -> bool:
    """ "As a boy", "as a young student", "when she was a child": a habit placed in a life's past."""
    if token.dep_ == "prep" and token.lower_ == "as":
        return any(c.dep_ == "pobj" and c.lemma_ in L.LIFE_STAGE_NOUNS
                   and any(d.lower_ in ("a", "an") for d in c.children) for c in token.children)
    if token.dep_ == "advcl" and token.lemma_ == "be" and token.tag_ == "VBD" \
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
        return any(c.dep_ in ("attr", "acomp") and (c.lemma_ in L.LIFE_STAGE_NOUNS or c.lower_ == "young")
                   for c in token.children)
    return False


RETROSPECTIVE = rule(
    "outlook.retrospective", "'Would later', 'would go on to', or 'would' in a relative clause of a past "
    "story tells what followed then.",
    effect="-",
    examples=[("The merger, which would later collapse, was signed in 2014.", {"no_outlook": "merger"}),
              ("She was born in 1932 and would go on to write 40 novels.", {"no_outlook": "novels"}),
              ("In 1990 she moved to Lisbon, where she would spend the next decade.",
               {"no_outlook": "Lisbon"}),
              ("She was born in Porto, where she would later run the port.", {"no_outlook": "Porto"})],
    counter=[("The merger, which would create the largest bank in the region, is due to close in May.",
              {"outlook": "merger"}),
             ("The senate passed a bill that would raise the minimum wage.", {"outlook": "raise"})])


@RETROSPECTIVE
def retrospective_would(cue: Cue, sentence: Sentence) -> bool:
    return cue.modal_in(L.WOULD_FORMS) and retrospective(cue.verb)


PAST_CLAUSE = rule(
    "outlook.past-clause", "A time word ahead, or an adjective describing a noun, in a clause told as past "
    "looks back ('met again the next day', 'the age of coders eager to win fame').",
    effect="-",
    examples=[("She next appeared on stage in 2011.", {"no_outlook": "stage"}),
              ("The ministers met again the next day.", {"no_outlook": "ministers"}),
              ("It was the age of young coders eager to win fame.", {"no_outlook": "coders"})],
    counter=[("The ministers meet again next week.", {"outlook": "ministers"}),
             ("The coders were eager to win fame, police said.", {"outlook": "coders"})])


@PAST_CLAUSE
def past_clause(cue: Cue, sentence: Sentence) -> bool:
    if cue.rule is C.FORWARD_ADJECTIVE and cue.token.dep_ not in ("amod", "acl"):
        return False  # "was keen to": the adjective is what the clause says, see the reported view
    return told_as_past(cue.token)


PAST_BELIEF = rule(
    "outlook.past-belief", "'Would' under a past verb of belief ('I thought there would be', 'she believed "
    "it would'), or under a saying a speaker quotes ('“People said we would never build it”'), is a view "
    "of the past, not a forecast standing now.",
    effect="-",
    examples=[("Back in May I thought there would be more buyers.", {"no_outlook": "buyers"}),
              ("“People said we would never build it,” the mayor said.", {"no_outlook": "build"})],
    counter=[("I think there will be more buyers.", {"outlook": "buyers"}),
             ("She said there would be more buyers.", {"outlook": "buyers"})])


@PAST_BELIEF
def past_belief(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if not (cue.modal_in(L.WOULD_FORMS) and verb.dep_ == "ccomp" and past(verb.head)):
        return False
    # a speaker quoting what was said to them ("“People said we would never build it”") tells a past view
    return verb.head.lemma_ in L.BELIEF_VERBS \
        or (verb.head.lemma_ in SAYING_VERBS and layout_of(verb.doc).in_quote(verb.head.idx))


REMEMBERED = rule(
    "outlook.remembered", "'Would' under a verb of memory is a memory ('remember winters when it would "
    "freeze'), and so is 'I'll never forget'.",
    effect="-",
    examples=[("Older fishermen remember winters when the harbour would freeze solid.",
               {"no_outlook": "harbour"}),
              ("I'll never forget the day the harbour froze.", {"no_outlook": "harbour"})],
    counter=[("Fishermen say the harbour could freeze this winter.", {"outlook": "harbour could freeze"})])


@REMEMBERED
def remembered(cue: Cue, sentence: Sentence) -> bool:
    if cue.modal_in(L.WILL_FORMS | L.WOULD_FORMS) and cue.verb.lemma_ in L.MEMORY_VERBS:
        return True  # "I'll never forget the day", "I wouldn't remember": a memory
    if not cue.modal_in(L.WOULD_FORMS | {"could"}):
        return False
    token = cue.verb
    for _ in range(6):
        if token.head == token:
            return False
        token = token.head
        if token.lemma_ in L.MEMORY_VERBS:
            return True
    return False


OVERTAKEN = rule(
    "outlook.overtaken", "An expectation of the past the story has overtaken: 'had hoped it would', 'had "
    "planned to', 'had been expected to', 'few would have guessed', 'thought it was going to'.",
    effect="-",
    examples=[("He had planned to retire in 2020 but stayed on after the floods.", {"no_outlook": "retire"}),
              ("The home side had been expected to win comfortably.", {"no_outlook": "home side"}),
              ("The satellite had been due to fly in October.", {"no_outlook": "satellite"}),
              ("The club had hoped the stand would be finished by now, but the builder went bust.",
               {"no_outlook": "stand"}),
              ("Few would have guessed that the village team would reach the final.",
               {"no_outlook": "final"}),
              ("Nobody could have predicted the size of the flood.", {"no_outlook": "flood"}),
              ("I thought the roof was going to cave in.", {"no_outlook": "roof"})],
    counter=[("The club hopes the stand will be finished by May.", {"outlook": "stand will be"})])


@OVERTAKEN
def overtaken(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if has_aux(verb, ("had",)) or (verb.tag_ == "VBN" and _modal_perfect(verb)):
        return True
    if verb.pos_ == "ADJ" and verb.head.lemma_ == "be" and has_aux(verb.head, ("had",)):
        return True  # "had been due to fly in October"
    reporter = verb.head if cue.rule is C.MODAL and verb.dep_ == "ccomp" else None
    if reporter is not None and (has_aux(reporter, ("had",)) or _modal_perfect(reporter)):
        return True
    going = cue.token
    return going.lower_ == "going" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in going.children)


def _modal_perfect(verb: Any) -> bool:
    """"could have predicted", "would have guessed": what was foreseeable then."""
    return any(c.tag_ == "MD" for c in children_of(verb)) and has_aux(verb, ("have",))


PAST_STANCE = rule(
    "outlook.past-stance", "A stance with its own mark of the past is history: 'has long demanded', 'in 2019 "
    "urged', 'previously called for', 'spent years warning', 'in 2015 unveiled plans'.",
    effect="-",
    examples=[("The union has long demanded a shorter working week.", {"no_outlook": "union"}),
              ("The court, which in 2019 urged both sides to settle, declined to rule.",
               {"no_outlook": "court"}),
              ("He spent decades warning about the dangers of asbestos.", {"no_outlook": "asbestos"}),
              ("“We have warned about this for years,” said Jonas Reyes.", {"no_outlook": "warned"}),
              ("Engineers warned officials about cracks in the bridge two years before it fell.",
               {"no_outlook": "cracks"}),
              ("In 2015 the port unveiled plans to build a ferry terminal, but the project was dropped.",
               {"no_outlook": "ferry terminal"})],
    counter=[("The union demanded a shorter working week on Monday.", {"outlook": "union demanded"}),
             ("The union has planned for weeks to strike on Friday.", {"outlook": "strike on Friday"}),
             ("Ministers have promised for years to reform social care.", {"outlook": "reform"}),
             ("The union warned of strikes before the talks resume on Monday.", {"outlook": "strikes"})])


@PAST_STANCE
def past_stance_of(cue: Cue, sentence: Sentence) -> bool:
    token = cue.token
    if cue.rule is C.FORWARD_NOUN:
        return token.dep_ != "attr" and token.head.tag_ == "VBD" and past_stance(token.head)
    if token.tag_ in ("VBD", "VBN") and past_stance(token):
        return True
    career = main_verb(token) if token.tag_ == "VBG" else None
    return career is not None and career.lemma_ == "spend" and career.tag_ in ("VBD", "VBN")


DONE = rule(
    "outlook.done", "A plan told in the past passive with no aim or date is done ('the march was planned by "
    "students').",
    effect="-",
    examples=[("The parade was planned by volunteers from the parish.", {"no_outlook": "parade"})],
    counter=[("The parade was planned for next Sunday.", {"outlook": "parade"}),
             ("Outage\n\nShe said full restoration was expected \"by the end of the month.\"",
              {"outlook": "full restoration"})])
#: (never a date behind: "Completion was expected by the end of 2024, but ..." stays done, see
#: tests/extract/test_outlook.py::test_an_expectation_dated_behind_is_done)


@DONE
def done(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    if cue.rule is C.MODAL or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "on"))
                   or c.ent_type_ in ("DATE", "TIME") or _dated_by(c, sentence) for c in verb.children)


def _dated_by(child: Any, sentence: Sentence) -> bool:
    """ "by the end of the month" (which the parser may hang as a passive's agent): a date, no doer;
    never one behind the article's date, nor a year when that date is unknown ("was expected by the
    end of 2024, but ...")."""
    if child.lower_ not in ("by", "before", "within", "until"):
        return False
    dates = [o for o in child.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
    if not dates:
        return False
    text = child.doc[dates[0].left_edge.i:dates[0].right_edge.i + 1].text
    if sentence.published is not None:
        return not passed(text, sentence.published)
    return not any(w.isdigit() and len(w) == 4 for w in text.split())


BACKSHIFT = rule(
    "outlook.backshift", "In reported speech the past tense is the speaker's present: 'said the city wanted "
    "to', 'said it was ready to' look ahead as 'wants to', 'is ready to' do.",
    examples=[("The mayor said the city wanted to keep its bus lanes.", {"outlook": "wanted to keep"}),
              ("Mr Reyes said the union was prepared to strike.", {"outlook": "prepared to strike"}),
              ("“The minister said the council was ready to sign the deal,” said union leader Ama Owusu.",
               {"outlook": "ready to sign"})],
    counter=[("The farm was hard to let when the owner wanted to stay.", {"no_outlook": "owner"}),
             ("\"We did not want to be out here in the cold,\" said porter Sam Kettle.",
              {"no_outlook": "cold"}),
             ("\"For nine years they told us this dam was inevitable,\" Huenchul said.",
              {"no_outlook": "inevitable"})])


def _inside_report(token: Any) -> bool:
    """``token`` stands in what a saying verb reports, up through conjuncts and complements but never
    out of a relative or adverbial clause ("said the bridge, which was likely to open in 2024, ...")."""
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl"):
            return False
        if token.dep_ == "ccomp" and token.head.lemma_ in SAYING_VERBS:
            return True
        token = token.head
    return False


def _backshifted(cue: Cue, sentence: Sentence) -> bool:
    """The cue's clause is reported from a past saying ("said the city wanted to"); records the rule."""
    layout = layout_of(cue.token.doc)
    quote = layout.quote_at(cue.token.idx)
    if quote is not None and not any(a.lemma_ in SAYING_VERBS and quote.start <= a.idx < quote.end
                                     for a in cue.token.ancestors):
        return False  # direct speech keeps its own tenses: "“We did not want to be here,” she said"
        # (what it reports is backshifted: "“The minister said the council was ready to sign,” ...")
    verb = cue.token if cue.token.pos_ in ("VERB", "AUX") else cue.token.head
    while verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "conj"):
        verb = verb.head  # "said his office was examining ... and that indictments were likely"
    # (or anywhere inside what a saying verb reports, however the parse hangs the second "that" clause:
    # "said 187 were injured, 41 of them seriously, and that the toll was likely to rise")
    inside = _inside_report(cue.token)
    if not reported(cue.token) and not (verb.dep_ == "ccomp" and reported(verb)) \
            and not (cue.token.dep_ == "ccomp" and cue.token.head.lemma_ in SAYING_VERBS) and not inside:
        return False
    saying = next((a for a in cue.token.ancestors if a.lemma_ in SAYING_VERBS), None)
    if saying is not None and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.ent_type_ == "DATE" for o in c.children) for c in saying.children):
        return False  # said again and again over a past span: "For nine years they told us it was inevitable"
    fire(cue.token.doc, BACKSHIFT, sentence.span.start_char, sentence.span.end_char)
    return True


PAST_WISH = rule(
    "outlook.past-wish", "'Wanted to' is a wish of the past, unless reported; so is 'wanting to' beside a "
    "past act ('He did not go to work that morning wanting to hurt anybody').",
    effect="-",
    examples=[("The hotel was hard to sell when the founder wanted to stay.", {"no_outlook": "founder"}),
              ("“He did not go to work that morning wanting to hurt anybody,” his lawyer said.",
               {"no_outlook": "hurt anybody"})],
    counter=[("The founder wants to stay on as chair.", {"outlook": "founder"})])


@PAST_WISH
def past_wish(cue: Cue, sentence: Sentence) -> bool:
    token = cue.token
    head = token.head
    beside_past = token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "acl") and head.i != token.i \
        and (past(head) or any(c.lower_ == "did" for c in head.children))
    return token.lemma_ == "want" and (past(token) or beside_past) and not _backshifted(cue, sentence)


PAST_EXPECTATION = rule(
    "outlook.past-expectation", "'Was likely to', 'was ready to' outside reported speech and with no time "
    "ahead tells what was expected or intended then.",
    effect="-",
    examples=[("In 1990 the miners were ready to strike for a month.", {"no_outlook": "miners"}),
              ("Bridge\n\nAna Ruiz said the bridge, which was likely to open in 2024, remained closed.",
               {"no_outlook": "bridge"})],
    counter=[("The miners are ready to strike for a month.", {"outlook": "miners"}),
             ("Quake\n\nThe governor said at least 187 people had been injured, 41 of them seriously, and "
              "that the toll was likely to rise.", {"outlook": "toll was likely to rise"})])


@PAST_EXPECTATION
def past_expectation(cue: Cue, sentence: Sentence) -> bool:
    adjective = cue.token
    be = adjective.head if adjective.head.lemma_ == "be" else None
    tensed = [c for c in adjective.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    was = (be is not None and be.tag_ == "VBD") or any(c.tag_ == "VBD" for c in tensed)
    return was and not sentence.ahead_time and not _backshifted(cue, sentence)


QUOTED_PAST_FORECAST = rule(
    "outlook.quoted-past-forecast", "Inside a direct quotation, a forecast the speaker puts in the simple "
    "past (“We expected half the fleet to stay out, not nine in ten”; outlook.yaml forecast_verbs) is what "
    "they expected then, unless the sentence names a time ahead; in narration the past tense may be the "
    "narrator's backshift and stays.",
    effect="-",
    examples=[("Strike\n\n\"We expected half the fleet to stay out, not nine in ten,\" the official said.",
               {"no_outlook": "half the fleet"})],
    counter=[("Strike\n\n\"We expected the fleet to return next week,\" the official said.",
              {"outlook": "return next week"}),
             ("Strike\n\nOfficials expected half the fleet to stay out.", {"outlook": "half the fleet"})])


@QUOTED_PAST_FORECAST
def quoted_past_forecast(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    if verb.tag_ != "VBD" or lemma(verb) not in L.FORECAST_VERBS or sentence.ahead_time \
            or sentence.later_year:
        return False
    layout = layout_of(verb.doc)
    quote = layout.quote_at(verb.idx)
    if quote is None:
        return False
    # (the speaker's own clause: no verb of saying inside the quotation governs it)
    return not any(a.lemma_.lower() in SAYING_VERBS and layout.quote_at(a.idx) is quote
                   for a in verb.ancestors)

PAST_CONDITION = rule(
    "outlook.past-condition", "A condition in the past or a wish ('if only', 'if the club had signed him') "
    "is history or regret.",
    effect="-",
    examples=[("If the ferry was late, passengers waited in the rain.", {"no_outlook": "ferry"})],
    counter=[("If the court rules against her, the minister will resign.", {"outlook": "minister will"})])


@PAST_CONDITION
def past_condition(cue: Cue, sentence: Sentence) -> bool:
    clause = cue.token
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    only = mark is not None and mark.i + 1 < len(mark.doc) and mark.nbor().lower_ == "only"
    return clause.head.tag_ == "VBD" or clause.tag_ == "VBD" or only or has_aux(clause, ("had",))


PAST_INABILITY = rule(
    "outlook.past-inability", "'Could not' tells an inability ('could not be reached', 'neither account "
    "could be verified').",
    effect="-",
    examples=[("A spokesman for the airline could not be reached for comment.", {"no_outlook": "airline"}),
              ("Neither account could be independently verified.", {"no_outlook": "account"})],
    counter=[("The airline could cut flights next winter.", {"outlook": "airline could cut"})])


@PAST_INABILITY
def past_inability(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(("could",)):
        return False
    subject = next((c for c in children_of(cue.verb) if c.dep_ in SUBJECTS), None)
    denied_subject = subject is not None and (subject.lower_ in L.NOBODY_WORDS | {"neither"} or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in children_of(subject)))
    return negated(cue.verb) or (denied_subject and not (  # ("No airline could fly until ...")
        sentence.set_time or any(t.lower_ in ("until", "before") for t in cue.verb.subtree)))


PERCEIVED = rule(
    "outlook.perceived", "'Could be heard/seen', 'could hear' tell what was perceived ('could see' with no "
    "time set may be a prospect: 'shoppers could see higher prices').",
    effect="-",
    examples=[("Neighbours said the dogs could be heard barking before the fire.", {"no_outlook": "dogs"}),
              ("“We could hear the explosions all night,” she said.", {"no_outlook": "explosions"})],
    counter=[("The dogs could be moved to a new shelter next month.", {"outlook": "dogs"}),
             ("Shoppers could see higher prices, the retailer warned.", {"outlook": "higher prices"}),
             ("Residents near the airport could hear more night flights under the plan.",
              {"outlook": "night flights"})])


@PERCEIVED
def perceived(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if not cue.modal_in(("could",)) or verb.lemma_ not in L.PERCEPTION_VERBS:
        return False
    if passive(verb):
        return True
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    # (active: what someone heard or felt, told in the first person or at a time behind; never "fans could
    # watch the final", "residents could hear more flights under the plan")
    return verb.lemma_ in L.SENSING_VERBS and not sentence.set_time \
        and ((subject is not None and subject.lower_ in ("i", "we")) or sentence.past_time)


SETTLED_FORECAST = rule(
    "outlook.settled-forecast", "A forecast whose outcome is told is settled: a result measured against it "
    "('beat forecasts', 'analysts expected 97 cents'), or a verdict on it ('correctly predicted', 'the "
    "forecast proved wrong').",
    effect="-",
    examples=[("Analysts expected profit of 97 cents a share.", {"no_outlook": "profit"}),
              ("Of 14 analysts polled last week, eight predicted a rate cut.", {"no_outlook": "rate cut"}),
              ("Analysts expected sales of 3 billion dollars, the company reported.",
               {"no_outlook": "sales"}),
              ("The event raised about double what Bradley said she anticipated.", {"no_outlook": "event"}),
              ("The bakery easily beat the forecast of analysts.", {"no_outlook": "bakery"}),
              ("Sales rose to 2.3 billion euros, above the 2.1 billion euro average forecast of analysts.",
               {"no_outlook": "Sales"}),
              ("The bank correctly predicted that rates would rise.", {"no_outlook": "rates"}),
              ("The forecast that prices would fall proved wrong.", {"no_outlook": "prices"})],
    counter=[("Analysts expect profit to rise next year.", {"outlook": "profit to rise"}),
             ("She expected turnout to exceed 70 percent in the vote.", {"outlook": "turnout"}),
             ("The fund predicted a recession next year.", {"outlook": "recession"}),
             ("Forecasters predicted no significant rain for at least 10 days.", {"outlook": "rain"}),
             ("Economists predicted a slowdown.", {"outlook": "slowdown"}),
             ("He said he expected a better surface for bowlers at Eden Park.", {"outlook": "surface"}),
             ("The bank predicted that rates would rise.", {"outlook": "rates"})])


@SETTLED_FORECAST
def settled_forecast(cue: Cue, sentence: Sentence) -> bool:
    token = cue.token
    if cue.rule is C.MODAL:  # "would" under a settled forecast ("correctly predicted that it would")
        verb = cue.verb
        return verb.dep_ in ("ccomp", "acl", "relcl") and _judged_forecast(verb.head)
    if cue.rule is C.FORWARD_NOUN:
        return (token.lemma_ in L.YARDSTICK_NOUNS and _measured_against(token)) or _judged_forecast(token)
    if _judged_forecast(token):
        return True
    return token.lemma_ in L.FORECAST_VERBS and token.tag_ == "VBD" and not _forecast_content(token) \
        and not sentence.ahead_time and not _span_of_time(token) \
        and not (token.head.dep_ == "ROOT" and token.head.i < token.i and _backshifted(cue, sentence)) \
        and (token.lemma_ == "expect" or _consensus(token) or _compared(token))


def _compared(verb: Any) -> bool:
    """The forecast a result is set against: "double what she anticipated", "better than anyone predicted"."""
    clause = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
    return any(c.lower_ in ("what", "than") for v in clause for c in v.children)


def _consensus(verb: Any) -> bool:
    """A forecast of a poll or of forecasters counted ("eight predicted a cut", "polls projected a close
    race", "analysts polled by Reuters forecast"): the yardstick a result is measured against."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    return subject.pos_ == "NUM" or subject.lemma_ in L.CONSENSUS_WORDS \
        or any(c.dep_ == "acl" and c.lemma_ in L.CONSENSUS_WORDS for c in subject.children)


def _span_of_time(verb: Any) -> bool:
    """The forecast covers a time that is not behind ("predicted no rain for at least 10 days")."""
    clause = verb.doc[verb.left_edge.i:verb.right_edge.i + 1]
    return any(e.label_ == "DATE" and not time_behind(e) for e in ents_in(clause))


def _forecast_content(verb: Any) -> bool:
    """ "expected that ...", "expected talks to fail", or as the parser may hang it, "expected
    [turnout [to exceed]]": the forecast says what would happen, not just a figure."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return True
        infinitives = (g for g in child.children if g.dep_ == "acl" and g.tag_ == "VB")
        if child.dep_ == "dobj" and any(any(a.lower_ == "to" for a in g.children) for g in infinitives):
            return True
    return False


def _judged_forecast(token: Any) -> bool:
    """A forecast judged by its outcome: "correctly predicted", "the forecast proved wrong"."""
    if any(c.dep_ == "advmod" and c.lower_ in L.VERDICT_ADVERBS for c in children_of(token)):
        return True
    return token.dep_ in SUBJECTS and token.head.lemma_ in L.OUTCOME_VERBS


def _measured_against(noun: Any) -> bool:
    """A result compared with the forecast: object of "beat"/"miss", or after "above"/"below"/"than"."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in L.COMPARE_VERBS:
        return True
    for token in reversed(noun.doc[max(sentence_of(noun).start, noun.i - 8):noun.i]):
        if token.is_punct:
            return False
        if token.lower_ in ("above", "below", "than") or token.lemma_ in L.COMPARE_VERBS:
            return True  # "above the 3.6 trillion won average forecast" (however the parser hung it)
    return False


CARRIED_OUT = rule(
    "outlook.carried-out", "An intention or forecast the sentence says was carried out or broken ('said it "
    "would close the plant, and did so in May', 'vowed to cut prices, which it did', 'made good on a "
    "promise to', 'failing to deliver on his vow that it would') lies behind.",
    effect="-",
    examples=[("The company said it would close the plant, and did so in May.", {"no_outlook": "plant"}),
              ("The firm vowed to cut prices, which it did last week.", {"no_outlook": "prices"}),
              ("Last year the mayor made good on a promise to open a library.", {"no_outlook": "library"}),
              ("The mayor is under fire for failing to deliver on her vow that the pool would reopen.",
               {"no_outlook": "pool"})],
    counter=[("The company said it would close the plant in May.", {"outlook": "plant"}),
             ("The mayor made a promise to open a library.", {"outlook": "library"}),
             ("The mayor may fail to deliver on her vow that the pool would reopen.", {"outlook": "pool"})])


@CARRIED_OUT
def carried_out(cue: Cue, sentence: Sentence) -> bool:
    if cue.rule is C.FORWARD_NOUN:
        return _kept_or_broken(cue.token)
    verb = cue.verb if cue.token.pos_ in ("VERB", "AUX") else main_verb(cue.token)
    if verb is None:
        return False
    if verb.dep_ in ("acl", "ccomp") and any(_kept_or_broken(n) for n in _promise_nouns(verb.head)):
        return True  # "failing to deliver on his vow that Britain would leave": the vow's content
    for done_verb in sentence.done_verbs:
        if not _told_as_fact(done_verb):
            continue
        if not any(c.dep_ in ("advmod", "dobj") and c.lower_ in L.DONE_OBJECTS for c in done_verb.children):
            continue
        above = {a.i for a in done_verb.ancestors}
        if verb.i in above or done_verb.head.i in {a.i for a in verb.ancestors}:
            return True
    return False



DONE_LATER = rule(
    "outlook.done-later", "What a past intention would do, the same sentence then tells as done: the thing "
    "it would make or change opened, closed or was completed in the past (“said it would build a plant, "
    "which opened in June”; “said it would cut 400 jobs; those cuts were completed in September”; "
    "outlook.yaml completion_verbs). What is still to come stays (“which will open in June”).",
    effect="-",
    examples=[("Lithium\n\nIn March, Tamarugal said it would cut 400 contractor jobs; those cuts were "
               "completed in September.", {"no_outlook": "contractor jobs"}),
              ("Plant\n\nLast year the company said it would build a plant, which opened in June.",
               {"no_outlook": "build a plant"})],
    counter=[("Plant\n\nThe company said it would build a plant, which will open in June.",
              {"outlook": "build a plant"}),
             ("Lithium\n\nTamarugal said it would cut 400 jobs; its shares closed 2% lower.",
              {"outlook": "400 jobs"})])


@DONE_LATER
def done_later(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.verb
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    for done in sentence.tokens:
        if done.i == verb.i or lemma(done) not in L.COMPLETION_VERBS or not _past_fact(done):
            continue
        subject = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        # "a plant, which opened": the object the intention would make; "those cuts were completed": the
        # intention's own deed as a noun, or its object again
        relative = subject.tag_ == "WDT" and done.dep_ == "relcl" and done.head.lemma_.lower() in objects
        again = subject.lemma_.lower() in objects | {lemma(verb)} and done.i > verb.i
        if relative or again:
            return True
    return False


def _past_fact(verb: Any) -> bool:
    """A verb told in the simple past, active or passive ("opened", "were completed"), no modal."""
    children = children_of(verb)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                             for c in children))

def _kept_or_broken(noun: Any) -> bool:
    """A promise or plan that a past verb keeps or breaks: "kept its promise", "made good on a pledge"."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_ not in L.FULFILMENT_VERBS or not (_told_as_fact(verb) or _failure_told(verb)):
        return False
    return verb.lemma_ != "make" or any(c.lower_ == "good" for c in verb.children)


def _promise_nouns(holder: Any) -> list[Any]:
    """The noun a content clause belongs to: its head, or, where the parser hung the clause on the verb
    ("deliver on her vow that ..."), the verb's object."""
    if holder.pos_ == "NOUN":
        return [holder]
    near = [c for child in children_of(holder)
            for c in (child, *children_of(child))]  # never the whole subtree
    return sorted((n for n in near if n.pos_ == "NOUN" and n.dep_ in ("dobj", "pobj")), key=lambda n: n.i)


def _told_as_fact(verb: Any) -> bool:
    return past(verb) or has_aux(verb, ("has", "have", "had"))


def _failure_told(verb: Any) -> bool:
    """The verb is what someone failed to do, the failure told as a fact ("failed to deliver", "is
    under fire for failing to deliver"), not a risk ahead ("may fail to deliver")."""
    fail = verb.head
    if verb.dep_ != "xcomp" or fail.lemma_ != "fail" or any(c.tag_ == "MD" for c in fail.children):
        return False
    return _told_as_fact(fail) or (fail.tag_ == "VBG" and fail.dep_ in ("pcomp", "pobj"))


REFERRED_PLAN = rule(
    "outlook.referred-plan", "A plan, promise or risk referred to as known ('backed the plan', 'the "
    "council's plan was rejected'), told in a past tense without its aim ('pledges were forgotten'), or "
    "named as a kind, a bare plural without its aim ('most heat warnings are based on'), is not stated as "
    "ahead.",
    effect="-",
    examples=[("Most tenants backed the plan at the meeting.", {"no_outlook": "tenants"}),
              ("The miners' plan was rejected by the board in a close vote.", {"no_outlook": "miners"}),
              ("The board approved budget plans covering two thousand jobs.", {"no_outlook": "board"}),
              ("Many pledges were given and then forgotten.", {"no_outlook": "pledges"}),
              ("“Most heat warnings are based on daytime maximums,” he said.", {"no_outlook": "warnings"}),
              ("Mayor Ana Ruiz spoke on Monday. “The plan costs a lot,” she said.", {"no_outlook": "costs"}),
              ("The decade has brought a rise in each danger that worries farmers.",
               {"no_outlook": "danger"})],
    counter=[("The carrier announced plans for a new hub in Porto.", {"outlook": "carrier"}),
             ("The threat remains high, officials said.", {"outlook": "threat"}),
             ("The plan calls for 200 new homes to be built by 2028, the council said.",
              {"outlook": "homes"})])


@REFERRED_PLAN
def referred_plan(cue: Cue, sentence: Sentence) -> bool:
    noun = cue.token
    if noun.dep_ == "attr":
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "some")
                   for c in noun.children)
    if definite and noun.dep_ in ("dobj", "pobj"):
        return True
    if noun.tag_ == "NNS" and not has_aim(noun) and not any(c.dep_ in ("det", "poss", "nummod")
                                                          for c in noun.children):
        return True  # "Most heat warnings are based on ...", "to improve storm forecasts": a kind
    if definite and noun.dep_ == "nsubj" and not has_aim(noun) and noun.head.tag_ in ("VBZ", "VBP") \
            and lemma(noun.head) not in L.FORWARD_VERBS and lemma(noun) not in L.RISK_NOUNS \
            and not sentence.dated:
        return True  # "The plan costs a lot": a known plan described as it is, with nothing dated ahead
    return not has_aim(noun) and told_as_past(noun)



OVERDUE = rule(
    "outlook.overdue", "An event ahead whose own date lies before the article's date is overdue, no outlook "
    "('vowed the bridge would open on Oct. 31' in a paper of 20 November); a date without its year is "
    "its occurrence nearest the article's date.",
    effect="-",
    examples=[("The mayor is under fire over her vow that the bridge would open on Oct. 31.",
               {"no_outlook": "bridge", "published": "2019-11-20"}),
              ("The mayor vowed to open the bridge in October.",
               {"no_outlook": "bridge", "published": "2019-11-20"}),
              ("The mayor said the bridge would open in 2018.", {"no_outlook": "bridge",
                                                                 "published": "2019-11-20"})],
    counter=[("The mayor said the bridge would open on Dec. 12.", {"outlook": "bridge",
                                                                   "published": "2019-11-20"}),
             ("The mayor said the bridge would open in March.", {"outlook": "bridge",
                                                                 "published": "2019-11-20"}),
             ("The mayor said on Oct. 31 that the bridge would open soon.",
              {"outlook": "bridge", "published": "2019-11-20"}),
             ("The council warned on Oct. 31 that fees would rise.",
              {"outlook": "fees", "published": "2019-11-20"}),
             ("Chips\n\nThe finance chief said the company would spend $2.4 billion this year, up from $1.7 "
              "billion in 2025.", {"outlook": "would spend", "published": "2026-04-29"}),
             ("Knife\n\nA charge under the Offensive Weapons Act 1990 will be taken into consideration at "
              "sentencing.", {"outlook": "consideration", "published": "2026-06-05"}),
             ("The mayor said the bridge would open in April or in June.",
              {"outlook": "bridge", "published": "2026-05-01"})])


@OVERDUE
def overdue(cue: Cue, sentence: Sentence) -> bool:
    """A month or year that the publication date has passed, in the clause of the event ahead: a
    modal's verb, or what a verb of planning plans ("plans to open on Oct. 31"); the date of the
    planning itself ("warned on Oct. 31 that") is only when it was said."""
    published = sentence.published
    if published is None:
        return False
    if cue.rule is C.MODAL:
        events = [cue.verb] if cue.verb is not None else []
    else:
        events = [c for c in cue.token.children if c.dep_ in ("xcomp", "ccomp")]
    events += [c for e in events for c in e.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    dates = [ent for ent in ents_in(sentence.span) if ent.label_ == "DATE" and _dates_event(ent, events)]
    # (never when the event has a date still ahead as well: "would spend $2.4 billion this year, up from
    # $1.7 billion in 2025" compares with the past)
    passing = [passed(ent.text, published) for ent in dates]
    return any(passing) and all(passing)



def _dates_event(ent: Any, events: list[Any]) -> bool:
    """The date hangs on one of the events, directly or through its preposition ("open [on Oct. 31]"),
    not on a noun of theirs ("areas rebuilding after Cyclone Gabrielle in 2023"), nor names a law ("the
    Offensive Weapons Act 1990")."""
    head = ent.root.head
    while head.dep_ == "conj" and head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head  # "in April or [in] June": the second preposition hangs on the first
    if head.pos_ == "ADP":
        head = head.head
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return head in events and not (before is not None and before.lower_ in L.LAW_WORDS)


BACKSTORY = rule(
    "outlook.backstory", "A promise told in the past tense in a relative clause ('the authorities, who "
    "promised he would ...') describes who someone is, it is not the story's outlook (a warning or "
    "forecast there still looks ahead: 'critics, who warned it could make matters worse').",
    effect="-",
    examples=[("Ana Ruiz claims she has been betrayed by the city, which promised she would get a flat.",
               {"no_outlook": "flat"})],
    counter=[("The city promised Ana Ruiz that she would get a flat.", {"outlook": "flat"}),
             ("The plan drew rebukes from experts, who warned it could make matters worse.",
              {"outlook": "matters worse"}),
             ("The senate passed a bill that would raise the minimum wage.", {"outlook": "raise"})])

PROMISE_RECEIVED = rule(
    "outlook.promise-received", "A promise someone received in the past ('he was promised that he would', "
    "'was given a passport and promised that') is their history or grievance, not a plan stated.",
    effect="-",
    examples=[("She was given a flat, and she says, promised that she would be given a job.",
               {"no_outlook": "job"}),
              ("The miners were promised that the pit would stay open.", {"no_outlook": "pit"}),
              ("“Our members have been promised, and promised again,” the union secretary said.",
               {"no_outlook": "promised again"})],
    counter=[("The minister promised the miners that the pit would stay open.", {"outlook": "pit"}),
             ("The miners were warned that the pit would close.", {"outlook": "pit"})])


def _speaking_verb(cue: Cue) -> Any:
    """The verb that states the cue's intention: a forward verb itself, or the verb a "would" is
    reported under ("promised he would live")."""
    if cue.rule is C.MODAL:
        verb = cue.verb
        return verb.head if verb is not None and verb.dep_ == "ccomp" else None
    return cue.token if cue.token.pos_ in ("VERB", "AUX") else None


@BACKSTORY
def backstory(cue: Cue, sentence: Sentence) -> bool:
    verb = _speaking_verb(cue)
    return verb is not None and verb.dep_ == "relcl" and verb.tag_ == "VBD" \
        and lemma(verb) in L.PROMISE_VERBS


@PROMISE_RECEIVED
def promise_received(cue: Cue, sentence: Sentence) -> bool:
    verb = _speaking_verb(cue)
    if verb is None or lemma(verb) not in L.PROMISE_VERBS:
        return False
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in verb.children):
        return True  # "was promised that", "have been promised"
    first = verb.head  # "was given a passport and promised that": the passive carries over
    return verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in first.children)


CONCEDED = rule(
    "outlook.conceded", "What a concession grants ahead ('although coders will still play') is background "
    "when the sentence's own statement tells the past ('..., 2004 saw a rise in crime').",
    effect="-",
    examples=[("Although young coders will still play with viruses, said Mr Hale, 2004 saw a rise in crime.",
               {"no_outlook": "coders"})],
    counter=[("Although the port lost trade last year, it will stay open.", {"outlook": "stay open"}),
             ("Although prices will rise, the bank said it would hold rates.", {"outlook": "hold rates"})])


@CONCEDED
def conceded(cue: Cue, sentence: Sentence) -> bool:
    clause = cue.verb if cue.token.pos_ in ("VERB", "AUX") else main_verb(cue.token)
    if clause is None or not concessive(clause):
        return False
    main = clause.head
    if lemma(main) in SAYING_VERBS:  # "..., said Mr Hale, 2004 saw": the statement is what was said
        main = next((c for c in main.children if c.dep_ == "ccomp"), main)
    return past(main)


REPORTED_PAST = rule(
    "outlook.reported-past", "A forward verb whose clause reports what already happened, in the simple "
    "past or the past perfect ('cautioned that protection faded after a year', 'warned that the dam had "
    "burst twice before'), tells the past, not what lies ahead.",
    effect="-",
    examples=[("But he cautioned that protection faded after a year.", {"no_outlook": "protection"}),
              ("The engineer warned that the old dam had burst twice before.", {"no_outlook": "dam"})],
    counter=[("But he cautioned that protection would fade after a year.", {"outlook": "protection"}),
             ("The agency warned that rivers were rising fast.", {"outlook": "rivers"})])


@REPORTED_PAST
def reported_past(cue: Cue, sentence: Sentence) -> bool:
    token = cue.token
    if token.pos_ != "VERB":
        return False
    told = next((c for c in token.children if c.dep_ == "ccomp"), None)
    return told is not None and _simple_or_perfect_past(told)


def _simple_or_perfect_past(verb: Any) -> bool:
    """'faded', 'had been disbursed': told as done, with no modal and not a state ('was', 'were rising')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in L.FUTURE_MODALS or a.lower_ in L.WEAK_MODALS or a.tag_ == "MD" for a in auxes):
        return False
    if any(a.lower_ == "had" for a in auxes):
        return True
    return verb.tag_ == "VBD" and not auxes and verb.lemma_ not in ("be", "have")


WITHHELD_NAME = rule(
    "outlook.withheld-name", "'Would' in a clause about giving or withholding a name ('who would give only "
    "her first name', 'would not be named') says how a source spoke, not what lies ahead.",
    effect="-",
    examples=[("His grandfather, who would give his name only as Alistair, shook his head.",
               {"no_outlook": "grandfather"}),
              ("A woman who would only give her first name, Maria, said the water was gone.",
               {"no_outlook": "woman"})],
    counter=[("Ruiz, who would chair the new panel from May, said the plan was ready.",
              {"outlook": "chair the new panel"})])


@WITHHELD_NAME
def withheld_name(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.WOULD_FORMS):
        return False
    verb = cue.verb  # (a word of its clause: the cheap test of the word first)
    return any((t.lemma_.lower() == "name" or t.lower_ in L.ANONYMITY_WORDS)
               and (main_verb(t) or t).i == verb.i for t in verb.subtree)


PROMISED_SINCE = rule(
    "outlook.promised-since", "A forward verb in the perfect with “since” and a time behind (“Every "
    "government since 2016 has promised the metro”, “has been promising ... since 2025”) is a record of "
    "promises, not a plan stated.",
    effect="-",
    examples=[("Every Israeli government since 2016 has promised the Gush Dan metro.",
               {"no_outlook": "metro"}),
              ("The minister has been promising South Africans an end to power cuts since 2025.",
               {"no_outlook": "power cuts"})],
    counter=[("The minister has promised to publish the report next week.", {"outlook": "publish"}),
              ("The union, which has represented dockers since 1998, has promised a strike.",
               {"outlook": "strike"}),
              ("Since Monday the council has planned to reopen the bridge in June.", {"outlook": "bridge"})])


@PROMISED_SINCE
def promised_since(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not perfect:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) \
            or (sentence.dated and not _since_only(sentence)):
        return False  # ("has promised to publish it next week": the plan ahead)
    # ("since" on the verb or its subject: "Every government since 2016 has promised"; never a clause's
    # inside: "The union, which has represented dockers since 1998, has promised a strike")
    return any(t.lower_ == "since" and _clause_verb(t).i == verb.i
               and any(ent.label_ == "DATE" for ent in ents_in(t.doc[t.i:t.right_edge.i + 1]))
               for t in sentence.tokens)


def _clause_verb(token: Any) -> Any:
    """The first verb above ``token``: the clause it belongs to."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _since_only(sentence: Sentence) -> bool:
    """Every date of the sentence follows "since" ("since 2016": behind, whatever its year)."""
    sinces = [t for t in sentence.tokens if t.lower_ == "since"]
    return all(any(s.i < ent.start <= s.right_edge.i for s in sinces) for ent in ents_in(sentence.span)
               if ent.label_ == "DATE")


ANAPHORIC_OBJECT = rule(
    "outlook.anaphoric-object", "A forward verb whose only object points back (“We did not expect that”, "
    "“They had planned it”) reacts to what happened; it states nothing ahead.",
    effect="-",
    examples=[("The river rose two metres overnight. “We did not expect that. The water came in minutes,” "
               "said Ana Ruiz, a farmer.", {"no_outlook": "expect that"})],
    counter=[("The council expects that the bridge will reopen in June.", {"outlook": "bridge"}),
              ("A rate rise is coming. “Markets expect it,” the governor said.",
               {"outlook": "Markets expect"}),
              ("The union plans a strike for Monday.", {"outlook": "strike"})])


@ANAPHORIC_OBJECT
def anaphoric_object(cue: Cue, sentence: Sentence) -> bool:
    verb = cue.token
    complements = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "prep")]
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    return past and len(complements) == 1 and complements[0].dep_ == "dobj" \
        and complements[0].lower_ in ("that", "this", "it") and not list(complements[0].children)


SAID_BACK_THEN = rule(
    "outlook.said-back-then", "“will” inside a quotation that the narrator dates to a time behind (“In 2017, "
    "the minister told Parliament: ‘This amendment will ...’”, “Last year, he said: ‘I will finish school "
    "first.’”), or that a past saying verb reports with such a date outside its clause (“When we bought "
    "this site in 2017 we said we will be good neighbours”, also inside a quotation), is what was "
    "foreseen then, not outlook now, unless the sentence names a time ahead.",
    effect="-",
    examples=[("In 2017, then Minister Lalith Perera told Parliament: \"This amendment will strengthen "
               "women's representation.\"", {"no_outlook": "strengthen", "published": "2026-03-04"}),
              ("Smelter\n\nThe company said it had been a good neighbour. \"When we bought this site in 2017 "
               "we said we will be good neighbours, and I believe we have been,\" Ms Dlamini said.",
               {"no_outlook": "good neighbours", "published": "2026-10-04"}),
              ("Rates\n\n\"The Governor said it himself last year: 'We will never again print money to pay "
               "the government's bills,'\" Tanko said.", {"no_outlook": "print money"}),
              ("Last year, he turned down a trial with a club, telling reporters at the time: \"I will "
               "finish school first.\"", {"no_outlook": "finish school"})],
    counter=[("On Monday, the minister told Parliament: \"This amendment will strengthen women's "
              "representation.\"", {"outlook": "strengthen", "published": "2026-03-04"}),
             ("Last week, the minister told reporters: \"We will table the bill in June.\"",
              {"outlook": "table the bill", "published": "2026-03-04"}),
             ("Last year, the mayor said: \"The bridge will open in 2030.\"",
              {"outlook": "bridge", "published": "2026-03-04"}),
             ("Plants\n\nThe company, founded in 2017, said it will open a second plant in Ohio.",
              {"outlook": "second plant", "published": "2026-10-01"}),
             ("Bridge\n\nIn 2023 the mayor said the bridge will open in December 2026.",
              {"outlook": "bridge", "published": "2026-10-01"})])


@SAID_BACK_THEN
def said_back_then(cue: Cue, sentence: Sentence) -> bool:
    if not cue.modal_in(L.WILL_FORMS) or sentence.ahead_time or sentence.later_year:
        return False
    if _reported_back_then(cue, sentence):
        return True
    layout = layout_of(cue.token.doc)
    quote = layout.quote_at(cue.token.idx)
    if quote is None:
        return False
    outside = [t for t in sentence.tokens if layout.quote_at(t.idx) is None]
    saying = [t for t in outside if t.lemma_.lower() in SAYING_VERBS and t.tag_ in ("VBD", "VBG")]
    back_then = any(ent.label_ == "DATE" and layout.quote_at(ent.start_char) is None
                    and _a_year_or_more_behind(ent, sentence) for ent in ents_in(sentence.span))
    at_the_time = any(t.lower_ == "time" and t.i >= 2 and t.doc[t.i - 2].lower_ == "at" for t in outside)
    return bool(saying) and (back_then or at_the_time)


def _reported_back_then(cue: Cue, sentence: Sentence) -> bool:
    """The "will" clause is what a past saying verb of the sentence reports, and a date a year or more
    behind, outside that clause, dates the saying: "When we bought this site in 2017 we said we will be
    good neighbours", "The Governor said it himself last year: 'We will never ...'" (inside a quotation
    too, where no narrator's words stand outside it)."""
    clause = cue.verb
    while clause.dep_ != "ROOT" and clause.head.i != clause.i:
        head = clause.head
        if head.lemma_.lower() in SAYING_VERBS and head.tag_ == "VBD" \
                and clause.dep_ in ("ccomp", "parataxis"):
            reported = range(clause.left_edge.i, clause.right_edge.i + 1)
            dates = [ent for ent in ents_in(sentence.span) if ent.label_ == "DATE"]
            if any(ent.root.i in reported for ent in dates):
                return False  # (the forecast carries its own time: "the bridge will open in December 2026")
            # (the dates of the sentence's sayings: the parse may hang the quotation on the narrator's
            # "said" and the date on the speaker's: "The Governor said it last year: '...'," Tanko said.)
            sayings = [t for t in sentence.tokens if t.tag_ == "VBD" and t.lemma_.lower() in SAYING_VERBS]
            dated = [ent for ent in dates if any(_dates_the_verb(ent, verb) for verb in sayings)]
            return bool(dated) and all(_a_year_or_more_behind(ent, sentence) for ent in dated)
        clause = head
    return False


#: How a date hangs from the verb it dates: a time phrase or adverb of it, or of a "when" clause under it
#: ("When we bought this site in 2017 we said"), never from its subject ("the authors of that 2013 report").
_DATING_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "advcl", "nummod", "amod",
                          "compound"})


def _dates_the_verb(date: Any, verb: Any) -> bool:
    """The ``date`` entity hangs from ``verb`` through time phrases only (``_DATING_DEPS``), or follows a
    preposition of the verb the parser left it apart from ("In 2019 people told me", "2019" on "people")."""
    before = date.doc[date.start - 1] if date.start > 0 else None
    if before is not None and before.dep_ == "prep" and before.head.i == verb.i and not list(before.children):
        return True
    token = date.root
    for _ in range(6):
        if token.dep_ not in _DATING_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _a_year_or_more_behind(ent: Any, sentence: Sentence) -> bool:
    """A date a year or more before the story ("In 2017", "last year", "two years ago"): a statement
    of last week still speaks for now."""
    text = ent.text.lower()
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    if years and sentence.published is not None:
        return max(years) < sentence.published.year
    return "last year" in text or bool(re.search(r"\byears? ago\b", text))
