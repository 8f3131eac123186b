"""Training conversations: each turn replayed in a real session under its writer's labels,
kept only when the session agrees with the writer."""

from __future__ import annotations

import copy
import json

import pytest
from slotwise.extractor.model.data.writers.kit import check_conversation, make_calendar
from slotwise.extractor.reader.conv_data import conversation_records, conversation_score

SPEC = {
    "business": "clinic",
    "now": "2026-11-23T09:00",  # a Monday
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [{"id": "dr-kim", "name": "Dr. Kim", "days": "mon-fri", "hours": "9-17"}],
}


def _span(text, kind="require", strength="hard", type_="time", **extra):
    return {"text": text, "type": type_, "kind": kind, "strength": strength, **extra}


CONV = {
    "id": "c99-001",
    "turns": [
        {
            "message": "hi, how much is a check-up?",
            "minutes_later": 0,
            "spans": [],
            "expect": {
                "intent": "other",
                "goal_shift": False,
                "outcome": "none",
                "refers_to": None,
                "cancels": None,
                "holds": [],
                "dropped": [],
            },
        },
        {
            "message": "ok can I come Thursday afternoon with Dr. Kim",
            "minutes_later": 2,
            "spans": [_span("Thursday afternoon"), _span("Dr. Kim", type_="resource")],
            "expect": {
                "intent": "book",
                "goal_shift": True,
                "outcome": "proposals",
                "refers_to": None,
                "cancels": None,
                "holds": ["Thursday afternoon", "Dr. Kim"],
                "dropped": [],
                "top": [{"date": "2026-11-26", "from": "12:00", "to": "17:00"}],
            },
        },
        {
            "message": "thanks!",
            "minutes_later": 1,
            "spans": [],
            "expect": {
                "intent": "other",
                "goal_shift": True,
                "outcome": "none",
                "refers_to": None,
                "cancels": None,
                "holds": ["Thursday afternoon", "Dr. Kim"],
                "dropped": [],
            },
        },
    ],
}


@pytest.fixture(scope="module")
def cal():
    c = make_calendar(SPEC, seed=1)
    days = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]  # no random closures
    c["resources"][0]["open"] = [
        {"start": f"{d}T09:00:00-05:00", "end": f"{d}T17:00:00-05:00"} for d in days
    ]
    return c


def _write(tmp_path, cal, convs):
    (tmp_path / "c99.jsonl").write_text("".join(json.dumps(c) + "\n" for c in convs))
    (tmp_path / "cal_c99.json").write_text(json.dumps(cal))
    return [tmp_path / "c99.jsonl"]


def test_conv_data_format_check_names_the_turn_and_field(cal) -> None:
    assert check_conversation(CONV, cal) == []
    bad = copy.deepcopy(CONV)
    bad["turns"][1]["expect"]["holds"] = ["Friday"]
    bad["turns"][2]["expect"]["cancels"] = {"turn": 3, "text": "x"}
    errs = check_conversation(bad, cal)
    assert any(e.startswith("turns[1].expect.holds") and "'Friday'" in e for e in errs)
    assert any(e.startswith("turns[2].expect.cancels") for e in errs)


def test_conv_data_keeps_turns_the_session_agrees_with(tmp_path, cal) -> None:
    records, report = conversation_records(_write(tmp_path, cal, [CONV]))
    assert [r["id"] for r in records] == ["c99-001-t1", "c99-001-t2", "c99-001-t3"]
    t2 = records[1]
    assert t2["intent"] == "book"
    kinds = {c["text"]: lab["kind"] for c, lab in zip(t2["candidates"], t2["labels"], strict=True)}
    assert kinds.get("Dr. Kim") == "require"
    assert report["c99"]["kept_booking"] == 1 and report["c99"]["kept_not_booking"] == 2


def test_conv_data_drops_a_turn_whose_labels_give_another_answer(tmp_path, cal) -> None:
    wrong = copy.deepcopy(CONV)
    # the writer says Dr. Kim is ruled out, yet expects her slots first: the session
    # under these labels cannot agree, so the turn does not train the reader
    wrong["turns"][1]["spans"][1]["kind"] = "exclude"
    records, report = conversation_records(_write(tmp_path, cal, [wrong]))
    assert "c99-001-t2" not in [r["id"] for r in records]
    assert sum(report["c99"]["dropped_because"].values()) >= 1
    summary, misses = conversation_score(_write(tmp_path, cal, [wrong]))
    assert summary["turns"] == 3 and summary["turns_fully_right"] < 1.0
    assert any(m["id"] == "c99-001-t2" for m in misses)


def test_conv_data_reads_with_the_engines_own_interpreter_when_asked(tmp_path, cal) -> None:
    from slotwise.engine import Engine

    wrong = copy.deepcopy(CONV)
    wrong["turns"][1]["spans"][1]["kind"] = "exclude"  # the writer's slip, as above
    files = _write(tmp_path, cal, [wrong])
    engine = Engine("rules", store=f"sqlite:///{tmp_path}/s.db")
    _, under_labels = conversation_score(files, engine)
    summary, misses = conversation_score(files, engine, with_labels=False)
    # the cue rules read "with Dr. Kim" as a wish for her: the turn the labels got wrong
    # is right when the engine reads it itself
    assert any(m["id"] == "c99-001-t2" for m in under_labels)
    assert not any(m["id"] == "c99-001-t2" for m in misses)
    assert summary["turns"] == 3


