"""Who a pronoun may stand for: the people mentioned before it, weighted by how they stand in their
sentence (subject, speaker, object, backgrounded in a relative clause), and the most salient of them.
"""


from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from reportgen.brief import Actor
from reportgen.extract import lexicon
from reportgen.extract.grammar import SUBJECTS, cited, complement, tree_of
from reportgen.extract.layout import Layout, children_of, layout_of
from reportgen.extract.mentions import Mention
from reportgen.extract.mentions.mention import person_joined_to_place
from reportgen.extract.rules import fire, rule

PRONOUN_SALIENCE = rule(
    "referents.pronoun-salience", "“He”/“she” is the person of that gender most salient at that point: "
    "recent, the subject of its sentence rather than named in a side or complement clause (“Hume pledged "
    "that Vane ...”), the last one who reported something, and the one whose words a clause around the "
    "pronoun reports (“Ana Ruiz said she ...”).",
    examples=[("Ana Ruiz met Tomas Reyes, whom the council had hired in May. “We need more buses,” she "
               "said.", {"quote": "We need more buses", "speaker": "Ana Ruiz"}),
              ("Mayor Tomas Reyes opened the depot on Monday. Reyes said the buses would run all winter. "
               "The plan is sound, according to Peter Hale, a transport analyst.\n\n“It pays for itself,” "
               "he said.",
               {"quote": "It pays for itself", "speaker": "Peter Hale"}),
              ("Ana Ruiz, 21, was taken to hospital in April after taking the pills. Her mother, Marta Ruiz, "
               "told reporters on Friday that the pills were sold online.\n\n“They never stood a chance of "
               "saving her,” she said.", {"quote": "They never stood a chance", "speaker": "Marta Ruiz"}),
              ("Peter Hale chairs the ferry board and has run it since 2019. Board spokesman Tomas Reyes "
               "said the campaign will show voters that Hale has “the right plan for every ferry route in "
               "the county,” he said.", {"quote": "the right plan", "speaker": "Tomas Reyes"}),
              # the holder of two offices the parser made the subject ("Minister of X and Plenipotentiary
              # for Y Ana Roe said")
              ("Wind farm\n\nMette Lund, the developer's finance chief, said the banks saw that. “The "
               "fundamentals are strong,” she said.\n\nDeputy Minister of Climate and Environment and "
               "Government Plenipotentiary for Offshore Wind Energy Agnieszka Zawadzka-Kowal said Poland "
               "aimed to have 5.9 gigawatts by 2030. “Every gigawatt in the Baltic is one we need not "
               "import,” she said.",
               {"quote": "Every gigawatt in the Baltic", "speaker": "Agnieszka Zawadzka-Kowal"}),
              # the subject of a clause another verb governs ("pledged that Vane ...") is not the
              # sentence's subject
              ("Ross Vane leads the race. Vane spoke in Ohio on Sunday. During a town hall on Monday, Dale "
               "Hume pledged that Vane would protect farmers. He also spoke about the new port, saying it "
               "will be “as big as it needs to be.”",
               {"quote": "as big as it needs", "speaker": "Dale Hume"}),
              # but a result clause ("so angry that ...") is no complement
              ("Ross Vane was so angry on Monday that Tom Hale apologised. He later said: “I regret it.”",
               {"quote": "I regret it", "speaker": "Tom Hale"}),
              # the name set after "The head of <body>," the parser hung on the body
              ("Floods\n\nRescue chief Sri Wahyuni Lamato said the ground was unstable. \"We will go on,\" "
               "she said.\n\nThe head of Poso regency, Meiske Rorimpandey, declared an emergency on Sunday. "
               "\"We need heavy equipment,\" she said.",
               {"quote": "We need heavy equipment", "speaker": "Meiske Rorimpandey"}),
              # a person a "be" introduces
              ("Sen. Rachel Obiora said Democrats would hold. “We have the votes,” she said.\n\nThree "
               "Republicans voted no. One of them may be Rep. Marisol Quintanilla, who voted for the bill in "
               "February. “I want to see the numbers,” she said Thursday.",
               {"quote": "I want to see the numbers", "speaker": "Marisol Quintanilla"}),
              # but not the maker of a thing a passive names
              ("Mark Hill chairs the board. The plan was drafted by Peter Lund last year. “We will vote in "
               "May,” he said.", {"quote": "We will vote in May", "speaker": "Mark Hill"}),
              # the leader of a group or a meeting a passive names
              ("Ghana's minister, Kofi Mensah, said the fee was too low.\n\nTogo's delegation was led by "
               "Deputy Minister Jean Adjovi, who struck a more cautious note.\n\n“We want a fair price,” he "
               "said.", {"quote": "We want a fair price", "speaker": "Jean Adjovi"}),
              # a surname that opens the name tells no gender (people.yaml surnames_first)
              ("Cool roofs\n\n“The numbers are better than we hoped,” said Prof Tan Mei Ling, who leads the "
               "coatings group.\n\nDr Kavitha Raman, who was not involved, said the gains were small. She "
               "noted that dust had built up.\n\nProf Tan acknowledged the issue. “Self-cleaning is the next "
               "problem we are working on,” she said.",
               {"quote": "Self-cleaning", "speaker": "Tan Mei Ling"}),
              # the last one who reported something, not one who did so often before
              ("Debt relief\n\nFinance minister Peter Hale said the plan would help the poorest countries. "
               "Hale met bankers. Hale said it was winning support every day. Hale met donors. Hale flew "
               "home.\n\nHale said a programme had been agreed. But Treasury Under-Secretary Tom Vale said "
               "the US could not back the fund. “The US is completely committed to poverty reduction,” he "
               "said.", {"quote": "The US is completely committed", "speaker": "Tom Vale"}),
              # the name set after a description the parser hung on a fronted phrase ("Outside court")
              ("Fraud\n\nGraham Petherick, 57, was jailed for six years on Friday.\n\nOutside court, "
               "Petherick's barrister, Simon Ashworth KC, said his client would appeal. “We will be lodging "
               "grounds with the Court of Appeal,” he said.",
               {"quote": "We will be lodging", "speaker": "Simon Ashworth"}),
              ("Fraud\n\nGraham Petherick, 57, was jailed for six years.\n\nOutside court, Petherick's "
               "barrister, a former prosecutor, Simon Ashworth KC, said his client would appeal. “We will be "
               "lodging grounds,” he said.", {"quote": "We will be lodging", "speaker": "Simon Ashworth"}),
              # the topic a fronted "As for" names
              ("Race\n\nTom Vale won in Ohio. “We respect the voters,” Vale said.\n\nAna Ruiz spoke later. "
               "Mark Hale, the party chairman, praised both campaigns.\n\nAs for Peter Lund, he said he is "
               "not worried. “I am going to have the delegates,” he said.",
               {"quote": "I am going to have the delegates", "speaker": "Peter Lund"}),
              # the holder of an office the parser made the subject ("Member for Health Dr X disputed")
              ("Union official Moses Lumbasi said four patients had died.\n\nCounty Executive Committee "
               "Member for Health Dr Ruth Imbuga-Sakwa disputed the claim. \"We have not recorded any "
               "death,\" she said.", {"quote": "We have not recorded", "speaker": "Ruth Imbuga-Sakwa"})])


