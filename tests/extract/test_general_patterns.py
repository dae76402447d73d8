"""General shapes of wire copy missed on blind articles: ranks, party tags, anonymous and gendered
speakers, institutions named through a country (own, fictional sentences)."""

from __future__ import annotations

from typing import Any

from extract_helpers import actor, brief_of, speaker_of


def test_military_ranks_are_roles_not_names(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Base visit\n\nRear Admiral Tomas Vidal and Lt. Gen. Mark Osei toured the harbour on Monday. "
        "Brig. Gen. Paul Kerr met Sgt. Amy Lott at the gate.\n"))
    assert actor(actors, "Tomas Vidal").role == "Rear Admiral"
    assert actor(actors, "Mark Osei").role == "Lt. Gen."
    assert actor(actors, "Paul Kerr").role == "Brig. Gen."
    assert actor(actors, "Amy Lott").role == "Sgt."
    assert all(a.type == "person" for a in actors)


def test_a_description_before_a_rank_is_the_role(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Sea rescue\n\nChilean coast guard spokesperson Commodore Ana Ruiz told reporters that six "
        "sailors were saved.\n"))
    ruiz = actor(actors, "Ana Ruiz")
    assert ruiz.type == "person"
    assert ruiz.role is not None and ruiz.role.startswith("Chilean coast guard spokesperson")


def test_a_party_tag_is_no_place_and_joins_the_title(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Farm bill\n\nSen. Carla Whitfield, D-Ore., who wrote the bill with Sen. Dale Prentice, R-Utah, "
        "said in a statement that growers \"cannot afford another dry season.\"\n"))
    assert {a.name for a in actors} == {"Carla Whitfield", "Dale Prentice"}
    assert actor(actors, "Carla Whitfield").role == "Sen., D-Ore."
    assert speaker_of(claims, "another dry season") == "Carla Whitfield"


def test_he_skips_a_woman_already_called_she_and_a_side_clause_name_is_not_she(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Farm bill\n\nSen. Carla Whitfield, who wrote the bill with Sen. Dale Prentice, said on Tuesday "
        "that she expected a vote within weeks.\n\n"
        "\"This is the best chance in a decade,\" she said.\n\n"
        "\"We have the votes to pass this,\" he said.\n"))
    assert speaker_of(claims, "best chance in a decade") == "Carla Whitfield"
    assert speaker_of(claims, "We have the votes") == "Dale Prentice"


def test_he_after_a_man_named_as_an_object_is_that_man(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Farm bill\n\nCarla Whitfield met Dale Prentice on Monday.\n\n"
        "\"We have the votes to pass this,\" he said.\n"))
    assert speaker_of(claims, "We have the votes") == "Dale Prentice"


def test_an_unnamed_official_is_nobody_named(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Talks stall\n\nPresident Omar Haddad met envoys on Monday. One senior official, who asked not to "
        "be named, doubted the figures.\n\n"
        "\u201cNobody here believes the numbers at all,\u201d the official said.\n\n"
        "\u201cThe count was rushed and everyone knows it,\u201d she said.\n\n"
        "\u201cI saw the bridge go under the water,\u201d a witness told reporters.\n"))
    assert speaker_of(claims, "Nobody here believes") is None
    assert speaker_of(claims, "count was rushed") is None
    assert speaker_of(claims, "bridge go under") is None


def test_the_official_is_the_person_described_as_one(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Talks stall\n\nOmar Haddad, a senior official at the ministry, met envoys on Monday.\n\n"
        "\u201cNobody here believes the numbers at all,\u201d the official said.\n"))
    assert speaker_of(claims, "Nobody here believes") == "Omar Haddad"


def test_a_state_body_named_through_its_country_is_an_organisation_that_speaks(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Ship seized\n\nNorway's defence ministry said on Friday that a trawler had crossed into its "
        "waters, and the country's central bank froze the owner's accounts.\n\n"
        "\"The crew has been detained for questioning,\" the ministry said.\n"))
    ministry = actor(actors, "Norway's defence ministry")
    assert ministry.type == "organization"
    assert actor(actors, "Norway").type == "country"
    assert actor(actors, "country's central bank").type == "organization"
    assert speaker_of(claims, "crew has been detained") == "Norway's defence ministry"


def test_the_coast_guard_of_a_country_known_by_its_capital(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Trade row\n\nSpain's coast guard boarded the ship. Madrid said the vessel had no permit.\n\n"
        "\"This boat had no right to fish in these waters,\" the coast guard said in a statement.\n"))
    spain = actor(actors, "Spain")
    assert spain.type == "country" and "Madrid" in spain.aliases
    assert speaker_of(claims, "no right to fish") == "Spain's coast guard"


