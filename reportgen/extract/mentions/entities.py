"""spaCy's entity spans repaired before they become mentions: a name split across two entities, a
place glued to a hyphen, a body's opening word or acronym left out, a nickname, a person after a
bracketed title, a first name the model read as something else.
"""


from __future__ import annotations

from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS
from reportgen.extract.layout import layout_of, span_text
from reportgen.extract.mentions.mention import (
    ACTOR_LABELS,
    common_plural,
    ends_like_a_body,
    glued_hyphen,
    shared_possessive,
)
from reportgen.extract.names import (
    NAME_TOKEN,
    acronym_fits,
    country_key,
    gazetteer_place,
    initials,
    known_place,
    person_shaped,
)
from reportgen.extract.nlp import common_noun, doc_ents
from reportgen.extract.rules import fire_span, rule


def joined_entities(doc: Any) -> list[Any]:
    """Entities, with a name the model cut in two joined again: "Liberal" + "Democrat", and a body with
    the place that closes its name ("the Latin Patriarchate" + "of Jerusalem", see :func:`_place_of`)."""
    from spacy.tokens import Span

    joined: list[Any] = []
    ents = list(doc_ents(doc))
    ents = _with_opening_body_words(doc, _with_nicknames(doc, _with_hyphened_places(doc, ents)))
    ents = _with_bracketed_legal_forms(doc, _with_listed_openings(doc, ents))
    ents = _with_particle_places(doc, _with_shared_possessive_bodies(doc, ents))
    ents = _with_bodies_named_for_countries(doc, ents)
    ents = _with_name_abbreviations(doc, _with_name_particles(doc, _with_people_after_brackets(doc, ents)))
    ents = _without_titles_as_names(doc, _with_numbered_names(doc, _with_body_tails(doc, ents)))
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
        # ("the Authority's" + "Investigating Directorate": two bodies, an owner and the one it owns)
        owner = prev is not None and prev.label_ == ent.label_ == "ORG" \
            and prev[-1].text in POSSESSIVE_MARKS and len(prev) > 1 \
            and prev[-2].lower_ not in lexicon.NAME_POSSESSORS
        if prev is not None and kin and prev.end == ent.start and not owner \
                and doc[prev.end - 1].whitespace_ and ent[0].is_title and not ent[0].is_sent_start:
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)  # "Liberal" + "Democrat"
        elif prev is not None and prev.label_ in ("ORG", "LOC", "FAC") and (
                ent.label_ in ("GPE", "LOC") or (prev.label_ == "ORG" and _place_read_as_body(ent))) \
                and _place_of(doc, prev, ent):
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)  # ("the Regional District of X")
        elif prev is not None and _group_for_cause(doc, prev, ent):
            fire_span(GROUP_FOR_CAUSE, doc[prev.start:ent.end])
            joined[-1] = Span(doc, prev.start, ent.end, label="ORG")  # "Americans" + "for Prosperity"
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
        elif _untagged_head(ent):
            fire_span(NAME_HEAD_UNTAGGED, doc[ent.start:ent.end + 1])
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))  # "[Óscar Villanueva] Ríos"
        elif _described_name_misread(ent):
            fire_span(NAME_ACROSS_ENTITIES, doc[ent.start:ent.end + 1])
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))  # "convener [Nazma Akter] Shimu"
        elif ent.label_ != "PERSON" and (tail := _initialled_tail(ent)) is not None:
            fire_span(INITIALLED_NAME, doc[tail:ent.end])
            joined.append(Span(doc, tail, ent.end, label="PERSON"))  # "Leader of the Opposition V.M. Suhail"
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


NAME_HEAD_UNTAGGED = rule(
    "repairs.name-head-untagged", "A person's name the model cut before its last word, which it left "
    "untagged though the name hangs on it (“Prime Minister [Óscar Villanueva] Ríos flew”): a second surname "
    "ends the name; never a body's, a place's, a title's or a day's word (“the Ana Ruiz Foundation”, "
    "“the Tom Hale Bridge”).",
    examples=[("Landslide\n\nPrime Minister Óscar Villanueva Ríos flew to the area on Wednesday. \"No family "
               "will be left on its own,\" Villanueva told reporters.",
               {"quote": "No family will be left", "speaker": "Óscar Villanueva Ríos"})],
    counter=[("Gifts\n\nThe Ana Ruiz Foundation said it would fund the school.",
              {"actor": "Ana Ruiz Foundation", "type": "organization"})])


INITIALLED_NAME = rule(
    "repairs.initialled-name", "A person's name written as initials and a name (“V.M. Suhail”, “K. Lathika”) "
    "that the model ran into an office before it (“Leader of the Opposition V.M. Suhail”) is the person's "
    "alone.",
    examples=[("Floods\n\nLeader of the Opposition V.M. Suhail said the party would help.",
               {"actor": "V.M. Suhail", "type": "person", "no_actor": "Opposition V.M. Suhail"})],
    counter=[("Shops\n\nThe chain J. Crew Group said sales fell.", {"no_actor": "Crew Group"}),
             ("Embassy\n\nProtesters gathered outside the U.S. Embassy on Friday.",
              {"actor": "U.S. Embassy", "type": "location"}),
             ("Library\n\nThe Dwight D. Eisenhower Presidential Library reopened on Monday.",
              {"no_actor": "D. Eisenhower Presidential"})])


def _initialled_tail(ent: Any) -> int | None:
    """Where a name of initials and one name ends ``ent`` after other words ("the Opposition V.M.
    Suhail"), else None."""
    doc = ent.doc
    last = ent.end - 1
    if last - ent.start < 2 or not doc[last].is_title or doc[last].lower_ in lexicon.ORG_WORDS \
            or common_noun(doc, doc[last].lower_):
        return None  # ("the U.S. Embassy": a body)
    k = last
    while k > ent.start and initials(doc[k - 1].text) and not country_key(doc[k - 1].text):
        k -= 1
    before = doc[k - 1]
    if not ent.start < k < last or not (before.is_lower or before.lower_ in lexicon.TITLE_WORDS
                                        or common_noun(doc, before.lower_)):
        return None  # a middle initial ("Dwight D. Eisenhower", "Channing D. Phillips") is no office's end
    return k


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


