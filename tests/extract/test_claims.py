"""Claims: quote spans, speakers before/after/inside, pronouns, continuations, paraphrases (own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from reportgen.brief import Claim
from reportgen.extract.actors import find_actors, rank_actors
from reportgen.extract.claims import find_claims
from reportgen.extract.layout import find_quote_spans


def claims_of(nlp: Any, text: str) -> list[Claim]:
    doc = nlp(text)
    _, index = find_actors(doc)
    return find_claims(doc, index)


def quotes(claims: list[Claim]) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in claims if c.kind == "quote"]


def test_speaker_after_and_inside_a_split_quote(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "“We will rebuild the harbour before winter,” said Maria Castell, the port’s director. "
        "“Then the ferries return,” she added, “and the town can breathe again.”"))
    assert quotes(claims) == [
        ("Maria Castell", "We will rebuild the harbour before winter"),
        ("Maria Castell", "Then the ferries return"),
        ("Maria Castell", "and the town can breathe again."),
    ]
    assert claims[0].cue == "said"


def test_speaker_before_the_quote_with_a_colon_and_straight_marks(nlp: Any) -> None:
    claims = claims_of(nlp, 'Senator Paul Reyes told reporters: "The bill is dead for this session."')
    assert quotes(claims) == [("Paul Reyes", "The bill is dead for this session.")]


def test_pronoun_goes_to_the_last_person_of_that_gender(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Mrs Alma Ruiz met Mr Jonas Weller at the depot. "
        "“The trucks have not moved for a week,” she said."))
    assert quotes(claims) == [("Alma Ruiz", "The trucks have not moved for a week")]


def test_quote_running_over_paragraphs_continues_the_speaker(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "“The first weeks were chaos,” said coach Ben Adeyemi.\n\n"
        "“Nobody knew the new rules. We lost three games in a row.\n\n"
        "“Now the team believes in the plan.”"))
    assert quotes(claims) == [
        ("Ben Adeyemi", "The first weeks were chaos"),
        ("Ben Adeyemi", "Nobody knew the new rules. We lost three games in a row."),
        ("Ben Adeyemi", "Now the team believes in the plan."),
    ]


def test_organisation_speaker_from_it_said(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "The Northfield Water Authority warned residents to boil tap water. "
        "“We expect the advice to stay in place until Friday at least,” it said in a statement."))
    assert quotes(claims) == [("Northfield Water Authority",
                               "We expect the advice to stay in place until Friday at least")]


def test_according_to_names_the_speaker(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "The plant will “close every line by the end of the month,” according to Ivan Petrov, "
        "a union official."))
    assert quotes(claims) == [("Ivan Petrov", "close every line by the end of the month")]


def test_scare_quotes_are_not_claims(nlp: Any) -> None:
    claims = claims_of(nlp, "Ministers called the plan a “reset” and a “fresh start” for the region.")
    assert quotes(claims) == []


def test_unattributed_quote_has_no_speaker(nlp: Any) -> None:
    claims = claims_of(nlp, "A sign on the gate read “No entry after dark for any visitors”.")
    assert quotes(claims) == [(None, "No entry after dark for any visitors")]


def test_reported_speech_is_a_paraphrase(nlp: Any) -> None:
    claims = claims_of(nlp, "Finance Minister Lena Holm said the budget would be balanced next year.")
    assert [(c.kind, c.speaker) for c in claims] == [("paraphrase", "Lena Holm")]
    assert "budget would be balanced" in claims[0].text


def test_a_paraphrase_leaves_out_the_dateline_the_parse_hung_on_it(nlp: Any) -> None:
    claims = claims_of(nlp, "Rations cut\n\nGOROBÉ, Chad — The World Food Programme (WFP) will halve food "
                            "rations for 100,000 refugees from June unless new funding arrives, the agency "
                            "said on Tuesday.")
    said = [c for c in claims if c.kind == "paraphrase"]
    assert [c.speaker for c in said] == ["World Food Programme"]  # a programme by name is no TV programme
    assert said[0].text.startswith("The World Food Programme (WFP) will halve"), said[0].text


def test_what_a_relative_clause_reports_is_no_paraphrase(nlp: Any) -> None:
    claims = claims_of(nlp, "The dispute centres on a list of goods, from cement to steel, that the "
                            "Calder Council says cannot cross its bridges.")
    assert [c for c in claims if c.kind == "paraphrase"] == []


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Putin's aides don't expect the '90s to return, and the players' union agreed."
    assert find_quote_spans(text) == []


def test_single_quotes_in_a_headline() -> None:
    text = "Mayor says flood defences 'will hold this winter'\n\nThe mayor spoke on Monday."
    spans = find_quote_spans(text)
    assert [s.text_of(text) for s in spans] == ["will hold this winter"]


def test_a_spaced_straight_mark_after_a_comma_closes() -> None:
    text = '"I think the harbour master should resign. It is a disgrace, " Ana Ruiz said. "We will see."'
    spans = find_quote_spans(text)
    assert [(s.text_of(text), s.open_end) for s in spans] == [
        ("I think the harbour master should resign. It is a disgrace,", False), ("We will see.", False)]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "“First part without an end.\n\n“Second part.”"
    spans = find_quote_spans(text)
    assert [(s.text_of(text), s.open_end) for s in spans] == [
        ("First part without an end.", True), ("Second part.", False)]


def test_title_description_resolves_to_the_titled_person(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Health Minister Irene Vos visited the clinic with Dr Samuel Okoro.\n\n"
        "“We will open two more clinics by June,” the minister said."))
    assert quotes(claims) == [("Irene Vos", "We will open two more clinics by June")]


def test_headline_quote_borrows_the_speaker_of_the_same_words(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Farmer says storm 'took everything we had built'\n\n"
        "“It took everything we had built over twenty years,” said Peter Lang, who farms near the river."))
    assert quotes(claims) == [
        ("Peter Lang", "took everything we had built"),
        ("Peter Lang", "It took everything we had built over twenty years"),
    ]


def test_relative_clause_speaker_and_unnamed_subjects(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Residents have warned that the old bridge “will not last another winter”. "
        "The warning was echoed by Carla Mendes, an engineer, who said the steel was “rotting from "
        "the inside out”."))
    assert quotes(claims) == [(None, "will not last another winter"),
                              ("Carla Mendes", "rotting from the inside out")]


def test_accusation_is_a_cue_and_surnames_the_model_mislabels_still_resolve(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Sen. Mark Delaney accused his rivals of “playing games with the harbour budget.”\n\n"
        "Delaney said he was open to talks. “I will sit down with anyone, any time,” he said."))
    assert quotes(claims) == [("Mark Delaney", "playing games with the harbour budget."),
                              ("Mark Delaney", "I will sit down with anyone, any time")]


def test_quote_without_cue_after_a_paragraph_about_someone_is_theirs(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "“The road will be finished by May,” said Mayor Tom Reilly.\n\n"
        "Councillor Ruth Okafor, who chairs the transport committee, disagreed.\n\n"
        "“Nobody on the council believes that date.”\n\n"
        "Erik Nilsen was blunt. “It is a disaster for the shops on the high street.”"))
    assert quotes(claims) == [
        ("Tom Reilly", "The road will be finished by May"),
        ("Ruth Okafor", "Nobody on the council believes that date."),
        ("Erik Nilsen", "It is a disaster for the shops on the high street."),
    ]


def test_according_to_without_quotes_is_a_paraphrase(nlp: Any) -> None:
    claims = claims_of(nlp, "The mine will reopen in spring, according to Paulo Mendes, the site manager.")
    assert [(c.kind, c.speaker, c.cue) for c in claims] == [("paraphrase", "Paulo Mendes", "according to")]
    assert claims[0].text.startswith("The mine will reopen in spring")


def test_speaker_of_a_warning_about_what_a_country_would_do(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Deputy Minister Oleg Sarin summoned the ambassador and warned that Russia would respond "
        "“with measures that will be felt for years”."))
    assert quotes(claims) == [("Oleg Sarin", "with measures that will be felt for years")]


def test_headline_name_colon_quote(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Halvorsen: ‘We will not close a single plant this year’\n\n"
        "Ingrid Halvorsen, the chief executive of Nordkapp Steel, spoke to investors on Monday."))
    assert quotes(claims) == [("Ingrid Halvorsen", "We will not close a single plant this year")]


def test_attribution_in_a_later_paragraph_of_a_running_quote(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "“The river rose faster than anyone expected,” said Mayor Ida Berg.\n\n"
        "“We checked every sluice gate twice.\n\n"
        "“Nothing was left to chance,” said the engineer in charge, Paul Dunne."))
    assert quotes(claims)[1:] == [("Paul Dunne", "We checked every sluice gate twice."),
                                  ("Paul Dunne", "Nothing was left to chance")]


def test_straight_quotes_with_inch_marks_and_a_missing_close() -> None:
    text = 'Crews laid a 6" pipe. "It will hold, he said, "at least for now."'
    spans = find_quote_spans(text)
    assert [(s.text_of(text), s.open_end) for s in spans] == [
        ("It will hold, he said,", True), ("at least for now.", False)]


def test_gendered_role_and_a_returning_unnamed_spokeswoman(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Agnes Moray has kept the Harran light for 30 years. Her husband, Donald, kept it with her "
        "until he died.\n\n"
        "“They told me in a letter,” she says.\n\n"
        "A spokeswoman for the Coastal Lights Board said Mrs Moray would be offered a cottage. "
        "“We are grateful for her service,” the spokeswoman said."))
    assert quotes(claims) == [("Agnes Moray", "They told me in a letter"),
                              ("Coastal Lights Board", "We are grateful for her service")]


def test_they_is_an_organisation_only_when_one_was_just_named(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "The Harbour Trust published its accounts on Monday. Fishermen on the quay were less "
        "impressed by the new mooring fees, which rose for the third year in a row and now take a "
        "large share of a small boat's income.\n\n"
        "“We cannot keep paying more for less,” they said.\n\n"
        "The Harbour Trust defended the rise. “Costs have gone up for everyone,” they said."))
    assert quotes(claims) == [(None, "We cannot keep paying more for less"),
                              ("Harbour Trust", "Costs have gone up for everyone")]


def test_labels_and_imagined_lines_are_not_claims(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "He shrugged as if to say “there is nothing more I can do here”. The report, titled "
        "“A Harbour For The Next Century”, was published by the so-called “committee of safe "
        "water use” on Monday."))
    assert quotes(claims) == []


def test_the_reporting_verb_that_governs_the_quote_wins(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Brightway said in a statement that it paid “fair and competitive wages” and that most staff "
        "had reported for work."))
    assert quotes(claims) == [("Brightway", "fair and competitive wages")]


def test_odd_texts_give_well_formed_results(nlp: Any) -> None:
    for text in ["", "“", '"""', "‘x’ ’ ‘", "He said.", "“An unclosed quote with several words in it",
                 "\n\n\n", "(Photo: )", "“A,” “B,” “C,” said.", "Mr. . Ms. said “ ”"]:
        doc = nlp(text)
        actors, index = find_actors(doc)
        claims = find_claims(doc, index)
        rank_actors(actors, claims, index)
        names = {a.name for a in actors}
        assert all(c.speaker is None or c.speaker in names for c in claims)
        assert all(c.text and c.text in text for c in claims if c.kind == "quote")