@dataclass(frozen=True)
class Candidate:
    start: int
    sentence: int
    actor: Actor
    subject: bool
    backgrounded: bool
    reporter: int = -1  # the verb reporting the clause it stands in ("Roe said [Cruz has ...]"), if any
    speaking: bool = False  # who reported something ("Ruiz argued that ...", "according to Ruiz")


def candidates(doc: Any, pairs: list[tuple[Mention, Actor]], sentence_starts: list[int]) -> list[Candidate]:
    """Every mention of a person outside quotes and furniture, as a possible antecedent, in text order."""
    found = [candidate_at(doc[m.root], m.start, a, sentence_starts, m.person_cues > 0)
             for m, a in pairs if a.type == "person" and not m.quoted and not m.furniture]
    return sorted(found, key=lambda c: c.start)


def candidate_at(root: Any, start: int, actor: Actor, sentence_starts: list[int],
                 cued: bool = False) -> Candidate:
    """``actor`` mentioned at token ``start`` (its syntactic head ``root``) as a possible antecedent;
    ``cued``: the mention itself marks a person who acts (a title or honorific, ``person_cues``)."""
    is_cited = cited(root)
    relative = _relative_speaker(root)
    return Candidate(start, bisect_right(sentence_starts, start) - 1, actor,
                     _subject_like(root) or cued or is_cited or relative, _backgrounded(root),
                     _reporter_of(root), _speaking(root) or is_cited or relative)


