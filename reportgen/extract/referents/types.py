"""Each cluster made an actor: its type by the votes of its mentions and what the text says about it
(a vessel, a city that speaks for its council, a state, a brand, a party's members), its fullest role,
and its gender; the speakers' types checked once claims are known.
"""


from __future__ import annotations

import re
from typing import Any

from reportgen.brief import Actor
from reportgen.brief.model import ActorType
from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS, SUBJECTS, tree_of
from reportgen.extract.layout import children_of, layout_of, sentence_of
from reportgen.extract.mentions import Mention
from reportgen.extract.mentions.credits import SPEAKER_LABEL
from reportgen.extract.names import (
    QUOTED_NICKNAME,
    acronym_fits,
    country_key,
    firm_legal_name,
    known_place_or_city,
    legal_name,
    name_key,
    person_shaped,
    without_brackets,
)
from reportgen.extract.nlp import common_noun
from reportgen.extract.referents.cluster import (
    Cluster,
    fire_at,
    known_city,
    person_noun,
    role_head,
    state_or_province,
    surname_or_full_name,
    titled_country,
    without_label,
)
from reportgen.extract.referents.resolver import Referents
from reportgen.extract.referents.typer import fitted_type, type_features
from reportgen.extract.roles import address_key
from reportgen.extract.rules import fire, rule

MEDIUM = rule(
    "referents.medium", "A news medium that only carries what others say (“told BBC News”, “told BBC Radio "
    "4's Today programme”) is no actor of the story; one that acts or is cited (“BBC News reported”) is.",
    effect="-",
    examples=[("Ferry storm\n\nAna Ruiz, the harbour master, told BBC Radio 4's Today programme on Monday "
               "that the port would reopen. “We are ready,” she said.", {"no_actor": "BBC Radio"})],
    counter=[("Ferry storm\n\nBBC News reported on Monday that the port would reopen after the storm.",
              {"actor": "BBC News"})])


VESSEL = rule(
    "referents.vessel", "A ship (“the frigate HMS Chatham”, “the ship Diligence”, “a vessel, the Bayleaf”) "
    "acts as its crew: an organisation, whatever label the model gave its name.",
    examples=[("Two ships, the supply ship Diligence and the frigate HMS Kestrel, arrived on Monday.",
               {"actor": "HMS Kestrel", "type": "organization"})],
    counter=[("Ana Ruiz boarded the ferry in Oslo on Monday.", {"actor": "Ana Ruiz", "type": "person"})])


NAMED_STORM = rule(
    "referents.named-storm", "A weather system's name (“Typhoon Bayani”, “Storm Imogen”; things.yaml "
    "storm_words) is a location, where the storm strikes, whatever the model made of it.",
    examples=[("Typhoon\n\nTyphoon Bayani made landfall in Eastern Samar on Tuesday. Bayani brought winds of "
               "185 kph.", {"actor": "Typhoon Bayani", "type": "location"})],
    counter=[("Rugby\n\nThe Storm Chasers beat the Kestrels on Saturday.", {"actor": "Storm Chasers"})])


def _a_storm(doc: Any, words: list[str]) -> bool:
    """``NAMED_STORM``: a storm word, then one name that is no common word ("typhoon bayani", lowered;
    never "storm chasers")."""
    name = words[-1] if words else ""
    if common_noun(doc, name) or common_noun(doc, name.removesuffix("s")):
        return False
    return any(tuple(words[:len(phrase)]) == phrase and len(words) == len(phrase) + 1
               for phrase in lexicon.STORM_WORDS.get(words[0], ()))


DESCRIBED_BODY = rule(
    "referents.described-body", "A name whose stated role is headed by a body noun (“Voltis, a company that "
    "...”, “Web portal Lycos Europe”, “Inherent Resolve, the U.S. military operation against ...”) is an "
    "organisation; “a company spokesman” is a person.",
    examples=[("Web portal Kestrel Europe reported a 500% rise in phishing messages.",
               {"actor": "Kestrel Europe", "type": "organization"}),
              ("Fine\n\nThe Commission fined Vantora, the short-video platform, €612 million on Thursday. "
               "“We will appeal,” Vantora said.", {"actor": "Vantora", "type": "organization"}),
              ("Steel\n\nThe steelmakers' association Aco Sul said 9,000 jobs were at risk.",
               {"actor": "Aco Sul", "type": "organization"}),
              ("Results\n\nThe German fashion group Hugo Boss said sales rose 4 percent in the quarter.",
               {"actor": "Hugo Boss", "type": "organization"})],
    counter=[("Ana Ruiz, a portal designer, reported a rise in phishing messages.",
              {"actor": "Ana Ruiz", "type": "person"}),
             ("Port strike\n\nCrane operator Jeroen Bakker said the strike would go on.",
              {"actor": "Jeroen Bakker", "type": "person"}),
             ("Bank\n\nWorkers at the bank Maria Santos ran for a decade said they were shocked.",
              {"actor": "Maria Santos", "type": "person"}),
             ("Tom LeVane, 52, who owns a jewelry company in Macon, said he backs the plan.",
              {"actor": "Tom LeVane", "type": "person"})])


TITLED_COUNTRY = rule(
    "referents.titled-country", "A name after a state's title (“the Republic of Valdoria”, “the Kingdom of "
    "Arland”) is a country, and its short name (“Valdoria”) the same one.",
    examples=[("The Republic of Valdoria said it would appeal the ruling. Valdoria's army withdrew on "
               "Monday.", {"actor": "Republic of Valdoria", "type": "country", "aliases": ["Valdoria"]})],
    counter=[("Floods hit the State of Mexico on Monday, the governor said.", {"actor": "State of Mexico",
                                                                       "type": "location"})])


PERSON_AFTER_PLACE = rule(
    "referents.person-after-place", "A description headed by a person's noun after a place (“a source "
    "inside the Rukban camp, a Syrian refugee who asked not to be named, said”) is someone's, never the "
    "place's role.", effect="-",
    examples=[("A source inside the Rukban camp, a Syrian refugee who asked not to be named, said food had "
               "run out.", {"actor": "Rukban camp", "role": None})],
    counter=[("The summit opens in Lyon, France's third city, on Monday.",
              {"actor": "Lyon", "role": "France's third city"})])


#: A city this large is meant as the place, whatever the model's label, unless it acts or is a person.
BIG_CITY = 1_000_000


BIG_CITY_NAME = rule(
    "referents.big-city", "A one-word name of a city of a million people or more, with no sign of a person "
    "and not acting (“samples were sent to N'Djamena”), is that city, however the model tagged it; never "
    "an acronym (“BLM”, which the gazetteer reads as Belém's code).",
    examples=[("Test results from samples sent to N'Djamena are expected by Thursday.",
               {"actor": "N'Djamena", "type": "location"})],
    counter=[("Samples were sent to N'Djamena. N'Djamena said it had no laboratory.",
              {"actor": "N'Djamena"})])


STATE_NAME = rule(
    "referents.state-name", "A name the gazetteer knows as a country's state, province or region (ISO "
    "3166-2, top level: “Mato Grosso”, “Piauí”), with no sign of a person and never called a body by the "
    "model, is that place, however the model tagged it.",
    examples=[("Amazon clearing\n\nPará accounted for 36% of the clearing, followed by Mato Grosso with 24% "
               "and Amazonas with 19%.", {"actor": "Mato Grosso", "type": "location"})],
    counter=[("Amazon clearing\n\nMs Amazonas, a farmer, said the fines were unfair.",
              {"actor": "Amazonas", "type": "person"}),
             ("Tennis\n\nMendoza said he was disappointed. Mendoza lost in straight sets.",
              {"actor": "Mendoza", "type": "person"})])


STREET_NAME = rule(
    "referents.street-name", "A name opened by a street or landform word of another language (“Rua do "
    "Forte”, “Calle Mayor”, “Cerro Morado”) is a place.",
    examples=[("Shops on Rua do Forte lost trade during the works, the mayor said.",
               {"actor": "Rua do Forte", "type": "location"}),
              ("Mine\n\nThe union struck at the mine on Monday. Cerro Morado produced 40,000 tonnes of "
               "copper last year.", {"actor": "Cerro Morado", "type": "location"})],
    counter=[("Plaza Mendes said the shop would close.", {"actor": "Plaza Mendes", "type": "person"})])


