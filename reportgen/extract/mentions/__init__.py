"""Mentions: every place the text names a possible actor, each found by a declared rule.

spaCy's entities are the first source (cleaned: titles, honorifics, ``the`` and possessives out;
the model's junk refused); declared rules add the names the small model misses: institutions from
the data lists, state bodies named through their country, people marked by an age or by saying
something, surnames and first names of people named in full, employers named in a role. Each
mention records the rule that found it and what its sentence says about it (a title before it, an
age, a reporting verb, a place preposition ...). Merging mentions into actors is the referents
layer's business (``reportgen.extract.referents``).

The package follows the order :func:`find_mentions` runs in:

* ``mention``: the :class:`Mention` record and the clues a sentence gives about a name, which every
  finder reads (acting, placed, titled, opening a sentence ...);
* ``entities``: spaCy's entity spans repaired (names split across entities, places glued by a hyphen,
  acronyms, bodies and first names the model cut);
* ``entity_mentions``: an entity span made a mention (trimmed, relabelled, refused when implausible);
* ``bodies``, ``people``, ``chains``, ``credits``: the finders of names the model missed: bodies and
  countries, people (by age, office, surname, speaking), runs of capitalised words, and speaker
  labels and credits;
* here: the finders run in order, then the filters over all mentions (covered, split, things,
  offices).
"""


from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.layout import Layout, layout_of, span_text
from reportgen.extract.mentions.bodies import (
    DESCRIBED_BODY_NAME,
    EMPLOYER_IN_ROLE,
    KIN_GROUP,
    KNOWN_COUNTRY,
    KNOWN_INSTITUTION,
    MEMBERS_OF,
    NATIONAL_BODY,
    PLACE_FORCE,
    POSSESSED_INSTITUTION,
    UNTAGGED_ACRONYM,
    UNTAGGED_LEGAL_NAME,
    described_bodies,
    employers_in_roles,
    kin_groups,
    known_countries,
    known_institutions,
    mark_defined_acronyms,
    member_groups,
    national_bodies,
    place_forces,
    possessed_institutions,
    untagged_acronyms,
    untagged_legal_names,
)
from reportgen.extract.mentions.chains import PROPER_NOUN_CHAIN, proper_noun_chains
from reportgen.extract.mentions.credits import (
    CREDIT_LINE,
    DIGEST_CREDIT,
    SPEAKER_LABEL,
    credit_lines,
    digest_credits,
    speaker_labels,
)
from reportgen.extract.mentions.entities import joined_entities
from reportgen.extract.mentions.entity_mentions import ENTITY, entity_mention
from reportgen.extract.mentions.mention import (
    FIRST_NAME_MISTAGGED,
    Mention,
    first_name_opens_sentence,
    glued_hyphen,
    speaks_for,
)
from reportgen.extract.mentions.people import (
    AGED_NAME,
    BARE_NAME,
    CUE_SUBJECT,
    DESCRIBED_NAME,
    FULL_NAME_OF_SURNAME,
    HYPHENED_SURNAME,
    NAME_IN_OFFICE_CHAIN,
    QUOTE_SOURCE,
    SEEN_ELSEWHERE,
    aged_names,
    bare_names,
    before_name,
    described_names,
    full_names_of_surnames,
    hyphened_surnames,
    names_after_offices,
    names_seen_elsewhere,
    quote_sources,
    untagged_speakers,
)
from reportgen.extract.names import acronym_fits, initials_fit, known_place, person_shaped, state_named
from reportgen.extract.nlp import common_noun, english_word
from reportgen.extract.roles import role_of
from reportgen.extract.rules import Rule, fire_span, rule

NAMED_THING = rule(
    "mentions.named-thing", "A capitalised name of a measure, level or observance (“Central Bank Rate”, "
    "“Cash Reserve Ratio”, “Disaster Prevention Day”) is no actor (things.yaml concept_heads), nor is the "
    "acronym set in brackets after it (“(MPR)”).", effect="-",
    examples=[("Rates\n\nThe Central Bank Rate was cut to 8.75 percent, the Monetary Policy Committee said.",
               {"no_actor": "Central Bank Rate"}),
              ("Rates\n\nThe bank cut its Monetary Policy Rate (MPR) to 26.5 per cent. The MPR had been 27 "
               "per cent since July.", {"no_actor": "MPR"})],
    counter=[("Rates\n\nThe Rate Setting Committee said it would meet again.",
              {"actor": "Rate Setting Committee"})])

