"""Runs of capitalised words the model left untagged, read as a firm, an office, an address or a single
source's name.
"""


from __future__ import annotations

from bisect import bisect_left
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import cited
from reportgen.extract.layout import Layout
from reportgen.extract.mentions.entity_mentions import POSTNOMINAL
from reportgen.extract.mentions.mention import (
    Mention,
    agentive,
    capitalised_by_position,
    chain_token,
    form_of_address,
    found_mention,
    glued_hyphen,
    not_a_name_word,
    opens_portfolio,
    person_cues,
    postnominal,
)
from reportgen.extract.names import (
    person_shaped,
)
from reportgen.extract.roles import role_of
from reportgen.extract.rules import fire_span, rule


def proper_noun_chains(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Names the model left untagged: two to four capitalised proper nouns in a row that act in their
    sentence (subject, possessor, agent) or are cited ("according to Ana Ruiz")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    tokens = layout.tokens  # (made once: this walks every token)
    propns = layout.positions("by_pos", ("PROPN",))  # (a chain opens with a proper noun: none other is read)
    i = 0
    while i < len(doc):
        if layout.poses[i] != "PROPN":
            k = bisect_left(propns, i)
            i = propns[k] if k < len(propns) else len(doc)
            continue
        if i in taken or not chain_token(tokens[i]) or (i - 1 in taken and postnominal(tokens[i])):
            i += 1  # ("Fergal Ó Dálaigh SC": the letters after a name found)
            continue
        j, words = i + 1, 1
        while j < len(doc) and words < 4 and j not in taken and "\n" not in tokens[j - 1].whitespace_:
            if chain_token(tokens[j]):
                j, words = j + 1, words + 1
            elif glued_hyphen(doc[j]) and j + 1 < len(doc) and j + 1 not in taken \
                    and chain_token(doc[j + 1]) and j - i >= 2 \
                    and doc[i].lower_ in lexicon.first_name_genders():
                j += 2  # "Laurent Fabre-Duclos": a hyphened surname after a first name is one word of it
            else:
                break
        chain, start = i, i
        while start < j and not_a_name_word(doc[start]) \
                and not _names_a_body(doc[start], doc[j - 1]):
            start += 1
        i = j
        # one untagged word standing alone (no title stripped before it: "Sgt Z" is no name "Z")
        single = j - chain == 1 and start < j and _single_source(doc[start])
        if (j - start < 2 and not single) or (j < len(doc) and doc[j].pos_ == "PROPN"):
            continue
        # "... Planning and Regeneration Cllr Priya Chauhan": a form of address inside the chain opens
        # the name after it (the words before it end a title)
        address = [k for k in range(start + 1, j - 2) if form_of_address(doc[k])]
        if address:
            fire_span(ADDRESS_IN_CHAIN, doc[start:j], doc[address[-1]].text)
            start = address[-1] + 1
        while j - start > 1 and form_of_address(doc[j - 1]) and j < len(doc) and doc[j].text == "." \
                and j + 1 in taken:
            j -= 1  # "Jajpur Collector Smt. Ana Ruiz": the form of address belongs to the name after it
        lettered = 0  # where the letters after a name end (the parse may hang the name on them)
        while j - start > 2 and postnominal(doc[j - 1]):
            lettered = max(lettered, j)
            fire_span(POSTNOMINAL, doc[start:j], doc[j - 1].text)
            j -= 1  # "Ciarán Mac Lochlainn TD": the letters after a name are no part of it
        # "Sirius XM Vice President for news and talk Dave Gorab": the title of the person it heads
        while j - start > 1 and doc[j - 1].lower_ in lexicon.TITLE_WORDS \
                and any(t.ent_type_ == "PERSON" for t in doc[j - 1].subtree if t.i >= j):
            j -= 1
        if (j - start < 2 and not single) or opens_portfolio(doc, j, taken):
            continue  # ("Climate Crisis" + "and Civil Protection Minister Eleni Vardaki": a portfolio)
        described = start > 0 and (doc[start - 1].pos_ in ("DET", "ADJ") or doc[start - 1].lower_ == "former")
        if doc[j - 1].lower_ in lexicon.TITLE_WORDS and (
                (j < len(doc) and doc[j].lower_ in ("of", "for"))
                or (described and doc[j - 2].lower_ not in lexicon.first_name_genders())):
            fire_span(OFFICE_CHAIN, doc[start:j])
            continue  # "The Special Envoy of the UN Secretary-General ...", "a former Revenue Minister"
        firm_end = _legal_form_end(doc, j)
        if firm_end:
            fire_span(FIRM_CHAIN, doc[start:firm_end])
            j = firm_end  # "Kestrel Homes (Midlands) Ltd": the firm's whole name
        span = doc[start:j]
        root = doc[start:lettered].root if lettered and not firm_end else span.root
        in_headline = layout.title_case_headline and span.start_char < layout.headline_end
        described = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                        for c in root.children)
        if not (agentive(root) or described or _titled_name(doc, chain, start, j)) or in_headline:
            continue  # (agentive includes "according to X")
        if doc[j - 1].lower_ in lexicon.LAW_WORDS:
            continue  # "the Pembridge Museum Act of 1961": a law, no actor
        label = "PERSON" if person_shaped(span.text) and not firm_end else "ORG"
        if single:  # "According to HuffPo", "As Vulture put it": a body, unless a first name
            label = "PERSON" if span.text.lower() in lexicon.first_name_genders() else "ORG"
            fire_span(SINGLE_NAME_SOURCE, span)
        cues = person_cues(doc, root, j) if label == "PERSON" or not single else 0
        found.append(found_mention(doc, layout, start, j, label, root.i,
                                   role=role_of(doc, list(span), [], root)
                                   if label == "PERSON" or span[0].lower_ in lexicon.first_name_genders()
                                   else None,
                                   agentive=True, person_cues=cues))  # ("Marta Lines, a nurse": a role tells)
    return found


