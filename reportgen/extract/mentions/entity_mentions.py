"""One entity span made a :class:`~reportgen.extract.mentions.mention.Mention`: extended over the name
the model cut, trimmed of titles, ranks, honorifics, possessives and letters after a name, relabelled
when its words say what it is, and refused when it names no actor (a route, a law, a portfolio, a
work, a common noun capitalised by its position).
"""


from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS, SUBJECTS
from reportgen.extract.layout import Layout, children_of, layout_of, span_text
from reportgen.extract.mentions.mention import (
    FIRST_NAME_MISTAGGED,
    KIND_BEFORE_NAME,
    SENTENCE_INITIAL_NOUN,
    Mention,
    addressed,
    agentive,
    capitalised_by_position,
    common_plural,
    date_word,
    ends_like_a_body,
    first_name_mistagged,
    first_name_opens_sentence,
    form_of_address,
    glued_hyphen,
    held,
    home_in_label,
    joins_name,
    kind_before_name,
    locative,
    person_cues,
    placed,
    postnominal,
    shared_possessive,
    speaks_for,
    stands_alone,
    titled_before,
)
from reportgen.extract.names import (
    NAME_TOKEN,
    QUOTED_NICKNAME,
    country_key,
    gazetteer_place,
    known_place,
    known_place_or_city,
    legal_form_word,
    person_shaped,
)
from reportgen.extract.nlp import common_noun, doc_ents
from reportgen.extract.numwords import money_start, prefixed_figure
from reportgen.extract.roles import party_tag_at, role_of, singular_title
from reportgen.extract.rules import fire_span, rule
from reportgen.extract.times import YEAR

#: "1st", "2nd", "3rd", "4th": a rank's ordinal.
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _title_word(token: Any) -> bool:
    return token.lower_.rstrip(".") + "." in lexicon.TITLE_WORDS or token.lower_ in lexicon.TITLE_WORDS


def _name_after(token: Any, titled: bool = True) -> bool:
    """A name follows the token, past a full stop ("Collector Smt. Ana Ruiz", "Capt. Jo"): a proper noun,
    in title case unless ``titled`` is False."""
    doc = token.doc
    after = token.i + 2 if token.i + 1 < len(doc) and doc[token.i + 1].text == "." else token.i + 1
    return after < len(doc) and doc[after].pos_ == "PROPN" and (doc[after].is_title or not titled)


def _name_head(tokens: list[Any]) -> Any:
    """The word a name is of: the last before its first joiner ("Court" of "Supreme Court of Canada")."""
    joiner = next((k for k, t in enumerate(tokens) if k and joins_name(t)), len(tokens))
    return tokens[joiner - 1]


def _honorific_before_name(token: Any) -> bool:
    """"Smt." of "Jajpur Collector Smt. Ana Ruiz" that the model ran into the words before it."""
    return token.lower_ in lexicon.HONORIFICS and _name_after(token, titled=False)


APOSTROPHE_NAME = rule(
    "mentions.apostrophe-name", "A bare apostrophe that closes a name word not ending in “s” and is "
    "followed, inside a person's name, by a capitalised word belongs to the name (Luo names: “Peter "
    "Ochieng' Omondi”); a possessive is “'s”, or a bare apostrophe after an “s” (“James' Office”).",
    examples=[("Strike\n\n\"We are not against the future,\" said Peter Ochieng' Omondi, the union's "
               "national chairman.", {"actor": "Peter Ochieng' Omondi", "type": "person"})],
    counter=[("Office\n\nAna Williams' Office said the plan would be delayed.",
              {"no_actor": "Ana Williams' Office"})])


def _apostrophe_name(tokens: list[Any], k: int) -> bool:
    """``APOSTROPHE_NAME``: tokens[k] is a bare apostrophe glued to a name word not ending in "s", before
    a capitalised word, all inside a person's name."""
    mark, before = tokens[k], tokens[k - 1]
    if mark.text not in ("'", "’") or before.whitespace_ or not mark.whitespace_ or k + 1 >= len(tokens) \
            or before.lower_.endswith("s") or mark.ent_type_ != "PERSON":
        return False
    if not (tokens[k + 1].is_title and tokens[k + 1].pos_ == "PROPN"):
        return False
    fire_span(APOSTROPHE_NAME, mark.doc[tokens[0].i:tokens[-1].i + 1])
    return True

def _possessive_in_name(tokens: list[Any], k: int) -> bool:
    """The possessive at ``tokens[k]`` is part of a body's name: "People's Party", or a title or a
    plural before a capitalised body word ("Information Commissioner's Office", "Residents' Alliance");
    not "Acme's Sale"."""
    possessor = tokens[k - 1]
    if possessor.lower_ in lexicon.NAME_POSSESSORS:
        return True
    if _apostrophe_name(tokens, k):
        return True
    if shared_possessive(possessor.doc, tokens[k].i, tokens[-1].i + 1):
        return True  # "Irish Landlords' and Property Owners' Federation"
    rest = list(takewhile(lambda t: not joins_name(t), tokens[k + 1:]))  # ("Alliance" of "... of Kenya")
    if k >= 2 and tokens[k - 2].lower_ in lexicon.SAINT_WORDS and rest and all(t.is_title for t in rest):
        return True  # "St. Agnes's Hospice", "St Thomas' Hospital"
    body = bool(rest) and all(t.is_title for t in rest) and (rest[-1].lower_ in lexicon.ORG_WORDS
                                                              or rest[-1].lower_[:-1] in lexicon.ORG_WORDS)
    # a common noun's plural ("Residents'", "Mineworkers'"), not a name ending in s ("Ana Williams'
    # Office", "Barclays'")
    plural = possessor.lower_.endswith("s") and tokens[k].text in ("'", "’") \
        and possessor.ent_type_ != "PERSON" and common_plural(possessor.doc, possessor.lower_)
    # or a plural in -men before "'s" ("Patrolmen's Association", "Fishermen's Union"; not "Carmen's")
    men = possessor.lower_.endswith("men") and tokens[k].text in ("'s", "’s") \
        and possessor.ent_type_ != "PERSON" and possessor.lower_ not in lexicon.first_name_genders() \
        and common_noun(possessor.doc, possessor.lower_[:-3] + "man")
    return body and possessor.is_title and (possessor.lower_ in lexicon.TITLE_WORDS or plural or men)