PERSON_TAG = rule(
    "mentions.person-tag", "A short bracket right after a person's name is the person's tag, party and ward "
    "or state (“Cllr Peter Odunsi (Lib Dem, Wexley Central)”): no actor of its own.", effect="-",
    examples=[("Homes\n\nCllr Peter Odunsi (Lib Dem, Wexley Central), who chairs the committee, said the "
               "district needed homes. “We cannot keep saying no,” he said.",
               {"no_actor": "Lib Dem", "quote": "We cannot keep saying no", "speaker": "Peter Odunsi"})],
    counter=[("Cyber\n\nThe National Cyber Security Agency (NUKIB) said the attack had ended.",
              {"actor": "National Cyber Security Agency", "aliases": ["NUKIB"]}),
             ("Fire\n\nThe fire grew on Monday, and Emergency Management Victoria (EMV) said it was “burning "
              "out of control along a wide front.”",
              {"actor": "Emergency Management Victoria", "type": "organization", "aliases": ["EMV"]})])
#: Tokens a person's tag may hold between its brackets.
_TAG_TOKENS = 6

__all__ = ["Mention", "find_mentions", "speaks_for"]


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
                                          "role": "Minister of State for Fisheries and the Marine"}),
              ("Cholera\n\nThe Coordinating Minister of Health and Social Welfare, Prof. Adamu Lawal, said "
               "the campaign would begin.", {"actor": "Adamu Lawal", "no_actor": "Social Welfare"})],
    counter=[("Quotas\n\nNorway's Minister of Fisheries Anders Lind said Norway would not move.",
              {"actor": "Norway", "type": "country"}),
             ("Quotas\n\nOxfam senior policy adviser Max Lorne said the statement was welcome.",
              {"actor": "Oxfam"}),
             ("Prices\n\nThe head of Tescorp, Ken Marley, said food prices would keep rising.",
              {"actor": "Tescorp"}),
             ("Rights\n\nThe director of Human Rights Watch, Ken Marley, said the law would be challenged.",
              {"actor": "Human Rights Watch"}),
             ("Food\n\nThe head of Bread and Roses, a food charity, Maria Lutz, said demand had doubled.",
              {"actor": "Bread and Roses"})])


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


