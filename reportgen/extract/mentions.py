"""Mentions: every place the text names a possible actor, each found by a declared rule.

spaCy's entities are the first source (cleaned: titles, honorifics, ``the`` and possessives out;
the model's junk refused); declared rules add the names the small model misses: institutions from
the data lists, state bodies named through their country, people marked by an age or by saying
something, surnames and first names of people named in full, employers named in a role. Each
mention records the rule that found it and what its sentence says about it (a title before it, an
age, a reporting verb, a place preposition ...). Merging mentions into actors is the referents
layer's business (``referents.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import AGENTS, POSSESSIVE_MARKS, SUBJECTS, cited, tree_of
from reportgen.extract.layout import Layout, layout_of, sentence_of
from reportgen.extract.names import (
    INITIAL,
    NAME_TOKEN,
    QUOTED_NICKNAME,
    acronym_fits,
    country_key,
    known_place,
    name_word,
    person_shaped,
)
from reportgen.extract.nlp import common_noun
from reportgen.extract.numwords import money_start, prefixed_figure
from reportgen.extract.roles import address_key, party_tag_at, role_of
from reportgen.extract.rules import Rule, fire_span, rule


@dataclass
class Mention:
    """One mention of a possible actor: a name as written, titles and possessive removed, with what
    its sentence says about it (the features referents type and merge by)."""

    start: int                 # token index of the first name token
    end: int                   # token index after the last name token
    text: str                  # the name as written, titles and possessive removed
    label: str                 # spaCy's entity label
    root: int                  # token index of the mention's syntactic head
    role: str | None = None
    honorific: str | None = None   # "Mr", "Ms" ... as written
    titled: bool = False       # a title stood before the name
    quoted: bool = False       # inside quotation marks
    furniture: bool = False    # in a caption, credit or byline
    attributive: bool = False  # only a modifier of a common noun ("North America editor")
    hyphenated: bool = False   # part of a hyphenated modifier ("Pakistan-based")
    agentive: bool = False     # subject or possessor ("Moscow says", "Moscow's orbit")
    person_cues: int = 0       # an age, or the subject of a reporting verb
    work: bool = False         # the text calls it a game, film, book ...
    headline: bool = False     # in the first line of the text
    geographic: bool = False   # modifies a place noun ("the Norfolk coast")
    locative: bool = False     # after "in", "at", "near" ... or visited
    impersonal: bool = False   # described as a thing or body ("X, which ...", "said in a statement")
    placed: bool = False       # used only as a place: "a yard in X", "In X, where ..."
    addressed: bool = False    # the one urged, warned or accused ("urged Madrid to ...")
    former: bool = False       # a former name ("formerly the Free Syrian Army"): never the actor's name
    rule: str = ""             # the rule that found it


def _at(doc: Any, layout: Layout, start: int, end: int, label: str, root: int, text: str | None = None,
        **features: Any) -> Mention:
    """A mention the finders found themselves, with where it stands read from the layout once (inside a
    quotation, in page furniture, in the headline) rather than set by each finder."""
    first = doc[start].idx
    return Mention(start=start, end=end, text=doc[start:end].text if text is None else text, label=label,
                   root=root, quoted=layout.in_quote(first), furniture=layout.is_furniture(first),
                   headline=first < layout.headline_end, **features)


#: spaCy labels that can name an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "PRODUCT"})


_MONTHS = lexicon.MONTHS | lexicon.WEEKDAYS | lexicon.RELATIVE_DAYS


def _calendar(token: Any) -> bool:
    """A month or day word used as a date: not a name the model tagged as a person's ("Jan Brewer",
    "Theresa May", "April Ryan") with no number beside it ("May 5" stays a date)."""
    if token.lower_ not in _MONTHS:
        return False
    if token.ent_type_ != "PERSON":
        return True
    doc = token.doc
    beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    return any(t.like_num for t in beside)


def _mark_defined_acronyms(doc: Any, mentions: list[Mention]) -> None:
    """"Harbour Data Format (HDF)": the acronym defined for a thing is a thing too."""
    things = {m.end for m in mentions if m.work}
    for m in mentions:
        if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in things:
            m.work = True


def _possessed_institutions(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "Norway's defence ministry", "Chile's coast guard", "the country's central bank": a state body
    named through its country is an organisation, named as the text writes it (the country keeps its
    own mention). Mentions the model made of part of it ("defence ministry") give way."""
    found: list[Mention] = []
    for head in layout_of(doc).tokens:
        if head.lower_ not in lexicon.STATE_BODIES or head.pos_ not in ("NOUN", "PROPN") \
                or layout.in_quote(head.idx) or (head.dep_ == "pobj" and head.head.lower_ == "of"):
            continue  # "speaker of Russia's parliament": part of someone's title
        if head.is_title and head.ent_iob_ == "B" and head.i + 1 < len(doc) \
                and doc[head.i + 1].ent_iob_ == "I":
            continue  # "Norway's Ministry of Defence": a proper name of its own, which the model has whole
        # "China's defence ministry spokesperson": the body named inside a title
        holder = head.head if head.dep_ == "compound" and head.head.i > head.i \
            and head.head.lower_ in lexicon.TITLE_WORDS else head
        owner = next((c for c in holder.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ not in ("compound", "amod", "poss", "det", "case")
                                for c in head.children if c.i < head.i and c.i > owner.i):
            continue
        if owner.pos_ == "PROPN":  # whatever the model's label ("Sri Lanka's" may come out a person)
            start = owner.left_edge.i
            while start < owner.i and doc[start].lower_ == "the":
                start += 1
            if not country_key(doc[start:owner.i + 1].text):
                continue
        elif owner.lower_ in lexicon.COUNTRY_NOUNS and any(c.lower_ == "the" for c in owner.children):
            start = owner.i
        else:
            continue
        if not any(doc[i].text in POSSESSIVE_MARKS for i in range(owner.i + 1, head.i)):
            continue
        found.append(_at(doc, layout, start, head.i + 1, "ORG", head.i, agentive=_agentive(head),
                         impersonal=True))
    if not found:
        return mentions
    # The country's own mention stays; a partial mention of the body ("defence ministry") goes.
    covered = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not (covered & set(range(m.start, m.end))) or country_key(m.text)]
    return kept + found


def _national_bodies(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "The British government", "the Syrian defence ministry", "the US administration": a state's
    government or body named by its demonym or country is an organisation named as written."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for head in layout_of(doc).tokens:
        if head.pos_ not in ("NOUN", "PROPN") or head.i in taken \
                or head.lower_ not in lexicon.NATIONAL_BODY_HEADS:
            continue
        # the demonym nearest the head: "the Danish and Dutch defence ministries" -> "Dutch ..."
        modifiers = [w for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")
                     for w in (c, *(x for x in c.children if x.dep_ == "conj"))]
        origin = next((c for c in reversed(modifiers)
                       if c.lower_ in lexicon.DEMONYM_COUNTRIES or country_key(c.text)), None)
        if origin is None or not origin.text[:1].isupper():
            continue
        start, end = origin.i, head.i + 1
        found.append(_at(doc, layout, start, end, "ORG", head.i, agentive=_agentive(head), impersonal=True))
    if found:
        covered = {i for m in found for i in range(m.start, m.end)}
        mentions[:] = [m for m in mentions if not covered & set(range(m.start, m.end)) or country_key(m.text)]
    return found


def _known_institutions(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Well-known institutions the small model leaves untagged ("OPEC+", "the Pentagon")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens:
        end = _listed_name_at(doc, token, lexicon.INSTITUTIONS, taken) if token.text[:1].isupper() else None
        if end is not None:
            root = doc[token.i:end].root
            found.append(_at(doc, layout, token.i, end, "ORG", root.i, agentive=_agentive(root)))
            taken.update(range(token.i, end))
    return found


def _listed_name_at(doc: Any, token: Any, listed: dict[str, tuple[tuple[str, ...], ...]],
                    taken: set[int]) -> int | None:
    """Where the longest name of a data list (``lexicon.phrases``) that starts at ``token`` ends, written
    as a name (capitals but for small words: not "Save the children!"), none of it already a mention."""
    for words in listed.get(token.lower_, ()):
        end = token.i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[token.i:end]) == words \
                and all(t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in doc[token.i:end]) \
                and not any(i in taken for i in range(token.i, end)):
            return end
    return None


def _known_countries(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Countries the small model leaves untagged ("Tuvalu, whose highest point ..."), written with
    capitals and not opening a longer name ("Chad Ruiz", "Jordan Peterson")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens:
        first_name = token.lower_ in lexicon.first_name_genders()
        if token.ent_type_ or not token.is_title or token.pos_ != "PROPN" \
                or (first_name and layout.in_quote(token.idx)):
            continue
        end = _listed_name_at(doc, token, lexicon.COUNTRY_PHRASES, taken)
        if end is None or any(doc[i].ent_type_ for i in range(token.i, end)) \
                or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
            continue  # (the first word of a longer name)
        root = doc[token.i:end].root
        if first_name and root.dep_ not in AGENTS and not _locative(root):
            continue  # "Chad", "Jordan": a country only where it acts or is a place
        found.append(_at(doc, layout, token.i, end, "GPE", root.i, agentive=_agentive(root)))
        taken.update(range(token.i, end))
    return found


def _joined_entities(doc: Any) -> list[Any]:
    """Entities, with a name the model cut in two joined again: "Liberal" + "Democrat", and a body with
    the place that closes its name ("the Latin Patriarchate" + "of Jerusalem", see :func:`_place_of`)."""
    from spacy.tokens import Span

    joined: list[Any] = []
    ents = _with_opening_body_words(doc, _with_nicknames(doc, _with_hyphened_places(doc, list(doc.ents))))
    ents = _with_people_after_brackets(doc, ents)
    for ent in _with_acronym_names(doc, _with_body_names(doc, ents)):
        if ent.label_ not in ACTOR_LABELS and not _firm_as_title(ent):
            continue
        joint = _joint_body_start(doc, ent)
        if joint is not None:
            fire_span(JOINT_BODY, doc[joint:ent.end])
            while joined and joined[-1].end > joint:
                joined.pop()  # "Avon" (taken for a person) is the first place of the name
            joined.append(Span(doc, joint, ent.end, label="ORG"))
            continue
        prev = joined[-1] if joined else None
        kin = prev is not None and (prev.label_ == ent.label_ or "NORP" in (prev.label_, ent.label_)) \
            and not (prev.label_ == "NORP" and ent.label_ == "PERSON"
                     and prev[-1].lower_ in lexicon.AFFILIATION_WORDS)  # "Liberal Democrat [Susan Hale]"
        if prev is not None and kin and prev.end == ent.start \
                and doc[prev.end - 1].whitespace_ and ent[0].is_title and not ent[0].is_sent_start:
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)  # "Liberal" + "Democrat"
        elif prev is not None and prev.label_ in ("ORG", "LOC", "FAC") and ent.label_ in ("GPE", "LOC") \
                and _place_of(doc, prev, ent):
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)  # ("the Regional District of X")
        elif prev is not None and _acronym_joins(prev, ent):
            fire_span(ACRONYM_JOINED, doc[prev.start:ent.end])
            joined[-1] = Span(doc, prev.start, ent.end, label="ORG")
        elif prev is not None and ent.label_ == "PERSON" and prev.end == ent.start \
                and _first_name_misread(prev, tagged_surname=True):
            fire_span(FIRST_NAME_MISREAD, doc[prev.start:ent.end])
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "Yulia" + "Semenova-Park"
        elif prev is not None and ent.label_ == "PERSON" and prev.end == ent.start \
                and prev.label_ != "PERSON" and _name_opening_in(prev) is not None:
            opening = _name_opening_in(prev)
            assert opening is not None
            fire_span(NAME_ACROSS_ENTITIES, doc[opening:ent.end])
            if opening > prev.start:
                joined[-1] = Span(doc, prev.start, opening, label=prev.label_)
            else:
                joined.pop()
            joined.append(Span(doc, opening, ent.end, label="PERSON"))  # "... Resources [Md Shahriar] Kabir"
        elif _first_name_misread(ent):
            fire_span(FIRST_NAME_MISREAD, doc[ent.start:ent.end + 1])
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
        elif _described_name_misread(ent):
            fire_span(NAME_ACROSS_ENTITIES, doc[ent.start:ent.end + 1])
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))  # "convener [Nazma Akter] Shimu"
        else:
            joined.append(ent)
    return joined


NAME_ACROSS_ENTITIES = rule(
    "repairs.name-across-entities", "A person's name the model cut across two entities or left half untagged "
    "is one name: from a known first name inside a body's name up to the person after it (“Minister for "
    "Mineral Resources Md Shahriar Kabir Chowdhury” gave “Mineral Resources Md Shahriar” and “Kabir "
    "Chowdhury”), or after a person's noun, a body's name the next untagged proper noun ends (“convener "
    "Nazma Akter Shimu said”).",
    examples=[("Solar tender\n\nMinister for Power, Energy and Mineral Resources Md Shahriar Kabir Chowdhury "
               "described the outcome as a turning point.",
               {"actor": "Md Shahriar Kabir Chowdhury", "type": "person"}),
              ("Solar tender\n\nAlliance convener Nazma Akter Shimu said the group would file a writ "
               "petition.",
               {"actor": "Nazma Akter Shimu", "type": "person"})],
    counter=[("Solar tender\n\nThe Bank of Anna Maria said on Monday that it would lend more.",
              {"no_actor": "Anna Maria said"})])


def _name_opening_in(ent: Any) -> int | None:
    """The token a person's name opens at inside ``ent`` (a known first name, the words after it to the
    entity's end capitalised proper nouns, none a title or a body's word), else None."""
    for k in range(ent.start, ent.end):
        token = ent.doc[k]
        if token.lower_ not in lexicon.first_name_genders():
            continue
        rest = ent.doc[k:ent.end]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lexicon.TITLE_WORDS
               and t.lower_ not in lexicon.ORG_WORDS and t.dep_ == "compound" and t.head.i >= ent.end
               for t in rest) and not known_place(rest.text):
            return k  # (hung on the person's name in the parse; "Georgia Brian Kemp's office" is a place's)
        return None
    return None