def entity_mention(doc: Any, ent: Any, layout: Layout) -> Mention | None:
    at = layout.tokens  # the Doc's tokens by index, made once (``doc[i]`` makes a new one)
    if party_tag_at(doc, ent.start):
        return None  # "Sen. Dale Prentice, R-Utah,": a party and state tag, not a place in the story
    tokens, label = _extend(doc, ent)
    portfolio = _portfolio_in_name(doc, tokens, label)
    if portfolio:
        words = doc[tokens[0].i:tokens[portfolio].i].text
        fire_span(PORTFOLIO_IN_NAME, doc[tokens[0].i:tokens[-1].i + 1], words)
        tokens = tokens[portfolio:]
    bracketed = tokens[0].i > 0 and at[tokens[0].i - 1].text == "("
    # (a portfolio list in brackets is one name: "(Institute of Epidemiology, Disease Control and Research)")
    portfolio_list = bracketed and any(t.lower_ in ("of", "for") for t in tokens[1:3]) \
        and any(t.lower_ == "and" for t in tokens) and all(_list_word(t) or t.text == "," or t.lower_ in (
            "of", "for", "and", "the") for t in tokens[1:])
    for k, token in enumerate(tokens[1:], start=1):
        legal = token.text == "(" and k + 2 < len(tokens) and tokens[k + 2].text == ")" \
            and tokens[k + 1].lower_ in lexicon.LEGAL_FORM_PARTS  # "... Holdings (RF) Proprietary Limited"
        if (token.text in ("(", "[", ":") and not legal) \
                or (token.text in ("-", "–", "—") and token.whitespace_) \
                or (bracketed and token.text == "," and not portfolio_list) \
                or (token.text == "," and k + 2 == len(tokens) and tokens[k + 1].is_title
                    and (form_of_address(tokens[k + 1]) or f"{tokens[k + 1].lower_}." in lexicon.HONORIFICS)):
            tokens = tokens[:k]  # "Grand Coastal Barrage (GCB", "HMS Kestrel - have", "(Havnekontoret, HK)",
            # "Luciana Lopez: Saying" (a transcript's label and the turn's first word),
            # "Mobility and Works, Eng." (the next name's form of address)
            break
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.text in POSSESSIVE_MARKS and not _possessive_in_name(tokens, k):
            tokens = tokens[:k]  # "Acme's Sale": the possessor is the name ("People's Party" is one)
            break
    while tokens and (tokens[-1].text in POSSESSIVE_MARKS or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None  # an entity of punctuation alone ("§", tagged by the model)
    if len(tokens) == 2 and tokens[1].pos_ == "NUM" and tokens[1].text.isdigit() \
            and tokens[0].lower_ not in lexicon.MEDIA_WORDS and not tokens[0].is_upper and label != "PERSON" \
            and tokens[0].lower_ not in lexicon.OPENING_BODY_WORDS:
        fire_span(NUMBERED_THING, doc[tokens[0].i:tokens[1].i + 1], ent.text)
        return None  # "a Phase 2 investigation", "Apollo 11"; "Channel 4" and "ABC 7" are bodies
    # "Army Capt. Ana Ruiz", "Air Force 1st Lt. ...": a rank the model ran into the unit's name; one
    # after "of" or "for" is the name's own ("Department of Justice", "Joint Chiefs of Staff"), one
    # before it heads a title ("the Legal Counsel of the European Parliament")
    heads_a_title = tokens[-1].i + 1 < len(doc) and joins_name(at[tokens[-1].i + 1])
    while len(tokens) > 1 and not heads_a_title \
            and (((_title_word(tokens[-1]) or _honorific_before_name(tokens[-1]))
                  and not any(joins_name(t) for t in tokens[1:-1])  # ("Office of the Data Commissioner": a
                  # title after "of" is the name's own; "Howard Dean (D)": a title no name follows, a surname)
                  and (label != "PERSON" or _name_after(tokens[-1])))
                 or (tokens[-1].pos_ == "NUM" and tokens[-2].lower_ not in lexicon.MEDIA_WORDS
                     and tokens[-2].lower_ not in lexicon.OPENING_BODY_WORDS  # ("Channel 4", "Frente 33")
                     and not (len(tokens) > 2 and tokens[-2].lower_ in lexicon.NUMBERED_PARTS))  # ("Tuas Port
                 # Phase 3": a numbered part of a named place)
                 or tokens[-1].ent_type_ == "ORDINAL" or _ORDINAL.match(tokens[-1].text)
                 or (tokens[-1].text in ("-", "–") and tokens[-2].like_num)) \
            and not joins_name(tokens[-2]) and tokens[-2].text != "&":  # ("Kessler & Partner": a firm)
        tokens.pop()
    while label == "ORG" and len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].pos_ == "NOUN" \
            and not _body_head(tokens[-1].lower_) and tokens[-2].pos_ == "PROPN":
        fire_span(COMMON_NOUN_AFTER_NAME, ent, tokens[-1].text)
        tokens.pop()  # "Centre nod for Baitarani dam study": a headline's noun after the name
    if label == "PERSON" and len(tokens) == 1 and tokens[-1].i + 1 < ent.end \
            and _name_after(at[ent.end - 1]) and gazetteer_place(tokens[0].text):
        fire_span(PLACE_BEFORE_TITLE, ent, tokens[0].text)
        label = "GPE"  # "Jajpur Collector Smt." of "Jajpur Collector Smt. Ana Ruiz": the place, then titles
    lettered_end = 0  # where letters after a name end: its parse may hang on them ("... Le Roux SC,")
    cut_name = tokens[0].i > 0 and at[tokens[0].i - 1].pos_ == "PROPN" and at[tokens[0].i - 1].is_title
    if len(tokens) == 1 and _lone_postnominal(doc, tokens[0]):
        fire_span(POSTNOMINAL, doc[tokens[0].i:tokens[0].i + 1], tokens[0].text)
        return None  # "Ana Ruiz, IAS, said": the letters set off by commas
    while (len(tokens) > 2 or (len(tokens) == 2 and cut_name)) \
            and (label == "PERSON" or tokens[0].lower_ in lexicon.first_name_genders() or cut_name) \
            and postnominal(tokens[-1]):
        fire_span(POSTNOMINAL, doc[tokens[0].i:tokens[-1].i + 1], tokens[-1].text)
        lettered_end = max(lettered_end, tokens[-1].i + 1)
        tokens.pop()  # "Samantha Le Roux SC", "Ana Ruiz MP": letters after a name are no part of it
        label = "PERSON"  # (whatever the model called the name with its letters)
    label_end = layout.interview_labels.get(tokens[0].idx) if tokens else None
    if label_end is not None and len(tokens) > 1:
        fire_span(INTERVIEW_LABEL, doc[tokens[0].i:tokens[-1].i + 1], tokens[0].text)
        tokens = [t for t in tokens if t.idx >= label_end]  # "Q. Hydrom gave you more land": no "Q. Hydrom"
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return None
    first_i = tokens[0].i
    office = first_i >= 2 and at[first_i - 1].lower_ == "of" \
        and at[first_i - 2].lower_ in lexicon.TITLE_WORDS
    if office and tokens[-1].i + 1 < len(doc) and at[tokens[-1].i + 1].pos_ == "PROPN":
        return None  # "Secretary of State Jane Okafor": "State" is part of her title
    owner = tokens[-1].i + 1 < len(doc) and at[tokens[-1].i + 1].text in ("'s", "’s", "'", "’")
    if office and at[first_i - 2].is_title and label in ("GPE", "LOC") and not owner \
            and not country_key(" ".join(t.text for t in tokens)) and not any(t.lower_ in lexicon.ORG_WORDS
                                                                                for t in tokens):
        return None  # "the Archbishop of Canterbury", "the Mayor of London": the office's, no actor
    honorific = None
    titles: list[Any] = []
    if len(tokens) > 1 and kind_before_name(tokens[0]) and stands_alone(doc, tokens):
        fire_span(KIND_BEFORE_NAME, doc[tokens[0].i:tokens[-1].i + 1], tokens[0].text)
        label = "ORG" if tokens[0].lower_ in lexicon.COMPANY_NOUNS else "PERSON"
        if label == "PERSON":
            titles.append(tokens[0])  # "Nurse Helen Materials": her job, stated
        tokens = tokens[1:]
    full = " ".join(t.text for t in tokens).lower()
    if label in ("GPE", "LOC", "FAC") and len(tokens) >= 2 and tokens[0].text[:1].isupper() \
            and lexicon.HONORIFICS.get(tokens[0].lower_) is not None and tokens[1].is_title \
            and tokens[0].lower_ not in lexicon.NAME_HONORIFICS:  # (never "Lady Elliot Island")
        fire_span(HONORIFIC_PLACE, doc[tokens[0].i:tokens[-1].i + 1], tokens[0].text)
        label = "PERSON"  # "a question from Ms Qazi": a gendered honorific names a person, not a place
    if full not in lexicon.COUNTRIES and full not in lexicon.REGIONS and label in ("PERSON", "ORG", "NORP"):
        while len(tokens) > 1:
            word = tokens[0].lower_
            pair = f"{word} {tokens[1].lower_}" if len(tokens) > 2 and tokens[0].text[:1].isupper() else ""
            if pair in lexicon.HONORIFIC_PAIRS:
                fire_span(HONORIFIC_PAIR, doc[tokens[0].i:tokens[1].i + 1])
                honorific = f"{tokens[0].text} {tokens[1].text}"  # "Tan Sri Harun": never the surname Tan
                del tokens[:2]
            elif word in lexicon.HONORIFICS and tokens[0].text[:1].isupper():  # (never the verb "miss")
                honorific = tokens[0].text
                tokens.pop(0)
            elif honorific is not None and word in lexicon.HONORIFIC_CONTINUATIONS:
                honorific += " " + tokens.pop(0).text  # "Datuk Seri Hafiz"
            elif word in lexicon.DEMONYMS and word not in lexicon.TITLE_WORDS and label == "ORG" \
                    and tokens[1].text[:1].isupper() and tokens[1].lower_ not in lexicon.TITLE_WORDS:
                break  # "European Centre for ...": the demonym is part of the organisation's name
            elif label == "PERSON" and len(tokens) > 3 and word in lexicon.TITLE_MODIFIERS \
                    and tokens[0].is_title and tokens[1].lower_ in lexicon.TITLE_WORDS and tokens[1].is_title:
                titles.append(tokens.pop(0))  # "Town Clerk Phyllis Nason": the title's own first word
            elif len(tokens) == 2 and label == "PERSON" and tokens[0].i > 0 \
                    and at[tokens[0].i - 1].is_lower and at[tokens[0].i - 1].lower_ in lexicon.TITLE_WORDS:
                break  # "club manager Dean Price": the title is stated already, so "Dean" is a first name
            elif (word in lexicon.TITLE_WORDS or word in lexicon.DEMONYMS) \
                    and tokens[-1].lower_ not in lexicon.ORG_WORDS \
                    and not (label == "PERSON" and word in lexicon.DEMONYM_OPENERS
                             and tokens[1].lower_ not in lexicon.DEMONYMS) \
                    and not (word in lexicon.INITIAL_TITLES and len(tokens) == 2
                             and tokens[1].lower_ not in lexicon.first_name_genders()) \
                    and not (label == "ORG" and _name_head(tokens).lower_ in lexicon.ORG_WORDS) \
                    and not (label == "PERSON" and len(tokens) == 2 and word not in lexicon.SURNAME_TITLES
                             and word in lexicon.first_name_genders()) \
                    and not (label == "PERSON" and word in lexicon.FIRST_NAME_TITLES
                             and (tokens[1].lower_ in lexicon.SPACED_NAME_PARTICLES
                                  or tokens[-1].dep_ == "appos")):
                titles.append(tokens.pop(0))  # (but "Christian Pardo": a first name, not a faith; "spokesman,
                # Dean Te Kani,": the office is stated, and a surname with a particle is no full name)
            elif label == "PERSON" and tokens[1].text[:1].isupper() \
                    and singular_title(tokens[0]) is not None \
                    and (len(tokens) >= 3  # (or "Professors Foner and Alba")
                         or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in children_of(tokens[-1]))):
                fire_span(PLURAL_TITLE_OFF_NAME, doc[tokens[0].i:tokens[-1].i + 1], tokens[0].text)
                titles.append(tokens.pop(0))  # "Economists Maria Lopez and Tom Hart": their trade
            elif word in lexicon.AFFILIATION_WORDS and len(tokens) >= 3 \
                    and tokens[-1].lower_ not in lexicon.ORG_WORDS \
                    and person_shaped(layout.text_of(tokens[1].i, tokens[-1].i + 1)):
                titles.append(tokens.pop(0))  # "Conservative Graham Brady": a party, then the name
            else:
                break
    after = tokens[-1].i + 1
    if len(tokens) > 1 and tokens[-1].lower_ in lexicon.TITLE_ADJECTIVES and tokens[-1].is_title \
            and after < len(doc) and at[after].is_title and at[after].lower_ in lexicon.TITLE_WORDS:
        fire_span(PLACE_BEFORE_TITLE, doc[tokens[0].i:after], tokens[-1].text)
        tokens.pop()  # "Apurímac Regional Governor Rosa Huamaní": the place, then her title
    opening = min(ent.start, tokens[0].i)  # (the model's start, or the first name it left out)
    if honorific is None and opening > 0 and at[opening - 1].lower_ in lexicon.HONORIFICS \
            and at[opening - 1].text[:1].isupper():  # "Polls miss Trump's fall": a verb
        honorific = at[opening - 1].text
    elif honorific is None and opening > 1 and at[opening - 1].text == "." \
            and not at[opening - 2].whitespace_ and at[opening - 2].lower_ in lexicon.HONORIFICS \
            and at[opening - 2].text[:1].isupper():
        honorific = at[opening - 2].text + "."  # "Hon. Wanjiru Kamau": the tokenizer cut the full stop off
    elif honorific is None and opening > 1 and at[opening - 2].lower_ in lexicon.HONORIFICS \
            and at[opening - 1].lower_ in lexicon.HONORIFIC_CONTINUATIONS:
        honorific = span_text(doc, opening - 2, opening)  # "Datuk Seri" + "Mohd Hafiz Zulkarnain"
    elif honorific is None and opening > 1 and at[opening - 2].text[:1].isupper() \
            and f"{at[opening - 2].lower_} {at[opening - 1].lower_}" in lexicon.HONORIFIC_PAIRS:
        fire_span(HONORIFIC_PAIR, doc[opening - 2:opening])
        honorific = span_text(doc, opening - 2, opening)  # "Tan Sri" + "Harun Abdul Rashid"
    if tokens[0].lower_ in lexicon.HONORIFIC_CONTINUATIONS and honorific is not None \
            and tokens[0].i > 0 and at[tokens[0].i - 1].lower_ in lexicon.HONORIFICS:
        return None  # "Datuk Seri" alone: honorifics, no name
    name = layout.text_of(tokens[0].i, tokens[-1].i + 1)
    label = _relabelled(name, label, tokens)
    if label == "ORG" and _member_of_body(doc, tokens, name):
        fire_span(MEMBER_OF_BODY, doc[tokens[0].i:tokens[-1].i + 1], name)
        label = "PERSON"
    home = label == "PERSON" and home_in_label(doc, tokens)
    if home:
        fire_span(HOME_IN_LABEL, doc[tokens[0].i:tokens[-1].i + 1], name)
        label = "GPE"
    if not _plausible(name, label, tokens):
        return None
    after = tokens[-1].i + 1
    if len(tokens) == 1 and tokens[0].lower_ in lexicon.TITLE_MODIFIERS and after < len(doc) \
            and at[after].is_title and at[after].lower_ in lexicon.TITLE_WORDS:
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
    if label == "PRODUCT" and not locative(root):
        return None  # products are not actors; the model's PRODUCT after "in" is a small place
    role = None if home else role_of(doc, tokens, titles, root)  # (the trade before a home is the person's)
    if role and (quoted or tokens[0].idx < layout.headline_end) \
            and not any(w.lower().strip(",.") in lexicon.TITLE_WORDS for w in role.split()):
        role = None  # "Credit to X" in a quote, "as X sink Y" in a headline: no office stated
    end = tokens[-1].i + 1
    hyphenated = end < len(doc) and at[end].text in ("-", "–") and not at[end - 1].whitespace_
    titled = (bool(titles) and any(t.lower_ in lexicon.TITLE_WORDS for t in titles)) \
        or titled_before(doc, tokens[0].i)
    return Mention(
        start=tokens[0].i, end=end, text=name, label=label, root=root.i,
        role=role, honorific=honorific,
        titled=titled, quoted=quoted, furniture=layout.is_furniture(tokens[0].idx),
        hyphenated=hyphenated,
        attributive=hyphenated or (ent.label_ == "NORP" and root.dep_ == "amod" and root.head.i >= end)
        or (root.dep_ == "compound" and root.head.i >= end and root.head.pos_ == "NOUN"
                                   and not (label == "PERSON" and titled)  # "Minister Ayman Safadi warning"
                                   and root.head.lower_ not in lexicon.GEO_NOUNS
                                   and not speaks_for(root) and not agentive(root)
                                   and not (label == "ORG" and root.head.lower_ in lexicon.ORG_PARTS)),
        # ("the Amtrak crossing", "a Hezbollah checkpoint": a body's)
        geographic=(root.dep_ == "compound" and root.head.lower_ in lexicon.GEO_NOUNS
                    and not (label == "ORG" and root.head.lower_ in lexicon.WAY_NOUNS))
        or (end < len(doc) and at[end].lower_ in lexicon.STATE_OFFICE_WORDS  # ("Texas Governor", never
            and tokens[-1].lower_ not in lexicon.ORG_WORDS)  # "Canadian Reserve Bank Governor": the bank's)
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lexicon.GEO_NOUNS)
        or (hyphenated and end + 1 < len(doc) and at[end + 1].lower_ == "based"),  # "a Haldevik-based firm"
        locative=locative(root), held=held(root), placed=home or placed(root),
        agentive=agentive(root) or speaks_for(root), person_cues=person_cues(doc, root, end),
        addressed=addressed(root),
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
    parts = layout_of(doc).text_of(start, end).replace("–", "-").split("-")
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