def pronoun_antecedents(doc: Any, pairs: list[tuple[Mention, Actor]], genders: dict[str, str],
                         layout: Layout, people: list[Candidate], sentence_starts: list[int],
                         guessed: set[str] | None = None) -> dict[int, Actor]:
    """Each subject "he"/"she" outside quotes, in text order, to the person it stands for
    (:func:`most_salient`); every resolution fixes that person's gender, so a later "he" skips a
    woman already called "she". ``guessed``: people whose gender only a first name suggests (see
    ``NAME_GENDER_GUESS``)."""
    guessed = set(guessed or ())
    if not people:
        return {}
    starts = [c.start for c in people]
    named = {i: a for m, a in pairs if a.type == "person" for i in range(m.start, m.end)}
    found: dict[int, Actor] = {}
    for token, word in zip(layout_of(doc).tokens, layout_of(doc).lowers, strict=True):
        if word in _OBJECT_PRONOUNS and not layout.in_quote(token.idx):
            _gender_from_only_person(token, people, starts, sentence_starts, genders)
            continue
        # Only subject pronouns resolve: "with her" or "his" may well be about someone else.
        if word not in ("he", "she") or token.dep_ not in SUBJECTS or layout.in_quote(token.idx):
            continue
        gender = "m" if word == "he" else "f"
        sentence = bisect_right(sentence_starts, token.i) - 1
        reporter = _reporting_subject(token, named)
        before = people[:bisect_left(starts, token.i)]
        told = _quote_opening_sentence(doc, token, layout, sentence_starts, sentence)
        chosen = most_salient(before, told, genders, gender, reporter, token.head.i)
        if chosen is None and guessed and token.head.lemma_.lower() in lexicon.REPORTING_VERBS:
            near = [c for c in before if told - c.sentence <= 1 and c.subject and not c.backgrounded
                    and c.reporter < 0  # the one who acts, not "a woman who accused [Bill Clinton]"
                    and not _other_gender_told(doc, sentence_starts, c.sentence, gender)]
            chosen = most_salient(near, sentence, {n: g for n, g in genders.items() if n not in guessed},
                                  gender, reporter, token.head.i)
            if chosen is not None:
                genders[chosen.name] = gender
                guessed.discard(chosen.name)
                fire(doc, NAME_GENDER_GUESS, token.idx, token.idx + len(token), chosen.name)
        if chosen is not None:
            found[token.i] = chosen
            genders.setdefault(chosen.name, gender)
            fire(doc, PRONOUN_SALIENCE, token.idx, token.idx + len(token), chosen.name)
    return found


