"""Word lists that actor and claim extraction read: plain data, kept apart from the rules.

Every list is lower-case; callers compare ``token.lower_`` or a lower-cased string.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Honorifics: they mark a person (and sometimes gender) but are not a role.
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "prof": None,
    "prof.": None, "mx": None, "mx.": None,
}

#: Words of a title or office that can stand before a name ("Deputy Foreign Minister X").
TITLE_WORDS: frozenset[str] = _words("""
president vice prime minister deputy foreign defense defence interior finance secretary chancellor
senator sen. sen rep. rep representative congressman congresswoman governor gov. gov mayor general
gen. gen lieutenant lt. colonel col. major maj. captain capt. admiral commander sergeant sgt. corporal
private officer chief inspector detective superintendent constable sheriff judge justice attorney
ambassador envoy spokesman spokeswoman spokesperson editor correspondent reporter director executive
ceo cfo coo cto chairman chairwoman chair founder co-founder cofounder head leader king queen prince
princess emperor empress pope cardinal archbishop bishop rabbi imam reverend rev. father sister
brother professor coach manager analyst economist researcher scientist developer engineer designer
speaker premier chancellor commissioner councillor councilor councilman councilwoman minister
president-elect prosecutor lawyer counsel adviser advisor aide official diplomat consultant
strategist chairperson principal dean owner partner sheikh ayatollah crown lady
mp mep msp mla lawmaker legislator columnist author novelist actor actress singer rapper
player striker midfielder defender goalkeeper captain boss host anchor presenter student
supreme leader general-secretary secretary-general under-secretary undersecretary staff
commodore rear brigadier brig brig. lt cmdr cmdr. sgt marshal det det. insp insp. supt supt. cpl cpl.
pvt pvt. adm adm.
""")

#: People wire copy leaves unnamed ("the official said", "a resident said"): never the last person named.
ANONYMOUS_NOUNS: frozenset[str] = _words("""
official source resident witness nurse doctor worker diplomat insider employee staffer neighbour
neighbor villager farmer survivor passenger relative onlooker bystander commuter shopper protester
""")

#: Verbs whose object is addressed as a government ("urged Madrid to ...", "warned Beijing").
ADDRESS_VERBS: frozenset[str] = _words("""
urge warn accuse blame pressure press ask tell criticise criticize condemn threaten sanction persuade
reassure thank summon call
""")

#: Nouns for what a firm has: "Halvern Mining shares fell" makes the firm an actor, not a modifier.
ORG_PARTS: frozenset[str] = _words("""
shares share stock stocks profit profits revenue revenues sales earnings executives employees staff
workers board shareholders investors customers owners
""")

#: Nouns for someone who speaks for a body ("a State Department spokesperson said").
SPOKES_NOUNS: frozenset[str] = _words("spokesman spokeswoman spokesperson representative official")

#: Heads of a state body that wire copy names through its country ("Norway's defence ministry").
STATE_BODIES: frozenset[str] = _words("""
ministry department guard navy army military police embassy consulate bank parliament regulator
agency office forces
""")


def _phrases(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by first word, longest first, for matching on tokens."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in text.strip().splitlines():
        words = tuple(line.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


#: Institutions the small model leaves untagged, as token sequences (lower case).
INSTITUTIONS: dict[str, tuple[tuple[str, ...], ...]] = _phrases("""
opec+
opec +
opec
white house
state department
pentagon
kremlin
downing street
people 's liberation army
wildlife trusts
""")

#: Demonyms and other adjectives of origin: never actors on their own ("Russian", "Kazakh").
DEMONYMS: frozenset[str] = _words("""
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british
bulgarian burmese cambodian cameroonian canadian chadian chilean chinese colombian congolese
croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian
ethiopian european finnish french georgian german ghanaian greek guatemalan haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese liberian
libyan lithuanian macedonian malagasy malaysian malian maltese mexican moldovan mongolian
montenegrin moroccan mozambican namibian nepali nepalese nigerian nigerien norwegian omani
pakistani palestinian panamanian paraguayan peruvian philippine filipino polish portuguese qatari
romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali
african asian arab arabic south sudanese spanish sri swedish swiss syrian taiwanese tajik tanzanian
thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
zambian zimbabwean soviet western eastern northern southern latin nordic baltic balkan caribbean
gulf middle muslim christian jewish catholic protestant sunni shia shiite hindu buddhist
kurdish pashtun tamil uyghur uighur african-american
""")

#: Countries and country-like polities (lower-case), including common short forms.
COUNTRIES: frozenset[str] = frozenset(line.strip() for line in """
afghanistan
albania
algeria
andorra
angola
argentina
armenia
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bhutan
bolivia
bosnia
bosnia and herzegovina
botswana
brazil
brunei
bulgaria
burkina faso
burma
burundi
cambodia
cameroon
canada
cape verde
central african republic
chad
chile
china
colombia
comoros
congo
costa rica
croatia
cuba
cyprus
czech republic
czechia
denmark
djibouti
dominica
dominican republic
east timor
ecuador
egypt
el salvador
england
equatorial guinea
eritrea
estonia
eswatini
ethiopia
fiji
finland
france
gabon
gambia
georgia
germany
ghana
great britain
britain
greece
grenada
guatemala
guinea
guinea-bissau
guyana
haiti
honduras
hungary
iceland
india
indonesia
iran
iraq
ireland
israel
italy
ivory coast
jamaica
japan
jordan
kazakhstan
kenya
kiribati
kosovo
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
madagascar
malawi
malaysia
maldives
mali
malta
mauritania
mauritius
mexico
micronesia
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
namibia
nauru
nepal
netherlands
holland
new zealand
nicaragua
niger
nigeria
north korea
north macedonia
macedonia
northern ireland
norway
oman
pakistan
palau
palestine
panama
papua new guinea
paraguay
peru
philippines
poland
portugal
qatar
romania
russia
russian federation
rwanda
samoa
san marino
saudi arabia
scotland
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
solomon islands
somalia
south africa
south korea
korea
south sudan
spain
sri lanka
sudan
suriname
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
togo
tonga
trinidad and tobago
tunisia
turkey
turkmenistan
tuvalu
uganda
ukraine
united arab emirates
uae
united kingdom
uk
u.k.
united states
united states of america
us
u.s.
u.s.a.
usa
america
uruguay
uzbekistan
vanuatu
vatican
venezuela
vietnam
wales
yemen
zambia
zimbabwe
soviet union
ussr
yugoslavia
czechoslovakia
east germany
west germany
""".strip().splitlines())

#: Capitals (and seats of government) that wire copy uses for their country's government.
CAPITALS: dict[str, str] = {
    "moscow": "russia", "beijing": "china", "washington": "united states", "london": "united kingdom",
    "paris": "france", "berlin": "germany", "tokyo": "japan", "kyiv": "ukraine", "kiev": "ukraine",
    "tehran": "iran", "ankara": "turkey", "pyongyang": "north korea", "seoul": "south korea",
    "damascus": "syria", "baghdad": "iraq", "kabul": "afghanistan", "riyadh": "saudi arabia",
    "cairo": "egypt", "delhi": "india", "new delhi": "india", "islamabad": "pakistan",
    "jerusalem": "israel", "ottawa": "canada", "canberra": "australia", "brasilia": "brazil",
    "rome": "italy", "madrid": "spain", "warsaw": "poland", "minsk": "belarus", "havana": "cuba",
    "caracas": "venezuela", "taipei": "taiwan", "hanoi": "vietnam", "manila": "philippines",
    "nairobi": "kenya", "addis ababa": "ethiopia", "astana": "kazakhstan", "tbilisi": "georgia",
    "yerevan": "armenia", "baku": "azerbaijan", "budapest": "hungary", "athens": "greece",
    "stockholm": "sweden", "oslo": "norway", "helsinki": "finland", "copenhagen": "denmark",
    "dublin": "ireland", "lisbon": "portugal", "vienna": "austria", "bern": "switzerland",
    "brussels": "belgium", "the hague": "netherlands", "amsterdam": "netherlands",
    "mexico city": "mexico", "buenos aires": "argentina", "bogota": "colombia", "lima": "peru",
    "santiago": "chile", "pretoria": "south africa", "abuja": "nigeria", "doha": "qatar",
    "abu dhabi": "united arab emirates", "beirut": "lebanon", "amman": "jordan", "tripoli": "libya",
    "vilnius": "lithuania", "riga": "latvia", "tallinn": "estonia", "prague": "czech republic",
    "bratislava": "slovakia", "bucharest": "romania", "sofia": "bulgaria", "belgrade": "serbia",
    "zagreb": "croatia", "ljubljana": "slovenia", "chisinau": "moldova", "skopje": "north macedonia",
    "tirana": "albania", "sarajevo": "bosnia and herzegovina", "podgorica": "montenegro",
    "reykjavik": "iceland", "valletta": "malta", "nicosia": "cyprus", "kinshasa": "congo",
    "khartoum": "sudan", "mogadishu": "somalia", "kampala": "uganda", "kigali": "rwanda",
    "dakar": "senegal", "accra": "ghana", "harare": "zimbabwe", "luanda": "angola", "algiers": "algeria",
    "rabat": "morocco", "tunis": "tunisia", "sanaa": "yemen", "muscat": "oman", "manama": "bahrain",
    "kuwait city": "kuwait", "tashkent": "uzbekistan", "bishkek": "kyrgyzstan", "dushanbe": "tajikistan",
    "ashgabat": "turkmenistan", "ulaanbaatar": "mongolia", "bangkok": "thailand", "jakarta": "indonesia",
    "kuala lumpur": "malaysia", "phnom penh": "cambodia", "dhaka": "bangladesh", "kathmandu": "nepal",
    "colombo": "sri lanka", "wellington": "new zealand", "quito": "ecuador", "la paz": "bolivia",
    "montevideo": "uruguay", "asuncion": "paraguay", "managua": "nicaragua", "panama city": "panama",
}

#: Short and long forms of the same country, so "US" and "United States" are one actor.
COUNTRY_FORMS: dict[str, str] = {
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "ussr": "soviet union", "russian federation": "russia",
    "uae": "united arab emirates", "czechia": "czech republic", "holland": "netherlands",
    "burma": "myanmar",
}

#: Region and place names the model may label as a country or organisation.
REGIONS: frozenset[str] = frozenset({
    "europe", "asia", "africa", "americas", "antarctica", "oceania", "mideast", "middle east", "balkans",
    "caucasus", "crimea", "donbas", "gaza", "west bank", "kashmir", "sahel", "arctic", "siberia",
    "scandinavia", "latin america", "north america", "south america", "central asia", "east asia",
    "southeast asia", "eurasia", "pacific", "atlantic", "mediterranean", "far east", "near east",
    "eastern europe", "western europe",
})

#: Names that stand for a bloc of countries, typed "group" as the gold annotations do.
GROUPS: frozenset[str] = frozenset({"west", "east", "global south", "allies", "axis"})

#: Last words that make a name an organisation ("Food Standards Agency", "West Mercia police").
ORG_WORDS: frozenset[str] = _words("""
agency police ministry department office council committee commission party union association
group inc inc. corp corp. corporation co co. company ltd ltd. plc llc bank university college
institute foundation fund court army navy force forces guard service services authority board
bureau church league federation organisation organization parliament congress senate assembly
government administration cabinet alliance pact network news times post journal press media
club team society trust centre center hospital school academy coalition front movement brigade
brigades unit command ngo commission tribunal exchange reserve airlines airways motors labs
systems technologies holdings partners capital group kremlin fleet division regiment battalion corps
brigade militia directorate secretariat inc. rovers wanderers athletic albion fc afc united rangers
hotspur
""")

#: Trailing words of an organisation name that may be dropped in later mentions ("Tallybird Group").
ORG_SUFFIXES: frozenset[str] = _words("""
group inc inc. corp corp. corporation co co. company ltd ltd. plc llc news holdings motors
airlines airways international technologies systems energy pharmaceuticals labs entertainment
""")

#: Places that are buildings or sites: typed "location" though they are organisations' seats.
FACILITY_WORDS: frozenset[str] = _words("""
airport hospital house palace square street avenue road bridge station port harbour harbor
stadium arena hall building tower camp base prison plant mine field
""")

#: Verbs that introduce what someone said (lemmas).
REPORTING_VERBS: frozenset[str] = _words("""
say tell add write explain note argue insist warn claim state ask reply respond answer admit
describe declare continue conclude recall acknowledge announce assert caution comment complain
concede confirm contend counter deny emphasise emphasize estimate explain grumble joke lament
maintain mention muse observe point predict promise propose reason recount remark repeat report
reveal say scoff shout sigh speculate stress suggest testify tweet post urge vow whisper wonder
quip boast charge allege agree disagree believe think fear hope worry plead demand accuse
""")

#: Reporting verbs that, without quotation marks, make a sentence reported speech.
PARAPHRASE_VERBS: frozenset[str] = _words("""
say tell claim insist warn argue state announce deny admit acknowledge assert confirm allege
predict promise vow report reveal suggest stress maintain contend
""")

#: Words that mark a phrase as the source of a statement ("according to").
SOURCE_PREPOSITIONS: tuple[str, ...] = ("according to",)

#: Paragraph openings that mark page furniture (credits, captions) rather than article text.
FURNITURE_PREFIXES: tuple[str, ...] = (
    "©", "(c)", "photo", "image", "picture", "credit", "getty", "reuters/", "ap photo", "file photo",
    "continue reading", "read more", "advertisement", "related:", "sign up", "subscribe",
)

#: Last words of a law's name: laws are not actors ("Investment Company Act").
LAW_WORDS: frozenset[str] = _words("act acts bill law amendment code directive regulation regulations")

#: Nouns that call a name a work or product rather than an actor ("the online game Harbour Quest").
WORK_NOUNS: frozenset[str] = _words("""
game games app apps film movie book novel song album show series software program programme
protocol format platform product device phone console browser website site newspaper magazine
podcast documentary play opera painting brand model vehicle drug vaccine virus operation
""")

#: Place nouns: a name modifying one is a place ("the Norfolk coast", "the Donetsk region").
GEO_NOUNS: frozenset[str] = _words("""
coast coastline border region city town village county state province district island islands river
valley sea strait gulf bay lake mountains peninsula capital countryside suburb suburbs port
""")

#: Prepositions after which a name is where something happens ("in Hemsby", "near Kherson").
LOCATIVE_PREPOSITIONS: frozenset[str] = _words("in at near across outside inside throughout around into")

#: Verbs of a relative clause that states someone's office ("who heads the union branch").
ROLE_VERBS: frozenset[str] = _words(
    "head lead run chair found co-found manage direct represent own coach advise study research teach "
    "live work")

#: Nouns for agents a "known as" name can belong to ("a militia known as ..."): those stay actors.
AGENT_NOUNS: frozenset[str] = _words("""
man woman boy girl person people militant militants militia gang rebel rebels fighter fighters activist
artist group firm company organisation organization movement network city town village area band
""")

#: Head nouns of an appositive that make its name an organisation ("Voltis, a company that ...").
ORG_DESCRIPTORS: frozenset[str] = _words("""
company firm maker carmaker automaker chipmaker manufacturer operator provider supplier retailer
carrier airline startup start-up bank lender insurer broadcaster publisher newspaper agency charity
group organisation organization contractor developer conglomerate subsidiary unit regulator party
""")

#: Role nouns that state a person's gender ("her husband, Donald").
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(_words("husband son father brother man boy king prince uncle nephew grandfather "
                           "grandson spokesman chairman congressman councilman businessman sportsman"), "m"),
    **dict.fromkeys(_words("wife daughter mother sister woman girl queen princess aunt niece grandmother "
                           "granddaughter spokeswoman chairwoman congresswoman councilwoman "
                           "businesswoman widow actress"), "f"),
}

#: Names the model often tags as organisations or places that are diseases, products or events.
NON_ACTORS: frozenset[str] = frozenset({
    "covid", "covid-19", "coronavirus", "sars-cov-2", "omicron", "ebola", "mpox", "zika", "brexit",
    "iphone", "ipad", "android", "windows", "chatgpt", "bitcoin", "internet", "web", "wi-fi", "photo",
    "getty images", "shutterstock",
})

#: Short forms of organisations that are neither initials nor a dropped suffix (lower case).
ORG_SHORT_FORMS: dict[str, str] = {
    "fed": "federal reserve", "pentagon": "department of defense", "met": "metropolitan police",
    "scotus": "supreme court", "un": "united nations", "nato": "north atlantic treaty organization",
}

#: Country names that are also US states or other places ("Georgia Governor", "the state of Georgia").
AMBIGUOUS_COUNTRIES: frozenset[str] = frozenset({"georgia", "jordan", "niger", "guinea"})