TITLED_NAME = rule(
    "mentions.titled-name", "A capitalised title right before two or three capitalised words opening with "
    "a known first name (“the election of Governor Babatunde Olaniyan”) is a person's office and name, "
    "wherever they stand in the sentence, tagged or not.",
    examples=[("Ruling\n\nThe tribunal upheld the election of Governor Babatunde Olaniyan of the Unity "
               "Party, dismissing the petition.", {"actor": "Babatunde Olaniyan", "type": "person",
                                            "role": "Governor, Unity Party"})],
    counter=[("Ruling\n\nThe tribunal upheld the election of President Pro Tempore Ward.",
              {"no_actor": "Pro Tempore"}),
             ("Clinic\n\nThe clinic on Prince Albert Road will close in May. Patients will move to King "
              "George Street.", {"no_actor": "Albert Road"})])


def _titled_name(doc: Any, chain: int, start: int, end: int) -> bool:
    """``TITLED_NAME``: the chain opened with a capitalised title stripped before the name."""
    title = doc[start - 1] if start > chain else None
    if title is None or not title.is_title or title.lower_ not in lexicon.TITLE_WORDS \
            or not 2 <= end - start <= 3 or doc[start].lower_ not in lexicon.first_name_genders() \
            or _names_a_place_or_thing(doc[end - 1]):
        return False
    fire_span(TITLED_NAME, doc[start:end])
    return True


def _names_a_place_or_thing(last: Any) -> bool:
    """A name's last word that makes it a street, building, place or award ("Prince Albert Road", "King
    George Street", "Captain James Cook Memorial")."""
    word = last.lower_
    return word in lexicon.STREET_HEADS or word in lexicon.FACILITY_WORDS or word in lexicon.GEO_NOUNS \
        or word in lexicon.ORG_WORDS or word in lexicon.WORK_NOUNS or word in lexicon.NAMESAKE_NOUNS


def _legal_form_end(doc: Any, j: int) -> int:
    """The end of a firm's name that goes on past a run of capitalised words with a bracketed part and a
    legal form ("Kestrel Homes (Midlands) Ltd"), or a legal form alone; 0 where none follows."""
    k = j
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].is_title and doc[k + 2].text == ")":
        k += 3
    if k < len(doc) and doc[k].lower_ in lexicon.LEGAL_FORMS:
        return k + 1
    return 0


