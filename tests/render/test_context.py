"""What templates receive: grouping, ordering, ids, dates and TLP labels."""

from __future__ import annotations

from dataclasses import replace

import pytest
from render_briefs import make_brief

from reportgen.errors import InputError
from reportgen.render import context
from reportgen.vocab import TLP_LABELS, estimative_terms


def test_claims_group_by_speaker_with_role_and_unattributed_last() -> None:
    groups = context.claim_groups(make_brief())
    assert [g.label for g in groups] == ["Tomas Reiner", "Elsa Varga", "Ministry of Transport",
                                         "Dana Whitlock", "Unattributed"]
    assert groups[0].role == "general secretary of the Harbour Workers Union"  # from speaker_role
    assert groups[1].role == "chief executive of the Calder Port Authority"  # from the actor
    assert len(groups[0].claims) == 2


def test_unnamed_sources_group_by_description_before_unattributed() -> None:
    brief = make_brief()
    anonymous = replace(brief.claims[0], speaker=None, text="The beds ran out in March.",
                        unnamed_speaker="a senior health official")
    again = replace(anonymous, text="Nobody slept.")
    brief.claims.extend([anonymous, again])
    groups = context.claim_groups(brief)
    assert [g.label for g in groups][-2:] == ["Unnamed: a senior health official", "Unattributed"]
    assert [c.text for c in groups[-2].claims] == ["The beds ran out in March.", "Nobody slept."]


def test_claims_by_alias_join_the_actor_group() -> None:
    brief = make_brief()
    brief.claims[1].speaker = "Reiner"
    first = context.claim_groups(brief)[0]
    assert first.label == "Tomas Reiner" and len(first.claims) == 2


def test_key_actors_are_key_only_in_salience_order() -> None:
    names = [a.name for a in context.key_actors(make_brief())]
    assert names[0] == "Harbour Workers Union" and "Meridian Freight" not in names and len(names) == 7


def test_document_id_is_stable_and_depends_on_sources_and_template() -> None:
    brief = make_brief()
    first = context.document_id(brief, "default")
    assert first == context.document_id(make_brief(), "default")
    assert first != context.document_id(brief, "summary")
    brief.source.sha256 = "0" * 64
    brief.sources = [brief.source]
    assert first != context.document_id(brief, "default")
    assert first.startswith("RG-") and len(first) == 17


def test_document_id_takes_a_path_that_is_not_utf8() -> None:
    # os.fsdecode keeps undecodable bytes as lone surrogates; found by test_properties' random paths
    brief = make_brief()
    brief.source.sha256 = None
    brief.source.path = "reports/caf\udce9.txt"
    brief.sources = [brief.source]
    first = context.document_id(brief, "default")
    assert first.startswith("RG-") and first == context.document_id(brief, "default")


def test_document_time_prefers_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    brief = make_brief()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert context.document_time(brief).isoformat() == "2026-03-15T08:30:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert context.document_time(brief).year == 1970
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(InputError):
        context.document_time(brief)


def test_a_tlp_below_the_clients_needs_an_explicit_downgrade() -> None:
    assert context.tlp_in_effect(None, "TLP:RED", False).label == "TLP:RED"
    assert context.tlp_in_effect("red", "TLP:AMBER", False).label == "TLP:RED"  # raising is always fine
    with pytest.raises(InputError, match="below Halden's TLP:RED; pass --allow-tlp-downgrade"):
        context.tlp_in_effect("TLP:CLEAR", "TLP:RED", False, "Halden")
    assert context.tlp_in_effect("clear", "TLP:RED", True).label == "TLP:CLEAR"
    assert context.tlp_in_effect("amber", None, False).label == "TLP:AMBER"


def test_tlp_labels_normalise_and_refuse_unknown() -> None:
    assert context.resolve_tlp(None).label == "TLP:CLEAR"
    assert context.resolve_tlp("amber+strict").label == "TLP:AMBER+STRICT"
    with pytest.raises(InputError, match="unknown TLP label"):
        context.resolve_tlp("TLP:WHITE")  # TLP 1.0 word, replaced by CLEAR in 2.0


def test_first_colours() -> None:
    assert {k: v.colour for k, v in TLP_LABELS.items()} == {
        "TLP:RED": "#FF2B2B", "TLP:AMBER+STRICT": "#FFC000", "TLP:AMBER": "#FFC000", "TLP:GREEN": "#33FF00",
        "TLP:CLEAR": "#FFFFFF"}


def test_estimative_terms_do_not_confuse_neighbours() -> None:
    assert [t.term for t in estimative_terms("A deal is very likely.")] == ["very likely"]
    assert [t.term for t in estimative_terms("Talks are unlikely to resume.")] == ["unlikely"]
    assert [t.term for t in estimative_terms("It is almost certain.")] == ["almost certain"]
    assert estimative_terms("The port reopened on Monday.") == []