def _described_name_misread(ent: Any) -> bool:
    """A body's name of one or two words set right after a lower-case person's noun and followed by an
    untagged capitalised proper noun that heads them: a person's name ("convener Nazma Akter Shimu")."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) > 2 or ent.start == 0 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return before.is_lower and (before.lower_ in lexicon.TITLE_WORDS
                                or before.lower_ in lexicon.PERSON_NOUNS) \
        and after.pos_ == "PROPN" and after.is_title and not after.ent_type_ \
        and all(t.head.i == after.i or t.head.i in range(ent.start, ent.end) for t in ent) \
        and after.lower_ not in lexicon.ORG_WORDS and after.lower_ not in lexicon.TITLE_WORDS


HYPHENED_PLACE = rule(
    "mentions.hyphened-place", "A capitalised word joined by hyphens over a place-name particle to another "
    "(“Stoke-by-Tarrow”, “Newton-on-Ouse”, “Ashby-de-la-Zouch”) is one place's name, which the tokenizer "
    "cut into pieces.",
    examples=[("Councillors in Stoke-by-Tarrow voted on Monday to build a flood barrier. Residents of "
               "Kirby-le-Marsh and Newton-on-Ouse objected.",
               {"actor": "Stoke-by-Tarrow", "type": "location"})],
    counter=[("The Baghdad-Damascus road reopened. A well-known actor spoke.", {"no_actor": "well-known"}),
             ("He spoke with BuzzFeed Editor-in-Chief Ben Smith.", {"no_actor": "Editor-in-"}),
             ("Jean-de-Dieu Nkurunziza, a farmer near Gitega, said the rains came late.",
              {"actor": "Jean-de-Dieu Nkurunziza", "type": "person"}),
             ("Jack-in-the-Box said it would close 40 restaurants.", {"no_actor": "Jack-in-the-Box"}),
             ("The Made-in-Italy campaign was launched in Rome.", {"no_actor": "Made-in-Italy"})])


def _with_hyphened_places(doc: Any, ents: list[Any]) -> list[Any]:
    """``HYPHENED_PLACE``: the entities, with each hyphened place name whole (a place, whatever the model
    made of its parts)."""
    from spacy.tokens import Span

    i = 0
    while i < len(doc):
        end = _hyphened_place_end(doc, i)
        if end is None:
            i += 1
            continue
        fire_span(HYPHENED_PLACE, doc[i:end])
        ents = _replaced(ents, i, end, [Span(doc, i, end, label="GPE")])
        i = end
    return ents


OPENING_BODY_WORD = rule(
    "mentions.opening-body-word", "A body's name in another language opens with its body word (“Fundación "
    "Agua Viva”, “Stiftung Warentest”, “Partido de los Trabajadores”, “Frente 33”): the capitalised run "
    "after it, over the language's particles, is one organisation's name.",
    examples=[("The Syndicat des producteurs de Lirac said prices were too low.",
               {"actor": "Syndicat des producteurs de Lirac", "type": "organization"}),
              ("Banco Santander Chairman Ana Ortiz said profits rose.",  # the body ends at the title
               {"actor": "Ana Ortiz", "type": "person"}),
              ("The report was published by Agence France-Presse on Monday.",
               {"actor": "Agence France-Presse", "type": "organization"}),
              ("Environmental groups celebrated the ruling. Fundación Agua Viva, which filed a brief, said "
               "the judgment would “set a precedent for every large project in the south.”",
               {"actor": "Fundación Agua Viva", "type": "organization"}),
              ("The Partido de los Trabajadores said it would appeal.",
               {"actor": "Partido de los Trabajadores", "type": "organization"})],
    counter=[("Banco said the deal was off. Ana Banco, its founder, agreed.", {"no_actor": "Banco said"}),

             ("The Junta met on Monday.", {"no_actor": "Junta met"})])

def _with_opening_body_words(doc: Any, ents: list[Any]) -> list[Any]:
    """``OPENING_BODY_WORD``: the entities, with each body name that opens with a body word of another
    language whole (an organisation, whatever the model made of its parts)."""
    from spacy.tokens import Span

    i = 0
    while i < len(doc) - 1:
        token = doc[i]
        if not (token.is_title and token.lower_ in lexicon.OPENING_BODY_WORDS) or not token.whitespace_:
            i += 1
            continue
        end, last = i + 1, i
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
            word = doc[end]
            if _glued_hyphen(word) and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 2  # "Agence France-Presse", "Université Paris-Saclay"
                last = end - 1
                continue
            # "Syndicat des producteurs de Lirac": a common word inside, before a particle and a name
            spelled = word.is_lower and end + 2 < len(doc) \
                and doc[end + 1].lower_ in lexicon.BODY_NAME_PARTICLES and doc[end + 2].is_title
            if not (word.is_title or word.lower_ in lexicon.BODY_NAME_PARTICLES or spelled) \
                    or not word.is_alpha \
                    or word.lower_ in lexicon.TITLE_WORDS \
                    or (word.ent_type_ == "PERSON" and word.lower_ in lexicon.first_name_genders()):
                break  # ("Banco Santander Chairman Ana Ortiz": the body ends at its officer's title)
            if word.is_title:
                last = end
            end += 1
        if end < len(doc) and end == last + 1 and doc[end].text.isdigit() \
                and "\n" not in doc[end - 1].whitespace_:
            last = end  # "the Frente 33": a numbered front
        place = all(t.ent_type_ in ("GPE", "LOC") for t in doc[i:last + 1])  # "Centro Habana", a district
        if last == i or (token.ent_type_ == "PERSON" and token.ent_iob_ == "I") or place:
            i += 1  # (a surname inside a person's name: "Ana Banco Ruiz")
            continue
        fire_span(OPENING_BODY_WORD, doc[i:last + 1])
        ents = _replaced(ents, i, last + 1, [Span(doc, i, last + 1, label="ORG")])
        i = last + 1
    return ents


NICKNAME = rule(
    "mentions.nickname", "A first name, a nickname in quotation marks and a surname (“Felipe \"Ping\" "
    "Aragoncillo”, “Dwayne 'The Rock' Johnson”) are one person's name, which the model breaks at the "
    "quotation marks.",
    examples=[('Governor Felipe "Ping" Aragoncillo of Alta Cordillera declared a state of calamity. '
               '"We will not reopen a single school," Aragoncillo said.',
               {"actor": 'Felipe "Ping" Aragoncillo', "type": "person", "role": "Governor"})],
    counter=[('Residents of the "Big" Apple said the trains were late.', {"no_actor": 'the "Big" Apple'}),
             ('Maria said "Yes" Tuesday when asked about the offer.',
              {"no_actor": 'Maria said "Yes" Tuesday'})])

_NICKNAME_MARKS = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def _with_nicknames(doc: Any, ents: list[Any]) -> list[Any]:
    """``NICKNAME``: the entities, with each name that holds a quoted nickname whole (a person)."""
    from spacy.tokens import Span

    for i, token in enumerate(doc[:-4]):
        close = _NICKNAME_MARKS.get(doc[i + 1].text)
        if close is None or not (token.is_title and token.lower_ in lexicon.first_name_genders()) \
                or not token.whitespace_ or doc[i + 1].whitespace_:
            continue
        j = i + 2
        while j < min(i + 5, len(doc)) and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j == i + 2 or j + 1 >= len(doc) or doc[j].text != close or doc[j - 1].whitespace_ \
                or not doc[j].whitespace_:
            continue
        end = j + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and doc[end].lower_ not in lexicon.TITLE_WORDS:
            end += 1
        if end == j + 1:
            continue
        fire_span(NICKNAME, doc[i:end])
        ents = _replaced(ents, i, end, [Span(doc, i, end, label="PERSON")])
    return ents


TITLE_BRACKET_NAME = rule(
    "mentions.title-bracket-name", "A person's name after a title that a bracket closes (“Minister of State "
    "for Petroleum Resources (Oil) Adaeze Okonkwo-Bello”) is the person, though the model ran the portfolio "
    "and the name into one body.",
    examples=[("Pipeline\n\nBayo Adeyemi-Cole, the chief executive, said the line was ready.\n\nMinister of "
               "State for Petroleum Resources (Oil) Adaeze Okonkwo-Bello said the "
               "government would deploy 1,500 personnel to guard the line.\n\n\"We have learnt the hard way "
               "that a pipeline is only as strong as the community beside it,\" she said.",
               {"quote": "We have learnt", "speaker": "Adaeze Okonkwo-Bello"})],
    counter=[("Pipeline\n\nThe Ministry of Petroleum Resources (MPR) said the line was ready.",
              {"no_actor": "Adaeze"})])


def _with_people_after_brackets(doc: Any, ents: list[Any]) -> list[Any]:
    """``TITLE_BRACKET_NAME``: an entity that runs a bracketed portfolio into a person's name keeps only
    the name (a known first name, then capitalised words to the entity's end)."""
    from spacy.tokens import Span

    for ent in list(ents):
        for k in range(ent.start + 2, ent.end - 1):
            if doc[k - 1].text == ")" and doc[k].is_title and doc[k].lower_ in lexicon.first_name_genders() \
                    and all(t.is_title or t.text in ("-", "'") for t in doc[k:ent.end]):
                fire_span(TITLE_BRACKET_NAME, doc[k:ent.end])
                ents = _replaced(ents, ent.start, ent.end, [Span(doc, k, ent.end, label="PERSON")])
                break
    return ents


def _replaced(ents: list[Any], start: int, end: int, spans: list[Any]) -> list[Any]:
    """The entities in text order, those overlapping tokens ``start``-``end`` replaced by ``spans``."""
    return sorted([*(e for e in ents if e.end <= start or e.start >= end), *spans], key=lambda e: e.start)


def _hyphened_place_end(doc: Any, i: int) -> int | None:
    """Where "Stoke-by-Tarrow" that starts at ``i`` ends: capitalised words and particles alternating
    with hyphens, with no space, at least one particle, ending in a capitalised word."""
    if not (doc[i].is_title and doc[i].is_alpha) or (i > 0 and doc[i - 1].text in ("-", "–")
                                                     and not doc[i - 1].whitespace_):
        return None
    j, particles = i, 0
    while j + 2 < len(doc) and not doc[j].whitespace_ and doc[j + 1].text == "-" \
            and not doc[j + 1].whitespace_:
        word = doc[j + 2]
        if word.lower_ in lexicon.PLACE_PARTICLES and word.is_lower:
            particles += 1
        elif not (word.is_title and word.is_alpha):
            break
        j += 2
    while j > i and doc[j].lower_ in lexicon.PLACE_PARTICLES:
        j -= 2
    if not particles or j <= i or not doc[j].is_title:
        return None
    titled = any(t.lower_ in lexicon.TITLE_WORDS for t in doc[i:j + 1])  # "Editor-in-Chief" is an office
    # a first name ("Jean-de-Dieu Nkurunziza", "Jack-in-the-Box"), a word ("Made-in-Italy", "Stop-the-War")
    first = doc[i].lower_
    worded = first in lexicon.first_name_genders() or common_noun(doc, first) or doc[i].pos_ == "VERB"
    named = j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"  # a surname follows
    return None if titled or worded or named else j + 1


ACRONYM_NAME = rule(
    "mentions.acronym-name", "A name with its acronym in brackets after it runs as far left as the acronym "
    "spells it, over \"and\", \"for the\" and places the model cut off (\"the Pilots' Association of Great "
    "Britain and Ireland (PAGBI)\", \"the Regional Water Watch for the Delta (RWWD)\").",
    examples=[("The Pilots' Association of Great Britain and Ireland (PAGBI) said on Monday that it backed a "
               "strike.",
               {"actor": "Pilots' Association of Great Britain and Ireland", "aliases": ["PAGBI"]}),
              ("The Regional Water Watch for the Delta (RWWD) said on Tuesday that reservoirs were low.",
               {"actor": "Regional Water Watch for the Delta", "aliases": ["RWWD"]})],
    counter=[("Britain and Ireland (PAGBI) said on Monday that it backed a strike.",
              {"no_actor": "Britain and Ireland"})])


def _with_acronym_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ACRONYM_NAME``: the entities, with each name before a bracketed acronym as long as the acronym
    spells, when that is longer than what the model found."""
    from spacy.tokens import Span

    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 3 <= len(acronym) <= 8):
            continue
        end = token.i
        start = _spelled_start(doc, end, acronym)
        if start is None:
            continue
        own = [e for e in ents if e.start < end and e.end > start]
        if len(own) == 1 and own[0].start <= start and own[0].end == end and own[0].label_ in ACTOR_LABELS:
            continue  # the model has it whole (not as a work running into the brackets)
        fire_span(ACRONYM_NAME, doc[start:end])
        spans = [Span(doc, start, end, label="ORG")]
        if not any(e.start == token.i + 1 for e in ents):  # and the acronym, its alias
            spans.append(Span(doc, token.i + 1, token.i + 2, label="ORG"))
        ents = _replaced(ents, start, end, spans)
    return ents


def _spelled_start(doc: Any, end: int, acronym: str) -> int | None:
    """The leftmost start, after "the" or opening its sentence, of capitalised words and joiners before
    ``end`` that the acronym spells."""
    best = None
    for start in range(end - 1, max(end - 12, -1), -1):
        token = doc[start]
        joiner = token.lower_ in lexicon.NAME_JOINERS or token.lower_ in ("and", "&")
        if "\n" in token.whitespace_ or not (token.is_title or joiner or token.text in POSSESSIVE_MARKS):
            break
        opens = start == 0 or doc[start - 1].lower_ == "the" or token.is_sent_start
        if token.is_title and opens and acronym_fits(acronym, doc[start:end].text):
            best = start
    return best


BODY_NAME = rule(
    "mentions.body-name", "After “the”, a run of capitalised words ending in a body word is one body's "
    "name, where the model cut it or missed it: at “and” (“The Fishers and Boatmen Guild”), at a "
    "possessive plural (“the Mineworkers' Federation of Zambia”) or after a place (“the New Zealand Dairy "
    "Council”). Two names joined by “and” stay two (“the Treasury and Canal Trust”).",
    examples=[("The Fishers and Boatmen Guild said on Monday that its members would stop work.",
               {"actor": "Fishers and Boatmen Guild", "type": "organization"}),
              ("The New Zealand Dairy Council and the South African Wine Guild said they shared the concern.",
               {"actor": "South African Wine Guild", "type": "organization"}),
              ("The Harbour and Canal Trust said it was neutral.",
               {"actor": "Harbour and Canal Trust", "type": "organization"}),
              ("The Drivers' Alliance of Kenya (DAK) rejected the new fare deal. Staff at St. Agnes's "
               "Hospice were also affected.", {"actor": "Drivers' Alliance of Kenya", "aliases": ["DAK"]}),
              ("Staff at St. Agnes's Hospice were also affected.", {"actor": "St. Agnes's Hospice"})],
    counter=[("The Treasury and Canal Trust said so.", {"actor": "Canal Trust"}),
             ("The United States and European Union said so.", {"actor": "European Union"})])


def _with_body_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``BODY_NAME``: the entities, with each body name the model cut or missed after "the" in full."""
    from spacy.tokens import Span

    for token in doc:
        if not (token.is_title and token.lower_ in lexicon.ORG_WORDS and token.pos_ in ("PROPN", "NOUN")):
            continue
        own = next((e for e in ents if e.start <= token.i < e.end), None)
        start = _body_name_start(doc, token, own.start if own is not None else token.i)
        if start is None or (own is not None and own.start <= start):
            continue  # (the model has it whole)
        end = own.end if own is not None and own.label_ in ("ORG", "FAC", "WORK_OF_ART", "PERSON") \
            else _place_of_body(doc, token.i + 1)
        fire_span(BODY_NAME, doc[start:end])
        ents = _replaced(ents, start, end, [Span(doc, start, end, label="ORG")])
    return ents


def _body_name_start(doc: Any, word: Any, own: int) -> int | None:
    """Where the body name that ``word`` closes starts (``own``: where the model's entity holding it
    starts), when "the" opens it and it holds more than the word and the one before; a name that opens a
    sentence when the text also writes it after "the" (a headline). Else None."""
    start = word.i
    joined = False
    while start > 0:
        prev = doc[start - 1]
        if "\n" in prev.whitespace_ or prev.is_sent_end or (prev.ent_type_ == "PERSON" and prev.i < own):
            break
        if prev.lower_ == "the":
            return start if start < word.i - 1 else None
        if prev.lower_ in lexicon.SAINT_WORDS and start < word.i:
            return start - 1  # "St. Agnes's Hospice": a saint's name opens it
        name_word = prev.is_title and prev.is_alpha and prev.lower_ not in lexicon.TITLE_WORDS \
            and prev.pos_ in ("PROPN", "NOUN", "ADJ")
        possessive = prev.text in POSSESSIVE_MARKS and start - 2 >= 0 and not doc[start - 2].whitespace_ \
            and _named_possessor(doc[start - 2])
        if name_word or possessive:
            start -= 1
        elif prev.lower_ in ("and", "&") and not joined and start - 2 >= 0 and doc[start - 2].is_title \
                and not doc[start - 2].ent_type_ and doc[start - 2].lower_ not in lexicon.ORG_WORDS:
            joined = True
            start -= 1
        else:
            return None
    opens = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start].is_sent_start
    written = f"the {doc[start:word.i + 1].text}".lower()
    return start if opens and start < word.i - 1 and written in doc.text.lower() else None


def _place_of_body(doc: Any, end: int) -> int:
    """Where a body name ends that goes on over "of" and capitalised words ("Alliance of Kenya")."""
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_title:
        end += 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
    return end


def _named_possessor(token: Any) -> bool:
    """A possessor that belongs to a body's name: "People's", a plural ("Mineworkers'"), a saint's
    ("St. Agnes's")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    saint = before is not None and before.lower_ in lexicon.SAINT_WORDS
    member = token.lower_[:-1] in lexicon.AFFILIATION_WORDS or token.lower_[:-1] in lexicon.DEMONYMS
    return token.is_title and (token.lower_ in lexicon.NAME_POSSESSORS or token.lower_ in lexicon.TITLE_WORDS
                               or (_common_plural(token.doc, token.lower_) and not member) or saint)


ACRONYM_JOINED = rule(
    "mentions.acronym-joined", "Two bodies the model cut at \"for\" or \"of\" are one name when the acronym "
    "in brackets after them fits the whole (\"the UN Office\" + \"for the Coordination of Humanitarian "
    "Affairs (OCHA)\").",
    examples=[("Fighting has killed 140 civilians, according to the UN Office for the Coordination of "
               "Humanitarian Affairs (OCHA).",
               {"actor": "UN Office for the Coordination of Humanitarian Affairs", "type": "organization"})],
    counter=[("The Harbour Board wrote to the Ministry of Transport for the third time.",
              {"actor": "Harbour Board", "type": "organization"})])


JOINT_BODY = rule(
    "mentions.joint-body", "A body two places share (“Avon and Somerset Police”, “Devon and Cornwall "
    "Constabulary”; organisations.yaml joint_body_words) is one name, which the model cuts at “and”.",
    examples=[("A spokesperson for Avon and Somerset Police said the charges followed a long investigation.",
               {"actor": "Avon and Somerset Police", "type": "organization"}),
              ("Devon and Cornwall Police arrested two men on Monday.",
               {"actor": "Devon and Cornwall Police", "type": "organization"})],
    counter=[("Ana Ruiz and Thames Valley Police searched the site on Monday.",
              {"actor": "Thames Valley Police", "type": "organization"}),
             ("The case went to the International Court of Justice and the UN Security Council in May.",
              {"actor": "International Court of Justice", "type": "organization"})])


def _joint_body_start(doc: Any, ent: Any) -> int | None:
    """Where a shared body's name starts ("Avon" of "Avon and Somerset Police"), when ``ent`` is the
    second place and the body's word (two words: never "Glasgow City Council"), after "and" and one
    title-case word that is no country and no body; else None."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in lexicon.JOINT_BODY_WORDS or len(ent) < 2 \
            or ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return None
    first = doc[ent.start - 2]
    if first.pos_ != "PROPN" or not first.is_title or first.lower_ in lexicon.first_name_genders() \
            or (first.i > 0 and doc[first.i - 1].pos_ == "PROPN") or first.ent_iob_ == "I" \
            or first.ent_type_ == "ORG" or first.lower_ in lexicon.ORG_WORDS or country_key(first.text) \
            or not ent[0].is_title or len(ent) != 2:
        return None  # "Ana Ruiz and Thames Valley Police", "the Court of Justice and the UN Security Council"
    return first.i


def _acronym_joins(prev: Any, ent: Any) -> bool:
    doc = ent.doc
    between = doc[prev.end:ent.start]
    if prev.label_ != "ORG" or ent.label_ != "ORG" or not 1 <= len(between) <= 2 \
            or not all(t.lower_ in ("for", "of", "the") for t in between) or ent.end + 2 >= len(doc) \
            or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return False
    acronym = doc[ent.end + 1].text
    return acronym.isupper() and acronym.isalpha() and len(acronym) >= 3 \
        and acronym_fits(acronym, doc[prev.start:ent.end].text)


FIRST_NAME_MISREAD = rule(
    "mentions.first-name-misread", "A known first name the model tagged a place or body, followed by an "
    "untagged capitalised proper noun, is a person's name (\"Marta Ruiz, chief executive of ...\" gave "
    "the place \"Marta\"), also when the model tagged the surname alone a person (\"Second-ranked Yulia "
    "Semenova-Park\" gave \"Yulia\" and \"Semenova-Park\"); never a country or capital (\"Jordan Valley\").",
    examples=[("Marta Ruiz, chief executive of Kelby Terminals, said the offer was final.",
               {"actor": "Marta Ruiz", "type": "person"}),
              ("Second-ranked Yulia Semenova-Park can overtake her on Monday if she reaches the final.",
               {"actor": "Yulia Semenova-Park", "type": "person"})],
    counter=[("Troops crossed into the Jordan Valley on Monday.",
              {"actor": "Jordan Valley", "type": "location"}),
             ("Officials in Georgia Brian Kemp's office declined to comment.",
              {"no_actor": "Georgia Brian Kemp"})])


def _first_name_misread(ent: Any, tagged_surname: bool = False) -> bool:
    """``FIRST_NAME_MISREAD``: one word tagged a place that is a first name and no place the gazetteer
    knows, then one untagged capitalised proper noun that ends the name (with ``tagged_surname``, the
    name the model tagged a person right after it)."""
    from reportgen.geo.gazetteer import gazetteer

    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in ("GPE", "LOC") or ent.end + 1 >= len(doc) \
            or ent.text.lower() not in lexicon.first_name_genders() or known_place(ent.text):
        return False
    if tagged_surname:
        return bool(ent[0].whitespace_) and not gazetteer().cities(ent.text) \
            and not gazetteer().subdivisions(ent.text)
    surname = doc[ent.end]
    word = surname.lower_
    if surname.ent_type_ or surname.pos_ != "PROPN" or not surname.is_title or not ent[0].whitespace_ \
            or doc[ent.end + 1].pos_ == "PROPN":
        return False
    if gazetteer().cities(ent.text) or gazetteer().subdivisions(ent.text):
        return False
    vocabularies = (lexicon.TITLE_WORDS, lexicon.ORG_WORDS, lexicon.PLACE_HEADS, lexicon.FACILITY_WORDS,
                    lexicon.INDUSTRY_WORDS)
    return not any(word in vocabulary for vocabulary in vocabularies)


FIRST_NAME_MISTAGGED = rule(
    "mentions.first-name-mistagged", "A known first name written with a capital inside a sentence, right "
    "before a one-word name, opens that name even when the tagger read it as another word (\"chief "
    "executive Per Malmberg\": \"Per\" read as a preposition).",
    examples=[("Orchestra chief executive Per Malmberg said sales rose.",
               {"actor": "Per Malmberg", "type": "person", "role": "Orchestra chief executive"}),
              ("The orchestra said it would tour. Its chief executive, Per Malmberg, said sales rose.",
               {"actor": "Per Malmberg", "type": "person"}),
              ("Border troops\n\nThe army moved north. Per Aksel Rud, a senior fellow at the institute, said "
               "the move was small.",  # opening the sentence, before a name the model has as a person
               {"actor": "Per Aksel Rud", "type": "person"})],
    counter=[("The fee is 40 euros per Malmberg resident, the council said.", {"no_actor": "Per Malmberg"}),
             ("His Answer Might Anger Most Of Hollywood\n\nThe actor spoke on Monday.",
              {"no_actor": "Of Hollywood"})])


def _first_name_mistagged(doc: Any, start: int) -> bool:
    """``FIRST_NAME_MISTAGGED``: the word before a one-word name is a capitalised first name the tagger
    gave another part of speech, and nothing opens a sentence or a title there."""
    if start == 0:
        return False
    prev = doc[start - 1]
    before = doc[start - 2] if start >= 2 else None
    if prev.idx < layout_of(doc).headline_end \
            or (before is not None and before.is_title and before.lower_ not in lexicon.TITLE_WORDS):
        return False  # (Title Case capitals mark no name: "Trump Just Said ...", "Most Of Hollywood")
    return prev.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "DET") and prev.is_title \
        and prev.lower_ in lexicon.first_name_genders() and bool(prev.whitespace_) \
        and not _opens_sentence(prev) and not _calendar(prev) and doc[start].is_title


def _first_name_opens_sentence(doc: Any, start: int, end: int) -> bool:
    """"Per Aksel Rud, a fellow, said": a first name the tagger read as a preposition opens the sentence
    right before a person's name, which no possessive follows ("Per Reuters' count" is a preposition)."""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.pos_ == "ADP" and prev.is_title and _opens_sentence(prev) \
        and prev.lower_ in lexicon.first_name_genders() and bool(prev.whitespace_) \
        and not (end < len(doc) and doc[end].text in POSSESSIVE_MARKS) \
        and prev.idx >= layout_of(doc).headline_end


