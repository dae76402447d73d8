"""Actors: the people, organisations, countries, places and named groups an article is about.

Three layers build them: ``mentions`` finds every place the text names a possible actor,
``referents`` groups the mentions into actors and resolves names, pronouns and descriptions to them,
and this module ranks the actors by how much the story is about them (salience) and marks the key
ones.

Salience follows how news is written, not who is quoted most: the protagonists are named first, in the
headline and the lead, and act there (subjects, possessors); an actor named often and acting often
matters more; speaking counts a little; a commentator (an analyst, a professor) and a place that is only
the setting rank below the people and bodies the story is about. Each of these is a feature
(``SalienceFeatures``); their weights are data (``data/salience.yaml``), fitted on articles whose gold
names their lead actors (``tests/eval/fit_salience.py``), not set by hand.
"""


from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract import lexicon
from reportgen.extract.grammar import AGENTS, SUBJECTS
from reportgen.extract.layout import children_of, layout_of
from reportgen.extract.mentions import Mention, find_mentions
from reportgen.extract.names import name_key
from reportgen.extract.referents import Referents, resolve_referents, role_head
from reportgen.extract.referents.cluster import office_part
from reportgen.extract.rules import fire, rule

#: Salience is exp((score - top score) / SALIENCE_SPREAD): the top actor's is 1, and the score is a log of
#: the odds that the story is about the actor, so one whose odds are 1 in 20 of the top actor's has
#: 20 ** (-1 / 3) = 0.37. (The spread keeps the figures readable; the order is the scores'.)
SALIENCE_SPREAD = 3.0
#: The salience from which an actor named twice is key: odds of 1 in 20 of the top actor's (the
#: threshold that agrees best with the gold key actors of the dev and invented sets).
KEY_SALIENCE = 0.37

LEAD = rule(
    "referents.salience-lead", "An actor the headline or the lead names, and more so one acting there, "
    "is what the story is about: it ranks among the first.",
    examples=[("Mira Vale quits as port chief\n\nThe harbour board met on Monday. Analysts at Fenwick Bank "
               "said the board would appoint a new chief. Ana Ruiz, a dock worker, said the port was calm. "
               "Mira Vale, who ran the port for ten years, left on Friday.",
               {"first_actor": "Mira Vale"})])
COMMENTATOR = rule(
    "referents.salience-commentator", "A person whose stated role is commenting (an analyst, a professor, "
    "an economist), or a body that supplies figures (“data provider MarketPoint”), ranks below the story's "
    "protagonists, however often quoted.", effect="-",
    examples=[("Calder Dockers Union extends strike\n\nThe Calder Dockers Union extended its strike on "
               "Friday.\n\n“This will hurt exporters badly,” said Dana Whit, an analyst at Meridian Freight. "
               "“The costs mount every day,” Whit said. “Nobody wins,” Whit added.",
               {"first_actor": "Calder Dockers Union"}),
              ("Hanul Display swings to loss\n\nHanul Display posted a loss of 214 billion won. Analysts had "
               "expected a profit, according to data provider MarketPoint. Chief Executive Bae Jung-ho said "
               "the company would cut jobs. Bae said the cuts were painful.",
               {"ranks_above": ["Bae Jung-ho", "MarketPoint"]})])


def find_actors(doc: Any) -> tuple[list[Actor], Referents]:
    """The article's actors (canonical name, type, aliases, role, mentions) and their referents."""
    return resolve_referents(doc, find_mentions(doc))


def rank_actors(actors: list[Actor], claims: list[Claim], referents: Referents) -> None:
    """Salience (see the module docstring) scaled to 0-1, ``key`` for the central actors, and actors
    sorted most salient first."""
    doc = referents.doc
    told = Counter(c.speaker for c in claims if c.speaker)
    total = max(len(doc), 1)
    first_seen = referents.first_seen
    scores = {actor.name: score_salience(features)
              for actor, features in salience_features(actors, claims, referents)}
    top = max(scores.values(), default=0.0)
    for actor in actors:
        actor.salience = round(math.exp((scores[actor.name] - top) / SALIENCE_SPREAD), 3) \
            if actor.name in scores else 0.0
        first = first_seen.get(actor.name, total)
        titled = actor.type == "person" and bool(actor.role)
        actor.key = bool(told[actor.name]) or actor.mentions >= 3 \
            or (actor.mentions >= 2 and (actor.salience >= KEY_SALIENCE or titled)) or first < 0.1 * total
    actors.sort(key=lambda a: (-scores.get(a.name, -math.inf), first_seen.get(a.name, total)))