def test_less_common_reporting_verbs_name_the_speaker(nlp: Any) -> None:
    for verb in ("pressed", "retorted", "interjected", "opined", "exclaimed"):
        text = f"The mayor met the board. “Would the fare rise be negotiable?” Ana Ruiz {verb}."
        claims = claims_of(nlp, text)
        assert [(c.speaker, c.cue) for c in claims if c.kind == "quote"] == [("Ana Ruiz", verb)], verb


def test_a_spaced_mark_after_a_nested_quote_closes_the_quote() -> None:
    text = ('"If you lose, you shake hands and say, \'Well done,\' " said Ana Ruiz, a council member. '
            '"It is hard to do that."')
    spans = find_quote_spans(text)
    assert [(s.text_of(text), s.open_end) for s in spans] == [
        ("If you lose, you shake hands and say, 'Well done,'", False), ("It is hard to do that.", False)]


def test_two_closing_single_marks_close_a_double_quote() -> None:
    text = "“It was an attempt to mislead voters,’’ Ana Ruiz told the radio. “And it was wrong.”"
    spans = find_quote_spans(text)
    assert [(s.text_of(text), s.open_end) for s in spans] == [
        ("It was an attempt to mislead voters,", False), ("And it was wrong.", False)]


def test_a_who_said_clause_makes_its_name_the_next_she(nlp: Any) -> None:
    """"X, who said ..." sets X up as the speaker even where X is no subject ("supported by X")."""
    claims = claims_of(nlp, (
        "Clara Hunt defended the contracts on Thursday. "
        "Her position was backed on Friday by Senator Dina Falk of Ohio, the ranking member of the panel, "
        "who said none of the contracts began with Hunt. "
        "“It never made sense to blame her,” she said in a statement."))
    assert quotes(claims) == [("Dina Falk", "It never made sense to blame her")]


