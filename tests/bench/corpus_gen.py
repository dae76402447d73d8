"""A deterministic corpus of fictional news articles for the benchmarks (no real text involved).

Every name, place, quote and figure is invented from small word lists by a seeded generator, so the
same seed always gives the same articles, and they look like wire copy to spaCy: datelines,
attributed quotes, titled speakers, numbers with units, and forward-looking statements.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Ida", "Tomas", "Alva", "Marit", "Jonas", "Petra", "Elin", "Oskar", "Hanna", "Viktor", "Lene",
         "Anders", "Sofia", "Emil", "Nora", "Henrik", "Astrid", "Lukas", "Maja", "Frida"]
LAST = ["Renn", "Lind", "Sund", "Olsen", "Berg", "Lund", "Dahl", "Strand", "Holm", "Vik", "Moen", "Falk",
        "Brekke", "Aune", "Hagen", "Nyberg", "Solberg", "Eide", "Tveit", "Roos"]
PLACES = ["Valmora", "Esterby", "Karvik", "Halden Bay", "Nordby", "Ostmark", "Lunde", "Ravnsborg",
          "Skarvik", "Brennholt", "Marisund", "Tolvik"]
ORGS = ["Nordlys Ferries", "Vestmark Metals", "the Karvik Miners Union", "the Esterby Grid Authority",
        "the Valmora Port Council", "Ostmark Rail", "the Lunde Health Board", "Brennholt Energy",
        "the Marisund Water Company", "the Tolvik Farmers Association"]
ROLES = ["chief executive", "union leader", "transport minister", "spokeswoman", "spokesman", "mayor",
         "chief engineer", "finance director", "regional governor", "health commissioner"]
TOPICS = [("strike", "workers walked out over pay and safety rules"),
          ("outage", "a fault cut power to homes and factories"),
          ("flood", "heavy rain flooded roads and rail lines"),
          ("merger", "two companies agreed to combine their operations"),
          ("budget", "the council approved a new spending plan"),
          ("protest", "residents marched against the planned closure"),
          ("contract", "the authority signed a contract for new equipment"),
          ("recall", "the company recalled a batch of faulty parts")]
UNITS = [("percent", 1, 60), ("million euros", 1, 900), ("homes", 200, 90_000), ("workers", 50, 5_000),
         ("kilometres", 2, 400), ("tonnes", 10, 20_000), ("days", 2, 90)]
VERBS = ["said", "told reporters", "said in a statement", "added", "told a news conference"]
OUTLOOK = ["expects to", "plans to", "will", "is likely to", "aims to"]
FILLER = ["Officials gave no further details on the timetable.",
          "The company did not respond to a request for comment on Tuesday.",
          "Local media reported long queues at the main station.",
          "Similar disputes in the region have lasted for several weeks.",
          "Analysts said the decision could affect prices across the region.",
          "The announcement came after two days of talks between the parties.",
          "Residents said they had received little information about the changes."]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _number(rng: random.Random) -> str:
    unit, low, high = rng.choice(UNITS)
    value = rng.randint(low, high)
    return f"{value:,} {unit}"


def _paragraph(rng: random.Random, place: str, org: str) -> str:
    kind = rng.random()
    speaker, role = _person(rng), rng.choice(ROLES)
    if kind < 0.35:
        quote = rng.choice([f"We will not accept cuts of {_number(rng)} without a vote",
                            f"The plan will protect {_number(rng)} in {place}",
                            f"Nobody expected the costs to reach {_number(rng)} this year",
                            "We need a clear answer from the government before the end of the month"])
        return (f'"{quote}," {role} {speaker} {rng.choice(VERBS)}. {speaker.split()[0]} said the talks with '
                f"{org} would continue. {rng.choice(FILLER)}")
    if kind < 0.6:
        return (f"According to {org}, about {_number(rng)} were affected in {place}, up from {_number(rng)} "
                f"last year. {rng.choice(FILLER)} The figures could not be independently verified.")
    if kind < 0.8:
        month = rng.choice(["March", "June", "October"])
        return (f"{_capital(org)} {rng.choice(OUTLOOK)} finish the work by {month}, "
                f"{speaker}, the {role}, said. The cost is estimated at {_number(rng)}. "
                f"{rng.choice(FILLER)}")
    return (f"{speaker}, {role} of {org}, said the situation in {place} remained difficult. "
            f"{rng.choice(FILLER)} {rng.choice(FILLER)}")


def make_article(seed: int, words: int = 800) -> str:
    """One fictional article of about ``words`` words (title line, dateline, paragraphs)."""
    rng = random.Random(seed)
    place, org = rng.choice(PLACES), rng.choice(ORGS)
    topic, lead = rng.choice(TOPICS)
    title = f"{place} {topic}: {org} under pressure"
    paragraphs = [f"{place.upper()} - In {place}, {lead} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
                  f"{org} said, in a move affecting {_number(rng)}."]
    count = len(paragraphs[0].split())
    while count < words:
        paragraph = _paragraph(rng, place, org)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 5, words: int = 800) -> list[Path]:
    """``count`` articles ``art-NNN.txt`` in ``folder`` (same seed, same bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"art-{i:03}.txt"
        path.write_text(make_article(seed * 100_003 + i, words), encoding="utf-8")
        paths.append(path)
    return paths
