"""The session's state in words beside a turn (`reader_state`), and that a reader
which reads it is given it by the session, and one that does not is never given it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from slotwise.extractor.interpretation import Candidate, Interpretation, Interpreted

from slotwise.engine import Engine
from slotwise.reader_state import LAST_TURN_WORDS, reader_state

SETTINGS = {
    "timezone": "Europe/London",
    "duration_minutes": 30,
    "resources": [
        {
            "id": "dr-a",
            "name": "Dr. Adams",
            "open": [
                {"start": f"2027-03-0{d}T09:00:00+00:00", "end": f"2027-03-0{d}T17:00:00+00:00"}
                for d in range(1, 6)
            ],
        }
    ],
}
NOW = "2027-03-01T09:00:00+00:00"  # a Monday


class Recording:
    """The cue rules, recording what each call was given."""

    def __init__(self, inner: Any, reads_context: bool) -> None:
        self.inner = inner
        self.name = "recording"
        self.reads_context = reads_context
        self.seen: list[tuple[str, str | None]] = []

    def interpret(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Interpreted:
        self.seen.append((message, context))
        return self.inner.interpret(message, candidates)


def _run(tmp_path: Path, reads_context: bool, turns: list[str]) -> Recording:
    engine = Engine("rules", store=f"sqlite:///{tmp_path}/s.db")
    rec = Recording(engine.interpreter, reads_context)
    engine.interpreter = rec
    session = engine.session(**SETTINGS)
    for t in turns:
        session.send(t, now=NOW)
    return rec


def test_reader_state_first_turn_is_read_alone(tmp_path: Path) -> None:
    rec = _run(tmp_path, True, ["can I see Dr. Adams on Wednesday afternoon?"])
    assert [c for m, c in rec.seen if m.startswith("can I")] == [None]


def test_reader_state_later_turns_carry_goal_shown_holds_and_last_turn(tmp_path: Path) -> None:
    first = "can I see Dr. Adams on Wednesday afternoon?"
    rec = _run(tmp_path, True, [first, "actually not Wednesday, Thursday works"])
    ctx = next(c for m, c in rec.seen if m.startswith("actually"))
    assert ctx is not None
    assert ctx.startswith("goal book.")
    assert "shown 3 options from Wednesday 3 March" in ctx
    assert "holds" in ctx and "Wednesday afternoon" in ctx
    assert ctx.endswith("before: " + first)


def test_reader_state_is_not_given_to_a_reader_that_does_not_read_it(tmp_path: Path) -> None:
    rec = _run(tmp_path, False, ["Wednesday afternoon please", "the first one"])
    assert rec.seen and all(c is None for _, c in rec.seen)


def test_reader_state_after_a_pick_says_what_was_booked(tmp_path: Path) -> None:
    rec = _run(tmp_path, True, ["Wednesday afternoon please", "the first one", "thanks!"])
    ctx = next(c for m, c in rec.seen if m == "thanks!")
    assert ctx is not None and "booked Wednesday 3 March" in ctx
    assert "shown" not in ctx  # the booked slot, not the options


@pytest.mark.parametrize("n", [3, LAST_TURN_WORDS, LAST_TURN_WORDS + 5])
def test_reader_state_cuts_a_long_previous_turn(n: int) -> None:
    words = [f"w{i}" for i in range(n)]
    out = reader_state({}, [], [{"message": " ".join(words)}], "UTC")
    assert out is not None
    said = out.split("before: ", 1)[1].split()
    assert said[: min(n, LAST_TURN_WORDS)] == words[:LAST_TURN_WORDS]
    assert (said[-1] == "...") is (n > LAST_TURN_WORDS)


def test_reader_state_unused_by_interpretation_alone() -> None:
    """A reader's `interpret` takes the state only when trained with it."""
    from slotwise.extractor.reader import load

    reader = load("torch")
    msg = "the first one please"
    alone = reader.interpret(msg, [])
    if reader.reads_context:
        with_state = reader.interpret(msg, [], context="goal book. booked Monday 1 March 9:00am.")
        assert with_state.detail["intent_probs"] != alone.detail["intent_probs"]
    else:
        with_state = reader.interpret(msg, [], context="goal book. booked Monday 1 March 9:00am.")
        assert with_state.detail["intent_probs"] == alone.detail["intent_probs"]
    assert isinstance(alone.interpretation, Interpretation)