def test_institutions_the_model_misses_or_mistypes(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Oil talks\n\nOPEC+ will meet in June, and the People's Liberation Army held drills. "
        "The Wildlife Trusts said the coast was at risk. The White House said the talks were useful.\n\n"
        "A State Department spokesperson urged the group to \"keep the market supplied this winter.\"\n"))
    names = {a.name: a.type for a in actors}
    assert names["OPEC+"] == "organization"
    assert names["People's Liberation Army"] == "organization"
    assert names["Wildlife Trusts"] == "organization"
    assert names["White House"] == "organization"
    assert speaker_of(claims, "keep the market supplied") == "State Department"


def test_a_country_named_only_in_a_possessive_takes_its_capital_when_addressed(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Trade row\n\nSpain's coast guard boarded the trawler on Sunday. A State Department spokesperson "
        "urged Madrid to \"end its pressure on the shipping firms now.\"\n"))
    spain = actor(actors, "Spain")
    assert spain.type == "country"
    assert spain.aliases == ["Madrid"]
    assert not [a for a in actors if a.name == "Madrid"]


def test_a_nested_quote_is_part_of_the_outer_speakers_claim(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Last well\n\nMaria Olsen has lived in the village for sixty years.\n\n"
        "\u201cThe engineer came in May and said, \u2018There is nothing more we can do here,\u2019 and then "
        "he left,\u201d Olsen said.\n\n"
        "\u201cHe told me, \u2018Ma\u2019am, the well is dry and it will not come back,\u2019\u201d "
        "she says.\n"))
    assert actor(actors, "Maria Olsen").aliases == ["Olsen"]
    assert len(claims) == 2
    assert speaker_of(claims, "nothing more we can do") == "Maria Olsen"
    assert speaker_of(claims, "the well is dry") == "Maria Olsen"


def test_a_first_name_with_a_family_role_is_a_person(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Last well\n\nMaria Olsen has lived in the village for sixty years. Jessie, her granddaughter, "
        "carries water from the river every morning.\n"))
    jessie = actor(actors, "Jessie")
    assert jessie.type == "person"
    assert jessie.role is not None and jessie.role.endswith("granddaughter")


def test_a_common_noun_phrase_is_no_place_or_person(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Port strike\n\nUnion leader Ravi Menon, speaking after talks with port chief Anna Holt, said "
        "workers were \"ready to stay out for a month.\"\n"))
    assert {a.name for a in actors} == {"Ravi Menon", "Anna Holt"}


def test_a_spokeswoman_for_an_institution_speaks_for_it(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Ferry row\n\n\"The timetable is a disgrace and everyone knows it,\" said a spokeswoman for the "
        "Pentagon.\n\n\"We will review the whole schedule next week,\" the spokeswoman added.\n"))
    assert actor(actors, "Pentagon").type == "organization"
    assert speaker_of(claims, "timetable is a disgrace") == "Pentagon"
    assert speaker_of(claims, "review the whole schedule") == "Pentagon"


def test_a_national_force_speaks_and_is_named_again_by_its_head_noun(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Sea rescue\n\nThe Chilean navy said on Tuesday that it had rescued six sailors. \"The sea was very "
        "rough and the crew was exhausted,\" the navy said in a statement.\n"))
    assert actor(actors, "Chilean navy").type == "organization"
    assert speaker_of(claims, "sea was very rough") == "Chilean navy"


def test_she_after_a_named_woman_in_a_side_clause_is_her_not_an_earlier_man(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Flood\n\nMayor Tom Price visited the flooded street. A woman who gave only her first name, Rita, "
        "said the water \"came up to the windows in ten minutes.\"\n\n"
        "\"Nobody warned us at all about this,\" she said.\n"))
    assert speaker_of(claims, "Nobody warned us") == "Rita"


def test_police_rank_abbreviations_are_roles_not_actors(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Search\n\nDet. Chief Insp. Hana Moore said the search would go on. Supt. Omar Reid and "
        "Cpl. Lena Voss joined her.\n"))
    assert {a.name for a in actors} == {"Hana Moore", "Omar Reid", "Lena Voss"}
    assert actor(actors, "Hana Moore").role == "Det. Chief Insp."
    assert actor(actors, "Omar Reid").role == "Supt."


def test_a_first_name_with_an_age_is_a_person_named_again_later(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Dry season\n\nMaria Olsen lives with her grandson. Luca, 12, walks to the river each morning. "
        "\"It takes two hours each way,\" Luca said.\n"))
    assert actor(actors, "Luca").type == "person"
    assert speaker_of(claims, "two hours each way") == "Luca"


