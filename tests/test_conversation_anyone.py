""" "whoever is free", "anyone", "any of your stylists": the provider left to the engine, as
a constraint that holds (rule "resource.anyone", one of every resource), in a message
(`engine.schedule`) and in a conversation (slotwise.extractor.pipeline.anyone_constraints,
slotwise.conversation_revise, slotwise.conversation_rules)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from typing import Any

import pytest
from slotwise.extractor.interpretation import Candidate, CandidateLabel
from slotwise.extractor.pipeline import ANYONE_RULE, anyone_constraints
from slotwise.schemas import Constraint, ScheduleRequest

from slotwise import conversation as conv
from slotwise import conversation_rules as rules
from slotwise.engine import Engine
from tests.session_replay import constraint, replayed, span_label

TZ = "-06:00"
DAYS = [(date(2027, 1, 18) + timedelta(days=d)).isoformat() for d in range(12)]  # from a Monday
RESOURCES = [
    {
        "id": "dr-lee",  # mornings
        "name": "Dr. Lee",
        "open": [{"start": f"{d}T08:00:00{TZ}", "end": f"{d}T12:00:00{TZ}"} for d in DAYS],
    },
    {
        "id": "dr-ray",  # afternoons
        "name": "Dr. Ray",
        "open": [{"start": f"{d}T13:00:00{TZ}", "end": f"{d}T17:00:00{TZ}"} for d in DAYS],
    },
]


def _schedule(message: str) -> dict[str, Any]:
    engine = Engine("rules", store=f"sqlite:///{tempfile.mkdtemp()}/t.db")
    request = {
        "message": message,
        "now": f"2027-01-18T08:00:00{TZ}",
        "timezone": "America/Chicago",
        "resources": RESOURCES,
    }
    return engine.schedule(request).model_dump(mode="json")


def _replayed(turns: list[tuple[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Book turns (message, span labels) through a session under those labels, against
    Dr. Lee (mornings) and Dr. Ray (afternoons)."""
    return replayed([(m, "book", spans) for m, spans in turns], resources=RESOURCES)


def _held(result: dict[str, Any]) -> list[tuple[int, str]]:
    return [(c["turn"], c["text"]) for c in result["constraints"] if c.get("source") == "message"]


def _provider(text: str, **kw: Any) -> dict[str, Any]:
    return span_label(text, type="resource", **kw)


def _anyone(text: str, **kw: Any) -> Constraint:
    every = [r["id"] for r in RESOURCES]
    kw.setdefault("kind", "prefer")
    kw.setdefault("strength", "soft")
    return constraint(text, [], rule=ANYONE_RULE, resources=every, **kw)


# -- a message ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Tuesday afternoon, whoever is free", "whoever is free"),
        ("any of your doctors on Tuesday?", "any of your doctors"),
        ("tues pls, doesn't matter who", "doesn't matter who"),
    ],
)
def test_conversation_anyone_a_message_holds_it_as_a_constraint(message: str, said: str) -> None:
    result = _schedule(message)
    anyone = [c for c in result["constraints"] if c["rule"] == ANYONE_RULE]
    assert [c["text"] for c in anyone] == [said]
    assert anyone[0]["resources"] == ["dr-lee", "dr-ray"]
    assert message[slice(*anyone[0]["span"])] == said
    # in the trail, and met by every proposal, whoever's it is
    constrain = next(s for s in result["trace"] if s["step"] == "constrain")
    assert anyone[0]["id"] in constrain["detail"]["constraints"]
    assert result["proposals"]
    assert all(anyone[0]["id"] in p["satisfied"] for p in result["proposals"])


@pytest.mark.parametrize(
    ("label", "stands"),
    [
        (CandidateLabel(kind="prefer", strength="soft"), True),  # "whoever is free"
        (CandidateLabel(kind="require", strength="hard"), True),  # "has to be anyone"? as read
        (CandidateLabel(kind="exclude", strength="hard"), False),  # "anyone but Dr. Ray"
        (CandidateLabel(kind="context", strength="hard"), False),  # "is it with anyone"
        (CandidateLabel(kind="prefer", strength="soft", retracted=True), False),
    ],
)
def test_conversation_anyone_stands_for_a_wish_the_reader_labels(
    label: CandidateLabel, stands: bool
) -> None:
    said = Candidate(0, "resource", "anyone", (9, 15), ANYONE_RULE)
    named = Candidate(1, "resource", "Dr. Ray", (20, 27), "resource.name", resource_id="dr-ray")
    request = ScheduleRequest.model_validate(
        {"now": f"2027-01-18T08:00:00{TZ}", "timezone": "America/Chicago", "resources": RESOURCES}
    )
    held = [constraint("Dr. Ray", [], resources=["dr-ray"], kind="exclude")]
    out = anyone_constraints([(said, label), (named, label)], request, held, {"c2"})
    assert [(c.id, c.text, c.kind, c.resources) for c in out] == (
        [("c3", "anyone", label.kind, ["dr-lee", "dr-ray"])] if stands else []
    )