DESCRIBED_PLACE = rule(
    "referents.described-place", "A name whose stated role is headed by a place noun (“San Ildefonso, a town "
    "of 68,000 people”, “Kessa, a fishing village”) is a place, however the model tagged it.",
    examples=[("Boats were lost in Kessa, a fishing village on the coast, on Monday.",
               {"actor": "Kessa", "type": "location"}),
              ("The quake struck 30 kilometres north of San Ildefonso del Norte, a town of 68,000 people. "
               "Rescuers worked through the night.",
               {"actor": "San Ildefonso del Norte", "type": "location"}),
              ("Fire\n\nThe fire reached Agia Anna, a coastal resort, on Tuesday.",
               {"actor": "Agia Anna", "type": "location"})],
    counter=[("Ana Town, a village elder, said the water had gone.", {"actor": "Ana Town", "type": "person"}),
             ("Rosa Hale, 54, a town councillor, said the water had gone.",
              {"actor": "Rosa Hale", "type": "person"}),
             ("Kessa Holdings, a port operator, said trade fell.", {"actor": "Kessa Holdings",
                                                                   "type": "organization"})])


ACTING_BODY = rule(
    "referents.acting-body", "A name the model mostly calls a place but at least once an organisation, "
    "that acts (“Verizon is paying”) and is never used as a place (“in X”, “X's coast”), is an "
    "organisation.",
    examples=[("Yahoo sold its web business to Verizon. The deal with Verizon closes in May. Verizon is "
               "paying $4.8 billion for the assets.", {"actor": "Verizon", "type": "organization"})],
    counter=[("Floods hit homes in Calder on Monday. Calder lost its bridge, and Calder said it would "
              "rebuild.", {"actor": "Calder", "type": "location"})])


BRAND_MODIFIER = rule(
    "referents.brand-modifier", "A one-word name the model calls a person, with no sign of one (title, age, "
    "role), that also modifies a common noun (“its Twitter account”) is an organisation.",
    examples=[("Officials renamed the press office Twitter account during a televised debate. Twitter "
               "pledged to take action against such tricks.", {"actor": "Twitter", "type": "organization"})],
    counter=[("Ana Ruiz won the vote. Ruiz supporters cheered, and Ruiz said she would cut taxes.",
              {"actor": "Ana Ruiz", "type": "person"})])


PARTY_PLURAL = rule(
    "referents.party-plural", "A party named by its members as a plural (“the Liberal Democrats”, “the "
    "Tories”; organisations.yaml party_plurals) is an organisation, though the model calls it a nationality "
    "or a group.",
    examples=[("By-election\n\nThe Liberal Democrats won the seat on Thursday, and the Greens came third.",
               {"actor": "Liberal Democrats", "type": "organization"})],
    counter=[("Bloc politics\n\nThe EU and the West are united against the invasion, Ana Ruiz said.",
              {"actor": "West", "type": "group"})])


COUNCIL_AREA = rule(
    "referents.council-area", "A name the text also gives its local council (“Brackmoor's tram line” "
    "beside “Brackmoor Borough Council”) is the council's area: a place, however the model tagged it.",
    examples=[("Tram plan\n\nBrackmoor Borough Council approved the plan on Monday. Brackmoor's new tram "
               "line will open in 2029.", {"actor": "Brackmoor", "type": "location"})],
    counter=[("Tram plan\n\nBrackmoor Borough Council approved the plan on Monday.",
              {"actor": "Brackmoor Borough Council", "type": "organization"})])


HOME_TOWN = rule(
    "referents.home-town", "A name right after a person's name and age (“Hannah Lloyd, 29, Bristol”) is "
    "where that person lives: a place.",
    examples=[("Reactions\n\n“We will have to move away.” — Hannah Lloyd, 29, Pontcae",
               {"actor": "Pontcae", "type": "location"})],
    counter=[("Reactions\n\nHannah Lloyd, 29, said she would move away.",
              {"actor": "Hannah Lloyd", "type": "person"}),
             ("Crash\n\nThe dead were named as Hannah Lloyd, 29, Mark Evans, 31, and Peter Hale, 45.",
              {"actor": "Mark Evans", "type": "person"})])


SPOKEN_OF_AS_A_THING = rule(
    "referents.spoken-of-as-a-thing", "A name the model calls a person, with no sign of one (honorific, "
    "title, role, “he”/“she”), that the text goes on to call “it”/“its” in its own clause and “the company” "
    "in the next sentence is an organisation (“Corwen Steel confirmed that it will close its plant. The "
    "company blamed ...”).",
    examples=[("Plant closure\n\nCorwen Steel confirmed on Wednesday that it will close its Ferrisford "
               "plant. The company blamed high energy costs.",
               {"actor": "Corwen Steel", "type": "organization"})],
    counter=[("Plant closure\n\nMaria Costa confirmed on Wednesday that it will close its Ferrisford "
              "plant. She blamed high energy costs.", {"actor": "Maria Costa", "type": "person"}),
             ("Plant closure\n\nTom Hale said it was a sad day for the town. The company had employed 300 "
              "people there.", {"actor": "Tom Hale", "type": "person"})])


STAFFED_BODY = rule(
    "referents.staffed-body", "A one-word name the model calls a person, with no sign of one (title, role, "
    "first name, “he”/“she” after it in its sentence or opening the next), that owns a board or "
    "shareholders (“Eskom's board”; organisations.yaml staff_nouns) is an organisation.",
    examples=[("Power cuts\n\nVolteq said outages had climbed. Sizwe Ndlovu, Volteq's group chief executive, "
               "apologised. The minister met Volteq's board.", {"actor": "Volteq", "type": "organization"}),
              # a quote's closing "she wrote" is anyone's (the minister's here)
              ("Power cuts\n\nVolteq said outages had climbed. Minister Ana Ruiz said on X that she had met "
               "Volteq's board. \"We will act,\" she wrote.", {"actor": "Volteq", "type": "organization"})],
    counter=[("Power cuts\n\nRuiz said outages had climbed. Ruiz's lawyer apologised, and Ruiz said he "
              "would appeal.", {"actor": "Ruiz", "type": "person"}),
             ("Power cuts\n\nObama said outages had climbed. Obama's cabinet met on Monday.",
              {"actor": "Obama", "type": "person"}),
             ("Pay award\n\nMusk told investors on Monday that the package was fair. Musk's board approved "
              "the award on Tuesday. He said the vote was fair.", {"actor": "Musk", "type": "person"})])


COMPASS_PLACE = rule(
    "referents.compass-place", "Two words opening with a compass word (“West Rukum”, “North Kivu”), no "
    "first name, common noun or body's word after it (“Northwestern University”, “Western Journalism”) "
    "and no person's cue, are a place, whatever the model made of them.",
    examples=[("Quake\n\nThe worst damage was in Jajarkot and West Rukum, where 40 people died.",
               {"actor": "West Rukum", "type": "location"})],
    counter=[("Rap\n\nRapper South Ana said she would tour.", {"actor": "South Ana", "type": "person"}),
             ("Poll\n\nNorthwestern University ran the poll. Western Journalism published it.",
              {"actor": "Western Journalism", "type": "organization"})])


STATE_CODE = rule(
    "referents.state-code", "A US state's postal code or AP abbreviation right after a place and a comma "
    "(“in Berea, OH,”, “Macon, Ga.”) is that state, a place, even where the parser made it a subject.",
    examples=[("Rally\n\nGovernor Ana Ruiz spoke to supporters at Baldwin College in Berea, OH, after "
               "winning the state on Tuesday, and said the race was far from over.",
               {"actor": "OH", "type": "location"})],
    counter=[("Rally\n\nThe OH Group, a consultancy, said on Tuesday that the race was far from over.",
              {"no_actor": "OH"}),
             ("Growth\n\nJack Ma visited a school on Monday. In Hangzhou, Ma said the firm would keep "
              "growing.", {"actor": "Jack Ma", "type": "person"})])


TITLED_PLACE = rule(
    "referents.titled-place", "A name the model calls a place, after a job title (“Minecraft developer "
    "Uppsala”, “housebuilder Calder”), is a firm: places have no job titles; a person's name stays a "
    "person's.",
    examples=[("Games\n\nA player reported the bug to Minecraft developer Uppsala. \"On the one hand it is "
               "fixed,\" he said, yet Uppsala has failed to act on it.", {"actor": "Uppsala",
                                                                         "type": "organization"})],
    counter=[("Games\n\nGame developer Ana Ruiz said the bug was fixed.", {"actor": "Ana Ruiz",
                                                                          "type": "person"})])


HELD_FIRM = rule(
    "referents.held-firm", "A one-word name that one holds shares or a stake in (“shares in Toyota”, “a 5% "
    "stake in Hitachi”), never used as a place or a person, is a firm, though the gazetteer knows a town of "
    "that name; investing in a name is no sign (“invest $300m in Gdynia”).",
    examples=[("Shares\n\nFunds hold shares in Toyota and Honda. Pension funds bought a 5% stake in Hitachi.",
               {"actor": "Hitachi", "type": "organization"}),
              ("Shares\n\nShares in Toyota rose 3% on Monday. Toyota said sales were strong.",
               {"actor": "Toyota", "type": "organization"})],
    counter=[("Floods\n\nThe floods hit Toyota on Monday, and shops in Toyota closed.",
              {"actor": "Toyota", "type": "location"}),
             ("Port\n\nThe shipping group said it would invest $300m in Gdynia over five years.",
              {"actor": "Gdynia", "type": "location"})])


