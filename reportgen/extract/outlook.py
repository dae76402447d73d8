"""Forward-looking sentences: plans, scheduled events, expectations, warnings, risks, conditionals.

A sentence is outlook when its grammar or its words point ahead: a future or modal auxiliary
that is not a past counterfactual ("would have been"), past habit or ability, or the future of a
past story ("which would later collapse"); a verb of planning, expecting, warning, advising or
demanding ("vowed to", "called for"); "is due/likely/set to"; a noun such as "plans" or "risk"
that is stated rather than referred to; a time expression ahead ("later on Friday", "within
weeks"); a present-tense event with its day or date named; an open conditional ("if another
bidder wants ..."); or work under way towards an aim ("are working with police to trace ...").
The horizon is the time expression it names; the speaker is the actor whose quote the cue stands
in, or the subject of the reporting verb the cue hangs from.

Cue words mislead in sentences about the past or the present, so each cue is checked against its
clause: a stance of the past ("has long demanded", "in 2019 urged"), the past's future ("at the
time they said it would", "had hoped it would", "few would have guessed that it would", "recall
summers when it would"), a habit ("would hear it every night", "takes place every year"), a hedged
description ("may include"), a refusal or softened opinion ("would not comment", "many would
argue"), a remark about one's own words ("I won't pretend"), a rhetorical "why would", a generic
rule ("if a driver is caught, the car is impounded"), a result measured against a forecast ("beat
forecasts") are not outlook. A wire dateline is cut off the sentence before any rule runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reportgen.brief import Claim, Outlook
from reportgen.extract import lexicon as L
from reportgen.extract.nlp import ents_in
from reportgen.ingest.boilerplate import dateline_end

#: A decade, always told as past in news: "the 1980s", "the '90s".
_DECADE = re.compile(r"^(?:1[89]|20)?\d0s$|^['\u2019]\d0s$")
_QUOTES = " \"'\u201c\u201d\u2018\u2019"
_FORWARD_VERBS = L.FORWARD_VERBS | L.READINESS_VERBS | L.DELIBERATION_VERBS | {"call"}
_NOT_SCHEDULED = L.PAST_WORDS | L.REPEAT_WORDS
#: Verbs whose subject speaks what the sentence says will happen.
_SAYING = L.REPORTING_VERBS | L.FORWARD_VERBS


def find_outlook(doc: Any, claims: list[Claim], index: Any) -> list[Outlook]:
    """Every forward-looking sentence of ``doc`` with its horizon and speaker, in text order."""
    found: list[Outlook] = []
    for sent in sentences(doc):
        sent = without_dateline(sent)
        text = sent.text.strip()
        if len(text.split()) < 4:
            continue
        cue = find_cue(sent)
        if cue is None:
            continue
        found.append(Outlook(text=text, horizon=horizon(sent), speaker=_speaker(sent, cue[1], claims, index)))
    return found


def sentences(doc: Any) -> Iterator[Any]:
    """spaCy's sentences, cut again at line breaks (a headline or list item never runs on into the
    next paragraph) and joined again where spaCy cut before a lower-case word ('me?" before his') or a
    comma ("SEOUL" | ", Oct 24 (Reuters) - ...")."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    pieces.append((start, token.i))
                start = token.i + 1
        if start < sent.end:
            pieces.append((start, sent.end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        first = next((t for t in doc[start:end] if t.is_alpha), None)
        joined = merged and merged[-1][1] == start and not doc[start].is_space and (
            (first is not None and first.is_lower) or doc[start].text in (",", ";"))
        if joined:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]


def without_dateline(sent: Any) -> Any:
    """The sentence without a wire dateline glued before it ("OSLO, March 3 (Reuters) - "): its date
    is the day of writing, not a time ahead, and the text should start with the lead itself."""
    end = dateline_end(sent.text)
    if not end:
        return sent
    cut = sent.start_char + end
    start = next((t.i for t in sent if t.idx >= cut), sent.end)
    return sent.doc[start:sent.end] if start < sent.end else sent


def is_forward(sent: Any) -> bool:
    """Whether the sentence speaks of what is to come (see the module docstring for the rules)."""
    return find_cue(sent) is not None


def forward_cue(sent: Any) -> str | None:
    """The name of the rule that makes a sentence forward-looking (for tests and tuning), or None."""
    cue = find_cue(sent)
    return cue[0] if cue is not None else None


def find_cue(sent: Any) -> tuple[str, Any] | None:
    """The rule that makes a sentence forward-looking and the token it fired on, or None."""
    past_time = _has_past_time(sent) and not _ahead_time(sent)
    for token in sent:
        low = token.lower_
        if token.tag_ == "MD" and low in L.FUTURE_MODALS and _modal_points_ahead(token, past_time):
            return f"modal:{low}", token
        if low in ("can", "ca") and token.dep_ == "aux" and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.head.children):
            return "modal:can-whether", token  # "unclear whether the deal can survive"
        if token.pos_ in ("VERB", "AUX") and token.lemma_ in _FORWARD_VERBS and _verb_points_ahead(token):
            return f"verb:{token.lemma_}", token
        if token.lemma_ in L.REQUEST_VERBS and _request_in_force(token):
            return f"request:{token.lemma_}", token
        if token.lemma_ == "rule" and any(c.lower_ == "out" for c in token.children) \
                and any(c.dep_ == "neg" for c in token.children):
            return "open:rule-out", token  # "has not ruled out a second lockdown"
        if token.lower_ == "seen" and token.i - 3 >= sent.start \
                and [t.lemma_ for t in token.doc[token.i - 3:token.i]] == ["remain", "to", "be"]:
            return "open:remains-to-be-seen", token
        if low in L.FORWARD_ADJECTIVES and token.i + 2 < sent.end and token.nbor().lower_ == "to" \
                and token.nbor(2).pos_ in ("VERB", "AUX") and _adj_points_ahead(token, token.nbor(2)):
            return f"adj:{low}", token
        if low in ("due", "set", "scheduled", "slated") and token.i + 1 < sent.end \
                and token.nbor().lower_ in ("to", "for") and not _nothing_subject(token):
            return f"adj:{low}", token
        if low == "due" and token.dep_ == "acomp" and token.head.tag_ in ("VBZ", "VBP"):
            return "adj:due", token  # "is due in court on Tuesday"
        if low == "next" and token.pos_ == "ADV" and token.head.pos_ in ("VERB", "AUX") \
                and not _told_as_past(token):  # "what happens next", not "he next appeared in May"
            return "time:next", token
        if token.pos_ == "NOUN" and token.lemma_ in L.FORWARD_NOUNS and _noun_points_ahead(token):
            return f"noun:{token.lemma_}", token
        if token.pos_ == "NOUN" and token.lemma_ in L.AIM_NOUNS and _aim_under_way(token):
            return f"aim:{token.lemma_}", token
        if low in L.AHEAD_WORDS and (token.ent_type_ in ("DATE", "TIME") or low in ("soon", "tomorrow")) \
                and not _told_as_past(token):
            return f"time:{low}", token
        if low == "within" and token.i + 1 < sent.end and token.nbor().ent_type_ in ("DATE", "TIME") \
                and _main_verb(token).tag_ in ("VBZ", "VBP", "VB", "VBG"):
            return "time:within", token
    for name, rule in (("scheduled", _scheduled_event), ("be-to", _be_to), ("conditional", _conditional),
                       ("purpose", _ongoing_purpose)):
        token = rule(sent)
        if token is not None:
            return name, token
    return None