def _untagged_head(ent: Any) -> bool:
    """A person's name of two words or more whose words all hang, in the parse, on the untagged
    capitalised proper noun right after it: the name's last word ("Óscar Villanueva Ríos")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or not ent[-1].whitespace_:
        return False
    after = doc[ent.end]
    word = after.lower_
    return after.pos_ == "PROPN" and after.is_title and not after.ent_type_ and after.is_alpha \
        and all(t.dep_ == "compound" and t.head.i in (after.i, *range(ent.start, ent.end)) for t in ent) \
        and not any(word in vocabulary for vocabulary in _NOT_A_SURNAME) and not country_key(after.text)


#: Words that end a body's, a place's or a thing's name, never a person's.
_NOT_A_SURNAME = (lexicon.ORG_WORDS, lexicon.TITLE_WORDS, lexicon.FACILITY_WORDS, lexicon.PLACE_HEADS,
                  lexicon.LANDFORM_HEADS, lexicon.STREET_HEADS, lexicon.MONTHS, lexicon.WEEKDAYS,
                  lexicon.INDUSTRY_WORDS, lexicon.MEDIA_WORDS)


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

    layout = layout_of(doc)
    tokens = layout.tokens
    taken = 0  # where the last place found ends
    for hyphen in layout.by_text.get("-", ()):  # (a place's first word is followed by a hyphen)
        i = hyphen - 1
        end = _hyphened_place_end(tokens, i) if i >= taken else None
        if end is None:
            continue
        fire_span(HYPHENED_PLACE, doc[i:end])
        ents = _replaced(ents, i, end, [Span(doc, i, end, label="GPE")])
        taken = end
    return ents


PARTICLE_PLACE = rule(
    "mentions.particle-place", "A place the model found, then a lower-case particle of a Portuguese, Spanish "
    "or Italian place name and capitalised words (“Ourilândia do Norte”, “São Félix do Xingu”, “Santiago de "
    "Compostela”; places.yaml spaced_place_particles), is one place's name, whatever the model made of the "
    "rest.",
    examples=[("Raids\n\nPolice raided gold mines near Ourilândia do Norte on Wednesday. Residents of "
               "Ourilândia do Norte said the town was quiet.",
               {"actor": "Ourilândia do Norte", "type": "location"})],
    counter=[("Raids\n\nPolice in Brazil do not comment on raids, Ana Ruiz said.", {"actor": "Brazil"}),
             ("Vote\n\nWhat voters in Florida do Tuesday will decide the race.", {"actor": "Florida"})])


def _with_particle_places(doc: Any, ents: list[Any]) -> list[Any]:
    """``PARTICLE_PLACE``: the entities, each place that a particle and a capitalised name continue made
    whole."""
    from spacy.tokens import Span

    tokens = layout_of(doc).tokens
    for ent in [e for e in ents if e.label_ in ("GPE", "LOC", "FAC")]:
        k = ent.end
        if k + 1 >= len(doc) or tokens[k].text not in lexicon.SPACED_PLACE_PARTICLES \
                or not tokens[k - 1].whitespace_:
            continue
        end = k + 1
        while end < len(doc) and end - k <= 2 and tokens[end].is_title and tokens[end].pos_ == "PROPN":
            end += 1
        if end == k + 1 or country_key(span_text(doc, k + 1, end)) \
                or any(tokens[i].ent_type_ in ("DATE", "TIME", "NORP", "GPE") for i in range(k + 1, end)) \
                or (end < len(doc) and tokens[end].text in POSSESSIVE_MARKS):
            continue  # (English "do": "voters in Florida do Tuesday", "Georgia do Trump's bidding")
        fire_span(PARTICLE_PLACE, doc[ent.start:end])
        ents = _replaced(ents, ent.start, end, [Span(doc, ent.start, end, label="GPE")])
    return ents

SHARED_POSSESSIVE_BODY = rule(
    "mentions.shared-possessive-body", "Two kinds of member in the plural possessive joined by “and” before "
    "a body's word (“the Irish Landlords' and Property Owners' Federation”, “the Teachers' and Lecturers' "
    "Union”) are one body's name, which the model cuts at “and”.",
    examples=[("Housing\n\nThe Irish Landlords' and Property Owners' Federation (ILPOF) said it had serious "
               "concerns.", {"actor": "Irish Landlords' and Property Owners' Federation",
                             "type": "organization"})],
    counter=[("Housing\n\nThe tenants' union and Property Owners' Federation met on Monday.",
              {"no_actor": "tenants' union and Property Owners' Federation"}),
             ("Budget\n\nBoth the Greens' and Labour Party plans would cost billions.",
              {"no_actor": "Greens' and Labour Party"})])


def _with_shared_possessive_bodies(doc: Any, ents: list[Any]) -> list[Any]:
    """``SHARED_POSSESSIVE_BODY``: the entities, with each "<X>s' and <Y>s' <Body>" made one body, whether
    the model tagged the first part apart or not at all."""
    from spacy.tokens import Span

    for body in [e for e in ents if e.label_ == "ORG"]:
        mark = body.start - 2
        if mark < 2 or not shared_possessive(doc, mark, body.end):
            continue
        start = mark - 1
        while start > 0 and mark - start < 4 and doc[start - 1].is_title \
                and doc[start - 1].pos_ in ("PROPN", "ADJ") and not doc[start - 1].is_sent_start:
            start -= 1  # ("Irish" of "the Irish Landlords'")
        fire_span(SHARED_POSSESSIVE_BODY, doc[start:body.end])
        ents = _replaced(ents, start, body.end, [Span(doc, start, body.end, label="ORG")])
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


COUNTRY_CLOSING_BODY = rule(
    "mentions.country-closing-body", "Two or three capitalised words before a country's name, all of one "
    "compound with it (“Climate Justice Ireland”, “Offshore Energy Ireland”, “Save Children Kenya”), are an "
    "organisation named for the country it works in, never the country; not a place the data knows as a "
    "whole (“Papua New Guinea”), a people's name or a direction.",
    examples=[("Róisín Gallagher, policy director at the coalition Climate Justice Ireland, said the target "
               "was weak. Climate Justice Ireland said it would go to court.",
               {"actor": "Climate Justice Ireland", "type": "organization"}),
              ("Róisín Gallagher, policy director at the environmental coalition Climate Justice Ireland, "
               "said the target was weak.", {"actor": "Climate Justice Ireland", "type": "organization"})],
    counter=[("Flooding hit Papua New Guinea on Monday, officials said.", {"no_actor": "Papua New"}),
             ("Prime Minister Ana Ruiz met officials in Ireland on Monday.", {"no_actor": "Ruiz Ireland"}),
             ("Thousands marched in Northern Ireland on Monday.",
              {"actor": "Northern Ireland", "type": "country"})])


def _with_bodies_named_for_countries(doc: Any, ents: list[Any]) -> list[Any]:
    """``COUNTRY_CLOSING_BODY``: the entities, with each body named for its country whole."""
    from spacy.tokens import Span

    tagged = {i for e in ents for i in range(e.start, e.end)}
    countries = [e for e in ents if e.label_ in ("GPE", "PERSON", "ORG", "LOC") and country_key(e.text)]
    layout = layout_of(doc)
    countries += [doc[i:i + 1] for i in layout.positions("by_pos", ("PROPN",))  # ("the coalition Climate
                  if i not in tagged and layout.tokens[i].is_title  # Justice Ireland": Ireland untagged)
                  and country_key(layout.texts[i])]
    for ent in countries:
        start = ent.start
        while start > 0 and ent.start - start < 3 and _body_word_before(doc[start - 1], ent.root):
            start -= 1
        name = doc[start:ent.end]
        if ent.start - start < 2 or known_place(name.text) or gazetteer_place(name.text) \
                or gazetteer_place(span_text(doc, start, ent.start)) \
                or any(e.label_ == "PERSON" and e.start < ent.start and e.end > start for e in ents):
            continue
        fire_span(COUNTRY_CLOSING_BODY, name)
        ents = _replaced(ents, start, ent.end, [Span(doc, start, ent.end, label="ORG")])
    return ents


def _body_word_before(word: Any, country: Any) -> bool:
    """A capitalised word of one compound with the country after it, on the same line, that is no people's
    name, direction or first name (a title word is a word of the name: "Climate Justice Ireland")."""
    lowered = word.lower_
    return word.is_title and word.is_alpha and word.pos_ == "PROPN" and word.dep_ == "compound" \
        and word.head.i <= country.i and word.head.i > word.i and "\n" not in word.whitespace_ \
        and lowered not in lexicon.DEMONYMS and lowered not in lexicon.COMPASS_WORDS \
        and lowered not in lexicon.first_name_genders() and word.ent_type_ not in ("NORP", "PERSON")


LISTED_OPENING = rule(
    "repairs.listed-body-opening", "A body named by a list of fields (“The Meteorology, Climatology and "
    "Geophysics Agency”) opens at the list's first field, which the model cut off at its comma.",
    examples=[("Floods\n\nThe Meteorology, Climatology and Geophysics Agency forecast heavy rain through "
               "Thursday.", {"actor": "Meteorology, Climatology and Geophysics Agency",
                             "no_actor": "Climatology and Geophysics Agency"}),
              ("Homes\n\nThe Housing, Communities and Local Government Committee, chaired by Dame Helen "
               "Ashdown (Lab), warned in a report last month that the registration scheme risked being "
               "\"unenforceable without proper funding for local authority inspectors.\"",
               {"actor": "Housing, Communities and Local Government Committee"})],
    counter=[("Floods\n\nIn Palu, Climatology and Geophysics Agency staff forecast heavy rain.",
              {"no_actor": "Palu, Climatology and Geophysics Agency"}),
             ("Pool\n\nResidents wrote to the Mayor, Police Chief and City Council on Monday.",
              {"no_actor": "Mayor, Police Chief and City Council"})])


BRACKETED_LEGAL_FORM = rule(
    "repairs.bracketed-legal-form", "A legal form written in parts after a firm's name, some in brackets "
    "(“(RF) Proprietary Limited”, “(Pty) Ltd”; organisations.yaml legal_form_parts), closes the name.",
    examples=[("Solar\n\nGariep Sun is owned by Umoya Kopano Energy Holdings (RF) Proprietary Limited, which "
               "holds 51%.", {"actor": "Umoya Kopano Energy Holdings (RF) Proprietary Limited",
                             "no_actor": "Proprietary Limited"})],
    counter=[("Solar\n\nUmoya Kopano Energy Holdings (Johannesburg) holds 51%.",
              {"actor": "Umoya Kopano Energy Holdings"})])


def _with_bracketed_legal_forms(doc: Any, ents: list[Any]) -> list[Any]:
    """``BRACKETED_LEGAL_FORM``: each firm's name run on over the parts of its legal form after it, one
    bracketed at least, ending in a legal form's word."""
    from spacy.tokens import Span

    parts = lexicon.LEGAL_FORM_PARTS | lexicon.LEGAL_FORMS
    found: list[Any] = []
    for ent in ents:
        if found and ent.start < found[-1].end:
            continue  # (the words a name just ran over)
        k, end, bracketed = ent.end, ent.end, False
        while ent.label_ == "ORG" and k < len(doc):
            if doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" \
                    and doc[k + 1].lower_ in parts:
                k, bracketed = k + 3, True
            elif doc[k].lower_ in parts or doc[k].lower_.rstrip(".") in parts:
                k += 1
                if doc[k - 1].lower_ in lexicon.LEGAL_FORMS:  # ("Limited", "Ltd", "Ltd.": the form closes)
                    end = k
            else:
                break
        if bracketed and end > ent.end:
            fire_span(BRACKETED_LEGAL_FORM, doc[ent.start:end])
            ent = Span(doc, ent.start, end, label="ORG")
        found.append(ent)
    return found


