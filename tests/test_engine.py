"""The whole pipeline, message -> proposals, through `Engine` with the cue rules.

The trained model has its own tests (tests/extractor/test_model_*.py); here the rules
interpreter keeps these tests about the engine's wiring, not about a model's weights.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from slotwise.schemas import ScheduleResult

from slotwise import Engine

WEEKDAYS = [
    "2026-11-24",
    "2026-11-25",
    "2026-11-26",
    "2026-11-27",
    "2026-11-30",
    "2026-12-01",
    "2026-12-02",
    "2026-12-03",
    "2026-12-04",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(interpreter="rules")


def request(message: str, history: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    def day(d: str, a: str, b: str) -> dict[str, str]:
        return {"start": f"{d}T{a}:00-05:00", "end": f"{d}T{b}:00-05:00"}

    body: dict[str, Any] = {
        "message": message,
        "now": "2026-11-23T09:00:00-05:00",
        "timezone": "America/New_York",
        "duration_minutes": 30,
        "resources": [
            {
                "id": "dr-smith",
                "name": "Dr. Smith",
                "open": [day(d, "09:00", "17:00") for d in WEEKDAYS],
            },
            {
                "id": "dr-patel",
                "name": "Dr. Patel",
                "open": [day(d, "12:00", "18:00") for d in WEEKDAYS],
            },
        ],
        "max_proposals": 3,
        **extra,
    }
    if history:
        body["history"] = history
    return body


def by_text(result: ScheduleResult, text: str) -> Any:
    return next(c for c in result.constraints if c.text == text)


def local(dt: datetime) -> datetime:
    return dt.astimezone(datetime.fromisoformat("2026-11-23T09:00:00-05:00").tzinfo)


def test_engine_seed_message_proposes_wednesday_afternoon_before_3(
    engine: Engine, seed_message: str
) -> None:
    result = engine.schedule(request(seed_message))
    assert result.outcome == "proposals"
    assert by_text(result, "next Tuesday").kind == "exclude"
    assert by_text(result, "Wednesday afternoon").strength == "soft"
    assert by_text(result, "not after 3pm").strength == "hard"
    for c in result.constraints:
        assert c.span is not None and seed_message[c.span[0] : c.span[1]] == c.text
    top = result.proposals[0]
    assert top.resource == "dr-smith"
    start, end = local(top.start), local(top.end)
    assert (
        start.date().isoformat() == "2026-12-02"
        and start.hour >= 12
        and end.hour * 60 + end.minute <= 15 * 60
    )
    assert top.violated == []
    for p in result.proposals:  # nothing on next Tuesday, nothing after 3pm on Wednesday
        assert local(p.start).date().isoformat() != "2026-12-01"


@pytest.mark.parametrize(
    "message",
    [
        "ideally Saturday morning",
        "Saturday morning would be great",
        "if possible Saturday morning with Dr. Smith",
        "maybe this saturday, around 10?",
        "I'd prefer a Saturday",
    ],
)
def test_engine_hedged_wish_never_asks_when_something_else_fits(
    engine: Engine, message: str
) -> None:
    result = engine.schedule(request(message))
    assert result.outcome == "proposals", result.clarification
    assert result.proposals
    assert any(result.proposals[0].violated)


@pytest.mark.parametrize(
    "message",
    [
        "it has to be Saturday morning",
        "only Saturday works for me",
        "Saturday morning, nothing else works",
        "I can only do Saturday",
    ],
)
def test_engine_firm_wish_asks_when_nothing_fits(engine: Engine, message: str) -> None:
    result = engine.schedule(request(message))
    assert result.outcome == "clarification"
    assert result.clarification is not None
    ids = {c.id for c in result.clarification.conflicts}
    saturday = next(c for c in result.constraints if "aturday" in (c.text or ""))
    assert saturday.id in ids
    relax = {tuple(r.drop): r for r in result.clarification.relaxations}
    assert relax[(saturday.id,)].proposals, "dropping the Saturday wish offers something"


def test_engine_retraction_replaces_the_time(engine: Engine) -> None:
    result = engine.schedule(request("Tuesday at 10, no wait, make it 10:30"))
    assert by_text(result, "Tuesday at 10").retracted
    top = local(result.proposals[0].start)
    assert (top.date().isoformat(), top.hour, top.minute) == ("2026-11-24", 10, 30)


def test_engine_wish_takes_a_reading_outside_what_is_ruled_out(engine: Engine) -> None:
    # grounding reads the bare "Thursday" inside the earlier period; the user is away
    # then, so the wish takes its next reading (this week's Thursday)
    result = engine.schedule(request("I'm away the week after next, so Thursday?"))
    assert result.outcome == "proposals"
    assert {local(p.start).date().isoformat() for p in result.proposals} == {"2026-11-26"}


def test_engine_anyone_but_excludes_the_resource(engine: Engine) -> None:
    result = engine.schedule(request("Wednesday afternoon, anyone but Dr. Smith"))
    assert result.proposals and all(p.resource == "dr-patel" for p in result.proposals)


def test_engine_duration_from_the_message(engine: Engine) -> None:
    result = engine.schedule(request("Thursday morning for a full hour please"))
    assert result.duration_minutes == 60
    p = result.proposals[0]
    assert (p.end - p.start).total_seconds() == 3600


def test_engine_point_time_is_a_start(engine: Engine) -> None:
    result = engine.schedule(request("can I come in Dec 2nd at 2?"))
    top = local(result.proposals[0].start)
    assert (top.day, top.hour, top.minute) == (2, 14, 0)


def test_engine_history_keeps_context_across_turns(engine: Engine) -> None:
    result = engine.schedule(
        request(
            "actually make it Thursday instead",
            history=["Can I see Dr. Patel on Wednesday afternoon?"],
        )
    )
    wednesday = by_text(result, "Wednesday afternoon")
    assert wednesday.source == "context" and wednesday.turn == 0 and wednesday.span is None
    assert wednesday.retracted
    thursday = by_text(result, "Thursday")
    assert thursday.source == "message" and thursday.span == (17, 25)
    assert all(p.resource == "dr-patel" for p in result.proposals)
    assert all(local(p.start).date().isoformat() == "2026-11-26" for p in result.proposals)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("I need to cancel my appointment on friday", "cancel"),
        ("can you move my tuesday appointment to thursday?", "reschedule"),
        ("I'd like to book a cleaning next week", "book"),
    ],
)
def test_engine_intent(engine: Engine, message: str, intent: str) -> None:
    assert engine.interpret(request(message)).intent.name == intent


def test_engine_reschedule_avoids_the_old_slot(engine: Engine) -> None:
    result = engine.schedule(request("can you move my tuesday appointment to thursday?"))
    assert by_text(result, "tuesday").kind == "exclude"
    assert by_text(result, "thursday").kind == "require"
    assert all(local(p.start).date().isoformat() == "2026-11-26" for p in result.proposals)


def test_engine_trace_names_every_step(engine: Engine, seed_message: str) -> None:
    result = engine.schedule(request(seed_message))
    assert [t.step for t in result.trace] == [
        "ground",
        "resources",
        "interpret",
        "constrain",
        "solve",
    ]
    ground = result.trace[0].detail["mentions"]
    assert all(m["rule"] for m in ground)
    assert result.trace[2].detail["interpreter"] == "rules"
    assert result.trace[4].detail["status"]


def test_engine_structured_and_message_constraints_solve_together(engine: Engine) -> None:
    body = request("Wednesday afternoon if possible")
    body["constraints"] = [{"id": "f1", "kind": "exclude", "resources": ["dr-smith"]}]
    result = engine.schedule(body)
    assert [c.id for c in result.constraints][-1] == "f1"
    assert all(p.resource == "dr-patel" for p in result.proposals)


def test_engine_caller_ids_are_kept_and_message_ids_never_collide(engine: Engine) -> None:
    # The caller's "c1" excludes Dr. Smith; the message's first constraint would be "c1"
    # too if nobody minded, and one would silently replace the other.
    body = request("Wednesday afternoon, not after 3pm")
    body["constraints"] = [
        {"id": "c1", "kind": "exclude", "resources": ["dr-smith"]},
        {"id": "c3", "kind": "prefer", "resources": ["dr-patel"]},
    ]
    result = engine.schedule(body)
    ids = [c.id for c in result.constraints]
    assert len(ids) == len(set(ids))
    mine = {c.id: c for c in result.constraints if c.source == "request"}
    assert set(mine) == {"c1", "c3"} and mine["c1"].resources == ["dr-smith"]
    read = [c.id for c in result.constraints if c.source == "message"]
    assert read and not {"c1", "c3"} & set(read)
    assert read[:2] == ["c2", "c4"]  # c1, c2, ... skipping the caller's ids
    assert result.proposals and all(p.resource == "dr-patel" for p in result.proposals)
    for p in result.proposals:
        assert "c1" in p.satisfied and "c1" not in p.violated


def test_engine_time_budget_returns_what_it_found_and_says_so() -> None:
    # A budget far too small to prove anything: the answer still comes, marked.
    tight = Engine(interpreter="rules", time_limit_s=1e-6)
    body = request("Wednesday afternoon if possible", max_proposals=5)
    result = tight.schedule(body)
    assert result.timed_out
    assert any("time budget" in w for w in result.warnings)
    assert result.model_dump(mode="json")["timed_out"] is True
    assert Engine(interpreter="rules").time_limit_s == 10.0
    with pytest.raises(ValueError, match="time_limit_s"):
        Engine(interpreter="rules", time_limit_s=0)
    with pytest.raises(ValueError, match="work_limit"):
        Engine(interpreter="rules", work_limit=0)


def test_engine_work_budget_ends_a_search_and_says_so() -> None:
    # A work budget far too small to prove anything, and a roomy wall clock: the work
    # budget is what stops it, and the warning says which budget ran out.
    tight = Engine(interpreter="rules", work_limit=1e-9, time_limit_s=60.0)
    result = tight.schedule(request("Wednesday afternoon if possible", max_proposals=5))
    assert result.timed_out
    assert any("work budget" in w for w in result.warnings)


def test_engine_a_roomy_budget_finishes_and_says_so(engine: Engine) -> None:
    result = engine.schedule(request("Wednesday afternoon if possible"))
    assert result.timed_out is False
    assert not any("time budget" in w for w in result.warnings)


def test_engine_no_message_and_no_resources_asks_about_availability(engine: Engine) -> None:
    result = engine.schedule({"now": "2026-11-23T09:00:00-05:00", "timezone": "America/New_York"})
    assert result.outcome == "clarification"
    assert result.clarification is not None
    assert [c.id for c in result.clarification.conflicts] == ["availability"]


class _EverythingRequired:
    """An interpreter that labels every candidate `kind`/`strength` (require/hard unless
    told), the first candidate `choice` 1 when asked: what the pipeline then does with
    the labels is what these tests watch."""

    name = "everything-required"

    def __init__(self, kind: str = "require", strength: str = "hard", first: bool = False):
        self.kind, self.strength, self.first = kind, strength, first

    def interpret(self, message: str, candidates: list[Any]) -> Any:
        from slotwise.extractor.interpretation import (
            CandidateLabel,
            Interpretation,
            Interpreted,
        )

        labels = [
            CandidateLabel(
                kind=self.kind,
                strength=self.strength,
                choice=1 if self.first and i == 0 else None,
            )
            for i, _ in enumerate(candidates)
        ]
        return Interpreted(Interpretation(intent="book", labels=labels), 1.0, self.name)


@pytest.mark.parametrize(
    "message",
    [
        "I can't do mornings, and Mondays are the only day I'm free",
        "not Monday or Tuesday",
        "Tuesday at 10, if not Wednesday after 2",
    ],
)
def test_engine_pipeline_keeps_the_interpreters_labels_as_they_are(message: str) -> None:
    # one direction of flow: after the interpreter decides, nothing re-reads the words
    result = Engine(interpreter=_EverythingRequired()).schedule(request(message))
    assert result.constraints
    assert all((c.kind, c.strength) == ("require", "hard") for c in result.constraints)


def test_engine_first_choice_weighs_more_than_its_fallback() -> None:
    engine = Engine(interpreter=_EverythingRequired("prefer", "soft", first=True))
    result = engine.schedule(request("Wednesday 3pm. Failing that, Thursday"))
    wishes = [c for c in result.constraints if c.kind == "prefer"]
    assert len(wishes) == 2 and wishes[0].weight > wishes[1].weight
    assert result.outcome == "proposals"


def test_engine_context_label_sets_a_time_aside_and_says_so() -> None:
    result = Engine(interpreter=_EverythingRequired("context")).schedule(
        request("I was in last Tuesday, can you fit me in Friday")
    )
    assert result.constraints == []
    assert {m.text for m in result.mentions} >= {"Friday"}
    assert any("set aside" in w for w in result.warnings)


def test_engine_grounding_facts_still_hold_under_any_labels() -> None:
    engine = Engine(interpreter=_EverythingRequired())
    # a time wholly in the past is context, not a wish (interval algebra, not words)
    past = engine.schedule(request("Dr. Patel saw me last month. Wednesday please"))
    assert [c.text for c in past.constraints if c.intervals] == ["Wednesday"]
    # "nothing before 10": grounding flipped the negated bound into "from 10"
    bound = engine.schedule(request("Nothing before 10 please"))
    assert by_text(bound, "Nothing before 10").kind == "require"
    assert bound.proposals and all(local(p.start).hour >= 10 for p in bound.proposals)


def test_engine_default_model_reads_the_contract_example_as_the_contract_does(
    seed_message: str,
) -> None:
    result = Engine().schedule(request(seed_message))
    roles = {c.text: (c.kind, c.strength) for c in result.constraints}
    assert roles["next Tuesday"] == ("exclude", "hard")
    assert roles["Wednesday afternoon"] == ("prefer", "soft")
    assert roles["not after 3pm"] == ("require", "hard")
    top = local(result.proposals[0].start)
    assert top.date().isoformat() == "2026-12-02" and 12 <= top.hour < 15


class _SureOrNot(_EverythingRequired):
    """require/hard everywhere, with a fixed role confidence for every label."""

    def __init__(self, confidence: float) -> None:
        super().__init__()
        self.confidence = confidence

    def interpret(self, message: str, candidates: list[Any]) -> Any:
        out = super().interpret(message, candidates)
        out.label_confidence = [self.confidence] * len(candidates)
        return out


def test_engine_reads_an_unsure_must_as_a_wish_rather_than_ask() -> None:
    # Saturday: nobody works, so as a must it leaves no slot
    result = Engine(interpreter=_SureOrNot(0.4)).schedule(request("Saturday please"))
    assert result.outcome == "proposals"
    sat = by_text(result, "Saturday")
    assert (sat.kind, sat.strength, sat.relaxed) == ("prefer", "soft", True)
    assert any("as a wish, not a must" in w for w in result.warnings)


def test_engine_asks_when_it_is_sure_of_the_must() -> None:
    result = Engine(interpreter=_SureOrNot(0.99)).schedule(request("Saturday please"))
    assert result.outcome == "clarification"
    assert not by_text(result, "Saturday").relaxed


def test_engine_relaxation_can_be_switched_off() -> None:
    engine = Engine(interpreter=_SureOrNot(0.4), relax_below=0.0)
    assert engine.schedule(request("Saturday please")).outcome == "clarification"


def test_engine_approximate_time_offers_the_time_said_first(engine: Engine) -> None:
    # "around 4:30" for 30 minutes: a start anywhere from 4 to 5, nearest 4:30 first
    result = engine.schedule(request("Friday around 4:30pm with Dr. Patel please"))
    c = by_text(result, "Friday around 4:30pm")
    assert [local(t).strftime("%d %H:%M") for t in c.targets] == ["27 16:30"]
    tops = [local(p.start).strftime("%d %H:%M") for p in result.proposals]
    assert tops == ["27 16:30", "27 16:15", "27 16:45"]
    # an exact clock has no target: it is the start
    exact = engine.schedule(request("Friday at 4:30pm with Dr. Patel please"))
    assert by_text(exact, "Friday at 4:30pm").targets == []


class _Unsure:
    """An interpreter that leans to `intent` at `confidence` and reads every candidate
    as a firm wish: the engine's decision about a doubtful non-booking, alone."""

    name = "unsure"

    def __init__(self, intent: str, confidence: float) -> None:
        self.intent, self.confidence = intent, confidence

    def interpret(self, message: str, candidates: list[Any]) -> Any:
        from slotwise.extractor.interpretation import CandidateLabel, Interpretation, Interpreted

        labels = [CandidateLabel(kind="require", strength="hard") for _ in candidates]
        out = Interpretation(intent=self.intent, labels=labels)
        return Interpreted(out, self.confidence, self.name)


@pytest.mark.parametrize("intent", ["other", "cancel"])
@pytest.mark.parametrize("message", ["yes", "ok", "sure thing", "hmm"])
def test_engine_doubtful_non_booking_that_names_nothing_gets_no_slots(
    intent: str, message: str
) -> None:
    engine = Engine(interpreter="rules")
    engine.interpreter = _Unsure(intent, 0.4)
    result = engine.schedule(request(message))
    assert result.outcome == "none" and result.proposals == []


@pytest.mark.parametrize(
    "message", ["Thursday afternoon?", "with Dr. Patel", "an hour, whenever", "earliest you have"]
)
def test_engine_doubtful_non_booking_that_names_a_wish_is_scheduled(message: str) -> None:
    # In doubt, a message that names a time, a person, a length or "earliest" is answered
    # with slots: proposals offered in doubt cost less than a request left unanswered.
    engine = Engine(interpreter="rules")
    engine.interpreter = _Unsure("other", 0.4)
    result = engine.schedule(request(message))
    assert result.outcome == "proposals" and result.proposals
    engine.interpreter = _Unsure("other", 0.9)
    assert engine.schedule(request(message)).outcome == "none"