def _place_of(doc: Any, body: Any, place: Any) -> bool:
    """The place closes the body's name: "the Latin Patriarchate" + "of" + "Jerusalem", "the Armenian
    Patriarchate of" + "Jerusalem" (the model cut the name at "of")."""
    between = doc[body.end:place.start]
    if place.end < len(doc) and (doc[place.end].tag_ == "POS" or doc[place.end].text in ("'s", "’s")):
        return False  # "a report by Amnesty International of Syria's prisons": the place owns the next
    if body[-1].lower_ == "of":
        return len(between) == 0 and body[-1].whitespace_ != ""
    return len(between) == 1 and between[0].lower_ == "of" and body[-1].is_title \
        and not (body.start > 0 and doc[body.start - 1].lower_ == "of")  # not "Secretary of State of ..."


def _bare_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Surnames and first names of people named in full that the model did not tag ("Grieve says")."""
    parts: set[str] = set()
    surnames: set[str] = set()
    firsts: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and person_shaped(m.text):
            parts.update((words[0], words[-1]))
            surnames.add(words[-1])
            firsts.add(words[0])
        elif m.label == "PERSON" and m.person_cues and person_shaped(m.text):
            parts.add(m.text)  # "Luca, 12," named again as "Luca"
    if not parts:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    # surnames the text also uses alone as names ("Sanders said"), or that a "he" or "she" of the same
    # sentence goes back to ("Sanders appeared to ..., when he told ..."): only those may open a sentence
    # as a plural the tagger misread; "Waters rose" after "Tom Waters" is the lake
    alone = {t.text for t in layout.tokens if t.text in surnames and t.pos_ == "PROPN"
             and not t.is_sent_start and not (t.i > 0 and doc[t.i - 1].text in parts)}
    found: list[Mention] = []
    for token in layout.tokens:
        lone = not token.ent_type_ or (token.ent_iob_ == "B" and (token.i + 1 == len(doc)
                                                                    or doc[token.i + 1].ent_iob_ != "I"))
        # a surname the tagger read as a word ("said Skelly" as an adverb), never one that modifies a
        # noun ("Black voters" after "Ana Black")
        # (opening a sentence only as the subject of its verb, bare: "Sanders appeared to ..." read as
        # the plural of "sander", not "Price rises")
        misread = token.text in surnames and not token.ent_type_ \
            and token.pos_ in ("ADV", "ADJ", "NOUN", "VERB") and token.dep_ not in ("amod", "compound") \
            and (not token.is_sent_start or (token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")
                                             and not any(token.children)
                                             and (token.text in alone or _he_or_she_after(token))))
        # a name the tagger read as a word that opens its sentence as the subject set off by a comma
        # ("Yohannes, speaking to AFP, accused ...", after "Yohannes Ghebreab")
        misread = misread or (token.text in firsts and not token.ent_type_ and token.is_sent_start
                              and not common_noun(doc, token.lower_)
                              and token.pos_ in ("NOUN", "ADJ", "ADV") and token.dep_ in SUBJECTS
                              and token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        if token.text in parts and lone and token.i not in tagged and (token.pos_ == "PROPN" or misread) \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
                         and doc[token.i + 1].text not in parts):
            found.append(_at(doc, layout, token.i, token.i + 1, "PERSON", token.i, agentive=_agentive(token)))
    return found


def _he_or_she_after(token: Any) -> bool:
    """A subject "he" or "she" later in the token's sentence."""
    return any(t.lower_ in ("he", "she") and t.dep_ in SUBJECTS
               for t in token.doc[token.i + 1:token.sent.end])


def _names_seen_elsewhere(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """A one-word name the model tagged elsewhere, acting as a subject where it left it untagged
    ("Twitter pledged to ..." after "its Twitter account"): the same name, with its usual label."""
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.end - m.start == 1 and m.text[:1].isupper() and not m.work:
            labels.setdefault(m.text, Counter())[m.label] += 1
    if not labels:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens:
        if token.text not in labels or token.i in tagged or token.ent_type_ or token.pos_ != "PROPN" \
                or token.dep_ not in SUBJECTS or layout.in_quote(token.idx) \
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        found.append(_at(doc, layout, token.i, token.i + 1, labels[token.text].most_common(1)[0][0], token.i,
                         agentive=True, person_cues=_person_cues(doc, token, token.i + 1)))
    return found


def _aged_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """People the model missed or mislabelled but wire copy marks by age: "Jane Roe, 34, was ..." (an
    age outweighs the model calling "Tarik" a place); never the tail of a hyphened name."""
    people = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout_of(doc).tokens:
        i = token.i
        if not (token.like_num and i >= 2 and i + 1 < len(doc) and doc[i - 1].text == ","
                and doc[i + 1].text == ","):
            continue
        end = i - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and NAME_TOKEN.match(doc[start - 1].text) \
                and doc[start - 1].ent_type_ not in ("DATE", "TIME") \
                and not country_key(doc[start - 1].text):
            start -= 1
        if start >= 2 and _glued_hyphen(doc[start - 1]):
            continue  # "Ngbandi-Kossi, 67,": the tail of a name the model has whole
        if any(k in people for k in range(start, end)):
            continue
        # "Luca, 12, walks ...": a first name alone, when a lower-case word follows (not a score list)
        alone = end - start == 1 and i + 2 < len(doc) and doc[i + 2].is_lower \
            and person_shaped(doc[start].text) and doc[start].lower_ not in lexicon.DEMONYMS
        if (end - start >= 2 or alone) and doc[start].lower_ not in lexicon.TITLE_WORDS:
            root = doc[start:end].root
            found.append(_at(doc, layout, start, end, "PERSON", root.i,
                             role=role_of(doc, list(doc[start:end]), [], root), agentive=_agentive(root),
                             person_cues=1))
    return found


def _before_name(doc: Any, mention: Mention, names: set[int]) -> Mention:
    """The mention cut before the first of ``names`` it runs into, when words of its own come first."""
    cut = next((i for i in range(mention.start + 1, mention.end) if i in names), None)
    if cut is None or mention.start in names or doc[cut - 1].lower_ in lexicon.TITLE_WORDS:
        return mention
    return replace(mention, end=cut, text=doc[mention.start:cut].text, root=doc[mention.start:cut].root.i,
                   label="ORG" if mention.label == "PERSON" else mention.label)  # (the body the office is of)


def _name_start(doc: Any, low: int, end: int) -> int | None:
    """Where the name closing ``doc[low:end]`` starts: the last known first name with three tokens at most
    after it, widened over first names before it that are no common words ("Mary Ann Smith", but not
    "Steel" of "Kestrel Steel Ravi Gupte"); the word before it is a capitalised word of the office,
    never "of", "for" or "at" (the office's body)."""
    names = lexicon.first_name_genders()
    start = next((i for i in range(end - 2, max(low, end - 4) - 1, -1) if doc[i].lower_ in names), None)
    while start is not None and start - 1 > low and doc[start - 1].lower_ in names \
            and not common_noun(doc, doc[start - 1].lower_) \
            and doc[start - 1].lower_ not in lexicon.TITLE_WORDS:
        start -= 1
    if start is None or start <= low:
        return None
    before = doc[start - 1]
    if not before.is_title or before.pos_ == "ADP" or before.lower_ in lexicon.NAME_JOINERS:
        return None
    return start


def _names_after_offices(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``NAME_IN_OFFICE_CHAIN``: "Vice Minister of Mines Óscar Villanueva Quispe", "Federal Minister of
    Health Sabine Kranz-Hoffmann": a name opening with a known first name at the end of a capitalised
    office the model ran into it (or left untagged), whatever it made of the words."""
    # a name the model has whole: one that opens with a known first name ("Ahmad Nasser Al-Rashidi")
    names = lexicon.first_name_genders()
    people = {i for m in mentions if m.label == "PERSON" and doc[m.start].lower_ in names
              for i in range(m.start, m.end)}
    found: list[Mention] = []
    tokens = layout.tokens
    for title in tokens:
        if not title.is_title or title.lower_ not in lexicon.TITLE_WORDS or title.i + 3 >= len(doc) \
                or doc[title.i + 1].lower_ not in ("of", "for"):
            continue
        k = title.i + 2
        while k < len(doc) and k - title.i <= 10 and (doc[k].is_title or doc[k].lower_ in ("and", "the")
                                                       or doc[k].text in ("-", "–")):
            k += 1  # the run of capitalised words after "Minister of"
        start = _name_start(doc, title.i + 2, k)
        if start is None:
            continue
        name = doc[start:k]
        if len([t for t in name if t.is_alpha]) > 4 or not person_shaped(name.text) \
                or start in people or layout.in_quote(doc[start].idx) or not doc[start].whitespace_ \
                or _form_of_address(doc[start - 1]):
            continue  # (after "Cllr": mentions.address-in-chain's)
        role = role_of(doc, list(name), [], name.root) or doc[title.i:start].text
        found.append(_at(doc, layout, start, k, "PERSON", name.root.i, role=role,
                         agentive=_agentive(name.root), person_cues=1))
        people.update(range(start, k))
    return found


def _full_names_of_surnames(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "Maria Olsen has lived ..." untagged, "Olsen said" tagged: the full name ending in a surname
    the model knows as a person's is that person."""
    surnames = {m.text for m in mentions
                if m.label == "PERSON" and " " not in m.text and person_shaped(m.text)}
    if not surnames:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout_of(doc).tokens:
        if token.text not in surnames or token.i in taken or token.pos_ != "PROPN":
            continue
        start = token.i
        # the first name may be mis-tagged too ("Tomasz" read as a noun at the start of a sentence)
        while start > 0 and token.i - start < 2 and NAME_TOKEN.match(doc[start - 1].text) \
                and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].head.i == token.i) \
                and (doc[start - 1].pos_ not in ("ADV", "DET", "VERB", "ADP", "PRON")
                     or doc[start - 1].lower_ in lexicon.first_name_genders()) \
                and start - 1 not in taken and doc[start - 1].ent_type_ not in ("DATE", "TIME") \
                and not _calendar(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_ \
                and doc[start - 1].lower_ not in lexicon.TITLE_WORDS \
                and doc[start - 1].lower_ not in lexicon.HONORIFICS \
                and doc[start - 1].lower_ not in lexicon.DEMONYMS:
            start -= 1
        if start == token.i:
            continue
        found.append(_at(doc, layout, start, token.i + 1, "PERSON", token.i, agentive=_agentive(token),
                         person_cues=_person_cues(doc, token, token.i + 1),
                         role=role_of(doc, list(doc[start:token.i + 1]), [], token),
                         titled=_titled_before(doc, start)))
        taken.update(range(start, token.i + 1))
    return found


_NON_ACTOR_LABELS = frozenset({"", "WORK_OF_ART", "EVENT"})
#: Labels of figures and times: a name the model read as one ("Tomas Jurkus" as a DATE) has no digit
#: and no calendar word.
_FIGURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def _untagged(token: Any) -> bool:
    """Not part of an actor's entity: untagged, a work or event, or a name misread as a figure or time."""
    return token.ent_type_ in _NON_ACTOR_LABELS or (
        token.ent_type_ in _FIGURE_LABELS and not any(c.isdigit() for c in token.text)
        and not _calendar(token))


#: Parts of speech no name is made of ("To believe ..., “...,” he said": not a speaker called "To").
_FUNCTION_POS = frozenset({"ADP", "AUX", "PART", "DET", "PRON", "SCONJ", "CCONJ"})


def _untagged_speakers(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Speakers the model left untagged: a capitalised name that said something and is described by a
    "which" clause or spoke "in a statement" ("Harbour Ferries, which runs the line, said in a
    statement"), and a national institution ("the Norwegian foreign ministry said")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for verb in layout_of(doc).tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.REPORTING_VERBS:
            continue
        for subject in [*verb.children, *_lost_subject(doc, verb)]:
            if (subject.dep_ not in SUBJECTS and subject.i + 1 != verb.i) or subject.i in taken \
                    or layout.in_quote(subject.idx) or subject.ent_type_ in ("DATE", "TIME"):
                continue  # (a day the parser made a subject: "Tuesday at Harbour College in ..., X said")
            kind: list[Any] = []
            tokens = _name_ending_office(doc, subject) \
                or [t for t in subject.lefts if t.dep_ in ("compound", "amod", "det")] + [subject]
            while tokens[0].i > 0 and (before := doc[tokens[0].i - 1]).dep_ == "compound" \
                    and before.head.i == tokens[0].i and INITIAL.match(before.text):
                tokens.insert(0, before)  # "M." of "M. Dane Waters", hung on "Dane"
            while tokens and tokens[0].lower_ in ("the", "a", "an"):
                tokens.pop(0)
            honorific = None
            while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in lexicon.HONORIFICS:
                honorific = tokens.pop(0).text  # "Dr Warsame said": the name, so that it joins its full name
            if not tokens or any(t.i in taken for t in tokens) \
                    or tokens[-1].i - tokens[0].i + 1 != len(tokens):
                continue
            first, head = tokens[0], tokens[-1]
            national = (head.lower_ in lexicon.STATE_BODIES) and (
                first.ent_type_ in ("NORP", "GPE") or first.lower_ in lexicon.DEMONYMS)
            stated = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children)
                         for c in subject.children) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "statement" for o in c.children)
                for c in verb.children)
            misread = _misread_surname(tokens)
            named = all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.dep_ not in SUBJECTS or misread)
                        and t.pos_ not in _FUNCTION_POS for t in tokens) \
                and (head.tag_ not in ("NNS", "NNPS") or misread)
            # "spokesperson Commodore Ana Ruiz told": a description or rank before the name is not in it.
            propn = len(tokens)
            while propn > 0 and tokens[propn - 1].pos_ == "PROPN" and tokens[propn - 1].text[:1].isupper() \
                    and tokens[propn - 1].ent_type_ in _NON_ACTOR_LABELS:
                propn -= 1
            while propn < len(tokens) - 2 and tokens[propn].lower_ in lexicon.TITLE_WORDS:
                propn += 1
            described = 0 < propn <= len(tokens) - 2 and not stated
            if described:
                first = tokens[propn]
            elif head.i > first.i and _kind_before_name(first) \
                    and _stands_alone(doc, list(doc[first.i:head.i + 1])):
                fire_span(KIND_BEFORE_NAME, doc[first.i:head.i + 1], first.text)
                kind = [first]
                first = doc[first.i + 1]  # "Pollster Daron Shaw said"
            text = doc[first.i:head.i + 1].text
            # "Pavel Sirko, the union leader, said": a full name the model missed or called a title.
            # "Hannity said": a surname alone is a person too (the referents join it to the full name).
            lone_place = head.i == first.i and head.ent_type_ in ("GPE", "FAC", "LOC")
            person = (named or described) and not stated and 1 <= head.i - first.i + 1 <= 3 \
                and person_shaped(text) and text.lower() not in lexicon.DEMONYMS and not lone_place \
                and not any(t.lower_ in lexicon.TITLE_WORDS for t in doc[first.i:head.i + 1])
            # "HK said" after "the Danish Harbour Office (Havnekontoret, HK)": an acronym defined before
            defined = head.i == first.i and head.text.isupper() and head.is_alpha and len(head.text) >= 2 \
                and re.search(rf"[(,] ?{re.escape(head.text)}\)", layout.text[:head.idx]) is not None
            if not national and not (named and stated) and not person and not defined:
                continue
            if head.i == first.i and _capitalised_by_position(head):
                fire_span(SENTENCE_INITIAL_NOUN, doc[head.i:head.i + 1], head.text)
                continue  # "Engineers warned ...": people described, not named
            role = role_of(doc, list(doc[first.i:head.i + 1]), kind, head) if person else None
            found.append(_at(doc, layout, first.i, head.i + 1, "PERSON" if person else "ORG", head.i,
                             text=text, agentive=True, role=role, honorific=honorific if person else None,
                             titled=person and _titled_before(doc, first.i),
                             impersonal=not person, person_cues=int(person)))
            taken.update(t.i for t in tokens)
    return found


def _name_ending_office(doc: Any, subject: Any) -> list[Any]:
    """``NAME_AFTER_OFFICE``: "Minister of State for Disaster Management Yoko Hirabayashi said": the name
    the parser hung inside the office that is the verb's subject, opening with a known first name."""
    if subject.lower_ not in lexicon.TITLE_WORDS or not subject.is_title:
        return []
    end = subject.right_edge.i + 1
    start = _name_start(doc, subject.i + 1, end)
    if start is None:
        return []
    name = doc[start:end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.TITLE_WORDS for t in name) \
            or not person_shaped(name.text):
        return []
    fire_span(NAME_AFTER_OFFICE, name, name.text)
    return list(name)


