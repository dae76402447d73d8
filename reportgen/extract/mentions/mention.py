"""The :class:`Mention` record, and the clues a sentence gives about a name that every finder reads:
whether it acts, stands in a place phrase, follows a title, opens a sentence, is capitalised only by
its position, carries a person's cues.
"""


from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import AGENTS, POSSESSIVE_MARKS, SUBJECTS, cited, tree_of
from reportgen.extract.layout import Layout, children_of, layout_of, span_text
from reportgen.extract.names import (
    NAME_TOKEN,
)
from reportgen.extract.nlp import common_noun
from reportgen.extract.roles import address_key, portfolio_word, trade_word
from reportgen.extract.rules import rule


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
    held: bool = False         # what one holds shares in or invests in ("shares in Toyota")
    impersonal: bool = False   # described as a thing or body ("X, which ...", "said in a statement")
    placed: bool = False       # used only as a place: "a yard in X", "In X, where ..."
    addressed: bool = False    # the one urged, warned or accused ("urged Madrid to ...")
    former: bool = False       # a former name ("formerly the Free Syrian Army"): never the actor's name
    rule: str = ""             # the rule that found it


def found_mention(doc: Any, layout: Layout, start: int, end: int, label: str, root: int,
                  text: str | None = None, **features: Any) -> Mention:
    """A mention the finders found themselves, with where it stands read from the layout once (inside a
    quotation, in page furniture, in the headline) rather than set by each finder."""
    first = doc[start].idx
    return Mention(start=start, end=end, text=span_text(doc, start, end) if text is None else text,
                   label=label, root=root, quoted=layout.in_quote(first),
                   furniture=layout.is_furniture(first), headline=first < layout.headline_end, **features)


#: spaCy labels that can name an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "PRODUCT"})


_MONTHS = lexicon.MONTHS | lexicon.WEEKDAYS | lexicon.RELATIVE_DAYS


def date_word(token: Any) -> bool:
    """A month or day word used as a date: not a name the model tagged as a person's ("Jan Brewer",
    "Theresa May", "April Ryan") with no number beside it ("May 5" stays a date)."""
    if token.lower_ not in _MONTHS:
        return False
    if token.ent_type_ != "PERSON":
        return True
    doc = token.doc
    beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    return any(t.like_num for t in beside)



def shared_possessive(doc: Any, mark: int, end: int) -> bool:
    """``doc[mark]`` is the bare apostrophe of a plural kind that "and" joins to a second plural possessive
    before a body's word closing ``doc[:end]`` ("Irish Landlords' and Property Owners' Federation";
    mentions.shared-possessive-body): never "the Greens' and Labour Party plans"."""
    return 0 < mark < end - 3 and doc[mark].text in ("'", "’") and not doc[mark - 1].whitespace_ \
        and doc[mark - 1].is_title and doc[mark - 1].lower_.endswith("s") \
        and doc[mark + 1].lower_ in ("and", "&") and doc[mark + 2].is_title \
        and doc[end - 1].lower_ in lexicon.ORG_WORDS \
        and any(doc[i].text in ("'", "’") for i in range(mark + 2, end))

FIRST_NAME_MISTAGGED = rule(
    "mentions.first-name-mistagged", "A known first name written with a capital inside a sentence, right "
    "before a one-word name, opens that name even when the tagger read it as another word (\"chief "
    "executive Per Malmberg\": \"Per\" read as a preposition) or the model left it out of the entity "
    "(\"prosecution counsel Emeka Nwachukwu-Eze\").",
    examples=[("Orchestra chief executive Per Malmberg said sales rose.",
               {"actor": "Per Malmberg", "type": "person", "role": "Orchestra chief executive"}),
              ("The orchestra said it would tour. Its chief executive, Per Malmberg, said sales rose.",
               {"actor": "Per Malmberg", "type": "person"}),
              ("Border troops\n\nThe army moved north. Per Aksel Rud, a senior fellow at the institute, said "
               "the move was small.",  # opening the sentence, before a name the model has as a person
               {"actor": "Per Aksel Rud", "type": "person"}),
              ("Trial\n\nUnder cross-examination, prosecution counsel Emeka Nwachukwu-Eze put it to Sule "
               "that he had signed a letter.", {"actor": "Emeka Nwachukwu-Eze", "type": "person"})],
    counter=[("The fee is 40 euros per Malmberg resident, the council said.", {"no_actor": "Per Malmberg"}),
             ("Sentencing\n\nThe court heard from the victims. Judge Carr said the fraud was cruel.",
              {"actor": "Carr", "role": "Judge"}),
             ("His Answer Might Anger Most Of Hollywood\n\nThe actor spoke on Monday.",
              {"no_actor": "Of Hollywood"})])


