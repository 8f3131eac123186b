"""The writers' kit: each writer's business calendar, and a format check they may run.

Writers (helper sessions that write labelled messages) get a calendar file made here and
the brief in `briefs.json`. They may run two things, neither of which shows what the
product makes of a message:

    python -m slotwise.extractor.model.data.writers.kit slots CAL.json   # open slots
    python -m slotwise.extractor.model.data.writers.kit check FILE.jsonl CAL.json
    python -m slotwise.extractor.model.data.writers.kit check-conv FILE.jsonl CAL.json

`check` only checks the format (valid JSON, known fields and values, spans that are exact
substrings, windows that name real dates and resources). The product's validation
(grounding + solver under the writer's labels) is `validate.py`, run by the lead.

The lead stores a writer's finished file in one step (the format check against the
writer's calendar in the repository, then `wNN.jsonl.gz` / `cNN.jsonl.gz` written
reproducibly beside it, `files.py`); a file with problems is refused, line by line, and
a stored file is replaced only when asked:

    python -m slotwise.extractor.model.data.writers.kit add wNN.jsonl [--cal CAL] [--replace]
    python -m slotwise.extractor.model.data.writers.kit add-conv cNN.jsonl [--cal CAL] [--replace]

The calendar is the folder's `cal_<id>.json` (make_kit); `--cal` gives it where the
folder has none yet, and it is copied there with the writer's file.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from slotwise.extractor.model.data.writers.files import (
    CONVERSATIONS,
    STORED,
    WRITERS,
    compress,
    raw,
    sha256,
    text,
    writer_files,
    writer_id,
)

INTENTS = {"book", "reschedule", "cancel", "availability", "other"}
KINDS = {"require", "prefer", "exclude", "context"}
TYPES = {"time", "resource", "duration"}
OUTCOMES = {"proposals", "clarification", "none"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def make_calendar(spec: dict, seed: int) -> dict:
    """A request skeleton: now, zone, default length, resources with 3 weeks of open time.

    spec: {"now": "YYYY-MM-DDTHH:MM", "timezone": ..., "duration_minutes": n,
           "resources": [{"id", "name", "days": "mon-fri" | "tue,thu,sat", "hours": "9-17"}]}
    About one open day in twelve is closed at random (holiday, sick day, fully booked).
    """
    rng = random.Random(seed)
    zone = ZoneInfo(spec["timezone"])
    now = datetime.fromisoformat(spec["now"]).replace(tzinfo=zone)
    start_day = now.date()
    resources = []
    closed: dict[str, list[str]] = {}
    for res in spec["resources"]:
        days = _days(res["days"])
        h0, h1 = (float(x) for x in res["hours"].split("-"))
        opens = []
        for k in range(0, 22):
            d = start_day + timedelta(days=k)
            if DAYS[d.weekday()] not in days:
                continue
            if k > 0 and rng.random() < 1 / 12:
                closed.setdefault(res["id"], []).append(d.isoformat())
                continue
            a = datetime.combine(d, _hm(h0), zone)
            b = datetime.combine(d, _hm(h1), zone)
            if b <= now:
                continue
            a = max(a, now.replace(second=0, microsecond=0))
            opens.append({"start": a.isoformat(), "end": b.isoformat()})
        resources.append({"id": res["id"], "name": res["name"], "open": opens})
    return {
        "business": spec["business"],
        "now": now.isoformat(),
        "timezone": spec["timezone"],
        "duration_minutes": spec["duration_minutes"],
        "resources": resources,
        "closed_days": closed,
        "hours": {r["id"]: f"{r['days']} {r['hours']}" for r in spec["resources"]},
    }


def _days(text: str) -> set[str]:
    """ "mon-fri", "tue,thu,sat", or a range across the weekend ("sun-thu": Sunday to
    Thursday, a week that starts on Sunday)."""
    if "-" in text:
        a, b = text.split("-")
        i, j = DAYS.index(a), DAYS.index(b)
        return {DAYS[(i + k) % 7] for k in range((j - i) % 7 + 1)}
    days = set(text.split(","))
    if days - set(DAYS):
        raise ValueError(f"days {text!r}: unknown day {sorted(days - set(DAYS))[0]!r}")
    return days


def _hm(h: float) -> time:
    return time(int(h), round((h % 1) * 60))


def slots(cal: dict) -> str:
    """Open time per resource per day, as a person would read a diary."""
    lines = [
        f"{cal['business']} - now is {cal['now']} ({cal['timezone']}), "
        f"default visit {cal['duration_minutes']} min"
    ]
    for r in cal["resources"]:
        lines.append(f"\n{r['name']} (id {r['id']}), usual hours {cal['hours'][r['id']]}:")
        for iv in r["open"]:
            a, b = datetime.fromisoformat(iv["start"]), datetime.fromisoformat(iv["end"])
            lines.append(f"  {a:%a %Y-%m-%d} {a:%H:%M}-{b:%H:%M}")
        for d in cal["closed_days"].get(r["id"], []):
            lines.append(f"  (closed {date.fromisoformat(d):%a %Y-%m-%d})")
    return "\n".join(lines)


def check_line(obj: dict, cal: dict) -> list[str]:
    """Format problems of one written example ([] when it is well-formed)."""
    errs: list[str] = []
    allowed = {"id", "message", "intent", "spans", "expect", "phenomena", "note"}
    for k in obj:
        if k not in allowed:
            errs.append(f"unknown field {k!r}")
    msg = obj.get("message")
    if not isinstance(msg, str) or not msg.strip():
        return [*errs, "message must be a non-empty string"]
    if obj.get("intent") not in INTENTS:
        errs.append(f"intent must be one of {sorted(INTENTS)}")
    texts = []
    for n, sp in enumerate(obj.get("spans", [])):
        where = f"spans[{n}]"
        extra = set(sp) - {
            "text",
            "nth",
            "type",
            "kind",
            "strength",
            "retracted",
            "modifies",
            "choice",
        }
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        t = sp.get("text")
        nth = sp.get("nth", 1)
        if not isinstance(t, str) or not t:
            errs.append(f"{where}.text must be a non-empty string")
            continue
        if msg.count(t) < nth:
            errs.append(f"{where}.text {t!r} occurs {msg.count(t)} times in the message, nth={nth}")
        texts.append(t)
        if sp.get("type") not in TYPES:
            errs.append(f"{where}.type must be one of {sorted(TYPES)}")
        if sp.get("kind") not in KINDS:
            errs.append(f"{where}.kind must be one of {sorted(KINDS)}")
        if sp.get("strength") not in {"hard", "soft"}:
            errs.append(f"{where}.strength must be hard or soft")
        if not isinstance(sp.get("retracted", False), bool):
            errs.append(f"{where}.retracted must be true or false")
        if sp.get("choice") not in (None, 1, 2):
            errs.append(f"{where}.choice must be 1, 2 or absent")
    for n, sp in enumerate(obj.get("spans", [])):
        m = sp.get("modifies")
        if m is not None and m not in texts:
            errs.append(f"spans[{n}].modifies {m!r} is not the text of another span")
    exp = obj.get("expect")
    if not isinstance(exp, dict) or exp.get("outcome") not in OUTCOMES:
        return [*errs, f"expect.outcome must be one of {sorted(OUTCOMES)}"]
    ids = {r["id"] for r in cal["resources"]}
    for key in ("top", "all"):
        for n, w in enumerate(exp.get(key, []) or []):
            where = f"expect.{key}[{n}]"
            try:
                date.fromisoformat(w["date"])
            except (KeyError, TypeError, ValueError):
                errs.append(f"{where}.date must be YYYY-MM-DD")
            for hk in ("from", "to"):
                if hk in w and not _is_hm(w[hk]):
                    errs.append(f"{where}.{hk} must be HH:MM (24:00 allowed for 'to')")
            for rid in w.get("resources", []) or []:
                if rid not in ids:
                    errs.append(f"{where}.resources: unknown id {rid!r}")
            extra = set(w) - {"date", "from", "to", "resources"}
            if extra:
                errs.append(f"{where}: unknown fields {sorted(extra)}")
    if exp["outcome"] == "proposals" and not exp.get("top"):
        errs.append("expect.top must list at least one window when outcome is proposals")
    if exp["outcome"] != "proposals" and (exp.get("top") or exp.get("all")):
        errs.append("expect.top/all only make sense when outcome is proposals")
    if "minutes" in exp and not (isinstance(exp["minutes"], int) and 5 <= exp["minutes"] <= 1440):
        errs.append("expect.minutes must be an integer 5..1440")
    extra = set(exp) - {"outcome", "top", "all", "minutes"}
    if extra:
        errs.append(f"expect: unknown fields {sorted(extra)}")
    return errs


TURN_EXPECT = {
    "intent",
    "goal_shift",
    "outcome",
    "refers_to",
    "cancels",
    "holds",
    "dropped",
    "top",
    "all",
    "minutes",
}


def check_conversation(obj: dict, cal: dict) -> list[str]:
    """Format problems of one written conversation (see the conversations' CONV_GUIDE.md):
    each turn is checked as a message (its `expect.intent` is the turn's label), and its
    session expectations name texts of this or earlier turns."""
    errs: list[str] = []
    extra = set(obj) - {"id", "turns", "phenomena", "note"}
    if extra:
        errs.append(f"unknown fields {sorted(extra)}")
    turns = obj.get("turns")
    if not isinstance(turns, list) or not turns:
        return [*errs, "turns must be a non-empty list"]
    msgs: list[str] = []
    for k, turn in enumerate(turns, start=1):
        where = f"turns[{k - 1}]"
        if not isinstance(turn, dict):
            errs.append(f"{where} must be an object")
            continue
        extra = set(turn) - {"message", "minutes_later", "spans", "expect", "note"}
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        exp = turn.get("expect")
        if not isinstance(exp, dict):
            errs.append(f"{where}.expect must be an object")
            continue
        msg = turn.get("message")
        msgs.append(msg if isinstance(msg, str) else "")
        ml = turn.get("minutes_later", 0)
        if not isinstance(ml, int) or ml < 0:
            errs.append(f"{where}.minutes_later must be a whole number >= 0")
        as_message = {
            "message": msg,
            "intent": exp.get("intent"),
            "spans": turn.get("spans", []),
            "expect": {key: exp[key] for key in ("outcome", "top", "all", "minutes") if key in exp},
        }
        errs += [
            f"{where}: {e}"
            for e in check_line(as_message, cal)
            if not e.startswith("expect.top must list")  # optional on a turn
        ]
        extra = set(exp) - TURN_EXPECT
        if extra:
            errs.append(f"{where}.expect: unknown fields {sorted(extra)}")
        if not isinstance(exp.get("goal_shift"), bool):
            errs.append(f"{where}.expect.goal_shift must be true or false")
        elif k == 1 and exp["goal_shift"]:
            errs.append(f"{where}.expect.goal_shift must be false on the first turn")
        for key in ("holds", "dropped"):
            texts = exp.get(key)
            if not isinstance(texts, list):
                errs.append(f"{where}.expect.{key} must be a list of texts")
                continue
            for t in texts:
                if not isinstance(t, str) or not any(t in m for m in msgs):
                    errs.append(f"{where}.expect.{key}: {t!r} is in no message so far")
        for key in ("refers_to", "cancels"):
            ref = exp.get(key)
            if ref is None:
                continue
            if key == "refers_to" and isinstance(ref, dict) and set(ref) == {"shown_rank"}:
                if ref["shown_rank"] not in (1, 2, 3):
                    errs.append(f"{where}.expect.refers_to.shown_rank must be 1, 2 or 3")
                continue
            if key == "refers_to" and isinstance(ref, dict) and set(ref) == {"shown_start"}:
                errs += [f"{where}.expect.refers_to.{e}" for e in _shown_start(ref, cal)]
                if not any(isinstance(t, dict) and _showed(t) for t in turns[: k - 1]):
                    errs.append(
                        f"{where}.expect.refers_to.shown_start: no earlier turn showed options"
                    )
                continue
            if not isinstance(ref, dict) or set(ref) != {"turn", "text"}:
                shape = "{turn, text}"
                if key == "refers_to":
                    shape += ", {shown_rank} or {shown_start}"
                errs.append(f"{where}.expect.{key} must be null or {shape}")
                continue
            t = ref["turn"]
            if not isinstance(t, int) or not 1 <= t <= k or ref["text"] not in msgs[t - 1]:
                errs.append(f"{where}.expect.{key}: {ref['text']!r} is not in turn {t}")
    return errs


def _showed(turn: dict) -> bool:
    exp = turn.get("expect")
    return isinstance(exp, dict) and exp.get("outcome") == "proposals"


def _shown_start(ref: dict, cal: dict) -> list[str]:
    """Problems of a pick named by the start of the option shown ("the 2pm one"):
    `"YYYY-MM-DDTHH:MM"`, the business's local time, inside some resource's open time."""
    v = ref["shown_start"]
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", v):
        return ["shown_start must be YYYY-MM-DDTHH:MM (the shown option's local start)"]
    try:
        start = datetime.fromisoformat(v).replace(tzinfo=ZoneInfo(cal["timezone"]))
    except ValueError:
        return [f"shown_start {v!r} is not a real date and time"]
    for r in cal["resources"]:
        for iv in r["open"]:
            if datetime.fromisoformat(iv["start"]) <= start < datetime.fromisoformat(iv["end"]):
                return []
    return [f"shown_start {v!r} is in no open time of the calendar (run kit slots)"]


def _is_hm(v: object) -> bool:
    if not isinstance(v, str) or len(v) != 5 or v[2] != ":":
        return False
    h, m = v[:2], v[3:]
    return h.isdigit() and m.isdigit() and int(h) <= 24 and int(m) < 60


def _check_file(path: Path, check: Callable[[dict], list[str]]) -> tuple[list[dict], int, int]:
    """Each line of `path` through `check`, problems printed by line: (objects read,
    lines, lines with problems)."""
    objs: list[dict] = []
    bad = n = 0
    for ln, line in enumerate(text(path).splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"line {ln}: not JSON: {e}")
            bad += 1
            continue
        objs.append(obj)
        errs = check(obj) if isinstance(obj, dict) else ["not a JSON object"]
        for problem in errs:
            print(f"line {ln}: {problem}")
        bad += bool(errs)
    return objs, n, bad


def add(
    path: Path,
    conversations: bool,
    folder: Path | None = None,
    replace: bool = False,
    cal_path: Path | None = None,
) -> int:
    """Store a writer's file (`wNN.jsonl`, or `cNN.jsonl` when `conversations`) in its
    folder as `<id>.jsonl.gz`, the bytes as written, once the format check against the
    writer's calendar finds no problem. The calendar is the folder's `cal_<id>.json`;
    `cal_path` gives it where the folder has none yet (it is copied there, as training
    reads it there) or must equal the folder's. Exit status: 0 stored (or already stored,
    the same rows), 1 refused, 2 not a writer's file or no calendar."""
    prefix = "c" if conversations else "w"
    folder = folder or (CONVERSATIONS if conversations else WRITERS)
    wid = writer_id(path) if path.name.endswith((".jsonl", STORED)) else ""
    if not re.fullmatch(prefix + r"\d+", wid):
        print(f"{path.name}: not a {prefix}NN.jsonl file")
        return 2
    cal_file = folder / f"cal_{wid}.json"
    if cal_path is None and not cal_file.exists():
        print(f"no calendar {cal_file}: give the writer's with --cal, or run make_kit")
        return 2
    if cal_path is not None and cal_file.exists() and cal_file.read_text() != cal_path.read_text():
        print(f"{cal_path} is not the calendar {cal_file} already holds: not added")
        return 1
    cal = json.loads((cal_path or cal_file).read_text())
    try:
        if conversations:
            _, n, bad = _check_file(path, lambda o: check_conversation(o, cal))
        else:
            _, n, bad = _check_file(path, lambda o: check_line(o, cal))
    except UnicodeDecodeError as e:
        print(f"{path}: not UTF-8 text ({e})")
        return 1
    if bad or not n:
        print(f"{n} lines, {bad} with problems: {path.name} not added")
        return 1
    target = folder / f"{wid}{STORED}"
    stored = compress(raw(path))
    there = [f for f in writer_files(folder, prefix) if writer_id(f) == wid]
    if there == [target] and raw(target) == raw(path):
        print(f"{target} already holds these rows: nothing to do")
        return 0
    if there and not replace:
        print(f"{there[0]} exists and differs: not replaced (--replace to replace it)")
        return 1
    for old in there:
        old.unlink()
    if not cal_file.exists():
        cal_file.write_text((cal_path or cal_file).read_text())
        print(f"calendar copied to {cal_file}")
    target.write_bytes(stored)
    print(f"{n} lines checked, stored as {target} (rows sha256 {sha256(target)})")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "slots":
        print(slots(json.loads(Path(argv[1]).read_text())))
        return 0
    if len(argv) >= 2 and argv[0] in ("add", "add-conv"):
        rest = argv[2:]
        cal = Path(rest[rest.index("--cal") + 1]) if "--cal" in rest[:-1] else None
        return add(Path(argv[1]), argv[0] == "add-conv", replace="--replace" in rest, cal_path=cal)
    if len(argv) >= 3 and argv[0] in ("check", "check-conv"):
        cal = json.loads(Path(argv[2]).read_text())
        if argv[0] == "check":
            _, n, bad = _check_file(Path(argv[1]), lambda o: check_line(o, cal))
            print(f"{n} lines, {bad} with problems")
        else:
            objs, n, bad = _check_file(Path(argv[1]), lambda o: check_conversation(o, cal))
            turns = sum(len(o.get("turns") or []) for o in objs if isinstance(o, dict))
            print(f"{n} conversations ({turns} turns), {bad} with problems")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
