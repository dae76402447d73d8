"""Finders of people the model missed: names marked by an age, a name closing an office ("Federal
Minister of Health Sabine Kranz-Hoffmann"), full names of surnames met alone, the subjects of
reporting verbs, the sources named after a quotation, described names, bare names written like a
person's, and names seen elsewhere in the story.
"""


from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import Layout, children_of, layout_of, lefts_of, sentence_of, span_text
from reportgen.extract.mentions.mention import (
    FUNCTION_POS,
    KIND_BEFORE_NAME,
    NON_ACTOR_LABELS,
    SENTENCE_INITIAL_NOUN,
    Mention,
    agentive,
    capitalised_by_position,
    common_plural,
    date_word,
    form_of_address,
    found_mention,
    glued_hyphen,
    home_in_label,
    kind_before_name,
    not_a_name_word,
    opens_portfolio,
    person_cues,
    stands_alone,
    titled_before,
)
from reportgen.extract.names import (
    INITIAL,
    NAME_TOKEN,
    country_key,
    gazetteer_place,
    person_shaped,
)
from reportgen.extract.nlp import common_noun, english_word
from reportgen.extract.roles import role_of
from reportgen.extract.rules import fire_span, rule


def bare_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
    alone = {t.text for t in layout.tokens_among(layout.by_text, surnames) if t.pos_ == "PROPN"
             and not t.is_sent_start and not (t.i > 0 and doc[t.i - 1].text in parts)}
    found: list[Mention] = []
    for token in layout.tokens_among(layout.by_text, parts):  # (only a name's part is found)
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
            found.append(found_mention(doc, layout, token.i, token.i + 1, "PERSON", token.i,
                                       agentive=agentive(token)))
    return found


def _he_or_she_after(token: Any) -> bool:
    """A subject "he" or "she" later in the token's sentence."""
    return any(t.lower_ in ("he", "she") and t.dep_ in SUBJECTS
               for t in token.doc[token.i + 1:token.sent.end])


