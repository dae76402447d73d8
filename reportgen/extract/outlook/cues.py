"""Cues: the words and constructions that make a sentence point ahead.

Each cue is a rule: a future or modal auxiliary, a verb of planning, warning or demanding, "is due
to", a noun such as "plans" or "risk", a time ahead, a dated event in the present tense, the "be to"
future, an open conditional, work under way towards an aim. A cue only proposes: the refusals
(``refusals.py``) then check it against its clause, since cue words also tell the past and the
present.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import children_of
from reportgen.extract.nlp import ents_in
from reportgen.extract.outlook.grammar import (
    PRESENT,
    SAYING_VERBS,
    Sentence,
    calendar_word,
    day_ahead,
    finite_verb,
    has_aim,
    has_aux,
    lemma,
    looks_back,
    main_verb,
    modal_verb,
    negated,
    passed,
    passive,
    past,
    present,
    time_behind,
    to_clause,
    to_infinitive,
    year_ahead,
)
from reportgen.extract.rules import Rule, fire, rule


@dataclass(frozen=True)
class Cue:
    """A rule that proposes a sentence as outlook and the token it found."""

    rule: Rule
    token: Any

    @cached_property
    def verb(self) -> Any:
        """The verb the cue speaks of: a modal's verb, else the cue word itself (found once: some thirty
        refusals ask it of a modal)."""
        return modal_verb(self.token) if self.rule is MODAL else self.token

    def modal_in(self, forms: frozenset[str] | tuple[str, ...]) -> bool:
        """The cue is a modal of these forms ("would", "could")."""
        return self.rule is MODAL and self.token.lower_ in forms


MODAL = rule(
    "outlook.modal", "A future or modal auxiliary of a verb points ahead ('will travel', 'could lose').",
    examples=[("The minister will travel to Oslo for the summit.", {"outlook": "will travel"}),
              ("Residents could lose power for several days.", {"outlook": "could lose"})],
    counter=[("The staff did all they could to save the building.", {"no_outlook": "all they could"})])

MODAL_REPAIR = rule(
    "repairs.modal-verb", "A modal the parser hung on an adverb or adjective belongs to the verb it runs on "
    "to ('will fully and gladly more than meet').",
    examples=[("The town will fully and gladly more than meet the target, the mayor said.",
               {"outlook": "meet"})],
    counter=[("The bank will very soon cut rates.", {"outlook": "cut rates"})])


@MODAL
def modal(token: Any, sentence: Sentence) -> bool:
    """A modal that is the auxiliary of a verb ("all they could" has none)."""
    if token.tag_ != "MD" or token.lower_ not in L.FUTURE_MODALS or token.dep_ != "aux":
        return False
    verb = modal_verb(token)
    if verb is not None and verb.i != token.head.i:
        fire(token.doc, MODAL_REPAIR, token.idx, verb.idx + len(verb.text))
    return verb is not None


OPEN_QUESTION = rule(
    "outlook.open-question", "An open question about what comes ('whether the truce can hold', 'remains to "
    "be seen').",
    examples=[("It remains unclear whether the truce can hold.", {"outlook": "truce can hold"}),
              ("Whether the truce survives remains to be seen.", {"outlook": "remains to be seen"})],
    counter=[("Visitors can buy tickets at the gate.", {"no_outlook": "tickets"})])


@OPEN_QUESTION
def open_question(token: Any, sentence: Sentence) -> bool:
    if token.lower_ in ("can", "ca") and token.dep_ == "aux":
        return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.head.children)
    for *lead, last in L.OPEN_QUESTION_PHRASES:  # "remains to be seen": lemmas, then the word as written
        first = token.i - len(lead)
        if token.lower_ == last and first >= sentence.span.start \
                and [t.lemma_ for t in token.doc[first:token.i]] == lead:
            return True
    return False


FORWARD_VERB = rule(
    "outlook.forward-verb", "A verb of planning, expecting, promising, warning or advising points ahead in "
    "any tense ('vowed to keep trying').",
    examples=[("The union vowed to keep striking until wages rise.", {"outlook": "vowed to keep"}),
              ("The firm re-pledged to cut emissions by half by 2030.", {"outlook": "re-pledged"}),
              ("The league is hoping to strike a deal with the broadcasters.", {"outlook": "hoping"}),
              ("Officials expect the bridge to reopen by the end of the month.", {"outlook": "expect the"})],
    counter=[("The ferry crossed the bay in an hour.", {"no_outlook": "ferry"}),
             # inside a hyphened adjective the verb describes a noun ("weaker-than-expected", "long-promised")
             ("Budget row\n\nThe gap has widened because of weaker-than-expected tax revenue.",
              {"no_outlook": "gap"})])


@FORWARD_VERB
def forward_verb(token: Any, sentence: Sentence) -> bool:
    return lemma(token) in L.FORWARD_VERBS and token.pos_ in ("VERB", "AUX") and not _hyphened(token) \
        and not _armed_threat(token)


ARMED_THREAT = rule(
    "outlook.armed-threat", "Threatening someone with a weapon (“threatened him with a hammer”; outlook.yaml "
    "weapon_nouns) is an assault, not a warning of what lies ahead.", effect="-",
    examples=[("Raid\n\nOne of the men threatened the owner with a hammer while the other filled a bag.",
               {"no_outlook": "hammer"}),
              ("Raid\n\nA man threatened staff with what appeared to be a handgun before fleeing.",
               {"no_outlook": "handgun"})],
    counter=[("Raid\n\nThe landlord threatened the tenants with legal action over the unpaid rent.",
              {"outlook": "legal action"}),
             ("Drills\n\nNorth Korea threatened the South with nuclear weapons over the joint drills.",
              {"outlook": "nuclear weapons"})])


def _armed_threat(token: Any) -> bool:
    """``ARMED_THREAT``: "threatened him with a hammer"."""
    if lemma(token) != "threaten":
        return False
    # (also "with what appeared to be a handgun"; never "with nuclear weapons", a threat of war ahead)
    # (the "with" may hang on the object: "threatened staff with ...")
    preps = [p for c in (token, *token.children) for p in c.children
             if p.dep_ == "prep" and p.lower_ == "with"]
    armed = any(t.lemma_.lower() in L.WEAPON_NOUNS and t.pos_ == "NOUN" for p in preps for t in p.subtree)
    if armed:
        fire(token.doc, ARMED_THREAT, token.idx, token.idx + len(token.text))
    return armed


def _hyphened(token: Any) -> bool:
    """The token ends a hyphened adjective ("weaker-than-expected", "long-promised"); never a verb after
    a prefix ("re-pledged", "pre-announced": outlook.yaml verb_prefixes)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text in ("-", "‐") and not before.whitespace_ \
        and not (token.i > 1 and doc[token.i - 2].lower_ in L.VERB_PREFIXES)