def _with_listed_openings(doc: Any, ents: list[Any]) -> list[Any]:
    """``LISTED_OPENING``: each body whose name lists fields ("... and Geophysics Agency") widened over the
    field and comma before it, when "the" or a possessive opens that field."""
    from spacy.tokens import Span

    found: list[Any] = []
    for ent in ents:
        start = ent.start
        prev = found[-1] if found else None
        if ent.label_ == "ORG" and prev is not None and prev.label_ == "ORG" and prev.end == start - 1 \
                and doc[start - 1].lower_ == "and" and ent[-1].lower_ in lexicon.ORG_WORDS \
                and prev[-1].lower_ not in lexicon.ORG_WORDS and any(t.text == "," for t in prev) \
                and all(t.is_title or t.text == "," for t in prev) \
                and (prev[0].lower_ == "the" or (prev.start > 0 and (
                    doc[prev.start - 1].lower_ == "the" or doc[prev.start - 1].text in POSSESSIVE_MARKS))):
            fire_span(LISTED_OPENING, doc[prev.start:ent.end])  # "Housing, Communities" + "and Local
            found[-1] = Span(doc, prev.start, ent.end, label="ORG")  # Government Committee"
            continue
        opening = _listed_fields_start(doc, ent) if ent.label_ == "ORG" else None
        if opening is not None:
            fire_span(LISTED_OPENING, doc[opening:ent.end])
            ent = Span(doc, opening, ent.end, label="ORG")
        found.append(ent)
    return found


def _listed_fields_start(doc: Any, ent: Any) -> int | None:
    """Where the fields listed before a body's name start ("Meteorology, " of "Climatology and Geophysics
    Agency", "Housing, Communities and " of "Local Government Committee"): untagged capitalised words
    joined by commas and an "and", after "the" or a possessive; None when no such list stands there."""
    if ent[-1].lower_ not in lexicon.ORG_WORDS or ent.start < 3:
        return None
    separator = doc[ent.start - 1]
    if separator.text != "," and separator.lower_ != "and":
        return None
    joined = separator.lower_ == "and" or any(t.lower_ == "and" for t in ent)
    commas = int(separator.text == ",")
    k = ent.start - 1  # the separator before the words read next
    while True:
        w = k
        while w > 0 and doc[w - 1].is_title and doc[w - 1].is_alpha and not doc[w - 1].ent_type_ \
                and doc[w - 1].lower_ != "the" and w > k - 3:
            w -= 1
        if any(t.lower_ in lexicon.TITLE_WORDS for t in doc[w:k]):
            return None  # ("the Mayor, Police Chief and City Council": offices and a body, no one name)
        if w == k:
            return None  # (no field before the separator)
        if w > 1 and doc[w - 1].text == ",":
            k, commas = w - 1, commas + 1
            continue
        before = doc[w - 1] if w > 0 else None
        opened = before is not None and (before.lower_ == "the" or before.text in POSSESSIVE_MARKS)
        return w if opened and joined and commas else None


