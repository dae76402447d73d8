"""Roles the text states through a description rather than beside the name: "the prime minister
said" after the minister was named, "Its chief executive, X," (of the body that acted last), the
unnamed person a story opens on ("An ex-intelligence officer who ..."), "her mother" (of the person
named before).
"""


from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile
from typing import Any

from reportgen.brief import Actor
from reportgen.extract import lexicon
from reportgen.extract.grammar import SUBJECTS, cited
from reportgen.extract.layout import Layout, children_of, layout_of, lefts_of, sentence_of, span_text
from reportgen.extract.mentions import Mention
from reportgen.extract.names import name_key
from reportgen.extract.referents.cluster import fire_at, party_tag, role_head, without_label
from reportgen.extract.referents.pronouns import Candidate, candidate_at
from reportgen.extract.referents.resolver import Referents
from reportgen.extract.roles import described_by_clause
from reportgen.extract.rules import fire, fire_span, rule

ROLE_FROM_DESCRIPTION = rule(
    "referents.role-from-description", "A titled or occupational description as a subject that stands for "
    "someone with no stated role (“the prime minister said” after “Tony Vale”, “the real estate agent said”) "
    "gives them that role, unless that person is named beside it (“the coach praised Ardal”).",
    examples=[("Tony Vale urged leaders to act on Friday. “America has spoken,” the prime minister said.",
               {"actor": "Tony Vale", "role": "prime minister"}),
              ("Maya Okoro did not know Tom Vale, a presidential hopeful, was coming to the meeting. "
               "The real estate agent said she liked his plan.",
               {"actor": "Maya Okoro", "role": "real estate agent"})],
    counter=[("Ines Ardal joined the club in May. The coach praised Ardal on Saturday.",
              {"actor": "Ines Ardal", "role": None}),
             ("Rail\n\nPriya Chandran turned to the track. The regional managing director for Network Rail's "
              "Central region, Colin Ashdown, conceded that faults had caused delays.",
              {"actor": "Priya Chandran", "role": None})])


#: The words a description of a person ends in: a title or an occupation.
_DESCRIBING_WORDS = lexicon.TITLE_WORDS | lexicon.OCCUPATION_NOUNS


def roles_from_descriptions(doc: Any, index: Referents) -> None:
    """"the prime minister", "the Russian president": a definite description with a title gives the
    person it stands for (:meth:`Referents.described_person`) that role when they have none."""
    layout = layout_of(doc)
    for token in layout.tokens_among(layout.by_lower, _DESCRIBING_WORDS):
        left = _subject_description(token, index)
        if left is None:
            continue
        words = [w.lower_ for w in left[1:]] + [token.lower_]
        person = index.described_person(words, token.i)
        if person is None or person.role or not _may_hold(token, person, index, stated=False):
            continue
        person.role = doc[left[1].left_edge.i if len(left) > 1 else token.i:token.i + 1].text
        fire(doc, ROLE_FROM_DESCRIPTION, token.idx, token.idx + len(token), person.name)