READINESS = rule(
    "outlook.readiness", "A verb of readiness, consent, aim or exposure with a 'to' complement points "
    "ahead ('agreed to talks', 'prepares to leave', 'exposes servers to attack').",
    examples=[("Both sides have agreed to talks next week.", {"outlook": "agreed to talks"}),
              ("The flaw exposes thousands of hospitals to ransomware attacks.", {"outlook": "exposes"}),
              ("Farm app\n\nThe founder wants 100,000 paying farmers by the end of 2027.",  # a goal, dated
               {"outlook": "wants 100,000", "published": "2026-10-06"})],
    counter=[("He was exposed to asbestos at the shipyard.", {"no_outlook": "asbestos"}),
             ("The union agreed with the board on Monday.", {"no_outlook": "agreed"}),
             ("Farm app\n\nThe founder wants more farmers on the app.", {"no_outlook": "founder"}),
             ("Libel case\n\nRuiz wants an apology, her lawyer said on Tuesday.", {"no_outlook": "apology"}),
             ("Mine\n\n“I want to know what was done with the reports,” Ruiz said.",
              {"no_outlook": "reports"})])


@READINESS
def readiness(token: Any, sentence: Sentence) -> bool:
    if lemma(token) not in L.READINESS_VERBS or token.pos_ not in ("VERB", "AUX") or passive(token):
        return False
    if lemma(token) == "want" and any(c.dep_ == "xcomp" and lemma(c) in L.CURIOSITY_VERBS
                                      for c in token.children):
        return False  # "I want to know what was done": a wish to learn, no plan
    for child in token.children:
        if child.lower_ == "to" and child.dep_ in ("prep", "dative"):
            return True
        if token.lemma_ == "prepare" and child.lower_ == "for" and child.dep_ == "prep":
            return True  # "told to prepare for evacuation"
    if lemma(token) in L.GOAL_VERBS and (sentence.ahead_time or sentence.dated) \
            and any(c.dep_ in ("dobj", "ccomp") for c in token.children) \
            and any(t.ent_type_ == "DATE" for t in token.subtree):  # its own date, not "said on Tuesday"
        return True  # "wants 100,000 paying farmers by the end of 2027" (the parse may make it a clause)
    return to_clause(token)


DELIBERATION = rule(
    "outlook.deliberation", "A verb of deliberation in the progressive points ahead ('is weighing a ban').",
    examples=[("The cabinet is weighing a ban on fireworks.", {"outlook": "weighing a ban"}),
              ("Farmers are bracing for a second dry summer.", {"outlook": "bracing"}),
              ("The senator is betting that his record counts for more.", {"outlook": "betting"})],
    counter=[("She weighs every word before she speaks.", {"no_outlook": "weighs"}),
             ("The crisis is also weighing on the country's neighbours.", {"no_outlook": "neighbours"}),
             ("Critics say the agency considers the river part of its own estate.",
              {"no_outlook": "considers"})])


@DELIBERATION
def deliberation(token: Any, sentence: Sentence) -> bool:
    other = L.DELIBERATION_OTHER_SENSES.get(lemma(token))  # "weighing on its neighbours": a burden
    return lemma(token) in L.DELIBERATION_VERBS and token.tag_ == "VBG" \
        and not any(c.lower_ == other and c.dep_ in ("prep", "prt") for c in token.children)


CALL_FOR = rule(
    "outlook.call-for", "'Called for' something, 'called on' someone to act or called them to a meeting "
    "points ahead.",
    examples=[("The opposition called for a full inquiry into the collapse.", {"outlook": "called for"}),
              ("Unions called on the government to raise the minimum wage.", {"outlook": "called on"}),
              ("Minister Ada Kerr has called both companies to talks in Leeds on Wednesday.",
               {"outlook": "called both companies"})],
    counter=[("The village was called Oakham until 1900.", {"no_outlook": "Oakham"}),
             ("The mayor called residents to a meeting last week and announced 40 job cuts.",
              {"no_outlook": "job cuts"})])