def first_name_mistagged(doc: Any, start: int) -> bool:
    """``FIRST_NAME_MISTAGGED``: the word before a one-word name is a capitalised first name the tagger
    gave another part of speech, and nothing opens a sentence or a title there."""
    if start == 0:
        return False
    prev = doc[start - 1]
    before = doc[start - 2] if start >= 2 else None
    if prev.idx < layout_of(doc).headline_end \
            or (before is not None and before.is_title and before.lower_ not in lexicon.TITLE_WORDS):
        return False  # (Title Case capitals mark no name: "Trump Just Said ...", "Most Of Hollywood")
    untagged_name = prev.pos_ == "PROPN" and not prev.ent_type_ and not form_of_address(prev) \
        and prev.lower_ not in lexicon.TITLE_WORDS  # ("counsel Emeka Nwachukwu-Eze"; never "Judge Carr")
    return (prev.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "DET") or untagged_name) \
        and prev.is_title \
        and prev.lower_ in lexicon.first_name_genders() and bool(prev.whitespace_) \
        and not _opens_sentence(prev) and not date_word(prev) and doc[start].is_title


def first_name_opens_sentence(doc: Any, start: int, end: int) -> bool:
    """"Per Aksel Rud, a fellow, said": a first name the tagger read as a preposition opens the sentence
    right before a person's name, which no possessive follows ("Per Reuters' count" is a preposition)."""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.pos_ == "ADP" and prev.is_title and _opens_sentence(prev) \
        and prev.lower_ in lexicon.first_name_genders() and bool(prev.whitespace_) \
        and not (end < len(doc) and doc[end].text in POSSESSIVE_MARKS) \
        and prev.idx >= layout_of(doc).headline_end


NON_ACTOR_LABELS = frozenset({"", "WORK_OF_ART", "EVENT"})


#: Parts of speech no name is made of ("To believe ..., “...,” he said": not a speaker called "To").
FUNCTION_POS = frozenset({"ADP", "AUX", "PART", "DET", "PRON", "SCONJ", "CCONJ"})


#: The most capitalised words between "and" and the title of a portfolio ("and Civil Protection Minister").
_PORTFOLIO_WORDS = 5


def opens_portfolio(doc: Any, end: int, taken: set[int]) -> bool:
    """The capitalised words ending at ``end`` open the portfolio of an office held by a name found
    (``taken``): "Climate Crisis" + "and Civil Protection Minister Eleni Vardaki". They are no name."""
    if end >= len(doc) or end < 1 or doc[end].lower_ not in ("and", "&") or end + 1 >= len(doc) \
            or doc[end - 1].ent_type_ in ("ORG", "NORP", "PERSON", "GPE") \
            or not portfolio_word(doc[end - 1]) \
            or doc[end + 1].lower_ in lexicon.TITLE_WORDS:
        return False  # (never a body and its officer: "Vantora Holdings and Chief Executive Tom Vale")
    k = end + 1
    while k < len(doc) and k - end <= _PORTFOLIO_WORDS and doc[k].is_title and k not in taken:
        if doc[k].lower_ in lexicon.TITLE_WORDS and k + 1 in taken:
            return True
        k += 1
    return False


def home_in_label(doc: Any, tokens: list[Any]) -> bool:
    """``HOME_IN_LABEL``: "<name>, <age>, [<trade>,] <this>:" opening its line."""
    end = tokens[-1].i + 1
    if end >= len(doc) or doc[end].text != ":":
        return False
    k = tokens[0].i - 1
    if k < 0 or doc[k].text != ",":
        return False
    k -= 1
    while k >= 0 and doc[k].is_lower and (doc[k].pos_ in ("NOUN", "ADJ") or doc[k].tag_ == "VBN") \
            and doc[k].lower_ not in lexicon.FAMILY_NOUNS:
        k -= 1  # past the trade ("retired teacher", "retired dinner lady"; never "his sister")
    if k >= 0 and doc[k].text == "," and k + 1 < tokens[0].i - 1:
        k -= 1
    if k < 2 or not doc[k].like_num or doc[k - 1].text != ",":
        return False
    return doc[k - 2].ent_type_ == "PERSON" or doc[k - 2].pos_ == "PROPN"