def find_mentions(doc: Any) -> list[Mention]:
    """Every mention of a possible actor, in text order, each with the rule that found it."""
    layout = layout_of(doc)
    mentions = _without_covered([m for ent in joined_entities(doc)
                                 for m in [entity_mention(doc, ent, layout)] if m is not None])
    _found(doc, ENTITY, mentions)
    mark_defined_acronyms(doc, mentions)
    mentions = possessed_institutions(doc, mentions, layout)
    _found(doc, POSSESSED_INSTITUTION, mentions)
    # Each finder sees the mentions found before it; a person marked by an age replaces what the model
    # made of the same words ("Tarik" as a place).
    for found_by, finder in ((NATIONAL_BODY, national_bodies), (UNTAGGED_LEGAL_NAME, untagged_legal_names),
                             (UNTAGGED_ACRONYM, untagged_acronyms),
                             (KNOWN_INSTITUTION, known_institutions),
                             (KNOWN_COUNTRY, known_countries),
                             (AGED_NAME, aged_names), (MEMBERS_OF, member_groups),
                             (NAME_IN_OFFICE_CHAIN, names_after_offices),
                             (FULL_NAME_OF_SURNAME, full_names_of_surnames),
                             (CUE_SUBJECT, untagged_speakers),
                             (DESCRIBED_NAME, described_names), (DESCRIBED_BODY_NAME, described_bodies),
                             (PROPER_NOUN_CHAIN, proper_noun_chains),
                             (QUOTE_SOURCE, quote_sources),
                             (SPEAKER_LABEL, speaker_labels), (DIGEST_CREDIT, digest_credits),
                             (CREDIT_LINE, credit_lines),
                             (EMPLOYER_IN_ROLE, employers_in_roles),
                             (PLACE_FORCE, place_forces), (KIN_GROUP, kin_groups),
                             (BARE_NAME, bare_names), (SEEN_ELSEWHERE, names_seen_elsewhere),
                             (HYPHENED_SURNAME, hyphened_surnames)):
        found = finder(doc, mentions, layout)
        _found(doc, found_by, found)
        if found_by in (AGED_NAME, MEMBERS_OF, NAME_IN_OFFICE_CHAIN, PLACE_FORCE, KIN_GROUP):
            covered = {i for m in found for i in range(m.start, m.end)}
            if found_by is NAME_IN_OFFICE_CHAIN:  # "Kestrel Steel" of "Kestrel Steel Ravi Gupte" stays
                mentions = [before_name(doc, m, covered) for m in mentions]
            mentions = [m for m in mentions if not covered & set(range(m.start, m.end))]
        mentions = mentions + found
    # "The Swede": someone named before, described by nation, whichever finder took it for a name
    kept = [_hyphened_whole(doc, m) for m in mentions
            if not (m.end - m.start == 1 and _demonym_noun(doc[m.start]))]
    mentions = _split_names_joined(doc, sorted(_particled_wholes(doc, kept), key=lambda m: m.start))
    mentions = [m for m in mentions if not (m.label == "PERSON" and len(m.text) == 1)]  # "Q:" of a Q&A
    mentions = _not_in_offices(doc, _not_models(doc, _not_things(doc, _not_instances(doc, mentions))), layout)
    mentions = _not_partisan_descriptions(doc, _not_person_tags(doc, mentions))
    mentions = _opening_cues_trimmed(doc, _headline_names_trimmed(doc, mentions, layout), layout)
    return sorted(_with_opening_first_names(doc, mentions), key=lambda m: m.start)


HEADLINE_NAME = rule(
    "mentions.headline-name", "In a headline in title case, a name the model ran on into the next "
    "capitalised word (“Donald Trump Just Revealed ...”, “Ben Carson Defends Record”) is the name the story "
    "gives (“Donald Trump”), when the story gives it whole and never the longer one.",
    examples=[("Ana Ruiz Just Revealed Who She Would Pick\n\nAna Ruiz named Sen. Tom Vale, R-Texas, when "
               "asked to pick a running mate.", {"actor": "Ana Ruiz", "no_actor": "Ana Ruiz Just"})],
    counter=[("Ana Ruiz picks a running mate\n\nAna Ruiz named Sen. Tom Vale, R-Texas, as her running "
              "mate.", {"actor": "Ana Ruiz"})])