def _modal_points_ahead(modal: Any, past_time: bool) -> bool:
    """False for a past counterfactual ("would have been"), an elided verb ("all they could"),
    a hedge about now ("might seem"), a wish ("would like"), past ability or habit ("could a year
    ago", "could not be reached", "would often") or a possibility someone denies ("don't believe
    it could")."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.pos_ not in ("VERB", "AUX"):
        return False
    between = modal.doc[modal.i + 1:verb.i]
    if any(t.lower_ == "have" for t in between) and verb.tag_ == "VBN":
        return False
    low = modal.lower_
    if low in L.WEAK_MODALS and verb.lemma_ in L.STATIVE_VERBS and verb.lemma_ != "be":
        return False
    if low in ("may", "might") and verb.lemma_ in L.DESCRIPTIVE_VERBS:
        return False  # "symptoms may include fever": a hedged description
    if low in ("would", "'d", "\u2019d") and verb.lemma_ in ("like", "love", "prefer"):
        return False
    if low in ("would", "'d", "\u2019d", "will", "wo") and verb.lemma_ in L.WITHHOLD_VERBS \
            and (any(c.dep_ == "neg" for c in verb.children) or modal.lower_ == "wo"):
        return False  # "would not comment", "would not say how many": a refusal given, not a plan
    if low in ("would", "'d", "\u2019d", "could") and _remembered(verb):
        return False  # "residents recall summers when the city would empty": a memory
    if verb.dep_ == "ccomp" and any(c.tag_ == "MD" for c in verb.head.children) \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.head.children):
        return False  # "few would have predicted that they would be here": a look back
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children):
        return False  # "had hoped the deal would be signed": an expectation the story has overtaken
    if low in ("would", "'d", "\u2019d") and verb.lemma_ in L.OPINION_VERBS and not _ahead_time(verb.sent):
        return False  # "many would argue", "it would seem", "I'd describe it as chaos": a view held now
    if low in L.WEAK_MODALS and verb.dep_ == "ccomp" and _denied(verb.head):
        return False
    if low == "could" and any(c.dep_ == "neg" for c in verb.children):
        return False  # "could not be reached": past inability
    if low in ("would", "'d", "\u2019d") and (any(c.lower_ in L.HABITUAL_ADVERBS for c in verb.children)
                                              or (_habitual_time(verb) and not _ahead_time(verb.sent))):
        return False  # "would often walk", "would hear gunfire every night": past habit
    if low in ("would", "'d", "\u2019d", "could") and _then_frame(verb):
        return False  # "at the time, officials said it would be finished by 2019": the past's future
    if low in ("would", "'d", "\u2019d") and _retrospective(verb):
        return False  # "the deal, which would later collapse, was signed": the future of a past story
    if low == "could" and verb.lemma_ in L.PERCEPTION_VERBS \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "could be heard shouting": what was perceived
    if low in ("would", "'d", "\u2019d") and any(c.lower_ == "why" for c in verb.children):
        return False  # "why would anyone wait?": a rhetorical question
    if _about_own_words(verb):
        return False  # "I won't pretend it was easy"
    if low in ("would", "'d", "\u2019d") and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" \
            and _denied(verb.head):
        return False  # "nobody told us the rules would change": what was not foreseen then
    # "for two decades a builder could sketch it": the past told as such
    return not (low in ("would", "'d", "\u2019d", "could") and past_time and not _reported(verb))


def _habitual_time(verb: Any) -> bool:
    """A time of the verb's own clause that repeats ("every night", "each summer")."""
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "advmod", "tmod"):
            continue
        for token in child.subtree:
            if token.lower_ in ("every", "each") and (token.ent_type_ in ("DATE", "TIME")
                                                      or token.head.lemma_ in L.TIME_NOUNS):
                return True
    return False