COMMON_NOUN_AFTER_NAME = rule(
    "mentions.common-noun-after-name", "A lower-case noun the model ran into a body's name (“Centre nod” of "
    "a headline's “Centre nod for dam study”) is no part of it; a body's own lower-case head (“West Mercia "
    "police”, “the Halbrook hospital”) is.",
    examples=[("Odisha announces flood relief package; Centre nod for Baitarani dam study\n\nThe Centre "
               "agreed to fund the study.", {"no_actor": "Centre nod"})],
    counter=[("Two men arrested after break-in\n\nWest Mercia police said two men had been arrested.",
              {"actor": "West Mercia police"})])


def _body_head(word: str) -> bool:
    """A lower-case word that heads a body's name ("police", "council", "hospital", "ministry")."""
    return word in lexicon.ORG_WORDS or word in lexicon.DESCRIBED_KINDS or word in lexicon.COMPANY_NOUNS \
        or word in lexicon.INDUSTRY_WORDS or word.rstrip("s") in lexicon.ORG_WORDS


PORTFOLIO_IN_NAME = rule(
    "mentions.portfolio-in-name", "Words of a portfolio the model ran into the name after it (“Union "
    "Minister of State for Jal Shakti Omkar Nath Dubey”) are the office's, when the text names a body with "
    "them (“the Ministry of Jal Shakti”).",
    examples=[("Dam study\n\nUnion Minister of State for Jal Shakti Omkar Nath Dubey, who toured Jajpur, "
               "said the Ministry of Jal Shakti had approved the study.",
               {"actor": "Omkar Nath Dubey", "no_actor": "Jal Shakti Omkar Nath Dubey"})],
    counter=[("Dam study\n\nA letter for Ana Ruiz Garcia arrived, the Ministry of Water said.",
              {"actor": "Ana Ruiz Garcia"})])


def _portfolio_in_name(doc: Any, tokens: list[Any], label: str) -> int:
    """``PORTFOLIO_IN_NAME``: how many words open the person's name that a body's name elsewhere holds,
    right after an office's "for" or "of"; 0 if none."""
    first = tokens[0].i
    if label != "PERSON" or len(tokens) < 3 or first < 2 or doc[first - 1].lower_ not in ("for", "of") \
            or not any(t.lower_ in lexicon.TITLE_WORDS for t in doc[max(0, first - 5):first - 1]):
        return 0
    bodies = [e.text for e in doc_ents(doc) if e.label_ == "ORG" and not e.start <= first < e.end]
    for k in range(len(tokens) - 2, 0, -1):
        words = span_text(doc, first, first + k)
        if any(body.endswith(" " + words) for body in bodies):
            return k
    return 0


def _portfolio(doc: Any, tokens: list[Any], label: str) -> bool:
    """ "International Development Secretary Hilary Benn": a body's name written before a portfolio
    title and a person's name is the portfolio (the title says it), not a body of the story. An
    acronym or a country there ("EU Commissioner ...") stays an actor; an honorific may stand between the
    title and the name ("Agriculture Cabinet Secretary Dr. Ann Roe", whose "Cabinet" opens the title)."""
    after = tokens[-1].i + 1
    name = layout_of(doc).text_of(tokens[0].i, after)
    if label not in ("ORG", "NORP") or name.isupper() or country_key(name) or after + 1 >= len(doc) \
            or (len(tokens) > 1 and tokens[-1].lower_ in lexicon.ORG_WORDS
                and tokens[-1].lower_ not in lexicon.TITLE_BODIES) \
            or name.lower() in lexicon.INSTITUTION_NAMES:
        return False  # "Home Office Minister X": the body is named in full ("Energy Secretary X" is not)
    title, following = doc[after], after + 1
    while following + 1 < len(doc) and doc[following].lower_ in lexicon.HONORIFICS:
        following += 1
    return title.is_title and title.lower_ in lexicon.PORTFOLIO_TITLES \
        and doc[following].ent_type_ == "PERSON" and doc[following].is_title


def _gaelic_surname(doc: Any, start: int, end: int, label: str) -> tuple[int, str]:
    """``GAELIC_SURNAME``: a span holding a surname particle before a capitalised word ("Ní Chonghaile")
    is a person's name, opened by the known first name the model left out before it."""
    at = layout_of(doc).tokens
    particle = next((i for i in range(start, min(end - 1, start + 2))
                     if at[i].lower_ in lexicon.SURNAME_PARTICLES and at[i].is_title and at[i + 1].is_title),
                    None)
    if particle is None or end - start > 4 or any(t.lower_ in lexicon.ORG_WORDS for t in at[start:end]) \
            or (particle > start and at[start].lower_ not in lexicon.first_name_genders()):
        return start, label
    first = at[start - 1] if start > 0 else None
    if particle == start and first is not None and first.is_title and bool(first.whitespace_) \
            and first.lower_ in lexicon.first_name_genders() and first.lower_ not in lexicon.TITLE_WORDS:
        start -= 1
    if label != "PERSON" or start < particle:
        fire_span(GAELIC_SURNAME, doc[start:end])
    return start, "PERSON"