NAMED_WORK = rule(
    "referents.named-work", "A name a work noun describes (“the Netsky virus”, “viruses such as Netsky”, "
    "“dinitrophenol, known as DNP, which is a chemical”) is a thing, not an actor; a person named in full "
    "whose name is also a brand's (“the Ruiz brand”) stays a person, and a firm named with its legal form "
    "stays a firm (“PaisaSetu Technologies Pvt Ltd” ... “the PaisaSetu app”).", effect="-",
    examples=[("Netsky spread by email in 2004. Viruses, such as Netsky, copy themselves to every contact.",
               {"no_actor": "Netsky"})],
    counter=[("Ana Ruiz opened the bakery in 2004. Ruiz sells bread under the Ruiz brand. Ruiz said sales "
              "doubled this year.", {"actor": "Ana Ruiz", "type": "person"}),
             ("Fine\n\nThe regulator fined Orvana Technologies Pvt Ltd, which runs a lending app. It found "
              "that the Orvana app had read users' contacts. Orvana said it would appeal.",
              {"actor": "Orvana Technologies Pvt Ltd", "aliases": ["Orvana"]}),
             ("Aid appeal\n\nThe agency has received $38 million of the $112 million it needs for its Zambia "
              "operation. About 6.1 million people in Zambia need food aid.",
              {"actor": "Zambia", "type": "country"})])


def actor_of(cluster: Cluster, title_case_headline: bool = False, doc: Any = None) -> Actor | None:
    real = [m for m in cluster.mentions if not m.furniture]
    country = any(country_key(n) for n in cluster.names()) and not all(m.hyphenated for m in real)
    works = [m for m in cluster.mentions if m.work]
    firm = legal_name(name_key(cluster.longest()))
    if works and ((not cluster.is_personal() and not firm) or 2 * len(works) >= len(cluster.mentions)):
        if doc is not None:
            fire_at(doc, NAMED_WORK, works[0])
        return None
    real = [m for m in real if not m.work]
    if not real or (all(m.attributive for m in real) and not country):
        return None  # a country stays an actor even when only a modifier ("U.S. stocks")
    if all(m.headline for m in real) and title_case_headline \
            and not any(country_key(n) for n in cluster.names()):
        return None  # "Ferry Sinks Off Coast After Storm ...": capitals there do not mark names
    if set(name_key(cluster.longest()).split()) & lexicon.MEDIA_WORDS and not any(m.agentive for m in real) \
            and not cluster.is_personal():
        if doc is not None:
            fire_at(doc, MEDIUM, real[0])
        return None  # "told BBC News", "on BBC Radio 4": a medium carrying others' words, not an actor
    if all(m.headline for m in real) and len(cluster.longest().split()) == 1 \
            and not any(country_key(n) for n in cluster.names()) \
            and not any(m.honorific or m.titled for m in real):
        return None  # a capitalised common word of a headline ("Farmer says ..."), never used again
    kind = _type_of(cluster, doc)
    forms = []
    texts = [without_brackets(m.text) for m in cluster.mentions]
    for m, text in zip(cluster.mentions, texts, strict=True):
        # (and the name less a quoted nickname, "Raymond Voelker" of 'Raymond "Ray" Voelker': NICKNAME)
        for form in (text, f"{m.honorific} {text}" if m.honorific else None, QUOTED_NICKNAME.sub(" ", text)):
            if form and form not in forms:
                forms.append(form)
    former = {name_key(t) for m, t in zip(cluster.mentions, texts, strict=True) if m.former}
    names = [t for t in texts if name_key(t) not in former] or texts  # every use of a former name
    if kind == "country":
        names = [n for n in names if country_key(n)] or names
    if kind == "person":
        name = max(names, key=lambda n: (len(n.split()), len(n), not _shouted(n)))
        rank = next((m.honorific for m in cluster.mentions if m.honorific
                     and (m.honorific.lower() in lexicon.NAME_HONORIFICS
                          or (m.honorific.lower() in lexicon.SURNAME_STYLES and " " not in name))), None)
        if rank is not None and f"{rank} {name}" in forms:
            name = f"{rank} {name}"  # "Sir Menzies Campbell": a rank the press writes with the name
    else:
        name = max(names, key=lambda n: (len(n.split()), len(n), not _shouted(n), names.count(n)))
    role = next((m.role for m in cluster.mentions if m.role), None)
    fuller = _fuller_role(cluster, role)
    if fuller is not None:
        if doc is not None:
            fire_at(doc, FULLER_ROLE, fuller)
        role = fuller.role
    second = _second_role(cluster, role) if kind == "person" else None
    if second is not None and second.role:
        if doc is not None:
            fire_at(doc, SECOND_ROLE, second)
        role = f"{role}; {_without_address(second.role)}"
    letters = _office_letters(doc, cluster) if kind == "person" and doc is not None else None
    if letters is not None and letters.lower() not in name_key(role or "").split():
        fire_at(doc, OFFICE_LETTERS, next(m for m in cluster.mentions if _letters_after(doc, m) == letters))
        role = f"{letters}, {role}" if role else letters
    if role and kind in ("location", "country") and role_head(role) in lexicon.PERSON_HEADS:
        if doc is not None:
            fire_at(doc, PERSON_AFTER_PLACE, next(m for m in cluster.mentions if m.role == role))
        role = None  # "inside the Rukban camp, a Syrian refugee who ...": a person's, not the place's
    aliases = [f for f in forms if f != name]
    return Actor(name=name, type=kind, aliases=aliases, role=role, mentions=len(real))


COMPANY_DESCRIBED = rule(
    "referents.company-described", "A name the text describes as a company (“Sportswear brand Andina "
    "Sport”, “chipmaker Hanseong”, organisations.yaml company_nouns) is an organisation, whatever the model "
    "called it, unless a first name opens it or an honorific goes with it (“Mr Dhillon”).",
    examples=[("Sponsors\n\nSportswear brand Andina Sport, which signed Restrepo in 2024, said it had “ended "
               "its relationship with Ms. Restrepo in line with her contract.”",
               {"actor": "Andina Sport", "type": "organization"})],
    counter=[("Sponsors\n\nBank analyst Maria Lopez said the deal was sound.",
              {"actor": "Maria Lopez", "type": "person"}),
             ("Bus cuts\n\nAmarjit Singh Dhillon, who leads the Labour group, said the figures ignored "
              "people. \"You can divide a subsidy,\" Mr Dhillon said.",
              {"actor": "Amarjit Singh Dhillon", "type": "person"})])


NATIONAL_INSTITUTION = rule(
    "referents.national-institution", "A name that ends in an institution the data knows (“Philippine Red "
    "Cross”, organisations.yaml institutions) is an organisation, whatever first name opens it.",
    examples=[("Floods\n\nThe Philippine Red Cross said it had sent 40 water tankers. “The needs are "
               "enormous,” the humanitarian group said.",
               {"actor": "Philippine Red Cross", "type": "organization"})],
    counter=[("Floods\n\nPhilippa Cross said she had sent 40 water tankers.",
              {"actor": "Philippa Cross", "type": "person"})])


FULLER_ROLE = rule(
    "referents.fuller-role", "A later mention that states the first-stated office more fully (“mayor” of "
    "“The mayors of the two shires, Ellen Hart and ...”, then “Cr Hart, the Mayor of Tarrawonga Shire,”) "
    "gives the role.",
    examples=[("Fire warning\n\nThe mayors of the two shires, Ellen Hart and Paul Kovac, urged residents not "
               "to become complacent. Cr Hart, the Mayor of Tarrawonga Shire, said 350 people had left.",
               {"actor": "Ellen Hart", "role": "Mayor of Tarrawonga Shire"})],
    counter=[("Fire warning\n\nThe mayors of the two shires, Ellen Hart and Paul Kovac, urged residents not "
              "to become complacent. Cr Kovac, who leads the shire council, said roads would stay shut.",
              {"actor": "Paul Kovac", "role": "mayor"})])


def _fuller_role(cluster: Cluster, role: str | None) -> Mention | None:
    """A later mention whose role holds every word of the first-stated one and more."""
    if not role:
        return None
    words = set(name_key(role).split())
    head = name_key(role).split()[-1] if name_key(role) else ""
    return next((m for m in cluster.mentions if m.role and m.role != role and len(m.role) > len(role)
                 and words <= set(name_key(m.role).split()) and head in name_key(m.role).split()
                 and not (set(name_key(m.role).split()) - words) & lexicon.RANK_MODIFIERS), None)