def _then_frame(verb: Any) -> bool:
    """The verb's clause or the clause it reports from is set in the past: "at the time", "back then",
    "in those days"."""
    heads = [verb, verb.head]
    for token in (t for h in heads for t in h.children):
        words = [t.lower_ for t in token.subtree]
        if token.lower_ == "then" and token.i > 0 and token.nbor(-1).lower_ == "back":
            return True
        if token.dep_ == "prep" and token.lower_ in ("at", "in") and len(words) == 3 \
                and words[1] in ("the", "that", "those") and words[2] in ("time", "days", "point"):
            return True
    return False


def _remembered(verb: Any) -> bool:
    """The clause hangs from a verb of memory ("recall", "remember"): the past as remembered."""
    token = verb
    for _ in range(6):
        if token.head == token:
            return False
        token = token.head
        if token.lemma_ in L.MEMORY_VERBS:
            return True
    return False


def _about_own_words(verb: Any) -> bool:
    """A speaker's remark about what they are saying, "I won't pretend", "we're not going to lie",
    "I'll be honest"."""
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in L.CANDOUR_ADJECTIVES
                                   for c in verb.children):
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    if verb.lemma_ not in L.DISCOURSE_VERBS:
        return False
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for h in holders for c in h.children)


def _reported(verb: Any) -> bool:
    """The clause is what someone said, estimated or found ("a study estimated that it could grow"),
    so its modal is the reported view, not the narrator's past."""
    clause = verb
    for _ in range(8):
        if clause.dep_ not in ("ccomp", "conj", "xcomp") or clause.head == clause:
            return False
        clause = clause.head
        if clause.lemma_ in _SAYING or clause.lemma_ in L.FINDING_VERBS:
            return True
    return False