@CALL_FOR
def call_for(token: Any, sentence: Sentence) -> bool:
    if token.lemma_ != "call" or token.pos_ != "VERB" or passive(token):
        return False
    meeting = token.tag_ in ("VBN", *PRESENT) and not sentence.past_time \
        and any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ in L.MEETING_NOUNS for o in c.children)
                for c in token.children)  # (not "called residents to a meeting last week")
    return meeting or any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) or to_clause(token)


REQUEST = rule(
    "outlook.request", "A request, order or need in force, present or present perfect, with a 'to' "
    "complement points ahead ('has asked schools to prepare', 'they need to inspect the dam').",
    examples=[("The agency has asked schools to prepare for closures.", {"outlook": "asked schools"}),
              ("Villagers have been told to prepare for floods.", {"outlook": "prepare for floods"}),
              ("Engineers say they need to inspect the dam before the gates reopen.",
               {"outlook": "need to inspect"}),
              ("Fishermen were told to stay out of the bay until Saturday.", {"outlook": "Fishermen"})],
    counter=[("The teacher asked the pupils to sit down, and they did.", {"no_outlook": "sit down"}),
             ("The crew needed to refuel twice on the way home.", {"no_outlook": "refuel"}),
             ("Police have not been asked to attend, a spokesman said.", {"no_outlook": "attend"})])


@REQUEST
def request(token: Any, sentence: Sentence) -> bool:
    if lemma(token) not in L.REQUEST_VERBS or token.tag_ not in (*PRESENT, "VBN") or token.dep_ == "amod":
        return False
    if token.tag_ == "VBN" and not has_aux(token, ("has", "have", "is", "are")) \
            and not _runs_until(token, sentence):
        return False
    return to_clause(token) and not negated(token)  # ("have not been asked to attend": no request)


def _runs_until(verb: Any, sentence: Sentence) -> bool:
    """The order's "to" clause says until when it holds, a time not behind ("were told to stay out of the
    bay until Saturday"): in force until then, however it was told."""
    for clause in verb.children:
        if clause.dep_ in ("xcomp", "ccomp") and to_infinitive(clause):
            return any(t.lower_ in ("until", "till") and any(
                o.ent_type_ == "DATE" and not time_behind(o.doc[o.left_edge.i:o.i + 1])
                and not (sentence.published and passed(o.text, sentence.published)) for o in t.children)
                for t in clause.subtree) and not sentence.past_time
    return False


NOT_RULED_OUT = rule(
    "outlook.not-ruled-out", "Not ruling something out leaves it open ahead.",
    examples=[("The mayor has not ruled out a curfew.", {"outlook": "ruled out a curfew"})],
    counter=[("The mayor ruled out a curfew.", {"no_outlook": "curfew"})])


@NOT_RULED_OUT
def not_ruled_out(token: Any, sentence: Sentence) -> bool:
    return token.lemma_ == "rule" and negated(token) and any(c.lower_ == "out" for c in token.children)


FORWARD_ADJECTIVE = rule(
    "outlook.forward-adjective", "An adjective or participle before 'to' and a verb points ahead ('is due to "
    "open', 'likely to follow', 'set to').",
    examples=[("The new terminal is due to open in March.", {"outlook": "due to open"}),
              ("Analysts say a second rate rise is likely to follow.", {"outlook": "likely to follow"})],
    counter=[("The delay was due to a fault in the signals.", {"no_outlook": "fault"})])


@FORWARD_ADJECTIVE
def forward_adjective(token: Any, sentence: Sentence) -> bool:
    if token.lower_ not in L.FORWARD_ADJECTIVES or token.i + 2 >= sentence.span.end:
        return False
    return token.nbor().lower_ == "to" and token.nbor(2).pos_ in ("VERB", "AUX")


LIKELY_THING = rule(
    "outlook.likely-thing", "A thing said to be likely or imminent points ahead ('further indictments are "
    "likely', 'a strike is imminent'); a fact judged likely ('it is likely that the fire started') does not.",
    examples=[("The prosecutor said further indictments were likely before the end of the year.",
               {"outlook": "indictments"}),
              ("A strike at the port is imminent, the union warned.", {"outlook": "strike"}),
              ("Gusts of up to 90km/h are possible ahead of the change, forecasters said.",
               {"outlook": "Gusts of up to"})],
    counter=[("It is likely that the fire started in the kitchen.", {"no_outlook": "kitchen"}),
             ("The claim is likely an exaggeration.", {"no_outlook": "claim"}),
             ("Older voters are more likely than younger ones to vote.", {"no_outlook": "voters"}),
             ("Anything is possible in a final.", {"no_outlook": "Anything"})])


#: What may follow an adjective that ends its clause: a time ("likely before May", "possible ahead of the
#: change") or an event ("when").
_CLAUSE_ENDS = L.DATE_PREPOSITIONS | L.EVENT_MARKERS | {"ahead"}


