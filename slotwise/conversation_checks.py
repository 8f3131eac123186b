"""The checks a conversation turn is scored by: the writer's `expect` against a turn result.

Shared by the blind-set benchmark (`benchmarks/conversations_eval.py`) and the training
conversations' validation (`slotwise.extractor.reader.conv_data`), so both read a
writer's expectation the same way:

- `intent` (the turn's goal), `goal_shift`, `outcome`: equal;
- `refers_to`: null and no reference; `{"shown_rank": r}`: the first reference picks
  rank r; `{"shown_start": "YYYY-MM-DDTHH:MM"}`: the first reference picks a shown
  proposal that starts then (the business's local time: "the 2pm one", whose rank the
  writer cannot know); `{"turn": k, "text": t}`: the first reference is to turn k on a
  span that overlaps t in turn k's message;
- `cancels`: null, or turn k and a span overlapping t;
- `holds` / `dropped`: as sets, matched by overlap: every expected text overlaps a
  constraint of ours from a turn whose message holds it, and every one of ours overlaps
  an expected text (a different cut of the same words counts; an extra or a missing
  constraint does not);
- `top` (when given): proposal 1 starts on that date, inside [from, to] and with one of
  the resources;
- `all` (when given): every proposal lies whole inside one of the windows (starts at or
  after `from`, ends by `to`, with one of its resources), as a message's `all`;
- `minutes` (when given): every proposal lasts that many minutes.

`all` and `minutes` say nothing of a turn without proposals (its `outcome` does).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo


def _occurrences(text: str, messages: dict[int, str]) -> list[tuple[int, int, int]]:
    out = []
    for k, msg in messages.items():
        start = msg.find(text)
        while start >= 0:
            out.append((k, start, start + len(text)))
            start = msg.find(text, start + 1)
    return out


def _hits(turn: int | None, span: Any, occ: list[tuple[int, int, int]]) -> bool:
    if turn is None or span is None:
        return False
    a, b = span
    return any(k == turn and a < e and s < b for k, s, e in occ)


def _set_match(
    expected: list[str], ours: list[tuple[int | None, Any]], msgs: dict[int, str]
) -> bool:
    occ = {t: _occurrences(t, msgs) for t in expected}
    if any(not occ[t] for t in expected):
        return False  # the writer's text is in no message: cannot be matched
    every_expected = all(any(_hits(k, s, occ[t]) for k, s in ours) for t in expected)
    every_ours = all(any(_hits(k, s, occ[t]) for t in expected) for k, s in ours)
    return every_expected and every_ours


def _ref_match(
    exp: dict[str, Any] | None, got: dict[str, Any] | None, msgs: dict[int, str], tz: ZoneInfo
) -> bool:
    if exp is None or got is None:
        return exp is None and got is None
    if "shown_rank" in exp:
        return got.get("shown_rank") == exp["shown_rank"]
    if "shown_start" in exp:
        shown = got.get("proposal")
        if got.get("shown_rank") is None or not shown:
            return False
        start = datetime.fromisoformat(shown["start"]).astimezone(tz)
        return start.strftime("%Y-%m-%dT%H:%M") == exp["shown_start"]
    return _hits(
        got.get("turn"),
        got.get("span"),
        _occurrences(exp["text"], {exp["turn"]: msgs.get(exp["turn"], "")}),
    )


def _top_match(windows: list[dict[str, Any]], result: dict[str, Any], tz: ZoneInfo) -> bool:
    if not result["proposals"]:
        return False
    p = result["proposals"][0]
    start = datetime.fromisoformat(p["start"]).astimezone(tz)
    for w in windows:
        if start.date().isoformat() != w["date"]:
            continue
        if not w.get("from", "00:00") <= start.strftime("%H:%M") <= w.get("to", "23:59"):
            continue
        if w.get("resources") and p["resource"] not in w["resources"]:
            continue
        return True
    return False


def _all_inside(windows: list[dict[str, Any]], result: dict[str, Any], tz: ZoneInfo) -> bool:
    for p in result["proposals"]:
        start = datetime.fromisoformat(p["start"]).astimezone(tz)
        end = datetime.fromisoformat(p["end"]).astimezone(tz)
        if not any(_holds(w, start, end, p["resource"]) for w in windows):
            return False
    return True


def _holds(w: dict[str, Any], start: datetime, end: datetime, resource: str) -> bool:
    """The visit [start, end) lies whole in window `w` (local times; "to" 24:00 is the
    day's end)."""
    day = date.fromisoformat(w["date"])
    lo = datetime.combine(day, time.fromisoformat(w.get("from", "00:00")), start.tzinfo)
    to = w.get("to", "24:00")
    hi = (
        datetime.combine(day + timedelta(days=1), time(0), start.tzinfo)
        if to == "24:00"
        else datetime.combine(day, time.fromisoformat(to), start.tzinfo)
    )
    return lo <= start and end <= hi and (not w.get("resources") or resource in w["resources"])


def _lasts(minutes: int, result: dict[str, Any]) -> bool:
    return all(
        datetime.fromisoformat(p["end"]) - datetime.fromisoformat(p["start"])
        == timedelta(minutes=minutes)
        for p in result["proposals"]
    )


def check_turn(
    expect: dict[str, Any], result: dict[str, Any], msgs: dict[int, str], tz: ZoneInfo
) -> dict[str, bool]:
    held = [
        (c.get("turn"), c.get("span"))
        for c in result["constraints"]
        if c.get("source") == "message"
    ]
    dropped = []
    for d in result["dropped"]:
        span = None
        for c in (msgs.get(d["turn"], ""),):
            if d.get("text") and d["text"] in c:
                start = c.find(d["text"])
                span = (start, start + len(d["text"]))
        dropped.append((d["turn"], span))
    refs = result["refers_to"]
    checks = {
        "intent": result["goal"] == expect["intent"],
        "goal_shift": result["goal_shift"] == expect["goal_shift"],
        "outcome": result["outcome"] == expect["outcome"],
        "refers_to": _ref_match(expect.get("refers_to"), refs[0] if refs else None, msgs, tz),
        "cancels": _ref_match(expect.get("cancels"), result["cancels"], msgs, tz),
        "holds": _set_match(expect.get("holds", []), held, msgs),
        "dropped": _set_match(expect.get("dropped", []), dropped, msgs),
    }
    if expect.get("top"):
        checks["top"] = _top_match(expect["top"], result, tz)
    if expect.get("all"):
        checks["all"] = _all_inside(expect["all"], result, tz)
    if expect.get("minutes"):
        checks["minutes"] = _lasts(expect["minutes"], result)
    return checks