def _ahead_time(span: Any) -> bool:
    """The span names a time ahead ("next year", "by 2050")."""
    for ent in ents_in(span):
        if ent.label_ in ("DATE", "TIME") and any(t.lower_ in L.AHEAD_WORDS for t in ent):
            return True
    return False


def _adj_points_ahead(adj: Any, verb: Any) -> bool:
    """"is going to", "is set to": not an expectation of the past ("I thought it was going to fall")
    nor a speaker's remark about their own words ("I'm not going to pretend")."""
    if _about_own_words(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in adj.children):
        return False  # "had been expected to win": an expectation the story has overtaken
    return not (adj.lower_ == "going" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in adj.children))


def _retrospective(verb: Any) -> bool:
    """A "would" clause told from a past story: "would later", "would go on to", or a relative
    clause of a main clause in the past tense ("In 1990 he moved to Berlin, where he would spend a
    decade")."""
    if any(c.lower_ == "later" for c in verb.children):
        return True
    if verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return True  # "would go on to write 40 novels"
    return verb.dep_ == "relcl" and _main_verb(verb).tag_ == "VBD"


def _told_as_past(token: Any) -> bool:
    """The word sits in a clause about the past ("met again the next day", "where he would spend
    the next decade" after "In 1990 he moved")."""
    verb = _main_verb(token)
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in verb.children):
        return _retrospective(verb)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("is", "are", "be"))
                   for c in verb.children)


def _main_verb(token: Any) -> Any:
    """The verb of the clause that ``token``'s clause hangs from."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head


def _noun_points_ahead(noun: Any) -> bool:
    """A plan or risk that is stated ("plans for the port", "issued a plea", "that's a possibility"),
    not one merely referred to ("backed the plan", "beat the forecast of analysts", "benefit plan
    rights"): an object with a definite article or possessive names something already known."""
    if noun.dep_ == "compound":
        return False
    if noun.lemma_ in L.YARDSTICK_NOUNS and _measured_against(noun):
        return False  # "profit beat forecasts", "above the average forecast": a result, not a forecast
    if noun.lemma_ in ("expectation", "hope"):  # "expectations for the meeting", not "beat expectations"
        return _has_aim(noun) and noun.dep_ in ("nsubj", "nsubjpass", "attr")
    if noun.dep_ == "attr":
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "some")
                   for c in noun.children)
    if definite and noun.dep_ in ("dobj", "pobj"):
        return False
    if noun.head.tag_ == "VBD" and _past_stance(noun.head):
        return False  # "in 2019 the firm unveiled plans to ...": a plan of the past
    if definite and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBD", "VBN") \
            and not _has_aim(noun):
        return False  # "the council's plan was rejected": a plan referred to, told as past
    return not (noun.dep_ == "dobj" and noun.head.tag_ == "VBD" and not _has_aim(noun))


def _measured_against(noun: Any) -> bool:
    """A result compared with the forecast: object of "beat"/"miss", or after "above"/"below"/"than"."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in L.COMPARE_VERBS:
        return True
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - 8):noun.i]):
        if token.is_punct:
            return False
        if token.lower_ in ("above", "below", "than") or token.lemma_ in L.COMPARE_VERBS:
            return True  # "above the 3.6 trillion won average forecast" (however the parser hung it)
    return False


def _has_aim(noun: Any) -> bool:
    """The noun says what is planned or feared: "plans to build", "plans for a port", "risk of"."""
    if noun.i + 1 < len(noun.doc) and noun.nbor().lower_ in ("for", "of", "to", "that"):
        return True
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "to", "on"):
            return True
        if child.dep_ in ("acl", "relcl") and any(g.lower_ == "to" and g.dep_ == "aux"
                                                  for g in child.children):
            return True
    return False


def _request_in_force(verb: Any) -> bool:
    """"has asked hospitals to prepare", "orders the firm to pay": somebody asked to do something
    ahead, in the present or present perfect (a past "asked me to sit down" is narrative)."""
    if verb.tag_ not in ("VBZ", "VBP", "VBN") or verb.dep_ == "amod":
        return False
    in_force = ("has", "have", "is", "are")
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in in_force
                                      for c in verb.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
               for c in verb.children)


def _aim_under_way(noun: Any) -> bool:
    """An effort going on now towards something ahead: "is in talks to buy", "a push to reopen the
    line is gathering pace" (not "a bid to buy it failed")."""
    if not any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(g.lower_ == "to" and g.dep_ == "aux"
                                                                      for g in c.children)
               for c in noun.children):
        return False
    return _main_verb(noun).tag_ in ("VBZ", "VBP")