def test_a_full_name_with_an_initial_and_a_surname_read_as_a_plural_noun_speaks(nlp: Any) -> None:
    """"M. Dane Waters": an initial is no acronym, and "Waters" (tagged a plural noun) is the surname."""
    claims = claims_of(nlp, (
        "The count went on.\n\nM. Dane Waters, whose group has led the effort, predicted that "
        "delegates would “take this fight to the floor.”"))
    assert quotes(claims) == [("M. Dane Waters", "take this fight to the floor.")]


@pytest.mark.parametrize("text", ['Dr Omar Siddiqui said it "is likely to rise by 2050". The team disagreed.',
                                  'Dr Omar Siddiqui said it "is likely to rise by 2050"; the team objected.'])
def test_a_straight_mark_after_a_figure_closes_a_quote_before_punctuation(text: str) -> None:
    """Not an inch mark: '"... by 2050".' ends the quote (a 6" pipe still is one)."""
    assert [s.text_of(text) for s in find_quote_spans(text)] == ["is likely to rise by 2050"]


def test_a_transcript_label_is_not_the_subject_of_the_sentence_it_reads(nlp: Any) -> None:
    """"ODUYA: Hungary's foreign minister, X, said that ...": the minister said it, not the host."""
    claims = claims_of(nlp, (
        "Sanctions debate\n\nODUYA: Minister, will the sanctions stay?\n\nROE: Yes.\n\n"
        "ODUYA: Hungary's foreign minister, Gábor Tóth, said last week that sanctions “have achieved "
        "nothing in seven years.”"))
    assert quotes(claims)[-1] == ("Gábor Tóth", "have achieved nothing in seven years.")


