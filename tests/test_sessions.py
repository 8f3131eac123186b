"""Sessions in-process: the seed scenario, corrections, picks, expiry, unknown ids."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from slotwise.schemas import RequestError

from slotwise.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "conversations"


def _lines(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = [json.loads(line) for line in (SAMPLES / name).read_text().splitlines() if line]
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(store=f"sqlite:///{tmp_path_factory.mktemp('store')}/s.db")


def test_sessions_seed_cancel_that_means_turn_one(engine: Engine) -> None:
    """Pricing, then specs, then a comparison, then "cancel that": the product of turn
    one, not the comparison of turn three (samples/conversations/seed.jsonl)."""
    settings, turns = _lines("seed.jsonl")
    session = engine.session(**settings)
    replies = [session.send(t["message"], now=t["now"]) for t in turns]
    assert [r.turn for r in replies] == [1, 2, 3, 4]
    assert [r.outcome for r in replies] == ["none"] * 4
    assert all(not r.proposals for r in replies)
    last = replies[-1]
    assert last.intent.name == "cancel" and last.goal_shift
    assert last.cancels is not None and last.cancels.turn == 1
    assert "Horizon progressive lenses" in (last.cancels.text or "")
    span = last.cancels.span
    assert span is not None and turns[0]["message"][span[0] : span[1]] == last.cancels.text


def test_sessions_correction_replaces_only_what_it_corrects(engine: Engine) -> None:
    settings, turns = _lines("booking.jsonl")
    session = engine.session(**settings)
    r1 = session.send(turns[0]["message"], now=turns[0]["now"])
    r2 = session.send(turns[1]["message"], now=turns[1]["now"])
    # Thursday refines next week (turn 1 is "next week" and, said apart with "only", its
    # afternoons: two mentions since G17b)
    assert [c.turn for c in r2.constraints] == [1, 1, 2]
    assert r2.proposals and all(p.start.date().isoformat() == "2026-12-03" for p in r2.proposals)
    r3 = session.send(turns[2]["message"], now=turns[2]["now"])  # "actually Friday, not Thursday"
    assert [(d.turn, d.text, d.by_turn) for d in r3.dropped] == [(2, "Thursday", 3)]
    assert {c.turn for c in r3.constraints} == {1, 3}  # turn 1's wish still holds
    assert r3.refers_to[0].turn == 2
    shown = r3.proposals
    r4 = session.send(turns[3]["message"], now=turns[3]["now"])  # "the second one please"
    assert r4.refers_to[0].shown_rank == 2
    assert (r4.proposals[0].start, r4.proposals[0].resource) == (shown[1].start, shown[1].resource)
    assert not r4.dropped and {c.turn for c in r4.constraints} == {1, 3}
    assert r1.outcome == r4.outcome == "proposals"


def test_sessions_hold_asap_as_the_turns_wish_and_rank_earliest(engine: Engine) -> None:
    """ "as soon as possible" holds from its turn like any wish, orders the proposals
    earliest first in later turns, and goes with a cancel."""
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    now = "2026-11-23T09:00:00-05:00"
    r1 = session.send("Could I see Dr. Patel as soon as possible?", now=now)
    asks = [c for c in r1.constraints if c.rule == "ask.earliest"]
    assert [(c.turn, c.text, c.kind) for c in asks] == [(1, "as soon as possible", "prefer")]
    starts = [p.start for p in r1.proposals]
    assert starts == sorted(starts) and starts[0].isoformat() == "2026-11-24T12:00:00-05:00"
    r2 = session.send("afternoons are better", now=now)
    assert [c.turn for c in r2.constraints if c.rule == "ask.earliest"] == [1]
    assert [p.start for p in r2.proposals] == sorted(p.start for p in r2.proposals)
    r3 = session.send("actually please cancel it", now=now)
    assert "as soon as possible" in {d.text for d in r3.dropped}
    assert not r3.constraints


def test_sessions_whichever_is_earlier_ranks_its_turn_and_holds_no_order(engine: Engine) -> None:
    """ "thursday or friday, whichever is earlier" ranks its own turn's options earliest
    first, and no order holds for the turn after (order35: grounding's `earliest_of`)."""
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    now = "2026-11-23T09:00:00-05:00"
    r1 = session.send("Dr. Patel thursday or friday, whichever is earlier", now=now)
    assert not [c for c in r1.constraints if c.rule == "ask.earliest"]
    starts = [p.start for p in r1.proposals]
    assert starts and starts == sorted(starts)
    r2 = session.send("afternoons are better", now=now)
    assert not [c for c in r2.constraints if c.rule == "ask.earliest"]
    assert not [d for d in r2.dropped if "whichever" in (d.text or "")]


def test_sessions_whichever_is_later_ranks_its_turn_and_holds_no_order(engine: Engine) -> None:
    """ "thursday or friday, whichever is later" ranks its own turn's options latest first,
    and no order holds for the turn after (grounding's `latest_of`)."""
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    now = "2026-11-23T09:00:00-05:00"
    r1 = session.send("Dr. Patel thursday or friday, whichever is later", now=now)
    assert not [c for c in r1.constraints if c.rule == "ask.latest"]
    starts = [p.start for p in r1.proposals]
    assert starts and starts == sorted(starts, reverse=True)
    r2 = session.send("afternoons are better", now=now)
    assert not [c for c in r2.constraints if c.rule == "ask.latest"]
    assert not [d for d in r2.dropped if "whichever" in (d.text or "")]


def test_sessions_move_relative_to_the_booked_slot(engine: Engine) -> None:
    """ "Move it to the Tuesday before, same time": both words refer back to the slot the
    conversation booked, which no word of this turn names."""
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    now = "2026-11-23T09:00:00-05:00"
    session.send("Dr. Smith on Thursday December 3rd at 2pm please", now=now)
    r2 = session.send("the first one", now=now)
    assert r2.proposals[0].start.isoformat() == "2026-12-03T14:00:00-05:00"
    r3 = session.send("so sorry, can we move it to the Tuesday before instead, same time?", now=now)
    assert r3.goal == "reschedule" and r3.outcome == "proposals"
    assert r3.proposals[0].start.isoformat() == "2026-12-01T14:00:00-05:00"
    assert r3.proposals[0].resource == "dr-smith"
    assert not any("does not name" in w for w in r3.warnings)


def test_sessions_the_week_after_the_days_asked_for(engine: Engine) -> None:
    """ "anything next week?" then "and the week after?": before anything is booked, the
    back-reference is to the days the conversation asked for last."""
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    now = "2026-11-23T09:00:00-05:00"  # a Monday: next week is Nov 30 - Dec 6
    r1 = session.send("anything with Dr. Smith next week?", now=now)
    assert r1.proposals and r1.proposals[0].start.isoformat()[:10] >= "2026-11-30"
    r2 = session.send("hmm and the week after?", now=now)
    assert r2.outcome == "proposals"
    assert all("2026-12-07" <= p.start.isoformat()[:10] <= "2026-12-13" for p in r2.proposals)


def test_sessions_a_first_turn_cancel_names_its_own_item(engine: Engine) -> None:
    settings, _ = _lines("booking.jsonl")
    session = engine.session(**settings)
    r = session.send(
        "hi, please cancel my appointment on Friday at 10am", now="2026-11-23T09:00:00-05:00"
    )
    assert r.goal == "cancel" and r.outcome == "none"
    assert r.cancels is not None and r.cancels.turn == 1
    assert r.cancels.text is not None and "Friday" in r.cancels.text


def test_sessions_resume_and_view(engine: Engine) -> None:
    settings, turns = _lines("booking.jsonl")
    session = engine.session(**settings)
    session.send(turns[0]["message"], now=turns[0]["now"])
    again = engine.session(session.id)
    reply = again.send(turns[1]["message"], now=turns[1]["now"])
    assert reply.turn == 2
    view = again.view()
    assert [t["turn"] for t in view.turns] == [1, 2]
    assert view.settings["timezone"] == settings["timezone"]


def test_sessions_unknown_deleted_and_expired_are_not_found(tmp_path: Path, engine: Engine) -> None:
    with pytest.raises(RequestError) as err:
        engine.session("s_nope")
    assert err.value.code == "session_not_found" and err.value.http_status == 404
    settings, turns = _lines("seed.jsonl")
    session = engine.session(**settings)
    session.delete()
    with pytest.raises(RequestError, match="session_not_found"):
        session.send("hello", now=turns[0]["now"])
    short = Engine(
        interpreter=engine.interpreter, store=f"sqlite:///{tmp_path}/t.db", session_ttl_s=0.5
    )
    s = short.session(**settings)
    time.sleep(0.8)
    with pytest.raises(RequestError, match="session_not_found"):
        short.session(s.id)


def test_sessions_an_id_that_is_not_a_string_is_a_clear_error(engine: Engine) -> None:
    # settings given in place of the id (session(dict) rather than session(**dict))
    with pytest.raises(TypeError, match=r"session\(\*\*fields\)"):
        engine.session({"timezone": "America/Chicago"})


def test_sessions_settings_are_validated(engine: Engine) -> None:
    with pytest.raises(RequestError) as err:
        engine.session(timezone="Mars/Olympus")
    assert err.value.code == "invalid_timezone"
    with pytest.raises(RequestError) as err:
        engine.session(timezone="UTC", message="hi")
    assert err.value.code == "unknown_field"


def test_sessions_cli_converse_replays_the_seed(tmp_path: Path) -> None:
    import io

    from slotwise.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["converse", str(SAMPLES / "seed.jsonl"), "--store", f"sqlite:///{tmp_path}/c.db"],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["turn"] for r in results] == [1, 2, 3, 4]
    assert results[-1]["cancels"]["turn"] == 1
    assert err.getvalue().startswith("session s_")


