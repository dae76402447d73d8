"""Finders of bodies and countries the model missed: institutions a country or body possesses ("the
Kenyan Senate"), state bodies named through their country, institutions and countries from the data
lists, acronyms defined in brackets the model left untagged, bodies a description names, employers named
in a person's role.
"""


from __future__ import annotations

import re
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import AGENTS, POSSESSIVE_MARKS, SUBJECTS
from reportgen.extract.layout import Layout, span_text
from reportgen.extract.mentions.entity_mentions import legal_form
from reportgen.extract.mentions.mention import (
    FUNCTION_POS,
    NON_ACTOR_LABELS,
    Mention,
    agentive,
    capitalised_by_position,
    found_mention,
    locative,
)
from reportgen.extract.names import (
    country_key,
    gazetteer_place,
    known_place,
    person_shaped,
)
from reportgen.extract.nlp import common_noun
from reportgen.extract.roles import role_of
from reportgen.extract.rules import fire_span, rule


def mark_defined_acronyms(doc: Any, mentions: list[Mention]) -> None:
    """"Harbour Data Format (HDF)": the acronym defined for a thing is a thing too."""
    things = {m.end for m in mentions if m.work}
    for m in mentions:
        if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in things:
            m.work = True


def possessed_institutions(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "Norway's defence ministry", "Chile's coast guard", "the country's central bank": a state body
    named through its country is an organisation, named as the text writes it (the country keeps its
    own mention). Mentions the model made of part of it ("defence ministry") give way."""
    found: list[Mention] = []
    for head in layout.tokens_among(layout.by_lower, lexicon.STATE_BODIES):
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
            if not country_key(span_text(doc, start, owner.i + 1)):
                continue
        elif owner.lower_ in lexicon.COUNTRY_NOUNS and any(c.lower_ == "the" for c in owner.children):
            start = owner.i
        else:
            continue
        if not any(doc[i].text in POSSESSIVE_MARKS for i in range(owner.i + 1, head.i)):
            continue
        found.append(found_mention(doc, layout, start, head.i + 1, "ORG", head.i, agentive=agentive(head),
                                   impersonal=True))
    if not found:
        return mentions
    # The country's own mention stays; a partial mention of the body ("defence ministry") goes.
    covered = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not (covered & set(range(m.start, m.end))) or country_key(m.text)]
    return kept + found


def national_bodies(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "The British government", "the Syrian defence ministry", "the US administration": a state's
    government or body named by its demonym or country is an organisation named as written."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for head in layout.tokens_among(layout.by_lower, lexicon.NATIONAL_BODY_HEADS):
        if head.pos_ not in ("NOUN", "PROPN") or head.i in taken \
                or head.lower_ not in lexicon.NATIONAL_BODY_HEADS:
            continue
        # the demonym nearest the head: "the Danish and Dutch defence ministries" -> "Dutch ..."
        modifiers = [w for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")
                     for w in (c, *(x for x in c.children if x.dep_ == "conj"))]
        spokesman = head.head
        if head.dep_ == "compound" and spokesman.i == head.i + 1 and spokesman.dep_ in SUBJECTS \
                and spokesman.lower_ in lexicon.SPOKES_NOUNS:
            # "A Chinese commerce ministry spokesman said": the parser hangs the demonym on the spokesman
            # (never "Ana Ruiz, a former German agriculture ministry official,": her description)
            modifiers = [c for c in spokesman.lefts
                         if c.dep_ in ("amod", "compound") and c.i == head.left_edge.i - 1] + modifiers
        origin = next((c for c in reversed(modifiers)
                       if c.lower_ in lexicon.DEMONYM_COUNTRIES or country_key(c.text)), None)
        if origin is None or not origin.text[:1].isupper():
            continue
        start, end = origin.i, head.i + 1
        found.append(found_mention(doc, layout, start, end, "ORG", head.i, agentive=agentive(head),
                                   impersonal=True))
    if found:
        covered = {i for m in found for i in range(m.start, m.end)}
        mentions[:] = [m for m in mentions if not covered & set(range(m.start, m.end)) or country_key(m.text)]
    return found


def known_institutions(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Well-known institutions the small model leaves untagged ("OPEC+", "the Pentagon")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    texts = layout.texts
    for token in layout.tokens_among(layout.by_lower, lexicon.INSTITUTIONS):  # (a listed name's first words)
        end = _listed_name_at(doc, layout, token.i, lexicon.INSTITUTIONS, taken) \
            if texts[token.i][:1].isupper() else None
        if end is not None:
            root = doc[token.i:end].root
            found.append(found_mention(doc, layout, token.i, end, "ORG", root.i, agentive=agentive(root)))
            taken.update(range(token.i, end))
    return found


def _listed_name_at(doc: Any, layout: Layout, i: int, listed: dict[str, tuple[tuple[str, ...], ...]],
                    taken: set[int]) -> int | None:
    """Where the longest name of a data list (``lexicon.phrases``) that starts at ``token`` ends, written
    as a name (capitals but for small words: not "Save the children!"), none of it already a mention."""
    lowers = layout.lowers
    for words in listed.get(lowers[i], ()):
        end = i + len(words)
        if end <= len(doc) and tuple(lowers[i:end]) == words \
                and all(t.text[:1].isupper() or t.is_stop or not t.is_alpha for t in layout.tokens[i:end]) \
                and not any(k in taken for k in range(i, end)):
            return end
    return None


def known_countries(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Countries the small model leaves untagged ("Tuvalu, whose highest point ..."), written with
    capitals and not opening a longer name ("Chad Ruiz", "Jordan Peterson")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    poses, ent_types = layout.poses, layout.ent_types
    for token in layout.tokens_among(layout.by_pos, ("PROPN",)):  # (only a proper noun is read further)
        if poses[token.i] != "PROPN" or ent_types[token.i] or not token.is_title:
            continue
        first_name = layout.lowers[token.i] in lexicon.first_name_genders()
        if first_name and layout.in_quote(token.idx):
            continue
        end = _listed_name_at(doc, layout, token.i, lexicon.COUNTRY_PHRASES, taken)
        if end is None or any(doc[i].ent_type_ for i in range(token.i, end)) \
                or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
            continue  # (the first word of a longer name)
        root = doc[token.i:end].root
        if first_name and root.dep_ not in AGENTS and not locative(root):
            continue  # "Chad", "Jordan": a country only where it acts or is a place
        found.append(found_mention(doc, layout, token.i, end, "GPE", root.i, agentive=agentive(root)))
        taken.update(range(token.i, end))
    return found


#: "Quillbank's head of partnerships": a role stated as a post at a named employer.
_POSSESSED_ROLE = re.compile(r"^([A-Z][\w-]+)['’]s [a-z]")


def described_bodies(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``DESCRIBED_BODY_NAME``: "<Capitalised Words>, a <...> charity ..." or "<Capitalised Words> is a
    subsidiary of ..." opening its clause."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    copulas = [t for t in layout.tokens_among(layout.by_lower, ("is", "was")) if t.dep_ == "ROOT"]
    for comma in sorted([*layout.tokens_among(layout.by_text, (",",)), *copulas], key=lambda t: t.i):
        if comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in ("a", "an") or comma.i < 2:
            continue
        described = next((t for t in doc[comma.i + 2:min(comma.i + 6, len(doc))] if t.pos_ == "NOUN"),
                         None)
        if described is None or described.lower_ not in lexicon.ORG_DESCRIPTORS \
                or (described.i + 1 < len(doc) and doc[described.i + 1].pos_ == "NOUN"):
            continue  # ("a charity worker": a person's job)
        start = comma.i
        while start > 0 and comma.i - start < 6 and (
                doc[start - 1].is_title or _glued_hyphen(doc, start - 1)
                or (doc[start - 1].lower_ in lexicon.NAME_JOINERS and start >= 2
                    and doc[start - 2].is_title)) \
                and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_sent_start:
            start -= 1  # (over a hyphen inside a word: "Shoals Agri-Supply")
        if start > 0 and doc[start - 1].is_title and doc[start - 1].is_sent_start:
            start -= 1  # the clause's first word
        opens = start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].whitespace_
        tokens = list(doc[start:comma.i])
        text = span_text(doc, start, comma.i)
        if not opens or len(tokens) < 2 or any(t.i in taken for t in tokens) or tokens[0].pos_ == "ADP" \
                or (tokens[0].lower_ in lexicon.first_name_genders() and person_shaped(text)
                    and not any(t.pos_ in FUNCTION_POS for t in tokens)) \
                or not all(t.is_title or t.lower_ in lexicon.NAME_JOINERS or _glued_hyphen(doc, t.i)
                           for t in tokens):
            continue
        root = doc[start:comma.i].root
        fire_span(DESCRIBED_BODY_NAME, doc[start:comma.i])
        found.append(found_mention(doc, layout, start, comma.i, "ORG", root.i, agentive=agentive(root),
                                   role=role_of(doc, tokens, [], root)))
        taken.update(t.i for t in tokens)
    return found



def _glued_hyphen(doc: Any, i: int) -> bool:
    """A hyphen with no space on either side, inside a word ("Agri-Supply")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_

def member_groups(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``MEMBERS_OF``: "Friends of the Eastside Library", "Mothers of the Ridge": a capitalised plural of
    people, "of" and a capitalised name, whatever the model made of its words ("Ridge" as a person)."""
    bodies = {i for m in mentions if m.label == "ORG" for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens_among(layout.by_lower, lexicon.MEMBER_PLURALS):
        k = token.i + 1
        if not token.is_title or token.lower_ not in lexicon.MEMBER_PLURALS or token.i in bodies \
                or k >= len(doc) or doc[k].lower_ != "of" or (token.i > 0 and doc[token.i - 1].is_quote):
            continue  # (a title in quotation marks is a work's: a play called “Sons of Trump”)
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        end = k
        while end < len(doc) and end - k < 5 and "\n" not in doc[end - 1].whitespace_ and (
                (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"))
                or (doc[end].lower_ in lexicon.NAME_PARTICLES and end + 1 < len(doc)
                    and doc[end + 1].is_title)):
            end += 1  # ("Mothers of the Plaza de Mayo")
        if end == k or (end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN")) \
                or (token.idx < layout.headline_end and layout.title_case_headline):
            continue  # ("Mothers of Lagos children"; a title-case headline capitalises any plural)
        opening = capitalised_by_position(token) and not (token.i > 0 and doc[token.i - 1].lower_ == "the")
        if opening and not any(c.dep_ == "appos" for c in doc[token.i:end].root.children):
            continue  # "Veterans of the Korean War gathered": a sentence's description, unless set apart
        tail = doc[k:end]
        if doc[k - 1].lower_ != "the" and (any(t.ent_type_ == "PERSON" or t.lower_.rstrip(".") in
                                               lexicon.HONORIFICS for t in tail)
                                           or tail[0].lower_ in lexicon.first_name_genders()
                                           or (len(tail) == 1 and not known_place(tail.text))):
            continue  # "Friends of Mr. Clinton", "Sons of Trump", "Friends of Ramos": someone's kin
        span = doc[token.i:end]
        fire_span(MEMBERS_OF, span)
        root = span.root
        found.append(found_mention(doc, layout, token.i, end, "ORG", root.i, agentive=agentive(root),
                                   role=role_of(doc, list(span), [], root)))
    return found


def employers_in_roles(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
    for token in layout.tokens_among(layout.by_text, names):
        if token.text in names and token.i not in taken and token.pos_ == "PROPN" \
                and token.ent_type_ in NON_ACTOR_LABELS:
            found.append(found_mention(doc, layout, token.i, token.i + 1, "ORG", token.i,
                                       agentive=agentive(token), impersonal=True))
    return found


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
               {"actor": "Congolese army", "type": "organization"}),
              # the demonym hung on the spokesman, and the body speaking through him
              ("Tariffs\n\nA Chinese commerce ministry spokesman said the tariffs were “a legitimate "
               "response to discriminatory export restrictions”.",
               {"quote": "a legitimate response", "speaker": "Chinese commerce ministry"})],
    counter=[("Trade\n\nMatthias Kerber, a former German agriculture ministry official, chairs the council.",
              {"no_actor": "German agriculture ministry"})])


UNTAGGED_ACRONYM = rule(
    "mentions.untagged-acronym", "An acronym or short name in brackets right after a body's name that the "
    "model left untagged (“the Higher Education Employers' Council (HEEC)”, “the National Forestry "
    "Corporation (Conaf)”), or an acronym set beside a body's noun (“the drivers' "
    "union, ASLEF,”, “ASLEF, the drivers' union,”), and the same acronym wherever else it stands alone (“A "
    "HEEC spokesperson said”), names that body.",
    examples=[("The Higher Education Employers' Council (HEEC) regretted the result. A HEEC spokesperson "
               "said: “Doing nothing is not an option.”",
               {"quote": "Doing nothing is not", "speaker": "Higher Education Employers' Council"}),
              ("Rail\n\nThe drivers’ union, ASLEF, says the timetable only holds if drivers give up days "
               "off.", {"actor": "ASLEF", "type": "organization"}),
              ("Fires\n\nThe Chilean Air Force and the National Forestry Corporation (Conaf) deployed 42 "
               "aircraft. Conaf's regional director, Héctor Mardones Vidal, said the conditions were bad.",
               {"actor": "National Forestry Corporation", "aliases": ["Conaf"]})],
    counter=[("The Harbour Board (see page 4) regretted the result.", {"no_actor": "see"}),
             ("Mine shut\n\nThe mine is run by Andes Copper Holdings (Chile), which said it would appeal.",
              {"actor": "Chile", "type": "country"}),
             ("Rail\n\nThe drivers’ leader, ANA RUIZ, says the timetable only holds if drivers give up days "
              "off.", {"no_actor": "ANA"}),
             ("Ads\n\nAmerica Rising PAC, an outside Republican group, said the ad would run.",
              {"no_actor": "PAC"})])


def untagged_acronyms(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``UNTAGGED_ACRONYM``: "(HEEC)" after the body it abbreviates, and "HEEC" wherever else it stands."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    defined: set[str] = set()
    for m in mentions:
        k = m.end
        if m.label == "ORG" and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
                and k + 1 not in taken and doc[k + 1].lower_ not in lexicon.LEGAL_FORM_PARTS \
                and (_acronym_word(doc[k + 1].text) or _short_name_word(doc[k + 1])):  # (never "(Pty)")
            defined.add(doc[k + 1].text)
    ent_types = layout.ent_types
    defined |= {text for text, where in layout.by_text.items() if _acronym_word(text)  # (each word once)
                and any(i not in taken and not ent_types[i] and _beside_body_noun(layout.tokens[i])
                        for i in where)}
    if not defined:
        return []
    return [found_mention(doc, layout, t.i, t.i + 1, "ORG", t.i, agentive=agentive(t))
            for t in layout.tokens_among(layout.by_text, defined) if t.i not in taken]


def _beside_body_noun(token: Any) -> bool:
    """An acronym standing alone in apposition with a body's noun: "the drivers' union, ASLEF," or
    "ASLEF, the union," (never the last word of a longer name: "America Rising PAC, a group")."""
    doc = token.doc
    if any(c.dep_ == "compound" for c in token.children) or (token.i > 0 and doc[token.i - 1].is_title):
        return False

    def body(noun: Any) -> bool:
        return noun.pos_ == "NOUN" and (noun.lower_ in lexicon.ORG_WORDS
                                        or noun.lower_ in lexicon.ORG_DESCRIPTORS)

    return (token.dep_ == "appos" and body(token.head)) \
        or any(c.dep_ == "appos" and body(c) for c in token.children)


def _short_name_word(token: Any) -> bool:
    """A capitalised word a body goes by, written in brackets after its name ("the National Forestry
    Corporation (Conaf)"), never a place ("Acme Mining (Chile)")."""
    word = token.text
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
        and not known_place(word) and not common_noun(token.doc, token.lower_)  # (never "(Oil)")


def _acronym_word(word: str) -> bool:
    """Two to eight capital letters, an acronym's shape ("HEEC", "RTB")."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


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


DESCRIBED_BODY_NAME = rule(
    "mentions.described-body-name", "Capitalised words set beside a description headed by a body's noun, "
    "or said to be one (“Hope Without Borders, a British charity that runs three clinics,”; “Shoals "
    "Agri-Supply is a subsidiary of ...”), are that body's name, though the model missed it.",
    examples=[("Hope Without Borders, a British charity that runs three clinics in the camp, says cases "
               "have tripled.", {"actor": "Hope Without Borders", "type": "organization"}),
              ("Warehouse fire\n\nThe blaze began on Thursday.\n\nShoals Agri-Supply is a subsidiary of a "
               "family-owned company based in Decatur.",
               {"actor": "Shoals Agri-Supply", "type": "organization"})],
    counter=[("Ana Ruiz, a charity worker, says cases have tripled.", {"no_actor": "Ana Ruiz, a"}),
             ("In Farchana, a town near the border, cases have tripled.", {"no_actor": "In Farchana"})])


UNTAGGED_LEGAL_NAME = rule(
    "mentions.untagged-legal-name", "Capitalised words ending in a firm's legal form that the model left "
    "untagged (“Caledonian Maritime Assets Limited”; organisations.yaml legal_forms) are a firm's name, "
    "an organisation.",
    examples=[("Ferries\n\nA spokesperson for Caledonian Maritime Assets Limited (CMAL), the public body "
               "that owns the fleet, said: “CMAL has cooperated fully with every review.”",
               {"actor": "Caledonian Maritime Assets Limited", "type": "organization",
                "quote": "CMAL has cooperated", "speaker": "Caledonian Maritime Assets Limited"})],
    counter=[("Ferries\n\nShares of the firm, listed as a plc in London, rose.", {"no_actor": "plc"})])


def untagged_legal_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``UNTAGGED_LEGAL_NAME``: "Caledonian Maritime Assets Limited" with no entity on any word."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for form in layout.tokens_among(layout.by_lower, lexicon.LEGAL_FORMS):
        if form.i in taken or form.ent_type_ or not legal_form(form) or form.pos_ != "PROPN":
            continue
        start = form.i
        while start > 0 and form.i - start < 6 and doc[start - 1].pos_ == "PROPN" \
                and (doc[start - 1].is_title or doc[start - 1].is_upper) and not doc[start - 1].ent_type_ \
                and start - 1 not in taken and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start == form.i or (start > 0 and (start - 1 in taken or doc[start - 1].text == "&")):
            continue  # (the end of a longer name other finders join: "Lim & Rahman Binaan Sdn Bhd")
        span = doc[start:form.i + 1]
        fire_span(UNTAGGED_LEGAL_NAME, span)
        found.append(found_mention(doc, layout, start, form.i + 1, "ORG", form.i, agentive=agentive(form)))
        taken.update(range(start, form.i + 1))
    return found


MEMBERS_OF = rule(
    "mentions.members-of", "A capitalised plural of people followed by “of” and a name (“Friends of the "
    "Eastside Library”, “Mothers of the Ridge”; people.yaml member_plurals) is a group's name, an "
    "organisation, whatever the model made of its words.",
    examples=[("Unit closure\n\nThe plan was opposed by the county and a patients’ group, Mothers of the "
               "Ridge. “We will not stop,” the group said.",
               {"actor": "Mothers of the Ridge", "type": "organization"})],
    counter=[("Library to close\n\nThe council voted to close the branch. Friends of the late librarian "
              "said they would fight on.", {"no_actor": "Friends"}),
             ("Memorial\n\nVeterans of the Korean War gathered in Seoul on Monday.",
              {"no_actor": "Veterans of the Korean War"}),
             ("Protest\n\nMothers of Lagos children protested outside the ministry.",
              {"no_actor": "Mothers of Lagos"}),
             ("Clinton book\n\nFriends of Mr. Clinton said the book was unfair.",
              {"no_actor": "Friends of Mr"})])


EMPLOYER_IN_ROLE = rule(
    "mentions.employer-in-role", "An employer the model missed, named in someone's role (“Leon Marsh, "
    "Tally's head of partnerships”), is an organisation, and so is every other bare use of that name.",
    examples=[("Fintech deal\n\nThe round was led by Tally, which processes payments for small firms.\n\n"
               "\"This is a big step,\" said Leon Marsh, Tally's head of partnerships.\n",
               {"actor": "Tally", "type": "organization"})],
    counter=[("Tesfaye Alemu ruled for two decades. The envoy met Tesfaye's successor, Hailu Desta, in May.",
              {"actor": "Tesfaye Alemu", "type": "person"})])


PLACE_FORCE = rule(
    "mentions.place-force", "A place's name with a lower-case force noun after it (“Leicester police said”, "
    "“according to Hyderabad police”; organisations.yaml force_nouns) is that place's police, an "
    "organisation named as written; never a modifier (“a Leicester police officer”).",
    examples=[("Robbery\n\nThe shop was raided on Friday. Leicester police said a man had been charged.",
               {"actor": "Leicester police", "type": "organization"}),
              ("Robbery\n\nThe shop was raided on Friday. St. Louis police said a man had been charged.",
               {"actor": "St. Louis police", "type": "organization"})],
    counter=[("Robbery\n\nThe shop was raided on Friday. A Leicester police officer said a man had been "
              "charged.", {"no_actor": "Leicester police"})])


def place_forces(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``PLACE_FORCE``: "Leicester police", in place of whatever the model made of the place's name."""
    found: list[Mention] = []
    for force in layout.tokens_among(layout.by_lower, lexicon.FORCE_NOUNS):
        if not force.is_lower or force.dep_ == "compound" or layout.in_quote(force.idx):
            continue
        start = force.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].text.rstrip(".").isalpha() \
                and force.i - start < 3 and doc[start - 1].lower_ not in lexicon.stop_words():
            start -= 1  # ("St. Louis police"; never "The" of "The police said")
        name = span_text(doc, start, force.i)
        if start == force.i or not (gazetteer_place(name) or all(
                doc[i].ent_type_ in ("GPE", "LOC") for i in range(start, force.i))):
            continue
        found.append(found_mention(doc, layout, start, force.i + 1, "ORG", force.i,
                                   agentive=agentive(force), impersonal=True))
    return found


KIN_GROUP = rule(
    "mentions.kin-group", "“The” and a person's surname before a lower-case kin noun (“the Abdel-Malik "
    "family said in a statement”; organisations.yaml kin_group_nouns) is that family, a group that speaks: "
    "the surname of someone the text names, or a name the model tagged a person's.",
    examples=[("Robbery\n\nHassan Abdel-Malik, 71, was hurt. The Abdel-Malik family said they had been "
               "“overwhelmed by the kindness of the community.”",
               {"quote": "overwhelmed by the kindness", "speaker": "Abdel-Malik family"})],
    counter=[("Robbery\n\nA British family said they had been “overwhelmed by the kindness of the "
              "community.”", {"no_actor": "British family"}),
             ("Trust\n\nRupert Hale, 93, stepped back last year. The Hale family trust said it would sell.",
              {"no_actor": "Hale family"})])


def kin_groups(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``KIN_GROUP``: "the Abdel-Malik family"."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for kin in layout.tokens_among(layout.by_lower, lexicon.KIN_GROUP_NOUNS):
        if not kin.is_lower or kin.i < 2 or kin.i in taken or kin.dep_ == "compound":
            continue  # (never "the Murdoch family trust": the trust)
        start = kin.i
        while start > 0 and (doc[start - 1].is_title or _glued_hyphen(doc, start - 1)) \
                and doc[start - 1].pos_ in ("PROPN", "PUNCT") and kin.i - start < 5:
            start -= 1
        if start == kin.i or doc[start].text in ("-", "‐") or start == 0 or doc[start - 1].lower_ != "the":
            continue
        name = span_text(doc, start, kin.i)
        if (name not in surnames and not all(doc[i].ent_type_ == "PERSON" for i in range(start, kin.i))) \
                or name.lower() in lexicon.DEMONYMS:
            continue
        found.append(found_mention(doc, layout, start, kin.i + 1, "NORP", kin.i, agentive=agentive(kin)))
    return found