def test_answers_after_a_name_label_in_a_q_and_a_are_that_persons(nlp: Any) -> None:
    """An interview whose questions open with "Q:" and whose answers open with the guest's name in capitals:
    each answer is the guest's, and the questions are no claims."""
    claims = claims_of(nlp, (
        "Museum returns\n\nThe director, Dr. Ana Van der Berg, spoke to the Courier in an interview.\n\n"
        "Q: Why these objects?\n\n"
        "VAN DER BERG: Their history is clear, and we have finished the research.\n\n"
        "Q: Will you return more of them?\n\n"
        "VAN DER BERG: Yes, when the money comes. I have told the minister.\n\n"
        "Q: Are you worried about visitors?\n\nVAN DER BERG: No. Visitors can handle empty cases."))
    assert [speaker for speaker, _ in quotes(claims)] == ["Ana Van der Berg"] * 3
    assert not any(text.startswith("Why these") or "Will you" in text for _, text in quotes(claims))


def test_a_tip_label_between_questions_is_no_speaker(nlp: Any) -> None:
    """"TIP:" beside an interview's "Q:" and "A:" names nobody: the answers stay the guest's."""
    claims = claims_of(nlp, (
        "Tax season\n\nTom Hart, the tax agency's chief, answered questions in an interview this week.\n\n"
        "Q: When is the deadline?\n\nA: April 15. We will not extend it this year.\n\n"
        "TIP: Keep copies of your receipts.\n\nQ: Can I file late?\n\n"
        "A: You can, but you will pay a penalty. I would not risk it.\n\n"
        "TIP: File online for a faster refund."))
    assert ("Tom Hart", "April 15. We will not extend it this year.") in quotes(claims)
    assert not any(speaker == "TIP" for speaker, _ in quotes(claims))