def _headline_names_trimmed(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``HEADLINE_NAME``: each title-case headline's name cut to the story's own form of it."""
    if not layout.title_case_headline:
        return mentions
    body: dict[str, set[str]] = {}
    for m in mentions:
        if not m.headline:
            body.setdefault(m.text.split()[0], set()).add(m.text)
    trimmed = []
    for m in mentions:
        words = m.text.split()
        forms = body.get(words[0], set()) if m.headline and len(words) >= 2 else set()
        shorter = [f for f in forms if len(f.split()) < len(words) and words[:len(f.split())] == f.split()]
        if shorter and m.text not in forms:
            keep = max(shorter, key=lambda f: len(f.split()))
            stop = doc[m.start].idx + len(keep)
            end = next((k for k in range(m.start, m.end) if doc[k].idx >= stop), m.end)
            fire_span(HEADLINE_NAME, doc[m.start:m.end], keep)
            m = replace(m, end=end, text=span_text(doc, m.start, end), root=min(m.root, end - 1))
        trimmed.append(m)
    return trimmed


OPENING_CUE = rule(
    "mentions.opening-cue", "A reporting verb opening a sentence before a quote (“Said Asante-Mensah, asked "
    "about it: ...”; speech.yaml opening_cues) is the cue, not a first name, when the rest is a person the "
    "story names elsewhere without it.",
    examples=[("Patrol pact\n\nMinister Kwabena Asante-Mensah signed the accord. Said Asante-Mensah, asked "
               "about Nigeria: \"The door is open.\"",
               {"no_actor": "Said Asante-Mensah", "quote": "The door is open",
                "speaker": "Kwabena Asante-Mensah"})],
    counter=[("Talks\n\nIran's negotiator Said Jalili met the envoys. Said Jalili, asked about the talks: "
              "\"We are ready.\"",
              {"actor": "Said Jalili", "quote": "We are ready", "speaker": "Said Jalili"}),
             ("Fuel\n\nSaid Hamdan, a fisherman in Gaza City, told reporters: \"We have no fuel.\" Hamdan "
              "said the boats had stayed in port.", {"actor": "Said Hamdan"})])


def _opening_cues_trimmed(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``OPENING_CUE``: a person's mention opened by a sentence's capitalised reporting verb, cut to the
    name after it, when the story names that person elsewhere without the verb and a quote follows."""
    def opened(m: Mention) -> bool:
        first = doc[m.start]
        return m.label == "PERSON" and m.end - m.start >= 2 and first.is_title \
            and first.lower_ in lexicon.OPENING_CUES and (first.is_sent_start or m.start == 0
                                                          or "\n" in doc[m.start - 1].text)
    # the person's other mentions, by last word, with their first words ("Said Jalili" is a name)
    elsewhere: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and not opened(m):
            elsewhere.setdefault(m.text.split()[-1], set()).add(m.text.split()[0].lower())
    trimmed = []
    for m in mentions:
        if opened(m) and doc[m.start].lower_ not in elsewhere.get(m.text.split()[-1], {doc[m.start].lower_}):
            sentence = doc[m.start].sent
            own_cue = any(t.dep_ == "ROOT" and t.lemma_.lower() in lexicon.REPORTING_VERBS and t.i >= m.end
                          and (t.lemma_.lower() != "ask" or any(c.dep_ == "dobj" for c in t.children))
                          for t in sentence)  # ("Said Hamdan, a fisherman, told reporters: ...": a name;
            # "asked about Nigeria" is the question put to the speaker)
            if not own_cue and any(q.start > doc[m.end - 1].idx and q.start < sentence.end_char + 2
                                   for q in layout.quotes):
                fire_span(OPENING_CUE, doc[m.start:m.end], m.text)
                m = replace(m, start=m.start + 1, text=span_text(doc, m.start + 1, m.end),
                            root=max(m.root, m.start + 1))
        trimmed.append(m)
    return trimmed


PARTISAN_DESCRIPTION = rule(
    "mentions.partisan-description", "“The Oregon Democrat”, “the Idaho Republican”, “the Democrat”: a party "
    "member (of a US state) after “the” describes someone named before (a senator tagged “D-Ore.”), no name "
    "of its own, and so does “an Orlando Republican” set beside a name (“Todd Wilcox, an Orlando "
    "Republican”); "
    "nor is a party tag (“R-Idaho”) a name; “the Springfield Republican” (a newspaper) stays.", effect="-",
    examples=[("Hearing\n\nSen. Lena Aragón (D-Ore.) pressed the secretary on the cuts.\n\n“Your own people "
               "are telling me they are short,” the Oregon Democrat said.",
               {"no_actor": "Oregon Democrat", "quote": "Your own people", "speaker": "Lena Aragón"}),
              ("Hearing\n\nThe chairwoman, Sen. Martha Kilgore, R-Idaho, said she was not persuaded.\n\n"
               "“I have buried firefighters in my state,” the Idaho Republican said.",
               {"no_actor": "R-Idaho", "quote": "I have buried firefighters", "speaker": "Martha Kilgore"}),
              ("Water bill\n\nRep. Dale Wenzel (R-Findlay) and Rep. Keisha Morland (D-Akron) wrote the "
               "bill.\n\n“We gave up the farm exemption fight because we had to,” the Democrat said.",
               {"no_actor": "Democrat", "quote": "We gave up", "speaker": "Keisha Morland"}),
              ("Schools\n\nFederal mandates are a burden, said Todd Wilcox, an Orlando Republican who "
               "founded two firms.\n\n“There is more time spent on compliance,” he said.",
               {"no_actor": "Orlando Republican", "quote": "more time spent", "speaker": "Todd Wilcox"}),
              ("Bill\n\nTom Hale, a Texas Republican, said the bill was dead. “It will not pass this year,” "
               "the Texas Republican said.", {"actor": "Tom Hale", "role": "Texas Republican",
                                              "quote": "It will not pass", "speaker": "Tom Hale"})],
    counter=[("Caucus\n\n“She is too far behind,” said an Iowa Democrat.", {"actor": "Iowa Democrat"}),
             ("Mill\n\nThe mill will close in June, according to the Springfield Republican.",
              {"actor": "Springfield Republican"})])


def _not_partisan_descriptions(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``PARTISAN_DESCRIPTION``: mentions less "the Oregon Democrat" and party tags."""
    kept = []
    for m in mentions:
        words = m.text.split()
        # (a US state's: never "the Liberal Democrats", "the Springfield Republican", "the Kerry Independent")
        # (or "the Democrat said" alone, after "Rep. Keisha Morland (D-Akron)")
        described = words[-1].lower() in _PARTISANS \
            and (len(words) == 1 or state_named([w.lower() for w in words[:-1]]) is not None) \
            and m.start > 0 and doc[m.start - 1].lower_ == "the"
        # "Todd Wilcox, an Orlando Republican who ...": set beside a name, it describes that person
        beside = words[-1].lower() in _PARTISANS and m.start > 0 and doc[m.start - 1].lower_ in ("a", "an") \
            and doc[m.root].dep_ == "appos" and doc[m.root].head.pos_ == "PROPN" \
            and doc[m.root].head.i < m.start
        if described or beside or _PARTY_TAG.fullmatch(m.text):
            fire_span(PARTISAN_DESCRIPTION, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


#: Members of the two US parties, as a noun ("the Oregon Democrat"); an "Independent" is also a newspaper.
_PARTISANS = frozenset({"democrat", "republican"})
#: A US lawmaker's party tag: "R-Idaho", "D-N.Y.".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?")


def _not_person_tags(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``PERSON_TAG``: mentions less those inside a short bracket right after a person's name."""
    people_end = {m.end: m for m in mentions if m.label == "PERSON"}
    texts = layout_of(doc).texts
    kept = []
    for m in mentions:
        opening = m.start - 1
        while opening > 0 and m.start - opening <= _TAG_TOKENS and texts[opening] != "(":
            opening -= 1
        closing = next((k for k in range(m.end, min(opening + _TAG_TOKENS + 2, len(doc)))
                        if texts[k] == ")"), None)
        # ("Emergency Management Victoria (EMV)": a body's acronym, whatever the finder called the name)
        spelled = opening in people_end and m.text.isupper() and m.text.isalpha() \
            and acronym_fits(m.text, people_end[opening].text)
        if opening >= 1 and texts[opening] == "(" and opening in people_end and closing is not None \
                and not spelled:
            fire_span(PERSON_TAG, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


def _not_things(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``NAMED_THING``: mentions less names of measures, levels and observances, whichever finder took
    them."""
    things = [m for m in mentions if m.label != "PERSON" and m.text.lower().split()[-1:]
              and m.text.lower().split()[-1] in lexicon.CONCEPT_HEADS]
    short = {_bracketed_short_form(doc, m) for m in things} - {None}  # "Monetary Policy Rate (MPR)"
    kept = []
    for m in mentions:
        if m in things or m.text in short:
            fire_span(NAMED_THING, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


MODEL_CODE = rule(
    "mentions.model-code", "A name holding a model code (“Erickson S-64 Air-Crane”, “CryoSat-2”, "
    "“A321XLR”, “ES44AC”: letters and figures joined by a hyphen, or figures between letters) names a "
    "product, no actor; a body named with a figure (“G7”, “MI6”, “TVN24”, “G4S”) is one.", effect="-",
    examples=[("Fire\n\nAbout 320 firefighters are on the ground, supported by 14 aircraft, including a "
               "Boeing 737-300 large air tanker and two Erickson S-64 Air-Crane helicopters.",
               {"no_actor": "Erickson S-64 Air-Crane"}),
              ("Glacier\n\nThe team compared earlier estimates based on measurements from the Sentinel-6 and "
               "CryoSat-2 satellites.", {"no_actor": "CryoSat-2"})],
    counter=[("Summit\n\nThe G7 said it would act. MI6 declined to comment.", {"actor": "MI6"}),
             ("Prisons\n\nG4S Secure Solutions USA Inc. said it would appeal.",
              {"actor": "G4S Secure Solutions USA Inc."}),
             ("Lungs\n\nThe Alpha-1 Foundation said the drug worked.", {"actor": "Alpha-1 Foundation"})])

#: A model code: letters, a hyphen and figures ("S-64", "FX-7"), or figures between letters ("A321XLR"; a
#: short one is a body's name: "G4S").
_MODEL_CODE = re.compile(r"[A-Za-z]+-\d+[A-Za-z]*|(?=\w{5})[A-Z]+\d+[A-Z]+")


def _not_models(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """``MODEL_CODE``: mentions less names of products with a model code."""
    kept = []
    for m in mentions:
        last = m.text.lower().split()[-1]
        if m.label != "PERSON" and any(_MODEL_CODE.fullmatch(w) for w in m.text.split()) \
                and last not in lexicon.ORG_WORDS and last.rstrip(".") not in lexicon.LEGAL_FORMS:
            fire_span(MODEL_CODE, doc[m.start:m.end], m.text)
        else:
            kept.append(m)
    return kept


def _bracketed_short_form(doc: Any, thing: Mention) -> str | None:
    """The acronym in brackets right after a thing's name that its initials fit ("(MPR)")."""
    end = thing.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    short = doc[end + 1].text
    return short if short.isupper() and 2 <= len(short) <= 6 and initials_fit(short, thing.text) else None


def _not_in_offices(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``IN_OFFICE``: mentions less the words of an office written right before a person's name."""
    text = layout.text
    offices: list[tuple[int, int, int]] = []
    for m in mentions:
        if not m.role or len(m.role) < 12 or not (m.label == "PERSON" or person_shaped(m.text)):
            continue
        name = layout.idxs[m.start]
        at = text.rfind(m.role, max(0, name - len(m.role) - 8), name)
        if at >= 0 and re.fullmatch(r"[\s,]+(?:\w{1,4}\.?\s+)?", text[at + len(m.role):name]):
            k = m.start
            while k > 0 and layout.idxs[k - 1] >= at:
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
        # (a "person" of English words is the model's slip: "and Regional Integration Kwabena Asante-Mensah";
        # never a name with a first name, "Mark Price")
        worded = all(english_word(doc, t.lower_) and t.lower_ not in lexicon.first_name_genders()
                     for t in doc[m.start:m.end] if t.is_alpha and t.lower_ not in ("and", "the", "of"))
        portfolio = before in ("for", "and") or (before == "," and worded) \
            or (m.end - m.start == 1 and common_noun(doc, doc[m.start].lower_)) \
            or (before == "of" and any(t.lower_ == "and" for t in doc[m.start:m.end])
                and common_noun(doc, doc[m.start].lower_) and m.start >= 2
                and doc[m.start - 2].lower_ in lexicon.PORTFOLIO_TITLES)  # "Minister of Health and Welfare"
        if inside and portfolio and m.label not in ("GPE", "LOC", "NORP") and not acronym \
                and (m.label != "PERSON" or worded) \
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
        if m.label == "PERSON" and first_name_opens_sentence(doc, m.start, m.end) \
                and not any(o.start <= m.start - 1 < o.end for o in mentions):
            fire_span(FIRST_NAME_MISTAGGED, doc[m.start - 1:m.end])
            m = replace(m, start=m.start - 1, text=span_text(doc, m.start - 1, m.end))
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
            start, honorific = _after_honorifics(doc, prev.start, mention.start)
            root = doc[start:mention.end].root.i
            joined[-1] = replace(prev, start=start, end=mention.end, text=span_text(doc, start, mention.end),
                                 label="PERSON", root=root, agentive=prev.agentive or mention.agentive,
                                 role=role_of(doc, list(doc[start:mention.end]), [], doc[root]),
                                 honorific=honorific or prev.honorific or mention.honorific,
                                 person_cues=prev.person_cues + mention.person_cues)
            continue
        joined.append(mention)
    return joined


def _after_honorifics(doc: Any, start: int, end: int) -> tuple[int, str | None]:
    """Where a name opening at ``start`` begins past its honorifics ("Datuk Seri" of "Datuk Seri Mohd
    Hafiz"), never past ``end``, and those honorifics."""
    words: list[str] = []
    while start < end and (doc[start].lower_ in lexicon.HONORIFICS
                           or (words and doc[start].lower_ in lexicon.HONORIFIC_CONTINUATIONS)):
        words.append(doc[start].text)
        start += 1
    return start, " ".join(words) or None


HYPHENED_NAME = rule(
    "mentions.hyphened-name", "A name the model or a finder cut at a hyphen (“Coulibaly” of "
    "“Coulibaly-Dembélé”) runs over the hyphen to the capitalised word on "
    "the other side: one person's double name.",
    examples=[("Mali's culture minister, Aïssata Coulibaly-Dembélé, wrote to the museum. “We are asking for "
               "what is ours,” Coulibaly-Dembélé said.",
               {"quote": "We are asking", "speaker": "Aïssata Coulibaly-Dembélé"})],
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

    while start >= 2 and glued_hyphen(doc[start - 1]) and joins(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and glued_hyphen(doc[end]) and joins(doc[end + 1]):
        end += 2
    modifier = end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower  # "the Trump-Putin summit"
    if (start, end) == (mention.start, mention.end) or modifier:
        return mention
    fire_span(HYPHENED_NAME, doc[start:end], span_text(doc, mention.start, mention.end))
    text = span_text(doc, start, end)
    label = "PERSON" if mention.label == "NORP" and person_shaped(text) else mention.label
    return replace(mention, start=start, end=end, text=text, label=label, hyphenated=False, attributive=False)


PARTICLED_NAME = rule(
    "mentions.particled-name", "A person's name the model or a finder cut at a spaced particle (“Cerda "
    "Montt” of “Felipe de la Cerda Montt”, “Fuente” of “María del Carmen Ruiz de la Fuente”; people.yaml "
    "spaced_name_particles) runs back over the particles and capitalised words to the first name opening it; "
    "a surname written with its particles alone keeps them (“arap Sang said”).",
    examples=[("Rates\n\nFelipe de la Cerda Montt, chief economist at Banco Andino, said the bank had left "
               "the door open.", {"actor": "Felipe de la Cerda Montt", "type": "person"}),
              ("Rates\n\nEconomist Felipe de la Cerda Montt said on Monday that rates would hold.",
               {"actor": "Felipe de la Cerda Montt", "role": "Economist"}),
              ("Strike\n\nMaría del Carmen Ruiz de la Fuente spoke on Monday. “If we accepted this, we would "
               "have to cut routes,” Ruiz de la Fuente said.",
               {"quote": "If we accepted this", "speaker": "María del Carmen Ruiz de la Fuente"}),
              ("Tea\n\nThe Kenya Smallholder Tea Growers Alliance says many growers sell leaf at a loss. Its "
               "chairman, Peter Kiprono arap Sang, said production costs had risen. “Farmers are subsidising "
               "the buyers in London and Karachi,” arap Sang said at a meeting of growers in Kericho.",
               {"quote": "Farmers are subsidising", "speaker": "Peter Kiprono arap Sang"})],
    counter=[("Rates\n\nThe Banco de la Nación said on Monday that it would cut rates.",
              {"actor": "Banco de la Nación", "type": "organization"}),
             ("Border\n\nGustavo Petro y Nicolás Maduro said on Monday that the border would reopen.",
              {"no_actor": "Gustavo Petro y Nicolás Maduro"})])


def _particled_wholes(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Each mention run back over its particles (``_particled_whole``), less the mentions of the words it
    took in ("Felipe" of "Felipe de la Cerda Montt")."""
    widened = [_particled_whole(doc, m) for m in mentions]
    taken = {i for old, new in zip(mentions, widened, strict=True) for i in range(new.start, old.start)}
    return [m for m in widened if not (taken and set(range(m.start, m.end)) <= taken)]


def _particled_whole(doc: Any, mention: Mention) -> Mention:
    """``PARTICLED_NAME``: a person's mention run back over spaced particles and the capitalised words
    before them, when a known first name opens the whole (never a body: "Banco de la Nación")."""
    if mention.label not in ("PERSON", "ORG") or mention.quoted:
        return mention
    start, particles = mention.start, 0
    names = lexicon.first_name_genders()
    while start > 0:
        word = doc[start - 1]
        if word.lower_ in lexicon.SPACED_NAME_PARTICLES and word.is_lower \
                and (word.pos_ not in ("VERB", "AUX") or word.ent_type_ == "PERSON"):  # (never "Did Donald
            # Trump do Putin a favour"; but "Van den Bossche" of a name the model tagged, "den" as a verb)
            if word.lower_ in lexicon.CONJOINING_PARTICLES and doc[start].lower_ in names:
                break  # "Gustavo Petro y Nicolás Maduro": "y" before a first name opens a second name
            particles += 1
        elif word.text == "-" and not word.whitespace_ and start > 1 and not doc[start - 2].whitespace_:
            pass  # "Marie-Claire Van den Bossche": a hyphened first name
        elif not (word.is_title and word.is_alpha and word.lower_ not in lexicon.TITLE_WORDS
                  and word.lower_ not in lexicon.HONORIFICS):
            break
        start -= 1
    bare = mention.start  # the particles right before the name, alone ("arap Sang said")
    while bare > 0 and doc[bare - 1].is_lower and doc[bare - 1].lower_ in lexicon.SPACED_NAME_PARTICLES \
            and doc[bare - 1].lower_ not in lexicon.CONJOINING_PARTICLES:
        bare -= 1
    while start < mention.start and not (doc[start].is_title and doc[start].lower_ in names):
        start += 1  # ("Chief economist ... Felipe": the name opens at its first name)
    if start == mention.start and bare < start and (bare == 0 or not doc[bare - 1].is_title) \
            and re.search(rf"\b[A-Z]\w* {re.escape(span_text(doc, bare, mention.end))}\b", doc.text):
        start = bare  # a surname the text gave after a first name, with its particles alone: "arap Sang said"
    # ("Marie-Claire Van den" + "Bossche": the model cut the name at its particle)
    cut = doc[mention.start - 1].lower_ in lexicon.SPACED_NAME_PARTICLES
    if any(doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" for i in range(start, mention.start)) \
            and not (cut and doc[mention.start].ent_iob_ == "B"):
        return mention  # another name the model saw whole: "Gustavo Petro y Nicolás Maduro"
    if start == mention.start or not particles \
            or not any(doc[i].lower_ in lexicon.SPACED_NAME_PARTICLES for i in range(start, mention.start)):
        return mention
    fire_span(PARTICLED_NAME, doc[start:mention.end], mention.text)
    last = doc[mention.end - 1].lower_  # (a body's word keeps a body: "Juan de la Cruz Hospital")
    body = last in lexicon.ORG_WORDS or last in lexicon.INDUSTRY_WORDS
    tokens = list(doc[start:mention.end])
    role = None if body else role_of(doc, tokens, [], doc[mention.root])
    taken = {t.text for t in tokens[:mention.start - start]}  # (a role read on the cut name holds its start)
    if role is None and mention.role and not taken & set(mention.role.split()):
        role = mention.role
    return replace(mention, start=start, text=span_text(doc, start, mention.end),
                   label=mention.label if body else "PERSON", role=role)


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
    layout = layout_of(doc)
    texts, lowers = layout.texts, layout.lowers
    for m in mentions:
        # "an Iowa Democrat" is a speaker; "a united Jerusalem", "a gridlocked Congress", "a Republican
        # Party which ..." are the one place or body in some state
        last = lowers[m.end - 1]
        actor_like = m.label in ("PERSON", "NORP", "GPE", "LOC") or last in lexicon.AFFILIATION_WORDS \
            or last in lexicon.ORG_WORDS
        after = m.end + 3 if m.end + 2 < len(doc) and texts[m.end] == "(" and texts[m.end + 2] == ")" \
            else m.end  # past a bracketed acronym
        modifier = after < len(doc) and layout.poses[after] == "NOUN" and doc[after].is_lower  # "a Yale poll"
        if not actor_like and not modifier and m.start > 0 and lowers[m.start - 1] in ("a", "an") \
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
