"""What the two-page body chooses (plain data in, chosen items out), on invented briefs."""

from __future__ import annotations

from reportgen.brief.model import Actor, Brief, Claim, Number, Outlook, Source
from reportgen.render import selection
from reportgen.render.selection import (
    CLAIMS_PER_SPEAKER,
    FIGURE_ROWS,
    KEY_FIGURES,
    LEAD_ACTORS,
    LEAD_SPEAKERS,
    OUTLOOK_MAX,
    OUTLOOK_MIN,
    bottom_line,
    key_number_rows,
    key_outlook,
    lead_claims,
    select_body,
)


def brief(**fields: object) -> Brief:
    return Brief(title="Ferry crews strike at Varholm", source=Source(), **fields)  # type: ignore[arg-type]


def crew(i: int, salience: float, key: bool = True) -> Actor:
    return Actor(f"Crew Member {i}", "person", [], f"deckhand no. {i}", 3, key, salience)


def test_lead_actors_are_the_most_salient_key_actors() -> None:
    actors = [crew(i, salience=i / 20, key=i % 5 != 0) for i in range(20)]
    body = select_body(brief(actors=actors))
    expected = sorted((a for a in actors if a.key), key=lambda a: -a.salience)[:LEAD_ACTORS]
    assert [a.name for a in body.actors] == [a.name for a in expected]
    assert "Crew Member 15" not in [a.name for a in body.actors]  # salient, but not key
    assert body.omitted.actors == 20 - LEAD_ACTORS


def test_quoted_speakers_rank_by_salience_and_full_quotes_come_before_fragments() -> None:
    actors = [Actor("Ines Moll", salience=0.3), Actor("Varholm Ferry Company", "organization", salience=0.9),
              Actor("Piet Aske", salience=0.6)]
    claims = [
        Claim("Ines Moll", "Nobody asked the passengers what they think of any of this.", "quote"),
        Claim("Piet Aske", "the crews wanted a shorter rota", "paraphrase"),
        Claim("Piet Aske", "sheer folly", "quote"),
        Claim("Piet Aske", "We will sail again when the rota is fair and not a day before.", "quote"),
        Claim("Varholm Ferry Company", "The timetable will be restored by Friday.", "quote"),
        Claim(None, "Islanders were stocking up on bread and fuel.", "paraphrase"),
        Claim("Varholm Harbour Board", "the harbour would stay open", "paraphrase"),  # no quote: not a lead
    ]
    groups = lead_claims(brief(actors=actors, claims=claims))
    assert [g.label for g in groups] == ["Varholm Ferry Company", "Piet Aske", "Ines Moll"]  # no unattributed
    aske = groups[1].claims
    # the full quote and the fragment, in text order; no paraphrase
    assert [c.text for c in aske] == ["sheer folly", "We will sail again when the rota is fair and not a day "
                                      "before."]
    assert len(aske) == CLAIMS_PER_SPEAKER


def test_paraphrases_stand_in_when_no_one_is_quoted() -> None:
    actors = [Actor("Ines Moll", salience=0.3), Actor("Piet Aske", salience=0.6)]
    claims = [Claim("Ines Moll", "the passengers were not asked", "paraphrase"),
              Claim("Piet Aske", "the crews wanted a shorter rota", "paraphrase"),
              Claim(None, "islanders were stocking up", "paraphrase")]
    groups = lead_claims(brief(actors=actors, claims=claims))
    assert [(g.label, [c.text for c in g.claims]) for g in groups] == [
        ("Piet Aske", ["the crews wanted a shorter rota"]), ("Ines Moll", ["the passengers were not asked"])]