def test_conv_data_reader_mode_leaves_whoever_out_of_holds_as_labels_do(tmp_path, cal) -> None:
    from slotwise.engine import Engine

    conv = copy.deepcopy(CONV)
    t2 = conv["turns"][1]
    t2["message"] = "ok can I come Thursday afternoon, whoever is free"
    t2["spans"] = [
        _span("Thursday afternoon"),
        _span("whoever is free", "prefer", "soft", "resource"),
    ]
    t2["expect"]["holds"] = ["Thursday afternoon", "whoever is free"]
    conv["turns"][2]["expect"]["holds"] = ["Thursday afternoon", "whoever is free"]
    files = _write(tmp_path, cal, [conv])
    engine = Engine("rules", store=f"sqlite:///{tmp_path}/s.db")
    for labels in (True, False):
        summary, misses = conversation_score(files, engine, with_labels=labels)
        assert summary["turns_fully_right"] == 1.0, (labels, misses)


def _picks_by_start(start: str) -> dict:
    """CONV with its thank-you turn replaced by a pick by clock ("the 1pm one")."""
    conv = copy.deepcopy(CONV)
    conv["turns"][2] = {
        "message": "the 1pm one",
        "minutes_later": 1,
        "spans": [_span("1pm", "context")],
        "expect": {
            "intent": "book",
            "goal_shift": False,
            "outcome": "proposals",
            "refers_to": {"shown_start": start},
            "cancels": None,
            "holds": ["Thursday afternoon", "Dr. Kim"],
            "dropped": [],
        },
    }
    return conv


def test_conv_data_format_check_takes_all_minutes_and_a_pick_by_start(cal) -> None:
    conv = _picks_by_start("2026-11-26T13:00")
    t2 = conv["turns"][1]["expect"]
    t2["all"] = [{"date": "2026-11-26", "from": "12:00", "to": "17:00", "resources": ["dr-kim"]}]
    t2["minutes"] = 30
    assert check_conversation(conv, cal) == []
    t2["all"] = [{"date": "26/11", "resources": ["dr-who"]}]
    t2["minutes"] = 2
    errs = check_conversation(conv, cal)
    assert any(e.startswith("turns[1]: expect.all[0].date") for e in errs)
    assert any(e.startswith("turns[1]: expect.all[0].resources") for e in errs)
    assert any(e.startswith("turns[1]: expect.minutes") for e in errs)
    for start, why in [
        ("2026-11-26 1pm", "must be YYYY-MM-DDTHH:MM"),
        ("2026-11-31T13:00", "not a real date"),
        ("2026-11-26T18:00", "no open time"),  # after hours
        ("2026-11-23T13:00", "no open time"),  # a day the calendar is closed
    ]:
        errs = check_conversation(_picks_by_start(start), cal)
        assert len(errs) == 1 and errs[0].startswith("turns[2].expect.refers_to.shown_start")
        assert why in errs[0]
    nothing_shown = _picks_by_start("2026-11-26T13:00")
    nothing_shown["turns"][1]["expect"]["outcome"] = "clarification"
    del nothing_shown["turns"][1]["expect"]["top"]
    assert any(
        "no earlier turn showed options" in e for e in check_conversation(nothing_shown, cal)
    )


@pytest.mark.parametrize(
    ("start", "right"), [("2026-11-26T13:00", True), ("2026-11-26T12:00", False)]
)
def test_conv_data_scores_a_pick_by_the_shown_options_start(tmp_path, cal, start, right) -> None:
    # Thursday afternoon shows 12:00, 13:00, 14:00: "the 1pm one" is the second
    summary, misses = conversation_score(_write(tmp_path, cal, [_picks_by_start(start)]))
    assert summary["per_check"]["refers_to"] == (1.0 if right else round(2 / 3, 4))
    assert [m["failed"] for m in misses] == ([] if right else [["refers_to"]])


@pytest.mark.parametrize(
    ("window", "minutes", "failed"),
    [
        ({"date": "2026-11-26", "from": "12:00", "to": "17:00"}, 30, []),
        ({"date": "2026-11-26", "from": "12:00", "to": "14:00"}, 30, ["all"]),  # 14:00 shown
        ({"date": "2026-11-26", "from": "12:00", "to": "17:00", "resources": ["x"]}, 30, ["all"]),
        ({"date": "2026-11-26", "from": "12:00", "to": "17:00"}, 60, ["minutes"]),
    ],
)
def test_conv_data_scores_every_option_inside_all_and_the_stated_length(
    tmp_path, cal, window, minutes, failed
) -> None:
    conv = copy.deepcopy(CONV)
    conv["turns"][1]["expect"].update({"all": [window], "minutes": minutes})
    records, _ = conversation_records(_write(tmp_path, cal, [conv]))
    _, misses = conversation_score(_write(tmp_path, cal, [conv]))
    assert [m["failed"] for m in misses] == ([failed] if failed else [])
    assert ("c99-001-t2" in [r["id"] for r in records]) == (not failed)
