"""Sessions: a conversation the engine keeps, one customer turn at a time.

    session = engine.session(timezone=..., resources=[...])   # created in the store
    reply = session.send("eye exam next week, afternoons", now="2026-11-23T09:00:00-05:00")
    again = engine.session(session.id)                          # resumed from the store

A turn is read with the engine's reader (intent and labelled constraints) and then
against the session's state (`slotwise.conversation`): the goal, the constraints that
hold with their turn of origin, what was shown. The whole turn (read, revise, solve,
save) runs under the session's lock in the store, and the record is committed before
the answer is returned, so turns never interleave and an answered turn is never lost.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from slotwise import conversation as conv
from slotwise.alternatives import worth_showing
from slotwise.conversation_another import another_booking, new_item, start_over
from slotwise.conversation_booked import anchor, asks_about, for_length, from_booked, rules_out
from slotwise.conversation_items import asked_turn
from slotwise.conversation_picks import (
    WEEKS,
    latest_first,
    picks_nothing,
    read_otherwise,
    sought,
    unframed,
    unplaced,
    unplaced_clocks,
    unshown,
)
from slotwise.conversation_placed import besides, placed_wishes, provider_wishes
from slotwise.conversation_revert import (
    change_at,
    go_back,
    not_taken_back,
    reverts,
    said_again,
)
from slotwise.conversation_rules import goes_ahead, leaves_provider_open
from slotwise.conversation_shown import beyond_wishes, that_day_wishes
from slotwise.conversation_which import (
    booked_items,
    close_item,
    item_of,
    named_item,
    open_item,
    picked_slot,
)
from slotwise.extractor.pipeline import read_message
from slotwise.reader_state import reader_state
from slotwise.schemas import (
    Constraint,
    InternalError,
    Proposal,
    RequestError,
    ScheduleRequest,
    SlotwiseError,
    from_validation_error,
)
from slotwise.schemas.session import (
    SESSION_FIELDS,
    DroppedConstraint,
    SessionView,
    TurnRef,
    TurnRequest,
    TurnResult,
)
from slotwise.session_parts import (
    as_proposal,
    of_every_resource,
    range_length,
    renumber,
    shown_next,
    still_open,
    turn_request,
    utc,
)
from slotwise.session_reading import (
    ASK_RULES,
    ASKS_OR_ASIDE,
    asks_after_all,
    asks_of,
    mentions_as_constraints,
    names_only,
    one_with,
    placings,
    points,
    read_with_context,
    says_anything,
    session_context,
)
from slotwise.solvers import solve, to_constraints

if TYPE_CHECKING:
    from slotwise.engine import Engine
    from slotwise.stores import Store

NO_SLOT = frozenset({"cancel", "other"})


class SessionNotFound(RequestError):
    """No session with this id in the store (never created, deleted or expired)."""

    def __init__(self, session_id: str) -> None:
        super().__init__(
            "session_not_found",
            f"no session {session_id!r} (unknown, deleted or expired)",
            field="session_id",
            input=session_id,
        )


def new_id() -> str:
    return "s_" + secrets.token_hex(12)


def check_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings as a request would validate them (a `RequestError` otherwise), in
    JSON form. `now` is only needed to validate; it is not kept."""
    extra = sorted(set(settings) - SESSION_FIELDS)
    if extra:
        raise RequestError(
            "unknown_field", f"a session takes no {extra[0]!r} (it comes with each turn)", extra[0]
        )
    probe = {**settings, "now": datetime.now(UTC).isoformat()}
    try:
        req = ScheduleRequest.model_validate(probe)
    except ValidationError as exc:
        raise from_validation_error(exc, input=settings) from None
    out = req.model_dump(mode="json", exclude={"now", "message", "history"}, exclude_unset=True)
    return out