@LIKELY_THING
def likely_thing(token: Any, sentence: Sentence) -> bool:
    if token.dep_ != "acomp" or token.head.lemma_ != "be" or token.i + 1 >= len(token.doc) \
            or any(c.dep_ == "advmod" and c.lower_ in L.COMPARATIVE_ADVERBS for c in token.children):
        return False  # ("more likely than", a comparison of chances, not a thing ahead)
    after = token.nbor()
    if after.lower_ == "to" or not (after.is_punct or after.lower_ in _CLAUSE_ENDS):
        return False  # ("likely to win": forward-adjective; "likely an exaggeration", "likely off the hook")
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


SCHEDULED_FOR = rule(
    "outlook.scheduled-for", "'Scheduled/set/due for' something puts it on a timetable ahead.",
    examples=[("The ballot was scheduled for next Tuesday.", {"outlook": "scheduled for"}),
              ("The bill is set for a vote in the senate.", {"outlook": "set for a vote"})],
    counter=[("The table was set with the good china.", {"no_outlook": "china"})])


@SCHEDULED_FOR
def scheduled_for(token: Any, sentence: Sentence) -> bool:
    return token.lower_ in L.SCHEDULE_ADJECTIVES and token.i + 1 < sentence.span.end \
        and token.nbor().lower_ == "for"


DUE_IN = rule(
    "outlook.due-in", "'Is due' somewhere names an appearance ahead ('is due in court on Tuesday').",
    examples=[("The suspect is due in court on Tuesday.", {"outlook": "due in court"})],
    counter=[("The rent was due on the first of the month.", {"no_outlook": "rent"})])


@DUE_IN
def due_in(token: Any, sentence: Sentence) -> bool:
    return token.lower_ == "due" and token.dep_ == "acomp" and token.head.tag_ in PRESENT


WHAT_NEXT = rule(
    "outlook.what-next", "'Next' as an adverb of a verb asks what comes ('what happens next').",
    examples=[("What happens next is anyone's guess.", {"outlook": "happens next"})],
    counter=[("Next, the minister turned to the budget.", {"no_outlook": "budget"}),
             ("“Our own people are queueing next to the refugees,” he said.", {"no_outlook": "queueing"})])


@WHAT_NEXT
def what_next(token: Any, sentence: Sentence) -> bool:
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ == "next" and token.pos_ == "ADV" and token.head.pos_ in ("VERB", "AUX") \
        and not (after is not None and after.lower_ == "to")  # "queueing next to the refugees": a place


FORWARD_NOUN = rule(
    "outlook.forward-noun", "A noun that names something ahead, stated rather than referred to ('plans for "
    "the harbour', 'issued a plea', 'a real risk of flooding').",
    examples=[("Plans for the harbour are still being drawn up.", {"outlook": "Plans for the harbour"}),
              ("There is a real risk of flooding along the river.", {"outlook": "risk of flooding"}),
              ("Expectations for the summit are modest, diplomats said.", {"outlook": "Expectations"}),
              ("The union secured a commitment to cut class sizes to 25 pupils by 2028.",
               {"outlook": "commitment"})],
    counter=[("The pension rules are part of the employee benefit plan documents.", {"no_outlook": "plan"}),
             ("The singer's appeal among young voters is strong.", {"no_outlook": "appeal"}),
             ("Her commitment to the club was never in doubt.", {"no_outlook": "commitment"})])


@FORWARD_NOUN
def forward_noun(token: Any, sentence: Sentence) -> bool:
    if token.pos_ != "NOUN" or lemma(token) not in L.FORWARD_NOUNS or token.dep_ == "compound":
        return False
    if lemma(token) in L.HOPE_NOUNS:  # "expectations for the meeting", not "beat expectations"
        return has_aim(token) and token.dep_ in ("nsubj", "nsubjpass", "attr")
    if lemma(token) in L.INFINITIVE_NOUNS:  # "a commitment to cut class sizes"
        return any(c.dep_ == "acl" and to_infinitive(c) for c in token.children)
    return lemma(token) not in L.AIMED_NOUNS or has_aim(token)  # "an appeal for calm", not "its appeal"


AIM_UNDER_WAY = rule(
    "outlook.aim-under-way", "An effort going on now towards an aim ('is in talks to buy', 'a push to reopen "
    "the line is gathering pace').",
    examples=[("The brewer is in talks to buy a smaller rival, two people said.",
               {"outlook": "talks to buy"})],
    counter=[("A bid to buy the club failed last spring.", {"no_outlook": "bid"})])


@AIM_UNDER_WAY
def aim_under_way(token: Any, sentence: Sentence) -> bool:
    if token.pos_ != "NOUN" or lemma(token) not in L.AIM_NOUNS:
        return False
    aimed = any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(g.lower_ == "to" and g.dep_ == "aux"
                                                                       for g in children_of(c))
                for c in children_of(token))
    return aimed and main_verb(token).tag_ in PRESENT


TIME_AHEAD = rule(
    "outlook.time-ahead", "A time expression ahead ('later on Friday', 'next week', 'soon', 'within a "
    "decade' with a present verb).",
    examples=[("The vaccine rollout begins next week in care homes.", {"outlook": "next week"}),
              ("Without action, the lake faces collapse within a decade.", {"outlook": "within a decade"})],
    counter=[("The painting hung in the hall for a decade.", {"no_outlook": "painting"}),
             ("All these years later, the town remains proud of its harbour.", {"no_outlook": "town"}),
             ("Residents who fled described a wall of smoke descending within minutes.",
              {"no_outlook": "wall of smoke"})])