def _with_opening_body_words(doc: Any, ents: list[Any]) -> list[Any]:
    """``OPENING_BODY_WORD``: the entities, with each body name that opens with a body word of another
    language whole (an organisation, whatever the model made of its parts)."""
    from spacy.tokens import Span

    layout = layout_of(doc)
    free = 0  # where the next name may start: after the last one found
    for token in layout.tokens_among(layout.by_lower, lexicon.OPENING_BODY_WORDS):
        i = token.i
        if i < free or i >= len(doc) - 1 or not token.is_title or not token.whitespace_:
            continue
        end, last = i + 1, i
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
            word = doc[end]
            if glued_hyphen(word) and end + 1 < len(doc) and doc[end + 1].is_title:
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
        if last + 1 < len(doc) and doc[last + 1].lower_ in lexicon.LEGAL_FORMS and last > i:
            last += 1  # "Minera Altiplano Norte SA": the firm's legal form closes its name
        place = all(t.ent_type_ in ("GPE", "LOC") for t in doc[i:last + 1])  # "Centro Habana", a district
        if last == i or (token.ent_type_ == "PERSON" and token.ent_iob_ == "I") or place:
            continue  # (a surname inside a person's name: "Ana Banco Ruiz")
        fire_span(OPENING_BODY_WORD, doc[i:last + 1])
        ents = _replaced(ents, i, last + 1, [Span(doc, i, last + 1, label="ORG")])
        free = last + 1
    return ents


NICKNAME = rule(
    "mentions.nickname", "A first name, a nickname in quotation marks and a surname (“Felipe \"Ping\" "
    "Aragoncillo”, “Dwayne 'The Rock' Johnson”) are one person's name, which the model breaks at the "
    "quotation marks.",
    examples=[('Governor Felipe "Ping" Aragoncillo of Alta Cordillera declared a state of calamity. '
               '"We will not reopen a single school," Aragoncillo said.',
               {"actor": 'Felipe "Ping" Aragoncillo', "type": "person", "role": "Governor",
                "aliases": ["Felipe Aragoncillo"]}),  # (the name less the nickname, to search by)
              ('Typhoon\n\nAt the gym, Rosario "Chayong" Lumbres, 59, waited with her grandchildren.',
               {"actor": 'Rosario "Chayong" Lumbres', "type": "person"})],  # a first name the data lacks
    counter=[('Residents of the "Big" Apple said the trains were late.', {"no_actor": 'the "Big" Apple'}),
             ('Apple "Crushes" Earnings Expectations As iPhone Sales Soar\n\nApple reported results.',
              {"no_actor": 'Apple "Crushes"'}),
             ('Vote\n\nVoters in Ohio "Overwhelmingly" Rejected the measure on Tuesday.',
              {"no_actor": 'Ohio "Overwhelmingly"'}),
             ('Maria said "Yes" Tuesday when asked about the offer.',
              {"no_actor": 'Maria said "Yes" Tuesday'})])


_NICKNAME_MARKS = {'"': '"', "“": "”", "'": "'", "‘": "’"}
_OPENING_NICKNAME_MARKS = frozenset(_NICKNAME_MARKS)


def _with_nicknames(doc: Any, ents: list[Any]) -> list[Any]:
    """``NICKNAME``: the entities, with each name that holds a quoted nickname whole (a person)."""
    from spacy.tokens import Span

    layout = layout_of(doc)
    tokens = layout.tokens
    for mark in layout.positions("by_text", _OPENING_NICKNAME_MARKS):  # (a nickname's mark follows its name)
        i = mark - 1
        if not 0 <= i < len(tokens) - 4:
            continue
        token = tokens[i]
        close = _NICKNAME_MARKS.get(tokens[i + 1].text)
        known = token.lower_ in lexicon.first_name_genders()
        if close is None or not (token.is_title and (known or token.pos_ == "PROPN")) \
                or not token.whitespace_ or tokens[i + 1].whitespace_:
            continue
        j = i + 2
        while j < min(i + 5, len(doc)) and tokens[j].is_title and tokens[j].is_alpha:
            j += 1
        if j == i + 2 or j + 1 >= len(doc) or tokens[j].text != close or tokens[j - 1].whitespace_ \
                or not tokens[j].whitespace_:
            continue
        end = _name_run_end(tokens, j + 1)  # (over particles too: 'Lourdes "Malou" dela Cruz')
        if end == j + 1 or not tokens[end - 1].is_title:
            continue
        if token.idx < layout.headline_end or (not known and (
                not person_shaped(span_text(doc, i, end)) or known_place(token.text)
                or not opens_name(tokens, i))):
            continue  # never a headline's words ('Apple "Crushes" Earnings'); a first name the data lacks
            # only in a name's shape, never a place's ('Voters in Ohio "Overwhelmingly" Rejected')
        fire_span(NICKNAME, doc[i:end])
        ents = _replaced(ents, i, end, [Span(doc, i, end, label="PERSON")])
    return ents


TITLE_AS_NAME = rule(
    "repairs.title-as-name", "A “person” the model tagged that is only a title or an honorific (“Lt Gen” of "
    "“president Lt Gen (Rtd) Joseph Sang”, “Hon” of “Cabinet Secretary Hon. Wanjiru Kamau”) is nobody: the "
    "name after it is the person.",
    examples=[("Doping\n\nAthletics Kenya president Lt Gen (Rtd) Joseph Sang said the federation would "
               "cooperate.", {"no_actor": "Lt Gen"}),
              ("Doping\n\nSports Cabinet Secretary Hon. Wanjiru Kamau said the Government would act.",
               {"no_actor": "Hon", "actor": "Wanjiru Kamau", "type": "person",
                "role": "Sports Cabinet Secretary"})],
    counter=[("Doping\n\nJoseph Sang said the federation would cooperate.",
              {"actor": "Joseph Sang", "type": "person"})])