def names_seen_elsewhere(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
    for token in layout.tokens_among(layout.by_text, labels):
        if token.text not in labels or token.i in tagged or token.ent_type_ or token.pos_ != "PROPN" \
                or token.dep_ not in SUBJECTS or layout.in_quote(token.idx) \
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        found.append(found_mention(doc, layout, token.i, token.i + 1, labels[token.text].most_common(1)[0][0],
                                   token.i,
                                   agentive=True, person_cues=person_cues(doc, token, token.i + 1)))
    return found


def hyphened_surnames(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """``HYPHENED_SURNAME``: the hyphened last name of a name given in full, where the model left it
    untagged ("Radić-Jovanović led all scorers" after "Partizan's Nikola Radić-Jovanović"), with the full
    name's label."""
    tokens = layout.tokens
    surnames: dict[tuple[str, ...], str] = {}
    for m in mentions:  # (the model may call the full name an organisation's: the label goes with it)
        if m.label in ("PERSON", "ORG") and m.end - m.start >= 4 \
                and tokens[m.end - 2].text in ("-", "–") and not tokens[m.end - 3].whitespace_ \
                and not tokens[m.end - 2].whitespace_:
            surnames[(tokens[m.end - 3].text, tokens[m.end - 2].text, tokens[m.end - 1].text)] = m.label
    if not surnames:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens_among(layout.by_text, {first for first, _, _ in surnames}):
        i = token.i
        if i + 2 >= len(doc) or any(k in tagged for k in range(i, i + 3)) or layout.in_quote(token.idx) \
                or (tokens[i].text, tokens[i + 1].text, tokens[i + 2].text) not in surnames \
                or tokens[i].whitespace_ or tokens[i + 1].whitespace_ \
                or (i > 0 and tokens[i - 1].pos_ == "PROPN" and tokens[i - 1].is_title) \
                or (tokens[i + 2].dep_ == "compound" and tokens[i + 2].head.pos_ == "NOUN"):
            continue  # (the full name again is the model's to find; "the Radić-Jovanović family": a kind)
        found.append(found_mention(doc, layout, i, i + 3, surnames[(tokens[i].text, tokens[i + 1].text,
                                                                     tokens[i + 2].text)], i + 2,
                                   agentive=tokens[i + 2].dep_ in SUBJECTS, person_cues=1))
        tagged.update(range(i, i + 3))
    return found

def aged_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
        if start >= 2 and glued_hyphen(doc[start - 1]):
            continue  # "Ngbandi-Kossi, 67,": the tail of a name the model has whole
        if any(k in people for k in range(start, end)):
            continue
        # "Luca, 12, walks ...": a first name alone, when a lower-case word follows (not a score list)
        alone = end - start == 1 and i + 2 < len(doc) and doc[i + 2].is_lower \
            and person_shaped(doc[start].text) and doc[start].lower_ not in lexicon.DEMONYMS
        if (end - start >= 2 or alone) and doc[start].lower_ not in lexicon.TITLE_WORDS:
            root = doc[start:end].root
            found.append(found_mention(doc, layout, start, end, "PERSON", root.i,
                                       role=role_of(doc, list(doc[start:end]), [], root),
                                       agentive=agentive(root), person_cues=1))
    return found


def before_name(doc: Any, mention: Mention, names: set[int]) -> Mention:
    """The mention cut before the first of ``names`` it runs into, when words of its own come first."""
    cut = next((i for i in range(mention.start + 1, mention.end) if i in names), None)
    if cut is None or mention.start in names or doc[cut - 1].lower_ in lexicon.TITLE_WORDS:
        return mention
    return replace(mention, end=cut, text=span_text(doc, mention.start, cut),
                   root=doc[mention.start:cut].root.i,
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
    while start is not None and start - 1 > low and doc[start - 1].is_title \
            and doc[start - 1].lower_ in lexicon.NAME_OPENERS:
        start -= 1  # "Chaudhry Naveed Akram Warraich" (mentions.name-opener)
    if start is None or start <= low:
        return None
    before = doc[start - 1]
    if not before.is_title or before.pos_ == "ADP" or before.lower_ in lexicon.NAME_JOINERS:
        return None
    return start


def _name_after_portfolio(doc: Any, low: int, end: int) -> int | None:
    """Where a name the data knows no first name of starts, closing an office after a capitalised
    English word of its portfolio ("Minister of Electricity and Energy Nomsa Dlamini-Pillay", "...
    Regional Integration and Togolese Abroad Komlan Agbéyomé Dossou"): two words that are no common nouns
    nor titles, or three that are no English words at all (a hyphened surname is one word)."""
    def name_word(token: Any, strict: bool) -> bool:
        word = token.lower_
        return (token.is_title or glued_hyphen(token)) and word not in lexicon.TITLE_WORDS \
            and not common_noun(doc, word) \
            and not (strict and (english_word(doc, word) or common_plural(doc, word)))  # ("Industries")

    k, words = end, 0
    while k > low and words < 3:
        start = k - 1
        while start > low and glued_hyphen(doc[start - 1]):
            start -= 2  # "Dlamini-Pillay": one word
        if not all(name_word(t, words == 2) for t in doc[start:k]) or start <= low:
            break
        k, words = start, words + 1
    before = doc[k - 1] if k > low else None
    if words < 2 or before is None or not before.is_title or before.lower_ in lexicon.TITLE_WORDS \
            or not english_word(doc, before.lower_):  # (the nouns, adjectives and adverbs: "Abroad")
        return None
    fire_span(NAME_AFTER_PORTFOLIO, doc[k:end], span_text(doc, k, end))
    return k


def _words(span: Any) -> int:
    """The words of a name, a hyphened one counted once ("Nomsa Dlamini-Pillay": two)."""
    return len(span) - 2 * sum(glued_hyphen(t) for t in span)


def _listed(doc: Any, k: int) -> bool:
    """A comma between two capitalised words of a portfolio ("Minister for Climate, Energy and the
    Environment Declan Farrelly")."""
    if not (doc[k].text == "," and doc[k - 1].is_title and k + 1 < len(doc) and doc[k + 1].is_title
            and doc[k - 1].lower_ not in lexicon.TITLE_WORDS):
        return False
    after = doc[k + 1]
    if after.lower_ in lexicon.first_name_genders() or after.lower_ in lexicon.TITLE_WORDS \
            or (gazetteer_place(after.text) and not (k + 2 < len(doc) and doc[k + 2].is_title
                                                     and doc[k + 2].lower_ not in lexicon.TITLE_WORDS)):
        return False  # ("Minister of Trade Tomas Reyes, Governor Ana Lucero", "..., Lagos, and ...";
        # never "..., African Integration and ...")
    # the list closes with "and" before any comma again: "Climate, Energy and the Environment"
    for token in doc[k + 1:min(k + 6, len(doc))]:
        if token.lower_ == "and":
            return True
        if not token.is_title:
            return False
    return False


def _portfolio_carried(doc: Any, k: int) -> int:
    """After an office's word that goes on to a portfolio ("State"; people.yaml portfolio_carriers),
    where a connector carrying it there ends ("Minister of State [for] Sustainability", "[with
    responsibility for] the Gaeltacht"; portfolio_connectors), or ``k`` when none stands there."""
    if not doc[k - 1].is_title or doc[k - 1].lower_ not in lexicon.PORTFOLIO_CARRIERS:
        return k  # (never after a name or a body: "Leader of Opposition Biswajit Routray of the ...")
    for phrase in lexicon.PORTFOLIO_CONNECTORS.get(doc[k].lower_, ()):
        end = k + len(phrase)
        if end + 1 < len(doc) and tuple(t.lower_ for t in doc[k:end]) == phrase \
                and (doc[end].is_title or (doc[end].lower_ == "the" and doc[end + 1].is_title)):
            return end
    return k


def names_after_offices(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
        while k < len(doc) and k - title.i <= 14:  # the run of capitalised words after "Minister of"
            if doc[k].is_title or doc[k].lower_ in ("and", "the") or doc[k].text in ("-", "–") \
                    or _listed(doc, k):
                k += 1
            elif (carried := _portfolio_carried(doc, k)) > k:
                k = carried  # "Minister of State for Sustainability ..."
            else:
                break
        start = _name_start(doc, title.i + 2, k)
        # (also "Leader of Opposition ...")
        held = title.i + 3 if doc[title.i + 2].lower_ == "the" else title.i + 2
        if start is None and doc[held].lower_ in lexicon.OFFICE_OBJECTS and 2 <= k - (held + 1) <= 3 \
                and not gazetteer_place(span_text(doc, held + 1, k)) \
                and not any(t.lower_ in lexicon.ORG_WORDS for t in doc[held + 1:k]):
            start = held + 1  # "Leader of the Opposition Bhuvneshwar Oraon": no first name the data knows
        if start is None and k - title.i > 4:
            start = _name_after_portfolio(doc, title.i + 2, k)  # "... and Cooperation Rachidatou Houngbédji"
            if start is not None and gazetteer_place(span_text(doc, start, k)):
                start = None
        if start is None:
            continue
        name = doc[start:k]
        if len([t for t in name if t.is_alpha]) > 4 or not person_shaped(name.text) \
                or start in people or layout.in_quote(doc[start].idx) or not doc[start].whitespace_ \
                or form_of_address(doc[start - 1]):
            continue  # (after "Cllr": mentions.address-in-chain's)
        role = role_of(doc, list(name), [], name.root) or span_text(doc, title.i, start)
        found.append(found_mention(doc, layout, start, k, "PERSON", name.root.i, role=role,
                                   agentive=agentive(name.root), person_cues=1))
        people.update(range(start, k))
    return found


def full_names_of_surnames(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """ "Maria Olsen has lived ..." untagged, "Olsen said" tagged: the full name ending in a surname
    the model knows as a person's is that person."""
    surnames = {m.text for m in mentions
                if m.label == "PERSON" and " " not in m.text and person_shaped(m.text)}
    # and a transcript's labels ("OGUNSANYA:" twice at least, the intro naming "Engr. Babatunde Olanrewaju
    # Ogunsanya"), whose mentions are found later
    labels = Counter(m.group(1) for m in layout.label_matches if m is not None)
    surnames |= {label.title() for label, count in labels.items()
                 if count >= 2 and label.isalpha() and person_shaped(label.title())}
    if not surnames:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in layout.tokens_among(layout.by_text, surnames):
        if token.text not in surnames or token.i in taken or token.pos_ != "PROPN":
            continue
        start = token.i
        # the first name may be mis-tagged too ("Tomasz" read as a noun at the start of a sentence)
        while start > 0 and token.i - start < 2 and NAME_TOKEN.match(doc[start - 1].text) \
                and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].head.i == token.i) \
                and (doc[start - 1].pos_ not in ("ADV", "DET", "VERB", "ADP", "PRON")
                     or doc[start - 1].lower_ in lexicon.first_name_genders()) \
                and start - 1 not in taken and doc[start - 1].ent_type_ not in ("DATE", "TIME") \
                and not date_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_ \
                and doc[start - 1].lower_ not in lexicon.TITLE_WORDS \
                and doc[start - 1].lower_ not in lexicon.HONORIFICS \
                and doc[start - 1].lower_ not in lexicon.DEMONYMS:
            start -= 1
        if start == token.i:
            continue
        found.append(found_mention(doc, layout, start, token.i + 1, "PERSON", token.i,
                                   agentive=agentive(token),
                                   person_cues=person_cues(doc, token, token.i + 1),
                                   role=role_of(doc, list(doc[start:token.i + 1]), [], token),
                                   titled=titled_before(doc, start)))
        taken.update(range(start, token.i + 1))
    return found


#: Labels of figures and times: a name the model read as one ("Tomas Jurkus" as a DATE) has no digit
#: and no calendar word.
_FIGURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def _untagged(token: Any) -> bool:
    """Not part of an actor's entity: untagged, a work or event, or a name misread as a figure or time."""
    return token.ent_type_ in NON_ACTOR_LABELS or (
        token.ent_type_ in _FIGURE_LABELS and not any(c.isdigit() for c in token.text)
        and not date_word(token))


def _hyphened_first_name(doc: Any, i: int) -> bool:
    """The three tokens before ``i`` are a hyphened first name the parser split off ("Per-Olof Näslund":
    two known first names, no demonym, "Franco-German" is no name)."""
    if i < 3 or not glued_hyphen(doc[i - 2]):
        return False
    parts = (doc[i - 3], doc[i - 1])
    names = lexicon.first_name_genders()
    return all(t.is_title and t.is_alpha and t.lower_ in names and t.lower_ not in lexicon.DEMONYMS
               for t in parts) and doc[i].is_title


def _of_a_noun(noun: Any) -> bool:
    """ "The widow of the pilot", "The head teacher of the school": a name set beside may be the pilot's or
    the school's (never "The head of BNPB")."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in children_of(p))
               for p in children_of(noun))


def untagged_speakers(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Speakers the model left untagged: a capitalised name that said something and is described by a
    "which" clause or spoke "in a statement" ("Harbour Ferries, which runs the line, said in a
    statement"), and a national institution ("the Norwegian foreign ministry said")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    lemmas = layout.lemmas
    for verb in layout.tokens_among(layout.by_pos, ("VERB",)):  # (each one a verb)
        if lemmas[verb.i].lower() not in lexicon.REPORTING_VERBS:
            continue
        # "The head of BNPB, Lieutenant General Dedi Kurniawan Siregar, who ..., said": the untagged name set
        # beside a person's noun that is the subject
        beside = [c for s in children_of(verb) if s.dep_ in SUBJECTS and s.pos_ == "NOUN"
                  and (s.lower_ in lexicon.PERSON_HEADS or s.lower_ in lexicon.TITLE_WORDS)
                  and not _of_a_noun(s)
                  for c in children_of(s) if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.ent_type_
                  and any(w.dep_ == "compound" and w.pos_ == "PROPN" for w in lefts_of(c))]  # (never "Ana")
        for subject in [*children_of(verb), *_lost_subject(doc, verb), *beside]:
            if (subject.dep_ not in SUBJECTS and subject.i + 1 != verb.i and subject not in beside) \
                    or subject.i in taken \
                    or layout.in_quote(subject.idx) or subject.ent_type_ in ("DATE", "TIME"):
                continue  # (a day the parser made a subject: "Tuesday at Harbour College in ..., X said")
            if opens_portfolio(doc, subject.i + 1, taken):
                continue  # "Climate Crisis and Civil Protection Minister Eleni Vardaki said"
            kind: list[Any] = []
            tokens = _name_ending_office(doc, subject) \
                or [t for t in lefts_of(subject) if t.dep_ in ("compound", "amod", "det")] + [subject]
            while tokens[0].i > 0 and (before := doc[tokens[0].i - 1]).dep_ == "compound" \
                    and before.head.i == tokens[0].i and (INITIAL.match(before.text) or (
                        before.pos_ == "PROPN" and before.is_title and tokens[0].pos_ == "PROPN")):
                tokens.insert(0, before)  # "M." of "M. Dane Waters", "Emergency" of "Emergency Management ...
            if _hyphened_first_name(doc, tokens[0].i):
                tokens[:0] = list(doc[tokens[0].i - 3:tokens[0].i])  # "Per-Olof Näslund"
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
            stated = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in children_of(c))
                         for c in children_of(subject)) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "statement" for o in children_of(c))
                for c in children_of(verb))
            misread = _misread_surname(tokens)
            named = all((t.text[:1].isupper() and (t.pos_ == "PROPN" or t.dep_ not in SUBJECTS or misread)
                         and t.pos_ not in FUNCTION_POS) or glued_hyphen(t) for t in tokens) \
                and (head.tag_ not in ("NNS", "NNPS") or misread)
            # "spokesperson Commodore Ana Ruiz told": a description or rank before the name is not in it.
            propn = len(tokens)
            while propn > 0 and tokens[propn - 1].pos_ == "PROPN" and tokens[propn - 1].text[:1].isupper() \
                    and tokens[propn - 1].ent_type_ in NON_ACTOR_LABELS:
                propn -= 1
            while propn < len(tokens) - 2 and tokens[propn].lower_ in lexicon.TITLE_WORDS:
                propn += 1
            described = 0 < propn <= len(tokens) - 2 and not stated
            holder = _holder_after_title(tokens)
            if holder is not None and not described:
                fire_span(TITLE_INSIDE_SPEAKER, doc[first.i:head.i + 1], tokens[holder].text)
                described, stated, propn = True, False, holder  # "Norveth Chief Executive Marcus Ebbesen"
            if described:
                first = tokens[propn]
            elif head.i > first.i and kind_before_name(first) \
                    and stands_alone(doc, list(doc[first.i:head.i + 1])):
                fire_span(KIND_BEFORE_NAME, doc[first.i:head.i + 1], first.text)
                kind = [first]
                first = doc[first.i + 1]  # "Pollster Daron Shaw said"
            text = span_text(doc, first.i, head.i + 1)
            # "Pavel Sirko, the union leader, said": a full name the model missed or called a title.
            # "Hannity said": a surname alone is a person too (the referents join it to the full name).
            lone_place = head.i == first.i and head.ent_type_ in ("GPE", "FAC", "LOC")
            person = (named or described) and not stated and 1 <= _words(doc[first.i:head.i + 1]) <= 3 \
                and person_shaped(text) and text.lower() not in lexicon.DEMONYMS and not lone_place \
                and not any(t.lower_ in lexicon.TITLE_WORDS for t in doc[first.i:head.i + 1])
            # "HK said" after "the Danish Harbour Office (Havnekontoret, HK)": an acronym defined before
            acronym = head.i == first.i and head.text.isupper() and head.is_alpha and len(head.text) >= 2
            defined = acronym \
                and re.search(rf"[(,] ?{re.escape(head.text)}\)", layout.text[:head.idx]) is not None
            if acronym and not defined and _acronym_of_body(layout.text, head.text):
                fire_span(ACRONYM_OF_BODY, doc[head.i:head.i + 1], head.text)
                defined = True  # "PAGASA warned" after "the state weather bureau PAGASA"
            if not national and not (named and stated) and not person and not defined:
                continue
            if head.lower_ in lexicon.TITLE_WORDS and any(
                    c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.subtree):
                continue  # "the governor's Chief Press Secretary, Folake Adeyemi, said": the office's holder
                # (also hung on the office's place: "High Commissioner to Kiribati, Fiona Trask, said")
            if head.i == first.i and capitalised_by_position(head):
                fire_span(SENTENCE_INITIAL_NOUN, doc[head.i:head.i + 1], head.text)
                continue  # "Engineers warned ...": people described, not named
            role = role_of(doc, list(doc[first.i:head.i + 1]), kind, head) if person else None
            found.append(found_mention(doc, layout, first.i, head.i + 1, "PERSON" if person else "ORG",
                                       head.i, text=text, agentive=True, role=role,
                                       honorific=honorific if person else None,
                                       titled=person and titled_before(doc, first.i),
                                       impersonal=not person, person_cues=int(person)))
            taken.update(t.i for t in tokens)
    return found


ACRONYM_OF_BODY = rule(
    "mentions.acronym-of-body", "An acronym the model left untagged that the text writes after a body's "
    "noun (“the state weather bureau PAGASA”) is that body, a speaker when it says something (“PAGASA "
    "warned”).",
    examples=[("Storm\n\nGusts reached 230 kph, according to the state weather bureau PAGASA.\n\nPAGASA "
               "warned that a depression could form by the weekend.",
               {"actor": "PAGASA", "type": "organization"})],
    counter=[("Storm\n\nGusts reached 230 kph on Friday.\n\nWARNING said nothing about the weekend.",
              {"no_actor": "WARNING"})])


def _acronym_of_body(text: str, acronym: str) -> bool:
    """``ACRONYM_OF_BODY``: ``acronym`` written right after a lower-case body noun somewhere in ``text``."""
    for match in re.finditer(rf"\b([a-z]+) {re.escape(acronym)}\b", text):
        if match.group(1) in lexicon.ORG_WORDS or match.group(1) in lexicon.ORG_DESCRIPTORS:
            return True
    return False


def _holder_after_title(tokens: list[Any]) -> int | None:
    """``TITLE_INSIDE_SPEAKER``: where the name of the person a title introduces starts inside a run of
    capitalised words ("Norveth Chief Executive [Marcus Ebbesen]"): after the last title word, one to three
    words shaped like a name that the model tagged a person's or a first name opens."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].lower_ in lexicon.TITLE_WORDS:
            rest = tokens[k + 1:]
            text = " ".join(t.text for t in rest)
            tagged = all(t.ent_type_ == "PERSON" for t in rest)
            if 1 <= len(rest) <= 3 and person_shaped(text) \
                    and (tagged or rest[0].lower_ in lexicon.first_name_genders()):
                return k + 1
            return None
    return None


TITLE_INSIDE_SPEAKER = rule(
    "mentions.title-inside-speaker", "A speaker's run of capitalised words with a title inside (“Norveth "
    "Chief Executive Marcus Ebbesen said in a statement”) is the person after the title, the words before it "
    "the role, though the model left the whole run untagged.",
    examples=[("Hackers exploited flaw in Norveth banking software\n\n\"We deeply regret the impact this has "
               "had on our customers and their members,\" Norveth Chief Executive Marcus Ebbesen said in a "
               "statement.", {"quote": "We deeply regret", "speaker": "Marcus Ebbesen"})],
    counter=[("Ferries\n\n\"We will add two boats,\" Harbour Ferries said in a statement.",
              {"quote": "We will add two boats", "speaker": "Harbour Ferries"})])


def _name_ending_office(doc: Any, subject: Any) -> list[Any]:
    """``NAME_AFTER_OFFICE``: "Minister of State for Disaster Management Yoko Hirabayashi said": the name
    the parser hung inside the office that is the verb's subject, opening with a known first name."""
    if subject.lower_ not in lexicon.TITLE_WORDS or not subject.is_title:
        return []
    end = subject.right_edge.i + 1
    start = _name_start(doc, subject.i + 1, end)
    if start is None:
        start = _name_after_portfolio(doc, subject.i + 1, end)
    if start is None:
        return []
    name = doc[start:end]
    if not all((t.pos_ == "PROPN" and t.is_title and t.lower_ not in lexicon.TITLE_WORDS) or glued_hyphen(t)
               for t in name) or not person_shaped(name.text):
        return []
    fire_span(NAME_AFTER_OFFICE, name, name.text)
    return list(name)


def quote_sources(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
                    and not not_a_name_word(doc[start - 1]):
                start -= 1
            found.append(found_mention(doc, layout, start, subject.i + 1, "PERSON", subject.i, agentive=True,
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
        if token.pos_ != "PROPN" or not NAME_TOKEN.match(token.text) or not_a_name_word(token) \
                or token.lower_ in lexicon.TITLE_WORDS or token.lower_ in lexicon.AFFILIATION_WORDS:
            break
        run.insert(0, token)
    if not 2 <= len(run) <= 4 or any(t.i in taken for t in run):
        return None
    return found_mention(doc, layout, run[0].i, run[-1].i + 1, "PERSON", run[-1].i, agentive=True,
                         person_cues=1)


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
    return not (not_a_name_word(token) or word in lexicon.PERSON_NOUNS or word in lexicon.ORG_WORDS) \
        and person_shaped(token.text)


def _lost_subject(doc: Any, verb: Any) -> list[Any]:
    """The parser lost a reporting verb's subject ("And Skelly called ...", "Skelly" read as an
    adverb): a capitalised word right before the verb when it has no subject of its own."""
    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in children_of(verb)):
        return []
    before = doc[verb.i - 1]
    if before.is_title and before.pos_ in ("ADV", "NOUN", "PROPN", "ADJ") and not before.is_sent_start \
            and before.tag_ not in ("NNS", "NNPS"):
        return [before]
    return []


def described_names(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """Full names the model missed that an office describes: "Velmora's president, Ana Ruiz," and
    "Ana Ruiz, the president,"; and a first name alone beside a relative ("His mother, Ana,")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    parts = {w for m in mentions if m.end - m.start > 1 for w in m.text.split()}  # (bare-name's)
    found: list[Mention] = []
    for token in layout.tokens_among(layout.by_pos, ("PROPN",)):
        if token.pos_ != "PROPN" or token.i in taken or token.dep_ == "compound" or not _untagged(token):
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
            start -= 1
        tokens = list(doc[start:token.i + 1])
        text = span_text(doc, start, token.i + 1)
        head = token.head
        # a first name alone, set off beside a relative ("His mother, Ana, said")
        relative = len(tokens) == 1 and token.lower_ in lexicon.first_name_genders() \
            and token.dep_ == "appos" and head.i < token.i and head.lower_ in lexicon.GENDERED_NOUNS \
            and doc[token.i - 1].text == ","
        # one name of no English word, set off before a person's noun ("Tsegmid, a 58-year-old herder")
        single = len(tokens) == 1 and token.i + 2 < len(doc) and doc[token.i + 1].text == "," \
            and token.is_alpha and token.dep_ != "pobj" and token.text not in parts \
            and not (token.i > 1 and doc[token.i - 1].text in ("-", "–")
                     and not doc[token.i - 2].whitespace_) \
            and not english_word(doc, token.lower_) and not gazetteer_place(token.text) \
            and any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
                    and c.lower_ in lexicon.OCCUPATION_NOUNS  # (never "Rosneft, a partner in ...")
                    and any(d.lower_ in ("a", "an") for d in c.children) for c in token.children)
        if not (2 <= len(tokens) <= 3 or relative or single) or not person_shaped(text) or any(
                t.i in taken or t.lower_ in lexicon.TITLE_WORDS or not _untagged(t) for t in tokens):
            continue
        fronted = token.dep_ == "appos" and head.i < token.i and head.pos_ in ("NOUN", "PROPN") \
            and (head.lower_ in lexicon.TITLE_WORDS or relative)
        after = single or any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
                              and c.lower_ in lexicon.TITLE_WORDS for c in token.children)
        if (not fronted and not after) or home_in_label(doc, tokens):
            continue  # ("Margaret Doyle, 74, retired dinner lady, Lower Ashby:": her home)
        found.append(found_mention(doc, layout, tokens[0].i, token.i + 1, "PERSON", token.i, text=text,
                                   role=role_of(doc, tokens, [], token), agentive=agentive(token),
                                   person_cues=1))
        taken.update(t.i for t in tokens)
    return found


AGED_NAME = rule(
    "mentions.aged-name", "A name followed by an age (“Jane Okafor, 34,”) is a person.",
    examples=[("Among them was Tariq Obi, 34, a welder.", {"actor": "Tariq Obi", "type": "person"})])


FULL_NAME_OF_SURNAME = rule(
    "mentions.full-name-of-surname", "A full name ending in a surname the model knows as a person's is "
    "that person, tagged or not.",
    examples=[("Tomasz Wierzba chairs the committee. On Monday Wierzba said the report was late.",
               {"actor": "Tomasz Wierzba", "type": "person"}),
              # a transcript's label is such a surname ("Engr." an honorific)
              ("Relocation\n\nThe host, Funmilayo Adebanjo-Cole, spoke with the state's environment "
               "commissioner, Engr. Babatunde Olanrewaju Ogunsanya, about the move.\n\nADEBANJO-COLE: Why "
               "now?\n\nOGUNSANYA: The simple answer is water.\n\nADEBANJO-COLE: How many traders?\n\n"
               "OGUNSANYA: About 900 structures have to go.",
               {"quote": "The simple answer is water.", "speaker": "Babatunde Olanrewaju Ogunsanya"})])


CUE_SUBJECT = rule(
    "mentions.cue-subject", "The subject of a reporting verb that the model left untagged is a name: a "
    "person (“Earnest said”, “Pavel Sirko, the union leader, said”, or the name set beside a person's noun "
    "that is the subject: “The head of BNPB, Lieutenant General Dedi Kurniawan Siregar, said”), or a body "
    "(“Harbour Ferries said in a statement”).",
    examples=[("“The talks are over,” Earnest said.", {"actor": "Earnest", "type": "person"}),
              ("Rates cut\n\nThe board, chaired by Governor Tomas Kamau, cut its rate.\n\nDr Kamau said "
               "banks were slow to pass on cuts.", {"actor": "Tomas Kamau", "aliases": ["Kamau"]}),
              # a hyphened first name whose first half the tagger read as "per"
              ("Hospitals\n\nPer-Olof Näslund, a member of the Riksdag, said he would ask the government.",
               {"actor": "Per-Olof Näslund", "type": "person"}),
              # a chain of capitalised words the parser hung one on the next
              ("Fire\n\nThe fire grew on Monday, and Emergency Management Victoria said it was “burning out "
               "of control along a wide front.”",
               {"quote": "burning out of control", "speaker": "Emergency Management Victoria"}),
              # a name set beside the person's noun that is the subject
              ("Volcano\n\nThe head of BNPB, Lieutenant General Dedi Kurniawan Siregar, who flew to Malang "
               "on Monday, said the government had allocated emergency funds.",
               {"actor": "Dedi Kurniawan Siregar", "type": "person"})],
    counter=[("Crash\n\nThe widow of the pilot, Lieutenant Colonel Bambang Eko Suharyanto, who died in the "
              "crash, said she wanted answers.", {"no_actor": "Bambang Eko Suharyanto"}),
             ("Founding fathers wrote that the right “shall not be infringed.”", {"no_actor": "Founding"}),
             ("To believe the ferry will run, “you have to take a cynical view of the board,” he said.",
              {"no_actor": "To"}),
             ("Ruling upheld\n\nIn a statement, the governor's Chief Press Secretary, Folake Adeyemi, said "
              "the judgment was fair.", {"no_actor": "Chief Press Secretary"}),
             ("Summit\n\nAustralia's High Commissioner to Kiribati, Fiona Trask, said in a statement that "
              "Canberra backed the plan.", {"no_actor": "High Commissioner"}),
             ("Fire\n\nClimate Crisis and Civil Protection Minister Eleni Vardaki, who flew to the island on "
              "Tuesday, said the state would pay.", {"no_actor": "Climate Crisis"})])


NAME_AFTER_OFFICE = rule(
    "mentions.name-after-office", "A name at the end of an office that is a reporting verb's subject "
    "(“Minister of State for Disaster Management Yoko Hirabayashi said”), opening with a known first name, "
    "is the speaker, also when the model tagged nothing.",
    examples=[("Drill\n\nMinister of State for Disaster Management Yoko Tanaba said the budget request was "
               "submitted in August.", {"actor": "Yoko Tanaba", "type": "person",
                                        "role": "Minister of State for Disaster Management"})],
    counter=[("Drill\n\nThe Minister for Ana Ruiz's district said the budget request was submitted.",
              {"no_actor": "Minister for Ana Ruiz"})])


NAME_AFTER_PORTFOLIO = rule(
    "mentions.name-after-portfolio", "Two capitalised words that are no common nouns, closing an office "
    "after its portfolio's capitalised noun, as a reporting verb's subject (“Minister of Electricity and "
    "Energy Nomsa Dlamini-Pillay said”), are the office holder's name, though the data knows no such "
    "first name.",
    examples=[("Power cuts\n\nMinister of Electricity and Energy Nomsa Dlamini-Pillay said in a post that "
               "she had met the board.", {"actor": "Nomsa Dlamini-Pillay", "type": "person",
                                      "role": "Minister of Electricity and Energy"}),
              # three words no English word, after a listed portfolio, wherever the name stands
              ("Patrols\n\nThe accord was signed by Togo's Minister of Foreign Affairs, Regional Integration "
               "and Togolese Abroad Komlan Agbéyomé Dossou.",
               {"actor": "Komlan Agbéyomé Dossou", "no_actor": "Regional Integration",
                "role": "Minister of Foreign Affairs, Regional Integration and Togolese Abroad"}),
              ("Patrols\n\nThe accord was signed by Benin's Minister of Foreign Affairs and Cooperation "
               "Rachidatou Houngbédji.", {"actor": "Rachidatou Houngbédji",
                                         "no_actor": "Cooperation Rachidatou Houngbédji"})],
    counter=[("Power cuts\n\nThe Minister of Water and Sanitation said the dams were full.",
              {"no_actor": "Water and Sanitation"}),
             ("Power cuts\n\nThe Minister of State for Jammu Kashmir said the board had met.",
              {"actor": "Jammu Kashmir", "type": "location"})])


NAME_IN_OFFICE_CHAIN = rule(
    "mentions.name-in-office-chain", "A name opening with a known first name that ends a capitalised "
    "office (“Vice Minister of Mines Óscar Villanueva Quispe”, “Federal Minister of Health Sabine "
    "Kranz-Hoffmann”) is a person with that office, whatever the model made of the words.",
    examples=[("Mines\n\nThe order was signed by Vice Minister of Mines Óscar Villanueva Quispe.",
               {"actor": "Óscar Villanueva Quispe", "role": "Vice Minister of Mines"}),
              ("Hospitals\n\nFederal Minister of Health Sabine Kranz-Hoffmann urged the states not to block "
               "the law.", {"actor": "Sabine Kranz-Hoffmann", "role": "Federal Minister of Health"}),
              ("Steel\n\nChairman of Kestrel Steel Ravi Gupte met the unions.",
               {"actor": "Ravi Gupte", "no_actor": "Steel Ravi Gupte"}),
              # the body the office is held in, and a name the data has no first name of (people.yaml
              # office_objects)
              ("Budget\n\nLeader of the Opposition Bhuvneshwar Oraon said the debt had doubled.",
               {"actor": "Bhuvneshwar Oraon", "role": "Leader of the Opposition"}),
              ("Floods\n\nLeader of Opposition Biswajit Routray of the Utkal Jana Morcha said the package "
               "was inadequate.", {"actor": "Biswajit Routray", "role": "Leader of Opposition"}),
              ("Wind\n\nMinister for Climate, Energy and the Environment Declan Farrelly said the target "
               "would allow exports.", {"actor": "Declan Farrelly",
                                        "role": "Minister for Climate, Energy and the Environment"}),
              # a clan name opening the name (people.yaml name_openers)
              ("Gas\n\nParliamentary Secretary for Petroleum Malik Asad Warraich said the schemes were "
               "frozen.",
               {"actor": "Malik Asad Warraich", "role": "Parliamentary Secretary for Petroleum"}),
              # an office carried on to its portfolio (people.yaml portfolio_connectors)
              ("Flats\n\nMinister of State for Housing and the Environment Idris Hamzah, who toured the "
               "blocks, said the trial would grow.",
               {"actor": "Idris Hamzah", "no_actor": "Environment Idris",
                "role": "Minister of State for Housing and the Environment"}),
              ("Islands\n\nMinister of State with responsibility for the Islands Ciarán Ó Dónaill said the "
               "ferry would run.", {"actor": "Ciarán Ó Dónaill", "no_actor": "Islands Ciarán"})],
    counter=[("Hospitals\n\nThe Minister of Health and Social Care said the states would decide.",
              {"no_actor": "Health and Social Care"}),
             ("Budget\n\nThe Leader of the House Business Committee met.",
              {"no_actor": "Business Committee"}),
             ("Budget\n\nLeader of the Opposition Khyber Pakhtunkhwa said the budget was a fraud.",
              {"no_actor": "Khyber Pakhtunkhwa"}),
             ("Islands\n\nThe Minister of State with responsibility for the Islands said the ferry would "
              "run.", {"no_actor": "Minister of State"}),
             # a body's "of" carries nothing on (people.yaml portfolio_carriers)
             ("Wages\n\nDeputy Director of the Harbour City Department of Labour Tran Van Phuoc said "
              "inspectors would visit the plant.", {"actor": "Tran Van Phuoc", "no_actor": "Van Phuoc"})])


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
               {"quote": "We never closed", "speaker": "Ana"}),
              # one name of no English word, before a person's noun with "a"
              ("Census\n\nThe survey counted 953 cats. Tsegmid, a 58-year-old herder in Bayankhongor "
               "province, was unconvinced. Speaking by telephone, he was blunt: “Seven days is a long time.”",
               {"actor": "Tsegmid", "type": "person", "quote": "Seven days", "speaker": "Tsegmid"})],
    counter=[("Census\n\nThe survey counted 953 cats. Altai, a province in the west, had the most.",
              {"actor": "Altai", "type": "location"}),
             ("Russia\n\n“Russia moved in,” said Tatyana Stanovaya, founder of R.Politik, a political "
              "consultant.", {"actor": "Tatyana Stanovaya"}),
             ("Oil\n\nRosneft, a partner in the project, declined to comment on the delay.",
              {"no_actor": "Rosneft"}),
             ("Vote\n\nThe opposition filed a motion against Prime Minister Dragoș Ionescu-Vlad's "
              "government. Ionescu-Vlad, a former mayor of Craiova, has led the government since January.",
              {"actor": "Dragoș Ionescu-Vlad", "aliases": ["Ionescu-Vlad"]})])


HYPHENED_SURNAME = rule(
    "mentions.hyphened-surname", "The hyphened surname of a person named in full before is that person "
    "where the model left it untagged (“Radić-Jovanović led all scorers with 26 points” after “Partizan's "
    "Nikola Radić-Jovanović”), so a “he said” after it is theirs.",
    examples=[("Basketball\n\nCoach Rimantas Girdauskas was proud. Partizan's Nikola Radić-Jovanović "
               "answered with a layup to force overtime.\n\nRadić-Jovanović led all scorers with 26 points. "
               "\"We had them,\" he said.", {"quote": "We had them", "speaker": "Nikola Radić-Jovanović"})],
    counter=[("Basketball\n\nPartizan's Nikola Radić-Jovanović answered with a layup to force overtime. "
              "The Radić-Jovanović family watched.", {"no_actor": "Radić-Jovanović family"})])

SEEN_ELSEWHERE = rule(
    "mentions.seen-elsewhere", "A one-word name the model tagged elsewhere in the text is a mention where it "
    "acts as a subject untagged (“Twitter pledged to act” after “the party's Twitter account”).",
    examples=[("The party renamed its Kestrel account during the debate. Critics mocked the Kestrel "
               "account. Kestrel pledged to take action against such tricks.", {"actor": "Kestrel"})],
    counter=[("The party renamed its Kestrel account during the debate. Critics mocked the Kestrel "
              "account.", {"no_actor": "Kestrel"})])


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