def form_of_address(token: Any) -> bool:
    """ "Cllr", "Dr", "Sgt", "Councillor": a title used before a name, spelled out or abbreviated."""
    return address_key(token.text) or token.lower_.strip(".") in lexicon.HONORIFICS


def postnominal(token: Any) -> bool:
    """Letters written after a person's name ("SC", "MP", "IAS"; people.yaml postnominals)."""
    return token.is_upper and token.lower_.strip(".") in lexicon.POSTNOMINALS


def not_a_name_word(token: Any) -> bool:
    word = token.lower_
    return word in lexicon.TITLE_WORDS or word in lexicon.HONORIFICS or word in lexicon.DEMONYMS


def chain_token(token: Any) -> bool:
    return token.pos_ == "PROPN" and bool(NAME_TOKEN.match(token.text)) and not date_word(token) \
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY")


def joins_name(token: Any) -> bool:
    """A lower-case word inside a name ("of" in "Department of Justice"): what follows it is the name's."""
    return token.is_lower and token.lower_ in lexicon.NAME_JOINERS


KIND_BEFORE_NAME = rule(
    "mentions.kind-before-name", "A company or occupation noun capitalised only because it opens the "
    "sentence or a headline (“Drugmaker Tellis Pharma recalls ...”, “Pharmacist Niamh Byrne said”; a "
    "science or trade by its ending, “Hydrologist”, when a common noun) says what the name is; it is no "
    "part of it.",
    examples=[("Drugmaker Tellis Pharma recalls 500,000 packs\n\nTellis Pharma said on Monday it would "
               "recall the packs.", {"actor": "Tellis Pharma", "type": "organization"}),
              ("Pharmacist Niamh Byrne said the shelves were empty.",
               {"actor": "Niamh Byrne", "type": "person", "role": "Pharmacist"}),
              ("Pollster Daron Shaw said the race was close.", {"actor": "Daron Shaw", "type": "person"}),
              ("Hydrologist Tomás Iturra Lagos, who has studied the basin for 15 years, said the water table "
               "had dropped.", {"actor": "Tomás Iturra Lagos", "type": "person"})],
    counter=[("Bank Leumi said its profit rose.", {"actor": "Bank Leumi"}),
             ("Business Insider said its traffic rose.", {"actor": "Business Insider"})])


def kind_before_name(token: Any) -> bool:
    """``KIND_BEFORE_NAME``: a describing noun that opens its sentence, capitalised only there."""
    word = token.lower_
    company = word in lexicon.COMPANY_NOUNS and word not in lexicon.ORG_WORDS
    person = word in lexicon.OCCUPATION_NOUNS \
        or (word in lexicon.COMMENTATOR_WORDS and word not in lexicon.TITLE_WORDS) \
        or trade_word(token)  # ("Hydrologist")
    return (company or person) and token.is_title and _opens_sentence(token) \
        and token.text not in _capitalised_mid_sentence(token.doc)


def stands_alone(doc: Any, tokens: list[Any]) -> bool:
    """The name after the describing noun is a name of its own: a first name opens it, or the text
    writes it elsewhere without the noun ("Tellis Pharma said"; never "Business Insider")."""
    rest = tokens[1]
    if rest.lower_ in lexicon.first_name_genders() and tokens[0].lower_ not in lexicon.COMPANY_NOUNS:
        return True  # (a firm may bear a first name: "Startup Grace" is no Grace Okonkwo)
    text = layout_of(doc).text
    alone = re.compile(rf"(?<![\w-]){re.escape(doc[rest.i:tokens[-1].i + 1].text)}(?![\w-]| [A-Z])")
    return len(alone.findall(text)) > text.count(doc[tokens[0].i:tokens[-1].i + 1].text)