def _without_titles_as_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``TITLE_AS_NAME``: the "people" that are only titles and honorifics, dropped."""
    kept = []
    for ent in ents:
        words = [t.lower_.rstrip(".") for t in ent if not t.is_punct]
        if ent.label_ == "PERSON" and words and all(
                w in lexicon.TITLE_ABBREVIATIONS or w in lexicon.HONORIFICS or f"{w}." in lexicon.HONORIFICS
                for w in words):
            fire_span(TITLE_AS_NAME, ent)
            continue
        kept.append(ent)
    return kept


TITLE_BRACKET_NAME = rule(
    "mentions.title-bracket-name", "A person's name after a title that a bracket closes (“Minister of State "
    "for Petroleum Resources (Oil) Adaeze Okonkwo-Bello”), or after a title word (“District Collector "
    "Anjali Menon”), is the person, though the model ran the title and the name into one body.",
    examples=[("Pipeline\n\nBayo Adeyemi-Cole, the chief executive, said the line was ready.\n\nMinister of "
               "State for Petroleum Resources (Oil) Adaeze Okonkwo-Bello said the "
               "government would deploy 1,500 personnel to guard the line.\n\n\"We have learnt the hard way "
               "that a pipeline is only as strong as the community beside it,\" she said.",
               {"quote": "We have learnt", "speaker": "Adaeze Okonkwo-Bello"}),
              ("Dam\n\nA tunnel under the Kallar dam was found leaking on Monday. District Collector Anjali "
               "Menon issued an “orange alert” for the villages along the Kallar river late on Monday "
               "evening, covering about 4,200 people.",
               {"actor": "Anjali Menon", "role": "District Collector"})],
    counter=[("Pipeline\n\nThe Ministry of Petroleum Resources (MPR) said the line was ready.",
              {"no_actor": "Adaeze"}),
             ("Gift\n\nThe Governor Tom Hale Foundation gave the school $2 million.",
              {"no_actor": "Tom Hale"}),
             ("Clinic\n\nDoctors at the Hospital General Dolores Arvizu treated 40 patients.",
              {"no_actor": "Dolores Arvizu"})])


BODY_NAME_TAIL = rule(
    "repairs.body-name-tail", "A body's name the model cut before the capitalised words that end it is "
    "one name: after a body word, a phrase of “for” or “of the” (“National Commission” + “for the Reception "
    "and Reintegration of Refugees and Returnees”); after “of the”, the office the body serves (“Office of "
    "the UN” + “High Commissioner for Refugees”). Never past a person, a body the model tagged (the "
    "parent: “Directorate” + “of the Department of Homeland Security”; two parts an acronym joins are "
    "mentions.acronym-joined's), a number or a lower-case word.",
    examples=[("Refugees\n\nChad's National Commission for the Reception and Reintegration of Refugees and "
               "Returnees said the country could not carry the burden alone.",
               {"actor": "National Commission for the Reception and Reintegration of Refugees and Returnees",
                "type": "organization"}),
              ("Appeal\n\nA report by the Office of the UN High Commissioner for Refugees said the money was "
               "needed.", {"actor": "Office of the UN High Commissioner for Refugees"})],
    counter=[("Talks\n\nThe commission met for the first time in Geneva. The Council of Europe sent Ana "
              "Ruiz.", {"actor": "Council of Europe"}),
             ("Homes\n\nThe council approved the bid by Carrow Homes Ltd for the Millbrook Farm site.",
              {"actor": "Carrow Homes Ltd"}),
             ("Port\n\nThe Pacific Port Authority of Villa Norte said trade rose.",
              {"actor": "Pacific Port Authority"}),
             ("Aid\n\nAid from the International Monetary Fund for Ukraine arrived on Monday.",
              {"actor": "International Monetary Fund"}),
             ("Visit\n\nThe Ministry of Health thanked Director Ana Ruiz for the visit.",
              {"actor": "Ministry of Health"})])


def _with_body_tails(doc: Any, ents: list[Any]) -> list[Any]:
    """``BODY_NAME_TAIL``: the entities, with each body name the model cut before its last capitalised
    words whole."""
    from spacy.tokens import Span

    for ent in [e for e in ents if e.label_ == "ORG"]:
        words = [t.lower_ for t in ent]
        after_office = len(words) >= 3 and words[-3:-1] == ["of", "the"]
        # (a firm's name ends at its legal form: "Carrow Homes Ltd for the Millbrook Farm")
        body_word = ent[-1].lower_ in lexicon.ORG_WORDS and ent[-1].lower_ not in lexicon.LEGAL_FORMS
        end = _body_tail_end(doc, ent.end, body_word, after_office)
        if end > ent.end:
            fire_span(BODY_NAME_TAIL, doc[ent.start:end])
            ents = _replaced(ents, ent.start, end, [Span(doc, ent.start, end, label="ORG")])
    return ents


def _body_tail_end(doc: Any, i: int, body_word: bool, after_office: bool) -> int:
    """Where a body's name that the model ended before token ``i`` really ends: past untagged title words
    (``after_office``: "High Commissioner") and past "for" or "of the" and capitalised words joined by "and",
    "of", "for" and "the" (after a ``body_word``, or after the office's words)."""
    def capitalised(k: int) -> bool:
        token = doc[k]
        return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ") \
            and token.ent_type_ not in ("PERSON", "ORG", "DATE", "TIME") \
            and "\n" not in doc[k - 1].whitespace_
    end = i
    if after_office:
        while end < len(doc) and capitalised(end) and not doc[end].ent_type_:
            end += 1
        body_word = body_word or end > i
    if not body_word or end >= len(doc) - 1 or doc[end].lower_ not in ("for", "of") \
            or "\n" in doc[end - 1].whitespace_:
        return end
    k, last = end + 1, None
    if doc[end].lower_ == "of" and doc[k].lower_ != "the":
        return end  # where the body is, not its name ("Pacific Port Authority of Villa Norte", "... of Ohio":
        # mentions.place-description)
    while k < len(doc) and "\n" not in doc[k - 1].whitespace_:
        word = doc[k].lower_
        if capitalised(k) and last is None and doc[k].ent_type_ in ("GPE", "LOC", "FAC") \
                and doc[k - 1].lower_ != "the":
            return end  # what the body does it for ("the International Monetary Fund for Ukraine"; but "the
            # Permanent Commission for the South Pacific")
        if capitalised(k):
            last = k
        elif word == "the" and doc[k - 1].lower_ in ("for", "of") and k + 1 < len(doc) and capitalised(k + 1):
            pass  # "for the Reception ..."
        elif not (word in ("and", "of", "for") and k + 1 < len(doc) and capitalised(k + 1)):
            break  # (never a second body: "... for Refugees and the World Food Programme", tagged apart)
        k += 1
    return last + 1 if last is not None else end


def _with_people_after_brackets(doc: Any, ents: list[Any]) -> list[Any]:
    """``TITLE_BRACKET_NAME``: an entity that runs a bracketed portfolio into a person's name keeps only
    the name (a known first name, then capitalised words to the entity's end)."""
    from spacy.tokens import Span

    for ent in list(ents):
        for k in range(ent.start + 1, ent.end - 1):
            # (or a title the model ran into the name of a body: "District Collector Anjali Menon")
            title = doc[k - 1]
            titled = ent.label_ == "ORG" and title.is_title and title.lower_ in lexicon.TITLE_WORDS \
                and not any(t.lower_ in lexicon.ORG_WORDS for t in ent)  # ("Hospital General Dolores Arvizu")
            if (doc[k - 1].text == ")" or titled) and doc[k].is_title \
                    and doc[k].lower_ in lexicon.first_name_genders() \
                    and all(t.is_title or t.text in ("-", "'") for t in doc[k:ent.end]):
                fire_span(TITLE_BRACKET_NAME, doc[k:ent.end])
                ents = _replaced(ents, ent.start, ent.end, [Span(doc, k, ent.end, label="PERSON")])
                break
    return ents


NAME_PARTICLE = rule(
    "mentions.name-particle", "A person's name goes on over the lower-case particles of Portuguese, "
    "Spanish, Filipino, Dutch, Welsh or Kikuyu names (“Otávio Siqueira do Amaral”, “Juan Miguel delos "
    "Santos”, “Ana de la Cruz”, “Gareth ap Rhys”, “Samuel Kariuki wa Gachanja”) to the capitalised surname "
    "after them, which the model cuts off or tags apart.",
    examples=[("Strike\n\nSamuel Kariuki wa Gachanja, 72, walked to the hospital. “My knees are older than "
               "this quarrel,” he said.", {"actor": "Samuel Kariuki wa Gachanja", "type": "person"}),
              ("Ruling\n\nJustice Otávio Siqueira do Amaral wrote the dissent. Amaral said the fines were "
               "too old to collect.", {"actor": "Otávio Siqueira do Amaral", "type": "person"}),
              ("Typhoon\n\nMayor Juan Miguel delos Santos ordered the evacuation on Sunday.",
               {"actor": "Juan Miguel delos Santos", "type": "person"}),
              ("Vote\n\n“I doubt they have 49 senators,” said Bruno Carvalho dos Santos, a political "
               "scientist.",
               {"actor": "Bruno Carvalho dos Santos", "type": "person"}),
              ("School closure\n\nGareth ap Rhys, the head teacher, said the decision was wrong.",
               {"actor": "Gareth ap Rhys", "type": "person"}),
              # the first name before a patronymic (people.yaml patronymic_particles)
              ("Hydrogen\n\nMUSCAT — Eng. Salma bint Hamad al Rawahi took over as chief executive in "
               "January.",
               {"actor": "Salma bint Hamad al Rawahi", "type": "person"})],
    counter=[("Ruling\n\nWe asked Ana Lopes do Brazil and the others to wait.",
              {"no_actor": "Ana Lopes do Brazil"}),
             ("Rally\n\nThey asked what Tom Reyes and Maria would do. Tom Reyes do Not know.",
              {"no_actor": "Tom Reyes do Not"}),
             ("Cabinet\n\nMany saw Hillary Clinton as Obama's heir.", {"no_actor": "Clinton as Obama"}),
             ("Summit\n\nDid Donald Trump do Putin a favour in Helsinki? Trump said he did not.",
              {"no_actor": "Donald Trump do Putin"}),
             ("Summit\n\nColombian President Gustavo Petro y Nicolás Maduro met on the border.",
              {"no_actor": "Gustavo Petro y Nicolás Maduro"})])


def _with_name_particles(doc: Any, ents: list[Any]) -> list[Any]:
    """``NAME_PARTICLE``: each person's name that one or two particles and a capitalised surname follow,
    whole (never over a country: "Lopes do Brazil")."""
    from spacy.tokens import Span

    tokens = layout_of(doc).tokens
    joined = False  # (until a name is made whole, every person's entity is still among ``ents``)
    for ent in [e for e in ents if e.label_ == "PERSON"]:
        if joined and ent not in ents:
            continue  # (the surname of a name already made whole)
        k = ent.end
        while k < min(ent.end + 2, len(doc)) and doc[k].text in lexicon.SPACED_NAME_PARTICLES \
                and doc[k - 1].whitespace_:
            k += 1
        end = _name_run_end(tokens, k) if k > ent.end else k
        if k == ent.end or end == k or country_key(span_text(doc, k, end)) or doc[k].ent_type_ == "NORP" \
                or any(t.lower_ in lexicon.OPENING_BODY_WORDS for t in doc[k:end]) \
                or not _name_ends(doc, end) \
                or (doc[k - 1].lower_ == "y" and doc[k].lower_ in lexicon.first_name_genders()):
            continue  # (a surname may be a town's name too: "Bruno Carvalho dos Santos")
        fire_span(NAME_PARTICLE, doc[ent.start:end])
        ents = _replaced(ents, ent.start, end, [Span(doc, ent.start, end, label="PERSON")])
        joined = True
    for ent in [e for e in ents if e.label_ == "PERSON"]:
        start = ent.start
        if start >= 2 and _patronymic_opens(tokens[start - 2], tokens[start - 1]):
            fire_span(NAME_PARTICLE, doc[start - 2:ent.end])  # "Salma bint" + "Hamad al Rawahi"
            ents = _replaced(ents, start - 2, ent.end, [Span(doc, start - 2, ent.end, label="PERSON")])
    return ents


def _patronymic_opens(first: Any, particle: Any) -> bool:
    """A capitalised first name, then a lower-case "bin"/"bint" (people.yaml patronymic_particles)."""
    return particle.lower_ in lexicon.PATRONYMIC_PARTICLES and particle.is_lower and first.is_title \
        and first.pos_ in ("PROPN", "NOUN") and first.lower_ not in lexicon.TITLE_WORDS \
        and first.lower_ not in lexicon.HONORIFICS


NAME_ABBREVIATION = rule(
    "mentions.name-abbreviation", "An abbreviated first name before a known first name (“Ma. Theresa "
    "Ocampo”, Filipino for Maria; tokens.yaml name_abbreviations) opens the person's name, which the model "
    "cuts at its full stop.",
    examples=[("Typhoon\n\nAt the shelter, Ma. Theresa Ocampo, 52, sat with her children. “We left "
               "everything,” Ocampo said.", {"actor": "Ma. Theresa Ocampo", "type": "person"}),
              ("Typhoon\n\nIn Albay, Gov. Ma. Lourdes dela Cruz-Villanueva ordered the evacuation.",
               {"actor": "Ma. Lourdes dela Cruz-Villanueva", "type": "person"})],
    counter=[("Tech\n\nThe deal was signed by Alibaba founder Jack Ma. Shares rose 3 percent.",
              {"actor": "Jack Ma"}),
             ("Tech\n\nThe deal was signed by Alibaba founder Jack Ma. Theresa May, the former prime "
              "minister, praised it.", {"actor": "Jack Ma"})])


def _with_name_abbreviations(doc: Any, ents: list[Any]) -> list[Any]:
    """``NAME_ABBREVIATION``: each name an abbreviated first name opens, whole: the person the model
    found from the first name after it on, or the capitalised run of the name."""
    from spacy.tokens import Span

    tokens = layout_of(doc).tokens
    lowers = layout_of(doc).lowers
    for i in range(len(tokens) - 2):
        if lowers[i] not in lexicon.NAME_ABBREVIATIONS:
            continue
        opening, stop, first = tokens[i], tokens[i + 1], tokens[i + 2]
        if not opening.is_title or opening.whitespace_ \
                or stop.text != "." or not first.is_title \
                or first.lower_ not in lexicon.first_name_genders() or not opens_name(tokens, i):
            continue
        found = max((e.end for e in ents if e.start == i + 2 and e.label_ == "PERSON"), default=i + 2)
        end = max(found, _name_run_end(tokens, i + 2))
        fire_span(NAME_ABBREVIATION, doc[i:end])
        ents = _replaced(ents, i, end, [Span(doc, i, end, label="PERSON")])
    return ents


def opens_name(tokens: list[Any], i: int) -> bool:
    """Token ``i`` can open a name: nothing capitalised of a name stands right before it but a title
    ("Gov. Ma. Lourdes", "Nurse Ma. Teresa"; never "Jack Ma. Theresa May", "Yo-Yo Ma. Maria")."""
    if i == 0:
        return True
    before = tokens[i - 1]
    if before.text == "." and i > 1:
        before = tokens[i - 2]  # "Gov." split from its stop
        return before.lower_ in lexicon.TITLE_ABBREVIATIONS or before.lower_ in lexicon.TITLE_WORDS
    return not before.text[:1].isupper() or before.lower_ in lexicon.TITLE_WORDS or before.pos_ != "PROPN"


def _name_run_end(tokens: list[Any], i: int) -> int:
    """Where the person's name that starts at ``i`` ends: capitalised words, hyphened to each other or
    apart, and spaced particles before a capitalised word ("Lourdes dela Cruz-Villanueva")."""
    end = i
    while end < len(tokens):
        token = tokens[end]
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        word = token.is_title and token.pos_ == "PROPN" and NAME_TOKEN.match(token.text) is not None \
            and token.lower_ not in lexicon.TITLE_WORDS and token.lower_ not in lexicon.ORG_WORDS \
            and token.lower_ not in lexicon.stop_words()
        joins = after is not None and after.is_title and (
            (token.text in ("-", "–") and not token.whitespace_ and not tokens[end - 1].whitespace_)
            or token.text in lexicon.SPACED_NAME_PARTICLES)
        if not (word or joins):
            break
        end += 1
    return end


NUMBERED_NAME = rule(
    "mentions.numbered-name", "A name cut at its number sign (“Sindicato de Trabajadores N° 2 de Cerro "
    "Morado”) is a body's whole name when a body's word opens it, from the sign to the number and the "
    "place after it; else it is a numbered thing, no actor (“Signal No. 5”, “Resolución Ministerial N° "
    "045”).",
    examples=[("Mine strike\n\nHéctor Valdivia, president of the Sindicato de Trabajadores N° 2 de Cerro "
               "Morado, called the strike.",
               {"actor": "Sindicato de Trabajadores N° 2 de Cerro Morado", "type": "organization"}),
              ("Typhoon\n\nResidents should not wait for Signal No. 5 before they leave, the agency said.",
               {"no_actor": "Signal No"})],
    counter=[("Vote\n\nSenator Ana Ruiz said no. 5 senators agreed.", {"actor": "Ana Ruiz"})])

def _with_numbered_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``NUMBERED_NAME``: each entity that ends at a number sign, whole or dropped."""
    from spacy.tokens import Span

    tokens = layout_of(doc).tokens
    for ent in list(ents):
        last = tokens[ent.end - 1]
        if len(ent) < 2 or last.lower_ not in lexicon.NUMBER_SIGNS or not last.text[:1].isupper():
            continue
        k = ent.end
        while k < len(tokens) and tokens[k].text in ("°", "º", ".") and not tokens[k - 1].whitespace_:
            k += 1
        if k >= len(tokens) or not tokens[k].text[:1].isdigit():
            continue
        body = ent[0].lower_ in lexicon.OPENING_BODY_WORDS or any(t.lower_ in lexicon.ORG_WORDS for t in ent)
        if not body:
            fire_span(NUMBERED_NAME, doc[ent.start:k + 1])
            person = ent.label_ == "PERSON" and ent[0].lower_ in lexicon.first_name_genders()
            rest = [Span(doc, ent.start, ent.end - 1, label="PERSON")] if person else []
            ents = _replaced(ents, ent.start, ent.end, rest)  # a numbered signal, resolution or form: no
            # actor ("Jannik Sinner No. 1": the person, without the rank)
            continue
        end = k + 1
        if end + 1 < len(tokens) and tokens[end].lower_ in lexicon.BODY_NAME_PARTICLES \
                and tokens[end + 1].is_title:  # "... N° 2 de Cerro Morado"
            end = _name_run_end(tokens, end + 1)
        fire_span(NUMBERED_NAME, doc[ent.start:end])
        ents = _replaced(ents, ent.start, end, [Span(doc, ent.start, end, label="ORG")])
    return ents


def _name_ends(doc: Any, end: int) -> bool:
    """A name ends at ``end``: punctuation, a line's end or its verb follows ("... do Amaral wrote", "...
    dos Santos, a scientist"); never an object or a noun ("Did Trump do Putin a favour", "let Reeves do
    Treasury work")."""
    return end >= len(doc) or doc[end].is_punct or doc[end].is_space or doc[end].pos_ in ("VERB", "AUX")


def _replaced(ents: list[Any], start: int, end: int, spans: list[Any]) -> list[Any]:
    """The entities in text order, those overlapping tokens ``start``-``end`` replaced by ``spans``."""
    return sorted([*(e for e in ents if e.end <= start or e.start >= end), *spans], key=lambda e: e.start)


def _hyphened_place_end(doc: list[Any], i: int) -> int | None:
    """Where "Stoke-by-Tarrow" that starts at ``i`` ends: capitalised words and particles alternating
    with hyphens, with no space, at least one particle, ending in a capitalised word (``doc``: the
    Doc's tokens, made once)."""
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
    worded = first in lexicon.first_name_genders() or common_noun(doc[i].doc, first) or doc[i].pos_ == "VERB"
    named = j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"  # a surname follows
    return None if titled or worded or named else j + 1


ACRONYM_NAME = rule(
    "mentions.acronym-name", "A name with its acronym in brackets after it runs as far left as the acronym "
    "spells it, over \"and\", \"for the\" and places the model cut off (\"the Pilots' Association of Great "
    "Britain and Ireland (PAGBI)\", \"the Regional Water Watch for the Delta (RWWD)\"); the subject an "
    "acronym leaves out after \"on\" or \"for\" is the name's too (\"the International Coordinating Group "
    "on Vaccine Provision (ICG)\").",
    examples=[("The Pilots' Association of Great Britain and Ireland (PAGBI) said on Monday that it backed a "
               "strike.",
               {"actor": "Pilots' Association of Great Britain and Ireland", "aliases": ["PAGBI"]}),
              ("The Regional Water Watch for the Delta (RWWD) said on Tuesday that reservoirs were low.",
               {"actor": "Regional Water Watch for the Delta", "aliases": ["RWWD"]}),
              ("The doses came from the International Coordinating Group on Vaccine Provision (ICG), the "
               "minister said.", {"actor": "International Coordinating Group on Vaccine Provision",
                                  "aliases": ["ICG"]})],
    counter=[("Britain and Ireland (PAGBI) said on Monday that it backed a strike.",
              {"no_actor": "Britain and Ireland"}),
             ("The doses came from the International Coordinating Group on vaccine supply (ICG), the "
              "minister said.", {"actor": "International Coordinating Group"})])


def _with_acronym_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ACRONYM_NAME``: the entities, with each name before a bracketed acronym as long as the acronym
    spells, when that is longer than what the model found."""
    from spacy.tokens import Span

    layout = layout_of(doc)
    for token in layout.tokens_among(layout.by_text, ("(",)):
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 3 <= len(acronym) <= 8):
            continue
        end = token.i
        start = _spelled_start(doc, end, acronym)
        if start is None:
            start = _spelled_before_subject(doc, end, acronym)
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


def _spelled_before_subject(doc: Any, end: int, acronym: str) -> int | None:
    """Where a name starts whose acronym spells it up to "on" or "for" and the capitalised subject after
    it ("International Coordinating Group on Vaccine Provision (ICG)"): three words at least."""
    for k in range(end - 2, max(end - 6, 0), -1):
        if not doc[k + 1].is_title:
            return None
        if doc[k].lower_ in ("on", "for"):
            start = _spelled_start(doc, k, acronym)
            return start if start is not None and k - start >= 3 else None
    return None


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
        if token.is_title and opens and acronym_fits(acronym, span_text(doc, start, end)):
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
              ("Ports\n\n“It hurts,” said Nasrin Akter, a vice-president of the Bangladesh Garment "
               "Manufacturers and Exporters Association.",
               {"actor": "Bangladesh Garment Manufacturers and Exporters Association"}),
              ("The Drivers' Alliance of Kenya (DAK) rejected the new fare deal. Staff at St. Agnes's "
               "Hospice were also affected.", {"actor": "Drivers' Alliance of Kenya", "aliases": ["DAK"]}),
              ("Staff at St. Agnes's Hospice were also affected.", {"actor": "St. Agnes's Hospice"})],
    counter=[("The Treasury and Canal Trust said so.", {"actor": "Canal Trust"}),
             ("The United States and European Union said so.", {"actor": "European Union"})])


def _with_body_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``BODY_NAME``: the entities, with each body name the model cut or missed after "the" in full."""
    from spacy.tokens import Span

    layout = layout_of(doc)
    for token in layout.tokens_among(layout.by_lower, lexicon.ORG_WORDS):
        if not (token.is_title and token.pos_ in ("PROPN", "NOUN")):
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
                and (not doc[start - 2].ent_type_ or _members_word(doc[start - 2])) \
                and doc[start - 2].lower_ not in lexicon.ORG_WORDS:
            joined = True
            start -= 1
        else:
            return None
    opens = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start].is_sent_start
    written = f"the {span_text(doc, start, word.i + 1)}".lower()
    return start if opens and start < word.i - 1 and written in layout_of(doc).text.lower() else None


