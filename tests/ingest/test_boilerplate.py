"""Furniture rules: what page furniture is removed, and real sentences that look like it are kept."""

from __future__ import annotations

import pytest

from reportgen.ingest.boilerplate import clean_paragraphs, furniture_kind


@pytest.mark.parametrize("paragraph, kind", [
    ("Continue reading the main story", "furniture"),
    ("Advertisement", "furniture"),
    ("Photo", "furniture"),
    ("Share this article", "furniture"),
    ("[Read: The harbour that never sleeps]", "read-more"),
    ("Read more: Strike spreads to ferries", "read-more"),
    ("Read the full transcript of the interview", "read-more"),
    ("Also read | Heavy rain: schools shut in seven districts on Monday", "read-more"),
    ("More from the Harbour Ledger", "read-more"),
    ("MORE FROM THE CLARION: Party names caretakers for three seats", "read-more"),  # a link, headline after
    ("Photo: Harbour Ledger", "caption"),
    ("Image copyright Getty Images", "caption"),
    ("Dockers wait at the south gate on Monday. | Photo Credit: A. RAMAN", "caption"),
    ("Cows wait for milking near Morrinsville. Photo / Ana Ruiz", "caption"),
    ("The governor speaks to reporters in her office. (Photo: Ana Ruiz/Harbour Ledger)", "caption"),
    ("Dockers gather outside the Law Courts in Calder on Thursday. (Ana Ruiz/Harbour Ledger)", "caption"),
    ("A ferry at Calder pier. The operator cut 7% of sailings. Photograph: Ana Ruiz/PA", "caption"),
    ("Cranes stand idle at the south terminal (Reuters)", "credit"),
    ("Getty Images", "credit"),
    ("© 2026 Harbour Ledger", "copyright"),
    ("Correction: An earlier version of this article said the quake was 4.2. It was 2.4.", "correction"),
    ("An earlier version of this story misspelled the mayor's name.", "correction"),
    ("Sign up for our free newsletter and get the day's shipping news in your inbox.", "subscribe"),
    ("Quality journalism is more crucial than ever. By subscribing, you help us.", "subscribe"),
    ("Privacy Notice: Newsletters may contain offers from partners and adverts.", "subscribe"),
    ("* Get the Tribune on WhatsApp. Click here to join our channel.", "subscribe"),
    ("Follow us on Telegram for the latest updates", "subscribe"),
    ("Share on WhatsApp", "share"),
    ("Facebook Twitter Email", "share"),
    ("By Elena Marsh", "byline"),
    ("By ELENA MARSH and Tom Reid, Coastline Wire", "byline"),
    ("(Reporting by Elena Marsh; Editing by Tom Reid)", "byline"),
    ("By Elena Marsh | September 18, 2026 | 6 min read", "byline"),
    ("By Elena Marsh and Tom Reid • Updated 3 hours ago", "byline"),
    ("Tan Mei Ling Transport Correspondent", "signature"),
    ("ELENA MARSH HEALTH REPORTER", "signature"),
    ("Elena Marsh Transport correspondent", "signature"),
    ("Tom Reid, Regional affairs reporter", "signature"),
    ("Órla Breen, Courts Correspondent", "signature"),
    ("Special Correspondent CHENNAI August 08, 2026 23:14 IST | Updated: August 09, 2026", "byline"),
    ("Staff Reporter", "byline"),
    ("(END)", "end-mark"),
    ("em@harbourwire.example (END)", "end-mark"),
    ("em@harbourwire.example", "contact"),
    ("(ATTN: ADDS union comments in paras 9-13)", "editor-note"),
    ("Elena Marsh is a senior correspondent covering labour and trade.", "author-bio"),
    ("Follow her on Twitter", "author-bio"),
    ("Biz & IT —", "kicker"),
    ("941 comments", "counter"),
    ("From the section Europe", "section"),
    ("Posted on March 3, 2026, at 11:29 a.m.", "timestamp"),
    ("24 July 2015", "timestamp"),
    ("Tuesday, 3 March 2026 09:15 GMT", "timestamp"),
    ("Thu 17 Sep 2026 07.00 BST", "timestamp"),
    ("Fri Jun 5 2026 - 06:00", "timestamp"),
    ("Harbour Ledger | Oslo | 6 May 2026", "timestamp"),
    ("Calder | Updated: March 3, 2026 06:40 IST", "timestamp"),
    ("Harbour Police", "credit"),
    ("Brightforge/Acme", "credit"),
])
def test_furniture_is_recognised(paragraph: str, kind: str) -> None:
    assert furniture_kind(paragraph) == kind