def _denied(verb: Any) -> bool:
    """A negated verb ("don't believe") or one whose subject is nobody ("few of us believe")."""
    return any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in L.NOBODY_WORDS) for c in verb.children)


def _verb_points_ahead(verb: Any) -> bool:
    """Verbs of readiness, consent and exposure point ahead only with a "to" complement ("agreed to
    talks", "prepares to leave", "exposes servers to attack"), not in the passive ("was exposed to
    asbestos"); "aimed at" is a description, "aims to" an aim."""
    if verb.lemma_ in L.ADVICE_VERBS and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP"):
        return False
    if verb.lemma_ == "recommend" and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "is recommended for children": standing guidance, not advice given now
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False  # "had planned to retire": a plan of the past
    if verb.tag_ == "VBN" and any(c.tag_ == "MD" for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # "few could have predicted it": a look back at what was foreseeable
    if verb.dep_ == "amod":
        return False  # "the planned strikes": a label, the sentence says something else
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" and c.i < verb.i
                    for c in verb.children):
        return False  # "worked as intended", "went ahead as planned": a comparison, not a plan
    if verb.tag_ in ("VBD", "VBN") and _past_stance(verb):
        return False  # "has long demanded", "in 2021 urged the parties to": a stance of the past
    career = _main_verb(verb) if verb.tag_ == "VBG" else None
    if career is not None and career.lemma_ == "spend" and career.tag_ in ("VBD", "VBN"):
        return False  # "spent years warning about smoking": a career told
    if verb.tag_ == "VBD" and _denied(verb):
        return False  # "nobody expected us to be here": surprise at how things turned out
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) \
            and not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "on"))
                        or c.ent_type_ in ("DATE", "TIME") for c in verb.children):
        return False  # "the march was planned by students", "the goal was expected": done and past
    if verb.lemma_ == "expect" and verb.tag_ == "VBD" and not any(c.dep_ in ("xcomp", "ccomp")
                                                                     for c in verb.children):
        return False  # "analysts expected 97 cents a share": what was expected of a result now known
    if verb.lemma_ == "want" and verb.tag_ not in ("VBZ", "VBP"):
        return False  # "wanted to stay": a wish of the past
    if verb.lemma_ in L.DELIBERATION_VERBS:
        return verb.tag_ == "VBG"  # "is considering legal action"; "considers it part of" is a view
    if verb.lemma_ == "call":  # "called for an inquiry", "called on Congress to act"; not "was called"
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or any(
            c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children) for c in verb.children)
    if verb.lemma_ not in L.READINESS_VERBS:
        return True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for child in verb.children:
        if child.lower_ == "to" and child.dep_ in ("prep", "dative"):
            return True
        if verb.lemma_ == "prepare" and child.lower_ == "for" and child.dep_ == "prep":
            return True  # "told to prepare for evacuation"
        if child.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" and g.dep_ == "aux"
                                                     for g in child.children):
            return True
    return False


def _past_stance(verb: Any) -> bool:
    """The verb carries its own marker of a stance held before now: "long", "previously", or a
    year or past date hanging from it ("in 2021 urged")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in L.STANDING_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "DATE" and obj.like_num and len(obj.text) == 4:
                return True
        if child.ent_type_ == "DATE" and any(t.lower_ in L.PAST_WORDS for t in child.subtree):
            return True
    return False


def _has_past_time(sent: Any) -> bool:
    """A time expression that lies behind: "last year", "two weeks ago", "in the 1980s"."""
    return any(ent.label_ in ("DATE", "TIME") and any(t.lower_ in L.PAST_WORDS or _DECADE.match(t.text)
                                                      for t in ent)
               for ent in ents_in(sent))


def _scheduled_event(sent: Any) -> Any:
    """A present-tense event with its day or date named: "The minister flies to Oslo on Monday",
    "a ban which comes into effect from 18 December" (not a year alone, a duration, a past date or
    a habit "every July"); the verb, or None."""
    for ent in ents_in(sent):
        if ent.label_ not in ("DATE", "TIME") or any(t.lower_ in _NOT_SCHEDULED for t in ent):
            continue
        if not any(t.lower_ in L.WEEKDAYS or t.lower_ in L.MONTHS for t in ent):
            continue
        verb = _main_verb(ent.root)
        if _habitual_time(verb):
            continue  # "the fair takes place every year in July": a custom, not an event ahead
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _SAYING and verb.lemma_ != "be" \
                and not _contrast_of_dates(verb):
            return verb
        before = ent.doc[ent.start - 1].lower_ if ent.start > sent.start else ""
        if verb.tag_ == "VBN" and before in ("until", "by", "for") \
                and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
            return verb  # "has been pencilled in for March", "has given them until Friday to reply"
    return None


def _contrast_of_dates(verb: Any) -> bool:
    """Two present verbs each with its own date, "says one thing in March and does another in
    December": a pattern described, not an event ahead."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    if head.tag_ not in ("VBZ", "VBP"):
        return False
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(t.ent_type_ == "DATE" and t.i not in own for t in head.subtree)