def _members_word(token: Any) -> bool:
    """A plural of the people a body gathers, though the model ended a body's name there ("the Bangladesh
    Garment Manufacturers" + "and Exporters Association"): never a place ("the United States and ...")."""
    return token.ent_type_ == "ORG" and token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") \
        and (common_noun(token.doc, token.lemma_.lower()) or common_noun(token.doc, token.lower_[:-1]))


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
                               or (common_plural(token.doc, token.lower_) and not member) or saint)


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
    "Constabulary”, “Fenland and West Norfolk Hospitals NHS Foundation Trust”; organisations.yaml "
    "joint_body_words) is one name, which the model cuts at “and”.",
    examples=[("A spokesperson for Avon and Somerset Police said the charges followed a long investigation.",
               {"actor": "Avon and Somerset Police", "type": "organization"}),
              ("Devon and Cornwall Police arrested two men on Monday.",
               {"actor": "Devon and Cornwall Police", "type": "organization"}),
              ("Fenland and West Norfolk Hospitals NHS Foundation Trust wants to shut the department.",
               {"actor": "Fenland and West Norfolk Hospitals NHS Foundation Trust",
                "type": "organization"})],
    counter=[("Ana Ruiz and Thames Valley Police searched the site on Monday.",
              {"actor": "Thames Valley Police", "type": "organization"}),
             ("The case went to the International Court of Justice and the UN Security Council in May.",
              {"actor": "International Court of Justice", "type": "organization"}),
             ("Officers from the Met and British Transport Police were at the scene within minutes.",
              {"actor": "British Transport Police", "type": "organization"})])


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
            or not ent[0].is_title or not (len(ent) == 2 or _opens_with_place(ent)):
        return None  # "Ana Ruiz and Thames Valley Police", "the Court of Justice and the UN Security Council"
    return first.i


