"""Roles as the article states them: a title before a name, a description set after it, a
party tag, an office in a relative clause.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS, SUBJECTS, possessive_apostrophe
from reportgen.extract.layout import children_of, layout_of, span_text
from reportgen.extract.names import initials_fit, known_place, known_place_or_city, name_key, person_shaped
from reportgen.extract.nlp import common_noun
from reportgen.extract.rules import fire, fire_span, rule

_MAX_ROLE_TOKENS = 25

AFFILIATION = rule(
    "mentions.affiliation", "“of” and a body set after a person's name (“Rhiannon Pugh, of the charity "
    "Patients' Voice, said”) states whose they are: their role (a place after “of” is a home: "
    "``HOME_AFTER_NAME``).",
    examples=[("Rhiannon Pugh, of the charity Patients' Voice, said the report was a wake-up call.",
               {"actor": "Rhiannon Pugh", "role": "of the charity Patients' Voice"}),
              ("\"This is a cost story,\" said Karen Yoshida of Halvorsen & Pike, who rates the stock.",
               {"actor": "Karen Yoshida", "role": "of Halvorsen & Pike"})],
    counter=[("Marcus Oyelaran of Holloway Park said two cars were broken into.",
              {"actor": "Marcus Oyelaran", "role": None})])

HOME_AFTER_NAME = rule(
    "mentions.home-after-name", "Where a person lives, set off by commas after the name with “from” or “of” "
    "(people.yaml home_prepositions), or a place alone after an age (“Noreen Fitzgerald, 71, from "
    "Castleisland, said”, “Earl Whitcomb, of Cedar Ridge, said”, “Graham Tait, 74, Mosgiel:”), is how a "
    "reaction list describes them: their role, with the age, and with a description set after it; in a "
    "reaction's label also after a trade (“Pieter van Wyk, 67, retired, Benoni:”). Never a place alone "
    "without an age (“Ana Ruiz, Tucson”), nor a body (“of the Harbour Party”: an affiliation).",
    examples=[("Rates\n\nNoreen Fitzgerald, 71, from Castleisland, said her husband waited 31 hours.",
               {"actor": "Noreen Fitzgerald", "role": "71, from Castleisland"}),
              ("Rates\n\nGraham Tait, 74, Mosgiel: \"I'm on the pension and my rates keep rising.\"",
               {"actor": "Graham Tait", "role": "74, Mosgiel"}),
              ("Lanes\n\nResidents were divided.\n\n'I've cycled this road for 20 years. About time.' — Tom "
               "Arkwright, 52, Nether Edge\n\n'It will kill the shops.' — Ann Hale, 38, Sharrow Vale",
               {"actor": "Tom Arkwright", "role": "52, Nether Edge"}),
              ("Crime\n\nEarl Whitcomb, of Cedar Ridge, said: \"I have lived here 51 years.\"",
               {"actor": "Earl Whitcomb", "role": "of Cedar Ridge"}),
              ("Dating\n\nRobyn Gedrich, 23, of Brick, N.J., had other ideas.",
               {"actor": "Robyn Gedrich", "role": "23, of Brick, N.J."}),
              ("Fires\n\nRyan Pocock, 26, of Stanford-le-Hope, a delivery driver, said he borrowed £3,800.",
               {"actor": "Ryan Pocock", "role": "26, of Stanford-le-Hope; delivery driver"}),
              ("Power cuts\n\nPieter van Wyk, 67, retired, Benoni: \"We have had the inverter for years.\"",
               {"actor": "Pieter van Wyk", "role": "67, retired, Benoni"}),
              ("Libraries\n\nLibraries in Crossfield and Mill End will shut.\n\nEllie Brennan, 19, student, "
               "Mill End: 'Honestly, I get why they've done it.'",
               {"actor": "Ellie Brennan", "role": "19, student, Mill End"})],
    counter=[("Rates\n\nGraham Tait, Mosgiel's mayor, said rates would rise.",
              {"actor": "Graham Tait", "role": "Mosgiel's mayor"}),
             ("Board\n\nMark Jones, 52, from January, will chair the board.",
              {"actor": "Mark Jones", "role": None}),
             ("Rates\n\nTariq Obi, 34, a welder, said rates would rise.",
              {"actor": "Tariq Obi", "role": "welder"}),
             ("Rates\n\nRhiannon Pugh, 52, of the charity Patients' Voice, said rates would rise.",
              {"actor": "Rhiannon Pugh", "role": "of the charity Patients' Voice"})])


COUNSEL_FOR = rule(
    "mentions.counsel-for", "“for” and a body or a side in court set after a person's name (“Rupert Haldane "
    "KC, for Wessex Vale, said”, “Ana Ruiz, for the prosecution,”; people.yaml counsel_sides) says whom they "
    "speak for: their role. Never an aside (“for his part”, “for example”).",
    examples=[("Pollution\n\nRupert Haldane KC, for Wessex Vale Water, said the company regretted the harm.",
               {"actor": "Rupert Haldane", "role": "KC, for Wessex Vale Water"}),
              ("Trial\n\nAna Ruiz, for the prosecution, told the jury the knife was never found.",
               {"actor": "Ana Ruiz", "role": "for the prosecution"})],
    counter=[("Trial\n\nTom Vale, for his part, said the jury was right.",
              {"actor": "Tom Vale", "role": None}),
             ("Trial\n\nAna Ruiz, for her family, said the verdict was fair.",
              {"actor": "Ana Ruiz", "role": None}),
             ("Trial\n\nTom Vale, for example, said the jury was right.",
              {"actor": "Tom Vale", "role": None})])


def _a_body(words: Any) -> bool:
    """Words that name a body: an organisation's name, or a body's kind ("the charity X")."""
    return not _clause(words) and any(t.ent_type_ == "ORG" or t.lower_ in lexicon.ORG_WORDS
                                      or t.lower_ in lexicon.COMPANY_NOUNS or t.lower_ in lexicon.BODY_HEADS
                                      for t in words) \
        and not any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in ("that", "which", "who")
                    for t in words) \
        and words[-1].lower_ not in lexicon.WAY_NOUNS and words[-1].lower_ not in lexicon.FACILITY_WORDS \
        and not known_place_or_city(re.sub(r"^(the|a|an)\s+", "", words.text, flags=re.IGNORECASE))


COORDINATED_ROLE = rule(
    "mentions.coordinated-role", "A description set after a name goes on over a second one joined by “, "
    "and a/an” (“David Kahn - a former Yale historian, and a leading expert on code-breaking, who ...”).",
    examples=[("Maya Okoro - a former Yale historian, and a leading expert on ciphers, who has read the "
               "files - backed the claim.",
               {"actor": "Maya Okoro", "role": "former Yale historian, and a leading expert on ciphers"})],
    counter=[("Maya Okoro, a historian, and Tom Vale, a lawyer, backed the claim.",
              {"actor": "Maya Okoro", "role": "historian"})])


NOUN_BEFORE_NAME = rule(
    "mentions.noun-before-name", "A title, occupation, kinship or body noun set right before a name "
    "(“the public broadcaster Kanal Nord”, “his lawyer Ivan Petrov”) is its role; a body noun makes the name "
    "an organisation. Never the writer's own relation (“my friend”), a relative clause's (“whose son”) or a "
    "plain “the woman”.",
    examples=[("Henrik Vatne told the public broadcaster Kanal Nord that he would stay.",
               {"actor": "Kanal Nord", "type": "organization", "role": "public broadcaster"}),
              # a trade no list names, by its ending (people.yaml trade_endings)
              ("Station\n\nThe Norwegian oceanographer Henrik Aasland stepped down in December.",
               {"actor": "Henrik Aasland", "role": "Norwegian oceanographer"})],
    counter=[("The woman Ana Ruiz, 34, was found alive on Monday.", {"actor": "Ana Ruiz", "role": None}),
             ("I spoke to my friend Tom Vale on Monday.", {"actor": "Tom Vale", "role": None})])


def _office_of(doc: Any, i: int, first: int, root: Any) -> bool:
    """The "of" of a capitalised title before a person's name ("Secretary of State Jane Roe", "Archbishop
    of Canterbury Rowan Williams", "Chancellor of the Exchequer ..."): never the "of" right before the
    name or its "the" ("the head of [Acme]", "president of the [United States]"), nor a lower-case
    relation ("brother of Hollywood legend ...")."""
    if doc[i].lower_ != "of" or i < 1 or root.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
        return False
    title = doc[i - 1]
    between = [t for t in doc[i + 1:first] if t.lower_ != "the"]
    return title.is_title and title.lower_ in lexicon.TITLE_WORDS and 0 < len(between) <= 3 \
        and all(t.is_title for t in between)


LONG_OFFICE = rule(
    "mentions.long-office", "A capitalised office of several words joined by “of”, “for”, “and”, “the” "
    "or a bracket, set right before a name (“Minister of State for Petroleum Resources (Oil) Ada Obi”, "
    "“US Secretary of Health and Human Services Jane Roe”), is the whole role, from its first title word "
    "or the place before it.",
    examples=[("Unit to guard pipeline\n\nMinister of State for Petroleum Resources (Oil) Ada Obi said a "
               "unit would guard the line.",
               {"actor": "Ada Obi", "role": "Minister of State for Petroleum Resources (Oil)"}),
              ("Rule change\n\nUS Secretary of Health and Human Services Jane Roe said the rule would "
               "change.", {"actor": "Jane Roe", "role": "US Secretary of Health and Human Services"}),
              ("Fleet ready\n\nCommander of the Northern Fleet Vice Admiral Tomas Berg said the ships were "
               "ready.", {"actor": "Tomas Berg", "role": "Commander of the Northern Fleet Vice Admiral"}),
              ("Homes plan\n\nCabinet Member for Housing and Regeneration Cllr Meera Lal said the council "
               "had no choice.",
               {"actor": "Meera Lal", "role": "Cabinet Member for Housing and Regeneration"}),
              ("Solar tender\n\nSpeaking at the ceremony, Minister for Power, Energy and Mineral Resources "
               "Md Shahriar Kabir Chowdhury described the outcome as a turning point.",
               {"actor": "Md Shahriar Kabir Chowdhury",
                "role": "Minister for Power, Energy and Mineral Resources"})],
    counter=[("Rule change\n\nCritics of Secretary of State Jane Roe said the rule would change.",
              {"actor": "Jane Roe", "role": "Secretary of State"}),
             ("Rule change\n\nOn Friday Secretary Jane Roe said the rule would change.",
              {"actor": "Jane Roe", "role": "Secretary"})])


OCCUPATION_OVER_DESCRIPTION = rule(
    "mentions.occupation-over-description", "An occupation written right before a name (“Another victim, "
    "retired schoolteacher Peter Vukovic,”) is the role, not the description with no office in it that the "
    "name is set after.",
    examples=[("Fraud\n\nAnother victim, retired schoolteacher Tom Vale, said he had lost his savings.",
               {"actor": "Tom Vale", "role": "schoolteacher"})],
    counter=[("Fraud\n\nThe council's lead member for transport, Councillor Jo Reyes, said the road would "
              "close.", {"actor": "Jo Reyes", "role": "council's lead member for transport"})])


def _long_office_start(doc: Any, left: int, first: int) -> int:
    """Where a capitalised office the title walk stopped inside (at "of", "for", "and", "the", a bracket
    or a capitalised word: "Cabinet Member for Planning and Regeneration Cllr Priya Chauhan") begins:
    its first title word, with a place or adjective before it ("US Secretary of ...")."""
    before = doc[left - 1] if left >= 1 else None
    if before is None or not ((left < first and (before.lower_ in lexicon.NAME_JOINERS or before.is_title))
                              or (left == first and before.is_title and before.pos_ == "PROPN")
                              or before.text == ")"):
        return left  # (a name right after "of" is the office's body: "Commander of the [Northern Fleet]")
    if before.lower_ in ("for", "and", "of") and any(
            t.lower_ in lexicon.TITLE_WORDS and not address_key(t.text) for t in doc[left:first]):
        return left  # "Spokesman for [Prime Minister] Ana Roe", "Mayor of London and [Health Secretary] X"
    i, depth = left - 1, 0
    run = left
    while i >= 0 and "\n" not in doc[i].whitespace_:  # (the parser may end a sentence at the bracket)
        token = doc[i]
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            if depth == 0:
                break
            depth -= 1
        elif token.text == "," and 0 < i < first - 1 and doc[i - 1].is_title and doc[i + 1].is_title \
                and doc[i - 1].lower_ not in lexicon.TITLE_WORDS:
            pass  # "Minister for Power, Energy and Mineral Resources Md ...": a list inside the office
        elif token.ent_type_ == "PERSON" or not (token.is_title or (token.is_upper and token.is_alpha)
                                                  or token.lower_ in lexicon.NAME_JOINERS):
            break
        run = i
        i -= 1
    if depth:
        return left
    office = [j for j in range(run, left) if doc[j].is_title and doc[j].lower_ in lexicon.TITLE_WORDS]
    if not office:
        return left
    start = office[0]
    while start > run and doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].ent_type_ not in ("DATE", "TIME", "PERSON") \
            and doc[start - 1].lower_ not in lexicon.NAME_JOINERS:
        start -= 1  # "US Secretary of ...", "Special Envoy of ..."
    if start < left:
        fire(doc, LONG_OFFICE, doc[start].idx, doc[first].idx)
    return start


TITLE_RUN = rule(
    "mentions.title-run", "The words written before a title that is right before a name (a body, place, "
    "party or field: “INPE director Ana Leal”, “NSW Rural Fire Service (RFS) Commissioner Brett Hale”, "
    "“Scottish Conservative transport spokesman Ian Roe”) belong to the role, whatever the parser made of "
    "them; a determiner, a verb, a date, a possessive or a comma ends them.",
    examples=[("Satellite data\n\nINPE director Rogerio Antunes Lemos said the agency would use the new "
               "satellite.", {"actor": "Rogerio Antunes Lemos", "role": "INPE director"}),
              ("Fire\n\nNSW Rural Fire Service (RFS) Commissioner Brett Hale said the fire was contained.",
               {"actor": "Brett Hale", "role": "NSW Rural Fire Service (RFS) Commissioner"}),
              ("Mine\n\nMineral Resources and Safety Minister Boitumelo Maseko has said the findings will be "
               "published.", {"actor": "Boitumelo Maseko", "role": "Mineral Resources and Safety Minister"}),
              ("Fire\n\nClimate Crisis and Civil Protection Minister Eleni Vardaki, who flew to the island "
               "on Tuesday, said the state would pay.",
               {"actor": "Eleni Vardaki", "role": "Climate Crisis and Civil Protection Minister"}),
              ("Factory plan\n\n“We chose Sines,” Corran co-founder and chief executive Ingrid Sahlberg said "
               "in an interview.",
               {"actor": "Ingrid Sahlberg", "role": "Corran co-founder and chief executive"})],
    counter=[("Fire\n\nPolice said on Friday that Commissioner Brett Hale would retire.",
              {"actor": "Brett Hale", "role": "Commissioner"}),
             ("Fire\n\nEXCLUSIVE Health Minister Ana Ruiz said the hospital would close.",
              {"actor": "Ana Ruiz", "role": "Health Minister"}),
             ("Race\n\nMarco Rubio and Ohio Gov. John Kasich spoke on Monday.",
              {"actor": "John Kasich", "role": "Ohio Gov."})])

#: Parts of speech that end a title run when capitalised at a sentence's start ("But spokesman X").
_RUN_STOPS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "ADV", "AUX", "VERB", "PART", "INTJ", "NUM"})


def portfolio_word(token: Any) -> bool:
    """A word of a portfolio's name ("Resources", "Safety"): a common noun, no title, no person, place or
    body's name ("Goodlatte and Benghazi Committee Chairman" is two people)."""
    return token.lower_.rstrip(".") not in lexicon.TITLE_WORDS and token.lower_.rstrip(".") not in \
        lexicon.TITLE_ABBREVIATIONS and token.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP") \
        and not known_place(token.text) \
        and any(common_noun(token.doc, w) for w in (token.lower_, token.lower_[:-1]))  # ("Resources")