def _single_source(token: Any) -> bool:
    """One untagged proper noun that is cited ("according to HuffPo") or the subject of a reporting
    verb or of "put it" ("As Vulture put it"): a name, though a one-word one."""
    if token.tag_ != "NNP" or token.is_sent_start or not_a_name_word(token) or not token.text[:1].isupper() \
            or capitalised_by_position(token):
        return False  # ("Almaty, Kazakhstan – Ministers agreed": a plural opening the lead)
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


def _names_a_body(first: Any, last: Any) -> bool:
    """ "Scottish Green Party", "British Medical Association": a demonym that opens a body's name is part
    of it (before a person, "Scottish Ana Ruiz", it is not)."""
    if first.lower_ not in lexicon.DEMONYMS or first.lower_ in lexicon.TITLE_WORDS \
            or last.lower_ not in lexicon.ORG_WORDS or last.i - first.i < 2:
        return False
    fire_span(DEMONYM_IN_NAME, first.doc[first.i:last.i + 1])
    return True


DEMONYM_IN_NAME = rule(
    "mentions.demonym-in-name", "A demonym that opens a run of proper nouns ending in an organisation word "
    "(“a Scottish Green Party spokeswoman”) is part of the body's name.",
    examples=[("A Scottish Green Party spokeswoman said she was glad. The Scottish Green Party has two "
               "seats.",
               {"actor": "Scottish Green Party", "type": "organization"})],
    counter=[("Scottish Ana Ruiz said she was pleased.", {"no_actor": "Scottish Ana Ruiz"})])


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
    "Special Envoy of the United Nations ...”), or in one after a determiner or an adjective (“a former "
    "Revenue Minister”, never “Oyelaran Bishop” nor a first name and a surname such as “Bishop”), are an "
    "office, not a name.",
    effect="-",
    examples=[("Truce\n\nThe Special Envoy of the United Nations for the Horn of Africa, Ana Ruiz, warned "
               "that the truce would fail. “Every week costs lives,” the diplomat added.",
               {"no_actor": "Special Envoy"}),
              ("Vote\n\nThe party's leader Kavita Rao, 61, a former Revenue Minister, will be sworn in on "
               "Saturday.", {"no_actor": "Revenue Minister"})],
    counter=[("Truce\n\nSpecial Envoy Ana Ruiz warned that the truce would fail.", {"actor": "Ana Ruiz"}),
             ("Church\n\nOyelaran Bishop said the church would reopen in May. Bishop added that repairs were "
              "done.", {"actor": "Oyelaran Bishop"})])


ADDRESS_IN_CHAIN = rule(
    "mentions.address-in-chain", "A run of capitalised words with a form of address inside it (“Cabinet "
    "Member for Planning and Regeneration Cllr Priya Chauhan”) names the person after the form of address; "
    "the words before it are a title.",
    examples=[("Homes plan\n\nThe report was welcomed by Cabinet Member for Planning and Regeneration Cllr "
               "Asha Bhatt, who called it overdue.",
               {"actor": "Asha Bhatt", "no_actor": "Regeneration Cllr Asha Bhatt"})],
    counter=[("Homes plan\n\nCllr Asha Bhatt said the council had no choice.", {"actor": "Asha Bhatt"})])


PROPER_NOUN_CHAIN = rule(
    "mentions.proper-noun-chain", "Two to four capitalised proper nouns in a row (a hyphened surname one "
    "of them) that act in their sentence (a subject, a possessor, set beside a subject) or are cited "
    "(“according to X”) are a name, tagged or not.",
    examples=[("According to Ana Ruiz, the budget is “a disaster for every family in Calder.”",
               {"actor": "Ana Ruiz", "type": "person"}),
              ("The party met on Wednesday. Its leader in the Assembly, Laurent Fabre-Duclos, said support "
               "was \"not a blank cheque for anyone.\"", {"quote": "not a blank cheque",
                                                          "speaker": "Laurent Fabre-Duclos"})],
    counter=[("Voters in Grand Rapids and Kalamazoo went to the polls.",
              {"no_actor": "Grand Rapids Kalamazoo"}),
             ("Fire\n\nClimate Crisis and Civil Protection Minister Eleni Vardaki, who flew in on Tuesday, "
              "said the state would pay.", {"no_actor": "Climate Crisis"}),
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