def test_q_labels_outside_an_interview_make_no_transcript(nlp: Any) -> None:
    """A quiz's "Q:" lines beside capitalised labels are no interview: nothing is a turn."""
    claims = claims_of(nlp, (
        "Road news\n\nQ: When does the bridge open?\n\nNOTE: The council has not said.\n\n"
        "Q: Who pays?\n\nNOTE: The state pays for the work."))
    assert quotes(claims) == []


@pytest.mark.parametrize("owner", ["Ruiz", "the ministry"])
def test_the_name_after_a_spokesman_for_someone_is_the_spokesman(nlp: Any, owner: str) -> None:
    """"A spokesman for Ruiz, Daniel Mora, said": the parser hangs Mora on Ruiz; Mora speaks."""
    claims = claims_of(nlp, (
        "Deputy Foreign Minister Ana Ruiz met envoys on Monday. "
        f"A spokesman for {owner}, Daniel Mora, said there was “nothing more to add on this matter.”"))
    assert quotes(claims) == [("Daniel Mora", "nothing more to add on this matter.")]


def test_an_inch_mark_before_a_comma_inside_a_quote_does_not_close_it() -> None:
    text = '"We had 10", maybe 12", of snow overnight," Ana Ruiz said on Monday.'
    assert [s.text_of(text) for s in find_quote_spans(text)] == ['We had 10", maybe 12", of snow overnight,']


def test_their_spokesman_is_not_the_last_body_named(nlp: Any) -> None:
    claims = claims_of(nlp, ("The parents of the boy, Ana and Tom Hale, sued Kelby Academy on Monday. "
                             "“We want answers,” their spokesman said."))
    assert quotes(claims)[0][0] != "Kelby Academy"


def test_he_replied_after_an_unnamed_questioner_is_the_one_asked(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Economy Minister Rodrigo Ferrer defended the tax on Monday. Another reporter asked whether "
        "President Elena Castro had approved the decision. “We are in complete agreement,” he replied."))
    assert quotes(claims) == [("Rodrigo Ferrer", "We are in complete agreement")]


def test_he_said_after_an_unnamed_speaker_stays_unnamed(nlp: Any) -> None:
    claims = claims_of(nlp, (
        "Economy Minister Rodrigo Ferrer defended the tax on Monday. A resident said the tax was unfair. "
        "“We cannot pay it,” he said."))
    assert quotes(claims) == [(None, "We cannot pay it")]


def test_a_body_noun_never_means_the_country_named_before_it(nlp: Any) -> None:
    claims = claims_of(nlp, ("Floods hit southern Brazil\n\nRain fell again on Saturday across Brazil. The "
                             "agency said 41 people were missing."))
    assert not [c for c in claims if c.speaker == "Brazil"], [(c.speaker, c.text) for c in claims]


def test_a_headline_cut_of_a_longer_quote_is_the_body_speakers(nlp: Any) -> None:
    # the country after the colon is what the story is about, not who spoke (quotes.repeated)
    said = quotes(claims_of(nlp, "‘We are closer than ever’: Chad and rebels edge towards a truce\n\nThe "
                                 "envoy, Ana Ruiz, spoke in Nairobi on Monday. “We are closer than ever to "
                                 "silencing the guns in the north,” she said."))
    assert ("Ana Ruiz", "We are closer than ever") in said
    assert ("Ana Ruiz", "We are closer than ever to silencing the guns in the north") in said