class Session:
    """One conversation in the engine's store. Cheap to make; holds no state of its own
    between calls (every call loads the record, so replicas can share a session)."""

    def __init__(self, engine: Engine, store: Store, session_id: str) -> None:
        self.engine = engine
        self.store = store
        self.id = session_id

    @classmethod
    def create(cls, engine: Engine, store: Store, settings: dict[str, Any]) -> Session:
        checked = check_settings(settings)
        sid = new_id()
        record = {"id": sid, "settings": checked, "created": time.time(), "turns": [], "state": {}}
        record["expires"] = time.time() + store.ttl_s
        store.save(sid, record)
        return cls(engine, store, sid)

    @classmethod
    def resume(cls, engine: Engine, store: Store, session_id: str) -> Session:
        if store.load(session_id) is None:
            raise SessionNotFound(session_id)
        return cls(engine, store, session_id)

    def _record(self) -> dict[str, Any]:
        record = self.store.load(self.id)
        if record is None:
            raise SessionNotFound(self.id)
        return record

    def view(self) -> SessionView:
        record = self._record()
        return SessionView(
            session_id=self.id,
            expires_at=utc(record.get("expires")),
            settings=record["settings"],
            turns=record["turns"],
        )

    @property
    def expires_at(self) -> datetime | None:
        return utc(self._record().get("expires"))

    def delete(self) -> None:
        if not self.store.delete(self.id):
            raise SessionNotFound(self.id)

    def send(
        self,
        message: str | TurnRequest | dict[str, Any],
        *,
        now: datetime | str | None = None,
        shown: list[dict[str, Any]] | None = None,
        resources: list[dict[str, Any]] | None = None,
        constraints: list[dict[str, Any]] | None = None,
    ) -> TurnResult:
        """Read one customer turn against the conversation; the turn result."""
        turn_req = turn_request(message, now, shown, resources, constraints)
        with self.store.lock(self.id):
            record = self._record()
            try:
                result = self._apply(record, turn_req)
            except SlotwiseError:
                raise
            except Exception as exc:
                raise InternalError(f"{type(exc).__name__}: {exc}") from exc
            record["expires"] = time.time() + self.store.ttl_s
            self.store.save(self.id, record)
        return result

    def _asks(self, sentence: str) -> float:
        """The reader's probability that a sentence asks to book or get something."""
        out = self.engine.interpreter.interpret(sentence, [])
        probs = out.detail.get("intent_probs") or {}
        if probs:
            return float(probs.get("book", 0.0))
        return 1.0 if out.interpretation.intent == "book" else 0.0

    def _unshown(
        self,
        req: ScheduleRequest,
        held: list[Constraint],
        named: list[Constraint],
        shown: list[dict[str, Any]],
        state: dict[str, Any],
    ) -> conv.Pick | None:
        """The open slot a turn names as it would a shown option, none of which it names
        (`conversation_picks.unshown`): searched for with what holds, at the length the
        conversation set; a day named whole also in the weeks after, as for a shown one."""
        minutes = state.get("duration") or req.duration_minutes
        wishes = [c for c in [*held, *to_constraints(req)] if c.rule not in ASK_RULES]
        # as grounding read it first, then a clock's other half of the day ("9:30" at night)
        for reading in read_otherwise(named):
            as_said = sought(reading, timedelta(minutes=minutes))
            for weeks in range(WEEKS + 1):
                said = sought(reading, timedelta(minutes=minutes), weeks) if weeks else as_said
                if weeks and said == as_said:
                    break  # no day named whole to move on
                solved = solve(
                    req,
                    [*wishes, *said],
                    duration_minutes=minutes,
                    time_limit_s=self.engine.time_limit_s,
                    work_limit=self.engine.work_limit,
                )
                found = shown_next(solved.proposals, None, [], "book")
                picked = unshown(named, found, shown, said)
                if picked is not None:
                    return picked
        return None

    def _apply(self, record: dict[str, Any], turn: TurnRequest) -> TurnResult:
        t0 = time.perf_counter()
        settings = dict(record["settings"])
        state = record.setdefault("state", {})
        number = len(record["turns"]) + 1
        tz = ZoneInfo(settings["timezone"])
        now = turn.now or datetime.now(tz)
        last_now = state.get("now")
        if now.tzinfo is None:
            now = now.replace(tzinfo=tz)
        if last_now and now < datetime.fromisoformat(last_now):
            now = datetime.fromisoformat(last_now)
        if turn.resources is not None:
            state["resources"] = [
                r.model_dump(mode="json", exclude_unset=True) for r in turn.resources
            ]
        if turn.constraints:
            state.setdefault("constraints", []).extend(
                c.model_dump(mode="json", exclude_unset=True) for c in turn.constraints
            )
        body = {
            **settings,
            # a time said now is read for the booking's length as the conversation set it
            # ("2 hours", then "3pm then": 3 to 5)
            **({"duration_minutes": state["duration"]} if state.get("duration") else {}),
            "message": turn.message,
            "now": now.isoformat(),
            "resources": state.get("resources", settings.get("resources", [])),
            "constraints": [*settings.get("constraints", []), *state.get("constraints", [])],
        }
        req = self.engine.parse(body)
        held = [conv.Held.from_json(h) for h in state.get("held", [])]
        held = of_every_resource(held, req)
        context = session_context(state, req, held, record["turns"])
        shown = (
            [p.model_dump(mode="json") for p in turn.shown]
            if turn.shown is not None
            else state.get("shown", [])
        )
        words = reader_state({**state, "shown": shown}, held, record["turns"], req.timezone)
        reading = read_message(req, self.engine.interpreter, context, words)
        if shown and reading.framed:  # "ok 3 then": an option's number or hour first
            reading = unframed(reading)
        if shown:  # "the one with Keisha please": an option shown, by its provider
            reading = one_with(reading, turn.message)
        previous = state.get("goal")
        named = mentions_as_constraints(reading)  # what the turn names but asks nothing of
        # a pick by time ("the 3pm") may be read as a wish or as a mention of a shown slot
        picked = conv.pick(
            turn.message,
            [*reading.constraints, *named],
            shown,
            reading.anyone is not None,
            named if points(reading) else None,
        )
        sure = reading.intent.confidence >= conv.CONTINUE_BELOW
        # "never mind, keep the original" after a change: what held before it holds again
        reverting = reading.intent.name != "cancel" and bool(state.get("change"))
        reverting = reverting and reverts(turn.message)
        booked = bool(state.get("booked"))
        history = state.setdefault("turns", [])
        # what the latest turn that asked for slots was for, questions in between or not
        searching = next(
            (t["goal"] for t in reversed(history) if t["goal"] in conv.BOOKING_GOALS), None
        )
        # "then Leo right after Ava" after a pick: a wish against the slot picked for Ava
        placed = (
            placed_wishes(
                placings(reading, turn.message),
                booked_items(state, record["turns"], held),
                tz,
                state.get("duration") or req.duration_minutes,
            )
            if booked and reading.intent.name in ASKS_OR_ASIDE
            else []
        )
        reading = asks_after_all(reading, placed, shown, searching)
        if placed or (reading.beyond and reading.intent.name in conv.BOOKING_GOALS):
            picked = (
                None  # "could his sister Ruby get a checkup right before him?", "anything later?"
            )
        elif picks_nothing(reading.intent.name, sure, turn.message):
            picked = None  # "ok cancel that appointment then", "bring my partner to the first one?"
        elif reverting:
            picked = None  # "never mind, keep the original": what held before the change
        elif (
            picked and picked.by_time and str(picked.proposal["start"]) == state.get("booked_start")
        ):
            picked = None  # "same time is fine": the slot booked already, not a new pick
        elif picked is None and goes_ahead(
            reading.intent.name, says_anything(reading), shown, previous
        ):  # "ok book", "yes please confirm": the option shown first; "9 works": the 9:00
            picked = unplaced(reading.unread, shown, turn.message)
            if picked is None:
                clocks = unplaced_clocks(reading.unread, shown, turn.message)
                if clocks:  # "the 3.30 one", none shown then: that slot
                    picked = self._unshown(req, [h.constraint for h in held], clocks, shown, state)
                else:
                    picked = conv.Pick(1, (0, len(turn.message)), shown[0])
        elif picked is None and names_only(reading, named, shown):
            # "the 1:30" when 12:00, 1:00 and 1:15 were shown: the open slot it names
            picked = self._unshown(req, [h.constraint for h in held], named, shown, state)
            if picked is not None and str(picked.proposal["start"]) == state.get("booked_start"):
                picked = None  # the slot booked already
        own = [c for c in reading.constraints if c.kind != "context"] + asks_of(reading)
        own = besides(own, placed)
        if reading.intent.name in conv.BOOKING_GOALS:  # "anything later?": past those shown
            own = that_day_wishes(own, shown, tz, now)  # "anything later in the day?"
            own += beyond_wishes(reading.beyond, shown, tz, now)
        if booked:  # "with the same stylist", "the other girl": the provider of that booking
            own = provider_wishes(
                own,
                reading.placed,
                booked_items(state, record["turns"], held),
                [r.id for r in req.resources],
            )
        fragment = reading.intent.name == "other"
        # "and can he get another next Saturday as well" after a pick: a second booking,
        # also without those words ("and the missus' rav needs tyres, tues 9th")
        another = picked is None and (
            another_booking(reading.intent.name, booked, bool(own), turn.message)
            or new_item(reading.intent.name, sure, booked, own)
            or bool(placed)  # "and Mia after Leo please"
        )
        # "got a loan car for that day?" after a pick: a question about the booking
        booked_at = state.get("booked_start") if booked else None
        booked_on = datetime.fromisoformat(booked_at) if booked_at else None
        about = (
            picked is None and not another and asks_about(reading.intent.name, sure, own, booked_on)
        )
        goal = conv.goal(
            reading.intent.name,
            reading.intent.confidence,
            previous,
            picked is not None,
            bool(own or (fragment and reading.mentions)),
            searching,
            booked=booked,
        )
        if another:
            goal = "book"  # a new item, not a move of the one booked
        if about:
            goal, own = "other", []  # nothing to move: the wishes name the slot booked
        if fragment and goal != "other":
            # a fragment that names a slot ("w the vet") adds it to the goal
            own = named
        if picked is not None:  # a pick confirms a shown slot; it adds no wish but
            own = [c for c in own if leaves_provider_open(c)]  # "the 1st one w whoever"
        refers: list[TurnRef] = []
        cancels: TurnRef | None = None
        dropped: list[tuple[conv.Held, str]] = []
        back = go_back(held, state.get("change")) if reverting and goal != "cancel" else None
        if back is not None:
            held = back[0]
            dropped = [(h, "reverted") for h in back[1]]
        state["change"] = None if goal == "cancel" or back is not None else state.get("change")
        if goal == "cancel":
            mentioned = [*own, *named]
            items = booked_items(state, record["turns"], held)
            which = named_item(turn.message, items, mentioned)  # "cancel hers, mine can stay"
            target: tuple[int, int, int] | None
            if which is not None:
                asked = next(t for t in history if t["turn"] == items[which].turn)
                said = [Constraint.model_validate(c) for c in asked.get("constraints", [])]
                target = (asked["turn"], *conv.item_span(asked["message"], said, self._asks))
            else:
                before = [h for item in items[:-1] for h in item.wishes]
                target = conv.cancel_target(
                    history, held, mentioned, state.get("booking_turn"), self._asks, before
                )
                which = item_of(items, target[0]) if target is not None else None
            if target is None and mentioned and not history:
                # the first turn cancels what it names ("cancel ruby's session sat 10am")
                target = (number, *conv.item_span(turn.message, mentioned))
            if target is not None:
                k, a, b = target
                msg = record["turns"][k - 1]["message"] if k < number else turn.message
                cancels = TurnRef(turn=k, text=msg[a:b], span=(a, b))
            if which is not None and which < len(items) - 1:
                # an earlier booking: its wishes stopped holding when the next booking
                # started, so this turn takes back nothing that held (`dropped` lists
                # only what held); the booking being made stands, its wishes met (after
                # a cancel nothing holds, but they are not taken back either)
                dropped = []
            else:
                dropped = [(h, "cancelled") for h in held]
                # the booking being made, if one is (not one that stood after an
                # earlier cancel: "cancel that" after questions cancels no booking)
                making = bool(items) and state["items"][-1]["wishes"] is None
                which = len(items) - 1 if making else None
                state["booking_turn"] = None
                state["booked"] = False
                state["cancelled_start"] = state.get("booked_start") or state.get("cancelled_start")
                state["booked_start"] = None
            if which is not None:
                del state["items"][which]
            held = []
        elif goal != "other":
            moving = goal == "reschedule" and previous != "reschedule" and bool(state.get("booked"))
            anyone = reading.anyone is not None and picked is None  # "ok whoever then"
            # "an hour later", "one day later": from the slot booked or shown first, not from
            # now (unless grounding read the turn with the session's context, counted already)
            start = None if read_with_context(reading) else anchor(booked_on, shown, another)
            fresh = [from_booked(c, now, start) for c in renumber(own, held, req)]
            gone: list[conv.Held] = []
            if another:
                # the earlier booking's wishes give way to the new item's; it stands, its
                # wishes met: nothing is taken back, so they are not `dropped`
                keeps = start_over([h.constraint for h in held])
                gone = [h for h, k in zip(held, keeps, strict=True) if not k]
                held = [h for h, k in zip(held, keeps, strict=True) if k]
                state["booked"] = False
                state["booked_start"] = None
                state["change"] = None  # nothing of the first item to go back to
            weeks = [span for _, span in reading.weeks_named]  # "this Saturday": its own week
            before = list(held)
            revision = conv.revise(
                held, fresh, number, moving, anyone, tz, turn.message, weeks, another
            )
            held, dropped = revision.held, [*dropped, *revision.dropped]
            if back is not None:  # "keep the original 2pm": in this turn's words
                held = said_again(held, back[0], number)
                dropped = not_taken_back(dropped, back[0])
            changed = revision.dropped or moving or (goal, previous) == ("reschedule", None)
            if back is None and not another and changed:
                # a correction or a move: what a later "keep the original" goes back to
                state["change"] = change_at(number, before)
            if another:  # what the earlier booking asked for: "cancel the Tuesday one"
                done = [*gone, *(h for h, _ in dropped)]
                state["items"] = close_item(state, done)
            if (
                goal == "book"
                and state.get("booked")
                and (revision.dropped or rules_out(fresh, booked_on))
            ):
                # another day for a slot already picked, or the slot ruled out: a move
                goal = "reschedule"
            if another or (
                (
                    (goal == "book" and searching not in {"book", "reschedule"})
                    or (goal == "reschedule" and state.get("booking_turn") is None)
                )
                and (picked is None or state.get("booking_turn") is None)
            ):
                # a pick books what the availability question asked for; a pick after
                # an aside ("ok doctor then. the first one") goes on with the booking
                # asked for before the aside, it starts none of its own
                state["booking_turn"] = number
                asked_at = asked_turn(history) if picked and searching == "availability" else None
                state["items"] = open_item(state, asked_at or number)
        if picked is not None:
            refers.append(
                TurnRef(
                    shown_rank=picked.rank, proposal=Proposal.model_validate(as_proposal(picked))
                )
            )
            state["booked"] = True
            state["booked_start"] = str(picked.proposal["start"])
            end = str(picked.proposal["end"])
            state["items"] = picked_slot(
                state, number, state["booked_start"], end, picked.proposal.get("resource")
            )
        # what the turn replaced or took back, the wish said last first
        for k in latest_first([(h.turn, why) for h, why in dropped]):
            h = dropped[k][0]
            if goal != "cancel" and h.constraint.span is not None:
                span = h.constraint.span
                refers.append(TurnRef(turn=h.turn, text=h.constraint.text, span=span))
        # the booking's length comes from turns about a booking, not from a question
        # ("will we still get charged? i know its under 24 hrs")
        length = reading.duration_minutes if goal in conv.BOOKING_GOALS else None
        if length:  # the times said for it before start it as they did ("make it 2 hours")
            held = [
                h
                if h.turn == number
                else conv.Held(for_length(h.constraint, req.duration_minutes, length), h.turn)
                for h in held
            ]
        constraints = [h.constraint for h in held] + to_constraints(req)
        duration = length or range_length(state, held, reading) or state.get("duration")
        if length and reading.booked is not None:  # "court 2 from 6 to 8": while it holds
            state["range_length"] = {"turn": number, "span": list(reading.booked[1])}
            state["range_length"]["minutes"] = length
        elif length:
            # "ugh ok 2 hours then" after "a 3 hour block" replaces it (not "60 min for her")
            said = state.get("length_said")
            if said and state.get("duration") != length and not another:
                refers.append(TurnRef.model_validate(said))
            state["duration"] = length
            state.pop("range_length", None)
        if length and reading.length_said is not None:
            state["length_said"] = {"turn": number, "text": reading.length_said[0]}
            state["length_said"]["span"] = list(reading.length_said[1])
        proposals: list[Proposal] = []
        clarification = None
        outcome = "none"
        if goal not in NO_SLOT:
            asks = {c.rule for c in constraints if c.rule in ASK_RULES}
            if reading.earliest_of:
                # "thurs or fri, whichever is earlier": the earliest of this turn's own
                # options, ranked so now; no order held for the turns after
                asks.add(ASK_RULES[0])
            if reading.latest_of:  # "Tues or Wed, whichever is later": the same, latest
                asks.add(ASK_RULES[1])

            def run(constraints: list[Constraint]) -> Any:
                return solve(
                    req,
                    [c for c in constraints if c.rule not in ASK_RULES],
                    duration_minutes=duration,
                    time_limit_s=self.engine.time_limit_s,
                    work_limit=self.engine.work_limit,
                    earliest=ASK_RULES[0] in asks,
                    latest=ASK_RULES[1] in asks,
                )

            solved = run(constraints)
            searched = [t.get("outcome") for t in history if t["goal"] in conv.BOOKING_GOALS]
            may_give_way = picked is None and searched[-1:] == ["clarification"]
            if solved.clarification is not None and may_give_way:
                # nothing fitted, and still nothing fits: this turn's firm wish takes the
                # place of the one earlier wish whose giving way alone lets slots fit
                # ("before 3:30", none; "what about starting at 3?")
                freed = {r.drop[0] for r in solved.clarification.relaxations if r.proposals}
                given = conv.give_way(held, number, freed)
                if given is not None:
                    gives, stays = given
                    kept = [h for h in held if h is not gives]
                    if stays is not None:  # a time gave way; the days said with it stay
                        kept.insert(held.index(gives), stays)
                    held = kept
                    dropped.append((gives, "gave way"))
                    assert gives.constraint.span is not None
                    refers.append(
                        TurnRef(
                            turn=gives.turn, text=gives.constraint.text, span=gives.constraint.span
                        )
                    )
                    constraints = [h.constraint for h in held] + to_constraints(req)
                    solved = run(constraints)
            outcome, proposals, clarification = (
                solved.outcome,
                worth_showing(
                    constraints,
                    solved.proposals,
                    duration is not None,
                    latest=ASK_RULES[1] in asks and ASK_RULES[0] not in asks,
                ),
                solved.clarification,
            )
            if picked is not None and still_open(picked.proposal, req):
                first = Proposal.model_validate(as_proposal(picked))
                rest = [
                    p for p in proposals if (p.resource, p.start) != (first.resource, first.start)
                ]
                proposals = [first, *rest][: req.max_proposals]
                proposals = [p.model_copy(update={"rank": i}) for i, p in enumerate(proposals, 1)]
                outcome, clarification = "proposals", None
        by_id = {id(h.constraint): h.turn for h in held}
        shown_constraints = [c.model_copy(update={"turn": by_id.get(id(c))}) for c in constraints]
        result = TurnResult(
            session_id=self.id,
            turn=number,
            intent=reading.intent.model_copy(update={"name": goal})
            if goal != reading.intent.name
            else reading.intent,
            goal=goal,
            goal_shift=previous is not None and (goal != previous or another),
            refers_to=refers,
            cancels=cancels,
            constraints=shown_constraints,
            dropped=[
                DroppedConstraint(
                    id=h.constraint.id, turn=h.turn, text=h.constraint.text, by_turn=number
                )
                for h, _ in dropped
            ],
            outcome=outcome,
            proposals=proposals,
            clarification=clarification,
            mentions=reading.mentions,
            duration_minutes=duration,
            warnings=req.warnings + reading.warnings,
            trace=reading.trace,
        )
        state.update(
            {
                "goal": goal,
                "now": now.isoformat(),
                "held": [h.to_json() for h in held],
                "shown": shown_next(proposals, clarification, shown, goal),
            }
        )
        history.append(
            {
                "turn": number,
                "message": turn.message,
                "goal": goal,
                "constraints": [c.model_dump(mode="json") for c in own],
                "outcome": outcome,
            }
        )
        record["turns"].append(
            {
                "turn": number,
                "message": turn.message,
                "now": now.isoformat(),
                "shown": shown if turn.shown is not None else None,
                "ms": round((time.perf_counter() - t0) * 1000, 3),
                "result": result.model_dump(mode="json", exclude={"trace"}),
            }
        )
        return result