def addressed(root: Any) -> bool:
    """ "urged Madrid to ...", "talks between Santiago and Madrid": a name dealt with as a government."""
    root = tree_of(root.doc).first_conjunct(root)
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in lexicon.ADDRESS_VERBS
    return root.dep_ == "pobj" and root.head.lower_ == "between"


def speaks_for(root: Any) -> bool:
    """ "A State Department spokesperson said", "White House spokesperson Ann Roe": the body a
    spokesperson speaks for is an actor."""
    return root.dep_ == "compound" and root.head.lower_ in lexicon.SPOKES_NOUNS


def person_cues(doc: Any, root: Any, end: int) -> int:
    """Signs in the sentence that a name is a person's: an age ("X, 21,"), a reporting verb."""
    cues = 0
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        cues += 1
    if root.dep_ in SUBJECTS and root.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        cues += 1
    return cues


def locative(root: Any) -> bool:
    """After "in", "at", "near" ... ("in Nairobi and Lusaka": both), or visited; never a person the
    parser joined to the place ("near Morrinsville, Hemi Tautahi milks ...")."""
    if person_joined_to_place(root):
        return False
    root = tree_of(root.doc).first_conjunct(root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in lexicon.LOCATIVE_PREPOSITIONS:
        owner = root.i + 1 < len(root.doc) and root.doc[root.i + 1].text in POSSESSIVE_MARKS
        # ("shares in Toyota", "invested in Hitachi": no place said; "in Dell's buyout": an owner)
        return not _holding(root) and not owner
    return root.dep_ == "dobj" and head.lemma_.lower() in lexicon.VISITING_VERBS


def _holding(root: Any, nouns_only: bool = False) -> bool:
    """What something is held or invested in ("shares in Toyota", "hold shares in Toyota", "invested in
    Hitachi"); ``nouns_only``: held as shares or a stake, never just invested in (a town may be)."""
    root = tree_of(root.doc).first_conjunct(root)
    if root.dep_ != "pobj" or root.head.lower_ not in lexicon.LOCATIVE_PREPOSITIONS:
        return False
    holder = root.head.head
    return any(t.lemma_.lower() in lexicon.HOLDING_WORDS and (t.pos_ == "NOUN" or not nouns_only)
               for t in (holder, *(c for c in children_of(holder) if c.dep_ == "dobj")))


def held(root: Any) -> bool:
    """What one holds shares or a stake in ("shares in Toyota", "a 5% stake in Hitachi"): a firm."""
    return _holding(root, nouns_only=True)


def person_joined_to_place(root: Any) -> bool:
    """A person the parser made a conjunct of the place before, after a comma and right before a verb
    ("near Morrinsville, Hemi Tautahi milks 460 cows"): the verb's subject, in no place ("in Manchester
    and Londonderry" stays two places)."""
    doc = root.doc
    first = tree_of(doc).first_conjunct(root)
    return first is not root and root.ent_type_ == "PERSON" and first.ent_type_ in ("GPE", "LOC", "FAC") \
        and root.left_edge.i > 0 and doc[root.left_edge.i - 1].text == "," and root.i + 1 < len(doc) \
        and doc[root.i + 1].pos_ == "VERB"


def placed(root: Any) -> bool:
    """ "In Carvale, where ...", "a depot in Carvale", "X, where ...", "the town of Carvale": the name is
    where something is (never what a stake is held in: "a 5% stake in Hitachi")."""
    if held(root):
        return False
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in children_of(c)) for c in children_of(root)):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.is_lower \
            and head.head.lower_ in lexicon.SETTLEMENT_NOUNS:
        return True  # "the coastal resort of Agia Anna", "the village of Ana"
    if root.dep_ != "pobj" or head.lower_ not in lexicon.PLACING_PREPOSITIONS:
        return False
    return head.head.pos_ in ("NOUN", "PROPN") or bool(head.is_sent_start)