def _quote_sources(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """The subject of the verb a quotation depends on ("Hannity started: “...”", "Ruiz called the plan
    “...”") is a name when it is written like one, tagged or not: the quote needs a speaker."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for quote in layout.quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        heads = {t.head for t in span if not quote.start <= t.head.idx < quote.end}
        for head in heads:
            verb = next((v for v in (head, head.head) if v.pos_ in ("VERB", "AUX")), None)
            # (never a day the parser made a subject: "Tuesday at Harbour College ..., Gov. X said")
            subject = None if verb is None else next((c for c in verb.children if c.dep_ in SUBJECTS
                                                      and c.ent_type_ not in ("DATE", "TIME")), None)
            if subject is None and verb is not None and verb.lemma_.lower() in lexicon.REPORTING_VERBS:
                named = _name_closing(doc, verb, layout, taken)  # "..., said Ranking Democrat Ana Ruiz."
                if named is not None:
                    found.append(named)
                    taken.update(range(named.start, named.end))
                continue
            if subject is None or subject.i in taken or layout.in_quote(subject.idx) \
                    or not _written_like_a_surname(subject):
                continue
            start = subject.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i \
                    and NAME_TOKEN.match(doc[start - 1].text) and start - 1 not in taken \
                    and not _not_a_name_word(doc[start - 1]):
                start -= 1
            found.append(_at(doc, layout, start, subject.i + 1, "PERSON", subject.i, agentive=True,
                             person_cues=1))
            taken.update(range(start, subject.i + 1))
    return found


def _name_closing(doc: Any, verb: Any, layout: Layout, taken: set[int]) -> Mention | None:
    """The full name that ends an inverted cue with no subject in the parse ("“...,” said Oversight
    ranking Democrat Elijah Cummings (D-Md.)."): two to four capitalised proper nouns right before the
    sentence's end, a bracket or a comma."""
    sentence = sentence_of(verb)
    tokens = []
    for token in doc[verb.i + 1:sentence.end]:
        if token.text in ("(", ",", ".", ";") or layout.in_quote(token.idx) or token.is_space:
            break
        tokens.append(token)
    run: list[Any] = []
    for token in reversed(tokens):
        if token.pos_ != "PROPN" or not NAME_TOKEN.match(token.text) or _not_a_name_word(token) \
                or token.lower_ in lexicon.TITLE_WORDS or token.lower_ in lexicon.AFFILIATION_WORDS:
            break
        run.insert(0, token)
    if not 2 <= len(run) <= 4 or any(t.i in taken for t in run):
        return None
    return _at(doc, layout, run[0].i, run[-1].i + 1, "PERSON", run[-1].i, agentive=True, person_cues=1)


def _misread_surname(tokens: list[Any]) -> bool:
    """A known first name and a capitalised word the tagger read as a common noun, plural ones too
    ("Dane Waters predicted", "Ana Rogers said"): a surname, not a thing."""
    if len(tokens) < 2 or tokens[-2].pos_ != "PROPN" or tokens[-2].lower_ not in lexicon.first_name_genders():
        return False
    # ("Christian Leaders said": a plural surname needs a fuller name, "M. Dane Waters")
    return tokens[-1].pos_ == "NOUN" and _written_like_a_surname(tokens[-1], plural=len(tokens) > 2)


def _written_like_a_surname(token: Any, plural: bool = False) -> bool:
    """Capitalised, singular (``plural``: or plural, as "Waters"), no title, role, organisation or place
    word ("Police" is not; a word at the start of a sentence counts only if the model calls it a proper
    noun and it is no stop word)."""
    if not token.is_title or (token.tag_ in ("NNS", "NNPS") and not plural) \
            or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.is_sent_start and (token.pos_ != "PROPN" or token.is_stop):
        return False  # ("Much of Beck's ire was directed at ...": capitalised by its place only)
    word = token.lower_
    return not (_not_a_name_word(token) or word in lexicon.PERSON_NOUNS or word in lexicon.ORG_WORDS) \
        and person_shaped(token.text)


def _lost_subject(doc: Any, verb: Any) -> list[Any]:
    """The parser lost a reporting verb's subject ("And Skelly called ...", "Skelly" read as an
    adverb): a capitalised word right before the verb when it has no subject of its own."""
    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    before = doc[verb.i - 1]
    if before.is_title and before.pos_ in ("ADV", "NOUN", "PROPN", "ADJ") and not before.is_sent_start \
            and before.tag_ not in ("NNS", "NNPS"):
        return [before]
    return []


def _proper_noun_chains(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Names the model left untagged: two to four capitalised proper nouns in a row that act in their
    sentence (subject, possessor, agent) or are cited ("according to Ana Ruiz")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if i in taken or not _chain_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 4 and j not in taken and _chain_token(doc[j]) \
                and "\n" not in doc[j - 1].whitespace_:
            j += 1
        chain, start = i, i
        while start < j and _not_a_name_word(doc[start]) \
                and not _names_a_body(doc[start], doc[j - 1]):
            start += 1
        i = j
        # one untagged word standing alone (no title stripped before it: "Sgt Z" is no name "Z")
        single = j - chain == 1 and start < j and _single_source(doc[start])
        if (j - start < 2 and not single) or (j < len(doc) and doc[j].pos_ == "PROPN"):
            continue
        # "... Planning and Regeneration Cllr Priya Chauhan": a form of address inside the chain opens
        # the name after it (the words before it end a title)
        address = [k for k in range(start + 1, j - 2) if _form_of_address(doc[k])]
        if address:
            fire_span(ADDRESS_IN_CHAIN, doc[start:j], doc[address[-1]].text)
            start = address[-1] + 1
        # "Sirius XM Vice President for news and talk Dave Gorab": the title of the person it heads
        while j - start > 1 and doc[j - 1].lower_ in lexicon.TITLE_WORDS \
                and any(t.ent_type_ == "PERSON" for t in doc[j - 1].subtree if t.i >= j):
            j -= 1
        if j - start < 2 and not single:
            continue
        if doc[j - 1].lower_ in lexicon.TITLE_WORDS and j < len(doc) and doc[j].lower_ in ("of", "for"):
            fire_span(OFFICE_CHAIN, doc[start:j])
            continue  # "The Special Envoy of the UN Secretary-General ...": an office, not a name
        firm_end = _legal_form_end(doc, j)
        if firm_end:
            fire_span(FIRM_CHAIN, doc[start:firm_end])
            j = firm_end  # "Kestrel Homes (Midlands) Ltd": the firm's whole name
        span = doc[start:j]
        root = span.root
        in_headline = layout.title_case_headline and span.start_char < layout.headline_end
        described = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                        for c in root.children)
        if not (_agentive(root) or described) or in_headline:  # agentive includes "according to X"
            continue
        if doc[j - 1].lower_ in lexicon.LAW_WORDS:
            continue  # "the Pembridge Museum Act of 1961": a law, no actor
        label = "PERSON" if person_shaped(span.text) and not firm_end else "ORG"
        if single:  # "According to HuffPo", "As Vulture put it": a body, unless a first name
            label = "PERSON" if span.text.lower() in lexicon.first_name_genders() else "ORG"
            fire_span(SINGLE_NAME_SOURCE, span)
        cues = _person_cues(doc, root, j) if label == "PERSON" or not single else 0
        found.append(_at(doc, layout, start, j, label, root.i,
                         role=role_of(doc, list(span), [], root)
                         if label == "PERSON" or span[0].lower_ in lexicon.first_name_genders() else None,
                         agentive=True, person_cues=cues))  # ("Marta Lines, a nurse": a role tells)
    return found


def _legal_form_end(doc: Any, j: int) -> int:
    """The end of a firm's name that goes on past a run of capitalised words with a bracketed part and a
    legal form ("Kestrel Homes (Midlands) Ltd"), or a legal form alone; 0 where none follows."""
    k = j
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].is_title and doc[k + 2].text == ")":
        k += 3
    if k < len(doc) and doc[k].lower_ in lexicon.LEGAL_FORMS:
        return k + 1
    return 0


def _form_of_address(token: Any) -> bool:
    """ "Cllr", "Dr", "Sgt", "Councillor": a title used before a name, spelled out or abbreviated."""
    return address_key(token.text) or token.lower_.strip(".") in lexicon.HONORIFICS


def _single_source(token: Any) -> bool:
    """One untagged proper noun that is cited ("according to HuffPo") or the subject of a reporting
    verb or of "put it" ("As Vulture put it"): a name, though a one-word one."""
    if token.tag_ != "NNP" or token.is_sent_start or _not_a_name_word(token) or not token.text[:1].isupper():
        return False
    before = token.doc[token.i - 1]
    if before.text in ("-", "–", "&", ".") and not before.whitespace_:
        return False  # the last part of "F-Secure", "AT&T"
    if token.lower_ in lexicon.AFFILIATION_WORDS \
            or any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return False  # "As the Democrat put it": a description, not a name
    verb = token.head
    put_it = verb.lemma_.lower() == "put" \
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    says = token.dep_ == "nsubj" and verb.pos_ == "VERB" \
        and (verb.lemma_.lower() in lexicon.REPORTING_VERBS or put_it)
    return cited(token) or says


def _not_a_name_word(token: Any) -> bool:
    word = token.lower_
    return word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or word in lexicon.DEMONYMS


def _names_a_body(first: Any, last: Any) -> bool:
    """ "Scottish Green Party", "British Medical Association": a demonym that opens a body's name is part
    of it (before a person, "Scottish Ana Ruiz", it is not)."""
    if first.lower_ not in lexicon.DEMONYMS or first.lower_ in lexicon.TITLE_WORDS \
            or last.lower_ not in lexicon.ORG_WORDS or last.i - first.i < 2:
        return False
    fire_span(DEMONYM_IN_NAME, first.doc[first.i:last.i + 1])
    return True


def _speaker_labels(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """"WALLACE: Governor, ...", "Ana Ruiz: “...”": the label opening a paragraph names who speaks."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for start, end in layout.paragraphs:
        span = doc.char_span(start, min(end, start + 60), alignment_mode="contract")
        if span is None:
            continue
        opening = span.start + 1 if span[0].text in ('"', "“") else span.start  # ("“RAMOS: ...")
        colon = next((t.i for t in span[:7] if t.text == ":"), None)
        if colon is None or colon <= opening:
            continue
        tokens = list(doc[opening:colon])
        words = [t for t in tokens if t.text not in (".",)]
        if opening > span.start and not all(t.is_upper for t in words):
            continue  # ("“Housing: that is the issue,” she said": a quote's own words, no label)
        if not 1 <= len(words) <= 4 or not all(NAME_TOKEN.match(t.text) for t in words) \
                or any(t.i in taken for t in tokens) or any(t.lower_ in lexicon.LABEL_WORDS for t in words) \
                or (len(words) == 1 and words[0].lower_ in lexicon.TITLE_WORDS
                    and not _written_as_surname(doc, words[0].lower_)):
            continue  # ("HOST:": a part in the transcript, nobody named; "BISHOP:" of Ann Bishop is named)
        root = doc[opening:colon].root
        found.append(_at(doc, layout, opening, colon, "PERSON", root.i, agentive=True, person_cues=1))
    return found


def _written_as_surname(doc: Any, word: str) -> bool:
    """The word is written after a title, an honorific or a first name ("Senator Bishop")."""
    return any(t.lower_ == word and t.i > 0 and t.is_title and _names_before(doc[t.i - 1]) for t in doc)


def _names_before(token: Any) -> bool:
    """A title, an honorific or a first name: what the word after it is a surname to."""
    word = token.lower_.rstrip(".")
    return word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or word in lexicon.first_name_genders()


def _digest_credits(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """"Turnout was low - Harbour Watch: “...”": the name between a dash and a colon before a quote."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for colon in layout.tokens:
        if colon.text != ":" or colon.i + 1 >= len(doc) or not layout.in_quote(doc[colon.i + 1].idx + 1):
            continue
        start = colon.i
        # the model often tags a credit's capitalised words as common nouns ("- Pew Research:")
        while start > 0 and colon.i - start < 4 and _credit_word(doc[start - 1]):
            start -= 1
        if start == colon.i or start == 0 or doc[start - 1].text not in ("-", "—", "–") \
                or any(i in taken for i in range(start, colon.i)):
            continue
        span = doc[start:colon.i]
        person = len(span) > 1 and span[0].lower_ in lexicon.first_name_genders()
        found.append(_at(doc, layout, start, colon.i, "PERSON" if person else "ORG", span.root.i,
                         agentive=True, person_cues=int(person)))
    return found


def _credit_lines(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """"“...” — Priya Nair, mother of two": the name a dash opens after a quote, up to a comma or the line's
    end, is the quote's speaker, a person when it is written like one (tagged as anything or nothing)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for start, end in layout.paragraphs:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) < 3 or span[0].text not in ("—", "–", "-") \
                or not layout.in_quote(_before_closing_mark(layout.text, start)):
            continue
        first = span.start + 1
        stop = first
        while stop < span.end and stop - first < 4 and doc[stop].is_title and doc[stop].is_alpha:
            stop += 1
        if stop - first < 2 or (stop < span.end and doc[stop].text != ",") \
                or any(i in taken for i in range(first, stop)) or not person_shaped(doc[first:stop].text) \
                or doc[first].lower_ not in lexicon.first_name_genders():
            continue
        role = role_of(doc, list(doc[first:stop]), [], doc[stop - 1])
        found.append(_at(doc, layout, first, stop, "PERSON", stop - 1, agentive=True, person_cues=1,
                         role=role))
    return found


def _before_closing_mark(text: str, start: int) -> int:
    """The offset of the last character before ``start`` that is neither space nor a closing quotation
    mark: inside a quote when a quote ends there, whatever blank lines follow it."""
    k = start - 1
    while k > 0 and text[k].isspace():
        k -= 1
    while k > 0 and text[k] in "”\"’'":
        k -= 1
    return max(k, 0)


def _credit_word(token: Any) -> bool:
    tagged_common = token.pos_ == "NOUN" and name_word(token)
    return (_chain_token(token) or tagged_common) and not _not_a_name_word(token)


def _chain_token(token: Any) -> bool:
    return token.pos_ == "PROPN" and bool(NAME_TOKEN.match(token.text)) and not _calendar(token) \
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")


def _described_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Full names the model missed that an office describes: "Velmora's president, Ana Ruiz," and
    "Ana Ruiz, the president,"; and a first name alone beside a relative ("His mother, Ana,")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout_of(doc).tokens:
        if token.pos_ != "PROPN" or token.i in taken or token.dep_ == "compound" or not _untagged(token):
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
            start -= 1
        tokens = list(doc[start:token.i + 1])
        text = doc[start:token.i + 1].text
        head = token.head
        # a first name alone, set off beside a relative ("His mother, Ana, said")
        relative = len(tokens) == 1 and token.lower_ in lexicon.first_name_genders() \
            and token.dep_ == "appos" and head.i < token.i and head.lower_ in lexicon.GENDERED_NOUNS \
            and doc[token.i - 1].text == ","
        if not (2 <= len(tokens) <= 3 or relative) or not person_shaped(text) or any(
                t.i in taken or t.lower_ in lexicon.TITLE_WORDS or not _untagged(t) for t in tokens):
            continue
        fronted = token.dep_ == "appos" and head.i < token.i and head.pos_ in ("NOUN", "PROPN") \
            and (head.lower_ in lexicon.TITLE_WORDS or relative)
        after = any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
                    and c.lower_ in lexicon.TITLE_WORDS for c in token.children)
        if not fronted and not after:
            continue
        found.append(_at(doc, layout, tokens[0].i, token.i + 1, "PERSON", token.i, text=text,
                         role=role_of(doc, tokens, [], token), agentive=_agentive(token), person_cues=1))
        taken.update(t.i for t in tokens)
    return found


#: "1st", "2nd", "3rd", "4th": a rank's ordinal.
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
#: "Quillbank's head of partnerships": a role stated as a post at a named employer.
_POSSESSED_ROLE = re.compile(r"^([A-Z][\w-]+)['’]s [a-z]")


def _described_bodies(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``DESCRIBED_BODY_NAME``: "<Capitalised Words>, a <...> charity ..." opening its clause."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for comma in layout_of(doc).tokens:
        if comma.text != "," or comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in ("a", "an") \
                or comma.i < 2:
            continue
        described = next((t for t in doc[comma.i + 2:min(comma.i + 6, len(doc))] if t.pos_ == "NOUN"),
                         None)
        if described is None or described.lower_ not in lexicon.ORG_DESCRIPTORS \
                or (described.i + 1 < len(doc) and doc[described.i + 1].pos_ == "NOUN"):
            continue  # ("a charity worker": a person's job)
        start = comma.i
        while start > 0 and comma.i - start < 6 and (doc[start - 1].is_title or (
                doc[start - 1].lower_ in lexicon.NAME_JOINERS and start >= 2 and doc[start - 2].is_title)) \
                and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_sent_start:
            start -= 1
        if start > 0 and doc[start - 1].is_title and doc[start - 1].is_sent_start:
            start -= 1  # the clause's first word
        opens = start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].whitespace_
        tokens = list(doc[start:comma.i])
        text = doc[start:comma.i].text
        if not opens or len(tokens) < 2 or any(t.i in taken for t in tokens) or tokens[0].pos_ == "ADP" \
                or (tokens[0].lower_ in lexicon.first_name_genders() and person_shaped(text)
                    and not any(t.pos_ in _FUNCTION_POS for t in tokens)) \
                or not all(t.is_title or t.lower_ in lexicon.NAME_JOINERS for t in tokens):
            continue
        root = doc[start:comma.i].root
        fire_span(DESCRIBED_BODY_NAME, doc[start:comma.i])
        found.append(_at(doc, layout, start, comma.i, "ORG", root.i, agentive=_agentive(root),
                         role=role_of(doc, tokens, [], root)))
        taken.update(t.i for t in tokens)
    return found


def _employers_in_roles(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "Leon Marsh, Quillbank's head of partnerships": an employer the model did not tag is an
    organisation, and so is every other bare use of that name (not a person's name: "Tesfaye's
    successor")."""
    known = {m.text for m in mentions} | {w for m in mentions if m.label == "PERSON" for w in m.text.split()}
    names = set()
    for m in mentions:
        match = _POSSESSED_ROLE.match(m.role or "")
        if m.label == "PERSON" and match and match.group(1) not in known:
            names.add(match.group(1))
    if not names:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout_of(doc).tokens:
        if token.text in names and token.i not in taken and token.pos_ == "PROPN" \
                and token.ent_type_ in _NON_ACTOR_LABELS:
            found.append(_at(doc, layout, token.i, token.i + 1, "ORG", token.i, agentive=_agentive(token),
                             impersonal=True))
    return found


def _title_word(token: Any) -> bool:
    return token.lower_.rstrip(".") + "." in lexicon.TITLE_WORDS or token.lower_ in lexicon.TITLE_WORDS


def _joins_name(token: Any) -> bool:
    """A lower-case word inside a name ("of" in "Department of Justice"): what follows it is the name's."""
    return token.is_lower and token.lower_ in lexicon.NAME_JOINERS


def _possessive_in_name(tokens: list[Any], k: int) -> bool:
    """The possessive at ``tokens[k]`` is part of a body's name: "People's Party", or a title or a
    plural before a capitalised body word ("Information Commissioner's Office", "Residents' Alliance");
    not "Acme's Sale"."""
    possessor = tokens[k - 1]
    if possessor.lower_ in lexicon.NAME_POSSESSORS:
        return True
    rest = list(takewhile(lambda t: not _joins_name(t), tokens[k + 1:]))  # ("Alliance" of "... of Kenya")
    if k >= 2 and tokens[k - 2].lower_ in lexicon.SAINT_WORDS and rest and all(t.is_title for t in rest):
        return True  # "St. Agnes's Hospice", "St Thomas' Hospital"
    body = bool(rest) and all(t.is_title for t in rest) and (rest[-1].lower_ in lexicon.ORG_WORDS
                                                              or rest[-1].lower_[:-1] in lexicon.ORG_WORDS)
    # a common noun's plural ("Residents'", "Mineworkers'"), not a name ending in s ("Ana Williams'
    # Office", "Barclays'")
    plural = possessor.lower_.endswith("s") and tokens[k].text in ("'", "’") \
        and possessor.ent_type_ != "PERSON" and _common_plural(possessor.doc, possessor.lower_)
    return body and possessor.is_title and (possessor.lower_ in lexicon.TITLE_WORDS or plural)


KIND_BEFORE_NAME = rule(
    "mentions.kind-before-name", "A company or occupation noun capitalised only because it opens the "
    "sentence or a headline (“Drugmaker Tellis Pharma recalls ...”, “Pharmacist Niamh Byrne said”) says "
    "what the name is; it is no part of it.",
    examples=[("Drugmaker Tellis Pharma recalls 500,000 packs\n\nTellis Pharma said on Monday it would "
               "recall the packs.", {"actor": "Tellis Pharma", "type": "organization"}),
              ("Pharmacist Niamh Byrne said the shelves were empty.",
               {"actor": "Niamh Byrne", "type": "person", "role": "Pharmacist"}),
              ("Pollster Daron Shaw said the race was close.", {"actor": "Daron Shaw", "type": "person"})],
    counter=[("Bank Leumi said its profit rose.", {"actor": "Bank Leumi"}),
             ("Business Insider said its traffic rose.", {"actor": "Business Insider"})])


def _kind_before_name(token: Any) -> bool:
    """``KIND_BEFORE_NAME``: a describing noun that opens its sentence, capitalised only there."""
    word = token.lower_
    company = word in lexicon.COMPANY_NOUNS and word not in lexicon.ORG_WORDS
    person = word in lexicon.OCCUPATION_NOUNS \
        or (word in lexicon.COMMENTATOR_WORDS and word not in lexicon.TITLE_WORDS)
    return (company or person) and token.is_title and _opens_sentence(token) \
        and token.text not in _capitalised_mid_sentence(token.doc)


def _stands_alone(doc: Any, tokens: list[Any]) -> bool:
    """The name after the describing noun is a name of its own: a first name opens it, or the text
    writes it elsewhere without the noun ("Tellis Pharma said"; never "Business Insider")."""
    rest = tokens[1]
    if rest.lower_ in lexicon.first_name_genders() and tokens[0].lower_ not in lexicon.COMPANY_NOUNS:
        return True  # (a firm may bear a first name: "Startup Grace" is no Grace Okonkwo)
    text = layout_of(doc).text
    alone = re.compile(rf"(?<![\w-]){re.escape(doc[rest.i:tokens[-1].i + 1].text)}(?![\w-]| [A-Z])")
    return len(alone.findall(text)) > text.count(doc[tokens[0].i:tokens[-1].i + 1].text)


def _mention(doc: Any, ent: Any, layout: Layout) -> Mention | None:
    if party_tag_at(doc, ent.start):
        return None  # "Sen. Dale Prentice, R-Utah,": a party and state tag, not a place in the story
    tokens, label = _extend(doc, ent)
    bracketed = tokens[0].i > 0 and doc[tokens[0].i - 1].text == "("
    for k, token in enumerate(tokens[1:], start=1):
        if token.text in ("(", "[") or (token.text in ("-", "–", "—") and token.whitespace_) \
                or (bracketed and token.text == ","):
            tokens = tokens[:k]  # "Grand Coastal Barrage (GCB", "HMS Kestrel - have", "(Havnekontoret, HK)"
            break
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.text in POSSESSIVE_MARKS and not _possessive_in_name(tokens, k):
            tokens = tokens[:k]  # "Acme's Sale": the possessor is the name ("People's Party" is one)
            break
    while tokens and (tokens[-1].text in POSSESSIVE_MARKS or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if len(tokens) == 2 and tokens[1].pos_ == "NUM" and tokens[1].text.isdigit() \
            and tokens[0].lower_ not in lexicon.MEDIA_WORDS and not tokens[0].is_upper and label != "PERSON" \
            and tokens[0].lower_ not in lexicon.OPENING_BODY_WORDS:
        fire_span(NUMBERED_THING, doc[tokens[0].i:tokens[1].i + 1], ent.text)
        return None  # "a Phase 2 investigation", "Apollo 11"; "Channel 4" and "ABC 7" are bodies
    # "Army Capt. Ana Ruiz", "Air Force 1st Lt. ...": a rank the model ran into the unit's name; one
    # after "of" or "for" is the name's own ("Department of Justice", "Joint Chiefs of Staff"), one
    # before it heads a title ("the Legal Counsel of the European Parliament")
    heads_a_title = tokens[-1].i + 1 < len(doc) and _joins_name(doc[tokens[-1].i + 1])
    while len(tokens) > 1 and not heads_a_title \
            and ((_title_word(tokens[-1]) and not any(_joins_name(t) for t in tokens[1:-1]))  # ("Office of
                 # the Data Commissioner": a title after "of" is the name's own)
                 or (tokens[-1].pos_ == "NUM" and tokens[-2].lower_ not in lexicon.MEDIA_WORDS
                     and tokens[-2].lower_ not in lexicon.OPENING_BODY_WORDS)  # ("Channel 4", "Frente 33")
                 or tokens[-1].ent_type_ == "ORDINAL" or _ORDINAL.match(tokens[-1].text)) \
            and not _joins_name(tokens[-2]):
        tokens.pop()
    lettered_end = 0  # where letters after a name end: its parse may hang on them ("... Le Roux SC,")
    while len(tokens) > 2 and (label == "PERSON" or tokens[0].lower_ in lexicon.first_name_genders()) \
            and tokens[-1].is_upper and tokens[-1].lower_.strip(".") in lexicon.POSTNOMINALS:
        fire_span(POSTNOMINAL, doc[tokens[0].i:tokens[-1].i + 1], tokens[-1].text)
        lettered_end = max(lettered_end, tokens[-1].i + 1)
        tokens.pop()  # "Samantha Le Roux SC", "Ana Ruiz MP": letters after a name are no part of it
        label = "PERSON"  # (whatever the model called the name with its letters)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return None
    first_i = tokens[0].i
    office = first_i >= 2 and doc[first_i - 1].lower_ == "of" \
        and doc[first_i - 2].lower_ in lexicon.TITLE_WORDS
    if office and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].pos_ == "PROPN":
        return None  # "Secretary of State Jane Okafor": "State" is part of her title
    owner = tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text in ("'s", "’s", "'", "’")
    if office and doc[first_i - 2].is_title and label in ("GPE", "LOC") and not owner \
            and not country_key(" ".join(t.text for t in tokens)) and not any(t.lower_ in lexicon.ORG_WORDS
                                                                                for t in tokens):
        return None  # "the Archbishop of Canterbury", "the Mayor of London": the office's, no actor
    honorific = None
    titles: list[Any] = []
    if len(tokens) > 1 and _kind_before_name(tokens[0]) and _stands_alone(doc, tokens):
        fire_span(KIND_BEFORE_NAME, doc[tokens[0].i:tokens[-1].i + 1], tokens[0].text)
        label = "ORG" if tokens[0].lower_ in lexicon.COMPANY_NOUNS else "PERSON"
        if label == "PERSON":
            titles.append(tokens[0])  # "Nurse Helen Materials": her job, stated
        tokens = tokens[1:]
    full = " ".join(t.text for t in tokens).lower()
    if full not in lexicon.COUNTRIES and full not in lexicon.REGIONS and label in ("PERSON", "ORG", "NORP"):
        while len(tokens) > 1:
            word = tokens[0].lower_
            if word in lexicon.HONORIFICS:
                honorific = tokens[0].text
                tokens.pop(0)
            elif word in lexicon.DEMONYMS and word not in lexicon.TITLE_WORDS and label == "ORG" \
                    and tokens[1].text[:1].isupper() and tokens[1].lower_ not in lexicon.TITLE_WORDS:
                break  # "European Centre for ...": the demonym is part of the organisation's name
            elif len(tokens) == 2 and label == "PERSON" and tokens[0].i > 0 \
                    and doc[tokens[0].i - 1].is_lower and doc[tokens[0].i - 1].lower_ in lexicon.TITLE_WORDS:
                break  # "club manager Dean Price": the title is stated already, so "Dean" is a first name
            elif (word in lexicon.TITLE_WORDS or word in lexicon.DEMONYMS) \
                    and tokens[-1].lower_ not in lexicon.ORG_WORDS \
                    and not (label == "PERSON" and len(tokens) == 2 and word in lexicon.first_name_genders()):
                titles.append(tokens.pop(0))  # (but "Christian Pardo": a first name, not a faith)
            elif word in lexicon.AFFILIATION_WORDS and len(tokens) >= 3 \
                    and tokens[-1].lower_ not in lexicon.ORG_WORDS \
                    and person_shaped(" ".join(t.text for t in tokens[1:])):
                titles.append(tokens.pop(0))  # "Conservative Graham Brady": a party, then the name
            else:
                break
    after = tokens[-1].i + 1
    if len(tokens) > 1 and tokens[-1].lower_ in lexicon.TITLE_ADJECTIVES and tokens[-1].is_title \
            and after < len(doc) and doc[after].is_title and doc[after].lower_ in lexicon.TITLE_WORDS:
        fire_span(PLACE_BEFORE_TITLE, doc[tokens[0].i:after], tokens[-1].text)
        tokens.pop()  # "Apurímac Regional Governor Rosa Huamaní": the place, then her title
    if honorific is None and ent.start > 0 and doc[ent.start - 1].lower_ in lexicon.HONORIFICS:
        honorific = doc[ent.start - 1].text
    name = doc[tokens[0].i:tokens[-1].i + 1].text
    label = _relabelled(name, label, tokens)
    if not _plausible(name, label, tokens):
        return None
    after = tokens[-1].i + 1
    if len(tokens) == 1 and tokens[0].lower_ in lexicon.TITLE_MODIFIERS and after < len(doc) \
            and doc[after].is_title and doc[after].lower_ in lexicon.TITLE_WORDS:
        return None  # "State Senator Ann Roe", "County Commissioner ...": part of a title
    if _a_route(doc, tokens[0].i, tokens[-1].i + 1):
        fire_span(ROUTE, doc[tokens[0].i:tokens[-1].i + 1], name)
        return None  # "the Baghdad-Damascus highway": the way between two places, no actor
    if _in_a_law_title(doc, tokens[-1].i + 1):
        fire_span(LAW_TITLE, doc[tokens[0].i:tokens[-1].i + 1], name)
        return None
    if _portfolio(doc, tokens, label):
        fire_span(PORTFOLIO, doc[tokens[0].i:tokens[-1].i + 1], name)
        return None
    quote = layout.quote_at(tokens[0].idx)
    quoted = quote is not None
    name_end = tokens[-1].idx + len(tokens[-1])
    if quote is not None and quote.start >= tokens[0].idx - 1 and quote.end <= name_end + 1:
        return None  # a quoted title ("Harbour Quest") is a work, not an actor
    root = doc[tokens[0].i:max(tokens[-1].i + 1, lettered_end)].root
    if label == "PRODUCT" and not _locative(root):
        return None  # products are not actors; the model's PRODUCT after "in" is a small place
    role = role_of(doc, tokens, titles, root)
    if role and (quoted or tokens[0].idx < layout.headline_end) \
            and not any(w.lower().strip(",.") in lexicon.TITLE_WORDS for w in role.split()):
        role = None  # "Credit to X" in a quote, "as X sink Y" in a headline: no office stated
    end = tokens[-1].i + 1
    hyphenated = end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_
    titled = (bool(titles) and any(t.lower_ in lexicon.TITLE_WORDS for t in titles)) \
        or _titled_before(doc, tokens[0].i)
    return Mention(
        start=tokens[0].i, end=end, text=name, label=label, root=root.i,
        role=role, honorific=honorific,
        titled=titled, quoted=quoted, furniture=layout.is_furniture(tokens[0].idx),
        hyphenated=hyphenated,
        attributive=hyphenated or (ent.label_ == "NORP" and root.dep_ == "amod" and root.head.i >= end)
        or (root.dep_ == "compound" and root.head.i >= end and root.head.pos_ == "NOUN"
                                   and not (label == "PERSON" and titled)  # "Minister Ayman Safadi warning"
                                   and root.head.lower_ not in lexicon.GEO_NOUNS
                                   and not speaks_for(root) and not _agentive(root)
                                   and not (label == "ORG" and root.head.lower_ in lexicon.ORG_PARTS)),
        # ("the Amtrak crossing", "a Hezbollah checkpoint": a body's)
        geographic=(root.dep_ == "compound" and root.head.lower_ in lexicon.GEO_NOUNS
                    and not (label == "ORG" and root.head.lower_ in lexicon.WAY_NOUNS))
        or (end < len(doc) and doc[end].lower_ in lexicon.STATE_OFFICE_WORDS)
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lexicon.GEO_NOUNS)
        or (hyphenated and end + 1 < len(doc) and doc[end + 1].lower_ == "based"),  # "a Haldevik-based firm"
        locative=_locative(root), placed=_placed(root),
        agentive=_agentive(root) or speaks_for(root), person_cues=_person_cues(doc, root, end),
        addressed=_addressed(root),
        headline=tokens[0].idx < layout.headline_end,
        work=_names_a_work(doc, root, tokens[0].i, end),
    )


def _a_route(doc: Any, start: int, end: int) -> bool:
    """ "Baghdad-Damascus", or "Baghdad" of it (the model often tags only one end): two known places,
    neither a country, joined by a hyphen without spaces."""
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2
    while start >= 2 and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_:
        start -= 2
    parts = doc[start:end].text.replace("–", "-").split("-")
    # "US-China talks" keeps both countries: the actors of the talks; "Asia-Pacific" is a region
    return len(parts) == 2 and all(known_place(p) and not country_key(p) and p.lower() not in lexicon.REGIONS
                                   for p in parts)


def _in_a_law_title(doc: Any, after: int) -> bool:
    """ "the Health Service (Miscellaneous Provisions) Bill": a name followed by a bracketed title-case
    phrase and a law word is the start of the law's title, which the model cut at the bracket."""
    if after >= len(doc) or doc[after].text != "(":
        return False
    close = next((k for k in range(after + 1, min(after + 8, len(doc))) if doc[k].text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].is_title \
        and doc[close + 1].lower_ in lexicon.LAW_WORDS \
        and all(t.is_title or t.is_punct for t in doc[after + 1:close])


def _portfolio(doc: Any, tokens: list[Any], label: str) -> bool:
    """ "International Development Secretary Hilary Benn": a body's name written before a portfolio
    title and a person's name is the portfolio (the title says it), not a body of the story. An
    acronym or a country there ("EU Commissioner ...") stays an actor."""
    after = tokens[-1].i + 1
    name = doc[tokens[0].i:after].text
    if label not in ("ORG", "NORP") or name.isupper() or country_key(name) or after + 1 >= len(doc) \
            or (len(tokens) > 1 and tokens[-1].lower_ in lexicon.ORG_WORDS) \
            or name.lower() in lexicon.INSTITUTION_NAMES:
        return False  # "Home Office Minister X": the body is named in full ("Energy Secretary X" is not)
    title, following = doc[after], doc[after + 1]
    return title.is_title and title.lower_ in lexicon.PORTFOLIO_TITLES \
        and following.ent_type_ == "PERSON" and following.is_title


def _addressed(root: Any) -> bool:
    """ "urged Madrid to ...", "talks between Santiago and Madrid": a name dealt with as a government."""
    root = tree_of(root.doc).first_conjunct(root)
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in lexicon.ADDRESS_VERBS
    return root.dep_ == "pobj" and root.head.lower_ == "between"


def speaks_for(root: Any) -> bool:
    """ "A State Department spokesperson said", "White House spokesperson Ann Roe": the body a
    spokesperson speaks for is an actor."""
    return root.dep_ == "compound" and root.head.lower_ in lexicon.SPOKES_NOUNS


def _extend(doc: Any, ent: Any) -> tuple[list[Any], str]:
    """The model's span, widened to a first name it left out ("Mia" of "Mia Lund") and to a
    lower-case organisation or place head it left out ("West Mercia police")."""
    start, end, label = ent.start, ent.end, ent.label_
    root = ent.root
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.head == root and prev.dep_ == "compound" and not prev.ent_type_ \
                and NAME_TOKEN.match(prev.text) and prev.lower_ not in lexicon.TITLE_WORDS \
                and prev.lower_ not in lexicon.DEMONYMS and prev.lower_ not in lexicon.HONORIFICS \
                and not _calendar(prev) and prev.lower_ not in lexicon.TITLE_MODIFIERS \
                and not (prev.i >= 2 and doc[prev.i - 1].lower_ == "of"):  # "Secretary of State Jane Roe"
            start -= 1
        else:
            break
    if (end - start == 1 and _first_name_mistagged(doc, start)) \
            or (label == "PERSON" and _first_name_opens_sentence(doc, start, end)):
        start, label = start - 1, "PERSON"
        fire_span(FIRST_NAME_MISTAGGED, doc[start:end])
    if start > 0 and f"{doc[start - 1].lower_} {doc[start:end].text.lower()}" in lexicon.REGIONS:
        start -= 1  # "south Asia": the model left out the compass word, written in lower case
        fire_span(REGION_NAMED, doc[start:end])
    if start > 0 and doc[start - 1].like_num and doc[start - 1].pos_ == "NUM" \
            and label in ("LOC", "FAC", "GPE") and doc[end - 1].lower_ in lexicon.FACILITY_WORDS \
            and doc[start - 1].head.i in range(start, end):
        start -= 1  # "10 Downing Street": the house number the model left out of the address
    continued = end
    while label == "NORP" and doc[end - 1].lower_ not in lexicon.AFFILIATION_WORDS and continued < len(doc) \
            and doc[continued - 1].dep_ in ("compound", "amod") \
            and doc[continued - 1].head.i >= continued and _continues_name(doc[continued]) \
            and doc[continued].head.ent_type_ != "PERSON":  # (never "Australian [Mamdouh Habib]")
        continued += 1  # "Islamic State": the model stopped at the adjective
    if continued > end:
        fire_span(NAME_CONTINUED, doc[start:continued], doc[end:continued].text)
        end, root = continued, doc[start:continued].root
        label = "ORG" if label == "NORP" else label
    if end < len(doc) and root.dep_ == "compound" and root.head.i == end and not doc[end].ent_type_:
        word = doc[end].lower_
        if word in lexicon.FACILITY_WORDS and label != "GPE":  # "Zwickau plant" is still Zwickau
            end, label = end + 1, "FAC"
        elif word in lexicon.ORG_WORDS and not (label == "GPE" and doc[end].is_lower
                                                and word in lexicon.BRANCH_WORDS) \
                and not (doc[end].is_lower and doc[end].head.pos_ == "PROPN" and doc[end].head.i > end):
            # ("the Tokyo office of X" is X's branch: Tokyo stays a place; "US group Halcyon" describes
            # the name after it)
            end, label = end + 1, "ORG"
    if label == "ORG" and end - start > 2 and doc[end - 1].lower_ == "and":
        end -= 1  # "the Department for Housing, Transport and" + "Parks": the model cut the last word off
    if label == "ORG" and any(t.lower_ in ("for", "of") for t in ent[1:]) and end + 1 < len(doc) \
            and doc[end].lower_ == "and" and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        # "Institute for Policy and Economic Studies": the model stopped at "and".
        stop = end + 1
        while stop < len(doc) and stop - end <= 4 and doc[stop].is_title \
                and doc[stop].pos_ in ("PROPN", "NOUN") and (doc[stop].ent_type_ in ("", "ORG") or (
                    stop == end + 1 and doc[stop].ent_type_ == "PERSON" and doc[stop].ent_iob_ == "B"
                    and (stop + 1 == len(doc) or doc[stop + 1].ent_iob_ != "I")
                    and doc[stop].lower_ not in lexicon.first_name_genders())):
            stop += 1  # (also a last word the model called a person: "... Transport and Parks")
        end = stop if stop > end + 1 else end  # never a name that ends in "and"
    while end - start > 1 and _joins_name(doc[end - 1]):
        end -= 1  # "The Legal Counsel of | the European Parliament": the model stopped before "the"
    return list(doc[start:end]), label


def _continues_name(token: Any) -> bool:
    """An untagged capitalised proper noun that can end a name the model cut short ("State" after
    "Islamic"); not a title ("Russian President"), nor a word the model gave another entity."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ \
        and bool(NAME_TOKEN.match(token.text)) and token.lower_ not in lexicon.TITLE_WORDS \
        and token.lower_ not in lexicon.HONORIFICS and token.lower_ not in lexicon.first_name_genders() \
        and not (token.lower_ in lexicon.TITLE_MODIFIERS and after is not None
                 and after.lower_ in lexicon.TITLE_WORDS) and not _calendar(token)


def _person_cues(doc: Any, root: Any, end: int) -> int:
    """Signs in the sentence that a name is a person's: an age ("X, 21,"), a reporting verb."""
    cues = 0
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        cues += 1
    if root.dep_ in SUBJECTS and root.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        cues += 1
    return cues


def _names_a_work(doc: Any, root: Any, start: int, end: int) -> bool:
    """True where the text calls the name a game, film, app ... ("the online game Harbour Quest"); a
    medium that reports ("the newspaper Haaretz noted") acts, and is no work."""
    if (end - start >= 2 and doc[end - 1].lower_ in lexicon.THING_KINDS) \
            or (end < len(doc) and doc[end].lower_ in lexicon.THING_KINDS):
        fire_span(THING_KIND, doc[start:end])
        return True  # "the Skulls Trojan", "the Netsky and Sasser virus families" (a parse may miss it)
    kinds = [c for c in root.children if c.i < start and c.dep_ in ("compound", "nmod", "appos")]
    if kinds and kinds[-1].lower_ in lexicon.WORK_NOUNS and kinds[-1].is_lower:
        return True  # the noun next to the name says what it is ("the vaccine alliance Gavira" is a body)
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "the Netsky, Bagle and MyDoom mailers": every conjunct
    head = first.head
    if _reports(head if first.dep_ in ("appos", "compound") else first):
        return False
    # (a work noun as a common noun: "the World Food Programme (WFP)" names a body by its own words)
    if first.dep_ == "appos" and head.i < first.i and head.lower_ in lexicon.WORK_NOUNS and head.is_lower:
        return True
    if first.dep_ == "compound" and head.i > first.i and head.lower_ in lexicon.WORK_NOUNS and head.is_lower:
        return True  # "the Netsky virus", "the Bagle worm"
    if first.dep_ in ("compound", "nmod") and head.i > first.i and _a_work(head) \
            and not known_place(doc[start:root.i + 1].text):  # "the U.S. military operation" is the US's
        return True  # "the Netsky, Bagle and MyDoom mass mailers", "the Netsky virus families"
    if first.dep_ == "pobj" and head.lower_ == "as" and any(c.lower_ == "such" for c in head.children) \
            and head.head.lower_ in lexicon.WORK_NOUNS:
        return True  # "viruses, such as Netsky"
    return _known_as_a_thing(root)


def _reports(token: Any) -> bool:
    """A medium's word that is the subject of a reporting verb ("the newspaper Haaretz noted")."""
    return token.lower_ in lexicon.MEDIA_WORDS and token.dep_ in SUBJECTS \
        and token.head.lemma_.lower() in lexicon.REPORTING_VERBS


def _a_work(noun: Any) -> bool:
    """A noun that calls what it names a work or product, itself or by its compound ("virus families")."""
    return noun.lower_ in lexicon.WORK_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in lexicon.WORK_NOUNS for c in noun.children)


def _known_as_a_thing(root: Any) -> bool:
    """"trimethyl borate, known as TMB", "a format known as Harbour Data Format": names of things."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lower_ not in lexicon.NAMING_PARTICIPLES:
        return False
    described = prep.head.head
    if described.pos_ not in ("NOUN", "PROPN") or described.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    word = described.lower_
    return not (word in lexicon.ORG_WORDS or word in lexicon.TITLE_WORDS or word in lexicon.GEO_NOUNS
                or word in lexicon.AGENT_NOUNS)


#: "MI6", "G20": letters and a number name a body.
_CODE_NAME = re.compile(r"[A-Z]{1,5}\d{1,3}")


def _relabelled(name: str, label: str, tokens: list[Any]) -> str:
    """Labels the small model gets wrong in a way the name itself shows: "MI6" is no person, a single
    capitalised word it calls a nationality but no demonym list knows ("Symantec") is a body, and a
    first name and surname it calls a product or a work ("Cornel West") is a person."""
    if _CODE_NAME.fullmatch(name):
        return "ORG"
    if label in ("WORK_OF_ART", "PRODUCT") and _ends_like_a_body(tokens):
        return "ORG"  # "terminal operator Harbor Link Terminals": a firm the model took for a work
    if label in ("PRODUCT", "WORK_OF_ART") and 2 <= len(tokens) <= 3 and person_shaped(name) \
            and tokens[0].lower_ in lexicon.first_name_genders():
        return "PERSON"  # "firebrand Cornel West took ...": a full name the model called a product
    if label == "NORP" and len(tokens) == 1 and tokens[0].tag_ not in ("NNS", "NNPS") \
            and name.lower() not in lexicon.DEMONYMS and name.lower().rstrip("s") not in lexicon.DEMONYMS \
            and name.lower() not in lexicon.GROUPS and name.lower() not in lexicon.AFFILIATION_WORDS:
        return "ORG"
    return label


def _plausible(name: str, label: str, tokens: list[Any]) -> bool:
    """False for the model's junk: dates, numbers, demonyms, lower-case fragments, stray words."""
    lowered = name.lower()
    if _address(tokens, label):
        return True
    if len(name) < 2 or not any(c.isalpha() for c in name) \
            or not (name[0].isupper() or lowered in lexicon.REGIONS  # "south Asia"
                    or _particle_name(tokens)):
        return False
    if money_start(tokens[0]) or prefixed_figure(tokens[0].text):
        fire_span(MONEY_NOT_NAME, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return False  # "R$640 million", "Rp 500,000", "KD480": an amount the model took for a name
    if sum(c.isdigit() for c in name) > 0 and label != "ORG":
        return False
    if lowered in lexicon.NON_ACTORS or (len(words := lowered.split()) > 1 and words[-1] in lexicon.NON_ACTORS
                                         and all(known_place(w) for w in words[:-1])):
        return False  # (and "U.S. LNG": a commodity of a country)
    if len(tokens) == 1 and tokens[0].pos_ in ("VERB", "AUX", "ADV", "PRON", "DET"):
        return False  # "Televised debates ...": a capitalised verb the model took for a place
    if _description_of_a_name(tokens) or _kind_after_modifier(tokens):
        return False
    if label != "ORG" and any(t.is_lower and t.is_alpha and t.lower_ not in lexicon.NAME_JOINERS
                              and t.doc[t.i - 1].text not in ("-", "–")  # "Hsu Mei-ling"
                              for t in tokens[1:]) and tokens[-1].lower_ not in lexicon.FACILITY_WORDS:
        return False  # "Port strike" (a headline), "Nile dam": a common noun is no place or person name
    if any(_calendar(t) for t in tokens) and label not in ("ORG", "FAC"):
        return False
    words = lowered.split()
    if all(w in lexicon.DEMONYMS or w.rstrip("s") in lexicon.DEMONYMS for w in words) \
            and country_key(name) is None:  # ("Philippines" is no plural of "Philippine")
        return False
    if lowered in lexicon.TITLE_WORDS or lowered in lexicon.HONORIFICS:
        return False
    if len(tokens) == 1 and tokens[0].tag_ in ("NN", "NNS") \
            and tokens[0].lemma_.lower() in lexicon.PEOPLE_WORDS:
        fire_span(COMMON_NOUN, tokens[0].doc[tokens[0].i:tokens[0].i + 1], name)
        return False  # "Candidates say ..." opening a headline line: people described, not named
    if len(tokens) == 1 and _capitalised_by_position(tokens[0]):
        fire_span(SENTENCE_INITIAL_NOUN, tokens[0].doc[tokens[0].i:tokens[0].i + 1], name)
        return False
    if any(c in name for c in "“”\"«»") and not QUOTED_NICKNAME.search(name):
        return False
    if label == "NORP":
        return lowered in lexicon.GROUPS or (tokens[-1].tag_ in ("NNPS", "NNS") and len(words) <= 3)
    if label == "LAW":
        return words[-1] in lexicon.ALLIANCE_WORDS
    return words[-1] not in lexicon.LAW_WORDS


PLACE_DESCRIPTION = rule(
    "mentions.place-description", "A region and a common place noun before “of” and a name (“the Pacific "
    "port of Villa Norte”, “the Baltic city of Klaipeda”) describe the place named after them: no name of "
    "their own.",
    effect="-",
    examples=[("The Pacific port of Villa Norte celebrated her win.", {"no_actor": "Pacific port"})],
    counter=[("The Pacific Port Authority of Villa Norte said trade rose.",
              {"actor": "Pacific Port Authority"})])


KIND_AFTER_MODIFIER = rule(
    "mentions.kind-after-modifier", "A capitalised modifier and a lower-case word for a firm, club or "
    "museum (“US group Halcyon”, “the Championship club”, “held in Bristol museum”) describe a body: the "
    "model's entity is no name.", effect="-",
    examples=[("Ravensford agree takeover by US group Halcyon\n\nThe owners sold the Championship club to "
               "Halcyon Sports Partners.", {"no_actor": "US group"}),
              ("The owners sold the Championship club to Halcyon Sports Partners.",
               {"no_actor": "Championship club"})],
    counter=[("The Labour party said it would vote against the bill.", {"actor": "Labour party"}),
             ("The base is an outpost in the fight against the Islamic State group.",
              {"actor": "Islamic State group"})])


def _kind_after_modifier(tokens: list[Any]) -> bool:
    """``KIND_AFTER_MODIFIER``: a place, a nationality or a common word before the kind, or a name right
    after it ("US group Halcyon"); never a name's own ("the Islamic State group", "the Tata group")."""
    from reportgen.geo.gazetteer import gazetteer

    last = tokens[-1]
    if len(tokens) < 2 or not last.is_lower \
            or not (last.lower_ in lexicon.COMPANY_NOUNS or last.lower_ in lexicon.DESCRIBED_KINDS):
        return False
    doc = last.doc
    modifier = doc[tokens[0].i:last.i].text
    named_after = last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN"
    if not (named_after or known_place(modifier) or bool(gazetteer().cities(modifier))
            or all(common_noun(doc, t.lower_) for t in tokens[:-1])):
        return False
    fire_span(KIND_AFTER_MODIFIER, last.doc[tokens[0].i:last.i + 1], last.text)
    return True


def _description_of_a_name(tokens: list[Any]) -> bool:
    """``PLACE_DESCRIPTION``: capitalised words, then a lower-case place noun, then "of" and a name."""
    last = tokens[-1]
    doc = last.doc
    if len(tokens) < 2 or not last.is_lower or last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of" \
            or not doc[last.i + 2].is_title \
            or not (last.lower_ in lexicon.FACILITY_WORDS or last.lower_ in lexicon.GEO_NOUNS):
        return False
    fire_span(PLACE_DESCRIPTION, doc[tokens[0].i:last.i + 1], last.text)
    return True


def _particle_name(tokens: list[Any]) -> bool:
    """ "al-Tanf", "el-Sisi": a lower-case name particle hyphened to a capitalised name starts a name."""
    if len(tokens) >= 3 and tokens[0].lower_ in lexicon.NAME_JOINERS and tokens[1].text in ("-", "–") \
            and not tokens[0].whitespace_ and tokens[2].text[:1].isupper():
        fire_span(PARTICLE_NAME, tokens[0].doc[tokens[0].i:tokens[-1].i + 1])
        return True
    return False


def _address(tokens: list[Any], label: str) -> bool:
    """ "10 Downing Street": a house number, then a capitalised street or building name, is an address
    (the model tags it as a place; without the number the street is read as the office there)."""
    if label not in ("LOC", "FAC", "GPE") or len(tokens) < 3 or not tokens[0].like_num \
            or tokens[-1].lower_ not in lexicon.FACILITY_WORDS or not all(t.is_title for t in tokens[1:]):
        return False
    fire_span(ADDRESS, tokens[0].doc[tokens[0].i:tokens[-1].i + 1])
    return True


def _locative(root: Any) -> bool:
    """After "in", "at", "near" ... ("in Nairobi and Lusaka": both), or visited."""
    root = tree_of(root.doc).first_conjunct(root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in lexicon.LOCATIVE_PREPOSITIONS:
        holder = head.head  # ("shares in Toyota", "hold shares in Toyota", "invested in Hitachi": a firm)
        return not any(t.lemma_.lower() in lexicon.HOLDING_WORDS
                       for t in (holder, *(c for c in holder.children if c.dep_ == "dobj")))
    return root.dep_ == "dobj" and head.lemma_.lower() in lexicon.VISITING_VERBS


def _placed(root: Any) -> bool:
    """ "In Carvale, where ...", "a depot in Carvale", "X, where ...": the name is where something is."""
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in root.children):
        return True
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in lexicon.PLACING_PREPOSITIONS:
        return False
    return head.head.pos_ in ("NOUN", "PROPN") or bool(head.is_sent_start)


def _titled_before(doc: Any, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in lexicon.TITLE_WORDS and doc[start - 1].pos_ != "VERB"


def _agentive(root: Any) -> bool:
    """A subject, possessor or agent, or a source cited ("according to X")."""
    token = tree_of(root.doc).first_conjunct(root)
    # owning a programme is no act: "told BBC Radio 4's Today programme"
    carrier = token.dep_ == "poss" and token.head.lower_ in lexicon.MEDIA_WORDS
    # "the Global Times tabloid noted": the name of the body its description's head acts for
    described = token.dep_ in ("compound", "appos") and token.head.dep_ in AGENTS \
        and token.head.lower_ in lexicon.BODY_HEADS and token.ent_type_ not in ("GPE", "LOC", "NORP")
    # "The ferry's owner, Baltmar Rederi, said": the name set beside the subject acts
    beside = token.dep_ == "appos" and token.head.dep_ in SUBJECTS and token.head.i < token.i \
        and token.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")  # (a person beside speaks, counted so)
    return (token.dep_ in AGENTS and not carrier) or cited(token) or described or beside

ENTITY = rule(
    "mentions.entity", "A named entity of an actor type is a mention, cleaned of titles, honorifics, "
    "“the” and possessives.",
    examples=[("Deputy Foreign Minister Olga Varna met the envoy in Vienna on Monday.",
               {"actor": "Olga Varna", "type": "person", "role": "Deputy Foreign Minister"}),
              ("The Harlow Center for Justice said the harbour ruling was flawed.",
               {"actor": "Harlow Center for Justice", "type": "organization"}),
              ("A spokesman for the Latin Patriarchate of Jerusalem said the church would reopen.",
               {"actor": "Latin Patriarchate of Jerusalem", "type": "organization"}),
              ("The Office of Legal Counsel of the Department of Justice wrote a memo on the port.",
               {"actor": "Office of Legal Counsel", "type": "organization"}),
              ("Archbishop of Canterbury Tom Hale prayed for the crews on Sunday.",
               {"actor": "Tom Hale", "type": "person", "role": "Archbishop of Canterbury"}),
              ("Both towns criticised the plan, with Transport Minister Ana Ruiz warning of long delays.",
               {"actor": "Ana Ruiz", "type": "person", "role": "Transport Minister"})],
    counter=[("Covid-19 cases fell in March, the clinic said.", {"no_actor": "Covid-19"})])
SENTENCE_INITIAL_NOUN = rule(
    "mentions.sentence-initial-noun", "A common noun capitalised only because it opens its sentence "
    "(“Turnout was 58 percent”), a quotation that opens it or the story after a dateline, never "
    "capitalised elsewhere, is no name unless it speaks (“Cook said”): one tagged a singular noun, or one "
    "the model's lemmatizer data knows as a common noun tagged a person's name or a plural (“Households”).",
    effect="-",
    examples=[("Turnout was 58.2 percent, the commission said.", {"no_actor": "Turnout"}),
              ("Report\n\nTurnout was 61.2 percent, the electoral commission said.", {"no_actor": "Turnout"}),
              ("“Households who have been squeezed will see relief this year,” she said.",
               {"no_actor": "Households"}),
              ("WASHINGTON (AP) — Morale at the agency has collapsed, Senator Ana Lima said on Tuesday.",
               {"no_actor": "Morale"}),
              ("Bridge collapse inquiry opens\n\nPORTO, Portugal (Reuters) — Engineers warned regional "
               "officials about severe corrosion in the support cables of the bridge, a public inquiry heard "
               "on Tuesday.", {"no_actor": "Engineers"}),
              ("Floods kill 23\n\nPORTO ALEGRE, 7 November — Floodwaters swept through towns on Saturday, "
               "officials said.", {"no_actor": "Floodwaters"}),
              ("Quake\n\nSAN ILDEFONSO, Philippines (Wire) — Seismologists warned on Sunday that a strong "
               "aftershock could strike in the coming days.", {"no_actor": "Seismologists"})],
    counter=[("Cook said the plan would fail.", {"actor": "Cook"}),
             ("GLASGOW (Reuters) — Rangers said on Friday they had sacked their manager.",
              {"actor": "Rangers"}),
             ("Jim Banks chairs the panel. He spoke first. Banks said the plan would fail.",
              {"actor": "Jim Banks", "aliases": ["Banks"]}),
             ("Congress passed the bill on Friday.", {"actor": "Congress"})])


def _capitalised_by_position(token: Any) -> bool:
    """A common noun opening its sentence (or a quotation that opens it), nowhere else in capitals
    (``SENTENCE_INITIAL_NOUN``): tagged a singular noun, or one the model knows as a common noun that it
    tagged a person's name ("Turnout") or a plural ("Households")."""
    doc = token.doc
    word = token.lower_
    plural = _common_plural(doc, word) and word[:-1] not in lexicon.AFFILIATION_WORDS \
        and word[:-1] not in lexicon.DEMONYMS
    people = plural and (word[:-1] in lexicon.OCCUPATION_NOUNS or word[:-1] in lexicon.PERSON_HEADS
                         or word[:-1] in lexicon.TITLE_WORDS or word[:-1].endswith(("ist", "ian"))
                         or word[:-1] in lexicon.TRADE_NOUNS)
    # ("Engineers warned", "Seismologists warned", "Shippers warned", not "Rangers said")
    common = token.tag_ == "NN" \
        or (token.tag_ == "NNP" and token.ent_type_ == "PERSON" and common_noun(doc, word)) \
        or (token.tag_ in ("NNS", "NNPS") and plural) \
        or (token.tag_ == "NNP" and not token.ent_type_ and plural) \
        or (token.tag_ in ("NNP", "NNPS") and people)  # "“Farmers should plan ...” (tagged a body)
    if not _opens_sentence(token) or not token.is_title or not common \
            or word in lexicon.first_name_genders() or word in lexicon.AFFILIATION_WORDS \
            or word in lexicon.ORG_SHORT_FORMS or word in lexicon.GROUPS \
            or (token.head.lemma_.lower() in lexicon.REPORTING_VERBS and token.dep_ == "nsubj"
                and not people):  # (one that speaks: "Cook said"; never "Jokes are told")
        return False
    return token.text not in _capitalised_mid_sentence(token.doc)


def _common_plural(doc: Any, word: str) -> bool:
    """``word`` is the plural of a common noun the model knows ("engineers"), or of a compound of two
    ("floodwaters")."""
    if not word.endswith("s") or len(word) < 4:
        return False
    single = word[:-1]
    return common_noun(doc, single) or any(common_noun(doc, single[:k]) and common_noun(doc, single[k:])
                                           for k in range(3, len(single) - 2))


def _capitalised_mid_sentence(doc: Any) -> frozenset[str]:
    """Words written with a capital somewhere other than a sentence's start, once per ``Doc``."""
    found = doc.user_data.get(_MID_SENTENCE_KEY)
    if found is None:
        # (not a word of a body's name: "Shippers" of the "Prairie Grain Shippers' Council")
        found = doc.user_data[_MID_SENTENCE_KEY] = frozenset(
            t.text for t in doc if t.text[:1].isupper() and not _opens_sentence(t)
            and not (t.ent_type_ in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART") and t.ent_iob_ == "I"))
    return found


def _opens_sentence(token: Any) -> bool:
    """The token opens its sentence, a quotation that opens it (“Households ...), or the story after
    a wire dateline ("PORTO ALEGRE, 7 May — Floodwaters swept ...")."""
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_sent_start
                                   and token.doc[token.i - 1].is_punct) \
        or token.idx in layout_of(token.doc).dateline_ends


_MID_SENTENCE_KEY = "reportgen_capitalised_mid_sentence"


NAMED_THING = rule(
    "mentions.named-thing", "A capitalised name of a measure, level or observance (“Central Bank Rate”, "
    "“Cash Reserve Ratio”, “Disaster Prevention Day”) is no actor (things.yaml concept_heads).", effect="-",
    examples=[("Rates\n\nThe Central Bank Rate was cut to 8.75 percent, the Monetary Policy Committee said.",
               {"no_actor": "Central Bank Rate"})],
    counter=[("Rates\n\nThe Rate Setting Committee said it would meet again.",
              {"actor": "Rate Setting Committee"})])
MONEY_NOT_NAME = rule(
    "mentions.money-not-name", "An amount the model took for a name (“R$640 million” as an organisation, "
    "“Rp 500,000” as a person) is no actor.", effect="-",
    examples=[("Budget\n\nSpending will rise to R$1.1 billion this year, up from R$640 million in 2025.",
               {"no_actor": "R$640"})],
    counter=[("Masks\n\nThe N95 Alliance said nurses needed masks.", {"actor": "N95 Alliance"})])
COMMON_NOUN = rule(
    "mentions.common-noun", "A one-word entity the model tagged on a capitalised common noun for people "
    "(“Candidates say ...” opening a headline line, “Officials”) describes people; it names nobody.",
    effect="-",
    examples=[("Harbour row: 'Is that all there is?'; Candidates say mayor's harbour plan is inadequate.\n\n"
               "The mayor spoke on Monday about the harbour.",
               {"no_actor": "Candidates"})],
    counter=[("Harbour row\n\nThe Teamsters say the mayor's harbour plan is thin.",
              {"actor": "Teamsters", "type": "organization"})])
NAME_CONTINUED = rule(
    "mentions.name-continued", "A name the model ended at an adjective (a nationality or faith) goes on over "
    "the untagged capitalised proper nouns that follow (“the Islamic State group”), never over a title.",
    examples=[("The base is an outpost in the fight against the Islamic State group.",
               {"actor": "Islamic State group", "type": "organization"})],
    counter=[("Russian President Ivan Petrov met the envoy on Monday.",
              {"actor": "Ivan Petrov", "role": "Russian President"}),
             ("Scottish Ana Ruiz said she was pleased.", {"no_actor": "Scottish Ana Ruiz"}),
             ("He has been called a Republican Obama by his critics.", {"no_actor": "Republican Obama"}),
             ("UK Tories under fire for name switch\n\nThe party changed its account name during the debate.",
              {"actor": "UK", "type": "country"})])
DEMONYM_NOUN = rule(
    "mentions.demonym-noun", "“The Swede”, “the Frenchwoman”: a noun for a person of a nation after an "
    "article describes someone named before, the one the text ties to that nation if any (“Sweden's Nils "
    "Ek”); it is no name of its own (Finn Hale is a name).",
    examples=[("Freja Lind, 17, beat the top seed on Wednesday. The Swede had never beaten a top-100 "
               "player.", {"no_actor": "Swede"}),
              ("Celine Moreau lost in three sets. “I didn't find my rhythm,” Moreau said. The Frenchwoman "
               "said the wrist was “not a big concern”.",
               {"quote": "not a big concern", "speaker": "Celine Moreau"}),
              ("Norway's Ola Berg beat Sweden's Nils Ek in the final. “I am proud of my week,” the Swede "
               "said.",
               {"quote": "I am proud", "speaker": "Nils Ek"})],
    counter=[("Finn Hale said the club would appeal. Finn said the ban was unfair.",
              {"actor": "Finn Hale", "type": "person"})])


def _demonym_noun(token: Any) -> bool:
    """``DEMONYM_NOUN``: "the Swede", "a Frenchwoman"."""
    doc = token.doc
    if token.lower_ not in lexicon.DEMONYM_NOUNS or token.i == 0 \
            or doc[token.i - 1].lower_ not in ("the", "a", "an"):
        return False
    fire_span(DEMONYM_NOUN, doc[token.i - 1:token.i + 1], token.text)
    return True


THING_KIND = rule(
    "mentions.thing-kind", "A name that ends in a noun only things have (“the Skulls Trojan”) or stands "
    "right before one (“the Netsky and Sasser virus families”) names that thing, not an actor.", effect="-",
    examples=[("Also new this year was the Quill Trojan, which can cripple phones. The Quill Trojan spread "
               "through messages.", {"no_actor": "Quill Trojan"})],
    counter=[("Rovers Holdings bought the network. Rovers Holdings said the deal closed on Monday.",
              {"actor": "Rovers Holdings", "type": "organization"})])
IN_OFFICE = rule(
    "mentions.in-office", "A word of a person's office written before their name (“Minister of State for "
    "Fisheries and the Marine, Declan Roe”, “Cabinet Secretary for Transport and Islands Ana Ruiz”) is part "
    "of that office, not an actor; a place, an acronym or a body's full name in it stays.",
    effect="-",
    examples=[("Quotas\n\nEU Commissioner for Fisheries and Oceans Andreas Kyriakou told reporters the "
               "talks had failed.", {"actor": "Andreas Kyriakou", "no_actor": "Oceans",
                                     "role": "EU Commissioner for Fisheries and Oceans"}),
              ("Quotas\n\nIreland's Minister of State for Fisheries and the Marine, Declan Morrow, said he "
               "would press for a ban.", {"actor": "Declan Morrow", "no_actor": "Marine",
                                          "role": "Minister of State for Fisheries and the Marine"})],
    counter=[("Quotas\n\nNorway's Minister of Fisheries Anders Lind said Norway would not move.",
              {"actor": "Norway", "type": "country"}),
             ("Quotas\n\nOxfam senior policy adviser Max Lorne said the statement was welcome.",
              {"actor": "Oxfam"}),
             ("Prices\n\nThe head of Tescorp, Ken Marley, said food prices would keep rising.",
              {"actor": "Tescorp"})])
INSTANCE = rule(
    "mentions.instance", "A name right after its own “a” or “an” (“a BBC News Special”, “an Airbus A320”) is "
    "one thing of that name, not an actor; the maker in “an Airbus spokesman”, a place (“a united "
    "Jerusalem”) and a body named by its kind (“a gridlocked Congress”) stay actors.",
    effect="-",
    examples=[("A Harbour News Special will be shown on Wednesday.", {"no_actor": "Harbour News Special"})],
    counter=[("An Airbus spokesman said the jet was safe. Airbus will pay for the repairs.",
              {"actor": "Airbus", "type": "organization"}),
             ("“She is too far behind,” said an Iowa Democrat.", {"actor": "Iowa Democrat"}),
             ("Voters want a Republican Party which cuts taxes, Ana Ruiz said.",
              {"actor": "Republican Party"}),
             ("A University of Calder poll out this week shows Ana Ruiz ahead.",
              {"actor": "University of Calder"})])
PARTICLE_NAME = rule(
    "mentions.particle-name", "A lower-case name particle hyphened to a capitalised name (“al-Tanf”, "
    "“el-Sisi”) starts a name, though its first letter is small.",
    examples=[("Some 200 troops remain at the al-Tanf base. Rebels trained at al-Tanf.",
               {"actor": "al-Tanf base"})],
    counter=[("The de-confliction zone runs along the road.", {"no_actor": "de-confliction"})])
ADDRESS = rule(
    "mentions.address", "A house number and a street or building name (“10 Downing Street”) is an address, "
    "a place named in full.",
    examples=[("He has been on hunger strike near 10 Downing Street since May.",
               {"actor": "10 Downing Street", "type": "location"})],
    counter=[("Downing Street said the talks would go on.", {"actor": "Downing Street"})])
DEMONYM_IN_NAME = rule(
    "mentions.demonym-in-name", "A demonym that opens a run of proper nouns ending in an organisation word "
    "(“a Scottish Green Party spokeswoman”) is part of the body's name.",
    examples=[("A Scottish Green Party spokeswoman said she was glad. The Scottish Green Party has two "
               "seats.",
               {"actor": "Scottish Green Party", "type": "organization"})],
    counter=[("Scottish Ana Ruiz said she was pleased.", {"no_actor": "Scottish Ana Ruiz"})])
REGION_NAMED = rule(
    "mentions.region-named", "A compass word before a continent that the data lists as a region with it "
    "(“south Asia”) is part of the region's name, however it is written.",
    examples=[("Floods hit south Asia, killing hundreds, officials said.",
               {"actor": "south Asia", "type": "location"})],
    counter=[("The storm struck Asia on Monday.", {"actor": "Asia"})])
FIRM_CHAIN = rule(
    "mentions.firm-chain", "Capitalised words followed by a firm's legal form, perhaps after a bracketed "
    "part (“Kestrel Homes (Midlands) Ltd”), name a firm: the whole name, an organisation.",
    examples=[("Homes row\n\nCorvane Homes (Midlands) Ltd wants to build 240 houses. Corvane Homes says 30 "
               "per cent would be affordable.",  # (the short name one of its aliases)
               {"actor": "Corvane Homes (Midlands) Ltd", "type": "organization",
                "aliases": ["Corvane Homes"]}),
              ("Homes row\n\nHeron Homes (Midlands) Ltd wants to build 240 houses. Heron Homes says 30 "
               "per cent would be affordable.",  # (also where a first name opens it)
               {"actor": "Heron Homes (Midlands) Ltd", "type": "organization", "aliases": ["Heron Homes"]})],
    counter=[("Homes row\n\nHeron Homes wants to build 240 houses, said Ana Ruiz.",
              {"actor": "Ana Ruiz", "type": "person"})])
OFFICE_CHAIN = rule(
    "mentions.office-chain", "Capitalised words that end in a title word followed by “of” or “for” (“The "
    "Special Envoy of the United Nations ...”) are an office, not a name.", effect="-",
    examples=[("Truce\n\nThe Special Envoy of the United Nations for the Horn of Africa, Ana Ruiz, warned "
               "that the truce would fail. “Every week costs lives,” the diplomat added.",
               {"no_actor": "Special Envoy"})],
    counter=[("Truce\n\nSpecial Envoy Ana Ruiz warned that the truce would fail.", {"actor": "Ana Ruiz"})])
ADDRESS_IN_CHAIN = rule(
    "mentions.address-in-chain", "A run of capitalised words with a form of address inside it (“Cabinet "
    "Member for Planning and Regeneration Cllr Priya Chauhan”) names the person after the form of address; "
    "the words before it are a title.",
    examples=[("Homes plan\n\nThe report was welcomed by Cabinet Member for Planning and Regeneration Cllr "
               "Asha Bhatt, who called it overdue.",
               {"actor": "Asha Bhatt", "no_actor": "Regeneration Cllr Asha Bhatt"})],
    counter=[("Homes plan\n\nCllr Asha Bhatt said the council had no choice.", {"actor": "Asha Bhatt"})])
POSTNOMINAL = rule(
    "mentions.postnominal", "Letters written after a person's name (“Samantha Le Roux SC”, “Ana Ruiz MP”, "
    "“Tom Vale KC”) are no part of the name (people.yaml postnominals).",
    examples=[("Fraud trial\n\nThe defence barrister, Helen De Wet SC, argued for a shorter term. Ms De Wet "
               "said her client would appeal.", {"actor": "Helen De Wet", "no_actor": "Helen De Wet SC"}),
              ("Fraud trial\n\nVale's barrister, Marta De Klerk SC, had argued for a shorter term. “He is a "
               "broken man,” Ms De Klerk said.", {"actor": "Marta De Klerk", "role": "Vale's barrister",
                                                  "aliases": ["Ms De Klerk"]})],
    counter=[("Fraud trial\n\nHelen De Wet argued for a shorter term.", {"actor": "Helen De Wet"})])
PLACE_BEFORE_TITLE = rule(
    "mentions.place-before-title", "A name the model ran on into the first word of a title (“Apurímac "
    "Regional” of “Apurímac Regional Governor Rosa Huamaní”, “Texas State” of “Texas State Senator ...”) "
    "ends before that word: the place is the actor, the words after it the title.",
    examples=[("Quake toll rises\n\nApurímac Regional Governor Rosa Elena Huamaní said 187 people had been "
               "injured in Apurímac.", {"actor": "Apurímac", "no_actor": "Apurímac Regional"})],
    counter=[("Budget cuts\n\nKent County Council said it would close two libraries.",
              {"actor": "Kent County Council"})])
ROUTE = rule(
    "mentions.route", "Two known places, neither a country, joined by a hyphen (“the Baghdad-Damascus "
    "highway”) name the way between them, not an actor.", effect="-",
    examples=[("The base lies on the Baghdad-Damascus highway, officials said.",
               {"no_actor": "Baghdad-Damascus"})],
    counter=[("Guinea-Bissau said the border would stay open.", {"actor": "Guinea-Bissau"}),
             ("Trade across Asia-Pacific grew, officials said.", {"actor": "Asia-Pacific"}),
             ("Talks on US-China trade resumed on Monday.", {"actor": "China", "type": "country"})])
LAW_TITLE = rule(
    "mentions.law-title", "A name followed by a bracketed title-case phrase and a law word (“the Health "
    "Service (Miscellaneous Provisions) Bill”) begins the law's title; laws are not actors.", effect="-",
    examples=[("The ban will be part of the Health Service (Miscellaneous Provisions) Bill, which "
               "parliament will debate in May.", {"no_actor": "Health Service"})],
    counter=[("The Health Service (NHS) said the ban would save lives.", {"actor": "Health Service"})])
PORTFOLIO = rule(
    "mentions.portfolio", "A body's name written before a portfolio title and a person's name "
    "(“International Development Secretary Hilary Benn”) is the portfolio, part of her title, not a body "
    "of the story.", effect="-",
    examples=[("International Development Secretary Hilary Benn will visit Aceh on Monday.",
               {"no_actor": "International Development"})],
    counter=[("Home Office Minister Tom Barr said the plan was ready.", {"actor": "Home Office"})])
POSSESSED_INSTITUTION = rule(
    "mentions.possessed-institution", "A state body named through its country (“Norway's defence "
    "ministry”) is an organisation named as written.",
    examples=[("Norway's defence ministry said on Friday that the drills would go ahead.",
               {"actor": "Norway's defence ministry", "type": "organization"})],
    counter=[("Norway's Ministry of Defence said on Tuesday it would move 1,200 soldiers north.",
              {"actor": "Ministry of Defence", "type": "organization"})])
NATIONAL_BODY = rule(
    "mentions.national-body", "A state's government or body named by its demonym or country (“the British "
    "government”, “the Syrian defence ministry”) is an organisation named as written.",
    examples=[("The British government will not give way, officials said.",
               {"actor": "British government", "type": "organization"}),
              ("Col. Justin Mbemba, a spokesman for the Congolese army, said troops would stay.",
               {"actor": "Congolese army", "type": "organization"})])
KNOWN_INSTITUTION = rule(
    "mentions.known-institution", "An institution from the data list that the model leaves untagged "
    "(“the Pentagon”, “OPEC+”) is an organisation.",
    examples=[("OPEC+ will meet on Thursday, delegates said.", {"actor": "OPEC+", "type": "organization"})])
KNOWN_COUNTRY = rule(
    "mentions.known-country", "A country from the data list that the model leaves untagged (“Tuvalu, whose "
    "highest point ...”) is a country, unless it opens a longer name (“Chad Ruiz”).",
    examples=[("Tuvalu, whose highest point is 4.6 metres above sea level, has relocated 300 residents.",
               {"actor": "Tuvalu", "type": "country"})],
    counter=[("Jordan Peterson spoke at the forum on Friday.", {"no_actor": "Jordan"})])
AGED_NAME = rule(
    "mentions.aged-name", "A name followed by an age (“Jane Okafor, 34,”) is a person.",
    examples=[("Among them was Tariq Obi, 34, a welder.", {"actor": "Tariq Obi", "type": "person"})])
FULL_NAME_OF_SURNAME = rule(
    "mentions.full-name-of-surname", "A full name ending in a surname the model knows as a person's is "
    "that person, tagged or not.",
    examples=[("Tomasz Wierzba chairs the committee. On Monday Wierzba said the report was late.",
               {"actor": "Tomasz Wierzba", "type": "person"})])
CUE_SUBJECT = rule(
    "mentions.cue-subject", "The subject of a reporting verb that the model left untagged is a name: a "
    "person (“Earnest said”, “Pavel Sirko, the union leader, said”), or a body (“Harbour Ferries said in "
    "a statement”).",
    examples=[("“The talks are over,” Earnest said.", {"actor": "Earnest", "type": "person"}),
              ("Rates cut\n\nThe board, chaired by Governor Tomas Kamau, cut its rate.\n\nDr Kamau said "
               "banks were slow to pass on cuts.", {"actor": "Tomas Kamau", "aliases": ["Kamau"]})],
    counter=[("Founding fathers wrote that the right “shall not be infringed.”", {"no_actor": "Founding"}),
             ("To believe the ferry will run, “you have to take a cynical view of the board,” he said.",
              {"no_actor": "To"})])
NAME_AFTER_OFFICE = rule(
    "mentions.name-after-office", "A name at the end of an office that is a reporting verb's subject "
    "(“Minister of State for Disaster Management Yoko Hirabayashi said”), opening with a known first name, "
    "is the speaker, also when the model tagged nothing.",
    examples=[("Drill\n\nMinister of State for Disaster Management Yoko Tanaba said the budget request was "
               "submitted in August.", {"actor": "Yoko Tanaba", "type": "person",
                                        "role": "Minister of State for Disaster Management"})],
    counter=[("Drill\n\nThe Minister for Ana Ruiz's district said the budget request was submitted.",
              {"no_actor": "Minister for Ana Ruiz"})])
NAME_IN_OFFICE_CHAIN = rule(
    "mentions.name-in-office-chain", "A name opening with a known first name that ends a capitalised "
    "office (“Vice Minister of Mines Óscar Villanueva Quispe”, “Federal Minister of Health Sabine "
    "Kranz-Hoffmann”) is a person with that office, whatever the model made of the words.",
    examples=[("Mines\n\nThe order was signed by Vice Minister of Mines Óscar Villanueva Quispe.",
               {"actor": "Óscar Villanueva Quispe", "role": "Vice Minister of Mines"}),
              ("Hospitals\n\nFederal Minister of Health Sabine Kranz-Hoffmann urged the states not to block "
               "the law.", {"actor": "Sabine Kranz-Hoffmann", "role": "Federal Minister of Health"}),
              ("Steel\n\nChairman of Kestrel Steel Ravi Gupte met the unions.",
               {"actor": "Ravi Gupte", "no_actor": "Steel Ravi Gupte"})],
    counter=[("Hospitals\n\nThe Minister of Health and Social Care said the states would decide.",
              {"no_actor": "Health and Social Care"})])
QUOTE_SOURCE = rule(
    "mentions.quote-source", "The subject of the verb a quotation depends on is a name when it is written "
    "like one (“... a lovely party,” Hannity started), tagged or not.",
    examples=[("The board met. Kessel then called the plan “a monument to wasted money and broken promises.”",
               {"actor": "Kessel", "type": "person"}),
              ("Democrats blasted the board. “They are unloading everything they have on the port,” said "
               "committee ranking Republican Tarn Velloway (D-Calder).",
               {"actor": "Tarn Velloway", "type": "person"})],
    counter=[("Then Police started: “We are not going anywhere.”", {"no_actor": "Police"})])
DESCRIBED_NAME = rule(
    "mentions.described-name", "A full name set beside an office (“Velmora's president, Ana Ruiz,”), or a "
    "first name alone beside a relative (“His mother, Ana,”), is a person.",
    examples=[("Velmora's president, Ana Ruiz, flew to Oslo.", {"actor": "Ana Ruiz", "type": "person",
                                                              "role": "Velmora's president"}),
              ("The delay cost shippers $45 million, according to the Calder Freight Association. Its "
               "chairman, Tomas Jurkus, said members were rerouting cargo.",  # Jurkus read as a DATE
               {"actor": "Tomas Jurkus", "type": "person"}),
              ("Maria Lopez runs the shop with her brother, Carlos Lopez. His mother, Ana, said she was "
               "proud. “We never closed a single day,” she said.",
               {"quote": "We never closed", "speaker": "Ana"})])
DESCRIBED_BODY_NAME = rule(
    "mentions.described-body-name", "Capitalised words set beside a description headed by a body's noun "
    "(“Hope Without Borders, a British charity that runs three clinics,”) are that body's name, though "
    "the model missed it.",
    examples=[("Hope Without Borders, a British charity that runs three clinics in the camp, says cases "
               "have tripled.", {"actor": "Hope Without Borders", "type": "organization"})],
    counter=[("Ana Ruiz, a charity worker, says cases have tripled.", {"no_actor": "Ana Ruiz, a"}),
             ("In Farchana, a town near the border, cases have tripled.", {"no_actor": "In Farchana"})])
PROPER_NOUN_CHAIN = rule(
    "mentions.proper-noun-chain", "Two to four capitalised proper nouns in a row that act in their "
    "sentence (a subject, a possessor) or are cited (“according to X”) are a name, tagged or not.",
    examples=[("According to Ana Ruiz, the budget is “a disaster for every family in Calder.”",
               {"actor": "Ana Ruiz", "type": "person"})],
    counter=[("Voters in Grand Rapids and Kalamazoo went to the polls.",
              {"no_actor": "Grand Rapids Kalamazoo"}),
             ("Radio notes\n\nSirius Radio Vice President for news and talk Dave Gorab called the show \"the "
              "best news show on the air.\"", {"no_actor": "Sirius Radio Vice President"})])
SINGLE_NAME_SOURCE = rule(
    "mentions.single-name-source", "One capitalised proper noun the model left untagged is a name when "
    "it is cited (“according to HuffPo”) or says or puts something (“As Vulture put it”).",
    examples=[("Digest\n\nThe singer is back. As Vulture put it, “Hello, it is the comeback of the year.”",
               {"actor": "Vulture"}),
              ("Digest\n\nThe senator changed course. According to HuffPo: “He has had a mixed record on "
               "this for years.”", {"actor": "HuffPo", "type": "organization"})],
    counter=[("Harbour\n\nThen Brexit put the harbour under pressure for years.", {"no_actor": "Brexit"}),
             ("Harbour\n\nAs the Democrat put it, “The harbour plan is a gift to the rich.”",
              {"no_actor": "Democrat"}),
             ("Virus year\n\nThe Finnish security firm F-Secure said that 2004 was a record year for "
              "arrests.", {"no_actor": "Secure"})])
EMPLOYER_IN_ROLE = rule(
    "mentions.employer-in-role", "An employer the model missed, named in someone's role (“Leon Marsh, "
    "Tally's head of partnerships”), is an organisation, and so is every other bare use of that name.",
    examples=[("Fintech deal\n\nThe round was led by Tally, which processes payments for small firms.\n\n"
               "\"This is a big step,\" said Leon Marsh, Tally's head of partnerships.\n",
               {"actor": "Tally", "type": "organization"})],
    counter=[("Tesfaye Alemu ruled for two decades. The envoy met Tesfaye's successor, Hailu Desta, in May.",
              {"actor": "Tesfaye Alemu", "type": "person"})])
SPEAKER_LABEL = rule(
    "mentions.speaker-label", "A name before a colon that opens a paragraph (“RUIZ:”, “Ana Ruiz:”) is a "
    "person: a transcript's speaker or a reaction's author.",
    examples=[("Interview with the mayor\n\nVELTMAN: We will not sign this deal.\n\nOKAFOR: Why not?",
               {"actor": "VELTMAN", "type": "person"}),
              ("Senate hearing\n\nMODERATOR: Senator Bishop, your question.\n\nBISHOP: Will the agency close "
               "the office?\n\nWARD: We will close it next year.", {"actor": "BISHOP", "type": "person"})],
    counter=[("Update: the road is open again.", {"no_actor": "Update"}),
             ("Radio interview\n\nHOST: How long can you hold out?", {"no_actor": "HOST"})])
DIGEST_CREDIT = rule(
    "mentions.digest-credit", "A name between a dash and a colon that opens a quote (“Turnout was low - "
    "Harbour Watch: “...””) is a digest's credit: a person when it starts with a first name, else a body.",
    examples=[("Ferry news\n\nFares rise again - Harbour Watch: “The board has raised fares for the third "
               "year running.”", {"actor": "Harbour Watch", "type": "organization"}),
              ("Digest\n\nEstimates of civic engagement are particularly problematic - Pew Research: “All "
               "the samples evaluated include more engaged individuals than benchmarks indicate.”",
               {"actor": "Pew Research", "type": "organization"})],
    counter=[("Ferry news\n\nFares rise - again: “The board has raised fares for the third year.”",
              {"no_actor": "again"}),
             ("Ferry news\n\nFares rise again - Monday: “The board has raised fares for the third year.”",
              {"no_actor": "Monday"})])
CREDIT_LINE = rule(
    "mentions.credit-line", "A line that a dash opens after a quote (“— Priya Nair, mother of two”) names "
    "the quote's speaker: a person when a first name opens it, however the model tagged it.",
    examples=[("School merger\n\nParents gave their views:\n\n“The new site is two buses away.”\n— Priya "
               "Nair, mother of two\n\n“Smaller classes would be welcome.”\n— Anjali Menon, teaching "
               "assistant\n", {"quote": "two buses away", "speaker": "Priya Nair"}),
              ("Convention notes\n\n\"The whole idea of a slogan like that needs to stop.\"\n\n-Michelle "
               "Marks, Philadelphia.", {"quote": "whole idea of a slogan", "speaker": "Michelle Marks"})],
    counter=[("School merger\n\nThe council met on Monday.\n— Priya Nair reports from Leeds\n",
              {"no_actor": "Priya Nair reports"})])
SEEN_ELSEWHERE = rule(
    "mentions.seen-elsewhere", "A one-word name the model tagged elsewhere in the text is a mention where it "
    "acts as a subject untagged (“Twitter pledged to act” after “the party's Twitter account”).",
    examples=[("The party renamed its Kestrel account during the debate. Critics mocked the Kestrel "
               "account. Kestrel pledged to take action against such tricks.", {"actor": "Kestrel"})],
    counter=[("The party renamed its Kestrel account during the debate. Critics mocked the Kestrel "
              "account.", {"no_actor": "Kestrel"})])
NUMBERED_THING = rule(
    "mentions.numbered-thing", "One word and a number (“a Phase 2 investigation”, “Apollo 11”) name a "
    "stage or a thing, no actor; a medium stays one (“Channel 4”).",
    effect="-",
    examples=[("The regulator opened a lengthy Phase 2 investigation into the deal.", {"no_actor": "Phase"})],
    counter=[("Channel 4 said the interview would air on Monday.", {"actor": "Channel 4"})])
BARE_NAME = rule(
    "mentions.bare-name", "A surname or first name of a person named in full is that person where the "
    "model left it untagged, also a surname the tagger read as a word (“said Skelly” as an adverb, "
    "“Fields insisted” as a plural), but not one that modifies a noun or heads a phrase of its own.",
    examples=[("Nabil Farouk was on the ferry. Farouk, a Lebanese engineer, was heading home to Beirut.",
               {"actor": "Nabil Farouk", "type": "person"}),
              ("Bill Skelly runs the data team for the party. “We know every voter in the county,” said "
               "Skelly, smiling.", {"quote": "We know every voter", "speaker": "Bill Skelly"}),
              # opening a sentence as its bare subject ("Fields" read as the plural of "field")
              ("Dan Fields chairs the panel. Ross Vane met him on Monday, and Vane thanked Fields for his "
               "work.\n\nFields insisted that the vote was fair. On Friday, he remarked: “There was no "
               "fraud.”", {"quote": "There was no fraud", "speaker": "Dan Fields"}),
              # a first name opening its sentence, set off by a comma
              ("Talks end\n\nThe foreign ministers of the two countries, Ethiopia's Dawit Mekonnen and "
               "Eritrea's Yohannes Berhe, never met face to face.\n\nYohannes, speaking to reporters at the "
               "hotel, accused Ethiopia of using the talks as cover for a build-up.\n\n\"We came in good "
               "faith to these talks,\" he said.",
               {"quote": "We came in good faith", "speaker": "Yohannes Berhe"})],
    counter=[("Dan Fields chairs the panel. Fields of wheat lay flooded after the storm.",
              {"actor": "Dan Fields"}),
             ("Tom Waters chairs the lake trust. Ross Vane, the engineer, inspected the dam. Waters rose two "
              "metres overnight. “The dam will hold,” he said.",
              {"quote": "The dam will hold", "speaker": "Ross Vane"})])

def find_mentions(doc: Any) -> list[Mention]:
    """Every mention of a possible actor, in text order, each with the rule that found it."""
    layout = layout_of(doc)
    mentions = _without_covered([m for ent in _joined_entities(doc)
                                 for m in [_mention(doc, ent, layout)] if m is not None])
    _found(doc, ENTITY, mentions)
    _mark_defined_acronyms(doc, mentions)
    mentions = _possessed_institutions(doc, mentions, layout)
    _found(doc, POSSESSED_INSTITUTION, mentions)
    # Each finder sees the mentions found before it; a person marked by an age replaces what the model
    # made of the same words ("Tarik" as a place).
    for found_by, finder in ((NATIONAL_BODY, _national_bodies), (KNOWN_INSTITUTION, _known_institutions),
                             (KNOWN_COUNTRY, _known_countries),
                             (AGED_NAME, _aged_names), (NAME_IN_OFFICE_CHAIN, _names_after_offices),
                             (FULL_NAME_OF_SURNAME, _full_names_of_surnames),
                             (CUE_SUBJECT, _untagged_speakers),
                             (DESCRIBED_NAME, _described_names), (DESCRIBED_BODY_NAME, _described_bodies),
                             (PROPER_NOUN_CHAIN, _proper_noun_chains),
                             (QUOTE_SOURCE, _quote_sources),
                             (SPEAKER_LABEL, _speaker_labels), (DIGEST_CREDIT, _digest_credits),
                             (CREDIT_LINE, _credit_lines),
                             (EMPLOYER_IN_ROLE, _employers_in_roles),
                             (BARE_NAME, _bare_names), (SEEN_ELSEWHERE, _names_seen_elsewhere)):
        found = finder(doc, mentions, layout)
        _found(doc, found_by, found)
        if found_by in (AGED_NAME, NAME_IN_OFFICE_CHAIN):
            covered = {i for m in found for i in range(m.start, m.end)}
            if found_by is NAME_IN_OFFICE_CHAIN:  # "Kestrel Steel" of "Kestrel Steel Ravi Gupte" stays
                mentions = [_before_name(doc, m, covered) for m in mentions]
            mentions = [m for m in mentions if not covered & set(range(m.start, m.end))]
        mentions = mentions + found
    # "The Swede": someone named before, described by nation, whichever finder took it for a name
    kept = [_hyphened_whole(doc, m) for m in mentions
            if not (m.end - m.start == 1 and _demonym_noun(doc[m.start]))]
    mentions = _split_names_joined(doc, sorted(kept, key=lambda m: m.start))
    mentions = [m for m in mentions if not (m.label == "PERSON" and len(m.text) == 1)]  # "Q:" of a Q&A
    mentions = _not_in_offices(doc, _not_things(doc, _not_instances(doc, mentions)), layout)
    return sorted(_with_opening_first_names(doc, mentions), key=lambda m: m.start)


def _not_things(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``NAMED_THING``: mentions less names of measures, levels and observances, whichever finder took
    them."""
    kept = []
    for m in mentions:
        words = m.text.lower().split()
        if m.label != "PERSON" and words[-1:] and words[-1] in lexicon.CONCEPT_HEADS:
            fire_span(NAMED_THING, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


def _not_in_offices(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``IN_OFFICE``: mentions less the words of an office written right before a person's name."""
    text = layout.text
    offices: list[tuple[int, int, int]] = []
    for m in mentions:
        if not m.role or len(m.role) < 12 or not (m.label == "PERSON" or person_shaped(m.text)):
            continue
        name = doc[m.start].idx
        at = text.rfind(m.role, max(0, name - len(m.role) - 8), name)
        if at >= 0 and re.fullmatch(r"[\s,]+(?:\w{1,4}\.?\s+)?", text[at + len(m.role):name]):
            k = m.start
            while k > 0 and doc[k - 1].idx >= at:
                k -= 1
            title = next((t.idx for t in doc[k:m.start] if t.lower_ in lexicon.TITLE_WORDS), None)
            if title is not None:
                offices.append((at, title, at + len(m.role)))
    if not offices:
        return mentions
    kept = []
    for m in mentions:
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
        # the office's words from its title on ("... for Fisheries and the Marine"), and a body's kind
        # before it ("Cabinet Secretary"); never the body the person serves ("Oxfam policy adviser X")
        inside = any((title <= start and end <= b) or (a <= start and end <= title and m.end - m.start == 1
                                                      and doc[m.start].lower_ in lexicon.ORG_WORDS)
                     for a, title, b in offices)
        acronym = m.text.isupper() and len(m.text) >= 2
        # a portfolio ("for Transport", "and the Marine") or a field ("of Health"), not a body the office
        # is of ("chief executive of Tescorp", "Chairman of Kestrel Steel")
        before = doc[m.start - 1].lower_ if m.start else ""
        before = doc[m.start - 2].lower_ if before == "the" and m.start >= 2 else before
        portfolio = before in ("for", "and") \
            or (m.end - m.start == 1 and common_noun(doc, doc[m.start].lower_))
        if inside and portfolio and m.label not in ("PERSON", "GPE", "LOC", "NORP") and not acronym \
                and not (doc[m.end - 1].lower_ in lexicon.ORG_WORDS and m.end - m.start > 1) \
                and not known_place(m.text):
            fire_span(IN_OFFICE, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


def _with_opening_first_names(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A person's mention widened to the first name that opens its sentence, read as a preposition ("Per
    Aksel Rud, a fellow, said"), whichever finder found the rest."""
    widened = []
    for m in mentions:
        if m.label == "PERSON" and _first_name_opens_sentence(doc, m.start, m.end) \
                and not any(o.start <= m.start - 1 < o.end for o in mentions):
            fire_span(FIRST_NAME_MISTAGGED, doc[m.start - 1:m.end])
            m = replace(m, start=m.start - 1, text=doc[m.start - 1:m.end].text)
        widened.append(m)
    return widened


SPLIT_NAME = rule(
    "mentions.split-name", "Two names side by side, one of them a person's, are one person's name the model "
    "cut in two (“Ana Lúcia” + “Costa Reis”, “Brahim” + “Ousmane Kadar”), unless the second is a place "
    "it knows.",
    examples=[("Regional minister Ana Lúcia Costa Reis opened the bridge on Friday. Costa Reis said it cost "
               "40 million euros.", {"actor": "Ana Lúcia Costa Reis", "type": "person",
                                     "aliases": ["Costa Reis"]}),
              ("The office director, Brahim Ousmane Kadar, said rigs would arrive this week.",
               {"actor": "Brahim Ousmane Kadar", "type": "person"})],
    counter=[("Ana Ruiz met the Ferry Board. Madrid Ana Ruiz said no.",  # a place it knows stays apart
              {"actor": "Ana Ruiz", "type": "person"})])


def _split_names_joined(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``SPLIT_NAME``: mentions in text order, adjacent pieces of one person's name joined (and one name
    two finders found, once)."""
    joined: list[Mention] = []
    for mention in mentions:
        prev = joined[-1] if joined else None
        if prev is not None and (prev.start, prev.end) == (mention.start, mention.end):
            if mention.label == "PERSON" and prev.label != "PERSON":  # (a hyphened name found twice)
                joined[-1] = replace(prev, label="PERSON", person_cues=prev.person_cues + mention.person_cues)
            continue
        if prev is not None and prev.end == mention.start and doc[prev.end - 1].whitespace_ == " " \
                and "PERSON" in (prev.label, mention.label) and not prev.quoted and not mention.quoted \
                and doc[mention.start].is_title and doc[prev.start].is_title \
                and not known_place(mention.text) and not known_place(prev.text) \
                and (prev.label == "PERSON" or doc[prev.start].lower_ in lexicon.first_name_genders()) \
                and mention.end - prev.start <= 5 and not doc[mention.start].is_sent_start \
                and mention.rule != NAME_IN_OFFICE_CHAIN.id:  # (cut from the office's body on purpose)
            fire_span(SPLIT_NAME, doc[prev.start:mention.end])
            root = doc[prev.start:mention.end].root.i
            joined[-1] = replace(prev, end=mention.end, text=doc[prev.start:mention.end].text, label="PERSON",
                                 root=root, agentive=prev.agentive or mention.agentive,
                                 role=role_of(doc, list(doc[prev.start:mention.end]), [], doc[root]),
                                 person_cues=prev.person_cues + mention.person_cues)
            continue
        joined.append(mention)
    return joined


HYPHENED_NAME = rule(
    "mentions.hyphened-name", "A name the model or a finder cut at a hyphen (“Coulibaly” of "
    "“Coulibaly-Dembélé”, “Lutz” of “Ebner-Lutz said”) runs over the hyphen to the capitalised word on "
    "the other side: one person's double name.",
    examples=[("Mali's culture minister, Aïssata Coulibaly-Dembélé, wrote to the museum. “We are asking for "
               "what is ours,” Coulibaly-Dembélé said.",
               {"quote": "We are asking", "speaker": "Aïssata Coulibaly-Dembélé"}),
              ("The festival's director, Maximilian Ebner-Lutz, spoke on Monday. “I understand the anger,” "
               "Ebner-Lutz told the newspaper.", {"quote": "I understand the anger",
                                                  "speaker": "Maximilian Ebner-Lutz"})],
    counter=[("Talks on the Baghdad-Damascus road resumed. The Arab-Israeli talks stalled.",
              {"no_actor": "Baghdad-Damascus"}),
             ("The Trump-Putin summit ended without a deal.", {"no_actor": "Trump-Putin"})])


def _hyphened_whole(doc: Any, mention: Mention) -> Mention:
    """``HYPHENED_NAME``: the mention, run over glued hyphens to capitalised words beside it (a person's
    or body's name only, never two places or nations: "Baghdad-Damascus", "Arab-Israeli")."""
    if mention.label not in ("PERSON", "ORG", "NORP") or mention.quoted:
        return mention
    start, end = mention.start, mention.end

    def joins(word: Any) -> bool:
        return word.is_title and word.is_alpha and not known_place(word.text) \
            and word.lower_ not in lexicon.DEMONYMS and word.lower_ not in lexicon.TITLE_WORDS

    while start >= 2 and _glued_hyphen(doc[start - 1]) and joins(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and _glued_hyphen(doc[end]) and joins(doc[end + 1]):
        end += 2
    modifier = end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower  # "the Trump-Putin summit"
    if (start, end) == (mention.start, mention.end) or modifier:
        return mention
    fire_span(HYPHENED_NAME, doc[start:end], doc[mention.start:mention.end].text)
    label = "PERSON" if mention.label == "NORP" and person_shaped(doc[start:end].text) else mention.label
    return replace(mention, start=start, end=end, text=doc[start:end].text, label=label, hyphenated=False,
                   attributive=False)


def _glued_hyphen(token: Any) -> bool:
    """A hyphen written with no space on either side ("Coulibaly-Dembélé", "France-Presse")."""
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_


def _firm_as_title(ent: Any) -> bool:
    """A "work" whose name ends like a firm's ("Harbor Link Terminals"): the model's title is a body."""
    return ent.label_ == "WORK_OF_ART" and _ends_like_a_body(list(ent))


def _ends_like_a_body(tokens: list[Any]) -> bool:
    """Two words or more, the last a capitalised body or trade word ("... Link Terminals")."""
    last = tokens[-1]
    return len(tokens) >= 2 and last.is_title \
        and (last.lower_ in lexicon.ORG_WORDS or last.lower_ in lexicon.INDUSTRY_WORDS)


def _without_covered(mentions: list[Mention]) -> list[Mention]:
    """Mentions less one inside a longer one a name was widened over ("Parks" of the "Department for
    Housing, Transport and Parks", "Geological Hazard Mitigation" of the "Center for Volcanology and
    Geological Hazard Mitigation")."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and kept[-1].start <= mention.start and mention.end <= kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _not_instances(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Mentions less those right after an "a"/"an" that belongs to them ("a BBC News Special", "an
    Airbus A320"): one thing of that name, not the maker ("an Airbus spokesman" keeps Airbus, a modifier
    there); never a person, a place, a member or a body named by its kind."""
    kept = []
    for m in mentions:
        # "an Iowa Democrat" is a speaker; "a united Jerusalem", "a gridlocked Congress", "a Republican
        # Party which ..." are the one place or body in some state
        last = doc[m.end - 1].lower_
        actor_like = m.label in ("PERSON", "NORP", "GPE", "LOC") or last in lexicon.AFFILIATION_WORDS \
            or last in lexicon.ORG_WORDS
        after = m.end + 3 if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
            else m.end  # past a bracketed acronym
        modifier = after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].is_lower  # "a Yale poll"
        if not actor_like and not modifier and m.start > 0 and doc[m.start - 1].lower_ in ("a", "an") \
                and doc[m.start - 1].head.i == m.root:
            fire_span(INSTANCE, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


def _found(doc: Any, found_by: Rule, mentions: list[Mention]) -> None:
    for mention in mentions:
        if not mention.rule:
            mention.rule = found_by.id
            fire_span(found_by, doc[mention.start:mention.end], mention.text)