OFFICE_LETTERS = rule(
    "referents.office-letters", "Letters of an office written after a person's name (“Catriona Lamont KC”, "
    "“Gillian Baird MSP”; people.yaml office_postnominals) open the person's role; honours and degrees do "
    "not, nor letters the role already holds (“Tom Vale, MP for Calder North”).",
    examples=[("Inquiry\n\nUnder questioning from senior counsel to the inquiry, Catriona Lamont KC, the "
               "minister accepted the point. Ms Lamont said the papers were missing.",
               {"actor": "Catriona Lamont", "role": "KC, senior counsel to the inquiry"}),
              ("Ferries\n\nScottish Labour's transport spokeswoman, Gillian Baird MSP, said the project had "
               "failed.",
               {"actor": "Gillian Baird", "role": "MSP, Scottish Labour's transport spokeswoman"})],
    counter=[("Fraud trial\n\nTom Vale, MP for Calder North, said the jury was right.",
              {"actor": "Tom Vale", "role": "MP for Calder North"}),
             ("Honours\n\nAna Ruiz OBE, a nurse, said the award was for her team.",
              {"actor": "Ana Ruiz", "role": "nurse"})])


def _letters_after(doc: Any, mention: Mention) -> str | None:
    """The office letters right after ``mention``'s name, or after the comma behind it ("Ana Ruiz, MP,")."""
    k = mention.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].is_upper and doc[k].lower_.strip(".") in lexicon.OFFICE_POSTNOMINALS \
            and (k == mention.end or k + 1 >= len(doc) or doc[k + 1].is_punct):
        return doc[k].text
    return None


def _office_letters(doc: Any, cluster: Cluster) -> str | None:
    """``OFFICE_LETTERS``: the first office letters written after one of the cluster's names."""
    return next((letters for m in cluster.mentions if (letters := _letters_after(doc, m)) is not None), None)


SECOND_ROLE = rule(
    "referents.second-role", "A later mention that says something of a person the first-stated role does not "
    "(“Gov. Elaine Marchetti”, then “Marchetti, a Republican in her second term,”) adds it to the role, "
    "after a semicolon: what matches the person to a title (“the governor said”) is the office before it.",
    examples=[("Water bill\n\nGov. Elaine Marchetti signed the bill on Monday. Marchetti, a Republican in "
               "her second term, said it would protect farms.",
               {"actor": "Elaine Marchetti", "role": "Gov.; Republican in her second term"})],
    counter=[("Fire warning\n\nMayor Ellen Hart urged residents to leave. Hart, the mayor, said 350 people "
              "had left.", {"actor": "Ellen Hart", "role": "Mayor"}),
             ("Vote\n\nSen. Carla Whitfield (R) said she would vote no. Sen. Whitfield later changed her "
              "mind.",
              {"actor": "Carla Whitfield", "role": "Sen. (R)"}),
             ("Senate vote\n\nSen. Ted Cruz, R-Texas, spoke first on Monday. Later, Sens. Ted Cruz and Marco "
              "Rubio voted against the measure.",  # (the stops and commas of "Sen., R-Texas" aside)
              {"actor": "Ted Cruz", "role": "Sen., R-Texas"})])

#: The longest second role added to a first (words).
_SECOND_ROLE_WORDS = 12


def _second_role(cluster: Cluster, role: str | None) -> Mention | None:
    """``SECOND_ROLE``: the first later mention whose role neither holds nor is held by the role so far."""
    if not role:
        return None
    words = _role_words(role)
    for m in cluster.mentions:
        if not m.role or len(m.role.split()) > _SECOND_ROLE_WORDS:
            continue
        if not person_noun(role_head(_without_address(m.role))):
            continue  # ("code for viruses such as Gaobot", "leads the shire council": no person's noun)
        other = _role_words(_without_address(m.role))
        # (one that only states the same office more fully is FULLER_ROLE's; a former or deputy one is news)
        fuller = words <= other and not (other - words) & lexicon.RANK_MODIFIERS
        if other and not other <= words and not fuller:
            return m
    return None


def _role_words(role: str) -> set[str]:
    """A role's words, less the stops and commas a title was written with ("Sen., R-Texas" holds "Sen.")."""
    return {w.strip(".,;:") for w in name_key(without_label(role)).split()} - {""}


def _without_address(role: str) -> str:
    """A role less the forms of address that open it ("Cr, leads the shire council")."""
    words = role.split()
    while words and address_key(words[0].rstrip(",")):
        words.pop(0)
    return " ".join(words)


def _shouted(name: str) -> bool:
    """A name of several words in capitals ("SAN ILDEFONSO DEL NORTE" of a dateline): the same name
    written in the text's own case reads better."""
    return " " in name and name.isupper()


#: Full names of the organisations whose short forms the data lists ("islamic state" of "isis").
_KNOWN_ORG_NAMES = frozenset(lexicon.ORG_SHORT_FORMS.values())




def _state_code(doc: Any, mention: Mention) -> bool:
    """``STATE_CODE``: a state's abbreviation right after a place the model tagged and a comma."""
    return mention.start >= 2 and doc[mention.start - 1].text == "," \
        and doc[mention.start - 2].ent_type_ in ("GPE", "LOC") and mention.end - mention.start <= 2 \
        and mention.label != "PERSON" and (mention.text.isupper() or mention.text.endswith(".")) \
        and name_key(mention.text).rstrip(".") in lexicon.US_STATE_TAGS  # ("In Hangzhou, Ma said": a person)


def _a_vessel(cluster: Cluster, doc: Any) -> Mention | None:
    """A mention that shows a ship: a ship's prefix ("HMS Chatham"), a ship noun before the name ("the
    frigate ...", "the ship Diligence") or as its role ("a vessel, the Bayleaf")."""
    for m in cluster.mentions:
        if m.text.split()[0].lower() in lexicon.VESSEL_PREFIXES and len(m.text.split()) >= 2:
            return m
        if m.role and role_head(m.role) in lexicon.VESSEL_WORDS:
            return m
        if doc is not None and m.start > 0 and doc[m.start - 1].lower_ in lexicon.VESSEL_WORDS:
            return m
    return None


def _noun_before(doc: Any, mention: Mention) -> bool:
    """The mention's stated role ends on the lower-case noun written right before the name ("the German
    fashion group Hugo Boss said"): the name is what that noun names, whatever first name opens it; never
    a trade's noun ("crane operator Jeroen Bakker"), nor a name the next verb does not have as its subject
    ("the bank Maria Santos ran": a relative clause with its "that" left out)."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or before.pos_ != "NOUN" or not before.is_lower \
            or before.lower_ != role_head(mention.role or "") \
            or before.lower_ in lexicon.PERSON_OR_FIRM_NOUNS:
        return False
    root, after = doc[mention.root], doc[mention.end] if mention.end < len(doc) else None
    if root.dep_ in SUBJECTS and root.head.dep_ == "relcl":
        return False
    subject = root.dep_ in SUBJECTS
    return after is None or after.pos_ not in ("VERB", "AUX") \
        or (subject and (root.head.i == after.i or after.head.i == root.head.i))


def _worded_name(words: list[str]) -> bool:
    """A name holding a function word no person's name holds ("Hope Without Borders", "Doctors Against
    Hunger"; a person's particles "de", "van", "al" are no such words)."""
    return any(w in lexicon.stop_words() and w not in lexicon.NAME_JOINERS and w not in lexicon.NAME_PARTICLES
               for w in words[1:])


def _stated_person(cluster: Cluster) -> bool:
    """An honorific, a title before the name or a role that names a person's job or kin ("Tom Lines, the
    club's captain", "Lucy Gallery, her cousin")."""
    return any(m.honorific or m.titled or _person_role(m.role) for m in cluster.mentions)


def _person_role(role: str | None) -> bool:
    return (name_key(role or "").split() or [""])[-1] in lexicon.PERSON_HEADS


def _spelled_out(cluster: Cluster, name: str) -> bool:
    """The name goes with an acronym that spells it, and no mention is a place's ("New York" and "NY")."""
    return not any(m.label in ("GPE", "LOC") for m in cluster.mentions) and any(
        m.text.isupper() and m.text.isalpha() and acronym_fits(m.text, name) for m in cluster.mentions)


def _after_the(doc: Any, cluster: Cluster) -> bool:
    """Some mention follows "the" ("the Velora Canal"): no person's name."""
    return doc is not None and any(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in cluster.mentions)


def _listed_with_a_place(doc: Any, cluster: Cluster) -> bool:
    """"in Nairobi and Lusaka": a name joined to a place the model tagged as one (Lusaka, tagged a body)."""
    tree = tree_of(doc)
    return any(doc[m.root].dep_ == "conj" and tree.first_conjunct(doc[m.root]).ent_type_ in ("GPE", "LOC")
               for m in cluster.mentions)