def _extend(doc: Any, ent: Any) -> tuple[list[Any], str]:
    """The model's span, widened to a first name it left out ("Mia" of "Mia Lund") and to a
    lower-case organisation or place head it left out ("West Mercia police")."""
    layout = layout_of(doc)
    at = layout.tokens  # the Doc's tokens by index, made once (``doc[i]`` makes a new one)
    start, end, label = ent.start, ent.end, ent.label_
    root = ent.root
    while start > 0:
        prev = at[start - 1]
        # (a compound of the root, or, when no common word, of another word the model gave the name:
        # "Amarjit" of "Amarjit Singh Dhillon", hung on "Singh")
        if prev.pos_ == "PROPN" and prev.dep_ == "compound" and not prev.ent_type_ \
                and (prev.head.i == root.i or (ent.start <= prev.head.i < ent.end and label == "PERSON"
                                               and prev.is_title and not common_noun(doc, prev.lower_)
                                               and prev.lower_ not in lexicon.NAME_OPENERS
                                               and prev.idx >= layout.headline_end)) \
                and NAME_TOKEN.match(prev.text) and prev.lower_ not in lexicon.TITLE_WORDS \
                and prev.lower_ not in lexicon.DEMONYMS and prev.lower_ not in lexicon.HONORIFICS \
                and not date_word(prev) and prev.lower_ not in lexicon.TITLE_MODIFIERS \
                and prev.lower_ not in lexicon.STANDING_WORDS \
                and not (prev.i >= 2 and at[prev.i - 1].lower_ == "of"):  # "Secretary of State Jane Roe"
            start -= 1
        else:
            break
    if label == "ORG" and start > 0 and end - start > 2 and at[start + 1].text in POSSESSIVE_MARKS \
            and at[start].is_title and at[start].lower_ in lexicon.TITLE_WORDS \
            and at[start - 1].is_title and at[start - 1].lower_ in lexicon.TITLE_WORDS \
            and at[start - 1].head.i == start:
        start -= 1  # "the Attorney General's Office": the model began the office at its title's last word
        fire_span(TITLE_OWNS_BODY, doc[start:end])
    if label == "PERSON" and start > 0 and at[start - 1].is_title \
            and at[start - 1].lower_ in lexicon.NAME_OPENERS:
        start -= 1  # "Chaudhry Naveed Akram Warraich": a family name that opens the person's name
        fire_span(NAME_OPENER, doc[start:end])
    start, label = _gaelic_surname(doc, start, end, label)
    last = at[end - 2] if at[end - 1].text in POSSESSIVE_MARKS and end - start > 1 else at[end - 1]
    if start > 1 and at[start - 1].lower_ in lexicon.NAME_PARTICLES \
            and at[start - 1].is_lower and at[start - 2].is_title and at[start - 2].pos_ == "PROPN" \
            and legal_form(last):
        start -= 2  # "Salares del Norte SpA": the model began the firm's name at its particle
        fire_span(PARTICLE_IN_FIRM, doc[start:end])
    if start > 0 and at[start - 1].is_upper and at[start - 1].lower_ in lexicon.LEGAL_FORM_PREFIXES:
        start, label = start - 1, "ORG"  # "PT Energi Listrik Nusantara": a firm, its legal form first
        fire_span(LEGAL_FORM_FIRST, doc[start:end])
    if (end - start == 1 and first_name_mistagged(doc, start)) \
            or (label == "PERSON" and first_name_opens_sentence(doc, start, end)):
        start, label = start - 1, "PERSON"
        fire_span(FIRST_NAME_MISTAGGED, doc[start:end])
    if start > 0 and f"{at[start - 1].lower_} {layout.text_of(start, end).lower()}" in lexicon.REGIONS:
        start -= 1  # "south Asia": the model left out the compass word, written in lower case
        fire_span(REGION_NAMED, doc[start:end])
    if start > 0 and at[start - 1].like_num and at[start - 1].pos_ == "NUM" \
            and label in ("LOC", "FAC", "GPE") and at[end - 1].lower_ in lexicon.FACILITY_WORDS \
            and at[start - 1].head.i in range(start, end):
        start -= 1  # "10 Downing Street": the house number the model left out of the address
    continued = end
    while label == "NORP" and at[end - 1].lower_ not in lexicon.AFFILIATION_WORDS and continued < len(doc) \
            and at[continued - 1].dep_ in ("compound", "amod") \
            and at[continued - 1].head.i >= continued and _continues_name(at[continued]) \
            and at[continued].head.ent_type_ != "PERSON":  # (never "Australian [Mamdouh Habib]")
        continued += 1  # "Islamic State": the model stopped at the adjective
    if continued > end:
        fire_span(NAME_CONTINUED, doc[start:continued], span_text(doc, end, continued))
        end, root = continued, doc[start:continued].root
        label = "ORG" if label == "NORP" else label
    elif label == "PERSON" and at[end - 1].dep_ == "compound" and end < at[end - 1].head.i <= end + 2 \
            and at[start].idx >= layout.headline_end \
            and any(t.lower_ in lexicon.first_name_genders() for t in at[start:end]) \
            and " " not in layout.text_of(start, end) \
            and all(_continues_name(at[k]) and at[k].lower_ not in lexicon.ORG_WORDS
                    and (at[k].dep_ == "compound" or k == at[end - 1].head.i)
                    for k in range(end, at[end - 1].head.i + 1)):
        continued = at[end - 1].head.i + 1  # "Jean-Bosco" + "Kabongo Mwamba": one name
        fire_span(PERSON_CONTINUED, doc[start:continued], span_text(doc, end, continued))
        end, root = continued, doc[start:continued].root
    if end < len(doc) and root.dep_ == "compound" and root.head.i == end and not at[end].ent_type_:
        word = at[end].lower_
        if word in lexicon.FACILITY_WORDS and label != "GPE":  # "Zwickau plant" is still Zwickau
            end, label = end + 1, "FAC"
        elif word in lexicon.ORG_WORDS and not (label == "GPE" and at[end].is_lower
                                                and word in lexicon.BRANCH_WORDS) \
                and not (at[end].is_lower and at[end].head.pos_ == "PROPN" and at[end].head.i > end):
            # ("the Tokyo office of X" is X's branch: Tokyo stays a place; "US group Halcyon" describes
            # the name after it)
            end, label = end + 1, "ORG"
    if label == "ORG" and end - start > 2 and at[end - 1].lower_ == "and":
        end -= 1  # "the Department for Housing, Transport and" + "Parks": the model cut the last word off
    if label == "ORG" and any(t.lower_ in ("for", "of") for t in at[ent.start + 1:ent.end]) \
            and end + 1 < len(doc) and at[end].lower_ == "and" and at[end + 1].is_title \
            and at[end + 1].pos_ == "PROPN":
        # "Institute for Policy and Economic Studies": the model stopped at "and".
        stop = end + 1
        while stop < len(doc) and stop - end <= 4 and at[stop].is_title \
                and at[stop].pos_ in ("PROPN", "NOUN") and (at[stop].ent_type_ in ("", "ORG") or (
                    stop == end + 1 and at[stop].ent_type_ == "PERSON" and at[stop].ent_iob_ == "B"
                    and (stop + 1 == len(doc) or at[stop + 1].ent_iob_ != "I")
                    and at[stop].lower_ not in lexicon.first_name_genders())):
            stop += 1  # (also a last word the model called a person: "... Transport and Parks")
        end = stop if stop > end + 1 else end  # never a name that ends in "and"
    if label in ("ORG", "PERSON") and end < len(doc) and end - start <= 4 and legal_form(at[end]) \
            and not at[end].ent_type_ and at[end - 1].whitespace_ \
            and at[end].pos_ not in ("VERB", "AUX", "ADJ", "ADV") \
            and (len(at[end]) <= 4 or not at[end].is_lower):  # (never "Ana Reyes limited training")
        end, label = end + 1, "ORG"  # "Hafborg" + "hf.": a firm's legal form the model left out
        fire_span(LEGAL_FORM_NAME, doc[start:end])
    start, end = _body_with_list(doc, start, end, label)
    while end - start > 1 and joins_name(at[end - 1]):
        end -= 1  # "The Legal Counsel of | the European Parliament": the model stopped before "the"
    return at[start:end], label


def _body_with_list(doc: Any, start: int, end: int, label: str) -> tuple[int, int]:
    """``BODY_WITH_LIST``: a body's name whose portfolio is a list the model cut, widened to its head
    ("[Agency for] Science, Technology and Research") and to the end of the list ("Ministry of
    Environment[, Forest and Climate Change]")."""
    if label != "ORG":
        return start, end
    at = layout_of(doc).tokens
    first = start
    if start >= 2 and at[start - 1].lower_ in ("for", "of") and at[start - 2].is_title \
            and at[start - 2].lower_ in lexicon.ORG_WORDS and not at[start - 2].ent_type_ \
            and any(t.text == "," for t in at[start:end]):
        first = start - 2
    last = end
    if any(t.lower_ in ("for", "of") for t in at[first + 1:end]):
        k = end
        while k + 1 < len(doc) and at[k].text == "," and _list_word(at[k + 1]):
            k += 1
            while k < len(doc) and _list_word(at[k]):
                k += 1
        listed = k > end or any(t.text == "," for t in at[first:end])  # ("Forestry, Fisheries" and ...)
        the = 1 if k + 2 < len(doc) and at[k + 1].lower_ == "the" else 0  # ("... and the Environment")
        if listed and k + 1 + the < len(doc) and at[k].lower_ == "and" and _list_word(at[k + 1 + the]):
            k += 1 + the
            while k < len(doc) and k - end <= 8 and _list_word(at[k]):
                k += 1
            if not (k < len(doc) and at[k].is_title and at[k].lower_ in lexicon.ORG_WORDS):
                last = k  # (never "..., Treasury and Revenue Authority": a body of its own ends the list)
    if (first, last) != (start, end):
        fire_span(BODY_WITH_LIST, doc[first:last])
    return first, last


def _list_word(token: Any) -> bool:
    """A capitalised word of a portfolio's list, no name of another kind ("Forest", not "Britain") and no
    body's head ("Authority")."""
    return token.is_title and token.pos_ in ("PROPN", "NOUN") and token.ent_type_ in ("", "ORG") \
        and token.lower_ not in lexicon.ORG_WORDS


