"""The urgency scale: trained from independent writers' tickets, mapped onto any scale."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from slotwise.extractor.routing.urgency import SCALE_FILE, scale_to_levels, trained_scale
from slotwise.extractor.routing.urgency_train import DATA, load


def test_urgency_scale_maps_onto_scales_of_any_length() -> None:
    assert scale_to_levels(4).tolist() == [0, 1, 2, 3]
    assert scale_to_levels(3).tolist() == [0, 1, 1, 2]  # "high" is the middle of three
    assert scale_to_levels(2).tolist() == [0, 0, 1, 1]
    assert scale_to_levels(1).tolist() == [0, 0, 0, 0]
    assert scale_to_levels(5).tolist() == [0, 1, 3, 4]


def test_urgency_scale_ships_and_matches_its_manifest() -> None:
    scale = trained_scale()
    assert scale is not None, SCALE_FILE
    assert np.asarray(scale["w"]).shape == (4, 384)
    _, manifest = load()
    on_disk = json.loads((DATA / "manifest.json").read_text())
    # the data files are the ones the weights were trained from
    assert {k: v["sha256"] for k, v in manifest["writers"].items()} == {
        k: v["sha256"] for k, v in on_disk["writers"].items()
    }
    assert len(on_disk["writers"]) >= 5 and on_disk["kept"] >= 500


def test_urgency_training_data_drops_bad_lines_with_reasons(tmp_path: Path) -> None:
    lines = [
        {"id": "u9-1", "text": "site down for everyone", "urgency": "urgent"},
        {"id": "u9-2", "text": "Site down for everyone", "urgency": "high"},  # same text
        {"id": "u9-3", "text": "dark mode please", "urgency": "whenever"},
        {"id": "", "text": "no id", "urgency": "low"},
    ]
    (tmp_path / "u9.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n")
    rows, manifest = load(tmp_path)
    assert [r["id"] for r in rows] == ["u9-1"]
    assert manifest["writers"]["u9"]["dropped"] == {
        "duplicate text": 1,
        "level not one of low/normal/high/urgent": 1,
        "no id or text": 1,
        "not JSON": 1,
    }


@pytest.fixture(scope="module")
def router():  # type: ignore[no-untyped-def]
    from slotwise.extractor.routing.router import Router
    from slotwise.schemas.routing import Taxonomy

    taxonomy = Taxonomy.model_validate(
        {
            "categories": [
                {
                    "id": "billing",
                    "description": "charges and invoices",
                    "examples": ["I was charged twice"],
                },
                {
                    "id": "technical",
                    "description": "something is broken",
                    "examples": ["the app crashes"],
                },
            ],
            # names that say nothing: only the order and the trained scale can place them
            "urgency": ["P4", "P3", "P2", "P1"],
        }
    )
    return Router(taxonomy)


CALM_BREACH = (
    "Hello, I noticed someone logged into our admin account from an address in another "
    "country an hour ago and our payout bank details have been changed."
)
QUESTION = "Could you tell me whether you plan to support Apple Pay at some point?"


def test_urgency_scale_places_tickets_on_a_scale_whose_names_say_nothing(router) -> None:  # type: ignore[no-untyped-def]
    assert router.route(CALM_BREACH).urgency.level == "P1"
    assert router.route(QUESTION).urgency.level == "P4"
    assert (
        router.route("I was charged twice this month, could someone look into it?").urgency.level
        == "P3"
    )


def test_urgency_without_the_scale_is_the_cues_alone(router) -> None:  # type: ignore[no-untyped-def]
    router.urgency.scale, kept = None, router.urgency.scale
    try:  # the default cues miss a calm message about a breach, and a plain question
        assert router.route(CALM_BREACH).urgency.level == "P3"
        assert router.route(QUESTION).urgency.level == "P3"
    finally:
        router.urgency.scale = kept