@dataclass(frozen=True)
class SalienceFeatures:
    """What the story says of one actor that tells whether it is about them; ``score_salience`` weighs
    these with the weights of ``data/salience.yaml``, fitted on articles with gold lead actors."""

    weight: float  # square root of the name's weight (a subject or possessor 1, else 0.5), plus kind nouns,
    # pronouns and half of the officers speaking for a body
    lead: float  # 1 when the headline or the lead names the actor
    acts_in_lead: float  # 1 when it is a subject or possessor there
    quotes: float  # direct quotations, up to 3
    statements: float  # other statements, up to 2
    setting: float  # 1 for a place that is only where things happen, or a country only a nationality
    commentator: float  # 1 for an analyst, professor, pollster, data provider...
    first: float  # where the text first names the actor: 0 at its start, 1 at its end


def score_salience(features: SalienceFeatures) -> float:
    """The weighted sum of the features (data/salience.yaml): the log of the odds that the story is about
    the actor, up to a constant (see ``SALIENCE_SPREAD``)."""
    return sum(weight * getattr(features, name) for name, weight in lexicon.SALIENCE_WEIGHTS.items())


def salience_features(actors: list[Actor], claims: list[Claim],
                      referents: Referents) -> list[tuple[Actor, SalienceFeatures]]:
    """The features of each actor the story names outside page furniture."""
    doc = referents.doc
    quoted = Counter(c.speaker for c in claims if c.speaker and c.kind == "quote")
    told = Counter(c.speaker for c in claims if c.speaker)
    lead_end = layout_of(doc).lead_end
    nominals, acting = _nominal_references(referents)
    nominals.update(_pronoun_references(referents))
    voices = _voices(doc, actors, referents, quoted)
    found = []
    for actor in actors:
        mentions = [m for m in referents.mentions_of(actor) if not m.furniture]
        if mentions:
            found.append((actor, _features(doc, actor, mentions, lead_end, quoted[actor.name],
                                           told[actor.name], nominals[actor.name],
                                           voices.get(actor.name, 0.0), actor.name in acting, referents)))
    return found


NOMINAL = rule(
    "referents.salience-nominal", "A body the story goes on calling by the kind its name states (“the "
    "authority” of a Safety Authority, “the museum's director”), or a place or body by the kind set after "
    "its name (“the Portillo Verde crossing” ... “the crossing”, “Mount Kessa” ... “the volcano”), is "
    "mentioned each time: it ranks with the actors named often, and a place so made a subject acts. A "
    "guess (“the company” for the firm named most) adds nothing.",
    examples=[("Crane collapses at Klaipeda port\n\nA ship struck a crane at the Klaipeda port on Tuesday, "
               "according to the Harbour Safety Authority. Tomas Vale, a crane driver, was hurt. Vale's "
               "brother Petras Vale said he was recovering. The authority said the port would reopen on "
               "Friday. The authority's spokeswoman said the crane was old. The authority has opened an "
               "inquiry, and the authority will report in May.",
               {"first_actor": "Harbour Safety Authority"}),
              ("Volcano erupts\n\nOfficials raised the alert for Mount Kessa Ndor on Tuesday, the "
               "Volcanology Centre said. The volcano spewed ash 4 km high. Ana Ruiz, a farmer, said she had "
               "fled. The volcano erupted twice more overnight, and the volcano may erupt again, the centre "
               "said.",
               {"ranks_above": ["Mount Kessa Ndor", "Ana Ruiz"]})])


def _nominal_references(referents: Referents) -> tuple[Counter[str], set[str]]:
    """How often each body is called by its kind ("the authority", "the company"), and each place or
    body by the kind the text set after its name ("the Portillo Verde crossing" ... "the crossing"),
    outside names and quotes, weighted like a name: a subject or possessor counts 1, any other mention
    0.5. Also the actors such a reference makes a subject ("the volcano spewed ash")."""
    found: Counter[str] = Counter()
    acting: set[str] = set()
    doc = referents.doc
    kinds = _kinds_after_names(referents)
    layout = layout_of(doc)
    for token in layout.tokens_among(layout.by_pos, ("NOUN",)):
        word = token.lower_
        if token.pos_ != "NOUN" or not (word in lexicon.ORG_WORDS or word in lexicon.COMPANY_NOUNS
                                        or word in kinds) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) \
                or referents.actor_at(token.i) is not None or referents.in_quote(token.idx) \
                or any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in children_of(token)):
            continue  # (never "the Cooper Union", nor "the Labour party": names, counted as names)
        actor = kinds.get(word) or _named_kind(referents, word, token.i)
        if actor is None:
            continue
        found[actor.name] += 2 if token.dep_ in AGENTS else 1
        if token.dep_ in SUBJECTS:
            acting.add(actor.name)
        fire(doc, NOMINAL, token.idx, token.idx + len(token), actor.name)
    return found, acting