NAME_GENDER_GUESS = rule(
    "referents.name-gender-guess", "A first name's usual gender is a guess (“Rana” names men in Pakistan, "
    "women in the Arab world): when nobody of the pronoun's gender is within reach, the “he”/“she” who "
    "says something is the subject of its sentence or the one before, whose gender the text then tells "
    "(never for a “she” who merely acts, “he spanks his daughter when she misbehaves”, nor a person "
    "acted upon, “a woman who accused Bill Clinton ... She described”).",
    examples=[("Chief Minister Rana Mubashir Ahmad told a news conference that the schemes would be "
               "finished. “Half-built hospitals do not treat anyone,” he said.",
               {"quote": "Half-built hospitals", "speaker": "Rana Mubashir Ahmad"}),
              # reach counted from where the quotation opened, not from its "she said"
              ("Metro\n\nDr. Michal Aharoni-Sabag, who heads the transport programme at the institute, put "
               "it bluntly. “You do not save money by delaying a tunnel. You just move the bill to your "
               "grandchildren,” she said.",
               {"quote": "You do not save money", "speaker": "Michal Aharoni-Sabag"})],
    counter=[("Rana Haddad chairs the board. Peter Hale, its treasurer, spoke on Monday. “We will not "
              "sell,” he said.", {"quote": "We will not sell", "speaker": "Peter Hale"}),
             ("Texas Sen. Ted Cruz said he spanks his daughter when she misbehaves. “Thank you, son,” he "
              "said.", {"quote": "Thank you, son", "speaker": "Ted Cruz"}),
             ("A woman who has accused Bill Clinton of assault spoke on Sunday night. She also described "
              "a call. “He called the nursing home,” she said.", {"quote": "He called", "speaker": None}),
             ("Fire\n\nEmily Carter said the fire started while her husband was at the market. “We lost "
              "everything,” he said. “The insurers have not called,” she added.",
              {"quote": "The insurers have not called", "speaker": "Emily Carter"}),
             ("Maria Lopez said the fund was empty. Officials left the hall.\n\nThe audit began in May. "
              "It found no fraud. The board met twice. “We were misled,” he said.",
              {"quote": "We were misled", "speaker": None})])


def _quote_opening_sentence(doc: Any, token: Any, layout: Layout, sentence_starts: list[int],
                            sentence: int) -> int:
    """The sentence where the quotation a "he said" closes opened (“You do not save money. You just
    move the bill,” she said: the quote's first sentence), else the pronoun's own."""
    k = token.i - 1
    while k > 0 and token.i - k <= 3 and doc[k].is_punct and not layout.in_quote(doc[k].idx):
        k -= 1
    quote = layout.quote_at(doc[k].idx) if k >= 0 else None
    if quote is None:
        return sentence
    opening = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if opening is None:
        return sentence
    return min(sentence, bisect_right(sentence_starts, opening.start) - 1)


def _other_gender_told(doc: Any, sentence_starts: list[int], sentence: int, gender: str) -> bool:
    """The sentence says "her"/"his" (or "she"/"he") of the other gender: it tells its subject's gender
    ("Emily Carter said ... while her husband was at the market")."""
    start = sentence_starts[sentence]
    end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(doc)
    return any(lexicon.PERSON_PRONOUNS.get(t.lower_) not in (None, gender) for t in doc[start:end])


#: How far back (in sentences) a pronoun or description looks for the person it stands for.
_REACH = 8


#: What being the subject of a reporting verb adds: the last person who argued or warned is who "he
#: said" goes on with, even when another was named more often.
_SPEAKING = 10.0


def most_salient(before: list[Candidate], sentence: int, genders: dict[str, str], gender: str | None,
                  reporter: Actor | None = None, verb: int = -1) -> Actor | None:
    """The person a pronoun or description in sentence ``sentence`` most likely means, scored
    Lappin-Leass style: recency by sentence, a subject over a side mention (less so inside what someone
    else is said to have said: "Roe said Cruz has ..., he said" is Roe, and so, on the PolNeAR training
    articles, is a "he" in the sentences after it), how often the person was
    named, and ``reporter``, whose words the clause around the pronoun reports ("Ruiz said she ...").
    ``verb`` is the pronoun's own verb: a clause it reports is the pronoun's own words, not another's
    ("[Fallon fired back]: “...,” he wrote", as the parser hangs it)."""
    scores: dict[str, tuple[float, Actor]] = {}
    counts: dict[str, int] = {}
    for candidate in before:
        counts[candidate.actor.name] = counts.get(candidate.actor.name, 0) + 1
    last_speaker = True  # the most recent one who reported something is who "he said" goes on with
    for candidate in reversed(before):
        actor = candidate.actor
        if gender is not None and genders.get(actor.name, gender) != gender:
            continue
        distance = sentence - candidate.sentence
        if distance > _REACH and scores:
            break
        subject = candidate.subject and not candidate.backgrounded
        reported = candidate.reporter >= 0 and candidate.reporter != verb
        score = (40.0 - 25.0 * reported) * subject - 25.0 * candidate.backgrounded \
            - 12.0 * min(distance, _REACH) + 3.0 * min(counts[actor.name], 6)
        if reporter is not None and actor is reporter:
            score += 60.0
        if candidate.speaking and not reported:
            score += _SPEAKING if last_speaker else 0.0
            last_speaker = False
        best = scores.get(actor.name)
        if best is None or score > best[0]:
            scores[actor.name] = (score, actor)
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[0])[1]