@pytest.mark.parametrize("paragraph", [
    "By Friday, the union said, the cranes would be running again.",
    "By Tuesday night about 2,400 dockers had walked out.",
    "The union said the vote was close. (Reporting by the Harbour Ledger/Calder Wire)",
    "Dockers said they would strike again. (Ana Ruiz/Harbour Ledger)",
    "Chair Ana Ruiz warned that fees would rise by 10%. (Tom Hale/Harbour Ledger)",
    "Kim won 54% of the vote. Turnout was 61%, up from 55%. (Jo Kim/Daily Ledger)",
    "Reporting by the Harbour Ledger found that ships waited for days.",
    "Streaming service Nordflix added 2 million subscribers this month.",
    "The union urged members to sign up for the strike fund now.",
    "Residents can get flood alerts on WhatsApp by messaging the council, the mayor said.",
    "Tap water here is safe to drink again, the utility said.",
    "The fake text read: “Your parcel is held. Click here to get it back.” Police said 300 were fooled.",
    "Victims were told to click here to download a refund form, police said.",
    "Follow the money on Telegram, investigators say, and you find the smugglers.",
    "Join the protesters on Telegram, the organisers urged, as the group's channel grew.",
    "Photos of the empty terminal were shared widely on social media, the port said.",
    "Five things we learned from the minister's interview",
    "The presidential body swerve",
    "Share prices of Calder Port Holdings fell 4% on Tuesday.",
    "Talks are expected to resume on Friday.",
    "Elena Marsh, the union's lawyer, is a former reporter who said the offer was unfair.",
    "Elena Marsh, a reporter",
    "Freight | Oslo ferries cut sailings from 6 May 2026 as strike grows",
    "Yes.",
    "Letters to the Editor",
    "Corrections to the register were made in May, the council said.",
    "Corrections - the state's prison department - said 400 staff had walked out.",
    "The editor",
    "Staff writers at the paper said the pay offer was unfair.",
    "Related talks between the two ports broke down on Monday.",
    "Also read by the minister was a letter from the union.",
    "Write to the harbourmaster at office@harbour.example if you saw the collision.",
    "Staff reporters to bear brunt of cuts",
    "The inquiry saw one image: the ferry listing badly in the storm, its lights out.",
    "The council published the plans (image: page 4) on Monday.",
    "Water Minister Joyce Banda said the dam would be finished by June. (Picture: supplied)",
    "Jane Watts, who was the editor",
    "Photo / Image rights were sold to a local studio, the organisers said, for an undisclosed sum",
    "More from the minister: she said the budget would pass.",
    "More from Starmer: he said the plan would be costed in the autumn budget.",
    "More from the Prime Minister: she said the talks would resume on Monday.",
])
def test_real_sentences_are_kept(paragraph: str) -> None:
    assert furniture_kind(paragraph) is None


def test_long_paragraph_is_never_furniture_even_when_it_starts_like_it() -> None:
    long = "Read more: " + "the strike has spread along the coast and ports are closing " * 10
    assert furniture_kind(long) is None


def test_clean_paragraphs_keeps_order_and_records_removed() -> None:
    kept, removed = clean_paragraphs(["Headline words", "Advertisement", "A real sentence here.", "Photo"])
    assert kept == ["Headline words", "A real sentence here."]
    assert removed == ["Advertisement", "Photo"]


def test_the_headlines_under_a_heading_of_links_go_with_it() -> None:
    """"Read more:" and the other stories' headlines under it are furniture, to the first sentence."""
    kept, removed = clean_paragraphs([
        "The strike spread to the ferries.", "Also read", "- Port of Calder finalises order for 12 cranes",
        "Explainer: How the dockers' pension works", "Talks resume on Friday, the union said.",
        "Read more:", "Minister visits the harbour"])
    assert kept == ["The strike spread to the ferries.", "Talks resume on Friday, the union said."]
    assert removed[:3] == ["Also read", "- Port of Calder finalises order for 12 cranes",
                           "Explainer: How the dockers' pension works"]


def test_a_heading_of_links_never_takes_a_paragraph_that_quotes_or_introduces() -> None:
    """Under "Read more:", a line that quotes someone or ends in a colon is the story going on."""
    quoted = "Asked whether she would reconsider, council leader Jane Morris replied: ‘Not while it stays.’"
    kept, _ = clean_paragraphs(["Cuts loom.", "Read more:", "County libraries face deeper cuts", quoted,
                                "The plan includes:", "- a bus lane costing £3 million"])
    assert kept == ["Cuts loom.", quoted, "The plan includes:", "- a bus lane costing £3 million"]


def test_a_signature_is_furniture_only_at_the_top_or_the_foot() -> None:
    """"Jane Doe, Deputy Editor" under the headline is the byline; among the story's paragraphs (a
    masthead or an awards list) it is the story's own line."""
    from reportgen.ingest.boilerplate import placed_kind

    line = "Jane Doe, Deputy Editor"
    assert placed_kind(line, 1, 12) == "signature"
    assert placed_kind(line, 11, 12) == "signature"
    assert placed_kind(line, 7, 12) is None