def _named_kind(referents: Referents, word: str, token_i: int) -> Actor | None:
    """The organisation "the <word>" stands for when its name holds the word ("the authority")."""
    actor = referents.by_title(f"the {word}", token_i)
    if actor is None or actor.type != "organization" or word not in name_key(actor.name).split():
        return None
    return actor


def _kinds_after_names(referents: Referents) -> dict[str, Actor]:
    """Common nouns set right after a place's or body's name, which they modify ("the Portillo Verde
    crossing", "the Kessa dam"): later, "the crossing" is that actor, when only one actor has the word."""
    doc = referents.doc
    seen: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    for actor in referents.actors:
        if actor.type not in ("location", "organization"):
            continue
        for mention in referents.mentions_of(actor):
            root = doc[mention.root]
            after = doc[mention.end] if mention.end < len(doc) else None
            if after is not None and after.pos_ == "NOUN" and after.is_lower and root.head.i == after.i \
                    and root.dep_ == "compound" and after.lower_ not in lexicon.WORK_NOUNS:
                seen.setdefault(after.lower_, set()).add(actor.name)
                actors[after.lower_] = actor
            if actor.type == "location":  # "Mount Wolo Ndeta" ... "the volcano" (places.yaml place_kinds)
                for word in {doc[mention.start].lower_, doc[mention.end - 1].lower_}:
                    for kind in lexicon.PLACE_KINDS.get(word, ()):
                        seen.setdefault(kind, set()).add(actor.name)
                        actors[kind] = actor
    return {word: actors[word] for word, names in seen.items() if len(names) == 1}


PRONOUN = rule(
    "referents.salience-pronoun", "A body the story goes on to name by pronoun as the subject of what "
    "happens (“It says 1,450 buildings collapsed” after “Turkey's disaster agency AFAD says”) is mentioned "
    "each time. (People's “he” and “she” are not counted: they mostly tell who spoke, and lifted quoted "
    "people over the bodies and places a story is about.)",
    examples=[("Quake toll rises\n\nTurkey's disaster agency AFAD says 340 people died. It says 1,450 "
               "buildings collapsed. It has sent 9,000 rescuers. The Kandilli Observatory recorded 120 "
               "aftershocks.", {"ranks_above": ["AFAD", "Kandilli Observatory"]})])


def _pronoun_references(referents: Referents) -> Counter[str]:
    """``PRONOUN``: a main clause's subject "it" doing something right after a body was the subject
    (never "it is clear"), outside quotes."""
    found: Counter[str] = Counter()
    doc = referents.doc
    layout = layout_of(doc)
    subject: Actor | None = None  # what the last subject outside quotes stood for
    tokens = layout.tokens
    for i, dep in enumerate(layout.deps):  # (the labels read from the layout's list: no Token is asked)
        if dep not in SUBJECTS:
            continue
        token = tokens[i]
        if referents.in_quote(token.idx) or token.head.dep_ not in ("ROOT", "conj"):
            continue  # (a main clause's subject: "AFAD says 340 people died. It says ...")
        actor = None
        if token.lower_ == "it" and token.head.pos_ == "VERB" and token.head.lemma_ not in ("be", "seem") \
                and subject is not None and subject.type == "organization":
            actor = subject  # "AFAD says ... It says ...": the body the last subject named
        if actor is not None:
            found[actor.name] += 1
            fire(doc, PRONOUN, token.idx, token.idx + len(token), actor.name)
        subject = actor if token.lower_ == "it" else referents.actor_at(token.i) or next(
            (a for c in children_of(token)
             if c.dep_ in ("appos", "compound") and (a := referents.actor_at(c.i))),
            None)  # ("the disaster agency AFAD says")
    return found