def test_capitals_dealt_with_as_governments_are_their_countries(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Trawler row\n\nChile's navy seized a Spanish-flagged trawler on Tuesday, the latest flare-up in a "
        "dispute that has strained ties between Santiago and Madrid. Spain's foreign ministry protested.\n"))
    assert actor(actors, "Chile").aliases == ["Santiago"]
    assert actor(actors, "Spain").aliases == ["Madrid"]


def test_a_person_found_by_age_keeps_the_description_after_it(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Dam talks\n\nNkosi Dube, 45, a farmer whose fields flooded last year, said the dam \"saved nobody "
        "in this valley.\"\n"))
    assert actor(actors, "Nkosi Dube").role == "farmer whose fields flooded last year"


def test_the_official_is_the_unnamed_one_met_after_a_named_official(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Talks stall\n\nJane Roe, a ministry official, said the figures were final. A senior official, who "
        "asked not to be named, disputed that.\n\n"
        "\"Nobody here believes the numbers at all,\" the official said.\n"))
    assert speaker_of(claims, "Nobody here believes") is None


def test_a_company_spokesman_speaks_for_the_firm_named_only_as_a_modifier(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Trade row\n\nHalvern Mining shares fell 8 per cent. \"The mine will stay open for now, whatever "
        "happens,\" a company spokesman said.\n"))
    assert actor(actors, "Halvern Mining").type == "organization"
    assert speaker_of(claims, "mine will stay open") == "Halvern Mining"


def test_her_after_the_only_person_of_a_sentence_tells_her_gender(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Farm bill\n\nDale Prentice backed the bill in March. Carla Whitfield thanked her staff for the "
        "draft.\n\n\"We have the votes to pass this,\" he said.\n"))
    assert speaker_of(claims, "We have the votes") == "Dale Prentice"


def test_a_title_the_parser_cut_off_the_name_is_still_the_role(nlp: Any) -> None:
    actors, _ = brief_of(nlp, "Flood\n\nGovernor Paul Kerr declared an emergency.\n")
    assert actor(actors, "Paul Kerr").role == "Governor"


def test_a_state_body_of_a_two_word_country_the_model_mislabels(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Sea rescue\n\nSri Lanka's navy rescued 40 fishermen on Sunday.\n\n"
        "\"The sea was too rough for smaller boats,\" the navy said.\n"))
    assert actor(actors, "Sri Lanka").type == "country"
    assert speaker_of(claims, "too rough") == "Sri Lanka's navy"


def test_he_skips_a_woman_known_by_her_honorific(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Farm bill\n\nDale Prentice backed the bill in March. Mrs Whitfield wrote most of it.\n\n"
        "\"We have the votes to pass this,\" he said.\n"))
    assert speaker_of(claims, "We have the votes") == "Dale Prentice"


def test_a_hyphenated_given_name_is_a_name(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Strait tension\n\nWu Pei-ling, a security analyst at a Taipei think tank, said the pressure would "
        "grow.\n\n\"I would expect the numbers to stay high through the winter,\" Wu said.\n"))
    assert actor(actors, "Wu Pei-ling").type == "person"
    assert speaker_of(claims, "stay high") == "Wu Pei-ling"


def test_a_body_named_in_a_spokespersons_title_and_the_title_as_role(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Strait tension\n\nChina's defence ministry spokesperson, Senior Colonel Zhang Wei, told a news "
        "briefing that the drills were routine.\n"))
    assert actor(actors, "China's defence ministry").type == "organization"
    assert actor(actors, "Zhang Wei").role == "China's defence ministry spokesperson"


def test_an_unnamed_official_at_a_named_body_is_not_the_body(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Water rules\n\nOne senior official at the Halden Water Board, who asked not to be named, was "
        "blunt. \u201cEveryone in this building knows the numbers do not add up,\u201d the official said.\n\n"
        "White House spokesperson Dana Rees said the plan was under review.\n"))
    assert speaker_of(claims, "numbers do not add up") is None
    assert actor(actors, "White House").type == "organization"


def test_a_quote_after_a_sentence_about_someone_with_a_relative_clause_is_theirs(nlp: Any) -> None:
    _, claims = brief_of(nlp, (
        "Last wells\n\nRuth Calloway has lived here for fifty years.\n\n"
        "She pauses, looking out at the line of rigs that now runs along the horizon. \u201cHe said, "
        "\u2018Ma\u2019am, the water is still down there. It is just a lot further down.\u2019\u201d\n"))
    assert speaker_of(claims, "still down there") == "Ruth Calloway"


def test_a_family_role_before_a_first_name_parsed_as_two_subjects(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Last wells\n\nFew people expect rescue. Ruth Calloway\u2019s granddaughter, Jessie, 27, now drives "
        "the water truck.\n"))
    assert actor(actors, "Jessie").role == "Ruth Calloway\u2019s granddaughter"