def test_approximation_mark_only_when_the_text_does_not_say_so() -> None:
    from reportgen.brief.model import Number

    assert not context.needs_approx_mark(Number(1e5, "troops", "about 100,000 troops", approximate=True))
    assert not context.needs_approx_mark(Number(2300, None, "more than 2,300 containers", approximate=True))
    assert not context.needs_approx_mark(Number(40, "ships", "some 40 ships", approximate=True))
    assert context.needs_approx_mark(Number(38, "ships", "38 container ships", approximate=True))
    assert context.needs_approx_mark(Number(40, "cars", "40 handsome cars", approximate=True))
    assert not context.needs_approx_mark(Number(38, "ships", "38 container ships"))


def test_source_label_prefers_outlet_then_host_then_file_name() -> None:
    from reportgen.brief.model import Source

    assert context.source_label(Source(outlet="Coastal Wire", url="https://cw.example/a")) == "Coastal Wire"
    assert context.source_label(Source(url="https://www.cw.example/a/b", path="x.txt")) == "cw.example"
    assert context.source_label(Source(path="in/night-shift.txt")) == "night-shift.txt"
    assert context.source_label(Source(path="C:\\briefs\\night.md")) == "night.md"
    assert context.source_label(Source()) == ""


def test_excerpt_cuts_at_words_and_keeps_the_focus_in_view() -> None:
    text = ("Officials said on Tuesday that the convoy, which left the northern depot before dawn, carried "
            "1,200 tonnes of grain for the coastal towns.")
    assert context.excerpt("short text", 40) == "short text"
    head = context.excerpt(text, 40)
    assert len(head) <= 40 and head.endswith("…") and text.startswith(head[:-1])
    around = context.excerpt(text, 60, "1,200 tonnes")
    assert "1,200 tonnes" in around and around.startswith("…") and len(around) <= 60
    assert " ".join(around.strip("…").split()) in text


def test_fit_count_shows_fewer_items_when_they_are_long() -> None:
    assert context.fit_count(["a" * 50] * 5, 3, 500, 200) == 3
    assert context.fit_count(["a" * 300] * 5, 3, 500, 200, overhead=20) == 2
    assert context.fit_count(["a" * 900], 3, 100, 200) == 1  # one item always shows
    assert context.fit_count([], 3, 100, 200) == 0


def test_neutral_reporting_verbs_are_not_telling() -> None:
    from reportgen.vocab import is_telling_cue

    assert is_telling_cue("warned") and is_telling_cue("told reporters")
    assert not is_telling_cue("said") and not is_telling_cue("According  to") and not is_telling_cue(None)
    assert not is_telling_cue("adding") and not is_telling_cue(":") and not is_telling_cue("—")


def test_title_size_grows_smaller_with_length() -> None:
    assert [context.title_size("x" * n) for n in (40, 120, 200)] == ["title-normal", "title-long",
                                                                       "title-xlong"]


def test_lead_quotes_take_turns_between_speakers_and_prefer_full_sentences() -> None:
    brief = make_brief()
    brief.claims.insert(0, replace(brief.claims[0], text="a pay cut dressed up"))
    quotes = context.lead_quotes(context.claim_groups(brief))
    picked = [(group.label, quote.text[:20]) for group, quote in quotes]
    assert [label for label, _ in picked] == ["Tomas Reiner", "Elsa Varga", "Dana Whitlock", "Tomas Reiner",
                                              "Tomas Reiner"]
    assert picked[0][1] == "Our members have car" and picked[-1][1] == "a pay cut dressed up"


def test_tidy_drops_a_dangling_quote_mark_but_keeps_real_quotes() -> None:
    assert context.tidy('" The depot employs about 350 people.') == "The depot employs about 350 people."
    assert context.tidy("“We will not wait,” she said.") == "“We will not wait,” she said."
    assert context.excerpt('"  Freight   forwarders said so', 100) == "Freight forwarders said so"


def test_figures_from_one_sentence_share_a_row() -> None:
    from reportgen.brief.model import Number

    lead = "The union wants 6.5 per cent; the final offer was 3 per cent."
    numbers = [Number(6.5, "percent", "6.5 per cent", lead), Number(3, "percent", "3 per cent", lead + " ",
                                                                    sources=["s1", "s2"]),
               Number(72, "hours", "72 hours", "The first stoppage lasts 72 hours."),
               Number(3, "days", "3 days", lead)]
    rows = context.number_rows(numbers)
    assert [[n.text for n in row.numbers] for row in rows] == [["6.5 per cent", "3 per cent"], ["72 hours"],
                                                               ["3 days"]]
    assert rows[0].context == lead and rows[0].numbers[1].sources == ["s1", "s2"]


def test_a_role_corrected_on_the_actor_shows_in_the_claims_heading() -> None:
    brief = make_brief()
    actor = brief.actor("Tomas Reiner")
    assert actor is not None
    actor.role = "chair of the Harbour Workers Union"  # the analyst's correction, made once
    groups = context.claim_groups(brief)
    assert groups[0].label == "Tomas Reiner" and groups[0].role == "chair of the Harbour Workers Union"