def _reporting_subject(token: Any, named: dict[int, Actor]) -> Actor | None:
    """For a pronoun inside what someone is said to have said ("Ruiz said she would ..."), the person
    the reporting verb names."""
    head = token.head
    for _ in range(6):
        if head.lemma_.lower() in lexicon.REPORTING_VERBS and head.pos_ == "VERB":
            subject = next((c for c in head.children if c.dep_ in SUBJECTS and c.i != token.i), None)
            if subject is not None and subject.i in named:
                return named[subject.i]
        if head.head.i == head.i:
            break
        head = head.head
    return None


#: "his", "her", "himself": pronouns that only tell the gender of the one person they can mean.
_OBJECT_PRONOUNS = {w: g for w, g in lexicon.PERSON_PRONOUNS.items() if w not in ("he", "she")}


def _gender_from_only_person(token: Any, people: list[Candidate], starts: list[int],
                             sentence_starts: list[int], genders: dict[str, str]) -> None:
    """ "Carla Whitfield thanked her staff": with one person named so far in the sentence, "her" or
    "his" tells that person's gender."""
    sentence = bisect_right(sentence_starts, token.i) - 1
    first = sentence_starts[sentence] if sentence >= 0 else 0
    named = people[bisect_left(starts, first):bisect_left(starts, token.i)]
    before = {id(c.actor): c.actor for c in named}
    if len(before) == 1:
        genders.setdefault(next(iter(before.values())).name, _OBJECT_PRONOUNS[token.lower_])


def _reporter_of(token: Any) -> int:
    """The verb whose reported or complement clause ``token`` stands in (``Tree.complement_head``), or
    -1: a name there is not the sentence's subject."""
    reporter = tree_of(token.doc).complement_head(token)
    return reporter.i if reporter is not None else -1


def _speaking(token: Any) -> bool:
    """The subject (or the name in apposition to it) of a reporting verb that reports in its own words,
    not in quotation marks ("Ruiz argued that the vote was fair", then “...,” she said): who speaks
    next. A verb attributing a quote ("“...,” Ruiz says") is no such set-up."""
    subject = token.head if token.dep_ == "appos" else token
    if subject.dep_ not in SUBJECTS:
        return False
    verb = subject.head  # and the verbs sharing its subject ("welcomed the deal and said ...")
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    layout = layout_of(token.doc)
    return any(v.lemma_.lower() in lexicon.REPORTING_VERBS
               and any(complement(c) and not layout.in_quote(c.idx) for c in children_of(v)) for v in verbs)


def _relative_speaker(token: Any) -> bool:
    """A name a "who" clause makes a speaker, wherever the name stands ("supported by Sen. Ana Ruiz, who
    said ...", "would involve Attorney General Ana Ruiz, who told Congress: “...”"): who a following
    "she said" goes on with, like the subject of a reporting verb."""
    for clause in children_of(token):
        if clause.dep_ == "relcl" and clause.pos_ == "VERB" \
                and clause.lemma_.lower() in lexicon.REPORTING_VERBS \
                and any(c.dep_ in SUBJECTS and c.lower_ == "who" for c in children_of(clause)):
            return True
    return False