@TIME_AHEAD
def time_ahead(token: Any, sentence: Sentence) -> bool:
    low = token.lower_
    if low in L.AHEAD_WORDS:
        if looks_back(token):
            return False
        return token.ent_type_ in ("DATE", "TIME") or low in ("soon", "tomorrow")
    if low != "within" or token.i + 1 >= sentence.span.end:
        return False
    verb = main_verb(token)
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "xcomp", "advcl", "ccomp") and past(main_verb(verb)):
        return False  # "described a wall of smoke descending within minutes": the past's participle
    return token.nbor().ent_type_ in ("DATE", "TIME") and verb.tag_ in (*PRESENT, "VB", "VBG")


DEADLINE = rule(
    "outlook.deadline", "A span of time someone has to act in is a deadline ahead ('has 60 days to repay "
    "customers or face a fine').",
    examples=[("The operator has 60 days to repay customers or face a fine of up to £5 million.",
               {"outlook": "60 days to repay"})],
    counter=[("She has 20 years of service at the port.", {"no_outlook": "service"}),
             ("Customers have 14 days to return goods under the law.", {"no_outlook": "return goods"}),
             ("Each visitor has 30 minutes to view the paintings.", {"no_outlook": "paintings"}),
             ("The operator had 60 days to repay customers, and it did.", {"no_outlook": "repay"})])


@DEADLINE
def deadline(token: Any, sentence: Sentence) -> bool:
    if token.lemma_ != "have" or token.tag_ not in PRESENT or not _particular_subject(token):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in L.DURATION_UNITS and any(n.like_num for n in c.children)
               and any(a.dep_ in ("acl", "relcl") and to_infinitive(a) for a in c.children)
               for c in token.children)