def _daily(
    rid: str, name: str, days: range, opens: int, closes: int, offset: str
) -> dict[str, Any]:
    """A resource open `opens`-`closes` o'clock on each of December 2026's `days`."""
    hours = [(f"2026-12-{d:02d}T{opens:02d}", f"2026-12-{d:02d}T{closes:02d}") for d in days]
    return {
        "id": rid,
        "name": name,
        "open": [{"start": f"{a}:00:00{offset}", "end": f"{b}:00:00{offset}"} for a, b in hours],
    }


def test_sessions_one_item_of_a_list_ruled_out_later_leaves_the_other(engine: Engine) -> None:
    session = engine.session(
        timezone="America/Chicago",
        duration_minutes=45,
        resources=[_daily("pt-osei", "Dr. Osei", range(2, 21), 9, 17, "-06:00")],
    )
    r1 = session.send(
        "Could I book a session on Thursday 10th or Friday 11th?", now="2026-12-02T15:05:00-06:00"
    )
    assert [c.text for c in r1.constraints] == ["Thursday 10th or Friday 11th"]
    assert [p.text for p in r1.constraints[0].parts] == ["Thursday 10th", "Friday 11th"]
    r2 = session.send(
        "Thursday is not possible for me after all, I have a court hearing.",
        now="2026-12-02T15:20:00-06:00",
    )
    assert [(d.turn, d.text) for d in r2.dropped] == [(1, "Thursday 10th")]
    assert [(c.turn, c.text) for c in r2.constraints if c.kind != "exclude"] == [(1, "Friday 11th")]
    assert r2.proposals and all(p.start.date().isoformat() == "2026-12-11" for p in r2.proposals)


def test_sessions_a_length_said_in_a_question_is_not_the_bookings(engine: Engine) -> None:
    session = engine.session(
        timezone="Australia/Sydney",
        duration_minutes=60,
        resources=[_daily("tutor-dan", "Dan", range(10, 28), 9, 15, "+11:00")],
    )
    now = "2026-12-10T17:30:00+11:00"
    session.send("will we get charged for cancelling? i know its under 24 hrs notice", now=now)
    r = session.send("ok. can we book for sunday the 20th", now=now)
    assert r.outcome == "proposals"
    assert all(p.end - p.start == timedelta(minutes=60) for p in r.proposals)
