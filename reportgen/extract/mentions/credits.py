"""Names in the page's own labels: transcript speaker labels ("OKAFOR:"), digest items credited in
brackets, and credit lines.
"""


from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.layout import Layout, span_text
from reportgen.extract.mentions.mention import Mention, chain_token, found_mention, not_a_name_word
from reportgen.extract.names import (
    NAME_TOKEN,
    gazetteer_place,
    name_word,
    person_shaped,
)
from reportgen.extract.roles import role_of
from reportgen.extract.rules import rule


def speaker_labels(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """"WALLACE: Governor, ...", "Ana Ruiz: “...”": the label opening a paragraph names who speaks."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    places: set[int] = set()
    labels = 0
    for start, end in layout.paragraphs:
        if ":" not in layout.text[start:min(end, start + 60)]:
            continue  # (no label's colon: most paragraphs)
        span = doc.char_span(start, min(end, start + 60), alignment_mode="contract")
        if span is None:
            continue
        opening = span.start + 1 if span[0].text in ('"', "“") else span.start  # ("“RAMOS: ...")
        colon = next((t.i for t in span[:7] if t.text == ":"), None)
        if colon is None or colon <= opening:
            continue
        tokens = list(doc[opening:colon])
        shouted = all(t.is_upper or not t.is_alpha for t in tokens)  # (and the hyphen inside "ADEBANJO-COLE")
        words = [t for t in tokens if t.text not in (".",) and not (
            shouted and t.text in ("-", "‐") and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
        if opening > span.start and not all(t.is_upper for t in words):
            continue  # ("“Housing: that is the issue,” she said": a quote's own words, no label)
        if not 1 <= len(words) <= 4 or not all(NAME_TOKEN.match(t.text) for t in words):
            continue
        labels += 1
        if any(t.i in taken for t in tokens) or any(t.lower_ in lexicon.LABEL_WORDS for t in words) \
                or (len(words) == 1 and words[0].lower_ in lexicon.TITLE_WORDS
                    and not _written_as_surname(doc, words[0].lower_)):
            continue  # ("HOST:": a part in the transcript, nobody named; "BISHOP:" of Ann Bishop is named)
        label = " ".join(t.text for t in words)
        if gazetteer_place(label) and not _written_as_surname(doc, words[-1].lower_):
            places.add(opening)
        root = doc[opening:colon].root
        found.append(found_mention(doc, layout, opening, colon, "PERSON", root.i, agentive=True,
                                   person_cues=1))
    # a place's name as the only label is a dateline or a headline's place ("BHUBANESWAR: Chief Minister
    # ...", "UKRAINE: Drones hit Kyiv"): the place, no speaker; among a transcript's labels it is a
    # speaker's ("RAMOS:")
    if labels > 1:
        return found
    return [replace(m, label="GPE", agentive=False, person_cues=0) if m.start in places else m for m in found]


def _written_as_surname(doc: Any, word: str) -> bool:
    """The word is written after a title, an honorific or a first name ("Senator Bishop")."""
    return any(t.lower_ == word and t.i > 0 and t.is_title and _names_before(doc[t.i - 1]) for t in doc)


def _names_before(token: Any) -> bool:
    """A title, an honorific or a first name: what the word after it is a surname to."""
    word = token.lower_.rstrip(".")
    return word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or word in lexicon.first_name_genders()


def digest_credits(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
    """"Turnout was low - Harbour Watch: “...”": the name between a dash and a colon before a quote."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for colon in layout.tokens_among(layout.by_text, (":",)):
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
        found.append(found_mention(doc, layout, start, colon.i, "PERSON" if person else "ORG", span.root.i,
                                   agentive=True, person_cues=int(person)))
    return found


def credit_lines(doc: Any, mentions: list[Mention], layout: Layout) -> list[Mention]:
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
                or any(i in taken for i in range(first, stop)) \
                or not person_shaped(span_text(doc, first, stop)) \
                or doc[first].lower_ not in lexicon.first_name_genders():
            continue
        role = role_of(doc, list(doc[first:stop]), [], doc[stop - 1])
        found.append(found_mention(doc, layout, first, stop, "PERSON", stop - 1, agentive=True, person_cues=1,
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
    return (chain_token(token) or tagged_common) and not not_a_name_word(token)


SPEAKER_LABEL = rule(
    "mentions.speaker-label", "A name before a colon that opens a paragraph (“RUIZ:”, “Ana Ruiz:”) is a "
    "person: a transcript's speaker or a reaction's author.",
    examples=[("Interview with the mayor\n\nVELTMAN: We will not sign this deal.\n\nOKAFOR: Why not?",
               {"actor": "VELTMAN", "type": "person"}),
              # a place's name among a transcript's labels is a speaker's
              ("Senate hearing\n\nRAMOS: Secretary Ruiz, did you lie to the families?\n\nRUIZ: No, I did not "
               "lie to anyone.\n\nRAMOS: Thank you, Secretary Ruiz.",
               {"quote": "did you lie to the families", "speaker": "RAMOS"}),
              ("Senate hearing\n\nMODERATOR: Senator Bishop, your question.\n\nBISHOP: Will the agency close "
               "the office?\n\nWARD: We will close it next year.", {"actor": "BISHOP", "type": "person"}),
              # a hyphened surname
              ("Relocation\n\nThe host, Funmilayo Adebanjo-Cole, spoke with the commissioner.\n\n"
               "ADEBANJO-COLE: Why now?\n\nOKAFOR: The simple answer is water.\n\nADEBANJO-COLE: How many "
               "traders?\n\nOKAFOR: About 900 structures have to go.",
               {"actor": "Funmilayo Adebanjo-Cole", "aliases": ["ADEBANJO-COLE"]})],
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