def titled_before(doc: Any, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in lexicon.TITLE_WORDS and doc[start - 1].pos_ != "VERB"


def agentive(root: Any) -> bool:
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
               "aftershock could strike in the coming days.", {"no_actor": "Seismologists"}),
              # a crosshead's noun
              ("Bushfire deal agreed\n\nThe government will fund a recovery package, Minister Kirsty Fennell "
               "said.\n\nInquiry to report in March\n\nAn inquiry led by Ruth Allan will examine the "
               "response.\n\nUndercounting feared\n\nHealth officials said the number of cases was higher.",
               {"no_actor": "Inquiry"}),
              ("Bushfire deal agreed\n\nThe government will fund a recovery package, Minister Kirsty Fennell "
               "said.\n\nUndercounting feared\n\nHealth officials said the number of cases was higher.",
               {"no_actor": "Undercounting"})],
    counter=[("Cook said the plan would fail.", {"actor": "Cook"}),
             ("GLASGOW (Reuters) — Rangers said on Friday they had sacked their manager.",
              {"actor": "Rangers"}),
             ("Jim Banks chairs the panel. He spoke first. Banks said the plan would fail.",
              {"actor": "Jim Banks", "aliases": ["Banks"]}),
             ("Congress passed the bill on Friday.", {"actor": "Congress"})])


def capitalised_by_position(token: Any) -> bool:
    """A common noun opening its sentence (or a quotation that opens it), nowhere else in capitals
    (``SENTENCE_INITIAL_NOUN``): tagged a singular noun, or one the model knows as a common noun that it
    tagged a person's name ("Turnout") or a plural ("Households")."""
    if not _opens_sentence(token) or not token.is_title:
        return False  # (most words: the tests below need not be made)
    doc = token.doc
    word = token.lower_
    plural = common_plural(doc, word) and word[:-1] not in lexicon.AFFILIATION_WORDS \
        and word[:-1] not in lexicon.DEMONYMS
    people = plural and (word[:-1] in lexicon.OCCUPATION_NOUNS or word[:-1] in lexicon.PERSON_HEADS
                         or word[:-1] in lexicon.TITLE_WORDS or word[:-1].endswith(("ist", "ian"))
                         or word[:-1] in lexicon.TRADE_NOUNS)
    # ("Engineers warned", "Seismologists warned", "Shippers warned", not "Rangers said")
    # a crosshead's noun, whatever its verb: "Inquiry to report in March", "Undercounting feared"
    heading = crosshead(token) and not token.ent_type_ and (common_noun(doc, word) or word.endswith("ing"))
    common = token.tag_ == "NN" \
        or (token.tag_ == "NNP" and token.ent_type_ == "PERSON" and common_noun(doc, word)) \
        or (token.tag_ in ("NNS", "NNPS") and plural) \
        or (token.tag_ == "NNP" and not token.ent_type_ and plural) \
        or (token.tag_ in ("NNP", "NNPS") and people) or heading
    # ("“Farmers should plan ...”: tagged a body)
    if not common or word in lexicon.first_name_genders() or word in lexicon.AFFILIATION_WORDS \
            or word in lexicon.ORG_SHORT_FORMS or word in lexicon.GROUPS \
            or (token.head.lemma_.lower() in lexicon.REPORTING_VERBS and token.dep_ == "nsubj"
                and not people and not heading):  # (one that speaks: "Cook said"; never "Jokes are told")
        return False
    return token.text not in _capitalised_mid_sentence(token.doc)


def crosshead(token: Any) -> bool:
    """The token opens a crosshead (``Layout.crossheads``: "Inquiry to report in March")."""
    return token.idx in layout_of(token.doc).crossheads


def common_plural(doc: Any, word: str) -> bool:
    """``word`` is the plural of a common noun the model knows ("engineers"), or of a compound of two
    ("floodwaters")."""
    if not word.endswith("s") or len(word) < 4:
        return False
    single = word[:-1]
    if word.endswith("ies") and common_noun(doc, word[:-3] + "y"):
        return True  # "utilities", "authorities"
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


def glued_hyphen(token: Any) -> bool:
    """A hyphen written with no space on either side ("Coulibaly-Dembélé", "France-Presse")."""
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_


def ends_like_a_body(tokens: list[Any]) -> bool:
    """Two words or more, the last a capitalised body or trade word ("... Link Terminals")."""
    last = tokens[-1]
    return len(tokens) >= 2 and last.is_title \
        and (last.lower_ in lexicon.ORG_WORDS or last.lower_ in lexicon.INDUSTRY_WORDS)
