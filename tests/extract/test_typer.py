"""The fitted typer (``referents.typer``): its features read what the text shows, its weights are the
data file's, and it types the actors no rule decides."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from reportgen.extract import actors_and_claims, lexicon
from reportgen.extract.nlp import parse
from reportgen.extract.referents import Cluster
from reportgen.extract.referents.typer import FEATURE_NAMES, TYPES, fitted_type, type_features, type_scores
from reportgen.extract.referents.types import _ruled_type


def _features(nlp: Any, text: str, name: str) -> Any:
    doc = parse(nlp, text)
    actors, referents, _ = actors_and_claims(doc)
    actor = next(a for a in actors if a.name == name)
    cluster = Cluster(referents.mentions_of(actor))
    return type_features(cluster, doc), _ruled_type(cluster, doc), actor


def test_the_data_file_weighs_every_type_and_only_known_features() -> None:
    assert set(lexicon.TYPER_WEIGHTS) == set(TYPES)
    for kind, weights in lexicon.TYPER_WEIGHTS.items():
        assert set(weights) <= set(FEATURE_NAMES), (kind, set(weights) - set(FEATURE_NAMES))
        assert "bias" in weights and "first_name" in weights, kind


def test_features_read_the_name_and_its_uses(nlp: Any) -> None:
    features, ruled, _ = _features(nlp, "Floods\n\nRita Okafor, 34, said the river rose overnight. Okafor "
                                        "said she had lost her shop.", "Rita Okafor")
    assert ruled is not None or features.first_name == 1.0  # a rule may decide a person with an age
    assert features.first_name == 1.0 and features.surname_alias == 1.0 and features.one_word == 0.0
    assert features.person_cues == 1.0 and features.he_or_she == 1.0
    features, _, _ = _features(nlp, "Floods\n\nThe river burst its banks in Kessavar on Monday, and shops in "
                                    "Kessavar closed.", "Kessavar")
    assert features.locative == 1.0 and features.unplaced_person == 0.0 and features.first_name == 0.0


def test_scores_are_probabilities_and_the_best_one_wins(nlp: Any) -> None:
    features, _, _ = _features(nlp, "Floods\n\nThe river burst its banks in Kessavar on Monday, and shops in "
                                    "Kessavar closed.", "Kessavar")
    scores = type_scores(features)
    assert math.isclose(sum(scores.values()), 1.0)
    assert fitted_type(features) == max(scores, key=scores.__getitem__) == "location"
    # the same name with every sign of a person instead
    personal = replace(features, locative=0.0, placed=0.0, first_name=1.0, stated_person=1.0, person_cues=1.0,
                       he_or_she=1.0, personal=1.0, unplaced_person=1.0, person_label=1.0, place_label=0.0,
                       plain_person=1.0, plain_place=0.0)
    assert fitted_type(personal) == "person"


def test_the_typer_decides_what_no_rule_does(nlp: Any) -> None:
    cases = [("Jobs\n\nKestrova said on Monday it would cut 300 jobs. Kestrova's shares fell 4%. Union "
              "leader Ana Ruiz said workers were shocked.", "Kestrova", "organization"),  # a firm's shares
             ("Court\n\nThe band signed Rosa Lane on Friday. Lane said she was delighted.", "Rosa Lane",
              "person")]
    for text, name, kind in cases:
        _, ruled, actor = _features(nlp, text, name)
        assert ruled is None, name  # the typer's own decision
        assert actor.type == kind, (name, actor.type)