def _subject_description(token: Any, index: Referents) -> list[Any] | None:
    """The words left of ``token`` ("the", "Russian") when it heads a definite description of one person
    as a subject outside quotation marks: a lower-case title or occupation after "the", with no name in
    it or beside it ("the Labour leader" may name a party's; "The office director, Brahim Kadar, said":
    the name beside it is meant). Else None."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower or token.dep_ not in SUBJECTS \
            or token.tag_ == "NNS" or index.in_quote(token.idx):
        return None  # ("the ministers" are several)
    left = list(lefts_of(token))
    if not left or left[0].lower_ != "the" or any(t.pos_ == "PROPN" and not t.is_lower for t in left[1:]):
        return None
    if any((c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > token.i)
           or (c.dep_ == "appos" and index.actor_at(c.i) is not None) for c in children_of(token)):
        return None
    if any(t.dep_ == "appos" and (actor := index.actor_at(t.i)) is not None and actor.type == "person"
           for t in token.subtree if t.i > token.i):
        return None  # (the parser hung the name on the description's last noun: "The regional managing
        # director for Network Rail's Central region, Colin Ashdown, conceded")
    return left


def _may_hold(token: Any, person: Actor, index: Referents, stated: bool) -> bool:
    """Whether ``person`` may be whom the description at ``token`` means: nobody named beside it in its
    sentence is them ("The coach praised Ardal": someone else than Ardal), and an occupation their role
    does not state (``stated``) only follows their own sentence ("the real estate agent said")."""
    if any(index.actor_at(t.i) is person for t in sentence_of(token)):
        return False
    return stated or token.lower_ in lexicon.TITLE_WORDS or index.subject_before(person, token.i)


DESCRIBED_ANTECEDENT = rule(
    "referents.described-antecedent", "A definite description of one person as a subject (“The coach was "
    "less cheerful about Ambrazevicius.”) mentions the person it stands for: a “he said” after it goes on "
    "with them, not with the last name.",
    examples=[("Zalgiris won 88-80 on Friday. Coach Andrius Jankauskas praised his guards. Tomas "
               "Ambrazevicius scored 14 points before he hurt his ankle.\n\nThe coach was less cheerful "
               "about Ambrazevicius. “It didn't look good,” he said.",
               {"quote": "It didn't look good", "speaker": "Andrius Jankauskas"}),
              # a person's noun only one role says, however far up that person was named
              ("Trial\n\nTestifying as the prosecution's first witness, Mrs Ada Obi said she had seen the "
               "files. Chief Tunde Bello, the defence counsel, asked her about the dates.\n\nJustice Halima "
               "Sule adjourned briefly.\n\nAfter the break, the witness said the loans had been rushed.\n\n"
               "“There was a separate folder,” she said.",
               {"quote": "There was a separate folder", "speaker": "Ada Obi"})],
    counter=[  # a description the name beside it holds, or one of several, is no one named before
             ("Mayor Tom Vale opened the depot. Peter Hale, a driver, spoke next.\n\nThe coach driver, "
              "Mark Lund, was late. “We will not strike,” he said.",
              {"quote": "We will not strike", "speaker": "Mark Lund"}),
             ("Mayor Tom Vale opened the depot. Peter Hale, a driver, spoke next.\n\nThe drivers were "
              "late. “We will not strike,” he said.",
              {"quote": "We will not strike", "speaker": "Peter Hale"}),
             ("Prime Minister Rui Mena won the vote. Asked whether that included Tom Vale, the economist "
              "repeated his line. “No means no,” he said.", {"quote": "No means no", "speaker": "Rui Mena"}),
             # a modifier the holder's role lacks names another office
             ("President Rui Mena met union leaders on Tuesday. Tom Vale, who leads the nurses' union, said "
              "talks were useful.\n\nThe union president was angry. “We will strike,” he said.",
              {"quote": "We will strike", "speaker": "Tom Vale"}),
             # an office whose holder was named paragraphs before
             ("Sen. Mark Ruiz backed the bill.\n\nThe vote is on Friday.\n\nThe count is close.\n\n"
              "Tom Vale visited the depot. Walking in, the senator said his campaign was strong. "
              "“It's huge,” he said.",
              {"quote": "It's huge", "speaker": "Tom Vale"})])


def described_antecedents(doc: Any, index: Referents, people: list[Candidate],
                          sentence_starts: list[int]) -> list[Candidate]:
    """Each definite description of a person that is a subject outside quotation marks ("the coach",
    "the Russian president"), as a mention of the person :meth:`Referents.by_title` finds for it, when
    that person was named in its paragraph or the one before (an office a person named long before
    holds is as likely another's: "the senator" for the Sanders of three paragraphs up, when Rubio is
    meant); a person's noun that is no title and heads one person's role only ("the witness") is that
    person however far up."""
    layout = layout_of(doc)
    paragraph_starts = [start for start, _ in layout.paragraphs]
    found: list[Candidate] = []
    paragraph_of: dict[int, int] = {}  # a candidate's paragraph, looked up once
    for token in layout.tokens_among(layout.by_lower, _DESCRIBING_WORDS | lexicon.PERSON_NOUNS):
        left = _subject_description(token, index)
        if left is None:
            continue
        person = index.by_title(span_text(doc, left[0].i, token.i + 1), token.i)
        if person is None or person.type != "person":
            continue
        role_words = name_key(person.role or "").split()
        # ("the witness": a person's noun, no title, heading the one role that says it, which may be far up)
        held_by = [a for a in index.actors if a.type == "person" and role_head(a.role or "") == token.lower_]
        sole = held_by == [person] and token.lower_ not in _DESCRIBING_WORDS
        if token.lower_ not in _DESCRIBING_WORDS and not sole:
            continue
        if any(t.lower_ not in role_words for t in left[1:] if t.dep_ in ("amod", "compound", "nmod")):
            continue  # "the union president" is no "President Rui Mena"; "the former prime minister" another
        if not _may_hold(token, person, index, stated=token.lower_ in role_words):
            continue  # ("Asked whether that included Vale, the economist said": someone else than Vale)
        paragraph = bisect_right(paragraph_starts, token.idx) - 1
        for c in people:
            if c.actor is person and c.start < token.i and c.start not in paragraph_of:
                paragraph_of[c.start] = bisect_right(paragraph_starts, doc[c.start].idx) - 1
        if not sole and not any(c.actor is person and c.start < token.i
                                and paragraph - paragraph_of[c.start] <= 1 for c in people):
            continue
        found.append(candidate_at(token, token.i, person, sentence_starts))
        fire(doc, DESCRIBED_ANTECEDENT, token.idx, token.idx + len(token), person.name)
    return found


ROLE_OF_ITS = rule(
    "referents.role-of-its", "A role stated through \"its\" or \"their\" (\"Its chief executive, Annika "
    "Strand,\") names the body or country that acted last: the role says whose (\"chief executive of "
    "Norvale Energy\").",
    examples=[("Norvale Energy reported a loss on Monday. Its chief executive, Annika Strand, told analysts "
               "the worst was over.",
               {"actor": "Annika Strand", "role": "chief executive of Norvale Energy"}),
              ("Tuvalu has relocated 300 residents, its foreign minister, Kofe Lusama, told the session.",
               {"actor": "Kofe Lusama", "role": "foreign minister of Tuvalu"}),
              ("Prices rose 12 percent, according to the Statistics Office. The march was organised by the "
               "Bread Alliance. Its president, Carmen Rojas, said more marches would follow.",
               {"actor": "Carmen Rojas", "role": "president of Bread Alliance"}),
              ("Rangers seized 410 kilograms of ivory, the Wildlife Authority said. Its director-general, "
               "Joseph Banda, said the ivory was bound for Asia.",
               {"actor": "Joseph Banda", "role": "director-general of Wildlife Authority"})],
    counter=[("Markets fell on Monday. Its chief executive, Annika Strand, told analysts the worst was over.",
              {"actor": "Annika Strand", "role": "Its chief executive"})])


def roles_of_its(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """``ROLE_OF_ITS``: "Its chief executive" becomes "chief executive of <the body that acted last>"."""
    for mention, actor in pairs:
        words = (actor.role or "").split()
        if actor.type != "person" or len(words) < 2 or words[0].lower() not in ("its", "their") \
                or mention.role != actor.role or words[-1].lower() in lexicon.FAMILY_NOUNS:
            continue  # ("their father" is the father of people, never of a body)
        # (a group such as "Democrats" has no chief executive)
        body = index.org_before(mention.start, within=60, types=("organization", "country"))
        if body is None:
            continue
        joint = "for" if words[-1].lower() in lexicon.SPOKES_NOUNS else "of"  # "spokesman for X"
        actor.role = f"{' '.join(words[1:])} {joint} {body.name}"
        fire_span(ROLE_OF_ITS, doc[mention.start:mention.end], actor.role)


BODY_POSSESSOR_ROLE = rule(
    "referents.body-possessor-role", "A role stated through a body's common noun (“the council's executive "
    "director, Colin Baptiste”) says which body when the text named one with that noun before (“the "
    "Prairie Grain Shippers Council”): its name follows the role in brackets.",
    examples=[("Grain ships\n\nThe Prairie Grain Shippers Council said 31 ships were waiting. “Every day "
               "costs farmers,” said Colin Baptiste, the council's executive director.",
               {"actor": "Colin Baptiste",
                "role": "council's executive director (Prairie Grain Shippers Council)"})],
    counter=[("Grain ships\n\nThe Prairie Grain Shippers Association said 31 ships were waiting. “Every "
              "day costs farmers,” said Colin Baptiste, the council's executive director.",
              {"actor": "Colin Baptiste", "role": "council's executive director"}),
             ("Merger\n\nLiverpool City Council and Wirral Council met on Monday. “We are close,” said Tom "
              "Vale, the council's leader.", {"actor": "Tom Vale", "role": "council's leader"})])


BODY_NOUN_IN_ROLE = rule(
    "referents.body-noun-in-role", "A role that ends at a body named by its common noun (“a senior analyst "
    "at the consultancy”) names that body when the text described one body so (“Gulf Energy Analytics, a "
    "Dubai-based consultancy”) or one body's name opens with it (“the Ministry of Trade”); never a body "
    "whose name merely holds the noun (“a shop steward for the union” is no European Union's).",
    examples=[("Hydrogen\n\nCosts are high, according to Gulf Energy Analytics, a Dubai-based consultancy. "
               "Said Rania Khoury, a senior analyst at the consultancy: \"Money is dear.\"",
               {"actor": "Rania Khoury", "role": "senior analyst at Gulf Energy Analytics"})],
    counter=[("Hydrogen\n\nCosts are high, according to Gulf Energy Analytics, a Dubai-based consultancy, "
              "and Nordic Hydrogen, a rival consultancy. Said Rania Khoury, a senior analyst at the "
              "consultancy: \"Money is dear.\"",
              {"actor": "Rania Khoury", "role": "senior analyst at the consultancy"}),
             ("Steel\n\nThe European Union will impose tariffs on steel. \"We will strike,\" said Tom Hale, "
              "a shop steward for the union.", {"actor": "Tom Hale", "role": "shop steward for the union"})])


def _body_in_role(doc: Any, mention: Mention, actor: Actor, index: Referents) -> None:
    """``BODY_NOUN_IN_ROLE``: "... at the consultancy" as "... at Gulf Energy Analytics", the one body
    whose description that noun heads or whose name it opens."""
    role = actor.role or ""
    words = role.split()
    if len(words) < 4 or words[-3].lower() not in ("at", "of", "for", "with") or words[-2].lower() != "the":
        return
    noun = words[-1].rstrip(".,")
    if not noun.islower() or not noun.isalpha() or noun in lexicon.PERSON_HEADS:
        return  # (a common noun: never the name "Friends of the Allen")
    # (or the body whose name opens with it, "the ministry" of "Ministry of Trade"; never one whose name
    # only holds it, "the union" of a shop steward is no European Union's)
    bodies = [a for a in index.actors if a.type == "organization"
              and (role_head(a.role or "") == noun or name_key(a.name).split()[:1] == [noun])]
    if len(bodies) != 1:
        return  # (two consultancies: "the consultancy" says not which)
    actor.role = " ".join([*words[:-2], bodies[0].name])
    fire_span(BODY_NOUN_IN_ROLE, doc[mention.start:mention.end], actor.role)


def roles_of_body_nouns(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """``BODY_POSSESSOR_ROLE``: "council's executive director" becomes "council's executive director
    (Prairie Grain Shippers Council)", the body with that noun in its name named before;
    ``BODY_NOUN_IN_ROLE``: "a senior analyst at the consultancy" names the consultancy."""
    for mention, actor in pairs:
        words = (actor.role or "").split()
        if actor.type == "person" and mention.role == actor.role and len(words) >= 4:
            _body_in_role(doc, mention, actor, index)
            words = (actor.role or "").split()
        if actor.type != "person" or len(words) < 2 or mention.role != actor.role \
                or not words[0].lower().endswith(("'s", "’s")):
            continue
        noun = words[0][:-2].lower()
        if noun not in lexicon.ORG_WORDS:
            continue  # ("Marchetti's spokeswoman": a person's)
        bodies = [a for a in index.actors if a.type == "organization" and noun in name_key(a.name).split()]
        body = index.by_title(f"the {noun}", mention.start)
        if body is None or len(bodies) != 1 or body is not bodies[0]:
            continue  # (two councils named: "the council's leader" says not which)
        actor.role = f"{actor.role} ({body.name})"
        fire_span(BODY_POSSESSOR_ROLE, doc[mention.start:mention.end], actor.role)


BODY_HEAD = rule(
    "referents.body-head", "A bare office that heads a firm or body (“Chief executive Katharina "
    "Vogelsang”, people.yaml body_head_titles) heads the organisation named last in their paragraph, else "
    "the firm the story names most often among the bodies that acted before: its name follows the role in "
    "brackets. Never a state's office (“Gov.”), nor a body cited or reporting (“Reuters reported”).",
    examples=[("Wind exit\n\nNordwind Energie GmbH last month withdrew from a 1.5-gigawatt project. Nordwind "
               "said the auction had left it no path to profit.\n\nChief executive Katharina Vogelsang said "
               "turbine prices were to blame.",
               {"actor": "Katharina Vogelsang",
                "role": "Chief executive (Nordwind Energie GmbH)"}),
              ("Ransomware\n\nAt Tri-Rivers Federal Credit Union in Harlan Falls, the outage lasted three "
               "days. “People could not pay rent,” said chief operating officer Denise Kowalczyk.",
               {"actor": "Denise Kowalczyk",
                "role": "chief operating officer (Tri-Rivers Federal Credit Union)"})],
    counter=[("Wind exit\n\nThe Energy Ministry published the auction results on Monday.\n\nChief executive "
              "Katharina Vogelsang said turbine prices were to blame.",
              {"actor": "Katharina Vogelsang", "role": "Chief executive"}),
             ("Shares\n\nAcme shares fell 5 percent on Monday, Reuters reported. Chief executive Tom Vale "
              "said demand was weak.", {"actor": "Tom Vale", "role": "Chief executive"}),
             ("Water bill\n\nThe Ohio House passed the bill on Monday. Gov. Elaine Marchetti said she would "
              "sign it.", {"actor": "Elaine Marchetti", "role": "Gov."})])

def _body_headed(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents,
                 mention: Mention) -> Actor | None:
    """The organisation named last in the person's paragraph before them ("At Tri-Rivers Federal Credit
    Union ..., said chief operating officer X"), else the firm the story names most often among the
    bodies that acted before (not the agency, court or union it mentions on the way), if named twice."""
    at = layout_of(doc)
    start = at.tokens[mention.start].idx
    paragraph = next((a for a, b in at.paragraphs if a <= start < b), 0)
    named = [(m.start, a) for m, a in pairs if a.type == "organization" and m.start < mention.start
             and at.tokens[m.start].idx >= paragraph and not m.quoted and not _source(at.tokens[m.root])]
    if named:
        return max(named, key=lambda pair: pair[0])[1]
    acting = {id(a): a for a in index.bodies_acting_before(mention.start)
              if a.type == "organization" and not set(name_key(a.name).split()) & lexicon.NON_FIRM_HEADS}
    body = max(acting.values(), key=lambda a: a.mentions, default=None)
    return body if body is not None and body.mentions > 1 else None


def _source(token: Any) -> bool:
    """A body cited for a fact ("according to the ONS") or reporting one ("Reuters reported"), not one the
    story is about."""
    return cited(token) or (token.dep_ in SUBJECTS and token.head.lemma_.lower() in lexicon.REPORTING_VERBS)


def roles_of_body_heads(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """``BODY_HEAD``: "Chief executive" becomes "Chief executive (Nordwind Energie GmbH)"."""
    for mention, actor in pairs:
        if actor.type != "person" or not actor.role or mention.role != actor.role or mention.quoted \
                or actor.role.lower().rstrip(".") not in lexicon.BODY_HEAD_TITLES:
            continue
        body = _body_headed(doc, pairs, index, mention)
        if body is None:
            continue
        actor.role = f"{actor.role} ({body.name})"
        fire_span(BODY_HEAD, doc[mention.start:mention.end], actor.role)


LEAD_DESCRIPTION = rule(
    "referents.lead-description", "A story that opens on an unnamed person (“An ex-Russian intelligence "
    "officer who ... is entering ...”, a headline “Student dies after ...”) and then names someone within a "
    "few sentences is about them: the description is their role when they have none.",
    examples=[("Ex-spy on hunger strike\n\nA former Russian intelligence officer who spied for Britain is "
               "on hunger strike.\n\nIvan Petrov, 50, says he has been betrayed.",
               {"actor": "Ivan Petrov", "role": "former Russian intelligence officer"})],
    counter=[("Ex-spy on hunger strike\n\nA former Russian intelligence officer who spied for Britain is "
              "on hunger strike, his lawyer Ivan Petrov said.\n\nPetrov, 50, says the officer was betrayed.",
              {"actor": "Ivan Petrov", "role": "his lawyer"}),
             ("Shooting at the port\n\nA police officer who guarded the port was shot on Monday.\n\nTomas "
              "Reyes, 50, said he heard two shots.", {"actor": "Tomas Reyes", "role": None}),
             ("President vows to veto harbour bill\n\nTomas Reyes, 50, said the bill would pass anyway.",
              {"actor": "Tomas Reyes", "role": None}),
             # a plain person's noun says no role ("Man (29) charged ...")
             ("Man (29) charged over assault\n\nCiarán Fitzgibbon appeared in court on Thursday.",
              {"actor": "Ciarán Fitzgibbon", "role": None})])


def _described_lead(doc: Any, layout: Layout) -> list[tuple[str, int]]:
    """Descriptions of an unnamed person the story opens on, with the token where each ends: the
    subject of the first sentence ("An ex-Russian intelligence officer who ..."), then the headline's
    first word ("Student dies after ...")."""
    found: list[tuple[str, int]] = []
    text = layout.text
    first = next((s for s in layout.sentences  # (the span's text, not rebuilt from its tokens)
                  if s.start_char >= layout.headline_end and text[s.start_char:s.end_char].strip()), None)
    if first is not None:
        for token in layout.tokens[first.start:first.end]:
            # an agent, never one acted upon ("A police officer ... was shot": who speaks next is a witness)
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.pos_ == "NOUN" \
                    and (token.lower_ in lexicon.TITLE_WORDS or token.lower_ in lexicon.OCCUPATION_NOUNS) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                start = next(t.i for t in token.subtree if t.dep_ != "det")
                found.append((span_text(doc, start, token.i + 1), first.end))
                break
    head = list(takewhile(lambda t: t.idx < layout.headline_end, layout.tokens))  # never the whole text
    head = [t for t in head if not t.is_space]
    while head and head[0].lower_ in ("a", "an"):
        head = head[1:]
    # a person described, not an office: "President vows to veto ..." is about someone the story names so
    if head and (head[0].lower_ in lexicon.OCCUPATION_NOUNS or head[0].lower_ in lexicon.PERSON_NOUNS) \
            and head[0].lower_ not in lexicon.PLAIN_PERSON_NOUNS \
            and head[0].pos_ in ("NOUN", "PROPN") and not head[0].ent_type_:  # ("Man (29) charged": no role)
        found.append((head[0].lower_, head[-1].i + 1))
    return found


def roles_from_lead(doc: Any, pairs: list[tuple[Mention, Actor]], layout: Layout) -> None:
    """The role a story's opening description gives the first person it then names (see
    :data:`LEAD_DESCRIPTION`); a person named beside the description keeps it for themself."""
    starts = [s.start for s in layout.sentences]
    ordered = sorted(pairs, key=lambda pair: pair[0].start)
    for description, end in _described_lead(doc, layout):
        opening = starts[max(0, bisect_right(starts, end - 1) - 1)] if starts else 0
        if any(a.type == "person" and opening <= m.start < end for m, a in ordered):
            continue  # someone is named beside the description: it is theirs or another's, not a lead's
        first = next(
            ((m, a) for m, a in ordered if m.start >= end and a.type == "person" and not m.furniture), None)
        if first is None:
            continue
        mention, actor = first
        if bisect_right(starts, mention.start) - bisect_right(starts, end - 1) > 4 or actor.role \
                or not (mention.agentive or mention.person_cues):
            continue
        actor.role = description
        fire_at(doc, LEAD_DESCRIPTION, mention, description)


def name_possessors(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """"her mother" -> "Mia Lund's mother": the pronoun is the last other person named before ("their
    lawyer" is the lawyer of people the text counts, of a body at most: see ``roles_of_its``)."""
    for mention, actor in pairs:
        if not mention.role or actor.role != mention.role:
            continue
        first, _, rest = mention.role.partition(" ")
        gender = {"his": "m", "her": "f"}.get(first.lower(), "")
        if gender == "" or not rest:
            continue
        at = min(mention.start, _role_start(doc, mention))
        owner = index.person_before(at, gender)
        if owner is not None and owner is not actor:
            actor.role = f"{owner.name}'s {rest}"


def _role_start(doc: Any, mention: Mention) -> int:
    root = doc[mention.root]
    return root.head.left_edge.i if root.dep_ == "appos" else mention.start


TITLE_AND_CLAUSE = rule(
    "referents.title-and-clause", "A person whose role is a bare title (“Sen.”, “Justice”, “Cllr (Lib Dem, "
    "Wealdbridge North)”) gets the “who” clause set after their name as well (“Justice Ana Leal, who led "
    "the dissent,”): the title says what they are, the clause what they do in the story.",
    examples=[("Ruling\n\nThe court ruled 6-5 on Monday. Justice Ana Leal, who led the dissent, said the "
               "ruling was wrong.", {"actor": "Ana Leal", "role": "Justice, who led the dissent"}),
              ("Mining\n\nSen. Isabel Fuentes, who chairs the Senate's mining committee, said she would "
               "summon the company.",
               {"actor": "Isabel Fuentes", "role": "Sen., who chairs the Senate's mining committee"}),
              ("Metro\n\nThe picture is murkier. MK Ronit Shalev-Dror, who chairs the Knesset Finance "
               "Committee, told me she would not allow it.",  # (a name the model called an organisation's)
               {"actor": "Ronit Shalev-Dror", "role": "MK, who chairs the Knesset Finance Committee"})],
    counter=[("Ruling\n\nThe court ruled 6-5 on Monday. Chief Justice Ana Leal of the Supreme Court, who "
              "led the dissent, said the ruling was wrong.",
              {"actor": "Ana Leal", "role": "Chief Justice, Supreme Court"})])

#: The most words of a bare title (``TITLE_AND_CLAUSE``): "State Sen.", "Council Member".
_BARE_TITLE_WORDS = 3
#: The most words of a clause joined to a title: "who chairs the Senate committee on migrant workers".
_TITLE_CLAUSE_WORDS = 10


def _bare_title(role: str) -> bool:
    """A role that is only a title, perhaps with a label in brackets or a party tag ("State Sen., D-Tucson",
    "Cllr (Lib Dem, Wealdbridge North)"): capitalised words ending in a title word."""
    if ";" in role:
        return False  # (a description follows already)
    office, *tags = without_label(role).split(",")
    if not all(party_tag(tuple(name_key(tag).split())) for tag in tags):
        return False  # ("Senator, Vermont", "Rep., Democratic National Committee's chair": more than a title)
    words = office.split()
    return 0 < len(words) <= _BARE_TITLE_WORDS and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.lower() in lexicon.TITLE_WORDS for w in words) \
        and words[-1].lower() in lexicon.TITLE_WORDS \
        and not any(w.lower() in lexicon.NAME_JOINERS for w in words)


def describe_people(referents: Referents) -> None:
    """Give each person no rule gave a role the "who" clause set after one of their names
    (``mentions.describing-clause``): what the article says of them, once nothing else can; a bare title
    takes the clause too (``TITLE_AND_CLAUSE``)."""
    doc = referents.doc
    for actor in referents.actors:
        if actor.type != "person" or (actor.role and not _bare_title(actor.role)):
            continue
        for mention in referents.mentions_of(actor):
            clause = described_by_clause(doc, doc[mention.root], mention.root == mention.end - 1)
            if clause and actor.role and (len(clause.split()) > _TITLE_CLAUSE_WORDS
                                          or clause.split(None, 1)[-1] in actor.role):
                break  # (a title's aside, not what the person does: "who has been plotting to be ...")
            if clause:
                if actor.role:
                    fire_at(doc, TITLE_AND_CLAUSE, mention)
                actor.role = f"{actor.role}, {clause}" if actor.role else clause
                break