def _portfolio_after(doc: Any, k: int, first: int) -> bool:
    """A portfolio word at ``k``, or a capitalised word qualifying one before the name at ``first`` ("Civil"
    of "Climate Crisis and Civil Protection Minister Eleni Vardaki")."""
    token = doc[k]
    return portfolio_word(token) or (
        k + 1 < first and doc[k + 1].is_title and portfolio_word(doc[k + 1]) and token.is_alpha
        and token.lower_ not in lexicon.TITLE_WORDS and token.lower_ not in lexicon.RANK_MODIFIERS
        and doc[k - 2].ent_type_ not in ("ORG", "NORP")
        and token.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP") and not known_place(token.text))


def _title_run_start(doc: Any, left: int, first: int) -> int:
    """``TITLE_RUN``: where the words before the title ``doc[left:first]`` (or the title word right
    before the name) begin."""
    title = left
    if left == first:
        if first == 0 or doc[first - 1].lower_ not in lexicon.TITLE_WORDS \
                or doc[first - 1].ent_type_ in ("PERSON", "DATE", "TIME"):
            return left
        title = first - 1
    start, k = title, title - 1
    shouting = doc[title].is_upper and doc[first].is_upper  # an all-caps line: capitals mark nothing
    while k >= 0 and "\n" not in doc[k].whitespace_:
        token = doc[k]
        acronym = token.is_upper and token.is_alpha and len(token) >= 2 and not shouting \
            and token.ent_type_ != "PERSON" and token.lower_ not in lexicon.LABEL_WORDS  # (not "EXCLUSIVE")
        if token.text == ")" and k >= 2 and doc[k - 2].text == "(" and doc[k - 1].is_upper:
            k -= 3  # "(RFS)": an acronym in brackets
        elif token.lower_ == "and" and k >= 1 and doc[k - 1].lower_ in lexicon.TITLE_WORDS:
            k -= 2  # "president and chief executive", "co-founder and chief executive": both titles
        elif token.text in ("-", "–") and k >= 1 and not token.whitespace_ and not doc[k - 1].whitespace_ \
                and doc[k - 1].is_alpha and k + 1 < first and doc[k + 1].lower_ in lexicon.TITLE_WORDS:
            k -= 2  # "co-founder": a hyphened title is one word
        elif token.lower_ in ("and", "&") and k >= 1 and k + 1 < first and doc[k - 1].is_title \
                and doc[k + 1].is_title and portfolio_word(doc[k - 1]) \
                and _portfolio_after(doc, k + 1, first):
            k -= 1  # "Mineral Resources and Safety Minister": a portfolio of two (never "Trump and Texas
            # Sen. Ted Cruz", "Congress and President X": two people, a body and a title)
        elif token.ent_type_ in ("DATE", "TIME", "PERSON") or token.lower_ in lexicon.HONORIFICS \
                or token.lower_ in lexicon.NAME_JOINERS or token.lower_ in lexicon.LABEL_WORDS \
                or (token.is_punct and not acronym):
            break
        elif acronym:
            k -= 1  # "INPE", "NSW", whatever the tagger made of them
        elif token.pos_ in _RUN_STOPS:
            break
        elif token.is_title or (token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.head.i > k):
            k -= 1
        else:
            break
        start = k + 1
    while start < title and doc[start].lower_ in ("and", "&"):
        start += 1  # (a run that stopped right after "and": "Johnson and Johnson spokesman")
    if start == title:
        return left  # nothing before the title: as the walk had it
    fire(doc, TITLE_RUN, doc[start].idx, doc[first].idx)
    return start


#: A size written before a body's name: "40-member", "22,400-seat", "12-strong".
_SIZE = re.compile(r"[\d,.]+[-–]\w+")


def role_of(doc: Any, tokens: list[Any], titles: list[Any], root: Any) -> str | None:
    """The role the article states beside the name, and what the person leads when the name is the
    agent of a body's "chaired by" (``LED_BODY``): "retired judge; chaired the inquiry"."""
    stated = _stated_role(doc, tokens, titles, root)
    shared = _shared_plural_title(doc, root)
    if shared and (stated is None or name_key(stated) == name_key(shared[0])):
        stated = shared[1]  # "Senators John Smith and Jane Roe": each is a "Senator"
    elif stated and _listed_name(root):
        stated = _singular_role(stated)  # "Richard Alba and Nancy Foner, sociologists at ...": each one's
    deed = _led_body_deed(doc, root)
    if deed is None or (stated and (name_key(deed) in name_key(stated) or ";" in stated)):
        return stated  # (a role of two parts already says enough)
    return f"{stated}; {deed}" if stated else deed


LED_BODY = rule(
    "mentions.led-body", "A name as the agent of “chaired by”, “presided over by”, “led by” set after a "
    "body or proceeding named by a common noun (“The inquiry, chaired by retired judge Ana Ruiz,”; "
    "people.yaml agent_deeds, led_bodies) says what the person leads: “chaired the inquiry”, after any "
    "role stated beside the name. Never an event (“The march, led by ...”).",
    examples=[("Ferries\n\nThe inquiry, chaired by retired judge Morag Fyfe, was set up in 2025. Ms Fyfe "
               "said it would report in spring.",
               {"actor": "Morag Fyfe", "role": "retired judge; chaired the inquiry"}),
              ("Appeal\n\nThe three-member panel, presided over by Justice Kofi Mensah, allowed the appeal.",
               {"actor": "Kofi Mensah", "role": "Justice; presided over the three-member panel"}),
              ("Talks\n\nThe delegation, led by Tomas Halvorsen, arrived on Monday. Halvorsen said talks "
               "would be hard.", {"actor": "Tomas Halvorsen", "role": "led the delegation"})],
    counter=[("Protest\n\nThe march, led by Maria Santos, ended at the harbour. Santos said it was peaceful.",
              {"actor": "Maria Santos", "role": None}),
             ("Vaccine\n\nThe trial, run by the Halden Institute for Child Health, enrolled 300 children.",
              {"actor": "Halden Institute for Child Health", "role": None}),
             ("Talks\n\nThe delegation was welcomed by Tomas Halvorsen on Monday. Halvorsen said talks "
              "would be hard.", {"actor": "Tomas Halvorsen", "role": None})])

#: Most words of a name (the letters after it may head it in the parse).
_MAX_NAME_WORDS = 4
#: Most words of the body's phrase a ``LED_BODY`` role repeats ("the inquiry into the ferry contracts").
_MAX_LED_BODY_WORDS = 8


def _led_body_deed(doc: Any, root: Any) -> str | None:
    """``LED_BODY``: "chaired the inquiry" when ``root`` is the agent of a body's "chaired by"."""
    if root.dep_ != "pobj" or root.head.dep_ != "agent" or root.ent_type_ not in ("PERSON", ""):
        return None  # (a body's is no role: "The trial, run by the Top End Institute")
    verb = root.head.head
    deed = lexicon.AGENT_DEEDS.get(verb.lemma_.lower())
    body = verb.head
    if deed is None or verb.dep_ != "acl" or body.pos_ != "NOUN" or body.i > verb.i \
            or any(c.dep_ == "xcomp" for c in verb.children) \
            or not (body.lower_ in lexicon.LED_BODIES or body.lower_ in lexicon.ORG_WORDS):
        return None
    start, stop = body.left_edge.i, verb.i
    while stop > body.i + 1 and doc[stop - 1].is_punct:
        stop -= 1
    if stop - start > _MAX_LED_BODY_WORDS \
            or any(t.is_punct and t.text not in ("-", "–") for t in doc[start:stop]):
        return None
    fire(doc, LED_BODY, doc[start].idx, root.idx + len(root.text))
    phrase = span_text(doc, start, stop)
    return f"{deed} {phrase[:1].lower()}{phrase[1:]}" if doc[start].lower_ in ("the", "a", "an") \
        else f"{deed} {phrase}"


def name_opening(at: Any, first: int) -> int:
    """Where the words of a name starting at ``first`` start with the honorifics before it ("Mr Olumide
    Fashola", "Dr. Ada Obi", its full stop cut off or not); ``at`` is the Doc's tokens by index."""
    k = first
    while k > 0 and ((at[k - 1].lower_.rstrip(".") in lexicon.HONORIFICS and at[k - 1].text[:1].isupper())
                     or (at[k - 1].text == "." and k > 1 and not at[k - 2].whitespace_
                         and at[k - 2].lower_ in lexicon.HONORIFICS)):
        k -= 1
    return k


def _overlapped(before: str, after: str) -> str | None:
    """``before`` run on by ``after`` when the end of one is the start of the other (two words at
    least), else None."""
    words, rest = before.split(), after.split()
    bare, opening = [w.rstrip(",;") for w in words], [w.rstrip(",;") for w in rest]
    for k in range(min(len(words), len(rest) - 1), 1, -1):
        if bare[-k:] == opening[:k]:
            return " ".join(words[:-k] + rest)
    return None


def _stated_role(doc: Any, tokens: list[Any], titles: list[Any], root: Any) -> str | None:
    """The title before the name, else the appositive after it, as the article states it."""
    at = layout_of(doc).tokens  # the Doc's tokens by index, made once (``doc[i]`` makes a new one)
    first = tokens[0].i
    left = first
    edge = root.left_edge.i
    if len(tokens) > 1 and tokens[0].head.i == first - 1 and at[first - 1].pos_ == "NOUN":
        edge = min(edge, at[first - 1].left_edge.i)  # a first name misparsed ("executive [Per] Malmberg")
    # Title words left of the entity that modify the name ("Deputy Foreign Minister Olga Varna").
    while left - 1 >= 0 and (left > edge or _split_title(doc, left - 1) or _cut_title(doc, left - 1)
                             or _office_of(doc, left - 1, first, root)):
        prev = at[left - 1]
        # "Lt. Gen. Mark Osei", "Maj. Ivan Petrov": the tokenizer splits "Lt" from its full stop
        # (and the parser may end a sentence there): the title runs on to the left. So does a title
        # the parser cut off the name ("Governor" as a sentence of its own).
        abbreviation = _split_title(doc, left - 1)
        # "Secretary of State Jane Roe", "Archbishop of Canterbury ...": an office of a place or body
        office_of = _office_of(doc, left - 1, first, root)
        if abbreviation or office_of:
            edge = min(edge, at[left - 2].left_edge.i)
        elif left <= edge:
            edge = min(edge, prev.left_edge.i)
        if (prev.is_punct and prev.text not in ("-", "–") and not abbreviation) or prev.is_space \
                or "\n" in prev.whitespace_ \
                or (prev.ent_type_ in ("DATE", "TIME")  # "On Friday Governor", not "Sunday Times Editor"
                    and (prev.dep_ != "compound" or (prev.i > 0 and at[prev.i - 1].pos_ == "ADP"))):
            break
        hyphen_word = left - 2 >= 0 and at[left - 2].text in ("-", "–")
        hyphened = at[left].text in ("-", "–") and not prev.whitespace_  # "Under-Secretary John Taylor"
        if prev.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") and not (office_of or hyphened) \
                and prev.text not in POSSESSIVE_MARKS and prev.dep_ != "case" and not hyphen_word:
            break
        left -= 1
    while left < first and at[left].lower_ in ("the", "a", "an", "both", "another", "'s", "’s"):
        left += 1
    left = _long_office_start(doc, left, first)
    left = _title_run_start(doc, left, first)
    pre = span_text(doc, left, first) if left < first else ""
    if titles:
        pre = doc[min(left, titles[0].i):titles[-1].i + 1].text
    words = [w.lower().strip(".,") for w in pre.split()]
    named = name_opening(at, first)  # an honorific on: "the head of credit, Mr Olumide Fashola"
    fronted = _fronted_role(doc, root, named) or _title_before_comma(doc, root, named)
    if fronted:
        # "Another victim, retired schoolteacher Peter Vukovic": the occupation beside the name says more
        # than a fronted description with no office in it
        occupied = [t for t in doc[left:first] if t.lower_ in lexicon.OCCUPATION_NOUNS
                    or t.lower_ in lexicon.TITLE_WORDS]
        fronted_words = name_key(fronted).split()
        if pre[:1].islower() and occupied and "'s" not in fronted and "’s" not in fronted and not any(
                w in lexicon.OCCUPATION_NOUNS or w in lexicon.TITLE_WORDS or w in lexicon.FAMILY_NOUNS
                for w in fronted_words):  # (never "The victim's mother, nurse Ana Ruiz": her relation)
            fire(doc, OCCUPATION_OVER_DESCRIPTION, at[left].idx, at[first].idx)
            return pre
        titled = _strip_honorifics(pre)
        if titled[:1].isupper() and not all(address_key(w) for w in titled.split()) \
                and any(w in lexicon.TITLE_WORDS and w not in lexicon.ADDRESS_TITLES for w in words) \
                and titled.lower() not in fronted.lower():  # (a rank adds nothing: "Senior Colonel")
            fire(doc, OFFICE_AND_DESCRIPTION, at[left].idx, at[first].idx)
            # one office listed over the comma ("Côte d'Ivoire's Minister of State, Minister of Foreign
            # Affairs, African Integration and ..."): the two overlap, and read as one
            return _overlapped(fronted, titled) or f"{titled}, {fronted}"  # "The measure's chief sponsor,
            # Senate Majority Leader Ann Roe"
        described = _description_after(doc, tokens)
        if described and not set(name_key(described).split()) <= set(fronted_words):
            fire(doc, FRONTED_THEN_DESCRIPTION, at[first].idx, at[tokens[-1].i].idx + len(at[tokens[-1].i]))
            return f"{fronted}, {described}"  # "The committee's chair, Dame Harriet Moss, the Labour MP ..."
        return fronted  # "The council's lead member for transport, Councillor Jo Reyes": the fuller one
    end = _past_postnominals(doc, tokens[-1].i + 1)
    # "Jo Reyes, a teacher," and "Jo Reyes - a former Yale historian, and ...": set off by a comma or dash
    after = _role_after(doc, end) if end < len(doc) and at[end].text in (",", "-", "–", "—") else None
    next_to_name = left < first and first <= at[first - 1].head.i < end  # "research firm Calder & Co"
    if _SIZE.fullmatch(pre):
        words = []  # "the 40-member Senate", "the 22,400-seat Estadio": a size, no role
    if words and not all(w in lexicon.HONORIFICS for w in words) and (
            any(w in lexicon.TITLE_WORDS for w in words)
            or any(t.lower_ in lexicon.OCCUPATION_NOUNS for t in titles)  # ("Pollster Daron Shaw said")
            or (next_to_name and any(at[i].pos_ == "NOUN" or at[i].lower_ in lexicon.OCCUPATION_NOUNS
                                     or trade_word(at[i])
                                     for i in range(left, first)))):
        pre = _strip_honorifics(pre)
        address = all(address_key(w) for w in pre.split())  # "Lt. Gen.", "Cllr"
        if not address:  # "Opposition leader Cllr Derek Fenwick": the office, without the form of address
            kept = pre.split()
            joined = any(w.lower() in ("of", "for", "and") for w in kept[:-1])  # ("Member for X and Y Cllr")
            while len(kept) > 1 and _address_word(kept[-1]) and not address_key(kept[-2]) \
                    and (kept[-2][:1].islower() or (joined and kept[-2].lower() not in lexicon.TITLE_WORDS)) \
                    and any(w.lower() in lexicon.TITLE_WORDS or w.lower() in lexicon.PERSON_HEADS
                            for w in kept[:-1]):  # ("former Officer Jo Reyes" keeps its officer)
                kept.pop()
            pre = " ".join(kept)
        office = _office_clause(doc, root) if pre and address and not after else None
        if office is not None:  # "Commander Julio Ccahuana, who leads the rescue team,": both say it
            return f"{pre}, {office}"
        if pre and not (after and address):
            role = _with_party(doc, end, _with_affiliation(doc, root, pre))
            tagged = _party_tag_span(doc, end) or _bracket_label_span(doc, end)
            comma = _tag_end(doc, end) if tagged else end
            described = _role_after(doc, comma) if comma is not None and comma < len(doc) \
                and at[comma].text == "," else None
            if described and comma is not None and _plain_description(doc, comma) \
                    and not set(name_key(described).split()) <= set(name_key(role).split()):
                fire(doc, OFFICE_THEN_DESCRIPTION, at[left].idx, at[end - 1].idx + len(at[end - 1]))
                return f"{role}, {described}"  # "Rep. Carla Mendez (D-El Paso), the committee's vice chair"
            return role
    if after:
        return after  # "Officer Jo Reyes, a police spokeswoman": the office, not the form of address
    head = root.head
    if root.dep_ == "appos" and head.i == first - 1 and head.pos_ == "NOUN" and head.is_lower \
            and head.tag_ != "NNS" and _describes(head, tokens):
        # "the broadcaster Kanal Nord", "the public broadcaster ...": the noun the name is set beside
        start = head.left_edge.i
        while start < head.i and at[start].lower_ in ("the", "a", "an"):
            start += 1
        span = doc[start:first]
        if len(span) <= _MAX_ROLE_TOKENS and not any(t.is_punct for t in span):
            fire_span(NOUN_BEFORE_NAME, span, span.text)
            return span.text
    for child in children_of(root):
        if child.dep_ == "appos" and child.i > root.i and child.pos_ in ("NOUN", "PROPN") \
                and child.ent_type_ not in ("PERSON",) and at[child.left_edge.i - 1].text == ",":
            span = _before_relative(
                doc[child.left_edge.i:min(child.right_edge.i + 1, child.left_edge.i + _MAX_ROLE_TOKENS)])
            role = span.text.strip(" ,.;:\n\t")
            role = re.sub(r"^(the|a|an)\s+", "", role)
            # (set off: "Marta Lind, the captain, was asked"; not "..., Marta Lind, the captain was asked")
            closed = span[-1].is_punct or span.end >= len(doc) or at[span.end].is_punct \
                or at[span.end].tag_ in ("WDT", "WP", "WP$")
            if role and (role[0].islower() or role.split()[0].lower() in lexicon.TITLE_WORDS) \
                    and not _clause(span) and closed:
                return role
    return _office_clause(doc, root) or _serving_as(doc, root) or _fronted_capacity(doc, tokens) \
        or _body_led_by(doc, root) \
        or _of_body(doc, root, end) \
        or (_title_phrase(doc, first) if root.ent_type_ == "PERSON" or _after_honorific(doc, first)
            else None) \
        or _possessing_body(doc, tokens)


POSSESSING_BODY = rule(
    "mentions.possessing-body", "A body's possessive right before a person's name (“Partizan's Nikola "
    "Radić answered with a layup”) says whose they are, when nothing else states a role: the role names "
    "the body. Never a country's or a person's (“Norway's Ola Berg”, “Trump's Michael Cohen”).",
    examples=[("Basketball\n\nZalgiris beat Partizan Belgrade 87-81. Partizan's Nikola Radic answered with a "
               "layup to force overtime.", {"actor": "Nikola Radic", "role": "Partizan"})],
    counter=[("Skiing\n\nNorway's Ola Berg won the race on Sunday.", {"actor": "Ola Berg", "role": None}),
             ("Inquiry\n\nDonald Trump spoke on Monday. Trump's Michael Cohen testified on Tuesday.",
              {"actor": "Michael Cohen", "role": None})])


def _possessing_body(doc: Any, tokens: list[Any]) -> str | None:
    """``POSSESSING_BODY``: the name of the body whose possessive stands right before the name
    ``tokens`` (a person's: two or three words a person's name may have, whatever the model's label)."""
    at = layout_of(doc).tokens
    first = tokens[0].i
    end = tokens[-1].i + 1
    if first < 2 or at[first - 1].text not in POSSESSIVE_MARKS or at[first - 2].ent_type_ != "ORG" \
            or not 2 <= len(tokens) <= 3 or not person_shaped(span_text(doc, first, end)) \
            or tokens[-1].ent_type_ in ("PRODUCT", "WORK_OF_ART") \
            or (tokens[-1].ent_type_ == "ORG" and tokens[0].lower_ not in lexicon.first_name_genders()) \
            or (end < len(doc) and at[end].pos_ == "NOUN"):
        return None  # ("Google's Android Auto", "NASA's James Webb telescope": a thing, no person)
    start = first - 2
    while start > 0 and at[start].ent_iob_ == "I":
        start -= 1
    owner = span_text(doc, start, first - 1)
    if known_place(owner) or any(e.label_ == "PERSON" and e.text.split()[-1] == owner for e in doc.ents):
        return None  # "Chile's Ana Ruiz", "Trump's Michael Cohen": a country's or a person's, however tagged
    fire(doc, POSSESSING_BODY, at[start].idx, at[first - 1].idx)
    return owner


def _after_honorific(doc: Any, first: int) -> bool:
    """An honorific stands right before the name ("Hon. Wanjiru Kamau", its full stop cut off or not):
    a person's, whatever label the model gave it."""
    at = layout_of(doc).tokens
    k = first - 1
    if k >= 1 and at[k].text == "." and not at[k - 1].whitespace_:
        k -= 1
    return k >= 0 and at[k].text[:1].isupper() and at[k].lower_.rstrip(".") in lexicon.HONORIFICS


TITLE_PHRASE = rule(
    "mentions.title-phrase", "A title phrase written right before a name, whatever the parser hung the name "
    "on (“UN special envoy for Yemen Ingrid Solberg-Haug”, “Falcons director of rugby Ngaio Farrell”, "
    "“Jajpur Collector Smt. Ananya Mishra”), is the role: capitalised words, nouns and the “of”, “for” that "
    "join them, back to a verb, a determiner, a preposition or punctuation; a part before the first “of” "
    "that holds no title is no part of it (“the talks of [UN envoy X]”).",
    examples=[("Yemen talks\n\nUN special envoy for Yemen Ingrid Solberg-Haug said the parties had agreed.",
               {"actor": "Ingrid Solberg-Haug", "role": "UN special envoy for Yemen"}),
              ("Rugby\n\nFalcons director of rugby Ngaio Farrell said she was proud of her team.",
               {"actor": "Ngaio Farrell", "role": "Falcons director of rugby"}),
              ("Floods\n\nJajpur Collector Smt. Ananya Mishra said 19 embankments had been breached.",
               {"actor": "Ananya Mishra", "role": "Jajpur Collector"}),
              ("Mayor\n\nEastern Cape MEC for Cooperative Governance and Traditional Affairs Nosipho "
               "Dyantyi said her department would monitor the transition.",
               {"actor": "Nosipho Dyantyi",
                "role": "Eastern Cape MEC for Cooperative Governance and Traditional Affairs"})],
    counter=[("Yemen talks\n\nThe parties met in Muscat and Ingrid Solberg-Haug said they had agreed.",
              {"actor": "Ingrid Solberg-Haug", "role": None}),
             ("Rugby\n\nFans of Falcons star Ngaio Farrell cheered.",
              {"actor": "Ngaio Farrell", "role": None})])

#: Words that join the parts of a title phrase ("envoy for Yemen", "director of rugby").
_PHRASE_JOINERS = frozenset({"of", "for", "in", "on", "at"})


def _rank_word(token: Any) -> bool:
    """An honorific or a rank's abbreviation written right before a name ("Smt", "Hon", "Lt", "Gen")."""
    key = token.lower_.rstrip(".")
    return token.text[:1].isupper() and (token.lower_ in lexicon.HONORIFICS or key in lexicon.HONORIFICS
                                         or (key in lexicon.TITLE_ABBREVIATIONS and address_key(key)))


def _title_phrase(doc: Any, first: int) -> str | None:
    """``TITLE_PHRASE``: the title phrase that ends right before the name starting at ``first``."""
    at = layout_of(doc).tokens
    k, start, name_start = first - 1, first, first
    while k >= 0:  # (an honorific or rank is no part of the title: "Collector Smt. Ananya Mishra",
        # "president Lt Gen (Rtd) Joseph Sang")
        if at[k].text == "." and k >= 1 and not at[k - 1].whitespace_ and _rank_word(at[k - 1]):
            k -= 2  # (the tokenizer may cut an honorific's full stop off: "Smt" + ".")
        elif _rank_word(at[k]):
            k -= 1
        elif at[k].text == ")" and k >= 2 and at[k - 2].text == "(" \
                and at[k - 1].lower_ in lexicon.RETIRED_MARKS:
            k -= 3
        else:
            break
        name_start = start = k + 1
    listed = False  # (an "and" inside the office: "Sports, Culture and Heritage Cabinet Secretary")
    while k >= 0 and "\n" not in at[k].whitespace_:
        token = at[k]
        if token.ent_type_ in ("PERSON", "DATE", "TIME") or token.lower_ in lexicon.HONORIFICS:
            break
        if token.text == ")" and k >= 2 and at[k - 2].text == "(" and at[k - 1].is_upper \
                and start < name_start:
            start = k - 2  # "Athletics Kenya (AK) president": an acronym in brackets
            k -= 3
            continue
        capitalised = k > 0 and at[k - 1].text[:1].isupper() and at[k + 1].text[:1].isupper()
        joiner = (token.lower_ in _PHRASE_JOINERS and k > 0 and start < name_start and (
            at[k - 1].text[:1].isupper() or at[k - 1].pos_ == "NOUN")) \
            or (token.lower_ in ("and", "&") and capitalised) \
            or (token.text == "," and capitalised and listed)
        listed = listed or (token.lower_ in ("and", "&") and capitalised)
        hyphen = token.text in ("-", "–") and not token.whitespace_ and k > 0 and not at[k - 1].whitespace_
        if not (joiner or hyphen or (token.pos_ not in _RUN_STOPS and not token.is_punct and (
                token.is_title or (token.is_upper and token.is_alpha)
                or (token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN"))))):
            break
        start = k
        k -= 1
    words = at[start:name_start]
    while words and (words[0].lower_ in _PHRASE_JOINERS or words[0].lower_ in ("and", "&")
                     or words[0].text in ("-", "–", ",")):
        words = words[1:]
    # (a title is a noun: "a major address Clinton gave", "his official Twitter feed" hold none)
    titled = [i for i, t in enumerate(words) if t.lower_.rstrip(".") in lexicon.TITLE_WORDS
              and t.pos_ in ("NOUN", "PROPN")]
    if not words or not titled or all(address_key(t.text) for t in words):
        return None
    cut = next((i for i, t in enumerate(words) if t.lower_ in _PHRASE_JOINERS), len(words))
    while cut < titled[0] and cut < len(words):
        words = words[cut + 1:]  # (a part with no title before "of": "the talks of [UN envoy ...]")
        titled = [i - cut - 1 for i in titled]
        cut = next((i for i, t in enumerate(words) if t.lower_ in _PHRASE_JOINERS), len(words))
    if not words:
        return None
    role = span_text(doc, words[0].i, words[-1].i + 1)
    fire(doc, TITLE_PHRASE, words[0].idx, at[first].idx)
    return role


SERVING_AS = rule(
    "referents.serving-as", "An office the person's own clause says they hold “as” (“Marta Lind has "
    "spent six years as secretary-general of the Battery Association”) is their role, when nothing else "
    "states one.",
    examples=[("Interview\n\nMarta Lind has spent six years as secretary-general of the Battery Recycling "
               "Association, an industry group.",
               {"actor": "Marta Lind", "role": "secretary-general of the Battery Recycling Association"})],
    counter=[("Interview\n\nMarta Lind sees herself as a leader of the industry.",
              {"actor": "Marta Lind", "role": None})])
# also fronted: "Testifying as the fourth prosecution witness, Mrs Ada Obi said ...", whose "the witness"
# later is she (a person's noun will do there: the clause opens the sentence on her)
SERVING_AS_FRONTED = rule(
    "referents.serving-as-fronted", "A clause opening the sentence that says in what capacity its subject "
    "acts (“Testifying as the fourth prosecution witness, Mrs Ada Obi said ...”, “As chief of staff, Jo "
    "Reyes ...”) gives the subject that role, when nothing else states one.",
    examples=[("Trial\n\nTestifying as the fourth prosecution witness, Mrs Ada Obi-Nwosu said she had "
               "carried the files. Under cross-examination, the witness agreed she had not read them.",
               {"actor": "Ada Obi-Nwosu", "role": "fourth prosecution witness"})],
    counter=[("Trial\n\nAs a mother, Ada Obi-Nwosu said she feared for her children.",
              {"actor": "Ada Obi-Nwosu", "role": None})])


def _serving_as(doc: Any, root: Any) -> str | None:
    """``SERVING_AS``: the "as" phrase of the verb the name is the subject of, headed by a title word."""
    if root.dep_ not in SUBJECTS:
        return None
    for prep in children_of(root.head):
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < root.i:
            continue
        office = next((c for c in children_of(prep)
                       if c.dep_ == "pobj" and c.lower_ in lexicon.TITLE_WORDS), None)
        if office is None or any(c.lower_ in ("a", "an") for c in children_of(office)):
            continue  # ("sees herself as a leader": a view, not an office)
        span = _before_relative(doc[office.left_edge.i:min(office.right_edge.i + 1,
                                                            office.left_edge.i + _MAX_ROLE_TOKENS)])
        role = re.sub(r"^(the)\s+", "", span.text.strip(" ,.;:\n\t"))
        role = re.sub(r"\s*\([A-Z]{2,}\)$", "", role.split(",")[0])
        fire_span(SERVING_AS, span, role)
        return role
    return None


def _fronted_capacity(doc: Any, tokens: list[Any]) -> str | None:
    """``SERVING_AS_FRONTED``: "Testifying as the fourth prosecution witness [...], NAME said": the
    capacity an opening clause gives the name set right after its last comma and before its verb (read
    off the words: the parser often makes the name part of the clause)."""
    at = layout_of(doc).tokens
    first, end = tokens[0].i, tokens[-1].i + 1
    opening = at[first].sent.start
    opening = next((i + 1 for i in range(first - 1, opening - 1, -1)
                    if "\n" in at[i].whitespace_ or at[i].is_space), opening)  # (a paragraph's start)
    k = opening + (1 if at[opening].tag_ == "VBG" or at[opening].lower_.endswith("ing") else 0)
    comma = max(name_opening(at, first), k + 1) - 1  # ", Mrs Ada Obi said"
    if at[k].lower_ != "as" or comma <= k + 1 or at[comma].text != "," or end >= len(doc) \
            or at[end].pos_ not in ("VERB", "AUX") or any(t.text == "," for t in doc[first:end]):
        return None
    first = comma + 1
    start = k + 1
    while start < first and at[start].lower_ in ("the", "its", "his", "her", "their"):
        start += 1
    head = doc[start:comma].root if start < comma else None
    if head is None or at[k + 1].lower_ in ("a", "an") or head.lower_ in lexicon.PLAIN_PERSON_NOUNS \
            or not (head.lower_ in lexicon.TITLE_WORDS or head.lower_ in lexicon.PERSON_NOUNS):
        return None  # ("As a mother, ...": a view of herself, no capacity)
    stop = head.i + 1
    if at[stop].lower_ in ("of", "for", "to"):  # "As chief of staff, Jo Reyes": the office's object too
        joined = at[stop]
        objects = [c for c in joined.children if c.dep_ == "pobj"]
        end = min(objects[0].right_edge.i + 1, first) if objects else stop  # (never "... for a decade")
        if end - start <= _MAX_ROLE_TOKENS and not any(t.ent_type_ == "PERSON" for t in doc[stop:end]) \
                and not any(t.is_punct for t in doc[stop:end]):
            stop = end
    role = span_text(doc, start, stop)
    fire(doc, SERVING_AS_FRONTED, at[start].idx, at[stop - 1].idx + len(at[stop - 1]))
    return role


def address_key(word: str) -> bool:
    """A form of address, spelled out or abbreviated ("Cllr", "Sgt.", "officer")."""
    key = word.lower().strip(".")
    return lexicon.TITLE_EXPANSIONS.get(key, key) in lexicon.ADDRESS_TITLES


def _address_word(word: str) -> bool:
    """A capitalised form of address ("Cllr Derek Fenwick")."""
    return word[:1].isupper() and address_key(word)


BODY_LED_BY = rule(
    "mentions.body-led-by", "A name as the agent of a body's “led by”, “headed by”, “founded by” "
    "(“The Socialist Party (PS), led by Inês Carvalho,”) holds that office of that body "
    "(people.yaml agent_offices).",
    examples=[("Election\n\nThe Liberal Party (LP), led by Maria Santos, came second with 41 seats.",
               {"actor": "Maria Santos", "role": "Liberal Party leader"})],
    counter=[("Election\n\nThe march, led by Maria Santos, ended at the harbour.",
              {"actor": "Maria Santos", "role": None})])


def _body_led_by(doc: Any, root: Any) -> str | None:
    """ "The Socialist Party (PS), led by Inês Carvalho,": "Socialist Party leader" for her."""
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    office = lexicon.AGENT_OFFICES.get(verb.lemma_.lower())
    body = verb.head
    if office is None or verb.dep_ != "acl" or body.pos_ != "PROPN" or body.ent_type_ not in ("ORG", ""):
        return None
    start = body.left_edge.i
    while start < body.i and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    fire(doc, BODY_LED_BY, doc[start].idx, root.idx + len(root.text))
    return f"{span_text(doc, start, body.i + 1)} {office}"


def trade_word(token: Any) -> bool:
    """A science or trade by its ending that the model knows as a common noun ("Hydrologist" opening a
    sentence, tagged as a name)."""
    return token.lower_.endswith(lexicon.TRADE_ENDINGS) and common_noun(token.doc, token.lower_)


def _of_body(doc: Any, root: Any, end: int) -> str | None:
    """``AFFILIATION`` with no comma: "Karen Yoshida of Halvorsen & Pike said": the body after "of"."""
    if end >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != root.i:
        return None
    objects = [c for c in doc[end].children if c.dep_ == "pobj"]
    if not objects:
        return None
    stop = objects[0].i + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].ent_type_ == "ORG":
        stop += 1  # the body's whole name ("Halvorsen & Pike")
    span = doc[end:stop]
    if not _a_body(span[1:]) or objects[0].ent_type_ != "ORG":
        return None
    fire_span(AFFILIATION, span, span.text)
    return span.text


#: Entity labels of bodies and places: a "who" clause the parser hung on one is a person's beside it.
_NO_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _office_clause(doc: Any, root: Any) -> str | None:
    """"Klaus Berger, who heads the union branch": an office stated as a relative clause (never one the
    parser hung on a body: "Ana Ruiz of the Universidad del Sur, who has studied ...")."""
    if root.dep_ == "pobj" and root.ent_type_ in _NO_PERSON_LABELS:
        return None  # (a body after "of", "at": the clause is the person's before it)
    for child in children_of(root):
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicon.ROLE_VERBS \
                and any(c.lower_ == "who" for c in children_of(child)):
            span = doc[child.i:min(child.right_edge.i + 1, child.i + _MAX_ROLE_TOKENS)]
            return span.text.strip(" ,.;:\n\t")
    return None


DESCRIBING_CLAUSE = rule(
    "mentions.describing-clause", "A “who” or “whose” clause set off after a person's name (“Rosa Catalán, "
    "58, who spent the night at a shelter in Chillán”, “Jung Ha-na, whose daughter was born in February”) is "
    "their role when nothing else states one; never what they said or why they are unnamed.",
    examples=[("Fires\n\n“We left with nothing,” said Rosa Catalán Muñoz, 58, who spent the night at a "
               "school converted into a shelter in Chillán.",
               {"actor": "Rosa Catalán Muñoz",
                "role": "who spent the night at a school converted into a shelter in Chillán"}),
              ("Vaccines\n\n“I called four clinics,” said Jung Ha-na, 34, whose daughter was born in "
               "February.",
               {"actor": "Jung Ha-na", "role": "whose daughter was born in February"})],
    counter=[("Fires\n\nRosa Catalán Muñoz, who said she had lost her home, wept.",
              {"actor": "Rosa Catalán Muñoz", "role": None}),
             ("Shooting\n\nPolice shot Ana Ruiz, who died at the scene on Monday, her family said.",
              {"actor": "Ana Ruiz", "role": None}),
             ("Crash\n\nThe dead include Maria Lopez, who was 34, and her son.",
              {"actor": "Maria Lopez", "role": None}),
             ("Fires\n\nRosa Catalán Muñoz, a nurse who spent the night at a shelter, wept.",
              {"actor": "Rosa Catalán Muñoz", "role": "nurse who spent the night at a shelter"}),
             ("Race\n\nTom Vale, who Ana Ruiz dubbed the harbour king, lost the vote on Monday.",
              {"actor": "Tom Vale", "role": None})])


def described_by_clause(doc: Any, root: Any, named: bool = False) -> str | None:
    """``DESCRIBING_CLAUSE``: ", who ..." or ", whose ..." after a person's name, up to the clause's end
    ("Jung Ha-na, whose daughter was born in February"). Read last, once quotes are
    resolved (``referents.describe_people``): a clause is no title a description could name them by.
    ``named``: the root ends the person's own name, though the model called it an organisation's ("MK
    Ronit Shalev-Dror")."""
    if root.ent_type_ in _NO_PERSON_LABELS and not (named and root.ent_type_ == "ORG"):
        return None  # (a body's "who" clause is the person's the parser hung it from)
    children = list(root.children)
    if root.dep_ == "appos" and root.head.i < root.i and root.head.lower_ in lexicon.TITLE_WORDS:
        children += [c for c in root.head.children if c.i > root.i]  # ("County councillor Helen Brasher")
    for child in children:
        if child.dep_ != "relcl" or child.i <= root.i or child.pos_ not in ("VERB", "AUX"):
            continue  # (never a clause with no verb: "Sanders, who at least 145")
        opener = doc[child.left_edge.i]
        if opener.lower_ not in ("who", "whose") or opener.i == 0 or doc[opener.i - 1].text != ",":
            continue
        between = [t for t in doc[root.i + 1:opener.i] if not _bracketed(t)]
        if any(t.dep_ == "conj" or t.lower_ in ("and", "or") for t in between):
            continue  # ("Carter and Eric Fanning, who was his chief of staff": the other one's)
        if opener.lower_ == "who" and (child.lemma_.lower() in lexicon.FATE_VERBS or (
                child.lemma_ == "be" and any(c.dep_ == "attr" and c.like_num for c in child.children))):
            continue  # ("who died at the scene": an event; "who was 34": an age; not "whose son was hurt")
        if opener.lower_ == "who" and any(c.dep_ in SUBJECTS and c.i != opener.i for c in child.children):
            continue  # ("who he dubbed ...": what another does to them)
        verbs = [child] + [c for c in child.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" for c in child.children) \
                or (opener.lower_ == "who" and any(v.tag_ == "VBP" for v in verbs)) \
                or (opener.lower_ == "whose" and opener.head.dep_ not in ("nsubj", "nsubjpass")):
            continue  # (what someone did not do; "who have been rivals": two people; "whose heroism X
            # belittled": something done to them, not what they are)
        stop = opener.i
        while stop <= child.right_edge.i and doc[stop].text not in (",", ";", ":", "(", ")") \
                and not doc[stop].is_quote and not _spaced_dash(doc[stop]) \
                and stop - opener.i < _MAX_ROLE_TOKENS:
            stop += 1
        while stop > opener.i and (doc[stop - 1].pos_ in ("CCONJ", "DET") or doc[stop - 1].is_punct):
            stop -= 1  # ("who had opposed a similar effort in 2007 and": a clause cut off stops before "and")
        span = doc[opener.i:stop]
        if any(t.lower_ in lexicon.ANONYMITY_WORDS or t.lemma_.lower() in lexicon.REPORTING_VERBS
               for t in span) or len(span) < 3:
            continue
        fire_span(DESCRIBING_CLAUSE, span, span.text)
        return span.text.rstrip(" .")
    return None


def _bracketed(token: Any) -> bool:
    """The token stands inside brackets on its line ("Cllr Graham Tulley (Con, Millbrook & Hatch)")."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].text not in ("(", ")") and "\n" not in doc[k].whitespace_:
        k -= 1
    return k >= 0 and doc[k].text == "("


def _spaced_dash(token: Any) -> bool:
    """A dash set off by spaces (" - ", " — "): it opens or closes an aside."""
    doc = token.doc
    return token.text in ("-", "–", "—") and bool(token.whitespace_) and token.i > 0 \
        and bool(doc[token.i - 1].whitespace_) \
        and not (doc[token.i - 1].like_num and token.i + 1 < len(doc)
                 and doc[token.i + 1].like_num)  # ("minister 2019 - 2021": a span of years)


def _before_relative(span: Any) -> Any:
    """The description without the clause set after it by a comma ("a consortium led by Iberluz, which
    has already spent $420 million" -> "a consortium led by Iberluz") or past a dash that closes it ("the
    company that managed the server - deleted an archive")."""
    for token in span[1:-1]:
        if (token.text == "," and token.doc[token.i + 1].tag_ in ("WDT", "WP", "WP$", "WRB")) \
                or _spaced_dash(token):
            return token.doc[span.start:token.i]
    return span


def _describes(noun: Any, name: list[Any]) -> bool:
    """A noun set right before a name that says what it is: a title, an occupation, a kinship ("the
    broadcaster Kanal Nord", "his son Beau"), a body noun only for a name that is not a person's; never
    one the writer owns ("my friend X") or a relative clause's ("whose son Sean")."""
    word = noun.lower_
    if any(c.lower_ in ("my", "our", "your", "whose") for c in noun.children) \
            or word in lexicon.PLAIN_PERSON_NOUNS:
        return False  # (nor "the woman Ana Ruiz": no role at all)
    if word in lexicon.BODY_HEADS:
        return name[0].lower_ not in lexicon.first_name_genders()
    return word in lexicon.TITLE_WORDS or word in lexicon.OCCUPATION_NOUNS or word in lexicon.GENDERED_NOUNS \
        or trade_word(noun)  # ("the Norwegian oceanographer Henrik Aasland")


#: The letters of US parties in a lawmaker's tag ("D-Ore.", "R-Utah", "I-Vt.").
PARTY_LETTERS = frozenset({"D", "R", "I"})


def party_tag_at(doc: Any, i: int) -> bool:
    """True inside a US party tag: "D-Ore.", "R-Utah", "I-Vt." after a name."""
    return i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].text in PARTY_LETTERS \
        and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _with_party(doc: Any, end: int, role: str) -> str:
    """ "Sen. Carla Whitfield, D-Ore.,": the party tag joins the title ("Sen., D-Ore."); so does a label
    in brackets ("Cllr (Lib Dem, Wealdbridge North)")."""
    tag = party_tag_after(doc, end)
    if tag:
        return f"{role}, {tag}"
    label = _bracket_label_span(doc, end)
    if label is None:
        return role
    fire(doc, BRACKET_LABEL, doc[label[0] - 1].idx, doc[label[1]].idx + 1)
    return f"{role} ({span_text(doc, label[0], label[1])})"


BRACKET_LABEL = rule(
    "mentions.bracket-label", "A label in brackets right after a titled name (“Cllr Priya Nair (Lib Dem, "
    "Wealdbridge North)”, “Coun. Tom Lidstone (Ward 9)”) says whose office it is: party, ward or body; it "
    "joins the title. An age, a year, the name's initials, a retired mark or a caption's direction or credit "
    "(“(L)”, “(Getty Images)”) is no label.",
    examples=[("Homes vote\n\n“We cannot say no to everything,” said Cllr Priya Nair (Lib Dem, Wealdbridge "
               "North), who chairs the committee.",
               {"actor": "Priya Nair", "role": "Cllr (Lib Dem, Wealdbridge North)"}),
              ("Bike lanes\n\nCoun. Tom Lidstone (Ward 9) said the lanes would push traffic onto side "
               "streets.", {"actor": "Tom Lidstone", "role": "Coun. (Ward 9)"})],
    counter=[("Homes vote\n\nCllr Priya Nair (45) said the vote was close.",
              {"actor": "Priya Nair", "role": "Cllr"}),
             ("Summit\n\nPresident Joe Biden (L) and Prime Minister Keir Starmer (R) met on Monday.",
              {"actor": "Keir Starmer", "role": "Prime Minister"}),
             ("Homes vote\n\nCllr Priya Nair (PN) said the vote was close.",
              {"actor": "Priya Nair", "role": "Cllr"}),
             ("Homes vote\n\nCllr Priya Nair (2019-2023) said the vote was close.",
              {"actor": "Priya Nair", "role": "Cllr"})])

#: The most tokens of a label in brackets after a name.
_MAX_LABEL_TOKENS = 8
#: How far either side of a bracket (characters) a caption's "(L)" makes its "(R)" a direction.
_CAPTION_REACH = 200


def _bracket_label_span(doc: Any, end: int) -> tuple[int, int] | None:
    """``BRACKET_LABEL``: where the words inside the brackets right after a name ending at ``end`` start and
    stop, when they are a label: capitalised words, numbers, commas and joiners, on one line, not all
    numbers (an age, a term of years)."""
    if end + 2 >= len(doc) or doc[end].text != "(" or "\n" in doc[end - 1].whitespace_:
        return None
    at = layout_of(doc).tokens
    stop = end + 1
    while stop < len(doc) and at[stop].text != ")" and stop - end <= _MAX_LABEL_TOKENS:
        token = at[stop]
        if "\n" in token.whitespace_ or not (token.is_title or token.is_upper or token.like_num
                                              or token.text in (",", "&", "-", "–")
                                              or token.lower_ in lexicon.NAME_JOINERS):
            return None
        stop += 1
    if stop >= len(doc) or at[stop].text != ")" or stop == end + 1:
        return None
    words = [t for t in at[end + 1:stop] if t.is_alpha]
    if not words or all(t.ent_type_ in ("DATE", "TIME") for t in words) \
            or any(t.lower_ in lexicon.PHOTO_DIRECTIONS or t.lower_ in lexicon.RETIRED_MARKS for t in words):
        return None  # ("(45)", "(2019-2023)", "(L)", "(Getty Images)", "(Rtd)")
    label = span_text(doc, end + 1, stop)
    line = layout_of(doc).text[max(0, at[end].idx - _CAPTION_REACH):at[end].idx + _CAPTION_REACH]
    if label in ("R", "D") and ("(L)" in line or "(Left)" in line):
        return None  # "Joe Biden (L) and Keir Starmer (R)": a caption's right, not a Republican
    if label.isupper() and " " not in label and any(initials_fit(label, span_text(doc, k, end))
                                                     for k in range(max(0, end - 4), end - 1)):
        return None  # "Priya Nair (PN)": her initials
    return end + 1, stop


def _tag_end(doc: Any, end: int) -> int | None:
    """The token after the party tag or bracket label that follows a name ending at ``end`` ("Mendez (D-El
    Paso)," -> the comma), or None."""
    span = _party_tag_span(doc, end) or _bracket_label_span(doc, end)
    if span is None:
        return None
    k = span[1] + (span[1] < len(doc) and doc[span[1]].text == ")")
    return k if k < len(doc) else None


#: The most words of a description joined after an office (``OFFICE_THEN_DESCRIPTION``).
_MAX_JOINED_WORDS = 12


def _plain_description(doc: Any, comma: int) -> bool:
    """The words after the comma up to the next stop are a description: a noun (its first one not a
    plural), no clause, no other person named (never "Gov. Haley, Sen. Tim Scott and Rep. Trey Gowdy")
    and short."""
    span: list[Any] = []
    k = comma + 1
    while k < len(doc) and doc[k].text not in _ROLE_END and len(span) <= _MAX_JOINED_WORDS:
        span.append(doc[k])
        k += 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("and", "or"):
        return False  # "Mayor Jo Reyes, the city council, and the police union": a list's next item
    # (a party's member is a noun too: "a Democrat")
    nouns = [t for t in span if t.pos_ == "NOUN" or (t.ent_type_ == "NORP" and t.tag_ == "NNP")]
    # (a relative clause may go on the description: "a Republican who chairs the committee")
    relative = next((i for i, t in enumerate(span) if i and t.tag_ in ("WP", "WP$", "WDT")), len(span))
    # (never a clause, "delegates seized on ...", nor a list of people, "first responders and residents")
    return 0 < len(span) <= _MAX_JOINED_WORDS and bool(nouns) and nouns[0].tag_ != "NNS" \
        and not any(t.ent_type_ == "PERSON" for t in span) \
        and not any(t.tag_ in ("VBD", "VBZ", "VBP") or t.dep_ in ("nsubj", "nsubjpass")
                    for t in span[:relative])


def party_tag_after(doc: Any, end: int) -> str | None:
    """The party tag set after a name that ends at token ``end`` ("D-Ore." of "Whitfield, D-Ore.," or
    "Aragón (D-Ore.)"), or None."""
    span = _party_tag_span(doc, end)
    return str(doc[span[0]:span[1]].text) if span else None


def _party_tag_span(doc: Any, end: int) -> tuple[int, int] | None:
    """Where the party tag after a name ending at ``end`` starts and stops, or None."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "(") or not party_tag_at(doc, end + 3):
        return None
    stop = end + 3
    while stop < len(doc) and stop - end < 8 and doc[stop].text not in (",", ")", ";") \
            and not doc[stop].is_space and (not doc[stop - 1].whitespace_  # ("R-Iowa." ending a paragraph)
                                            or _place_goes_on(doc, end + 3, stop)):
        stop += 1  # (a place of two words or more: "D-El Paso", "R-Salt Lake City")
    return end + 1, stop


def _place_goes_on(doc: Any, first: int, stop: int) -> bool:
    """The capitalised word at ``stop`` goes on the place a party tag opened at ``first`` ("El" ...
    "Paso"): the longer name is a place the data or the gazetteer knows (never "R-Texas Republican Study
    Committee", "R-Ohio Tuesday"), and no abbreviation's full stop came before ("D-Mass. Ruiz")."""
    if not doc[stop].is_title or doc[stop - 1].text.endswith("."):
        return False
    for last in range(stop, min(stop + 3, len(doc))):
        if not doc[last].is_title and doc[last].text != ".":
            break
        if known_place_or_city(span_text(doc, first, last + 1)):
            return True
    return False


def _cut_title(doc: Any, i: int) -> bool:
    """True for a capitalised title word right before a name on the same line ("Governor Paul Kerr")."""
    token = doc[i]
    return token.is_title and token.lower_ in lexicon.TITLE_WORDS and token.pos_ != "VERB" \
        and bool(token.whitespace_) and "\n" not in token.whitespace_


def _split_title(doc: Any, i: int) -> bool:
    """True for the full stop of a title abbreviation the tokenizer cut off ("Sgt" + ".")."""
    return doc[i].text == "." and i >= 1 and not doc[i - 1].whitespace_ \
        and doc[i - 1].lower_ + "." in lexicon.TITLE_WORDS


_ROLE_END = frozenset({",", ".", ";", ":", "(", ")", "?", "!"})


MISPARSED_APPOSITION = rule(
    "repairs.roles-misparsed-apposition", "A name set off by commas after a person's description (“the "
    "local MP, Rhian Beddoe, called ...”) is that description's apposition, though the parser made it a "
    "conjunct or a second subject of the verb; the description is the role.",
    examples=[("Plant closure\n\nThe Welsh Government said it would set up a taskforce, and the local MP, "
               "Rhian Beddoe, called the decision a hammer blow.",
               {"actor": "Rhian Beddoe", "role": "local MP"}),
              ("Return\n\nThe Minister of State for Culture, Mr. Tunde Alabi-Hassan, described the handover "
               "as “a model”.", {"actor": "Tunde Alabi-Hassan", "role": "Minister of State for Culture"}),
              ("Audit\n\nThe Director-General of the agency, Mr. Tunde Alabi-Hassan, described the audit as "
               "routine.", {"actor": "Tunde Alabi-Hassan", "role": "Director-General of the agency"})],
    counter=[("Talks\n\nAnother lawmaker, Makhdoom Zain Bukhari of the PML-N, asked whether the fee would "
              "change.", {"actor": "Makhdoom Zain Bukhari", "type": "person"}),
             ("Plant closure\n\nThe firm thanked its staff, its suppliers, Rhian Beddoe, and the council.",
              {"actor": "Rhian Beddoe", "role": None}),
             ("Panel\n\nThe panel includes a doctor, a lawyer, Rhian Beddoe, and two farmers.",
              {"actor": "Rhian Beddoe", "role": None})])


PLURAL_TITLE_LIST = rule(
    "mentions.plural-title-list", "A plural title set before a list of names (“The foreign ministers of the "
    "two neighbours, Ana Roe of Chile and Tom Vale of Peru,”) gives each name the title in the singular, "
    "with the body or place written after that name.",
    examples=[("Border talks\n\nThe foreign ministers of the two neighbours, Ana Roe of Chile and Tom Vale "
               "of Peru, met in Lima on Monday.", {"actor": "Tom Vale", "role": "foreign minister of Peru"}),
              ("Border talks\n\nThe foreign ministers of the two Central Asian neighbours, Nurlan Abdiev "
               "of Kyrgyzstan and Farrukh Saidov of Tajikistan, are due to meet in Vienna.",
               {"actor": "Nurlan Abdiev", "role": "foreign minister of Kyrgyzstan"}),
              ("Fire warning\n\nThe mayors of the two shires, Ellen Hart and Paul Kovac, urged residents not "
               "to become complacent.", {"actor": "Paul Kovac", "role": "mayor"})],
    counter=[("Border talks\n\nThe two neighbours, Chile and Peru, met in Lima on Monday.",
              {"actor": "Peru", "role": None})])


def _plural_title_role(doc: Any, root: Any, end: int) -> str | None:
    """ "The foreign ministers of the two neighbours, Ana Roe of Chile and Tom Vale of Peru": "foreign
    minister of Peru" for Tom Vale (the appositive list's plural title, each name's own "of")."""
    listed = _first_listed(root)
    head = listed.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.tag_ == "NNS":
        head = head.head.head  # (the parser may set the list beside "the two neighbours")
    # (or make the list a conjunct of the title: "The mayors of the two shires, Helen Doyle and ...")
    set_off = listed.dep_ == "appos" or (
        listed.dep_ == "conj" and doc[listed.left_edge.i - 1].text == "," and head.dep_ != "conj"
        and any(c.dep_ in ("det", "nummod") for c in head.children))  # (not "actors, senators, Ana Roe")
    if not set_off:
        return None  # (most names: their own title need not be looked for)
    own_title = (root.left_edge.i > 0 and doc[root.left_edge.i - 1].lower_ in lexicon.TITLE_WORDS) \
        or any(t.lower_ in lexicon.TITLE_WORDS for t in layout_of(doc).tokens[root.left_edge.i:root.i])
    if own_title or head.i >= listed.i or head.tag_ != "NNS" \
            or head.lemma_.lower() not in lexicon.TITLE_WORDS:
        return None
    words = [t.text for t in head.lefts if t.dep_ in ("amod", "compound") and t.i == head.i - 1] \
        + [head.lemma_.lower()]
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN":
        place = doc[end + 1]
        words += ["of", span_text(doc, place.left_edge.i, place.i + 1)]
    fire(doc, PLURAL_TITLE_LIST, head.idx, root.idx + len(root.text))
    return " ".join(words)


SHARED_PLURAL_TITLE = rule(
    "mentions.shared-plural-title", "A plural title right before two or more names joined by “and” "
    "(“Senators John Smith and Jane Roe”, “businessmen Csaba Pintér and Tamás Oroszlány-Kiss”, “Republican "
    "Sens. Ted Cruz and Marco Rubio”) is each name's title, in the singular; it is no part of the first "
    "name. "
    "So is a plural description set after such names (“Richard Alba and Nancy Foner, sociologists at ...”).",
    examples=[("Budget\n\nSenators John Smith and Jane Roe said the bill was dead.",
               {"actor": "Jane Roe", "role": "Senator"}),
              ("Budget\n\nSenators John Smith and Jane Roe said the bill was dead.",
               {"actor": "John Smith", "role": "Senator"}),
              ("Trial\n\nTwo co-defendants, businessmen Csaba Pintér and Tamás Oroszlány-Kiss, received "
               "suspended sentences.", {"actor": "Tamás Oroszlány-Kiss", "role": "businessman"}),
              ("Forecast\n\nEconomists Maria Lopez and Tom Hart expect growth to slow.",
               {"actor": "Maria Lopez", "role": "Economist"}),
              ("Vote\n\nRepublican Sens. Ted Cruz and Marco Rubio voted against the measure.",
               {"actor": "Marco Rubio", "role": "Republican Sen."}),
              ("Book\n\nRichard Alba and Nancy Foner, sociologists at the City University of New York, "
               "published a book. Professors Foner and Alba say the fears are old.",
               {"actor": "Nancy Foner", "role": "sociologist at the City University of New York"})],
    counter=[("Budget\n\nSenator John Smith and Jane Roe, a lobbyist, said the bill was dead.",
              {"actor": "Jane Roe", "role": "lobbyist"}),
             ("Arrests\n\nSheriff Tom Baker told reporters Mark Hale and Lisa Dunn had been arrested.",
              {"actor": "Lisa Dunn", "role": None}),
             ("Hockey\n\nOttawa Senators Brady Tkachuk and Tim Stutzle each scored twice, coach Travis "
              "Green said.", {"actor": "Tim Stutzle", "role": None}),
             ("Tennis\n\nSisters Venus Williams and Serena Williams will play doubles in Paris.",
              {"actor": "Serena Williams", "role": None}),
             ("Visit\n\nVeterans Affairs Secretary Denis McDonough and Defense Secretary Lloyd Austin "
              "visited the base.", {"actor": "Denis McDonough", "role": "Veterans Affairs Secretary"}),
             ("Mine\n\nJane Roe, a Friends of the Earth campaigner, and Tom Hale, a farmer, opposed the "
              "mine.", {"actor": "Jane Roe", "role": "Friends of the Earth campaigner"}),
             ("Budget\n\nThe senators met John Smith and Jane Roe on Monday.",
              {"actor": "Jane Roe", "role": None})])


def singular_title(token: Any) -> str | None:
    """ ``token`` in the singular, as written ("Senators" -> "Senator", "Sens" -> "Sen", "businessmen" ->
    "businessman"), when it is a plural title or occupation noun; else None."""
    if token.tag_ not in ("NNS", "NNPS") and not (token.lower_.endswith("s") and token.pos_ == "PROPN"):
        return None
    return _singular_title_word(token.text)


def _singular_title_word(text: str, person_noun: bool = False) -> str | None:
    """``text`` in the singular when it is a plural title or occupation noun ("businessmen"), or with
    ``person_noun`` any plural noun of a person ("sociologists"); else None."""
    lower = text.lower()
    if lower.endswith("men"):
        forms = [text[:-3] + text[-3:-2] + "an"]
    elif lower.endswith("ies"):
        forms = [text[:-3] + "y"]
    elif lower.endswith("es"):
        forms = [text[:-1], text[:-2]]
    elif lower.endswith("s") and not lower.endswith("ss"):
        forms = [text[:-1]]
    else:
        return None
    for form in forms:
        word = form.lower()
        if word in lexicon.TITLE_WORDS or word + "." in lexicon.TITLE_WORDS \
                or word in lexicon.OCCUPATION_NOUNS or (person_noun and word in lexicon.PERSON_HEADS):
            return form
    return None


def _first_listed(root: Any) -> Any:
    """The first of the names ``root`` is listed with ("Richard Alba" of "Richard Alba and Nancy Foner")."""
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    return root


def _listed_name(root: Any) -> bool:
    """``root`` is one of names joined by "and" ("Richard Alba and Nancy Foner")."""
    return _first_listed(root) is not root \
        or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in children_of(root))


#: Words after which a role's plural noun is no longer its head ("sociologists at the university").
_ROLE_HEAD_ENDS = frozenset({"of", "at", "for", "in", "from", "with", "on", "who", "whose", "which", "and"})


def _singular_role(role: str) -> str:
    """``role`` with its head noun in the singular, when that is a plural title or occupation noun
    ("telecom veterans", "sociologists at the City University"); else ``role`` as it is."""
    words = role.split(" ")
    head = 0  # the last word before "at", "of", "who" or a comma: "sociologists" of "sociologists at ..."
    while head + 1 < len(words) and words[head + 1].lower() not in _ROLE_HEAD_ENDS \
            and words[head].rstrip(",;") == words[head]:
        head += 1
    bare = words[head].rstrip(",;")
    # (a lower-case noun only: "Veterans Affairs Secretary", "Friends of the Earth campaigner" are names)
    singular = _singular_title_word(bare, person_noun=True) if bare[:1].islower() else None
    if singular is None:
        return role
    words[head] = singular + words[head][len(bare):]
    return " ".join(words)


def _shared_plural_title(doc: Any, root: Any) -> tuple[str, str] | None:
    """``SHARED_PLURAL_TITLE``: (the title as written, in the singular) when ``root`` is one of names joined
    by "and" right after a plural title; else None."""
    at = layout_of(doc).tokens
    if not _listed_name(root):
        return None
    listed = _first_listed(root)
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in children_of(listed)):
        return None
    k = listed.i  # the first name's first word: back over its compound words
    while k > 0 and at[k - 1].pos_ == "PROPN" and at[k - 1].head.i == listed.i \
            and singular_title(at[k - 1]) is None:
        k -= 1
    title = k - 1
    if title >= 1 and at[title].text == "." and not at[title - 1].whitespace_:
        title -= 1  # "Sens." (the tokenizer cut the full stop off)
    if title < 0 or "\n" in at[title].whitespace_:
        return None
    singular = singular_title(at[title])
    dotted = at[title + 1].text == "." and not at[title].whitespace_  # "Sens." -> "Sen."
    if singular is None or singular.lower() in lexicon.FAMILY_NOUNS \
            or at[title].ent_type_ in ("ORG", "GPE", "FAC", "LOC") \
            or not (listed.ent_type_ == "PERSON" or at[k].lower_ in lexicon.first_name_genders()):
        return None  # ("Sisters Venus and Serena Williams", "told reporters Mark Hale and ...", "the Ottawa
        # Senators Brady Tkachuk and ...", "Analysts Goldman Sachs and Morgan Stanley")
    start = title
    while start > 0 and at[start - 1].dep_ in ("amod", "compound") and at[start - 1].head.i == title \
            and at[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and at[start - 1].ent_type_ != "CARDINAL":
        start -= 1  # "Republican Sens.", "state Reps."
    named = title > start and at[title - 1].pos_ == "PROPN" and at[title - 1].ent_type_ != "NORP" \
        and at[title - 1].lower_ not in lexicon.TITLE_WORDS
    if not dotted and (named or any(t.ent_type_ in ("ORG", "GPE", "FAC", "LOC") for t in at[start:title])):
        return None  # a team: "St. Louis Cardinals Nolan Arenado and ...", "Ottawa Senators Brady Tkachuk"
    if start > 0 and at[start - 1].lemma_.lower() in lexicon.ADDRESSEE_VERBS and listed.dep_ in SUBJECTS:
        return None  # "told reporters Mark Hale and Lisa Dunn had been arrested": listeners, then a clause
    plural = span_text(doc, start, k)
    fire(doc, SHARED_PLURAL_TITLE, at[start].idx, root.idx + len(root.text))
    return plural, span_text(doc, start, title) + (" " if start < title else "") + singular + \
        ("." if dotted else "")


OFFICE_OVER_OBJECT = rule(
    "mentions.office-over-object", "A name set beside the object of an office's “to”, “for” or “of” (the "
    "parser hangs “Catriona Lamont KC” on “inquiry” in “senior counsel to the inquiry, Catriona Lamont KC”, "
    "“Bola Adeyemi” on “judges” in “The chair of judges, Professor Bola Adeyemi”) takes the whole office.",
    examples=[("Prize\n\nThe chair of judges, Professor Bola Adeyemi, said the decision was unanimous.",
               {"actor": "Bola Adeyemi", "role": "chair of judges"}),
              ("Inquiry\n\nUnder questioning from senior counsel to the inquiry, Catriona Lamont KC, the "
               "minister accepted the point.",
               {"actor": "Catriona Lamont", "role": "KC, senior counsel to the inquiry"}),
              ("Summit\n\nAustralia's High Commissioner to Kiribati, Fiona Trask, said in a statement that "
               "Canberra backed the plan.",
               {"actor": "Fiona Trask", "role": "Australia's High Commissioner to Kiribati"}),
              ("Rail\n\nPriya Chandran turned to the track. The regional managing director for Network "
               "Rail's North West and Central region, Colin Ashdown, conceded that faults had caused delays.",
               {"actor": "Colin Ashdown", "type": "person",
                "role": "regional managing director for Network Rail's North West and Central region"})],
    counter=[("Prize\n\nThe winner of the prize, Bola Adeyemi, said she was delighted.",
              {"actor": "Bola Adeyemi", "role": "winner of the prize"}),
             ("Resignation\n\nA special adviser to the prime minister, Keir Starmer, resigned on Monday.",
              {"actor": "Keir Starmer", "role": "prime minister"})])


def _office_over_object(doc: Any, token: Any) -> Any:
    """The office "to", "for" or "of" joins ``token`` to: "counsel" of "senior counsel to the inquiry" (also
    where the parser hung "to the inquiry" on another word), "director" of "managing director for the
    Central region", "chair" of "The chair of judges"; else None."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "of", "for") or token.head.i < 1 \
            or token.lower_ in lexicon.TITLE_WORDS or token.lower_ in lexicon.PERSON_HEADS:
        return None  # ("A special adviser to the prime minister, Keir Starmer": the minister is named)
    if token.head.lower_ == "for" and token.pos_ != "NOUN":
        return None  # ("a spokeswoman for the Foreign Ministry, Josefina Ibarra": title-before-comma's)
    before = doc[token.head.i - 1] if token.head.lower_ in ("to", "for") else token.head.head
    if token.head.lower_ == "of" and (before.i != token.head.i - 1 or token.tag_ != "NNS"):
        return None  # (only a plain plural: "chair of judges"; "head of the agency" is read elsewhere)
    return before if (before.pos_ == "NOUN" and (before.lower_ in lexicon.TITLE_WORDS
                                                 or before.lower_ in lexicon.OCCUPATION_NOUNS)) \
        or (before.pos_ == "PROPN" and before.lower_ in lexicon.TITLE_WORDS) else None  # "High Commissioner"


def _fronted_role(doc: Any, root: Any, first: int) -> str | None:
    """ "Norway's Minister of Fisheries, Anders Lind, said": the description the name is set after."""
    at = layout_of(doc).tokens  # the Doc's tokens by index, made once (``doc[i]`` makes a new one)
    plural = _plural_title_role(doc, root, root.i + 1)
    if plural:
        return plural
    head = root.head
    # "Ruth Roe's granddaughter, Jessie, 27, drives ...", "The Minister of State for Culture, Mr. Tunde
    # Alabi-Hassan, described ...": the parser may make both subjects
    # (the comma may hang on the description: its right edge is then the comma; and the name is set off
    # by a comma after it too, never "The minister, Ana Roe argued, had misled")
    after = next((t for t in doc[root.i + 1:root.i + 6]
                  if t.pos_ != "PROPN" and t.text not in ("-", "–")), None)
    set_off = after is not None and after.text == ","
    sibling = next((c for c in children_of(root.head) if c.dep_ in SUBJECTS and c.i < first
                    and c.right_edge.i in (first - 2, first - 1)), None) \
        if first >= 2 and root.dep_ in SUBJECTS and set_off else None
    two_subjects = root.dep_ != "appos" and at[first - 1].text == "," and sibling is not None \
        and (sibling.lower_ in lexicon.GENDERED_NOUNS or (sibling.lower_ in lexicon.TITLE_WORDS and any(
            c.dep_ == "poss" or c.lower_ == "the" for c in children_of(sibling))))  # (an office, not "Another
    # lawmaker, Ana Roe of the PML-N," whose words after the name say more)
    if two_subjects and sibling is not None:
        head = sibling
        fire(doc, MISPARSED_APPOSITION, head.idx, at[root.i].idx + len(at[root.i].text))
    # "the local MP, Rhian Beddoe, called ...": a name set off by commas after a person's description,
    # which the parser made a conjunct or an adverb, not the apposition it is
    described = at[first - 2] if first >= 2 else root
    misparsed = root.dep_ in ("conj", "npadvmod") and at[first - 1].text == "," and first >= 2 \
        and root.i + 2 < len(doc) and at[root.i + 1].text in (",", ")") \
        and at[root.i + 2].pos_ != "CCONJ" and at[root.i + 2].lower_ not in ("and", "or") \
        and described.pos_ in ("NOUN", "PROPN") and described.lower_ in lexicon.PERSON_HEADS \
        and not any(c.lower_ in ("a", "an") for c in described.children) \
        and not any(c.dep_ == "conj" and c.i != root.i for c in described.children)  # (a list of people)
    if misparsed:
        head = at[first - 2]
        fire(doc, MISPARSED_APPOSITION, head.idx, at[root.i].idx + len(at[root.i].text))
    office = _office_over_object(doc, head)
    if office is not None:  # "senior counsel to the inquiry, Catriona Lamont KC", "The chair of judges, X"
        fire(doc, OFFICE_OVER_OBJECT, office.idx, root.idx + len(root.text))
        head = office
    # "Its director-general, Joseph Banda,": the parser takes "general" for an adjective
    hyphened = head.i >= 2 and at[head.i - 1].text in ("-", "–") \
        and at[head.i - 2].lower_ in lexicon.TITLE_WORDS and head.lower_ in lexicon.TITLE_WORDS
    if (root.dep_ != "appos" and not two_subjects and not misparsed) or head.i >= first \
            or (head.pos_ not in ("NOUN", "PROPN", "NUM") and not hyphened) \
            or head.lower_ in lexicon.WORK_NOUNS or (head.ent_type_ in ("PERSON", "GPE", "LOC", "ORG", "FAC")
                                                     and head.lower_ not in lexicon.TITLE_WORDS):
        return None  # ("defence ministry spokesperson" may be tagged as an organisation: still a title)
    start = head.left_edge.i
    office = next((t for t in doc[head.i + 1:first] if t.lower_ in lexicon.TITLE_WORDS), None)
    if office is not None and head.lower_ not in lexicon.PERSON_HEADS \
            and head.lower_ not in lexicon.OCCUPATION_NOUNS \
            and any(t.pos_ in ("ADP", "VERB") or t.lower_.endswith("ing") for t in doc[head.i:office.i]):
        # "stands trial alongside the bank's head of credit, Mr X", "Reacting, the Minister of State ..., X":
        # the office's own words, not the trial's nor the participle's
        trimmed = max([start] + [t.i + 1 for t in doc[start:office.i] if t.pos_ == "VERB"
                                 or (t.pos_ == "ADP" and t.head.pos_ != "PROPN")  # ("Department of Water")
                                 or (t.is_punct and t.text not in POSSESSIVE_MARKS)])
        if trimmed > start:
            fire(doc, OFFICE_IN_DESCRIPTION, at[trimmed].idx, at[first - 1].idx)
            start = trimmed
    commas = [i for i in range(start, first) if at[i].text == ","]
    if not commas or any("\n" in at[i].whitespace_ for i in range(start, first)) \
            or layout_of(doc).in_quote(at[start].idx):
        return None  # (never words of a quotation: "“... it was bad luck,” Hoa, 47, said")
    span = doc[start:commas[-1]]
    if head.pos_ == "PROPN" and head.lower_ not in lexicon.TITLE_WORDS and not any(
            t.lower_ in lexicon.TITLE_WORDS or t.pos_ == "NOUN" for t in span):
        return None  # "Berlin, Anna Roth and ..." is a list, not a description
    if not any(t.is_alpha and t.pos_ in ("NOUN", "PROPN") for t in span):
        return None  # "... took 2,389,886 votes, or 45.2%, ECZ chairperson Ana Ruiz told": a figure
    if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in span):
        return None  # "The notice was signed by the branch secretary ..., Mr X": a clause, not a description
    role = re.sub(r"^(the|a|an)\s+", "", span.text.strip(" ,"), flags=re.IGNORECASE)
    if at[start].lower_ == "whose":
        role = _whose_named(doc, at[start], role)
    return role if role and len(span) <= _MAX_ROLE_TOKENS else None


OFFICE_IN_DESCRIPTION = rule(
    "mentions.office-in-description", "An office inside what the parser made the description of a name "
    "(“stands trial alongside the bank's former head of credit, Mr Olumide Fashola”, “Reacting, the Minister "
    "of State for Oil, Senator Ibrahim Danladi, said”) is the role from its own words on, never the trial's "
    "or the participle's.",
    examples=[("Trial\n\nGarba stands trial alongside the bank's former head of credit, Mr Olumide Fashola, "
               "and two companies.", {"actor": "Olumide Fashola", "role": "bank's former head of credit"}),
              ("Fuel\n\nReacting, the Minister of State for Petroleum Resources, Senator Ibrahim Danladi, "
               "said prices followed the market.",
               {"actor": "Ibrahim Danladi", "role": "Senator, Minister of State for Petroleum Resources"})],
    counter=[("Court\n\nThe rapporteur, Justice Ana Prado, wrote the ruling.", {"actor": "Ana Prado"}),
             ("Water\n\nThe Department of Water and Sanitation's chief director, Mr Sipho Dlamini, said the "
              "dam was full.", {"actor": "Sipho Dlamini",
                            "role": "Department of Water and Sanitation's chief director"})])


OFFICE_AND_DESCRIPTION = rule(
    "mentions.office-and-description", "A description set before a name and a comma, and an office right "
    "before the name (“The measure's chief sponsor, Senate Majority Leader Curtis Renfro,”), are both the "
    "person's role: the office first; a rank or a form of address (“Senior Colonel”, “Councillor”) adds "
    "nothing.",
    examples=[("Tax cap\n\nThe measure's chief sponsor, Senate Majority Leader Curtis Renfro, said "
               "Republicans had the votes.", {"actor": "Curtis Renfro",
                                  "role": "Senate Majority Leader, measure's chief sponsor"}),
              # one office over a comma, not two: their words overlap, and read as one
              ("Patrols\n\nThe accord was signed by Côte d'Ivoire's Minister of State, Minister of Foreign "
               "Affairs, African Integration and Ivorians Abroad Aminata Koné-Diabaté.",
               {"actor": "Aminata Koné-Diabaté", "role": "Côte d'Ivoire's Minister of State, Minister of "
                "Foreign Affairs, African Integration and Ivorians Abroad",
                "no_actor": "African Integration"})],
    counter=[("Trams\n\nThe council's lead member for transport, Councillor Jo Reyes, said the line would "
              "open in May.", {"actor": "Jo Reyes", "role": "council's lead member for transport"})])


OFFICE_THEN_DESCRIPTION = rule(
    "mentions.office-then-description", "An office right before a name (and its party tag) and a "
    "description set off by commas after it (“Rep. Carla Mendez (D-El Paso), the committee's vice "
    "chair,”) are both the person's role: the office first; a description the office already says adds "
    "nothing.",
    examples=[("Vouchers\n\nRep. Carla Mendez (D-El Paso), the committee's vice chair, accused supporters of "
               "rushing the bill.", {"actor": "Carla Mendez",
                                     "role": "Rep., D-El Paso, committee's vice chair"}),
              ("Port\n\nMayor Jo Reyes, a former docker, said the port would reopen.",
               {"actor": "Jo Reyes", "role": "Mayor, former docker"})],
    counter=[("Port\n\nMayor Jo Reyes, the mayor, said the port would reopen.",
              {"actor": "Jo Reyes", "role": "Mayor"}),
             ("Port\n\nMayor Jo Reyes, the city council, and the police union signed the deal.",
              {"actor": "Jo Reyes", "role": "Mayor"})])


FRONTED_THEN_DESCRIPTION = rule(
    "mentions.fronted-then-description", "A description set before a name and a comma and another set "
    "off by commas after it (“The committee's chair, Dame Harriet Moss, the Labour MP for Bolton South, "
    "said”) are both the person's role, the first first; one the first already says adds nothing.",
    examples=[("Rail\n\nThe committee's chair, Dame Harriet Moss, the Labour MP for Bolton South, said the "
               "apology would ring hollow.",
               {"actor": "Dame Harriet Moss", "role": "committee's chair, Labour MP for Bolton South"})],
    counter=[("Rail\n\nThe committee's chair, Harriet Moss, the chair, said the apology would ring hollow.",
              {"actor": "Harriet Moss", "role": "committee's chair"}),
             ("Rail\n\nThe committee's chair, Harriet Moss, the operator and the unions met on Monday.",
              {"actor": "Harriet Moss", "role": "committee's chair"}),
             ("Council\n\nThe council's leader, Ana Ruiz, the following morning, announced her resignation.",
              {"actor": "Ana Ruiz", "role": "council's leader"})])


def _past_postnominals(doc: Any, end: int) -> int:
    """Where what is set after a name starts, past its letters ("Rupert Haldane KC, for ...")."""
    while end < len(doc) and doc[end].is_upper and doc[end].lower_.strip(".") in lexicon.POSTNOMINALS:
        end += 1
    return end


def _description_after(doc: Any, tokens: list[Any]) -> str | None:
    """``FRONTED_THEN_DESCRIPTION``: a plain description set off by a comma right after the name (and its
    letters after it)."""
    end = _past_postnominals(doc, tokens[-1].i + 1)
    if end >= len(doc) - 1 or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    k = end + 1
    while k < len(doc) and doc[k].text not in _ROLE_END and k - end <= _MAX_JOINED_WORDS:
        k += 1
    span = doc[end + 1:k]
    # set off by a comma of its own (never a list's next item: "Harriet Moss, the operator and the unions")
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ in ("and", "or") \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("and", "or")
                   or t.ent_type_ in ("DATE", "TIME") or t.lower_ in lexicon.DAY_PARTS for t in span) \
            or not any(t.pos_ == "NOUN" or t.lower_ in lexicon.TITLE_WORDS for t in span):
        return None
    return _role_after(doc, end)


TITLE_BEFORE_COMMA = rule(
    "mentions.title-before-comma", "An office set before a name and a comma (“the group's medical "
    "coordinator, Dr. Youssef Benali”, “Dragomir's former chief of staff, Andrei Popa”) is the name's role, "
    "also where the parser hung the name elsewhere; never for the subject of its own clause (“In a letter "
    "to the mayor, Ana Ruiz said ...”).",
    examples=[("Fires\n\nMinister responsible for the SPSA, Garrett Hollinger, said the province had "
               "brought in firefighters.",
               {"actor": "Garrett Hollinger", "role": "Minister responsible for the SPSA"}),
              ("Survivors included nine minors, according to the group's medical coordinator, Dr. Youssef "
               "Benali.", {"actor": "Youssef Benali", "role": "group's medical coordinator"}),
              ("Two co-defendants, businessman Sorin Lazar and Dragomir's former chief of staff, Andrei "
               "Popa, received sentences.",
               {"actor": "Andrei Popa", "role": "Dragomir's former chief of staff"}),
              ("Trial\n\nLed in evidence by prosecution counsel, Mr Ifeanyi Okafor, the witness said the "
               "loans were rushed.", {"actor": "Ifeanyi Okafor", "role": "prosecution counsel"}),
              ("Fares\n\nThe chief executive of Skylark, Tom Varga, said fares would rise.",
               {"actor": "Tom Varga", "role": "chief executive of Skylark"}),

              ("Inquiry\n\nAsked by the special adviser to the committee, Ruth Abernethy, whether he had "
               "read the papers, Mr Dunlop said no.",
               {"actor": "Ruth Abernethy", "role": "special adviser to the committee"}),
              ("Mine\n\nThe union's regional secretary in Bojanala, Tshepo Molefe, said charges were due.",
               {"actor": "Tshepo Molefe", "role": "union's regional secretary in Bojanala"}),
              ("Fires\n\nArgentina and Brazil have offered to send brigades, a spokeswoman for the Foreign "
               "Ministry, Josefina Ibarra Lagos, said.",
               {"actor": "Josefina Ibarra Lagos", "role": "spokeswoman for the Foreign Ministry"})],
    counter=[("In a letter to the mayor, Ana Ruiz said the port was unsafe.",
              {"actor": "Ana Ruiz", "role": None}),
             ("The mayor of Roanoke, Virginia, said the port was unsafe.",
              {"actor": "Virginia", "role": None}),
             # (an apposition past an honorific is read as such: the description the name is set after)
             ("Strike\n\nThe notice was signed by the branch secretary of the Union of Nurses and Midwives, "
              "Mr Joseph Otieno, and copied to the ministry.",
              {"actor": "Joseph Otieno", "role": "branch secretary of the Union of Nurses and Midwives"})])


#: The most "of"/"in"/"for" phrases climbed from a body's name to the office it belongs to.
_MAX_CLIMBS = 3


def _title_before_comma(doc: Any, root: Any, first: int) -> str | None:
    """``TITLE_BEFORE_COMMA``: the noun phrase of an office right before ", <name>" when the parser did
    not make the name its apposition (nor the subject or object of a clause)."""
    # (letters after the name may head it in the parse: "..., Gillian Baird MSP, said")
    lettered = root.head if root.dep_ == "compound" and 0 < root.head.i - root.i <= _MAX_NAME_WORDS \
        and root.head.is_upper and root.head.lower_.strip(".") in lexicon.POSTNOMINALS else root
    # (or a name set off by commas the parser made a verb's conjunct, or a subject beside the verb's own:
    # "alongside the bank's head of credit, Mr Olumide Fashola, and two firms", "Led by counsel, Mr Ifeanyi
    # Okafor, the witness said")
    closed = root.i + 1 < len(doc) and doc[root.i + 1].text == ","
    misparsed = closed and ((root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX")) or (
        root.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > root.i for c in root.head.children)))
    if (lettered.dep_ not in ("npadvmod", "appos", "dep") and not misparsed) or (lettered is root and (
            root.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
            or (root.ent_type_ == "ORG" and not person_shaped(span_text(doc, first, root.i + 1))))):
        return None  # ("the mayor of Roanoke, Virginia": a place's state; letters make a person)
    comma = name_opening(layout_of(doc).tokens, first) - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    office = doc[comma - 1]
    if office.pos_ == "PROPN" and office.is_title and office.lower_ not in lexicon.ORG_WORDS:
        # "Minister of State for Fisheries and the Marine, X" (never the body of "a spokeswoman for the
        # Foreign Ministry, X": read below as the office it is "for")
        start = _long_office_start(doc, comma, comma)
        if start < comma and comma - start <= _MAX_ROLE_TOKENS:
            fire_span(TITLE_BEFORE_COMMA, doc[start:comma], span_text(doc, start, comma))
            # (else the body the office is "of": "chief executive of Acme, X")
            return span_text(doc, start, comma)
    climbs = 0
    before = _office_over_object(doc, office)
    if before is not None:
        office, climbs = before, 1
    if office.ent_type_ == "ORG":  # (the entity read off its tokens: spanning doc.ents costs each mention)
        start = office.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if office.i + 1 == comma:
            office = doc[start:comma].root  # "the branch secretary of the Kenya Union of ... Midwives, Mr X"
    while office.dep_ == "pobj" and (office.head.lower_ == "of" or (
            office.head.lower_ in ("in", "for", "at") and office.pos_ == "PROPN")) and climbs < _MAX_CLIMBS:
        office = office.head.head  # "chief of staff", "head of the agency", "regional secretary in Bojanala"
        climbs += 1  # (and on: "Deputy Chief Executive in charge of Operations at the GCMA")
        if office.pos_ == "ADJ" and office.head.i < office.i and office.head.lower_ in lexicon.TITLE_WORDS:
            office = office.head  # "Minister responsible for the SPSA"
        if office.lower_ in lexicon.TITLE_WORDS:
            break
    if office.pos_ not in ("NOUN", "PROPN") or office.tag_ in ("NNS", "NNPS") or not (
            office.lower_ in lexicon.TITLE_WORDS or office.lower_ in lexicon.OCCUPATION_NOUNS) \
            or (office.pos_ == "PROPN" and not climbs):
        return None
    start = office.left_edge.i
    start = max([start] + [t.i + 1 for t in doc[start:office.i] if t.pos_ in ("ADP", "VERB")])  # (the
    # office's own words: never "trial alongside" of a misparse)
    while start < office.i and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    span = doc[start:comma]
    if not span or len(span) > _MAX_ROLE_TOKENS or any(t.is_punct and t.text not in POSSESSIVE_MARKS
                                                        for t in span):
        return None
    fire_span(TITLE_BEFORE_COMMA, span, span.text)
    return span.text


def _whose_named(doc: Any, whose: Any, role: str) -> str:
    """"the Union, whose president, Luis Ortega, said": "Union's president"."""
    clause = whose.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head is not clause:
        clause = clause.head
    owner = clause.head if clause.dep_ == "relcl" else None
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return role
    name = span_text(doc, owner.left_edge.i, owner.i + 1)
    name = re.sub(r"^(the|a|an)\s+", "", name, flags=re.IGNORECASE)
    return f"{name}'s {role.split(' ', 1)[1]}" if " " in role else role


TRADE_AFTER_NAME = rule(
    "mentions.trade-after-name", "An occupation set after a name and a comma, or its age (“Jesse Ortega, "
    "41, rancher:”, a list of reactions), is the person's role, whatever the tagger made of the word, also "
    "when an acronym qualifies it (“Sunita Bhatt, 45, GP practice manager, Millbrook:”).",
    examples=[("Four-day week\n\nParents reacted.\n\nJesse Ortega, 41, rancher: “My kids will be home "
               "helping me on Fridays.”", {"actor": "Jesse Ortega", "role": "rancher"}),
              ("Homes vote\n\nResidents spoke after the vote.\n\nSunita Bhatt, 45, GP practice manager, "
               "Millbrook: “The surgery is already turning people away.”",
               {"actor": "Sunita Bhatt", "role": "GP practice manager"})],
    counter=[("Four-day week\n\nParents reacted.\n\nAna Ruiz, 35, nurse: “I will need childcare.”",
              {"actor": "Ana Ruiz", "role": "nurse"}),
             ("Homes vote\n\nAna Ruiz, BBC, said the vote was close.", {"actor": "Ana Ruiz", "role": None})])


QUALIFIED_TITLE = rule(
    "mentions.qualified-title", "A description after a name that opens with a place's or body's name before "
    "a title (“Juliette Marchand, Gaza director of the Levant Relief Network,”) is the role; a bare name "
    "there (“Ana Ruiz, BBC,”) is none.",
    examples=[("Aid\n\n“Every day counts,” said Juliette Marchand, Gaza director of the Levant Relief "
               "Network.",
               {"actor": "Juliette Marchand", "role": "Gaza director of the Levant Relief Network"})],
    counter=[("Homes vote\n\nAna Ruiz, BBC, said the vote was close.", {"actor": "Ana Ruiz", "role": None})])


def _role_after(doc: Any, comma: int) -> str | None:
    """ "Jo Reyes, Quillbank's co-founder and chief executive, said": the comma-set description after a
    name, read from the text (the parse splits hyphenated words and possessives)."""
    at = layout_of(doc).tokens  # the Doc's tokens by index, made once (``doc[i]`` makes a new one)
    start = comma + 1
    if start < len(doc) and at[start].like_num and start + 1 < len(doc) and at[start + 1].text == ",":
        start += 2  # "Jo Reyes, 34, a teacher": past the age
    home = _home_after_name(doc, comma, start)
    if home is not None:
        return home
    stop = start
    while stop < len(doc) and stop - start < _MAX_ROLE_TOKENS and at[stop].text not in _ROLE_END \
            and not (at[stop].is_quote and not possessive_apostrophe(at[stop])) \
            and not _spaced_dash(at[stop]) \
            and "\n" not in at[stop - 1].whitespace_ and not at[stop].is_space:
        stop += 1
    # "Platte River Networks - the company that managed it - deleted": a description set off by dashes
    dashed = stop < len(doc) and _spaced_dash(at[stop]) and _spaced_dash(at[comma]) \
        and at[comma - 1].ent_type_ not in ("GPE", "LOC", "NORP")  # ("Iowa — a rare star —": its senator)
    person = comma > 0 and (at[comma - 1].ent_type_ == "PERSON"  # "Walmart, McDonald's, and ..." is a list
                            or (at[comma - 1].is_upper and at[comma - 1].lower_ in lexicon.POSTNOMINALS))
    if person and stop + 3 < len(doc) and at[stop].text == "," and at[stop + 1].lower_ == "and" \
            and at[stop + 2].lower_ in ("a", "an") and stop - start < _MAX_ROLE_TOKENS:
        more = stop + 2  # "Jo Reyes - a former Yale historian, and a leading expert on code-breaking,"
        while more < len(doc) and more - start < _MAX_ROLE_TOKENS and at[more].text not in _ROLE_END \
                and not at[more].is_quote and "\n" not in at[more - 1].whitespace_:
            more += 1
        if more < len(doc) and at[more].text in _ROLE_END and not _clause(doc[stop + 2:more]) \
                and any(t.pos_ == "NOUN" for t in doc[stop + 2:more]):
            fire(doc, COORDINATED_ROLE, at[start].idx, at[more - 1].idx + len(at[more - 1]),
                 span_text(doc, start, more))
            stop = more
    span = doc[start:stop]
    if not span or (stop < len(doc) and at[stop].text not in _ROLE_END and not dashed):
        return None
    lead = span[0]
    if person and lead.lower_ == "of" and _a_body(span[1:]):
        fire_span(AFFILIATION, span, span.text)
        return span.text  # "Rhiannon Pugh, of the charity Patients' Voice, said": whose she is
    side = len(span) == 3 and span[1].lower_ == "the" and span[-1].lower_ in lexicon.COUNSEL_SIDES \
        and at[comma - 1].pos_ == "PROPN"  # ("for the prosecution", never "for her family")
    named_body = len(span) <= 5 and all(t.ent_type_ == "ORG" or t.lower_ == "the" for t in span[1:])
    if lead.lower_ == "for" and len(span) > 1 and ((person and named_body and _a_body(span[1:])) or side):
        fire_span(COUNSEL_FOR, span, span.text)
        return span.text  # "Rupert Haldane KC, for Wessex Vale, said": whom counsel speaks for
    run = 0  # the capitalised words that open the description ("Atlantic Crest", "Gaza")
    while run < len(span) and span[run].pos_ == "PROPN" and span[run].text[:1].isupper():
        run += 1
    possessor = len(span) > run + 1 and run > 0 and span[run].text in POSSESSIVE_MARKS and (
        run == 1 or any(t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.PERSON_HEADS
                        or t.lower_ in lexicon.OCCUPATION_NOUNS for t in span[run + 1:]))
    # ("Mr. Trump's former campaign manager", never "Mr. Obama's diagnosis of the nation's failings ...")
    # "Juliette Marchand, Gaza director of the Levant Relief Network": a place or body that qualifies a title
    qualified = person and 0 < run < len(span) and span[run].lower_ in lexicon.TITLE_WORDS \
        and not any(t.ent_type_ == "PERSON" for t in span)  # (never "Labour candidate Tom Ward and ...")
    # "a Republican from Safford" after a name (never a place's: "Ohio, a Republican who ..."; never
    # "a Russian-born investor")
    nxt = span[2] if len(span) > 2 else None
    party_member = len(span) > 1 and span[1].ent_type_ == "NORP" and span[1].tag_ == "NNP" \
        and at[comma - 1].ent_type_ not in ("GPE", "LOC", "FAC") \
        and (nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "ADJ") and nxt.text not in ("-", "–")))
    # "a Texas Republican", "an Orlando Democrat": a party member of a place
    placed_member = person and len(span) > 2 and span[1].ent_type_ in ("GPE", "LOC") \
        and span[2].lower_ in lexicon.AFFILIATION_WORDS and span[2].tag_ not in ("NNS", "NNPS") \
        and (len(span) == 3 or span[3].pos_ not in ("NOUN", "PROPN", "ADJ"))
    if qualified and not possessor:
        fire_span(QUALIFIED_TITLE, span, span.text)
    # "teaching assistant", "managing director": a gerund that only qualifies a person's noun after it (not
    # "citing privacy")
    qualifying = lead.tag_ == "VBG" and len(span) == 2 and span[1].lower_ in lexicon.PERSON_HEADS
    # (an occupation is one whatever the tagger made of it: "Jesse Ortega, 41, rancher:" with an adverb)
    trade = lead.lower_ in lexicon.OCCUPATION_NOUNS
    if trade and lead.pos_ not in ("NOUN", "PROPN", "ADJ"):
        fire_span(TRADE_AFTER_NAME, span, span.text)
    # (an acronym that qualifies a person's noun: "Sunita Bhatt, 45, GP practice manager, Millbrook:")
    acronym_trade = lead.is_upper and len(span) > 1 and (span[-1].lower_ in lexicon.PERSON_HEADS
                                                        or span[-1].lower_ in lexicon.OCCUPATION_NOUNS)
    if acronym_trade and lead.pos_ == "PROPN":
        fire_span(TRADE_AFTER_NAME, span, span.text)
    if (lead.pos_ in ("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "NUM", "PART")
            and not qualifying and not trade) \
            or lead.tag_ in ("WP", "WP$", "WDT", "WRB") \
            or (lead.pos_ == "PROPN" and not possessor and lead.lower_ not in lexicon.TITLE_WORDS
                and not acronym_trade and not qualified):
        return None
    if not any(t.pos_ == "NOUN" or t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.OCCUPATION_NOUNS
               or (party_member and t.i == lead.i + 1)  # ("a Republican who", "a Democrat")
               or (placed_member and t.i == lead.i + 2)
               for t in span) or _clause(span):
        return None
    if not person and _titled_untagged_name(span):
        fire_span(TITLED_NAME_AFTER_BODY, span, span.text)
        return None
    if _titled_name(span) or all(t.ent_type_ in ("DATE", "TIME") for t in span):
        return None  # "Conservative Amanda Pryce, Labour candidate Tom Ward, ...": the next entry of a list;
        # "..., Kiru Valley and Sandor Highlands, next week,": a time
    if _next_place(doc, comma, span, possessor):
        fire_span(PLACE_LIST, span, span.text)
        return None
    role = re.sub(r"^(the|a|an)\s+", "", span.text, flags=re.IGNORECASE)
    return role or None


#: Most words of a home after a name ("North East Valley", "Stanford-le-Hope" is five tokens).
_MAX_HOME_TOKENS = 6


def _home_after_name(doc: Any, comma: int, start: int) -> str | None:
    """``HOME_AFTER_NAME``: "71, from Castleisland" for the name before ``comma``, whose age (if any) ends
    before ``start``, with a description set after the home ("26, of Stanford-le-Hope; delivery driver")."""
    at = layout_of(doc).tokens
    aged = start > comma + 1
    k = start
    opened = k < len(doc) and at[k].lower_ in lexicon.HOME_PREPOSITIONS
    if not (opened or aged) or comma == 0 or at[comma - 1].ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return None  # (a place's or a body's description is no home: "Ohio, of all places,")
    k += opened
    if opened and k + 1 < len(doc) and at[k].lower_ == "the" and at[k + 1].is_title:
        k += 1  # "of the South End"
    traded = k
    while aged and not opened and traded < len(doc) and traded - k < 3 and at[traded].is_lower \
            and (at[traded].pos_ in ("NOUN", "ADJ") or at[traded].tag_ == "VBN") \
            and at[traded].lower_ not in lexicon.FAMILY_NOUNS:
        traded += 1  # a reaction label's trade before the home: "Pieter van Wyk, 67, retired, Benoni:"
    label = traded > k and traded + 1 < len(doc) and at[traded].text == ","
    if label:  # (a home after a trade is a label's only: it ends with a colon)
        k = traded + 1
    stop = k
    while stop < len(doc) and stop - k < _MAX_HOME_TOKENS and (
            (at[stop].is_title and (at[stop].pos_ == "PROPN" or (
                stop > k and at[stop].pos_ == "NOUN" and at[stop - 1].pos_ == "PROPN")))
            or (stop > k and not at[stop - 1].whitespace_ and at[stop].text not in _ROLE_END
                and (at[stop - 1].text in ("-", "–") or at[stop].text in ("-", "–")))):
        stop += 1  # (a hyphened place runs on over its lower-case parts: "Stanford-le-Hope"; a capitalised
        # noun after a proper noun is the place's too: "Mill End")
    line_end = stop == len(doc) or at[stop].is_space or "\n" in at[stop - 1].whitespace_
    ended = line_end or at[stop].text in _ROLE_END
    colon = stop < len(doc) and at[stop].text == ":"
    if stop == k or not ended or at[stop - 1].text in ("-", "–") or (label and not colon) \
            or any(at[i].lower_ in lexicon.ORG_WORDS or at[i].ent_type_ in ("DATE", "TIME")
                   or at[i].lower_ in lexicon.MONTHS or at[i].lower_ in lexicon.WEEKDAYS
                   for i in range(k, stop)):
        return None  # (a body is an affiliation: "of the Harbour Party"; "from Monday" is a time)
    placed = any(at[i].ent_type_ in ("GPE", "LOC", "FAC") for i in range(k, stop))
    # a reaction's credit line ("'...' — Tom Arkwright, 52, Nether Edge"): what ends it after the age is
    # the home, whatever the model tagged it
    credit = aged and line_end and any(
        at[i].text in ("—", "–", "-") and at[i - 1].is_quote for i in range(max(comma - 6, 1), comma))
    if not (opened or colon or placed or credit or known_place_or_city(span_text(doc, k, stop))):
        return None  # a bare word after an age is a place, or a label's ("Ana Ruiz, 34, Tory,": none)
    region = stop + 1
    while region < len(doc) and region - stop <= 3 and at[region].ent_type_ == "GPE" \
            and at[region].text[:1].isupper():
        region += 1  # "of Brick, N.J.": the home's state or country after a comma
    if region > stop + 1 and at[stop].text == "," and (
            region == len(doc) or at[region].text in _ROLE_END or at[region].is_quote
            or at[region - 1].text.endswith(".") or "\n" in at[region - 1].whitespace_):
        stop = region  # (also at a sentence's end: 'of Jacksonville, Fla. "She ...')
    home = span_text(doc, comma + 1, stop)
    fire(doc, HOME_AFTER_NAME, at[comma + 1].idx, at[stop - 1].idx + len(at[stop - 1]), home)
    described = _role_after(doc, stop) if stop < len(doc) and at[stop].text == "," else None
    return f"{home}; {described}" if described else home


PLACE_LIST = rule(
    "mentions.place-list", "A place after a place and a comma (“in Ireland, the United Kingdom and Portugal "
    "between March and May”) is the next entry of a list, never the first one's description.", effect="-",
    examples=[("The tablets were sold in Ireland, the United Kingdom and Portugal between March 2023 and May "
               "this year.", {"actor": "Ireland", "role": None})],
    counter=[("The summit opens in Lyon, France's third city, on Monday.",
              {"actor": "Lyon", "role": "France's third city"}),
             ("Voting in Georgia, the US state, closes at 7 p.m.", {"actor": "Georgia", "role": "US state"})])


def _next_place(doc: Any, comma: int, span: Any, possessor: bool) -> bool:
    """``PLACE_LIST``: a place name, then a comma and (past "the") another place."""
    places = ("GPE", "LOC")
    first = next((t for t in span if t.lower_ not in ("the", "a", "an")), None)
    if not (comma > 0 and doc[comma - 1].ent_type_ in places and first is not None
            and first.ent_type_ in places and not possessor):
        return False
    after = first.i + 1
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1  # past the place's name: a list goes on ("Nigeria, Qatar", "the United Kingdom and ...")
    # ("Georgia, the US state," describes it)
    return after >= span.end or doc[after].lower_ in (",", "and", "or")


TITLED_NAME_AFTER_BODY = rule(
    "mentions.titled-name-after-body", "A title and a name of two capitalised words set after a body's or a "
    "place's name (“Counsel for Madhya Pradesh, senior advocate Shalini Deshpande-Kulkarni, said”) is the "
    "person the sentence goes on to, no role of the body or place, also where the model tagged no person.",
    examples=[("Volcano\n\nThe head of BNPB, Lieutenant General Dedi Kurniawan Siregar, who flew to Malang, "
               "said funds were ready.", {"actor": "BNPB", "role": None})],
    counter=[("Fund\n\nPaulson Partners, a hedge fund founded by John Paulson, lost money. Ruane Capital, "
              "the firm of investor Tom Hale, gained.",
              {"actor": "Ruane Capital", "role": "firm of investor Tom Hale"})])


def _titled_untagged_name(span: Any) -> bool:
    """After a body's or a place's name, a title and a name of two capitalised words at least that the model
    did not tag a person ("Madhya Pradesh, senior advocate Shalini Deshpande-Kulkarni,", "BNPB, Lieutenant
    General Dedi Kurniawan Siregar,"): the person the sentence goes on to, no role of the body or place."""
    first = len(span)
    while first > 0 and (word := span[first - 1]).pos_ == "PROPN" and word.is_title \
            and word.lower_ not in lexicon.TITLE_WORDS and word.lower_ not in lexicon.ORG_WORDS \
            and word.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "NORP"):
        first -= 1
    named = [t for t in span[first:] if t.text not in ("-", "–")]
    before = span[:first]
    if any(t.lower_ == "of" and (t.i == span.start or span.doc[t.i - 1].lower_ not in lexicon.TITLE_WORDS)
           for t in before):
        return False  # ("home of National Review editor William F. Buckley": a description of the place)
    return len(named) >= 2 and len(before) > 0 and before[-1].lower_ not in ("of", "for", "at", "the") \
        and any(t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.OCCUPATION_NOUNS for t in before) \
        and _title_words(before, modifiers=True)  # ("rice farmer Elmer Bañez": a trade's noun before it)


def _titled_name(span: Any) -> bool:
    """A description that ends in another person named with a title ("Labour candidate Tom Ward", "Sen.
    Ted Cruz"): the next entry of a list, not a role; "wife of Tom Ward" or "spokesperson for X" is one."""
    if span[-1].ent_type_ != "PERSON" or span[-1].lower_ in lexicon.PLACE_HEADS \
            or (span[-1].lower_ in lexicon.LANDFORM_HEADS and span[-1].i > span.start + 1
                and span.doc[span[-1].i - 2].lower_ == "of"):
        return False  # ("the Mayor of Tarrawonga Shire": a place the model called a person)
    first = span[-1].i
    while first > span.start and span.doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    return _title_words(span.doc[span.start:first])


def _title_words(tokens: Any, modifiers: bool = False) -> bool:
    """Every word a title's or a capitalised word ("Labour candidate", "Secretary of State"); with
    ``modifiers`` also a lower-case noun or adjective ("rice farmer")."""
    return all(t.is_title or t.text == "." or t.lower_ in lexicon.TITLE_WORDS or t.lower_ in ("of", "the")
               or t.lower_ in lexicon.OCCUPATION_NOUNS
               or (modifiers and t.is_lower and t.pos_ in ("NOUN", "ADJ")) for t in tokens)


def _clause(span: Any) -> bool:
    """True when a would-be description is a clause ("Ohio, each defendant could face ..."): a finite
    verb that no "who/that/which" introduces."""
    for token in span:
        if token.tag_ in ("WP", "WP$", "WDT") or token.lower_ == "that":
            return False
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _strip_honorifics(text: str) -> str:
    words: list[str] = []
    for w in text.split():
        if w.lower() in lexicon.HONORIFICS or (w.lower() in lexicon.HONORIFIC_CONTINUATIONS and words
                                               and words[-1] == ""):
            words.append("")  # (an honorific's place, so "Seri" after "Datuk" goes too)
        else:
            words.append(w)
    return " ".join(w for w in words if w).strip(" ,")


#: Most words of a body's name after its head ("Movement" + "for Renewal and Unity").
_MAX_ORG_TAIL = 6


def _with_affiliation(doc: Any, root: Any, role: str) -> str:
    """Adds the organisation of "X from/of/at the Y police" to a bare title."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "at") and child.i > root.i:
            for obj in child.children:
                if obj.dep_ == "pobj" and any(t.ent_type_ in ("ORG", "GPE") for t in obj.subtree):
                    end = obj.i + 1  # the body's whole name: "of the Movement for Renewal and Unity (MRU)"
                    while end <= obj.right_edge.i and end - obj.i <= _MAX_ORG_TAIL \
                            and (doc[end].is_title or doc[end].lower_ in lexicon.NAME_JOINERS) \
                            and doc[end].ent_type_ != "PERSON" \
                            and doc[end].lower_.rstrip(".") not in lexicon.TITLE_WORDS \
                            and doc[end].lower_ not in lexicon.HONORIFICS:
                        end += 1  # (never on to "and Rep. Joseph J. Heck")
                    while end > obj.i + 1 and not doc[end - 1].is_title:
                        end -= 1
                    org = span_text(doc, obj.left_edge.i, end)
                    org = re.sub(r"^(the|a|an)\s+", "", org)
                    return f"{role}, {org}"
    return role