def _opens_with_place(ent: Any) -> bool:
    """A longer body's name that opens with a place and closes a trust's, police force's or service's
    ("West Norfolk Hospitals NHS Foundation Trust"; a council, "Dublin City Council", is named whole)."""
    if ent[-1].lower_ not in lexicon.SHARED_SERVICE_WORDS:
        return False
    return gazetteer_place(ent[0].text) \
        or (ent[0].lower_ in lexicon.COMPASS_WORDS and gazetteer_place(ent[1].text))


def _acronym_joins(prev: Any, ent: Any) -> bool:
    doc = ent.doc
    between = doc[prev.end:ent.start]
    if prev.label_ != "ORG" or ent.label_ != "ORG" or not 1 <= len(between) <= 2 \
            or not all(t.lower_ in ("for", "of", "the") for t in between) or ent.end + 2 >= len(doc) \
            or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return False
    acronym = doc[ent.end + 1].text
    return acronym.isupper() and acronym.isalpha() and len(acronym) >= 3 \
        and acronym_fits(acronym, span_text(doc, prev.start, ent.end))


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


GROUP_FOR_CAUSE = rule(
    "mentions.group-for-cause", "A people's plural, then “for” or “against” and a capitalised name, is one "
    "campaign group's name, which the model cuts after the plural (“Americans for Prosperity-Kansas”, "
    "“Parents Against Tolls”).",
    examples=[("Tax cap\n\nAmericans for Prosperity-Kansas called the committee vote \"a win for every "
               "family.\"", {"actor": "Americans for Prosperity-Kansas", "type": "organization"})],
    counter=[("Tax cap\n\nAmericans for years have paid more, Ana Ruiz said.",
              {"no_actor": "Americans for"}),
             ("Poll\n\nSympathy among Democrats for Hamas is low, Ana Ruiz said.",
              {"no_actor": "Democrats for Hamas"})])