def _subject_like(token: Any) -> bool:
    """A subject, or the name in apposition to one ("her mother, Fiona, said": Fiona), or the holder of
    an office the parser made the subject ("Member for Health Dr Ruth Imbuga disputed it"), or a person
    the parser joined to the place before ("near Morrinsville, Hemi Tautahi milks"), or one a "be"
    introduces."""
    described = token  # ("Outside court, Hale's barrister, Ann Roe, said": "court" the subject)
    for _ in range(3):
        if described.dep_ != "appos" or described.head.dep_ != "appos" or described.head.pos_ != "NOUN":
            break
        described = described.head
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and described.head.dep_ in SUBJECTS) \
        or _office_subject_apposition(token) or _holds_subject_office(token) \
        or person_joined_to_place(token) or _introduced(token) or _agent_of_thing(token) or _topic(token)


def _topic(token: Any) -> bool:
    """The person a fronted "As for" / "As to" phrase makes the topic of the clause ("As for Trump, he
    said he was not worried"): who its "he" means."""
    prep = token.head
    opener = prep.head
    return token.dep_ == "pobj" and prep.lower_ in ("for", "to") and opener.lower_ == "as" \
        and opener.dep_ == "prep" and opener.i < token.i and opener.head.pos_ in ("VERB", "AUX") \
        and opener.i == opener.head.left_edge.i


def _office_subject_apposition(token: Any) -> bool:
    """The name set after an office of a body that is the subject ("The head of Poso regency, Meiske
    Rorimpandey, declared ..."), which the parser hangs on the body rather than on the office."""
    of = token.head.head
    office = of.head
    return token.dep_ == "appos" and token.head.dep_ == "pobj" and of.lower_ == "of" \
        and office.dep_ in SUBJECTS and office.lower_ in lexicon.TITLE_WORDS


def _agent_of_thing(token: Any) -> bool:
    """The one a passive says led a group or a meeting ("Sudan's delegation was led by Hisham al-Tayeb",
    "the talks were chaired by ..."; people.yaml led_things): the sentence's doer, as its subject would
    be; never the maker of a thing ("the plan was drafted by Peter Lund": the one who spoke before speaks
    on)."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    done_to = [c for c in token.head.head.children if c.dep_ == "nsubjpass"]
    return bool(done_to) and all(c.lemma_.lower() in lexicon.LED_THINGS for c in done_to)


def _introduced(token: Any) -> bool:
    """A person a "be" introduces out of a group ("One of them may be Rep. Ana Ruiz, who ..."): the one
    the sentence is about; never one a description names ("The runner-up was Ana Ruiz", "The new chair
    will be Ana Ruiz, Tom Vale said": whoever speaks next is another)."""
    verb = token.head
    return token.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT" and any(
        c.dep_ in SUBJECTS and c.lower_ in ("one", "another") for c in verb.children)


def _holds_subject_office(token: Any) -> bool:
    """The name ends an office whose title the parser took for the subject ("Minister for Transport
    Desmond Tay said", parsed with "Minister" the subject and the name the object of "for"; also a second
    office joined to the first, whose name the model may have tagged a body's)."""
    office, prep = token.head.head, token.head
    while office.dep_ == "conj" and office.head.i < office.i:
        office = office.head  # ("Deputy Minister of Climate and Government Plenipotentiary for ... Ana Roe")
    portfolio = token.doc[prep.i + 1] if prep.i + 1 < len(token.doc) else token
    return token.dep_ == "pobj" and token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG") \
        and prep.lower_ in ("for", "of") \
        and office.dep_ in SUBJECTS and office.lower_ in lexicon.TITLE_WORDS and office.is_title \
        and not any(c.dep_ == "det" for c in office.children) \
        and portfolio.is_title and portfolio.ent_type_ != "PERSON"  # (never "The attorney for Tom Hale")


def _backgrounded(token: Any) -> bool:
    """A name inside a relative or participle clause, or a noun's prepositional phrase ("who wrote it
    with Tom Ray", "the aide to Tom Ray"): not who a following pronoun picks up."""
    return (token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")
            and not _holds_subject_office(token)) or tree_of(token.doc).subordinate(token)