def _particular_subject(verb: Any) -> bool:
    """The verb's subject is someone in particular ("The operator", "Westline", "it"), not anyone of a
    kind ("Customers have 14 days to return goods", "Each visitor has 30 minutes")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ in ("PROPN", "PRON"):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("each", "every", "any", "a", "an", "no")
               for c in subject.children)


TokenCue = Callable[[Any, Sentence], bool]
#: Cues found at a word, in the order they are tried, each with the word forms (``lower_``) or
#: lemmas (repaired, ``grammar.lemma``) that can start it: only those words are checked.
TOKEN_CUES: tuple[tuple[TokenCue, str, frozenset[str]], ...] = (
    (modal, "lower", L.FUTURE_MODALS),
    (open_question, "lower", frozenset({"can", "ca"} | {p[-1] for p in L.OPEN_QUESTION_PHRASES})),
    (forward_verb, "lemma", L.FORWARD_VERBS),
    (readiness, "lemma", L.READINESS_VERBS),
    (deliberation, "lemma", L.DELIBERATION_VERBS),
    (call_for, "lemma", frozenset({"call"})),
    (request, "lemma", L.REQUEST_VERBS),
    (not_ruled_out, "lemma", frozenset({"rule"})),
    (forward_adjective, "lower", L.FORWARD_ADJECTIVES),
    (likely_thing, "lower", L.LIKELIHOOD_ADJECTIVES),
    (scheduled_for, "lower", L.SCHEDULE_ADJECTIVES),
    (due_in, "lower", frozenset({"due"})),
    (what_next, "lower", frozenset({"next"})),
    (forward_noun, "lemma", L.FORWARD_NOUNS),
    (aim_under_way, "lemma", L.AIM_NOUNS),
    (time_ahead, "lower", L.AHEAD_WORDS | {"within"}),
    (deadline, "lemma", frozenset({"have"})),
)


def _by_word(kind: str) -> dict[str, tuple[int, ...]]:
    """For each trigger word of this kind, the positions in ``TOKEN_CUES`` of the cues it can start."""
    found: dict[str, list[int]] = {}
    for position, (_, key, triggers) in enumerate(TOKEN_CUES):
        if key == kind:
            for word in triggers:
                found.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in found.items()}


_BY_LOWER = _by_word("lower")
_BY_LEMMA = _by_word("lemma")
#: The words that may start a word cue, by lower-case form (those whose lemma is repaired too) and by
#: lemma: the tokens ``find_cues`` tries.
_CUE_LOWERS = frozenset(_BY_LOWER) | frozenset(L.LEMMA_REPAIRS)
_CUE_LEMMAS = frozenset(_BY_LEMMA)


SCHEDULED_EVENT = rule(
    "outlook.scheduled-event", "A present-tense event with its day or month named, or a year ahead of the "
    "article's, is scheduled ahead ('flies to Oslo on Monday', 'are meeting on Friday', 'fight to win the "
    "March 3 vote', 'opens in 2028').",
    examples=[("The delegation arrives in Ankara on Monday.", {"outlook": "arrives", "horizon": "Monday"}),
              ("The two leaders are meeting in Geneva on Friday.",
               {"outlook": "meeting", "horizon": "Friday"}),
              ("Candidates are touring the coast as they fight to win the March 3 vote.",
               {"outlook": "fight to win"}),
              ("The inspectors have given the owner until Monday to reply.", {"outlook": "given the owner"}),
              ("Sunday's final begins at 2 p.m. local time.", {"outlook": "begins"}),
              # a year alone only when it lies ahead of the article's date
              ("The plant opens in 2028, the company says.", {"outlook": "opens", "published": "2026-03-01"}),
              ("Pensions\n\nThe government says the system faces a deficit of 13.5 billion euros a year by "
               "2030.", {"outlook": "faces a deficit"}),
              # a day ahead of the article's date in a to-infinitive, whatever the deciding verb's tense
              ("Nurses\n\nThe union's executive voted unanimously on Tuesday to open a strike ballot on "
               "February 23.", {"outlook": "open a strike ballot", "published": "2026-02-10"})],
    counter=[("The council met in Ankara on Monday.", {"no_outlook": "council"}),
             ("Sunday's storm flooded 40 homes.", {"no_outlook": "storm"}),
             ("Friday's ruling means the clinic stays open.", {"no_outlook": "ruling"}),
             ("Friday's verdict ends a trial that lasted six months.", {"no_outlook": "verdict"}),
             ("The report on the attack on Monday shows gaps in the defences.", {"no_outlook": "report"}),
             ("The talks, held on Monday, ended without a deal.", {"no_outlook": "talks"}),
             ("Sales were strong in March, the chain says.", {"no_outlook": "Sales"}),
             ("The plant opens in 2024, the company says.",
              {"no_outlook": "plant", "published": "2026-03-01"}),
             ("Results\n\nHarbour Bank has reported a profit of N4.6 billion for the half year ended June "
              "30, 2026.", {"no_outlook": "profit", "published": "2026-08-20"}),
             ("Cinema\n\nThe film is set in 2049, in a drowned London.",
              {"no_outlook": "film", "published": "2026-03-01"}),
             ("Nobody goes down in March, but nobody wins the league in March either.",
              {"no_outlook": "league", "published": "2026-02-01"}),
             ("Nurses\n\nThe union's executive voted on Tuesday to open a strike ballot on February 3.",
              {"no_outlook": "strike ballot", "published": "2026-02-10"})])


def scheduled_event(sentence: Sentence) -> Iterator[Any]:
    """The verb of each present-tense event with a weekday or month (not a year alone, a duration,
    a past date or a repeating one), or of a present perfect fixing a date ("has been pencilled in
    for March", "has given them until Friday")."""
    span = sentence.span
    for ent in ents_in(span):
        if ent.label_ not in ("DATE", "TIME") or any(t.lower_ in _PAST_OR_REPEATED for t in ent):
            continue
        dated = any(calendar_word(t) for t in ent)
        if not dated and not _year_ahead(ent, sentence):
            continue
        if _date_passed(ent, sentence):
            continue  # ("for the half year ended June 30, 2026", told in August)
        infinitive = _infinitive_dated_ahead(ent, sentence)
        if infinitive is not None:
            yield infinitive  # "voted on Tuesday to open a ballot on February 23"
            continue
        verb = _dated_verb(ent)
        if verb is None or (not dated and _a_work_set_then(verb)) or _everyone_of_a_kind(verb):
            continue
        if present(verb) and lemma(verb) not in SAYING_VERBS and verb.lemma_ != "be":
            yield verb
            continue
        before = ent.doc[ent.start - 1].lower_ if ent.start > span.start else ""
        if verb.tag_ == "VBN" and before in ("until", "by", "for") and has_aux(verb, ("has", "have")):
            yield verb


def _infinitive_dated_ahead(ent: Any, sentence: Sentence) -> Any | None:
    """The to-infinitive a day ahead of the article's date belongs to (its own, or its object's: "voted
    to open a ballot on February 23"): the act lies ahead whatever the tense of the verb deciding it."""
    if not day_ahead(ent, sentence.published):
        return None
    token = ent.root
    for _ in range(4):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token if to_infinitive(token) else None
    return None


def _date_passed(ent: Any, sentence: Sentence) -> bool:
    """The date the entity names, from its first calendar word or figure ("[June 30, 2026]" of "the half
    year ended June 30, 2026"), ends before the article's own date."""
    first = next((t.i for t in ent if calendar_word(t) or t.like_num), None)
    return sentence.published is not None and first is not None \
        and passed(ent.doc[first:ent.end].text, sentence.published)


#: Words of a date behind or repeating ("last", "every").
_PAST_OR_REPEATED = L.PAST_WORDS | L.REPEAT_WORDS


def _year_ahead(ent: Any, sentence: Sentence) -> bool:
    return year_ahead(ent, sentence.published)


def _everyone_of_a_kind(verb: Any) -> bool:
    """The verb's subject is everyone or no one of a kind (outlook.yaml norm_pronouns: "Nobody wins the
    league in March"): a rule of how things go, no event ahead."""
    return any(c.dep_ in SUBJECTS and c.lower_ in L.NORM_PRONOUNS and c.lower_ != "those"
               for c in verb.children)


def _a_work_set_then(verb: Any) -> bool:
    """A film, novel or game is what the year is the setting of ("The film is set in 2049", "her novel,
    which takes place in 2084"): no event ahead."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in L.WORK_NOUNS


def _dated_verb(ent: Any) -> Any:
    """The tensed verb a date belongs to: the verb it hangs from ("arrives on Monday"), or the verb of
    an event it names before the noun ("battle to win the Dec. 12 vote"); None for a date that follows
    a noun ("the attack on Monday", "the massacre Tuesday"), which describes the noun."""
    root = ent.root
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    if head.pos_ in ("VERB", "AUX"):
        return finite_verb(head)
    if head.pos_ == "NOUN" and root.i < head.i and root.dep_ in ("nmod", "compound", "amod"):
        return finite_verb(main_verb(root))
    if root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in L.RUNNING_VERBS \
            and not any(c.dep_ in ("dobj", "attr", "oprd") for c in head.head.children):
        return finite_verb(head.head)  # "Sunday's match begins at 2 p.m." (not "Friday's ruling means")
    return None


BE_TO = rule(
    "outlook.be-to", "The 'be to' future: 'talks are to begin on Monday'.",
    examples=[("Formal talks on a coalition are to begin on Monday.", {"outlook": "are to begin"}),
              ("About 41,000 nurses are to be balloted on industrial action after talks broke down.",
               {"outlook": "are to be balloted"})],
    counter=[("It is hard to say how long a repair like this takes.", {"no_outlook": "repair"}),
             ("To visit the town is to understand its troubles.", {"no_outlook": "town"}),
             ("The film is to be found in the archive of the museum.", {"no_outlook": "film"}),
             ("Such candour from a minister is to be welcomed.", {"no_outlook": "candour"}),
             ("Many voters are yet to be persuaded by the plan.", {"no_outlook": "voters"}),
             # (a "to" opening the text has no word before it)
             ("To be elected mayor, Ana Ruiz needs 40% of the vote.", {"no_outlook": "elected mayor"})])


TO_COME = rule(
    "outlook.to-come", "A noun with 'to come' is something ahead ('a decider to come in Auckland on Sunday', "
    "'the worst is yet to come').",
    examples=[("The series is level, with a decider to come in Auckland on Sunday.", {"outlook": "decider"}),
              ("Officials warned that the worst was yet to come.", {"outlook": "worst"})],
    counter=[("The deciding match came on Sunday in Auckland.", {"no_outlook": "match"})])


def to_come(sentence: Sentence) -> Iterator[Any]:
    for token in sentence.among("by_lemma", ("come",)):
        with_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with"
                                                    for c in token.children)
        if token.lemma_ != "come" or token.tag_ != "VB" or not (
                token.dep_ == "acl" or with_clause or (token.dep_ == "xcomp" and token.head.lemma_ == "be")):
            continue  # (never "failed to come up with", "is about to come to terms")
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children) and all(
                c.dep_ in ("aux", "advmod", "npadvmod", "punct", "mark", "nsubj")
                or (c.dep_ == "prep" and c.lower_ in ("in", "on", "at")) for c in token.children):
            yield token


def be_to(sentence: Sentence) -> Iterator[Any]:
    for token in sentence.among("by_lower", ("to",)):
        if token.lower_ != "to" or token.dep_ != "aux" or token.i == 0:
            continue
        verb = token.head
        # ("are to be balloted": a passive plan; never "is to be found", "is to be expected", nor "are yet
        # to be persuaded", a state so far)
        passive_plan = verb.tag_ == "VBN" and verb.lower_ not in L.BE_TO_IDIOMS \
            and token.doc[token.i - 1].lower_ not in ("yet", "still") \
            and any(c.dep_ == "auxpass" and c.lower_ == "be" and c.i == token.i + 1 for c in verb.children)
        if verb.tag_ != "VB" and not passive_plan:
            continue
        if any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") and c.i < token.i and c.tag_ != "VB"
               for c in verb.children) or (verb.head.lemma_ == "be" and verb.dep_ == "xcomp"
                                           and verb.head.tag_ in PRESENT and _plain_be(verb.head)):
            yield verb


HEADLINE_INFINITIVE = rule(
    "outlook.headline-infinitive", "A line with no finite verb and a 'to' infinitive is a headline's future "
    "('Minister to visit flood zone').",
    examples=[("Minister to visit flood zone on Friday", {"outlook": "Minister to visit"})],
    counter=[("Ferry operator cut 300 jobs to save money", {"no_outlook": "Ferry operator"}),
             ("The harbour is the place to be in summer.", {"no_outlook": "harbour"})])


def headline_infinitive(sentence: Sentence) -> Iterator[Any]:
    if sentence.has_finite_verb:
        return
    for token in sentence.among("by_lower", ("to",)):
        if token.lower_ == "to" and token.dep_ == "aux" and token.head.tag_ == "VB" \
                and token.head.dep_ in ("acl", "relcl", "advcl", "ROOT") and token.i > sentence.span.start:
            yield token.head


CONDITIONAL = rule(
    "outlook.conditional", "An open condition about what may happen ('if another bidder wants ...', "
    "'unless ...').",
    examples=[("If the talks fail, the company faces a long strike.", {"outlook": "If the talks fail"}),
              ("If confirmed, the ruling ends a decade of litigation over the dam.", {"outlook": "ruling"})],
    counter=[("If anything, the survey shows rents are falling.", {"no_outlook": "survey"}),
             ("It is not clear if the two firms share an owner.", {"no_outlook": "share an owner"}),
             ("Colleagues describe him as diligent, if disorganised, and he has held the seat since 2011.",
              {"no_outlook": "Colleagues"}),
             ("Banks\n\n“You cannot run a bank as if that number does not exist,” the banker said.",
              {"no_outlook": "run a bank"})])


def conditional(sentence: Sentence) -> Iterator[Any]:
    """The verb of each "if"/"unless" clause that states a condition ("if anything" has no verb, "diligent,
    if disorganised" concedes, and "it is not clear if" means "whether")."""
    for token in sentence.among("by_lower", ("if", "unless")):
        if token.lower_ not in ("if", "unless") or token.dep_ != "mark" or token.head.dep_ != "advcl" \
                or (token.i > 0 and token.doc[token.i - 1].lower_ == "as"):
            continue  # ("as if that number does not exist": a likeness, no condition)
        clause = token.head
        if clause.pos_ not in ("VERB", "AUX") or _concedes(token):
            continue
        if clause.head.lemma_ == "be" and any(c.dep_ == "acomp" for c in clause.head.children):
            continue
        yield clause


def _concedes(mark: Any) -> bool:
    """"diligent, if disorganised": "if" after an adjective and a comma, its clause with no subject."""
    doc, clause = mark.doc, mark.head
    return mark.i >= 2 and doc[mark.i - 1].text == "," and doc[mark.i - 2].pos_ == "ADJ" \
        and not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children)


WORK_UNDER_WAY = rule(
    "outlook.work-under-way", "Work under way towards an aim ('are working with agencies to establish', 'is "
    "seeking to').",
    examples=[("The regulator is working with police to trace the sellers.", {"outlook": "working with"})],
    counter=[("The council is trying to shift the blame onto the contractor.", {"no_outlook": "blame"}),
             ("Water has cut off roads, and rescue teams are using boats to reach villages near Thatta.",
              {"no_outlook": "boats"})])


def work_under_way(sentence: Sentence) -> Iterator[Any]:
    for token in sentence.among("by_lemma", L.EFFORT_VERBS):
        if token.tag_ != "VBG" or token.lemma_ not in L.EFFORT_VERBS:
            continue  # ("is trying to": what is attempted now; "are using boats to reach": a means)
        if not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in PRESENT for c in token.children):
            continue
        if any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(g.lower_ == "to" for g in c.children)
               for c in token.children):
            yield token