def test_a_plural_possessive_in_a_description_is_no_quote_mark(nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Peat\n\nTom Caldwell, the National Farmers\u2019 Union\u2019s vice-president, said the land could "
        "not be rewetted.\n"))
    assert actor(actors, "Tom Caldwell").role == "National Farmers\u2019 Union\u2019s vice-president"


def test_a_person_the_parser_joined_to_a_place_is_no_place(nlp: Any) -> None:
    """"near Morrinsville, Hemi Tautahi milks 460 cows": the parser makes the farmer a second place after
    "near"; he is a person, the subject of "milks", and the "he" who speaks next (not the spokesman
    quoted before)."""
    actors, claims = brief_of(nlp, (
        "Milk price cut\n\nLabour's agriculture spokesman, Dean Te Kani, said the package was weak.\n\n"
        "On the farm he runs near Morrinsville, Hemi Tautahi milks 460 cows. Tautahi plans "
        "to sell 30 cows early.\n\n\"You don't panic,\" he said.\n"))
    assert actor(actors, "Hemi Tautahi").type == "person"
    assert actor(actors, "Morrinsville").type == "location"
    assert speaker_of(claims, "You don't panic") == "Hemi Tautahi"
    assert actor(actors, "Dean Te Kani").role == "Labour's agriculture spokesman"


def test_a_capital_names_its_government_but_never_a_person_of_that_name(nlp: Any) -> None:
    actors, _ = brief_of(nlp, "Oil talks\n\nSouth Sudan's petroleum minister said on Tuesday that Juba was "
                              "losing about $15 million a month under the current fee arrangement.")
    assert "Juba" in actor(actors, "South Sudan").aliases
    actors, _ = brief_of(nlp, "Tour\n\nThe band will tour Jamaica in May. Kingston, a 40-year-old singer "
                              "from Leeds, said he was thrilled. Kingston said the shows had sold out.")
    assert actor(actors, "Kingston").type == "person" and "Kingston" not in actor(actors, "Jamaica").aliases


def test_the_democrat_is_only_someone_tagged_a_democrat(nlp: Any) -> None:
    text = ("Hearing\n\nSen. Tom Hale (R-Ohio) questioned the witness. Rep. Anna Bell also spoke.\n\n"
            "“We were misled,” the Democrat said.")
    _, claims = brief_of(nlp, text)
    assert speaker_of(claims, "We were misled") is None
    _, claims = brief_of(nlp, text.replace("Rep. Anna Bell", "Rep. Anna Bell (D-Akron)"))
    assert speaker_of(claims, "We were misled") == "Anna Bell"


def test_a_trade_opening_the_sentence_is_the_role_and_the_clause_after_its_body_is_no_body_role(
        nlp: Any) -> None:
    actors, _ = brief_of(nlp, (
        "Water row\n\nHydrologist Tomás Iturra Lagos of the Universidad del Desierto, who has studied the "
        "basin for 15 years, said the water table had dropped. Elizondo, who headed the state prosecutor's "
        "anti-kidnapping unit until last year, denied any link.\n"))
    assert actor(actors, "Tomás Iturra Lagos").role == "Hydrologist, Universidad del Desierto"
    assert actor(actors, "Universidad del Desierto").role is None
    assert actor(actors, "Elizondo").role == (
        "headed the state prosecutor's anti-kidnapping unit until last year")


def test_a_who_clause_is_the_last_resort_role_and_changes_no_speaker(nlp: Any) -> None:
    from reportgen.extract import actors_and_claims

    actors, _, claims = actors_and_claims(nlp(
        "Nurses strike\n\n\"The day the money reaches our accounts is the day we go back,\" union "
        "secretary-general Dorcas Okumu said.\n\nMary Khavere, 34, who had travelled from Lurambi with her "
        "five-year-old son, said she was turned away at the gate.\n\n\"They told me there is no one to see "
        "him,\" she said.\n"))
    assert actor(actors, "Mary Khavere").role == "who had travelled from Lurambi with her five-year-old son"
    assert speaker_of([c for c in claims if c.kind == "quote"], "They told me") == "Mary Khavere"


def test_the_home_in_a_reaction_label_is_a_place_and_never_the_speaker(nlp: Any) -> None:
    actors, claims = brief_of(nlp, (
        "Homes vote\n\nA plan to build 640 homes east of Wealdbridge was approved.\n\nDaniel Reyes, 29, "
        "electrician, Wealdbridge: \"My partner and I can't afford anything round here.\"\n"))
    assert actor(actors, "Wealdbridge").type == "location"
    assert actor(actors, "Wealdbridge").role is None
    assert speaker_of(claims, "My partner and I") == "Daniel Reyes"