def _group_for_cause(doc: Any, people: Any, name: Any) -> bool:
    """``GROUP_FOR_CAUSE``: ``people`` a plural the model calls a nationality or group ("Americans",
    "Democrats"), one "for" or "against" before ``name``, a body's name, with nothing else between."""
    after = doc[name.end] if name.end < len(doc) else None
    return people.label_ == "NORP" and people[-1].tag_ in ("NNPS", "NNS") and name.label_ == "ORG" \
        and name.start == people.end + 1 and doc[people.end].lower_ in ("for", "against") \
        and name[0].is_title and (after is None or after.text not in POSSESSIVE_MARKS) \
        and (people[0].is_sent_start or people.root.dep_ in ("nsubj", "nsubjpass", "ROOT")
             or (people.start > 0 and doc[people.start - 1].text in (",", "(", "by", "from")))


def _place_read_as_body(ent: Any) -> bool:
    """One word the model called a body that the gazetteer knows as a place ("Puno" of "the Superior Court
    of Justice of Puno"): the place closing a body's name."""
    return ent.label_ == "ORG" and len(ent) == 1 and ent[0].is_title and gazetteer_place(ent.text)


def _place_of(doc: Any, body: Any, place: Any) -> bool:
    """The place closes the body's name: "the Latin Patriarchate" + "of" + "Jerusalem", "the Armenian
    Patriarchate of" + "Jerusalem" (the model cut the name at "of")."""
    between = doc[body.end:place.start]
    if place.end < len(doc) and (doc[place.end].tag_ == "POS" or doc[place.end].text in ("'s", "’s")):
        return False  # "a report by Amnesty International of Syria's prisons": the place owns the next
    if body[-1].lower_ == "of":
        return len(between) == 0 and body[-1].whitespace_ != ""
    if len(body) >= 3 and body[-2].lower_ in lexicon.first_name_genders() \
            and any(t.lower_ in lexicon.TITLE_WORDS for t in body[:-2]) \
            and body[-1].lower_ not in lexicon.ORG_WORDS and body[-1].lower_ not in lexicon.FACILITY_WORDS:
        return False  # "Detective Sergeant Neil Carver of West Mercia Police": a titled person the model
        # took for a body, and where they serve (never "Queen Elizabeth Hospital of Hong Kong")
    return len(between) == 1 and between[0].lower_ == "of" and body[-1].is_title \
        and not (body.start > 0 and doc[body.start - 1].lower_ == "of")  # not "Secretary of State of ..."


def _firm_as_title(ent: Any) -> bool:
    """A "work" whose name ends like a firm's ("Harbor Link Terminals"): the model's title is a body."""
    return ent.label_ == "WORK_OF_ART" and ends_like_a_body(list(ent))