EVENT_AHEAD = rule(
    "outlook.event-ahead", "A present-tense event in a 'before'/'until'/'once' clause of a past telling lies "
    "ahead of the telling ('spoke before the team flies to Madrid').",
    examples=[("The coach spoke to reporters before the team flies to Madrid.", {"outlook": "team flies"}),
              ("The judge adjourned the case until the defence presents new evidence.",
               {"outlook": "defence presents"})],
    counter=[("He always stretches before he runs.", {"no_outlook": "stretches"}),
             ("The coach spoke to reporters before the team flew to Madrid.", {"no_outlook": "team flew"})])


def event_ahead(sentence: Sentence) -> Iterator[Any]:
    for token in sentence.among("by_lower", L.EVENT_MARKERS):
        if token.dep_ != "mark" or token.lower_ not in L.EVENT_MARKERS:
            continue
        clause = token.head
        if clause.tag_ in PRESENT and clause.lemma_ not in ("be", "have") and clause.dep_ == "advcl" \
                and past(clause.head):
            yield clause


#: Cues found over the whole sentence, after the word cues, in this order.
SENTENCE_CUES: tuple[tuple[Rule, Callable[[Sentence], Iterator[Any]]], ...] = (
    (SCHEDULED_EVENT, scheduled_event), (BE_TO, be_to), (TO_COME, to_come),
    (HEADLINE_INFINITIVE, headline_infinitive), (CONDITIONAL, conditional), (WORK_UNDER_WAY, work_under_way),
    (EVENT_AHEAD, event_ahead),
)