# -- a conversation -------------------------------------------------------------------


def test_conversation_anyone_replaces_the_provider_named_before_and_holds() -> None:
    results = _replayed(
        [
            ("can Dr. Ray see me Tuesday", [_provider("Dr. Ray"), span_label("Tuesday")]),
            (
                "oh is she busy? fine whoever is free then",
                [_provider("whoever is free", kind="prefer", strength="soft")],
            ),
            ("and after 9 pls", [span_label("after 9")]),
        ]
    )
    assert [(d["turn"], d["text"]) for d in results[1]["dropped"]] == [(1, "Dr. Ray")]
    assert _held(results[1]) == [(1, "Tuesday"), (2, "whoever is free")]
    assert _held(results[2]) == [(1, "Tuesday"), (2, "whoever is free"), (3, "after 9")]
    assert results[2]["proposals"][0]["resource"] == "dr-lee"  # Dr. Ray no longer asked for


def test_conversation_anyone_a_provider_named_later_replaces_it() -> None:
    results = _replayed(
        [
            (
                "tuesday, whoever's free",
                [
                    span_label("tuesday"),
                    _provider("whoever's free", kind="prefer", strength="soft"),
                ],
            ),
            ("actually nah put me with Dr. Ray", [_provider("Dr. Ray")]),
        ]
    )
    assert _held(results[0]) == [(1, "tuesday"), (1, "whoever's free")]
    assert [(d["turn"], d["text"]) for d in results[1]["dropped"]] == [(1, "whoever's free")]
    assert _held(results[1]) == [(1, "tuesday"), (2, "Dr. Ray")]
    assert {p["resource"] for p in results[1]["proposals"]} == {"dr-ray"}


@pytest.mark.parametrize(
    ("old", "goes"),
    [
        (_anyone("whoever's free"), False),  # "whoever's free", then "anyone's fine"
        (constraint("Dr. Ray", [], rule="resource.name", resources=["dr-ray"]), True),
    ],
)
def test_conversation_anyone_takes_back_a_provider_not_another_anyone(
    old: Constraint, goes: bool
) -> None:
    assert rules.leaves_provider_open(old) is not goes
    new = _anyone("anyone", id="c2")
    out = conv.revise([conv.Held(old, 1)], [new], 2, moving=False, anyone=True)
    assert [h.constraint.text for h, _ in out.dropped] == ([old.text] if goes else [])
    assert [h.constraint.text for h in out.held] == ([] if goes else [old.text]) + ["anyone"]


@pytest.mark.parametrize(
    ("new", "goes"),
    [
        (constraint("with Dr. Lee", [], id="c2", rule="resource.name", resources=["dr-lee"]), True),
        (
            constraint(
                "Dr. Lee ideally",
                [],
                id="c2",
                kind="prefer",
                strength="soft",
                rule="resource.name",
                resources=["dr-lee"],
            ),
            True,
        ),
        # "not Dr. Lee" leaves "whoever" of the others
        (
            constraint(
                "not Dr. Lee",
                [],
                id="c2",
                kind="exclude",
                rule="resource.name",
                resources=["dr-lee"],
            ),
            False,
        ),
    ],
)
def test_conversation_anyone_is_narrowed_by_a_provider_wished_for_later(
    new: Constraint, goes: bool
) -> None:
    assert rules.names_provider(new) is goes
    out = conv.revise([conv.Held(_anyone("whoever"), 1)], [new], 2, moving=False)
    assert [(h.constraint.text, why) for h, why in out.dropped] == (
        [("whoever", "narrowed")] if goes else []
    )
    # in the same turn both hold ("olson if hes free, otherwise whoever")
    same = conv.revise([], [_anyone("whoever", id="c3"), new], 2, moving=False)
    assert len(same.held) == 2


def test_conversation_anyone_said_with_a_pick_holds() -> None:
    results = _replayed(
        [
            ("can Dr. Ray see me tuesday", [_provider("Dr. Ray"), span_label("tuesday")]),
            (
                "ok book me the 1st one w whoever",
                [_provider("whoever", kind="prefer", strength="soft")],
            ),
        ]
    )
    assert results[1]["refers_to"][0]["shown_rank"] == 1
    # the pick adds no wish but "whoever"; the provider of the slot picked stays
    assert _held(results[1]) == [(1, "Dr. Ray"), (1, "tuesday"), (2, "whoever")]
    assert results[1]["dropped"] == []