def _be_to(sent: Any) -> Any:
    """The "be to" future ("talks are to begin on Monday") and a headline's bare infinitive
    ("Talks to begin between the parties"); the verb, or None."""
    # "That's not for me to say" has a finite verb, "Talks to begin" none ("is" in "is showing" is no verb)
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                 and (t.lemma_ != "be" or t.dep_ not in ("aux", "auxpass")) for t in sent)
    for token in sent:
        if token.lower_ != "to" or token.dep_ != "aux" or token.head.tag_ != "VB":
            continue
        verb = token.head
        if any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") and c.i < token.i and c.tag_ != "VB"
               for c in verb.children) or (verb.head.lemma_ == "be" and verb.dep_ == "xcomp"
                                           and verb.head.tag_ in ("VBZ", "VBP") and _plain_be(verb.head)):
            return verb
        if not finite and verb.dep_ in ("acl", "relcl", "advcl", "ROOT") and token.i > sent.start:
            return verb
    return None


def _plain_be(be: Any) -> bool:
    """"be" with a real subject and nothing else to say ("talks are to begin"), not "it is hard to",
    "what's not to love"."""
    if any(c.dep_ in ("acomp", "attr", "neg") for c in be.children):
        return False
    return not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "what", "there") for c in be.children)


def _nothing_subject(token: Any) -> bool:
    """The clause's subject is negated by "no" ("no date was set for")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in c.children)
               for c in verb.children)


def _conditional(sent: Any) -> Any:
    """A conditional about what may happen ("if another bidder wants ...", "unless ..."); a generic
    "if you look at" is a figure of speech, and a past clause or "if only" is history or a wish."""
    for token in sent:
        if token.lower_ in ("if", "unless") and token.dep_ == "mark" and token.head.dep_ == "advcl":
            clause = token.head
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ == "you" for s in subjects):
                continue
            if _generic_rule(clause, subjects):
                continue
            if clause.pos_ not in ("VERB", "AUX"):
                continue  # "if anything", "few, if any,": a hedge with no condition in it
            if clause.head.lemma_ == "be" and any(c.dep_ == "acomp" for c in clause.head.children):
                continue  # "it is not clear if they know each other": "if" as "whether", about now
            if clause.head.tag_ == "VBD" or clause.tag_ == "VBD" or token.nbor().lower_ == "only" \
                    or any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
                continue
            return clause
    return None


def _generic_rule(clause: Any, subjects: list[Any]) -> bool:
    """"If a driver is caught, the car is impounded": a rule for anyone, in the present on both
    sides, not an open question about what comes next."""
    indefinite = any(s.lower_ in L.ANYONE_WORDS
                     or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in s.children)
                     for s in subjects)
    main = clause.head
    modal = any(c.tag_ == "MD" for c in main.children)
    present = ("VBZ", "VBP", "VBN")
    return indefinite and not modal and main.tag_ in present and clause.tag_ in present


def _ongoing_purpose(sent: Any) -> Any:
    """Work under way towards an aim: "are working with agencies to establish", "is seeking to"."""
    for token in sent:
        if token.lemma_ in L.ATTEMPT_VERBS or token.lower_ == "going":
            continue  # "is trying to": what is attempted now; "is going to": the future, seen elsewhere
        if token.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
                                          for c in token.children):
            continue
        if any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
               and any(g.lower_ == "to" for g in c.children) for c in token.children):
            return token
    return None


def horizon(sent: Any) -> str | None:
    """The time expression the sentence looks ahead to, as written ("later on Friday", "in December")."""
    best: tuple[int, Any] | None = None
    for ent in ents_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        words = {t.lower_ for t in ent}
        before = ent.doc[ent.start - 1].lower_ if ent.start > sent.start else ""
        if words & L.PAST_WORDS or before in ("since", "for", "during") or _in_past_clause(ent):
            continue
        if ent.root.dep_ in ("amod", "compound", "nmod") and ent.root.head.pos_ == "NOUN":
            continue  # "full-year results", "quarterly profit": describes a noun, names no time
        # a day or month ahead before a bare number ("on Friday" rather than "10 a.m.")
        named = words & (L.AHEAD_WORDS | L.WEEKDAYS | L.MONTHS)
        rank = 0 if named else 1 if any(t.like_num for t in ent) else 2
        if best is None or rank < best[0]:
            best = (rank, ent)
    if best is None:
        return None
    ent = best[1]
    doc = ent.doc
    start = ent.start
    if start - 2 >= sent.start and doc[start - 1].lower_ == "on" and doc[start - 2].lower_ in L.HORIZON_LEADS:
        start -= 2
    elif start - 1 >= sent.start and doc[start - 1].lower_ in L.HORIZON_PREPOSITIONS | L.HORIZON_LEADS:
        start -= 1
    if doc[start].lower_ == "the" and start + 1 < ent.end:
        start += 1
    return doc[start:ent.end].text


def _in_past_clause(ent: Any) -> bool:
    """The time expression belongs to a clause in the past ("defences built in 2015 had failed")."""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("is", "are", "be"))
                   for c in verb.children)


def _speaker(sent: Any, cue: Any, claims: list[Claim], index: Any) -> str | None:
    """Whose statement the sentence is: the speaker of the quote the cue stands in, else the
    subject of the reporting verb the cue hangs from ("X said it would ...", "X vowed to ...")."""
    text = sent.text
    for claim in claims:
        if not claim.speaker or not claim.text:
            continue
        if text.strip(_QUOTES) in claim.text:
            return claim.speaker
        at = text.find(claim.text)
        if at >= 0 and sent.start_char + at <= cue.idx < sent.start_char + at + len(claim.text):
            return claim.speaker
    token = cue
    for _ in range(len(sent)):
        if token.pos_ in ("VERB", "AUX") and token.lemma_ in _SAYING:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None) \
                or _subject_before(token, sent)
            name = _actor_name(index, subject) if subject is not None else None
            if name is not None:
                return name
        if token.head == token or token.head.i < sent.start or token.head.i >= sent.end:
            break
        token = token.head
    return None


def _subject_before(verb: Any, sent: Any) -> Any:
    """A subject the parser hung outside the sentence (a headline run into the lead): the nearest
    noun before the verb whose head lies outside."""
    for token in reversed(sent[:verb.i - sent.start]):
        if token.pos_ in ("PROPN", "NOUN") and not sent.start <= token.head.i < sent.end:
            return token
    return None


def _actor_name(index: Any, token: Any) -> str | None:
    """The canonical actor name a subject stands for, through the actor index when there is one:
    a mention at that token, a pronoun's antecedent, a name or alias, or a title ("the minister")."""
    if index is None:
        return None
    low = token.lower_
    actor = None
    if token.pos_ == "PRON":
        if low in L.PERSON_PRONOUNS and hasattr(index, "person_before"):
            actor = index.person_before(token.i, L.PERSON_PRONOUNS[low])
        elif low == "it" and hasattr(index, "org_before"):
            actor = index.org_before(token.i)
        return actor.name if actor is not None else None
    subtree = token.doc[token.left_edge.i:token.right_edge.i + 1]
    if hasattr(index, "actor_at"):
        found = [a for a in map(index.actor_at, range(subtree.start, subtree.end)) if a is not None]
        people = [a for a in found if a.type == "person"]
        actor = index.actor_at(token.i) or (people or found or [None])[0]
    if actor is None and hasattr(index, "resolve"):
        name = [c for c in token.lefts if c.dep_ == "compound"] + [token]
        actor = index.resolve(subtree.text) or index.resolve(token.doc[name[0].i:token.i + 1].text)
    if actor is None and hasattr(index, "by_title"):
        actor = index.by_title(subtree.text, token.i)
        if actor is not None and actor.type == "person" and token.lower_ not in (actor.role or "").lower():
            actor = None  # "the spokesman" with no spokesman named: not the last person named
    return actor.name if actor is not None else None
