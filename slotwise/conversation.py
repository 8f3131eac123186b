"""Reading a turn against the conversation so far: goal, picks, corrections, "cancel that".

Each function here is pure: it takes the session's state (the goal of every earlier
turn, the constraints that hold with their turn of origin, what was shown) and this
turn's reading (the reader's intent and labelled constraints), and says what changes.

| step       | needs                                   | adds                               |
| ---------- | --------------------------------------- | ---------------------------------- |
| `pick`     | message, reading, what was shown        | the shown proposal a turn picks    |
| `goal`     | reader intent, previous goal, pick      | this turn's goal                   |
| `revise`   | held constraints, this turn's ones      | what holds now, what was dropped   |
| `give_way` | what holds, wishes whose drop lets fit  | the earlier wish that gives way    |
| `cancels`  | goal of each turn, held constraints     | the item a "cancel that" means     |

Two tables are words, in the way grounding's lexicon is: ordinals ("the second one")
and determiners ("the 3pm", "that Thursday slot"). Nothing else keys on words: what a
correction replaces follows from the reader's labels (retracted, exclude) and from the
sort of constraint (a day replaces a day, a time of day a time of day); what "cancel
that" means follows from the goal of each turn and what the turns are about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from slotwise.conversation_picks import described
from slotwise.conversation_rules import (
    DAY_SORT_DAYS,
    covers,
    day_part,
    hardens,
    left_to_anyone,
    lifts,
    nothing_to_move,
    rebounds,
    restates,
    said_with_day,
    time_part,
    weekday_with_time,
    widens,
)
from slotwise.schemas import Constraint, Part, Span

BOOKING_GOALS = frozenset({"book", "reschedule", "availability"})
# Below this intent confidence a booking-like turn continues the goal before it
# ("after 2" while looking at availability stays availability). Tuned on the dev half.
CONTINUE_BELOW = 0.98

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
    "middle": 0,  # of three (or five) shown: "the middle one"
}
_ORDINAL = re.compile(
    r"\b(?P<ord>" + "|".join(_ORDINALS) + r")\b(?P<noun>\s+(?:one|1|option|slot|choice|time))?",
    re.IGNORECASE,
)
_OPTION_NUMBER = re.compile(r"\b(?:option|slot|choice|number|no\.?|#)\s*(?P<n>[1-9])\b", re.I)
# "last" picks alone only where no noun follows: "the last please", "last works".
_LAST_ALONE = re.compile(r"\s*(?:$|[.,!?;:)]|(?:please|pls|plz|thanks|works|is|then)\b)", re.I)
_DETERMINER = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
# "first" after an object or a verb that ends a clause is an adverb: "talk to him first",
# "I'll check first", "do that first"
_ADVERB_BEFORE = re.compile(
    r"\b(?:him|her|them|me|us|you|u|it|that|this|myself|himself|herself|themselves|"
    r"check|ask|call|talk|think|see|sort|finish|pay|eat)\s+$",
    re.IGNORECASE,
)
# "the first visit", "my first time", "first thing": an ordinal of something else
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:one|ones|option|slot|choice|pls|please|plz|thanks|thx|ta|then|is|works|"
    r"for|if|again|and|or|but|i|im|we|ok|okay|sounds|looks|would|will|suits?|grand|good|"
    r"great|perfect|fine|proposed|suggested|offered|listed|shown|you|they|she|that|"
    r"which)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# "I need to check with my work first and then I will write again": first of two steps
_THEN_AFTER = re.compile(r"\s*(?:,|\band\b)\s*then\b", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|his|her|our|their|your|its|lol)\s+$", re.IGNORECASE)
# a turn that is only a number names the option: "2", "#1", "1 pls"
_BARE_RANK = re.compile(
    r"^\W*#?(?P<n>[1-9])\W*(?:pls|please|plz|thanks|thx|ta)?\W*$", re.IGNORECASE
)
_TOP = re.compile(r"\btop\s+(?:one|option|slot|choice)\b", re.IGNORECASE)
# "book the earliest", "whichever's soonest": the shown option that starts first (last)
_EXTREME = re.compile(
    r"\b(?:the|whichever(?:'s|\s+is)?)\s+(?P<which>earliest|soonest|latest)\b"
    r"(?!\s+(?:you|u|ya|there|in|on|at|possible|available|slot\s+on)\b)",
    re.IGNORECASE,
)
# "yes that one", "that one's fine", "yep that works": the option put first
_CONFIRM = re.compile(
    r"^\W*(?:yes|yep|yeah|ya|yup)\W*(?:please|pls|thanks|thank\s+you)?\W*$|"
    r"^\W*(?:(?:yes|yep|yeah|yea|ya|ok|okay|great|perfect)\W+)*(?:that|this)"
    r"(?:\s+one)?(?:'s|\s+is)?(?:\s+(?:works|fine|good|great|perfect))?"
    r"(?:\W+(?:thank\s+you|thanks|thx|ty|cheers|please|pls))*\W*$",
    re.IGNORECASE,
)
# "ok confirm that", "Yes please confirm.", "Book it, my name is ...", "ok book": the
# option put first, confirmed by a verb and nothing more about when
_CONFIRM_VERB = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|yea|ya|ok|okay|great|good|perfect)\W+)*(?:please\s+|pls\s+)?"
    r"(?:confirm(?:ed)?(?:\s+(?:that|it))?|book(?:\s+(?:it|that))?|go\s+ahead)\b"
    r"(?=\W*(?:$|,|\.|!|thank|thanks|thx|ty|cheers|please|pls))",
    re.IGNORECASE,
)
# "yes that one and actually put me on the schedule this time": a confirmation, then more
_CONFIRM_AND = re.compile(
    r"^\W*(?:yes|yep|yeah|ya|yup)\W+(?:that|this)\s+one\b(?=\s*(?:,|\band\b|\bbut\b))",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# a title or an abbreviation whose full stop does not end the sentence ("Dr. Moreau")
_ABBREV = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|approx|appt|vs|etc|no)\.$", re.I)


def _sentences(message: str) -> list[tuple[int, int]]:
    """The sentences of `message` as spans, not split after a title ("Dr. Singh")."""
    out: list[tuple[int, int]] = []
    glue = False
    for m in _SENTENCE.finditer(message):
        if not m.group().strip():
            continue
        if glue and out:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
        glue = _ABBREV.search(message, 0, out[-1][1]) is not None
    return out


@dataclass
class Held:
    """A constraint that holds, with the turn (from 1) whose message it came from."""

    constraint: Constraint
    turn: int

    def to_json(self) -> dict[str, Any]:
        return {"turn": self.turn, "constraint": self.constraint.model_dump(mode="json")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Held:
        return cls(Constraint.model_validate(data["constraint"]), int(data["turn"]))


@dataclass
class Pick:
    """A turn that picks a shown proposal: its rank as shown, and the words that did."""

    rank: int
    span: tuple[int, int]
    proposal: dict[str, Any]
    by_time: bool = False  # "the 3pm", "9am pls": a time the turn names, not a rank


@dataclass
class Revision:
    held: list[Held]
    dropped: list[tuple[Held, str]] = field(default_factory=list)  # (what, why)


def pick(
    message: str,
    constraints: list[Constraint],
    shown: list[dict[str, Any]],
    anyone: bool = False,
    mentioned: list[Constraint] | None = None,
) -> Pick | None:
    """ "the second one", "2nd one works", "book 3rd": an ordinal no larger than what was
    shown; "the 3pm", "that Thursday slot": a time after a determiner that matches
    exactly one shown proposal; "9am pls": a clock time the turn says alone (not with a
    provider left open: "he can't do half 10? ok whoever then", `anyone`).

    `mentioned`, when given, are those of `constraints` the turn names but asks nothing
    of (context labels): a clock time said alone picks only as one of them ("9am if
    theres one" is a wish), another time among them does not make an ordinal a date
    ("any of the 3 is fine, give me the first"), and when the turn asks for nothing
    itself they pick the option they describe together (`described`: "7pm one!")."""
    if not shown:
        return None

    def is_mention(c: Constraint) -> bool:
        return mentioned is not None and any(c is m for m in mentioned)

    # a time taken back ("forget the after 4 thing") names no option
    times = [c for c in constraints if c.span is not None and c.intervals and not c.retracted]
    for m in _ORDINAL.finditer(message):
        n = _ORDINALS[m.group("ord").lower()]
        noun = (m.group("noun") or "").strip().lower()
        if n == -1 and not ((noun and noun != "time") or _LAST_ALONE.match(message, m.end("ord"))):
            continue  # "she loved him last time", "last week": not the last option
        if n == 0 and not (noun and noun != "time" and len(shown) % 2):
            continue  # "the middle one" of an odd number shown; "in the middle of": none
        rank = len(shown) if n == -1 else (len(shown) + 1) // 2 if n == 0 else n
        if not 1 <= rank <= len(shown):
            continue
        if not noun and (
            _ADVERB_BEFORE.search(message, 0, m.start())
            or _NOUN_AFTER.match(message, m.end())
            or _THEN_AFTER.match(message, m.end())
        ):
            continue  # "talk to him first", "the first visit", "first thing": not an option
        if _POSSESSIVE_BEFORE.search(message, 0, m.start()) or (
            noun == "time" and _NOUN_AFTER.match(message, m.end())
        ):
            continue  # "my first time", "she did my last one", "first time getting a massage"
        inside = [c for c in times if c.span and c.span[0] <= m.start() < c.span[1]]
        others = [c for c in times if c not in inside and not is_mention(c)]
        # "the 1st" is also a date: an ordinal is a pick when it names an option
        # ("first one") or nothing else in the turn names a time
        if m.group("noun") or not others:
            return Pick(rank, (m.start(), m.end()), shown[rank - 1])
    m2 = _OPTION_NUMBER.search(message)
    if m2 and 1 <= int(m2.group("n")) <= len(shown):
        rank = int(m2.group("n"))
        return Pick(rank, (m2.start(), m2.end()), shown[rank - 1])
    m3 = _TOP.search(message)
    if m3:
        return Pick(1, (m3.start(), m3.end()), shown[0])
    wishes = [c for c in times if c.kind != "exclude"]
    m4 = _EXTREME.search(message)
    if m4 and not wishes:
        key = lambda p: datetime.fromisoformat(str(p["start"]))  # noqa: E731
        latest = m4.group("which").lower() == "latest"
        best = max(shown, key=key) if latest else min(shown, key=key)
        return Pick(_rank(shown, best), (m4.start(), m4.end()), best)
    for c in times:
        assert c.span is not None
        if c.kind == "exclude":
            continue
        hits = [p for p in shown if _starts_inside(p, c)]
        clock = all(s.end - s.start <= timedelta(hours=1) for s in c.intervals)
        if len(hits) > 1 and clock:  # "the 3pm" among 3:00 and 3:15: the one on the hour
            hits = [p for p in hits if _starts_at(p, c)]
        if len({str(p["start"]) for p in hits}) == 1:
            hits = hits[:1]  # "the 6pm one" shown with two providers: the first shown
        determiner = _DETERMINER.search(message[: c.span[0]])
        # without "the"/"that", a clock time is a pick only when it is all the turn names
        # ("9am pls", "10 is fine") and one shown option starts exactly then
        alone = clock and len(constraints) == 1 and not anyone
        alone = alone and (mentioned is None or is_mention(c))
        if len(hits) == 1 and (determiner or (alone and _starts_at(hits[0], c))):
            return Pick(_rank(shown, hits[0]), c.span, hits[0], by_time=True)
    asks = [c for c in constraints if not c.retracted and not is_mention(c)]
    if mentioned and not asks and not anyone:
        k = described(mentioned, shown)  # "7pm one!", "oh tonight?? yes 6 pls"
        if k is not None:
            said = next(c for c in mentioned if c.intervals)
            assert said.span is not None
            return Pick(_rank(shown, shown[k]), said.span, shown[k], by_time=True)
    bare = _BARE_RANK.match(message)
    if bare and 1 <= int(bare.group("n")) <= len(shown):  # "2", "#1": the option's number
        rank = int(bare.group("n"))
        return Pick(rank, (bare.start("n"), bare.end("n")), shown[rank - 1])
    m5 = _CONFIRM.search(message) or _CONFIRM_AND.search(message) or _CONFIRM_VERB.search(message)
    if m5 and not wishes:
        return Pick(1, (m5.start(), m5.end()), shown[0])
    return None


def _rank(shown: list[dict[str, Any]], p: dict[str, Any]) -> int:
    return int(p.get("rank", shown.index(p) + 1))


def _starts_at(proposal: dict[str, Any], c: Constraint) -> bool:
    start = datetime.fromisoformat(str(proposal["start"]))
    return any(s.start == start for s in c.intervals)


def _starts_inside(proposal: dict[str, Any], c: Constraint) -> bool:
    start = datetime.fromisoformat(str(proposal["start"]))
    return any(s.start <= start < s.end for s in c.intervals)


def goal(
    intent: str,
    confidence: float,
    previous: str | None,
    picked: bool,
    own: bool,
    searching: str | None = None,
    booked: bool = True,
) -> str:
    """This turn's goal. A pick continues the booking it picks in (`searching`: the goal
    of the latest turn that asked for slots, questions in between or not; after
    availability it books); a booking-like turn the reader is unsure of continues the
    goal before it, and so does a fragment it is unsure of that names a slot ("w the
    vet", "fri is better"). A move the reader is unsure of, while a search goes on and
    nothing is `booked` in the conversation (`nothing_to_move`), continues the search."""
    if nothing_to_move(intent, booked, previous, searching, confidence >= CONTINUE_BELOW):
        intent = str(searching)  # "hmm actually any day this week after 5 works"
    if picked and intent != "cancel":
        for before in (previous, searching):
            if before in {"book", "reschedule"}:
                return before
        return "book"
    if previous == "reschedule" and intent == "book" and own:
        return previous  # "wednesday would be best" while moving a booking: still the move
    if (
        intent in {"book", "availability", "other"}
        and previous in BOOKING_GOALS
        and previous != intent
        and own
        and confidence < CONTINUE_BELOW
    ):
        return previous
    return intent


def sort_of(c: Constraint | Part) -> str:
    """``"resource"``, ``"day"`` (names days: "Thursday", "next week", "tmrw 3pm") or
    ``"time"`` (a time of day or bound over every day: "mornings", "after 2")."""
    if c.resources and not c.intervals:
        return "resource"
    if not c.intervals:
        return "other"
    return "day" if _few_days(c.intervals) else "time"


def _few_days(spans: list[Span]) -> bool:
    first = min(s.start for s in spans)
    last = max(s.end for s in spans)
    return last - first <= timedelta(days=DAY_SORT_DAYS)


def said_sort(c: Constraint | Part) -> str:
    """The sort of what the words say: a time of day that grounding set on one day from
    the conversation ("11ish" in "sun w daniel, 11ish", "after 4" in "later that day")
    is a ``"time"``, though its intervals lie within a day; otherwise `sort_of`."""
    sort = sort_of(c)
    if sort == "day" and isinstance(c, Constraint) and _on_day(c):
        return "time"
    return sort


def _on_day(c: Constraint) -> bool:
    """`c` is a time of day read on one day: a narrower of a day ("Next Tuesday, has to
    be before 9"), or a time whose widest grounded reading spreads over every day."""
    if not _within_days(c):
        return False
    widest = max(c.alternatives, key=lambda a: len(a.intervals), default=None)
    return bool(c.modifies) or bool(widest and widest.intervals and not _few_days(widest.intervals))


def _overlap(a: Constraint | Part, b: Constraint | Part) -> bool:
    return _spans_meet(a.intervals, b.intervals)


def _spans_meet(xs: list[Span], ys: list[Span]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in xs for y in ys)


def _same_words(a: Constraint | Part, b: Constraint | Part) -> bool:
    def words(c: Constraint | Part) -> str:
        return re.sub(r"[^a-z0-9]+", " ", (c.text or "").lower()).strip()

    return bool(words(a)) and (words(a) in words(b) or words(b) in words(a))


def revise(
    held: list[Held],
    new: list[Constraint],
    turn: int,
    moving: bool,
    anyone: bool = False,
    tz: tzinfo | None = None,
) -> Revision:
    """What holds after this turn's constraints are applied to what held before.

    - a retracted label ("not Wednesday" in "Thursday, not Wednesday") drops the earlier
      constraint it takes back (same days, or the same words) and holds nothing itself;
    - an exclusion that rules out all of an earlier wish takes that wish back, and holds
      itself ("can't do tmrw after all": tomorrow stays ruled out);
    - a list held as one constraint ("Thursday 10th or Friday 11th", with its `parts`)
      loses only the items a turn takes back, rules out, or passes over by firmly naming
      another item ("wed at 7" after "tmrw or wed"); the rest holds in its own words;
    - a firm wish that cannot hold with an earlier wish of the same sort (two different
      days, two times of day that never meet, two providers) replaces it; so does any
      new one of the same sort when the turn moves a booking (`moving`: a reschedule of
      what was booked), unless the earlier one holds the new one ("this week", then
      "move that to friday"); a firm time of day that never meets the time said of a
      day replaces that time and keeps the day ("saturday, after 2", then "morning then");
    - a time of day said for a day ("sun w daniel, 11ish") is a time (`said_sort`): a
      new day does not take it back; when its day goes, it holds on every day ("next
      sun instead": 11 on the new Sunday);
    - a day and a time of day said together (`said_with_day`: "saturday, between 2 and
      5") come apart: when a whole other day replaces its day or its day is ruled out,
      the time holds on every day ("next saturday": 2 to 5 then); when the time is taken
      back ("mornings dont matter" after "this wknd, mornings"), the days hold (in `tz`);
      when the day alone is taken back ("not next Wednesday" after "next Wednesday,
      around 4"), the time holds on every day;
    - a time said for weekdays of every week ("ideally on Mondays. at 8") moves to the
      other weekdays a firm wish names ("I meant Tuesdays"; `_follows_days`);
    - "whoever is free" (`anyone`: the choice of provider left to the engine) takes back
      the providers wished for before ("ok whoever then") and a soft wish to avoid one
      ("ideally not with kai"), not a firm one ("anyone but Ben");
    - everything else is added, and nothing else is touched.
    """
    out = list(held)
    dropped: list[tuple[Held, str]] = []

    def drop(h: Held, why: str) -> None:
        if h in out:
            out.remove(h)
            dropped.append((h, why))

    def narrow(h: Held, gone: list[Part], why: str) -> None:
        """Take `gone`, some of a list's items, back and keep the rest of the list."""
        if h not in out or not gone or len(gone) == len(h.constraint.parts):
            drop(h, why)
            return
        rest = [p for p in h.constraint.parts if p not in gone]
        out[out.index(h)] = _of_parts(h, rest)
        dropped.append((_of_parts(h, gone), why))

    def keep_part(h: Held, part: Constraint, why: str) -> None:
        """Take `h` back and hold one part of it in its place, under its words."""
        if h in out:
            out[out.index(h)] = Held(part, h.turn)
            dropped.append((h, why))

    def taken_back(old: Constraint | Part, c: Constraint) -> bool:
        return bool(
            (c.intervals and _overlap(old, c) and said_sort(old) == said_sort(c))
            or (c.resources and set(c.resources) & set(old.resources))
            or _same_words(old, c)
        )

    # a turn that says a time of its own ("the week after. same time") carries no time
    # of a day it moves away from
    timed = any(
        not c.retracted and c.kind != "exclude" and (said_sort(c) == "time" or _within_days(c))
        for c in new
    )
    keep: list[Constraint] = []
    for c in new:
        if c.retracted:
            meant = [
                h
                for h in out
                if (
                    taken_back(h.constraint, c) or any(taken_back(p, c) for p in h.constraint.parts)
                )
                and not (
                    h.constraint.kind == c.kind == "exclude" and not _names_item(h.constraint, c)
                )
            ]
            # what it names, not a wider wish that holds it ("next week ... Thursday the
            # 4th in the afternoon", then "not Thursday the 4th": next week stays)
            named = [h for h in meant if _names(c, h.constraint)]
            anchors = {(h.turn, h.constraint.id) for h in named}
            named += [h for h in meant if (h.turn, h.constraint.modifies) in anchors]
            for h in named or meant:
                if said_with_day(h.constraint) and said_sort(c) == "time":
                    keep_part(h, day_part(h.constraint, tz), "retracted")  # "mornings dont matter"
                    continue
                if said_with_day(h.constraint) and _day_only(c) and not timed:
                    # "I meant this Wednesday, not next Wednesday" after "next Wednesday,
                    # around 4": the day goes, the time said with it stays
                    keep_part(h, time_part(h.constraint, tz), "retracted")
                    continue
                narrow(h, [p for p in h.constraint.parts if taken_back(p, c)], "retracted")
            continue
        if c.kind == "exclude":
            c = _in_week_of(c, out)  # "not Thursday" after "next week": that week's
            for h in [h for h in out if h.constraint.kind != "exclude"]:
                if said_sort(h.constraint) == "time" and (
                    said_sort(c) != "time" or not _within_days(c)
                ):
                    # "11ish" when its Sunday is out, "after half 3" (said of this
                    # Friday) when Fridays are out: it moves with the day
                    continue
                if (
                    _rules_out(c, h.constraint)
                    and said_with_day(h.constraint)
                    and sort_of(c) == "day"
                ):
                    keep_part(h, time_part(h.constraint, tz), "ruled out")  # "not tuesday"
                elif _rules_out(c, h.constraint):
                    drop(h, "ruled out")
                elif parts := [p for p in h.constraint.parts if _rules_out(c, p)]:
                    narrow(h, parts, "ruled out")  # "Thursday is out" of "Thursday or Friday"
        keep.append(c)
    keep = [_in_week_of(c, out) for c in keep]
    for k, c in enumerate(list(keep)):
        if c.kind == "exclude":
            continue
        sort = said_sort(c)
        for h in list(out):
            old = h.constraint
            if h.turn != turn and lifts(c, old):  # "the 24th is fine" after "not the 24th"
                drop(h, "lifted")
                continue
            if old.kind == "exclude" or h.turn == turn:
                continue
            if rebounds(old, c) or restates(old, c) or widens(old, c) or _hardens(h, c, held):
                drop(h, "replaced")  # "after 4" after "after 6"; "has to be" after "ideally"
                continue
            if said_sort(old) != sort:
                # "morning then" after "Saturday, has to be after 2": a time of day that
                # never meets the one said of a day replaces it (the day stays)
                if (
                    sort == "time"
                    and c.strength == "hard"
                    and said_sort(old) == "day"
                    and not _overlap(old, c)
                    and _within_days(old)
                    and "bound" not in (c.rule or "")
                ):
                    if said_with_day(old):
                        # "morning not afternoon" after "Saturday, afternoon": the day
                        # stays in its own words, the new time holds on it
                        keep_part(h, day_part(old, tz), "replaced")
                        continue
                    # "ok and 6pm?" after "today at 7pm": 6pm that day
                    drop(h, "replaced")
                    days = {s.start.date() for s in old.intervals}
                    same = [s for s in c.intervals if s.start.date() in days]
                    if same:
                        aims = [t for t in c.targets if t.date() in days]
                        c = c.model_copy(update={"intervals": same, "targets": aims})
                        keep[k] = c
                elif (
                    sort == "day"
                    and (c.strength == "hard" or moving)
                    and said_sort(old) == "time"
                    and _within_days(c)
                    and not _overlap(_unanchored(h).constraint, c)
                ):
                    drop(h, "replaced")  # "the afternoon same day" after "mornings are better"
                elif other_days(old, c):
                    drop(h, "replaced")  # "what about Saturday?" after "on a Friday at all?"
                continue
            clash = (
                c.strength == "hard"
                and sort in {"day", "time", "resource"}
                and not (
                    _overlap(old, c)
                    if sort in {"day", "time"}
                    else set(old.resources) & set(c.resources)
                )
            )
            met = [p for p in old.parts if _overlap(p, c) or set(p.resources) & set(c.resources)]
            # "after 6 only", then "any time after 4 is fine": a firm wish that holds an
            # earlier one of its sort and more loosens it, which holding both would undo
            looser = c.strength == "hard" and not old.parts and _loosens(c, old)
            if clash and (moved := _follows_days(h, c)) is not None:
                # "ideally on Mondays. It needs to be at 8", then "I meant Tuesdays": other
                # days of the week, and the time said for them holds on those
                out[out.index(h)] = moved
            elif clash and sort == "day" and said_with_day(old) and not timed:
                keep_part(
                    h, time_part(old, tz), "replaced"
                )  # "next saturday" after "saturday, 2 to 5"
            elif clash or looser or (moving and not covers(old, c)):
                drop(h, "replaced")
            elif c.strength == "hard" and met and len(met) < len(old.parts):
                # "wed at 7" after "tmrw or wed": the list comes down to what the turn names
                narrow(h, [p for p in old.parts if p not in met], "replaced")
    if anyone:
        for h in [h for h in out if sort_of(h.constraint) == "resource"]:
            if left_to_anyone(h.constraint):
                drop(h, "replaced")
    out.extend(Held(c, turn) for c in keep)
    return Revision(_move_times(out, dropped), dropped)


def give_way(held: list[Held], turn: int, freed: set[str]) -> tuple[Held, Held | None] | None:
    """The earlier wish that gives way to this turn's when nothing fits them together,
    and what stays of it.

    This turn holds a firm wish, and exactly one earlier firm wish is in `freed` (the
    wishes whose dropping alone lets slots fit) and says what one of this turn's wishes
    says (`_aspect`: days, a time of day, a provider) or never meets one of its firm
    wishes: "before 3:30" (none open), then "what about starting at 3?": 3:00; "a weekday
    arvo" (none), then "what about sunday then": Sunday. A new day alone leaves an
    earlier time of day as it was ("evenings? friday specifically", then "next friday
    then?": still evenings). A time that gives way keeps the days said with it ("after
    5pm any weekday", then "k do 4pm then": any weekday, at 4)."""
    new = [h.constraint for h in held if h.turn == turn and h.constraint.kind != "exclude"]
    firm = [c for c in new if _firm(c)]

    def yields(old: Constraint) -> bool:
        return any(_aspect(old) == _aspect(c) for c in new) or any(
            c.intervals and old.intervals and not _overlap(old, c) for c in firm
        )

    earlier = [
        h
        for h in held
        if h.turn < turn
        and _firm(h.constraint)
        and h.constraint.id in freed
        and yields(h.constraint)
    ]
    if not firm or len(earlier) != 1:
        return None
    gone = earlier[0]
    old = gone.constraint
    if _aspect(old) == "time" and all(_aspect(c) == "time" for c in new) and _some_days(old):
        days = sorted({s.start.date() for s in old.intervals})
        whole = [_span_of_day(d, old.intervals[0].start.tzinfo) for d in days]
        update = {"intervals": whole, "alternatives": [], "targets": [], "modifies": None}
        return gone, Held(old.model_copy(update=update), gone.turn)
    return gone, None


def _aspect(c: Constraint) -> str:
    """What a wish says: ``"resource"``, ``"time"`` (a time of day, on one day or many:
    "after 2", "tues 4pm"), ``"days"`` (whole days: "Wednesday", "next week") or
    ``"other"`` ("the soonest": an order, no provider)."""
    if not c.intervals:
        return "resource" if c.resources else "other"
    return "time" if _within_days(c) else "days"


def _some_days(c: Constraint) -> bool:
    """`c` holds on some days of its stretch only ("after 5pm any weekday")."""
    dates = {s.start.date() for s in c.intervals}
    first, last = min(dates), max(dates)
    return len(dates) < (last - first).days + 1


def _span_of_day(day: date, tz: Any) -> Span:
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return Span(start=start, end=start + timedelta(days=1))


def _hardens(h: Held, c: Constraint, held: list[Held]) -> bool:
    """`c` says firmly what `h` wished softly (`hardens`), and `h` was no alternative
    among others of its sort from its turn ("Thursday, otherwise Friday", then "Friday
    then": the choice comes down to Friday, said first; it is not replaced)."""
    sort = sort_of(h.constraint)
    return hardens(h.constraint, c) and not any(
        o.turn == h.turn
        and o is not h
        and sort_of(o.constraint) == sort
        and o.constraint.kind != "exclude"
        for o in held
    )


def _follows_days(h: Held, c: Constraint) -> Held | None:
    """`h`, a time of day grounded on some days of every week ("at 8" said of "ideally on
    Mondays"), read over every day once `c`, a firm wish for other whole days of the week
    ("Tuesdays", "wednesdays instead"), asks for days it never met: the time moves with
    the booking to the new days. None when `h` is no such time, or meets `c` no better
    read so."""
    old = h.constraint
    if _aspect(old) != "time" or _aspect(c) != "days" or sort_of(c) != "time":
        return None
    moved = _unanchored(h)
    return moved if _overlap(moved.constraint, c) else None


def other_days(old: Constraint, c: Constraint) -> bool:
    """`c`, a firm wish for a few whole days, never meets `old`, a wish for some days of
    every week ("is he around on a Friday at all?", then "what about Saturday?";
    "weekends", then "could I do next Monday?"; not "starting next week", every day from
    then on): other days, in place of those."""
    return (
        c.strength == "hard"
        and sort_of(c) == "day"
        and _aspect(c) == "days"
        and sort_of(old) == "time"
        and _aspect(old) == "days"
        and _some_days(old)
        and not _overlap(old, c)
    )


def _firm(c: Constraint) -> bool:
    return c.kind == "require" and c.strength == "hard" and c.span is not None


def _move_times(out: list[Held], dropped: list[tuple[Held, str]]) -> list[Held]:
    """A time of day said for a day holds on every day once its day is gone: its anchor
    ("Next Tuesday, has to be before 9") was dropped, or the day it was read on was
    taken back ("today, by 9", then "ok then tomorrow") or ruled out ("this sunday is
    out")."""
    kept = {(h.turn, h.constraint.id) for h in out}
    gone_ids = {(h.turn, h.constraint.id) for h, _ in dropped} - kept
    gone_days = [
        h.constraint
        for h, _ in dropped
        if h.constraint.kind != "exclude" and said_sort(h.constraint) == "day"
    ]
    days = [
        h.constraint
        for h in out
        if h.constraint.kind != "exclude" and said_sort(h.constraint) == "day"
    ]
    closed = [h.constraint for h in out if h.constraint.kind == "exclude"]

    def day_gone(c: Constraint) -> bool:
        if c.modifies:
            return False  # a narrower follows its own anchor (above)
        return any(covers(x, c) for x in closed) or (
            any(covers(d, c) for d in gone_days) and not any(covers(d, c) for d in days)
        )

    moved = []
    for h in out:
        c = h.constraint
        if (h.turn, c.modifies) in gone_ids or (
            c.kind != "exclude" and said_sort(c) == "time" and _within_days(c) and day_gone(c)
        ):
            h = _unanchored(h)
        moved.append(h)
    return moved


def _names(c: Constraint, old: Constraint) -> bool:
    """The retraction `c` says `old`: the same words, or it holds `old` (or one of its
    items), or `old` holds it on no other days ("any evening", then "forget evenings";
    not "next week", then "not Thursday the 4th")."""
    if _same_words(old, c) or covers(c, old) or any(covers(c, p) for p in old.parts):
        return True
    days = {s.start.date() for s in c.intervals}
    return covers(old, c) and {s.start.date() for s in old.intervals} <= days


def _loosens(c: Constraint, old: Constraint) -> bool:
    """`c` moves one edge of `old` outwards and keeps the other ("before 10" -> "before
    11", "after 6" -> "after 4"); not a bound around a time ("11ish", "not before 10")."""
    if not old.intervals or covers(old, c):
        return False
    return all(
        any(
            i.start <= o.start and o.end <= i.end and (i.start == o.start or i.end == o.end)
            for i in c.intervals
        )
        for o in old.intervals
    )


def _names_item(old: Constraint, c: Constraint) -> bool:
    """`c` is said in the words of `old` or of one of its items ("not fri" of "can't do
    mon or fri")."""
    return _same_words(old, c) or any(_same_words(p, c) for p in old.parts)


def _day_only(c: Constraint) -> bool:
    """`c` names whole days and no time of day ("not next Wednesday")."""
    return sort_of(c) == "day" and not _within_days(c) and _aspect(c) == "days"


def _within_days(c: Constraint) -> bool:
    """`c` names days and a time on each ("today at 7pm", "tues morning"), not whole days."""
    return bool(c.intervals) and all(s.end - s.start < timedelta(hours=20) for s in c.intervals)


def _rules_out(c: Constraint, old: Constraint | Part) -> bool:
    """The exclusion `c` leaves nothing of `old`: every moment, or every provider."""
    return covers(c, old) or bool(c.resources and set(c.resources) >= set(old.resources) > set())


def _of_parts(h: Held, parts: list[Part]) -> Held:
    """`h` cut down to some of its list's items: their words (from the first item's start
    to the last one's end, in the same message), moments and providers."""
    c = h.constraint
    assert c.span is not None and c.text is not None
    a, b = parts[0].span[0], parts[-1].span[1]
    intervals = sorted((s for p in parts for s in p.intervals), key=lambda s: (s.start, s.end))
    cut = {
        "text": c.text[a - c.span[0] : b - c.span[0]],
        "span": (a, b),
        "intervals": intervals,
        "targets": [t for t in c.targets if any(s.start <= t < s.end for s in intervals)],
        "resources": list(dict.fromkeys(r for p in parts for r in p.resources)),
        "parts": parts if len(parts) > 1 else [],
    }
    return Held(c.model_copy(update=cut), h.turn)


def _unanchored(h: Held) -> Held:
    """A narrower whose day was taken back ("Wednesday, nothing before 2pm", then "Thursday,
    not Wednesday") keeps holding, read over every day (its widest grounded reading)."""
    c = h.constraint
    widest = max(c.alternatives, key=lambda a: len(a.intervals), default=None)
    if widest is None or len(widest.intervals) <= len(c.intervals):
        return Held(c.model_copy(update={"modifies": None}), h.turn)
    # "around 11" aims at 11 on each of its days now
    clocks = sorted({t.timetz() for t in c.targets})
    aims = [
        aim
        for s in widest.intervals
        for clock in clocks
        if s.start <= (aim := datetime.combine(s.start.date(), clock)) < s.end
    ]
    update = {"modifies": None, "intervals": widest.intervals, "targets": aims}
    return Held(c.model_copy(update=update), h.turn)


def _in_week_of(c: Constraint, held: list[Held]) -> Constraint:
    """A bare weekday ("Thursday if you can", "not Thursday"), also with a time of day
    ("sat morning"), after an earlier turn chose the days ("next week") is that week's
    weekday: shifted by whole weeks into the held days, if it fits."""
    # "neg_prefix+weekday" ("not Thursday"), "weekday+neg_suffix" ("Thursday is not
    # possible"): a weekday and its negation, nothing that names a date
    # ... or a list of them ("Tuesday and Wednesday are not possible": "weekday+weekday")
    parts = [p for p in (c.rule or "").split("+") if not p.startswith("neg_")]
    if not parts or not parts[0].startswith("weekday") or sort_of(c) != "day":
        return c
    with_time = weekday_with_time(c)
    if any(p != "weekday" for p in parts[1:]) and not with_time:
        return c  # ... or one with a time of day ("sat morning")
    days = [
        h.constraint
        for h in held
        if h.constraint.kind != "exclude" and sort_of(h.constraint) == "day"
    ]
    if with_time:
        # "sat morning" moves into a week chosen, not onto a time asked for on a day
        # ("next week Wednesday evening", then "Wednesday evening the week after")
        days = [d for d in days if not _within_days(d)]
    if not days or any(_overlap(c, d) for d in days if d.intervals):
        return c
    # each day of the list moves by whole weeks into the held days, if it can
    spans, aims = [], []
    for s in c.intervals:
        for weeks in range(5):
            step = timedelta(days=7 * weeks)
            moved = s.model_copy(update={"start": s.start + step, "end": s.end + step})
            if any(_spans_meet([moved], d.intervals) for d in days):
                spans.append(moved)
                aims += [t + step for t in c.targets if s.start <= t < s.end]  # "sat at 4"
                break
        else:
            return c
    update = {"intervals": sorted(spans, key=lambda s: s.start), "targets": sorted(aims)}
    return c.model_copy(update=update)


def item_span(
    message: str, constraints: list[Constraint], asks: Callable[[str], float] | None = None
) -> tuple[int, int]:
    """What a turn is about, as a span of its message: the sentences that hold its
    constraints; else the sentence that most asks for something (`asks`: the reader's
    probability that a sentence is a request to book or get something, not a question
    about it: "I want to order the blue ones" among "how much are they?"); else the
    first sentence."""
    spans = [c.span for c in constraints if c.span is not None]
    sentences = _sentences(message)
    if spans:
        a, b = min(s[0] for s in spans), max(s[1] for s in spans)
        # the request they belong to: the whole sentence(s), "can I get my nails done
        # Monday, half two", not only the time words ...
        inside = [s for s in sentences if s[0] < b and a < s[1]]
        if inside:
            # ... from the sentence that asks, when it comes first ("Can I book an eye
            # exam for my mom? ... Thursday would be ideal")
            before = [s for s in sentences if s[1] <= inside[0][0] and _words(message, s) > 2]
            if asks is not None and before:
                ask = max(before + inside[:1], key=lambda s: asks(message[s[0] : s[1]]))
                inside = [ask, *inside]
            a, b = _trim(message, inside[0][0], inside[-1][1])
        return a, b
    if not sentences:
        return 0, len(message)
    # a sentence of one or two words ("Morning.", "Hi there!") asks for nothing
    full = [s for s in sentences if _words(message, s) > 2] or sentences
    a, b = full[0]
    if asks is not None and len(full) > 1:
        # on a tie, the question over its preface ("Hi, I have two questions. First, do
        # you review lease agreements?")
        a, b = max(full, key=lambda s: (asks(message[s[0] : s[1]]), _asked(message, s)))
    return _trim(message, a, b)


def _asked(message: str, s: tuple[int, int]) -> bool:
    return message[s[0] : s[1]].rstrip().endswith("?")


def _words(message: str, s: tuple[int, int]) -> int:
    return len(message[s[0] : s[1]].split())


def _trim(message: str, a: int, b: int) -> tuple[int, int]:
    while a < b and message[a].isspace():
        a += 1
    while b > a and message[b - 1] in " \t.!?,":
        b -= 1
    return a, b


def _trailing(turns: list[dict[str, Any]], goals: set[str]) -> list[dict[str, Any]]:
    """The run of turns at the end of `turns` whose goals are in `goals`, first first."""
    k = len(turns)
    while k > 0 and turns[k - 1]["goal"] in goals:
        k -= 1
    return turns[k:]


def asked_turn(turns: list[dict[str, Any]]) -> int | None:
    """The first turn of the latest run of availability questions, questions about other
    things after it aside ("whats open saturday", "after 3?", "no show policy?")."""
    rest = turns[: len(turns) - len(_trailing(turns, {"other"}))]
    run = _trailing(rest, {"availability"})
    return run[0]["turn"] if run else None


def cancel_target(
    turns: list[dict[str, Any]],
    held: list[Held],
    mentioned: list[Constraint],
    booking_turn: int | None,
    asks: Callable[[str], float] | None = None,
) -> tuple[int, int, int] | None:
    """(turn, start, end) of what "cancel that" means.

    1. what the cancelling turn names itself ("cancel the Wednesday appointment", also
       in a reason: "he has a match tomorrow evening, cancel that"): the held wish with
       the same days or words, and the request it belongs to (`item_span`);
    2. else the booking the conversation established (from the turn whose goal first
       became a booking, not the pick or the move after it): questions asked after
       it are asides, not items;
    3. else, when nothing was booked, the availability question the latest questions
       follow ("whats open saturday", "anything w luis after 3", "no show policy?",
       "cancel that": the first turn of that run of availability turns);
    4. else the item the latest run of questions is about: its first turn (pricing,
       then specs, then a comparison are all about turn one's item);
    5. else the turn before.
    `turns`: earlier turns as ``{"turn", "message", "goal", "constraints"}``.
    """
    for c in mentioned:
        # an exclusion books nothing: "can't have the kids this week" names no item
        # among "this week" and "not today or tomorrow"
        for h in [h for h in reversed(held) if h.constraint.kind != "exclude"]:
            old = h.constraint
            if (c.intervals and _overlap(old, c) and sort_of(old) == sort_of(c)) or _same_words(
                old, c
            ):
                assert old.span is not None
                msg = next((t["message"] for t in turns if t["turn"] == h.turn), None)
                if msg is None:
                    return h.turn, old.span[0], old.span[1]
                # the request it belongs to, from the sentence that asks ("can I book a
                # trial lesson for Cian? tomorrow ... after 5")
                a, b = item_span(msg, [old], asks)
                return h.turn, a, b
    if not turns:
        return None
    topic = next((t["turn"] for t in _trailing(turns, {"other"})), None)
    # the availability question the questions after it were about
    asked = asked_turn(turns)
    chosen = booking_turn or asked or topic or turns[-1]["turn"]
    t = next(t for t in turns if t["turn"] == chosen)
    own = [Constraint.model_validate(c) for c in t.get("constraints", [])]
    a, b = item_span(t["message"], own, asks)
    return chosen, a, b