def _continues_name(token: Any) -> bool:
    """An untagged capitalised proper noun that can end a name the model cut short ("State" after
    "Islamic"); not a title ("Russian President"), nor a word the model gave another entity."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ \
        and bool(NAME_TOKEN.match(token.text)) and token.lower_ not in lexicon.TITLE_WORDS \
        and token.lower_ not in lexicon.HONORIFICS and token.lower_ not in lexicon.first_name_genders() \
        and not (token.lower_ in lexicon.TITLE_MODIFIERS and after is not None
                 and after.lower_ in lexicon.TITLE_WORDS) and not date_word(token)


def _names_a_work(doc: Any, root: Any, start: int, end: int) -> bool:
    """True where the text calls the name a game, film, app ... ("the online game Harbour Quest"); a
    medium that reports ("the newspaper Haaretz noted") acts, and is no work."""
    if (end - start >= 2 and doc[end - 1].lower_ in lexicon.THING_KINDS) \
            or (end < len(doc) and doc[end].lower_ in lexicon.THING_KINDS):
        fire_span(THING_KIND, doc[start:end])
        return True  # "the Skulls Trojan", "the Netsky and Sasser virus families" (a parse may miss it)
    kinds = [c for c in children_of(root) if c.i < start and c.dep_ in ("compound", "nmod", "appos")]
    if kinds and kinds[-1].lower_ in lexicon.WORK_NOUNS and kinds[-1].is_lower:
        # the noun next to the name says what it is ("the vaccine alliance Gavira" is a body), unless the
        # name speaks ("Sportswear brand Andina Sport ... said it had ended": a firm)
        return not (root.dep_ in SUBJECTS and root.head.lemma_.lower() in lexicon.REPORTING_VERBS)
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "the Netsky, Bagle and MyDoom mailers": every conjunct
    head = first.head
    if _reports(head if first.dep_ in ("appos", "compound") else first):
        return False
    # (a work noun as a common noun: "the World Food Programme (WFP)" names a body by its own words)
    if first.dep_ == "appos" and head.i < first.i and head.lower_ in lexicon.WORK_NOUNS and head.is_lower:
        return True
    if first.dep_ == "compound" and head.i > first.i and head.lower_ in lexicon.WORK_NOUNS and head.is_lower \
            and not known_place(span_text(doc, start, root.i + 1)):  # ("its Zambia operation": the country's)
        return True  # "the Netsky virus", "the Bagle worm"
    # ("the U.S. military operation" is the US's)
    if first.dep_ in ("compound", "nmod") and head.i > first.i and _a_work(head) \
            and not known_place(span_text(doc, start, root.i + 1)):
        return True  # "the Netsky, Bagle and MyDoom mass mailers", "the Netsky virus families"
    if first.dep_ == "pobj" and head.lower_ == "as" and any(c.lower_ == "such" for c in children_of(head)) \
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


HOME_IN_LABEL = rule(
    "mentions.home-in-label", "In a reaction's label (“Margaret Hollis, 71, retired teacher, Hatch Lane:”, "
    "“Ana Ruiz, 34, Tucson:”) the name after the age, and the trade if any, is where the person lives, "
    "a place, though the model took it for a person.",
    examples=[("Homes vote\n\nWe asked people what they thought.\n\nMargaret Hollis, 71, retired teacher, "
               "Hatch Lane: \"Nobody is against homes for young people.\"",
               {"quote": "Nobody is against homes", "speaker": "Margaret Hollis"})],
    counter=[  # (nor a name an apposition would make a person's: mentions.described-name)
             ("Libraries\n\nLibraries in Lower Ashby will shut.\n\nMargaret Doyle, 74, retired dinner lady, "
              "Lower Ashby: 'I've been coming here for years.'",
              {"actor": "Lower Ashby", "type": "location"}),
             ("Homes vote\n\nThe panel heard Margaret Hollis, 71, retired teacher, and Daniel Reyes, who "
              "spoke last.", {"actor": "Daniel Reyes", "type": "person"}),
             ("Park\n\nTomás Reyes, 8, and his sister, Lucía: \"We want the park back.\"",
              {"actor": "Lucía", "type": "person"})])


def _relabelled(name: str, label: str, tokens: list[Any]) -> str:
    """Labels the small model gets wrong in a way the name itself shows: "MI6" is no person, nor is a
    club ("UD Valdemora", organisations.yaml club_prefixes), a single capitalised word it calls a
    nationality but no demonym list knows ("Symantec") is a body, and a first name and surname it calls
    a product or a work ("Cornel West") is a person."""
    if _CODE_NAME.fullmatch(name):
        return "ORG"
    if len(tokens) >= 2 and tokens[0].lower_ in lexicon.CLUB_PREFIXES and tokens[0].text.isupper() \
            and tokens[1].is_title:
        fire_span(CLUB_NAME, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return "ORG"  # "UD Valdemora", "FC Twente": a club, whatever the model called it
    if label == "PERSON" and len(tokens) >= 2 and legal_form(tokens[-1]):
        fire_span(LEGAL_FORM_NAME, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return "ORG"  # "Orsk Fluid Controls plc makes valves": a firm's legal name, whatever the model said
    if label in ("WORK_OF_ART", "PRODUCT") and ends_like_a_body(tokens):
        return "ORG"  # "terminal operator Harbor Link Terminals": a firm the model took for a work
    if label == "LAW" and ends_like_a_body(tokens) and tokens[-1].lower_ in lexicon.ORG_WORDS:
        fire_span(BODY_AS_LAW, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return "ORG"  # "the Danish Cabin Crew Association": a body the model took for a law
    if label in ("PRODUCT", "WORK_OF_ART") and 2 <= len(tokens) <= 3 and person_shaped(name) \
            and tokens[0].lower_ in lexicon.first_name_genders():
        return "PERSON"  # "firebrand Cornel West took ...": a full name the model called a product
    if label == "NORP" and len(tokens) == 1 and tokens[0].tag_ not in ("NNS", "NNPS") \
            and name.lower() not in lexicon.DEMONYMS and name.lower().rstrip("s") not in lexicon.DEMONYMS \
            and name.lower() not in lexicon.GROUPS and name.lower() not in lexicon.AFFILIATION_WORDS:
        return "ORG"
    return label


def legal_form(token: Any) -> bool:
    """A firm's legal form as firms write it (:func:`names.legal_form_word`)."""
    return legal_form_word(token.text)


TITLE_OWNS_BODY = rule(
    "mentions.title-owns-body", "A body named for the office that heads it (“the Attorney General's Office”, "
    "“the Auditor General's department”) begins at the office's first word, which the model may leave out "
    "(“General's Office”).",
    examples=[("Sentence review\n\nSeparately, the Attorney General's Office confirmed it had received a "
               "request to review the sentence.",
               {"actor": "Attorney General's Office", "type": "organization"})],
    counter=[("Sentence review\n\nAttorney Ana Ruiz said General Motors' office in Detroit would close.",
              {"actor": "General Motors", "type": "organization"})])
PARTICLE_IN_FIRM = rule(
    "mentions.particle-in-firm", "A firm's legal name the model began after a lower-case particle (“Norte "
    "SpA” of “Salares del Norte SpA”; people.yaml name_particles) begins at the capitalised word before it.",
    examples=[("Lithium road\n\nThe blockade is the sharpest challenge yet to Salares del Norte SpA's plan "
               "to double production.", {"actor": "Salares del Norte SpA"})],
    counter=[("Lithium road\n\nVillagers in Quelana del Norte blocked the road on Monday.",
              {"no_actor": "Norte"})])


BODY_AS_LAW = rule(
    "repairs.body-as-law", "A name the model tagged a law that ends in a body's word (“the Danish Cabin Crew "
    "Association”; organisations.yaml org_words) is a body.",
    examples=[("Strike\n\nThe 48-hour strike, called by the Danish Cabin Crew Association (DCCA), began at "
               "05:00 on Thursday.", {"actor": "Danish Cabin Crew Association", "type": "organization"})],
    counter=[("Reef\n\nThe Marine Protection Act of 2019 protects the reef, the ministry said.",
              {"no_actor": "Marine Protection Act"})])
LEGAL_FORM_NAME = rule(
    "mentions.legal-form-name", "A name that ends in a firm's legal form (“Orsk Fluid Controls plc”, “Vantor "
    "GmbH”; organisations.yaml legal_forms) is a firm's, though the model called it a person's or left "
    "the form out; a name's title-case syllable (“Park Min Se”) is no legal form.",
    examples=[("Merger\n\nOrsk Fluid Controls plc makes valves in Leeds. Orsk Precision Castings plc makes "
               "pump parts in Hull.", {"actor": "Orsk Fluid Controls plc", "type": "organization"}),
              ("Mackerel\n\nIn Reykjavik, the largest pelagic operator, Hafborg hf., said the quota would "
               "cost it. Hafborg said it might lay up a ship.",
               {"actor": "Hafborg hf", "aliases": ["Hafborg"]})],
    counter=[("Training\n\nCoach Ana Reyes limited training to an hour on Monday. Reyes said the players "
              "were tired.", {"actor": "Ana Reyes"}),
             ("Award\n\nPark Min Se, the mayor of Gangneung, said on Monday that the plan would go ahead.",
              {"actor": "Park Min Se", "type": "person"})])


CLUB_NAME = rule(
    "mentions.club-name", "A name opened by a sports club's abbreviation (“UD Valdemora”, “FC Twente”; "
    "organisations.yaml club_prefixes) is the club, an organisation, and the name without it (“Valdemora "
    "are fifth”) the same club.",
    examples=[("Takeover\n\nA fund will buy 75% of Segunda División side UD Valdemora. Valdemora are fifth "
               "in the league, and Valdemora's fans oppose the deal.",
               {"actor": "UD Valdemora", "type": "organization", "aliases": ["Valdemora"]})],
    counter=[("Takeover\n\nThe US Treasury said the deal was legal.", {"actor": "US Treasury"}),
             ("Court\n\nThe EC Commissioner Ana Ruiz said the fine was legal.", {"actor": "Ana Ruiz"})])