VOICE = rule(
    "referents.salience-voice", "A body that speaks through its officers (“Dana Roe, the authority's "
    "spokeswoman”, “Its chief executive, Jo Reyes”, “a fund headed by Carl Ostrom”) acts through them: "
    "half of what they do and say counts for the body. A member or volunteer is no office.",
    examples=[("Rovers agree £90m takeover\n\nDunford Rovers have agreed to be sold to Maple Ridge "
               "Partners, a fund headed by banker Carl Ostrom, in a £90m deal. \"We are here for the long "
               "term,\" Ostrom said. \"The fans will see that,\" Ostrom added.\n\nCoach Nina Holt said: \"I "
               "only think about Saturday's game.\" \"We want to win the league,\" Holt added.",
               {"ranks_above": ["Maple Ridge Partners", "Nina Holt"]})],
    counter=[("Ship hits crane at Klaipeda port\n\nA ship struck a crane at the Klaipeda port on Tuesday, "
              "the Lithuanian port police said. The vessel's operator, Nordholm Lines, said it was "
              "cooperating. A team would be sent from Gdansk, and the ship would be repaired in Gdansk, the "
              "port said. It said Gdansk had a dock. Anja Feld, a crane driver, said: “We are sorry.”",
              {"actor": "Nordholm Lines", "type": "organization"})])


SETTING = rule(
    "referents.salience-setting", "A place that is only where things happen (“in Klaipeda”, a dateline) "
    "is the story's setting: it ranks below the bodies and people acting there. A place that acts "
    "(“Bristol says no”, “Sindh's farms fail”) is not only a setting; owning what is not a subject (“a "
    "setback for Europe's space ambitions”) is no act.", effect="-",
    examples=[("Crane collapses in Klaipeda\n\nKLAIPEDA, Lithuania — A crane collapsed in Klaipeda on "
               "Tuesday, the Harbour Safety Authority said. The authority said the port would reopen. The "
               "authority has opened an inquiry.", {"first_actor": "Harbour Safety Authority"}),
              ("Rocket breaks up after launch\n\nA rocket built by Vantor Launch broke apart on Thursday, a "
               "setback for Europe's space ambitions, for Asia's buyers and for Africa's farmers. \"We "
               "failed our customer,\" Vantor chief executive Mia Dahl said. \"We will fly again,\" Dahl "
               "said.",
               {"ranks_above": ["Mia Dahl", "Africa"]})],
    counter=[("Drought in Catalonia\n\nCatalonia's reservoirs fell to 10 percent, the Water Agency said. "
              "Catalonia's farmers protested, the agency said.", {"first_actor": "Catalonia"})])


def _voices(doc: Any, actors: list[Actor], referents: Referents, quoted: Counter[str]) -> dict[str, float]:
    """``VOICE``: for each organisation, half the weight of the people whose role, headed by a title, names
    it, or whom its own role names ("a fund headed by banker Carl Ostrom")."""
    bodies = [(actor, {name_key(form) for form in (actor.name, *actor.aliases)})
              for actor in actors if actor.type == "organization"]
    found: dict[str, float] = {}
    for person in actors:
        if person.type != "person":
            continue
        stated = office_part(person.role)
        role = f" {name_key(stated)} "
        head = role_head(stated)
        office = not role.isspace() and head in lexicon.TITLE_WORDS
        named = [(len(form), body) for body, forms in bodies
                 for form in forms if office and form and _office_of(role, head, form)]
        named += [(0, body) for body, _ in bodies if _led_by(body.role or "", person.name)]
        if not named:
            continue
        body = max(named, key=lambda pair: pair[0])[1]
        real = [m for m in referents.mentions_of(person) if not m.furniture]
        found[body.name] = found.get(body.name, 0.0) + 0.5 * (_weight(real) + min(quoted[person.name], 3))
        if real:
            fire(doc, VOICE, doc[real[0].start].idx, doc[real[0].start].idx + len(real[0].text), body.name)
    return found


def _office_of(role: str, head: str, form: str) -> bool:
    """The role is an office at the body: its name before the office ("the authority's spokeswoman",
    "Gavira spokesman") or right after it ("chief executive of Norvale"), not deep in a clause ("a lawyer
    for families suing Lagos State")."""
    at = role.find(f" {form} ")
    office = role.find(f" {head} ")
    if at < 0 or office < 0:
        return False
    between = role[office + len(head) + 2:at].split()
    return at < office or all(w in ("of", "for", "at", "with", "the", "to") for w in between)


def _led_by(description: str, name: str) -> bool:
    """The body's description names its leader ("a fund headed by banker Carl Ostrom")."""
    words = name_key(description).split()
    key = name_key(name).split()
    for k, word in enumerate(words[:-1]):
        if word in lexicon.LEADER_VERBS and words[k + 1] == "by":
            rest = words[k + 2:k + 6]
            return any(rest[i:i + len(key)] == key for i in range(len(rest)))
    return False