def _bare_city(doc: Any, cluster: Cluster) -> bool:
    """"in Hyderabad", tagged a body: a city of 100,000 people or more, written after "in" with no "the"
    and no possessive ("at Bally's", "into the ACA" are no cities)."""
    return not _after_the(doc, cluster) and known_city(cluster.longest(), 100_000) and all(
        not doc[m.start].is_upper and not (m.end < len(doc) and doc[m.end].text in POSSESSIVE_MARKS)
        for m in cluster.mentions)


def _a_city_that_speaks(cluster: Cluster, name: str) -> bool:
    """A one-word city the gazetteer knows, written as a place ("in Bristol"), whose only sign of a
    person is that it speaks or acts: no honorific, title or role."""
    return not any(m.honorific or m.titled or m.role for m in cluster.mentions) \
        and any(m.locative and m.label in ("GPE", "LOC") for m in cluster.mentions) and known_city(name)


def _council_area(doc: Any, mention: Mention) -> bool:
    """The name stands alone where the text also names its council ("Brackmoor" and "Brackmoor Borough
    Council"): the council's area, a place."""
    if mention.end < len(doc) and (doc[mention.end].lower_ in lexicon.COUNCIL_WORDS
                                   or doc[mention.end].lower_ == "council"):
        return False  # the council's own name
    return mention.text.lower() in _council_places(doc)


_COUNCIL_PLACES_KEY = "reportgen.council_places"


#: "<Place> [Borough|City|...] Council": up to three capitalised words before "Council".
_COUNCIL_NAME = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) [Cc]ouncil\b")


def _council_places(doc: Any) -> frozenset[str]:
    """The places the text names councils of ("Brackmoor" of "Brackmoor Borough Council"), found once
    per Doc and kept on it."""
    found = doc.user_data.get(_COUNCIL_PLACES_KEY)
    if found is None:
        places = set()
        for match in _COUNCIL_NAME.finditer(layout_of(doc).text):
            words = match.group(1).lower().split()
            while words and words[-1] in lexicon.COUNCIL_WORDS:
                words.pop()  # "Brackmoor Borough": the borough's place
            while words and words[0] == "the":
                words.pop(0)
            if words:
                places.add(" ".join(words))
        found = doc.user_data[_COUNCIL_PLACES_KEY] = frozenset(places)
    return found


def _home_town(doc: Any, mention: Mention) -> bool:
    """The name follows a person's name and age ("Hannah Lloyd, 29, Bristol"), as a reaction or a
    byline gives where someone lives."""
    k, end = mention.start, mention.end
    aged = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num  # "Mark Evans, 31,"
    return k >= 4 and doc[k - 1].text == "," and doc[k - 2].like_num and doc[k - 3].text == "," \
        and doc[k - 4].pos_ == "PROPN" and not aged


def _office_possessor(doc: Any, mention: Mention) -> bool:
    """``STAFFED_BODY``: the mention owns an office or a board ("Eskom's group chief executive")."""
    if mention.end >= len(doc) or doc[mention.end].text not in POSSESSIVE_MARKS:
        return False
    owned = doc[mention.end].head if doc[mention.end].head.i != mention.root else doc[mention.root].head
    return owned.i > mention.end and owned.is_lower and owned.pos_ == "NOUN" \
        and owned.lower_ in lexicon.STAFF_NOUNS  # (never "Obama's cabinet", "Sanders's campaign")


def _he_or_she_after(doc: Any, mention: Mention) -> bool:
    """The mention's sentence goes on with "he", "she", "his" or "her" after it."""
    end = sentence_of(doc[mention.root]).end
    return any(t.lower_ in lexicon.PERSON_PRONOUNS for t in doc[mention.end:end])


def _followed_by_he_or_she(doc: Any, cluster: Cluster) -> bool:
    """A sentence of the name goes on with "he", "she", "his" or "her" ("Ruiz said he would appeal"), or
    the next one opens with one ("Musk's board approved it. He told investors ..."; never a quote's "she
    wrote" at its end, which may be anyone's)."""
    for m in cluster.mentions:
        if _he_or_she_after(doc, m):
            return True
        end = sentence_of(doc[m.root]).end
        opening = next((t for t in doc[end:end + 3] if not (t.is_punct or t.is_space)), None)
        if opening is not None and opening.lower_ in lexicon.PERSON_PRONOUNS:
            return True
    return False