MEMBER_OF_BODY = rule(
    "mentions.member-of-body", "A first name and surname the model calls an organisation, set before "
    "“of the” and a body (“Mutinta Hamusonde of the opposition Zambia People's Congress took 45%”), is "
    "that body's member: a person.",
    examples=[("Results\n\nJoseph Banda of the governing Alliance for Renewal won 48%, while Mutinta "
               "Hamusonde of the opposition Zambia People's Congress took 45%.",
               {"actor": "Mutinta Hamusonde", "type": "person"})],
    counter=[("Banks\n\nHarbour Savings Bank of the Calder Group said profits fell.",
              {"no_actor": "Harbour Savings"}),
             ("Bank merger\n\nA spokesman for Credit Suisse of the UBS Group declined to comment on Monday.",
              {"actor": "Credit Suisse", "type": "organization"})])


def _member_of_body(doc: Any, tokens: list[Any], name: str) -> bool:
    """``MEMBER_OF_BODY``: "Ana Ruiz of the (opposition) Harbour Party"."""
    after = tokens[-1].i + 1
    if not 2 <= len(tokens) <= 3 or not all(t.is_title and t.is_alpha for t in tokens) \
            or not person_shaped(name) or known_place_or_city(name) \
            or any(t.lower_ in lexicon.ORG_WORDS or t.lower_ in lexicon.OPENING_BODY_WORDS
                   or common_noun(doc, t.lower_) for t in tokens) \
            or after + 2 >= len(doc) or doc[after].lower_ != "of" or doc[after + 1].lower_ != "the":
        return False
    k = after + 2
    while k < len(doc) and k - after < 5 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN", "VERB"):
        k += 1  # ("the opposition", "the governing")
    body: list[Any] = []
    while k < len(doc) and len(body) < 6 and (doc[k].is_title or doc[k].text in POSSESSIVE_MARKS
                                               or doc[k].ent_type_ == "ORG"):
        body.append(doc[k])
        k += 1
    return any(t.ent_type_ == "ORG" or t.lower_ in lexicon.ORG_WORDS for t in body)