def test_every_lead_speaker_has_a_say_before_anyone_has_a_second() -> None:
    actors = [Actor(f"Speaker {i}", salience=1 - i / 10) for i in range(6)]
    for words, counts in (("We will not sail until the rota is fair, " * 6, [1, 1, 1]),  # ~250 chars
                          ("We will not sail until the rota is fair.", [2, 2, 1]),
                          ("We will not sail until the rota is fair, and that is final.", [2, 1, 1])):
        claims = [Claim(f"Speaker {i}", f"{words} ({k})", "quote") for i in range(6) for k in range(3)]
        groups = lead_claims(brief(actors=actors, claims=claims))
        assert [g.label for g in groups] == [f"Speaker {i}" for i in range(LEAD_SPEAKERS)]
        assert [len(g.claims) for g in groups] == counts, words
        assert max(counts) <= CLAIMS_PER_SPEAKER
        assert select_body(brief(actors=actors, claims=claims)).omitted.claims == len(claims) - sum(counts)


def test_figures_in_brief_order_sharing_a_row_per_sentence() -> None:
    shared = "The 3 ferries carried 1,200 passengers and 80 cars a day."
    numbers = [Number(3, "ferries", "3 ferries", shared),
               Number(1200, "passengers", "1,200 passengers", shared), Number(80, "cars", "80 cars", shared)]
    numbers += [Number(i, "days", f"{i} days", f"The strike may last {i} days.") for i in range(4, 12)]
    rows = key_number_rows(brief(numbers=numbers))
    assert [n.text for n in rows[0].numbers] == ["3 ferries", "1,200 passengers", "80 cars"]
    assert sum(len(r.numbers) for r in rows) <= KEY_FIGURES and len(rows) <= FIGURE_ROWS
    # brief order, nothing skipped: the other figures, one a row, up to the figure limit
    assert [r.numbers[0].text for r in rows[1:]] == [f"{i} days" for i in range(4, 4 + KEY_FIGURES - 3)]
    assert select_body(brief(numbers=numbers)).omitted.numbers == len(numbers) - KEY_FIGURES


def test_one_sentence_with_many_figures_is_shown_whole() -> None:
    shared = "Fares rose 1%, 2%, 3%, 4%, 5%, 6%, 7% and 8% in eight years."
    numbers = [Number(i, "percent", f"{i}%", shared) for i in range(1, 9)]
    rows = key_number_rows(brief(numbers=numbers))
    assert len(rows) == 1 and len(rows[0].numbers) == 8


def test_outlook_keeps_the_brief_order_and_skips_what_the_bottom_line_says() -> None:
    items = [Outlook(f"Talks are expected to resume on day {i}.") for i in range(8)]
    chosen = key_outlook(brief(outlook=items, summary=["Talks are expected to resume on day 0."]))
    assert [o.outlook.text for o in chosen] == [f"Talks are expected to resume on day {i}." for i in
                                                range(1, 1 + OUTLOOK_MAX)]  # short items: five


def test_long_outlook_items_still_give_three() -> None:
    items = [Outlook(f"Mediators are expected to meet both sides on day {i}, " + "and then again, " * 30)
             for i in range(6)]
    chosen = key_outlook(brief(outlook=items))
    assert len(chosen) == OUTLOOK_MIN and chosen[0].outlook is items[0]


def test_bottom_line_shows_whole_sentences_and_fewer_when_they_are_long() -> None:
    short = [f"Point {i}: the ferries stayed in port." for i in range(6)]
    assert bottom_line(brief(summary=short)) == short[:selection.SUMMARY_SENTENCES]
    long = [f"Point {i}: " + "the ferries stayed in port while islanders waited, " * 6 for i in range(4)]
    shown = bottom_line(brief(summary=long))
    assert shown == long[:len(shown)] and 1 <= len(shown) < 4
    assert select_body(brief(summary=long)).omitted.summary == 4 - len(shown)


def test_counts_are_against_the_whole_brief() -> None:
    whole = brief(numbers=[Number(i, "days", f"{i} days", f"Day {i}.") for i in range(100)])
    part = brief(numbers=whole.numbers[:10])  # what context.shown_brief hands over for a huge brief
    assert select_body(part, whole).omitted.numbers == 100 - FIGURE_ROWS


def test_an_empty_brief_selects_nothing() -> None:
    body = select_body(brief())
    assert not (body.summary or body.actors or body.claim_groups or body.number_rows or body.outlook)
    assert not body.omitted.any