NATIONALITY = rule(
    "referents.salience-nationality", "A country named only as people's nationality (“Colombia's Joaquín "
    "Arce”, “Mads Kjeldgaard of Denmark”, “Arce (Colombia)”) is no protagonist: it is the setting, named "
    "neither in the lead nor acting (the person is), and ranks below the teams and bodies of the story.",
    effect="-",
    examples=[("Arce wins the stage for Arvida\n\nColombia's Joaquín Arce won the fourth stage for the "
               "Arvida team on Tuesday, ahead of Denmark's Mads Kjeldgaard. Arce rides for the Arvida team, "
               "which has won three stages. The Arvida team leads the race. “We are strong,” Arce said.",
               {"ranks_above": ["Arvida team", "Colombia"]})],
    counter=[("Border talks\n\nColombia closed its border with Venezuela on Tuesday. Colombia's president "
              "Ana Ruiz said the move was temporary.", {"first_actor": "Colombia"})])


def _only_a_nationality(doc: Any, mentions: list[Mention], referents: Referents) -> bool:
    """Every mention outside furniture ties a person to the country: their possessor ("Colombia's Arce"),
    after "of" right after their name ("Kjeldgaard of Denmark") or in brackets after it."""
    real = [m for m in mentions if not m.furniture]

    def person(i: int) -> bool:
        actor = referents.actor_at(i) if 0 <= i < len(doc) else None
        return actor is not None and actor.type == "person"

    def tie(m: Mention) -> bool:
        root = doc[m.root]
        if root.dep_ == "poss" and person(root.head.i):
            return True
        before = doc[m.start - 1].text if m.start > 0 else ""
        return before in ("of", "(") and person(m.start - 2)

    return bool(real) and all(tie(m) for m in real)


def _place_acts(doc: Any, mention: Mention) -> bool:
    """``SETTING``: a place acts as a subject outside quotes, owns a subject ("Catalonia's reservoirs
    fell") or names the kind that is one ("the Portillo Verde crossing reopened"); owning something else
    ("a setback for Europe's space ambitions") is still the setting."""
    root = doc[mention.root]
    if mention.quoted:
        return False
    if root.dep_ == "compound" and root.head.dep_ in SUBJECTS and root.head.is_lower:
        return True  # "The Portillo Verde crossing reopened": the place, by its kind, acts
    if not mention.agentive:
        return False
    return root.dep_ != "poss" or root.head.dep_ in SUBJECTS


def _weight(mentions: list[Mention]) -> float:
    """A name's weight: a subject or possessor outside quotes counts 1, any other mention 0.5."""
    return sum(1.0 if m.agentive and not m.quoted else 0.5 for m in mentions)


def _commentator_body(role: str) -> bool:
    """A body's role that supplies figures or comment ("data provider", "polling firm"; organisations.yaml
    commentator_bodies), never a "broadband provider" the story is about."""
    words = f" {name_key(role)} "
    return any(f" {phrase} " in words for phrase in lexicon.COMMENTATOR_BODIES)


def _features(doc: Any, actor: Actor, real: list[Mention], lead_end: int, quotes: int, statements: int,
              nominals: int, voices: float, acts_by_kind: bool, referents: Referents) -> SalienceFeatures:
    layout = layout_of(doc)
    start = doc[real[0].start].idx
    span = (start, start + len(real[0].text))
    setting = actor.type == "location" and not acts_by_kind and not any(_place_acts(doc, m) for m in real)
    nationality = actor.type == "country" and _only_a_nationality(doc, real, referents)
    if setting:
        fire(doc, SETTING, *span, actor.name)
    if nationality:  # (each mention describes a person, who is the one named in the lead and acting)
        fire(doc, NATIONALITY, *span, actor.name)
    in_lead = [] if nationality else [m for m in real if m.headline or doc[m.start].idx < lead_end]
    if in_lead:
        fire(doc, LEAD, *span, actor.name)
    role = set(name_key(office_part(actor.role)).split())
    commentator = (actor.type == "person" and bool(role & lexicon.COMMENTATOR_WORDS)) \
        or (actor.type == "organization" and _commentator_body(actor.role or ""))
    if commentator:
        fire(doc, COMMENTATOR, *span, actor.name)
    return SalienceFeatures(
        weight=math.sqrt((0.5 * len(real) if nationality else _weight(real)) + 0.5 * nominals + voices),
        lead=float(bool(in_lead)),
        acts_in_lead=float(any(m.agentive for m in in_lead)),
        quotes=float(min(quotes, 3)),
        statements=float(min(statements - quotes, 2)),
        setting=float(setting or nationality),
        commentator=float(commentator),
        first=min(start / max(len(layout.text), 1), 1.0),
    )