def _plausible(name: str, label: str, tokens: list[Any]) -> bool:
    """False for the model's junk: dates, numbers, demonyms, lower-case fragments, stray words."""
    lowered = name.lower()
    if _address(tokens, label):
        return True
    if len(name) < 2 or not any(c.isalpha() for c in name) \
            or not (name[0].isupper() or lowered in lexicon.REGIONS  # "south Asia"
                    or _particle_name(tokens, label)):
        return False
    if money_start(tokens[0]) or prefixed_figure(tokens[0].text):
        fire_span(MONEY_NOT_NAME, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return False  # "R$640 million", "Rp 500,000", "KD480": an amount the model took for a name
    if any(map(str.isdigit, name)) and label != "ORG":
        return False
    if label in ("ORG", "GPE", "LOC", "FAC") and _counted_plural(tokens):
        fire_span(COUNTED_PLURAL, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return False  # "in 87 Local Government Areas": things counted, no actor
    if _common_noun_acronym(tokens):
        fire_span(COMMON_NOUN_ACRONYM, tokens[0].doc[tokens[0].i:tokens[0].i + 1], name)
        return False  # "16,400 megawatts (MW)": the short form of a unit or thing
    if _part_label(tokens):
        fire_span(PART_LABEL, tokens[0].doc[tokens[0].i:tokens[0].i + 1], name)
        return False  # "INTERVIEWER: Are we going to have brownouts?": a part in a transcript
    if _REFERENCE.search(name):
        fire_span(REFERENCE_NUMBER, tokens[0].doc[tokens[0].i:tokens[-1].i + 1], name)
        return False  # "case SM-JDC-412/2026", "reference FE-SL.10.2/2026": a file's number
    if lowered in lexicon.NON_ACTORS or (len(words := lowered.split()) > 1 and words[-1] in lexicon.NON_ACTORS
                                         and all(known_place(w) for w in words[:-1])):
        return False  # (and "U.S. LNG": a commodity of a country)
    if len(tokens) == 1 and tokens[0].pos_ in ("VERB", "AUX", "ADV", "PRON", "DET"):
        return False  # "Televised debates ...": a capitalised verb the model took for a place
    if _description_of_a_name(tokens) or _kind_after_modifier(tokens):
        return False
    if label != "ORG" and any(t.is_lower and t.is_alpha and t.lower_ not in lexicon.NAME_JOINERS
                              and not (label == "PERSON" and t.text in lexicon.SPACED_NAME_PARTICLES)  # "dos"
                              and not (label == "GPE" and t.text in lexicon.SPACED_PLACE_PARTICLES)  # "do"
                              and t.doc[t.i - 1].text not in ("-", "–")  # "Hsu Mei-ling"
                              for t in tokens[1:]) and tokens[-1].lower_ not in lexicon.FACILITY_WORDS:
        return False  # "Port strike" (a headline), "Nile dam": a common noun is no place or person name
    if any(date_word(t) for t in tokens) and label not in ("ORG", "FAC"):
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
    if len(tokens) == 1 and capitalised_by_position(tokens[0]):
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
    last = tokens[-1]
    if len(tokens) < 2 or not last.is_lower \
            or not (last.lower_ in lexicon.COMPANY_NOUNS or last.lower_ in lexicon.DESCRIBED_KINDS):
        return False
    doc = last.doc
    modifier = doc[tokens[0].i:last.i].text
    named_after = last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN"
    if not (named_after or known_place_or_city(modifier)
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


def _particle_name(tokens: list[Any], label: str) -> bool:
    """ "al-Tanf", "el-Sisi": a lower-case name particle hyphened to a capitalised name starts a name; so
    does a spaced one before a person's capitalised surname ("de Vargas-Lucero", "van der Wal")."""
    hyphened = len(tokens) >= 3 and tokens[0].lower_ in lexicon.NAME_JOINERS \
        and tokens[1].text in ("-", "–") and not tokens[0].whitespace_ and tokens[2].text[:1].isupper()
    english = common_noun(tokens[0].doc, tokens[0].lower_)  # ("van", "den"; never "arap", "de")
    spaced = label == "PERSON" and len(tokens) >= 2 and tokens[0].text in lexicon.SPACED_NAME_PARTICLES \
        and bool(tokens[0].whitespace_) and tokens[-1].is_title and tokens[0].pos_ not in ("VERB", "AUX") \
        and not (english and (tokens[0].pos_ == "NOUN" or tokens[1].lower_ in lexicon.first_name_genders()))
    # (never "the white van Mark Jones drove"; but "“...,” arap Sang said")
    if hyphened or spaced:
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


ENTITY = rule(
    "mentions.entity", "A named entity of an actor type is a mention, cleaned of titles, honorifics, "
    "“the” and possessives.",
    examples=[("Deputy Foreign Minister Olga Varna met the envoy in Vienna on Monday.",
               {"actor": "Olga Varna", "type": "person", "role": "Deputy Foreign Minister"}),
              ("Heat\n\nMadam Siti Aminah Osman, 71, said the flat was cooler. “It was an oven,” Madam Siti "
               "said.", {"actor": "Siti Aminah Osman", "aliases": ["Madam Siti"]}),  # (honorifics)
              ("Fish\n\n“The fish came back,” said Opanin Kofi Mensah, 71, a fisherman.",
               {"actor": "Kofi Mensah", "aliases": ["Opanin Kofi Mensah"]}),
              ("Metro\n\nOpposition MK Dana Levi-Tal said the metro would be built.",  # (title_words)
               {"actor": "Dana Levi-Tal", "role": "Opposition MK"}),
              ("Ports\n\nTamil Nadu Chief Minister MK Stalin said the state would appeal.",  # initial_titles
               {"actor": "MK Stalin"}),
              ("The Harlow Center for Justice said the harbour ruling was flawed.",
               {"actor": "Harlow Center for Justice", "type": "organization"}),
              ("A spokesman for the Latin Patriarchate of Jerusalem said the church would reopen.",
               {"actor": "Latin Patriarchate of Jerusalem", "type": "organization"}),
              ("The Office of Legal Counsel of the Department of Justice wrote a memo on the port.",
               {"actor": "Office of Legal Counsel", "type": "organization"}),
              ("Archbishop of Canterbury Tom Hale prayed for the crews on Sunday.",
               {"actor": "Tom Hale", "type": "person", "role": "Archbishop of Canterbury"}),
              ("Both towns criticised the plan, with Transport Minister Ana Ruiz warning of long delays.",
               {"actor": "Ana Ruiz", "type": "person", "role": "Transport Minister"}),
              ("Stefan Brunner, an analyst at Zurich brokerage Kessler & Partner, cut his estimate.",
               {"actor": "Kessler & Partner", "type": "organization"}),
              ("The band may appeal to the Supreme Court of Canada, its lawyer said.",
               {"actor": "Supreme Court of Canada", "type": "organization"})],
    counter=[("Covid-19 cases fell in March, the clinic said.", {"no_actor": "Covid-19"})])


PART_LABEL = rule(
    "mentions.part-label", "A transcript's label that names a part, not a person (“INTERVIEWER:”, "
    "“MODERATOR:”; page.yaml label_words), is no actor, whatever the model tagged it.", effect="-",
    examples=[("Brownouts\n\nEnergy Secretary Ramon Villa spoke to Carmina Reyes on Monday.\n\nINTERVIEWER: "
               "Are Filipinos going to have brownouts this summer?\n\nVILLA: I will not sugarcoat this. We "
               "expect a shortfall.\n\nINTERVIEWER: What happened?\n\nVILLA: Two plants tripped.",
               {"no_actor": "INTERVIEWER"})],
    counter=[("Brownouts\n\nEnergy Secretary Ramon Villa spoke to Carmina Reyes on Monday.\n\nREYES: Are "
              "Filipinos going to have brownouts?\n\nVILLA: We expect a shortfall.",
              {"actor": "Ramon Villa"})])


def _part_label(tokens: list[Any]) -> bool:
    """``PART_LABEL``: one word in capitals from page.yaml's label_words, before a colon."""
    doc, word = tokens[0].doc, tokens[0]
    return len(tokens) == 1 and word.is_upper and word.lower_ in lexicon.LABEL_WORDS \
        and word.i + 1 < len(doc) and doc[word.i + 1].text == ":"


COUNTED_PLURAL = rule(
    "mentions.counted-plural", "A capitalised plural after a number written in figures or in lower case "
    "(“in 87 Local Government Areas”, “in 11 LGAs”, “three Premier League clubs”) counts things of a kind, "
    "no actor; people counted (“31 House Republicans”, “two Iowans”), a number written as part of the name "
    "(“Five Guys”) and a singular (“10 Downing Street”) stay.", effect="-",
    examples=[("Cholera\n\nAccording to the minister, 6,100 cases and 170 deaths have been recorded in 87 "
               "Local Government Areas since January.", {"no_actor": "Local Government Areas"})],
    counter=[("Cholera\n\nSince 2019 the United Nations has funded 40 clinics in the state.",
              {"actor": "United Nations"}),
             ("Talks\n\nThe two Koreas agreed on Monday to reopen the hotline.", {"actor": "Koreas"})])


def _counted_plural(tokens: list[Any]) -> bool:
    """``COUNTED_PLURAL``: a plural name (or an acronym's plural, "LGAs") right after a number that is
    not part of it."""
    last, first = tokens[-1], tokens[0]
    if first.i == 0:
        return False
    number = first.doc[first.i - 1]  # (the cheap test first: most names follow no number)
    if not (number.like_num and (number.text[:1].isdigit() or number.is_lower)
            and number.ent_type_ not in ("DATE", "TIME") and not YEAR.match(number.text)):
        return False  # ("in 2019 Democrats")
    acronyms = last.text.endswith("s") and last.text[:-1].isupper() and len(last.text) >= 3
    name = layout_of(first.doc).text_of(first.i, last.i + 1)
    plural = (acronyms or (last.tag_ in ("NNS", "NNPS") and common_plural(first.doc, last.lower_))) \
        and not known_place(name) and not known_place(name.removesuffix("s"))  # ("the two Koreas")
    single = last.lower_[:-1]
    people = any(t.ent_type_ == "NORP" for t in tokens) or single in lexicon.AFFILIATION_WORDS \
        or single in lexicon.DEMONYMS or last.lower_ in lexicon.GROUPS or single in lexicon.PEOPLE_WORDS
    return plural and not people  # ("31 House Republicans", "two Iowans": members of a party or people)


COMMON_NOUN_ACRONYM = rule(
    "mentions.common-noun-acronym", "An acronym in brackets after lower-case words it abbreviates "
    "(“16,400 megawatts (MW)”, “liquefied natural gas (LNG)”) is the short form of a unit or a thing, "
    "no actor; after a body's noun (“the transport ministry (MoT)”) it may name the body.", effect="-",
    examples=[("Power cuts\n\nVolteq said outages had climbed to 16,400 megawatts (MW) on Monday.",
               {"no_actor": "MW"}),
              ("Cocoa\n\nThe price is 70% of the expected net free-on-board (FOB) export price, the board "
               "said.", {"no_actor": "FOB"})],
    counter=[("Merger\n\nThe national energy regulator (NERSA) said on Friday that the merger would raise "
              "prices.", {"actor": "NERSA"}),
             ("Power cuts\n\nThe Volteq Energy Board (VEB) said outages had climbed on Monday.",
              {"actor": "Volteq Energy Board", "aliases": ["VEB"]})])


def _common_noun_acronym(tokens: list[Any]) -> bool:
    """``COMMON_NOUN_ACRONYM``: one capitals token in brackets after lower-case words (four at most), none
    of them a body's noun, one of the last as many as the acronym has letters opening with its first."""
    if len(tokens) != 1 or not tokens[0].text.isupper() or tokens[0].i < 2:
        return False
    doc, at = tokens[0].doc, tokens[0].i
    if doc[at - 1].text != "(" or at + 1 >= len(doc) or doc[at + 1].text != ")":
        return False
    words: list[str] = []
    nouns: list[str] = []  # (the words of a hyphened one are none: "free-on-board")
    k = at - 2
    while k >= 0 and len(words) < 4 and ((doc[k].is_lower and doc[k].is_alpha) or glued_hyphen(doc[k])):
        if doc[k].is_alpha:
            words.insert(0, doc[k].lower_)
            if not glued_hyphen(doc[k + 1]) and (k == 0 or not glued_hyphen(doc[k - 1])):
                nouns.append(doc[k].lower_)
        k -= 1
    letter = tokens[0].text[0].lower()
    bodies = (lexicon.ORG_WORDS, lexicon.COMPANY_NOUNS, lexicon.STATE_BODIES, lexicon.ORG_DESCRIPTORS)
    return bool(words) and not any(w in body for w in nouns for body in bodies) \
        and any(w[0] == letter for w in words[-len(tokens[0].text):])


MONEY_NOT_NAME = rule(
    "mentions.money-not-name", "An amount the model took for a name (“R$640 million” as an organisation, "
    "“Rp 500,000” as a person) is no actor.", effect="-",
    examples=[("Budget\n\nSpending will rise to R$1.1 billion this year, up from R$640 million in 2025.",
               {"no_actor": "R$640"})],
    counter=[("Masks\n\nThe N95 Alliance said nurses needed masks.", {"actor": "N95 Alliance"})])


REFERENCE_NUMBER = rule(
    "mentions.reference-number", "A code with figures split by a slash or a full stop (“case "
    "SM-JDC-412/2026”, “reference FE-SL.10.2/2026”) numbers a case or a file: no actor.", effect="-",
    examples=[("Court\n\nFiled with the Electoral Tribunal and registered as case SM-JDC-412/2026, the "
               "lawyers asked the court to void the count.", {"no_actor": "SM-JDC-412/2026"}),
              ("Funds\n\nThe council must approve an amendment to the programme, reference "
               "FE-SL.10.2/2026, by June.", {"no_actor": "FE-SL.10.2/2026"})],
    counter=[("Masks\n\nThe N95 Alliance said nurses needed masks.", {"actor": "N95 Alliance"})])
#: A file's number: figures ending in a year after a slash ("412/2026"), or capitals, a hyphen and figures
#: split by a slash or a full stop ("FE-SL.10.2"); never "the 9/11 Commission".
_REFERENCE = re.compile(r"\d[/.](?:19|20)\d\d\b|[A-Z]-[A-Z0-9.-]*\d[/.]\d")


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


PLURAL_TITLE_OFF_NAME = rule(
    "mentions.plural-title-off-name", "A plural title or trade opening a person's name the model tagged "
    "(“Economists Maria Lopez and Tom Hart”, “Ottawa Senators Brady Tkachuk and ...”) is no part of it.",
    examples=[("Forecast\n\nEconomists Maria Lopez and Tom Hart expect growth to slow.",
               {"actor": "Maria Lopez"}),
              ("Book\n\nRichard Alba and Nancy Foner wrote a book. Professors Foner and Alba say the fears "
               "are old.", {"actor": "Nancy Foner", "aliases": ["Foner"]})],
    counter=[("Tennis\n\nVenus Williams and Serena Williams will play doubles in Paris.",
              {"actor": "Venus Williams"})])


PERSON_CONTINUED = rule(
    "mentions.person-continued", "A person's name the model ended at a first name whose words the parser "
    "hung on a later name goes on over the untagged capitalised names up to it (“Professor Jean-Bosco "
    "Kabongo Mwamba”), never over a title, a body's word or another entity, nor in a headline.",
    examples=[("Museum\n\nProfessor Jean-Bosco Kabongo Mwamba, who co-chairs the commission, said so.",
               {"actor": "Jean-Bosco Kabongo Mwamba", "role": "Professor"})],
    counter=[("Charity\n\nJean-Bosco Foundation staff said the clinic would open.",
              {"no_actor": "Jean-Bosco Foundation staff"}),
             ("Radio\n\nStone spoke on the Aaron Klein Investigative Radio program on Sunday.",
              {"no_actor": "Aaron Klein Investigative Radio"})])


THING_KIND = rule(
    "mentions.thing-kind", "A name that ends in a noun only things have (“the Skulls Trojan”) or stands "
    "right before one (“the Netsky and Sasser virus families”) names that thing, not an actor.", effect="-",
    examples=[("Also new this year was the Quill Trojan, which can cripple phones. The Quill Trojan spread "
               "through messages.", {"no_actor": "Quill Trojan"})],
    counter=[("Rovers Holdings bought the network. Rovers Holdings said the deal closed on Monday.",
              {"actor": "Rovers Holdings", "type": "organization"})])


PARTICLE_NAME = rule(
    "mentions.particle-name", "A lower-case name particle hyphened to a capitalised name (“al-Tanf”, "
    "“el-Sisi”), or set before a person's capitalised surname (“In court, de Vargas-Lucero read a "
    "statement”, “arap Sang said”, though the model took “arap” for a noun: no English one), starts a name, "
    "though its first letter is small.",
    examples=[("Some 200 troops remain at the al-Tanf base. Rebels trained at al-Tanf.",
               {"actor": "al-Tanf base"}),
              ("Sentencing\n\nA judge sentenced former state Sen. Teodoro de Vargas-Lucero to 46 months."
               "\n\nIn court, de Vargas-Lucero read from a statement. \"I am ashamed,\" he said.",
               {"quote": "I am ashamed", "speaker": "Teodoro de Vargas-Lucero"}),
              ("Tea\n\nIts chairman, Peter Kiprono arap Sang, said costs had risen. “Farmers are subsidising "
               "the buyers,” arap Sang said at a meeting.",
               {"quote": "Farmers are subsidising", "speaker": "Peter Kiprono arap Sang"})],
    counter=[("The de-confliction zone runs along the road.", {"no_actor": "de-confliction"}),
             ("Crash\n\nThe white van Mark Jones was driving hit a wall.", {"actor": "Mark Jones"})])


ADDRESS = rule(
    "mentions.address", "A house number and a street or building name (“10 Downing Street”) is an address, "
    "a place named in full.",
    examples=[("He has been on hunger strike near 10 Downing Street since May.",
               {"actor": "10 Downing Street", "type": "location"})],
    counter=[("Downing Street said the talks would go on.", {"actor": "Downing Street"})])


REGION_NAMED = rule(
    "mentions.region-named", "A compass word before a continent that the data lists as a region with it "
    "(“south Asia”) is part of the region's name, however it is written.",
    examples=[("Floods hit south Asia, killing hundreds, officials said.",
               {"actor": "south Asia", "type": "location"})],
    counter=[("The storm struck Asia on Monday.", {"actor": "Asia"})])


HONORIFIC_PAIR = rule(
    "mentions.honorific-pair", "Two words that are an honorific together (“Tan Sri Harun”, “Puan Sri "
    "Aminah”; people.yaml honorific_pairs) are no part of the name, though the first alone is a surname "
    "(“Tan Wei Ling”).",
    examples=[("Festival\n\nThe festival's patron, Tan Sri Harun Abdul Rashid, said the ministry would list "
               "it. “We want them to stay two nights,” Tan Sri Harun said.",
               {"actor": "Harun Abdul Rashid", "aliases": ["Tan Sri Harun"],
                "quote": "We want them to stay", "speaker": "Harun Abdul Rashid"})],
    counter=[("Coatings\n\nAssociate Professor Tan Wei Ling said the coating cut heat by a third.",
              {"actor": "Tan Wei Ling"})])


POSTNOMINAL = rule(
    "mentions.postnominal", "Letters written after a person's name (“Samantha Le Roux SC”, “Ana Ruiz MP”, "
    "“Tom Vale KC”, “Ana Ruiz, IAS,”) are no part of the name and no actor (people.yaml postnominals).",
    examples=[("Fraud trial\n\nThe defence barrister, Helen De Wet SC, argued for a shorter term. Ms De Wet "
               "said her client would appeal.", {"actor": "Helen De Wet", "no_actor": "Helen De Wet SC"}),
              ("Fraud trial\n\nVale's barrister, Marta De Klerk SC, had argued for a shorter term. “He is a "
               "broken man,” Ms De Klerk said.", {"actor": "Marta De Klerk", "role": "SC, Vale's barrister",
                                                  "aliases": ["Ms De Klerk"]}),
              ("Fraud trial\n\nProsecuting counsel Fergal Ó Dálaigh SC told the jury the accused had "
               "“brought a knife to a conversation”.",
               {"quote": "brought a knife", "speaker": "Fergal Ó Dálaigh", "no_actor": "SC"}),
              ("Floods\n\nJajpur Collector Smt. Ananya Mishra, IAS, said 19 embankments had been breached.",
               {"actor": "Ananya Mishra", "no_actor": "IAS"}),
              ("Trolleys\n\nSinn Féin's health spokesperson, Ciarán Mac Lochlainn TD, said the winter plan "
               "\"has failed before winter has even peaked\".",
               {"actor": "Ciarán Mac Lochlainn", "role": "TD, Sinn Féin's health spokesperson",
                "quote": "has failed before winter", "speaker": "Ciarán Mac Lochlainn"})],
    counter=[("Fraud trial\n\nHelen De Wet argued for a shorter term.", {"actor": "Helen De Wet"}),
             ("Fraud trial\n\nTom Vale, MP for Calder North, said the jury was right.",
              {"actor": "Tom Vale", "role": "MP for Calder North"})])


def _lone_postnominal(doc: Any, token: Any) -> bool:
    """Letters after a person's name and a comma ("Ana Ruiz, IAS,"), closed by a comma or the line."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return postnominal(token) and token.i >= 2 \
        and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ == "PERSON" \
        and (after is None or after.is_punct or "\n" in token.whitespace_)


PLACE_BEFORE_TITLE = rule(
    "mentions.place-before-title", "A name the model ran on into the first word of a title (“Apurímac "
    "Regional” of “Apurímac Regional Governor Rosa Huamaní”, “Texas State” of “Texas State Senator ...”) "
    "ends before that word: the place is the actor, the words after it the title.",
    examples=[("Quake toll rises\n\nApurímac Regional Governor Rosa Elena Huamaní said 187 people had been "
               "injured in Apurímac.", {"actor": "Apurímac", "no_actor": "Apurímac Regional"}),
              ("Odisha floods\n\nJajpur Collector Smt. Ananya Mishra, IAS, said 19 of the 86 embankment "
               "breaches were in her district alone.",
               {"actor": "Ananya Mishra", "no_actor": "Jajpur Collector Smt"})],
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
               {"no_actor": "International Development"}),
              ("Agriculture Cabinet Secretary Dr. Mutahi Kagwe said the ministry would import maize.",
               {"no_actor": "Agriculture Cabinet", "actor": "Mutahi Kagwe"})],
    counter=[("Home Office Minister Tom Barr said the plan was ready.", {"actor": "Home Office"})])


NAME_OPENER = rule(
    "mentions.name-opener", "A family or clan name that opens a South Asian name (“Chaudhry”, “Mian”, "
    "people.yaml name_openers) is part of the person's name, not of the title before it.",
    examples=[("The Speaker turned down a request by Leader of the Opposition Chaudhry Naveed Akram Warraich "
               "to speak.", {"actor": "Chaudhry Naveed Akram Warraich", "role": "Leader of the Opposition"})],
    counter=[("The Chaudhry family said it would appeal.", {"actor": "Chaudhry family", "type": "group"})])
HONORIFIC_PLACE = rule(
    "mentions.honorific-place", "A name the model called a place that a gendered honorific opens (“a "
    "supplementary question from Ms Qazi”) is a person's.",
    examples=[("Gas\n\nDr Ambreen Qazi had moved the question. Responding to a supplementary question "
               "from Ms Qazi, the parliamentary secretary conceded the point.",
               {"actor": "Ambreen Qazi", "aliases": ["Ms Qazi"]})],
    counter=[("Gas\n\nThe pipeline reaches Mount Qazi next year.", {"no_actor": "Qazi"}),
             ("Reef\n\nTourists returned to Lady Elliot Island on Monday.", {"actor": "Lady Elliot Island"})])
INTERVIEW_LABEL = rule(
    "mentions.interview-label", "An interview's question or answer label (“Q.”, “A:”) that the model ran "
    "into the name after it is no part of the name.",
    examples=[("Hydrogen chief\n\nAl Rawahi spoke to the Tribune in an interview.\n\nQ. Hydrom gave you more "
               "land. On what terms?\n\nA. Nordhavn Power holds 40 per cent.\n\nQ. And the buyers?\n\nA. "
               "Tokiwa signed first.", {"actor": "Nordhavn Power", "no_actor": "A. Nordhavn Power"})],
    counter=[("Courts\n\nA. Nordhavn, a judge, said the appeal would fail.", {"actor": "A. Nordhavn"})])
BODY_WITH_LIST = rule(
    "mentions.body-with-list", "A body named with a list of portfolios (“the Ministry of Environment, Forest "
    "and Climate Change”, “the Agency for Science, Technology and Research”) is one name, from its head "
    "noun to the list's last word, wherever the model cut it.",
    examples=[("Heat\n\nResearchers at the Agency for Science, Technology and Research tested the paint.",
               {"actor": "Agency for Science, Technology and Research", "type": "organization"}),
              ("Forests\n\nOfficials at the Ministry of Environment, Forest and Climate Change said so.",
               {"actor": "Ministry of Environment, Forest and Climate Change"}),
              ("Smelter\n\nThe Department of Forestry, Fisheries and the Environment said it would abide by "
               "the decision.", {"actor": "Department of Forestry, Fisheries and the Environment"})],
    counter=[("Defence\n\nOfficials from the Ministry of Defence, Britain and France met in Paris.",
              {"actor": "Ministry of Defence"}),
             ("Budget\n\nOfficials from the Ministry of Finance, Treasury and Revenue Authority met on "
              "Monday.",
              {"no_actor": "Ministry of Finance, Treasury and Revenue Authority"})])
GAELIC_SURNAME = rule(
    "mentions.gaelic-surname", "A capitalised Gaelic surname particle (“Ní”, “Nic”, “Ó”; people.yaml "
    "surname_particles) makes a person's name, opened by the first name before it, whatever the model "
    "tagged (“Cllr Deirdre Ní Chonghaile”, an organisation “Ní Chonghaile” to the model).",
    examples=[("Condolences\n\nThe chair of the council, Cllr Deirdre Ní Chonghaile, said a book of "
               "condolences would open.",
               {"actor": "Deirdre Ní Chonghaile", "type": "person", "role": "Cllr"}),
              ("Housing\n\nThe plan failed. Síle Ní Bhriain, who chairs the tenants' union, said rents had "
               "doubled.", {"actor": "Síle Ní Bhriain", "type": "person"})],
    counter=[("Pubs\n\nThe Ó Murchú Bar Group said sales fell.", {"no_actor": "Ó Murchú"})])
LEGAL_FORM_FIRST = rule(
    "mentions.legal-form-first", "A legal form written before a name (“PT Energi Listrik Nusantara”, “OOO "
    "Baltika”, organisations.yaml legal_form_prefixes) is part of a firm's name, whatever the model took "
    "it for.",
    examples=[("Will state utility PT Energi Listrik Nusantara (ELN) be able to buy the power?",
               {"actor": "PT Energi Listrik Nusantara", "type": "organization"})])
NUMBERED_THING = rule(
    "mentions.numbered-thing", "One word and a number (“a Phase 2 investigation”, “Apollo 11”) name a "
    "stage or a thing, no actor; a medium stays one (“Channel 4”), and a named place keeps its numbered "
    "part (“Tuas Port Phase 3”, things.yaml numbered_parts).",
    effect="-",
    examples=[("The regulator opened a lengthy Phase 2 investigation into the deal.", {"no_actor": "Phase"})],
    counter=[("Channel 4 said the interview would air on Monday.", {"actor": "Channel 4"}),
             ("The first eight berths of Tuas Port Phase 3 would start operating in 2027.",
              {"actor": "Tuas Port Phase 3"})])