def _spoken_of_as_a_thing(doc: Any, cluster: Cluster) -> Mention | None:
    """The subject mention that its own clause calls "it"/"its" (before any other noun could be meant)
    and the next sentence "the company"; None when any sentence of the name says "he" or "she" after it."""
    found = None
    for m in cluster.mentions:
        root = doc[m.root]
        sentence = sentence_of(root)
        if _he_or_she_after(doc, m):
            return None  # "Maria Costa said her plant ...": a person's
        after = [t for t in doc[m.end:sentence.end] if t.pos_ in ("PRON", "NOUN", "PROPN")]
        if root.dep_ not in SUBJECTS or found is not None:
            continue
        nouns = [t for t in after if t.pos_ != "PRON" and t.ent_type_ not in ("DATE", "TIME")]
        # "its", or "it" doing something ("that it will close"; never "it was a sad day", "it is time")
        neuter = next((t for t in after if t.lower_ == "its" or (
            t.lower_ == "it" and t.dep_ in SUBJECTS and t.head.lemma_.lower() != "be")), None)
        if neuter is None or (nouns and nouns[0].i < neuter.i) or sentence.end >= len(doc):
            continue
        following = sentence_of(doc[sentence.end])
        subject = next((t for t in following if t.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in lexicon.COMPANY_NOUNS \
                and doc[subject.left_edge.i].lower_ == "the":
            found = m
    return found


def _full_name(cluster: Cluster, words: list[str]) -> bool:
    """A person's full name after "at" or "in" ("directed at Tom Reyes"): a known first name, a
    surname, a PERSON label, and neither a medium, a site ("the Stonewall Inn") nor a city the gazetteer
    knows ("Santiago de Compostela")."""
    from reportgen.geo.gazetteer import gazetteer

    name = cluster.longest()
    return len(words) >= 2 and words[0] in lexicon.first_name_genders() and person_shaped(name) \
        and cluster.labels()["PERSON"] > 0 and not set(words) & (lexicon.MEDIA_WORDS | lexicon.SITE_WORDS) \
        and not gazetteer().cities(name)


WORKPLACE = rule(
    "referents.workplace", "A name the model calls an organisation, named only as where someone works (“a "
    "Dubai-based energy analyst at Meridian Gulf Advisory”, “Farah Qadri, policy lead at the Digital Rights "
    "Collective”), is that organisation, though “at” places it; never a place the gazetteer knows or one "
    "whose last word is a place's or a building's (“a nurse at Cork University Hospital”).",
    examples=[("Hydrogen\n\n\"The Gulf has announced well over 20 gigawatts,\" said Farah Al-Khatib, a "
               "Dubai-based energy analyst at Meridian Gulf Advisory.",
               {"actor": "Meridian Gulf Advisory", "type": "organization"})],
    counter=[("Hydrogen\n\n\"Prices will fall,\" said Farah Al-Khatib, an energy analyst at Dubai.",
              {"actor": "Dubai", "type": "location"}),
             ("Army\n\n\"It was cold,\" said Tom Hale, a soldier at Wellington Barracks.",
              {"actor": "Tom Hale", "type": "person"})])


def _workplace(doc: Any, cluster: Cluster, words: list[str]) -> Mention | None:
    """``WORKPLACE``: the mention after "at" that a person's job noun hangs it from, in a cluster whose
    every mention the model tagged an organisation."""
    if len(words) < 2 or any(m.label != "ORG" for m in cluster.mentions) \
            or known_place_or_city(cluster.longest()) or words[-1] in lexicon.PLACE_HEADS \
            or words[-1] in lexicon.LANDFORM_HEADS or words[-1] in lexicon.FACILITY_WORDS \
            or words[-1] in lexicon.WORK_SITES:
        return None
    for m in cluster.mentions:
        root = doc[m.root]
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "at":
            continue
        job = prep.head
        if job.pos_ == "NOUN" and (job.lower_ in lexicon.PERSON_HEADS or job.lower_ in lexicon.TITLE_WORDS
                                   or (job.dep_ == "appos" and job.head.ent_type_ == "PERSON")):
            return m
    return None

BODY_DESCRIBED = rule(
    "referents.body-described", "A name set beside a body's noun (“World Rugby, the sport's global governing "
    "body,”; organisations.yaml org_descriptors, less person_or_firm_nouns) is an organisation, whatever "
    "the model called it, unless a first name opens it, an honorific or title goes with it, “he” or “she” "
    "follows it, or the noun is a person's trade (“Jones, a mail carrier,”).",
    examples=[("Rugby\n\nWorld Rugby, the sport's global governing body, said it was aware of the situation.",
               {"actor": "World Rugby", "type": "organization"})],
    counter=[("Inquest\n\nDr Hale, the county's medical examiner, said the cause was unclear.",
              {"actor": "Hale", "type": "person"}),
             ("Post\n\nJones, a mail carrier, said he saw the van.", {"actor": "Jones", "type": "person"})])


def _body_apposition(doc: Any, cluster: Cluster) -> Mention | None:
    """``BODY_DESCRIBED``: a mention (outside a dateline) whose first apposition is headed by a body's
    common noun ("Efua Ampofo-Boateng, president of the Forum, whose group ...": the first says it)."""
    for m in cluster.mentions:
        first = next((c for i in range(m.start, m.end) for c in children_of(doc[i])
                      if c.dep_ == "appos" and c.i >= m.end), None)  # (of any of its words: the parse's root
        # may be another than the mention's)
        if first is not None and not m.furniture and first.is_lower \
                and first.lower_ in lexicon.ORG_DESCRIPTORS and first.lower_ not in lexicon.PERSON_HEADS \
                and first.lower_ not in lexicon.PERSON_OR_FIRM_NOUNS:
            return m
    return None


LEGAL_FORM_TYPE = rule(
    "referents.legal-form-type", "A name closed by a firm's legal form as firms write it (“Sonora Live SL”, "
    "“Orsk Fluid Controls plc”; organisations.yaml legal_forms) is an organisation, whatever the model or "
    "a person's noun beside it says (“The festival's organiser, Sonora Live SL, agreed”), and no person: its "
    "name less the form is its short name (“Sonora Live’s managing director”).",
    examples=[("Festival\n\nThe festival's organiser, Sonora Live SL, agreed to refund tickets. Sonora "
               "Live’s managing director, Javier Olmedo, said sales were poor.",
               {"actor": "Sonora Live SL", "type": "organization", "aliases": ["Sonora Live"]})],
    counter=[("Festival\n\nThe festival's organiser, Ana Sal, agreed to refund tickets.",
              {"actor": "Ana Sal", "type": "person"}),
             # (a known first name before a title-case form: a surname; the mention rules still call
             # "Maria Asa" a firm's legal name, mentions.untagged-legal-name)
             ("Clinic\n\nMaria Asa, a 30-year-old nurse, said the ward was full.", {"actor": "Maria Asa"})])


def _ruled_type(cluster: Cluster, doc: Any = None) -> ActorType | None:
    """The type one of the rules below decides; None leaves it to the fitted typer."""
    name = cluster.longest()
    lowered = name_key(name)
    words = lowered.split()
    vessel = _a_vessel(cluster, doc) if not any(country_key(n) for n in cluster.names()) else None
    if vessel is not None:
        if doc is not None:
            fire_at(doc, VESSEL, vessel)
        return "organization"
    if firm_legal_name(name):
        if doc is not None:
            fire_at(doc, LEGAL_FORM_TYPE, cluster.mentions[0])
        return "organization"
    if doc is not None and _a_storm(doc, words):
        fire_at(doc, NAMED_STORM, cluster.mentions[0])
        return "location"
    if (lowered in lexicon.ORG_SHORT_FORMS or lowered in _KNOWN_ORG_NAMES) and not country_key(lowered):
        return "organization"  # "Tories", "Fed", "Islamic State": an organisation the data knows
    if "&" in words and len(words) >= 3:
        return "organization"  # "Hartley & Vance", "Procter & Gamble": no person is named with "&"
    workplace = _workplace(doc, cluster, words) if doc is not None else None
    if workplace is not None:
        fire_at(doc, WORKPLACE, workplace)
        return "organization"  # "an energy analyst at Meridian Gulf Advisory": where she works
    if len(words) >= 2 and words[0] in lexicon.CLUB_PREFIXES and name.split()[0].isupper():
        return "organization"  # "UD Valdemora" (organisations.yaml club_prefixes): a club
    if _ends_in_institution(words):
        if doc is not None:
            fire_at(doc, NATIONAL_INSTITUTION, cluster.mentions[0])
        return "organization"  # "the Philippine Red Cross": a known institution's national body
    if len(words) >= 2 and not country_key(lowered) and _spelled_out(cluster, name):
        return "organization"  # "Médecins Sans Frontières (MSF)": people bear no acronym
    if 2 <= len(words) <= 3 and words[0] in lexicon.first_name_genders() and _stated_person(cluster):
        return "person"  # "Tom Lines, the club's captain", "Lucy Gallery, her cousin": whatever the last word
    named_person = len(words) >= 2 and words[0] in lexicon.first_name_genders() and not country_key(lowered)
    described = next((m for m in cluster.mentions
                      if m.role and role_head(m.role) in lexicon.COMPANY_NOUNS), None)
    if described is not None and not named_person and not cluster.labels()["GPE"] \
            and not any(m.honorific for m in cluster.mentions if m is not described):  # ("Mr Dhillon", not
        # "Footwear brand Dr Martens": an honorific elsewhere than in the name described as a company)
        if doc is not None:
            fire_at(doc, COMPANY_DESCRIBED, described)
        return "organization"  # "Sportswear brand Andina Sport": the model's PERSON is a slip
    if doc is not None and not named_person and not cluster.labels()["GPE"] \
            and not any(m.honorific or m.titled for m in cluster.mentions) \
            and not _followed_by_he_or_she(doc, cluster):
        apposed = _body_apposition(doc, cluster)
        if apposed is not None:
            fire_at(doc, BODY_DESCRIBED, apposed)
            return "organization"  # "World Rugby, the sport's global governing body,"
    titled = next((n for n in cluster.names() if titled_country(n)), None)
    if titled is not None and not named_person and not country_key(titled):
        if doc is not None:
            fire_at(doc, TITLED_COUNTRY, next(m for m in cluster.mentions if m.text == titled))
        return "country"  # "the Republic of Valdoria": a country the data does not know
    if any(country_key(n) for n in cluster.names()) and not named_person:
        if any(m.geographic for m in cluster.mentions) and not any(
                country_key(n) for n in cluster.names() if name_key(n) not in lexicon.AMBIGUOUS_COUNTRIES):
            return "location"  # "the state of Georgia": a US state, not the country
        return "country"  # a country, possibly with its capital as an alias
    if len(words) >= 2 and words[0] in lexicon.STREET_OPENERS and not _stated_person(cluster) \
            and not any(m.person_cues for m in cluster.mentions) \
            and words[0] not in lexicon.first_name_genders() and words[-1] not in lexicon.ORG_WORDS:
        # ("Plaza Mendes said": a person; "Salar Khan", "Cerro Porteño FC")
        if doc is not None:
            fire_at(doc, STREET_NAME, cluster.mentions[0])
        return "location"  # "Rua do Forte", "Calle Mayor": a street, whatever the model made of it
    if lowered in lexicon.GROUPS:
        return "group"
    if lowered in lexicon.REGIONS or (len(words) >= 2 and words[0] in lexicon.COMPASS_WORDS
                                      and " ".join(words[1:]) in lexicon.REGIONS):
        return "location"  # ("West Antarctica": a part of a region the data lists)
    if len(words) == 2 and words[0] in lexicon.COMPASS_WORDS and doc is not None \
            and words[1] not in lexicon.first_name_genders() and not common_noun(doc, words[1]) \
            and not common_noun(doc, words[1].rstrip("s")) and words[1] not in lexicon.ORG_WORDS \
            and not cluster.labels()["NORP"] \
            and not any(m.honorific or m.titled or m.role or m.person_cues for m in cluster.mentions):
        if doc is not None:
            fire_at(doc, COMPASS_PLACE, cluster.mentions[0])
        return "location"  # "West Rukum", "North Kivu": a compass word opens a part of a place
    if any(m.geographic for m in cluster.mentions):
        return "location"
    if not name.isupper() and not any(m.honorific or m.titled or m.role or m.label == "ORG" or m.person_cues
                                      for m in cluster.mentions) \
            and any(m.label in ("GPE", "LOC") or m.locative or m.placed or not m.agentive
                    for m in cluster.mentions) \
            and state_or_province(name):
        if doc is not None:
            fire_at(doc, STATE_NAME, cluster.mentions[0])
        return "location"  # "Para accounted for 36%, followed by Mato Grosso": a country's state
    if len(words) >= 2 and (words[-1] in lexicon.ORG_WORDS or words[-1] in lexicon.INDUSTRY_WORDS
                            or words[-1] in lexicon.ORG_SUFFIXES) \
            and words[-1] not in lexicon.FACILITY_WORDS:
        return "organization"  # "Somerset Council" even when "Somerset" alone is mostly the county
    if len(words) >= 2 and words[0] in lexicon.OPENING_BODY_WORDS and not _stated_person(cluster) \
            and not any(m.honorific or m.titled for m in cluster.mentions):
        return "organization"  # "Fundación Agua Viva" (not "Ana Banco")
    if words and words[-1] in lexicon.MEDIA_WORDS and not _stated_person(cluster) and (
            (len(words) >= 2 and words[0] not in lexicon.first_name_genders())
            or (len(words) == 1 and _after_the(doc, cluster))):
        return "organization"  # "the Lakeshore Ledger", "the Herald" (not "Emily Post")
    # a street written as where something is, unless it acts ("Downing Street had no comment": the office
    # there); never a surname ("The band signed Lois Lane")
    street = bool(words) and words[-1] in lexicon.STREET_HEADS \
        and any(m.locative or m.placed or m.geographic or (doc is not None and doc[m.root].dep_ == "pobj")
                for m in cluster.mentions) \
        and not any(m.agentive and not m.furniture for m in cluster.mentions)
    landform = bool(words) and (words[-1] in lexicon.LANDFORM_HEADS or street)
    if len(words) >= 2 and (words[-1] in lexicon.PLACE_HEADS or landform) \
            and not _stated_person(cluster) and not any(w in lexicon.ORG_WORDS for w in words) \
            and (words[-1] in lexicon.PLACE_HEADS  # ("Ricki Lake said": a landform word may be a surname)
                 or not any(m.person_cues or m.honorific or m.titled for m in cluster.mentions)) \
            and (words[0] not in lexicon.first_name_genders() or _after_the(doc, cluster)
                 or words[-1].endswith("s")  # (no surname is "Highlands" or "Heights")
                 or (street and words[-1] in lexicon.STREET_HEADS)):  # "on Marine Parade", "George Street"
        return "location"  # "Velora Canal", "Sandor Highlands": whatever label the model gave them
    real = [m for m in cluster.mentions if not m.furniture] or cluster.mentions
    if len(words) == 1 and all(m.placed for m in real) and not any(m.honorific or m.titled for m in real) \
            and lowered not in lexicon.ORG_WORDS:
        return "location"  # "a scrap yard in Dayton", "In Montpellier, where ...": only ever a place
    personal_evidence = any(m.honorific or m.titled or m.person_cues or m.role for m in cluster.mentions)
    aged = doc is not None and any(m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num
                                   and doc[m.end + 2].text == "," for m in cluster.mentions)
    if len(words) == 1 and personal_evidence and not aged and _a_city_that_speaks(cluster, name):
        personal_evidence = False  # "in Bristol" ... "If Bristol says no": the city, speaking as its people
    place_label = cluster.labels().most_common(1)[0][0] in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT") \
        or (len(words) == 1 and doc is not None
            and ((_listed_with_a_place(doc, cluster) and known_city(name)) or _bare_city(doc, cluster)))
    if any(m.locative for m in cluster.mentions) and not personal_evidence and place_label \
            and not _full_name(cluster, words):
        return "location"  # "visited Great Yarmouth", "in Hemsby": places the model took for names
    if len(words) == 1 and not name.isupper() and not personal_evidence and not aged \
            and known_city(name, BIG_CITY) and not any(m.agentive for m in cluster.mentions) \
            and words[0] not in lexicon.first_name_genders():
        if doc is not None:
            fire_at(doc, BIG_CITY_NAME, cluster.mentions[0])
        return "location"  # "samples were sent to N'Djamena": a city of a million, however tagged
    described = next(
        (m for m in cluster.mentions if m.role and role_head(m.role) in lexicon.ORG_DESCRIPTORS), None)
    if described is not None and not aged and not any(m.honorific or m.titled for m in cluster.mentions) \
            and (words[0] not in lexicon.first_name_genders()  # "LeVell, 52, ... owns a jewelry company"
                 or _worded_name(words)  # ("Hope Without Borders, a British charity")
                 or (doc is not None and _noun_before(doc, described))):  # "the fashion group Hugo Boss"
        if doc is not None:
            fire_at(doc, DESCRIBED_BODY, described)
        return "organization"  # "Voltis Servis, a company that ...", "Web portal Lycos Europe"
    settlement = next((m for m in cluster.mentions
                       if m.role and role_head(m.role, at_number=True) in lexicon.SETTLEMENT_NOUNS), None)
    if settlement is not None and not aged and not any(m.honorific or m.titled for m in cluster.mentions):
        if doc is not None:
            fire_at(doc, DESCRIBED_PLACE, settlement)
        return "location"
    modifier = next((m for m in cluster.mentions if m.attributive), None)
    if len(words) == 1 and modifier is not None and not personal_evidence \
            and cluster.labels().most_common(1)[0][0] == "PERSON" \
            and words[0] not in lexicon.first_name_genders():
        if doc is not None:
            fire_at(doc, BRAND_MODIFIER, modifier)
        return "organization"  # "its Twitter account ... Twitter pledged": a firm, not a person
    stated = any(m.honorific or m.titled or m.role for m in cluster.mentions)  # (a reporting verb is no sign)
    plain = doc is not None and not stated and words[0] not in lexicon.first_name_genders()
    area = next((m for m in cluster.mentions if _council_area(doc, m)), None) \
        if plain and len(words) <= 2 else None
    if area is not None:
        fire_at(doc, COUNCIL_AREA, area)
        return "location"  # "Brackmoor's new tram line" beside "Brackmoor Borough Council"
    if plain and all(_home_town(doc, m) for m in cluster.mentions):
        fire_at(doc, HOME_TOWN, cluster.mentions[0])
        return "location"  # "Hannah Lloyd, 29, Bristol": where the person lives
    staffed = next((m for m in cluster.mentions if _office_possessor(doc, m)), None) \
        if plain and len(words) == 1 and not _followed_by_he_or_she(doc, cluster) else None
    if staffed is not None:
        fire_at(doc, STAFFED_BODY, staffed)
        return "organization"  # "Eskom's group chief executive", "Eskom's board": a body has officers
    thing = _spoken_of_as_a_thing(doc, cluster) \
        if doc is not None and not stated and words[0] not in lexicon.first_name_genders() else None
    if thing is not None:
        fire_at(doc, SPOKEN_OF_AS_A_THING, thing)
        return "organization"
    code = next((m for m in cluster.mentions if doc is not None and _state_code(doc, m)), None)
    if code is not None:
        fire_at(doc, STATE_CODE, code)
        return "location"  # "in Berea, OH,": the state, whatever the parser made of it
    job = next((m for m in cluster.mentions if m.titled), None)
    if job is not None and cluster.labels().most_common(1)[0][0] in ("GPE", "LOC") \
            and not cluster.named_person():
        if doc is not None:
            fire_at(doc, TITLED_PLACE, job)
        return "organization"  # "developer Brightforge": places have no job titles
    held = next((m for m in cluster.mentions if m.held), None)
    if held is not None and len(words) == 1 and not cluster.is_personal() \
            and not any(m.locative or (m.placed and not m.held) or m.geographic for m in cluster.mentions):
        if doc is not None:
            fire_at(doc, HELD_FIRM, held)
        return "organization"  # "Funds hold shares in Toyota": a firm, though the gazetteer knows a town
    if lowered in lexicon.GOVERNMENT_SEATS:  # the building, or the administration when it acts or speaks
        return "organization" if any(m.agentive for m in cluster.mentions) else "location"
    if lowered in lexicon.INSTITUTION_NAMES:
        return "organization"  # "the Pentagon", "the Kremlin": the model often calls them places
    if all(m.label == "NORP" for m in cluster.mentions) and not _party_plural(cluster):
        return "group"  # "the Sikhs of Southall": a people, a faith, a nationality
    if any(m.rule == SPEAKER_LABEL.id for m in cluster.mentions):
        return "person"  # "VELTMAN: We will not sign": a transcript's speaker
    acting = _acting_body(cluster)
    if acting is not None:
        if doc is not None:
            fire_at(doc, ACTING_BODY, acting)
        return "organization"  # "sold to Verizon" (a place, says the model) ... "Verizon is paying"
    if _party_plural(cluster):
        if doc is not None:
            fire_at(doc, PARTY_PLURAL, cluster.mentions[0])
        return "organization"  # "the Liberal Democrats": the party
    return None


def _type_of(cluster: Cluster, doc: Any = None) -> ActorType:
    """The type a rule decides, else the fitted typer's (``typer``)."""
    return _ruled_type(cluster, doc) or fitted_type(type_features(cluster, doc))


def _acting_body(cluster: Cluster) -> Mention | None:
    """``ACTING_BODY``: the acting mention of a name the model mostly calls a place, once a body, and
    never used as a place."""
    labels = cluster.labels()
    if cluster.named_person():
        return None
    if labels.most_common(1)[0][0] not in ("GPE", "LOC") or not labels["ORG"] \
            or name_key(cluster.longest()) in lexicon.REGIONS \
            or any(m.locative or m.placed or m.geographic for m in cluster.mentions):
        return None
    return next((m for m in cluster.mentions if m.agentive), None)


def _party_plural(cluster: Cluster) -> bool:
    """``PARTY_PLURAL``: a party named by its members, which the model calls a nationality."""
    words = name_key(cluster.longest()).split()
    if cluster.named_person():
        return False
    return bool(words) and cluster.labels().most_common(1)[0][0] == "NORP" \
        and words[-1] in lexicon.PARTY_PLURALS


def employers_not_people(pairs: list[tuple[Mention, Actor]]) -> None:
    """A one-word "person" that only ever appears as someone's employer ("Kestrel captain Jo Reyes",
    "Kestrel's head coach") is a club, firm or council the model took for a name."""
    employers: set[str] = set()
    for mention, _ in pairs:
        if mention.role:
            employers.update(name_key(w) for w in mention.role.split() if w[:1].isupper())
    personal = _person_marked(pairs)
    for _, actor in pairs:
        if actor.type == "person" and len(actor.name.split()) == 1 and id(actor) not in personal \
                and name_key(actor.name) in employers:
            actor.type = "organization"


EMPLOYER_IN_ROLE = rule(
    "referents.employer-in-role", "A “person” of several words that another person's role names as where "
    "they work (“retail analyst at the broker Hollis Crane”) or as the holder of an office only a body has "
    "(“Atlantic Crest's project director”; never a name a first name opens: “Donald Trump's campaign "
    "chairman”) is an organisation, unless the text gives it a person's mark of its own (an honorific, a "
    "title, “he” or “she”).",
    examples=[("Retail\n\n“It is tight,” said Priya Venkatesan, retail analyst at the broker Hollis Crane.",
               {"actor": "Hollis Crane", "type": "organization"}),
              ("Wind lease\n\nDevin Osei, Atlantic Crest's project director for Maine, said the company "
               "would set up a committee.", {"actor": "Atlantic Crest", "type": "organization"})],
    counter=[("Trial\n\nAna Ruiz's lawyer, Tom Vale, said she would appeal. Ana Ruiz was not in court.",
              {"actor": "Ana Ruiz", "type": "person"}),
             ("Campaign\n\nPaul Manafort, Donald Trump's campaign chairman, resigned on Friday. Donald Trump "
              "thanked him.", {"actor": "Donald Trump", "type": "person"}),
             ("Study\n\nTom Vale, a researcher who works with Ana Ruiz at the institute, said the data were "
              "sound. Ana Ruiz declined to comment.", {"actor": "Ana Ruiz", "type": "person"}),
             ("Clinic\n\nDr. Helen Marsh said the clinic would close. Tom Vale, a nurse who worked at the "
              "clinic with Helen Marsh, agreed.", {"actor": "Helen Marsh", "type": "person"})])


def _person_marked(pairs: list[tuple[Mention, Actor]], trade_roles: bool = True) -> set[int]:
    """The actors the text gives a person's mark: an honorific, a title, an age or a reporting verb, a role
    (one naming a trade too, unless ``trade_roles`` is False: "the broker Hollis Crane" may be a firm)."""
    return {id(a) for m, a in pairs if m.honorific or m.titled or m.person_cues
            or (m.role and (trade_roles
                            or (name_key(m.role).split() or [""])[-1] not in lexicon.TRADE_NOUNS))}


def employers_named_in_roles(doc: Any, pairs: list[tuple[Mention, Actor]]) -> None:
    """``EMPLOYER_IN_ROLE``: "people" of several words that other people's roles show to be bodies."""
    personal = _person_marked(pairs, trade_roles=False)
    roles = [(m, a) for m, a in pairs if m.role and a.type == "person"]
    first_names = lexicon.first_name_genders()
    for mention, actor in pairs:
        if actor.type != "person" or len(actor.name.split()) < 2 or id(actor) in personal:
            continue
        name = re.escape(actor.name)
        for other, holder in roles:
            if holder is actor or other.role is None:
                continue
            role = other.role
            # (a person has a campaign chairman or a director of photography: "Donald Trump's ...")
            owned = actor.name.split()[0].lower() not in first_names and re.search(
                rf"{name}(?:'s|’s)((?: [\w-]+)+?)(?: (?:for|of|in|at)\b|,|$)", role)
            # "at the broker Hollis Crane": never "works with Ana Ruiz", "at Ana Ruiz's firm"
            workplace = re.search(rf"\bat (?:the |a |an )?((?:[a-z-]+ )*){name}(?!['’\w])", role)
            noun = workplace.group(1).split()[-1:] if workplace is not None else []
            trade = workplace is not None and (not noun or noun[0] in lexicon.TRADE_NOUNS
                                               or noun[0] in lexicon.COMPANY_NOUNS)
            if trade or (owned and set(owned.group(1).lower().split()) & lexicon.BODY_OFFICES):
                actor.type = "organization"
                fire_at(doc, EMPLOYER_IN_ROLE, mention)
                break


def actor_genders(doc: Any, pairs: list[tuple[Mention, Actor]]) -> dict[str, str]:
    """Gender from a gendered role ("her husband"), an honorific, else a clearly gendered first name;
    pronoun resolution adds what "he"/"she" tell later."""
    genders = stated_genders(pairs)
    first_names = lexicon.first_name_genders()
    for _, actor in pairs:
        words = actor.name.split()
        if actor.type == "person" and len(words) >= 2 and words[0].lower() in first_names \
                and words[0].lower() not in lexicon.SURNAMES_FIRST:  # (never "Tan" of Tan Wei Ling)
            genders.setdefault(actor.name, first_names[words[0].lower()])  # "Carla Whitfield"
    return genders


def stated_genders(pairs: list[tuple[Mention, Actor]]) -> dict[str, str]:
    """Gender the text states: a gendered role ("her husband, Donald"), else an honorific ("Ms. Roe")."""
    genders: dict[str, str] = {}
    for mention, actor in pairs:
        role_words = name_key(mention.role or "").split()
        gendered = {lexicon.GENDERED_NOUNS[w] for w in role_words[-1:] if w in lexicon.GENDERED_NOUNS}
        if len(gendered) == 1:
            genders.setdefault(actor.name, gendered.pop())
    for mention, actor in pairs:
        if mention.honorific:
            gender = lexicon.honorific_gender(mention.honorific)
            if gender:
                genders.setdefault(actor.name, gender)
    return genders


QUOTED_PERSON = rule(
    "referents.quoted-person", "A person-shaped name known by no other form, typed an organisation by "
    "the model, is a person once it speaks in quotation marks (organisations issue statements; people "
    "are quoted).",
    examples=[("“We are done,” Vestergaard said.", {"actor": "Vestergaard", "type": "person"}),
              ("“We are done,” said Vestergaard, chairman of the Harbour Board.",
               {"actor": "Vestergaard", "type": "person"})],
    counter=[("“Demand will soften,” Fjordline Capital said in a note to clients.",
              {"actor": "Fjordline Capital", "type": "organization"}),
             ("Cuts\n\nThe Leon chapter of the employers' federation Coparmex said in a statement that it "
              "supported “temporary and transparent measures”.",
              {"actor": "Coparmex", "type": "organization"})])


def type_speakers(referents: Referents, quoted: set[str]) -> None:
    """Retype the actors the quotes showed to be people (``quoted``: names of quote speakers); called
    once the quotes are resolved, since they are resolved through these referents."""
    for actor in referents.actors:
        if actor.name in quoted and actor.type == "organization" and surname_or_full_name(actor.name) \
                and not actor.aliases and actor.name not in referents.impersonal \
                and not _ends_in_institution(name_key(actor.name).split()) \
                and not any(_office_possessor(referents.doc, m) for m in referents.mentions_of(actor)) \
                and not _described_as_body(actor.role):
            # (never a body the text gives a board or a chief executive, "Eskom's board", nor one it
            # describes as a body: "the employers' federation Coparmex")
            actor.type = "person"
            first = referents.mentions_of(actor)[:1]
            if first:
                start = referents.doc[first[0].start].idx
                fire(referents.doc, QUOTED_PERSON, start, start + len(first[0].text), actor.name)


def _described_as_body(role: str | None) -> bool:
    """The actor's description is headed by a body's noun ("federation", "a regional bank"), and names
    no office ("chairman of the Harbour Board" is a person's)."""
    words = name_key(role or "").split()
    head = role_head(role or "")
    return bool(head) and (head in lexicon.ORG_WORDS or head in lexicon.ORG_DESCRIPTORS) \
        and not any(w in lexicon.TITLE_WORDS for w in words)


def _ends_in_institution(words: list[str]) -> bool:
    """ "philippine red cross": a name whose last words are an institution the data knows (a government's
    seat, "10 Downing Street", aside)."""
    return any(" ".join(words[k:]) in lexicon.INSTITUTION_NAMES
               and " ".join(words[k:]) not in lexicon.GOVERNMENT_SEATS for k in range(1, len(words)))