def find_cues(sentence: Sentence) -> list[Cue]:
    """Every cue of the sentence: word cues in text order, then the sentence's constructions."""
    found: list[Cue] = []
    layout = sentence.layout
    tokens, lowers, lemmas = layout.tokens, layout.lowers, layout.lemmas
    cued = sorted({*sentence.indices_among("by_lower", _CUE_LOWERS),
                   *sentence.indices_among("by_lemma", _CUE_LEMMAS)})
    for i in cued:  # (no other token starts a word cue)
        token = tokens[i]
        repaired = L.LEMMA_REPAIRS.get(lowers[i], lemmas[i])  # (``grammar.lemma``)
        positions = _BY_LOWER.get(lowers[i], ()) + _BY_LEMMA.get(repaired, ())
        for position in sorted(set(positions)) if len(positions) > 1 else positions:
            check = TOKEN_CUES[position][0]
            if check(token, sentence):
                found.append(Cue(check.rule, token))  # type: ignore[attr-defined]
    for which, finder in SENTENCE_CUES:
        found.extend(Cue(which, token) for token in finder(sentence))
    return found


def _plain_be(be: Any) -> bool:
    """"be" with a real subject and nothing else to say ("talks are to begin"), not "it is hard to",
    "what's not to love"."""
    if any(c.dep_ in ("acomp", "attr", "neg", "csubj") for c in be.children):
        return False  # "to visit it is to understand": an infinitive subject makes a definition
    return not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "what", "there") for c in be.children)
