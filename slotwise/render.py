"""A result in words a receptionist can read: ``slotwise schedule --format text``.

    render_text(result, request)            plain text (a pipe, a file, a log)
    render_rich(result, request, console)   the same answer as rich tables (a terminal)

What a person at the desk needs, in the request's time zone and with the resources'
names: for proposals, each slot with its resource, what it meets and what it gives up;
for a clarification, the question, the conflict and what each relaxation would offer;
for outcome ``none``, what the message was understood to be (the intent and what it
names: a cancellation's target, the day a question is about). `rich` is imported only
when a terminal asks for it, so piping the CLI stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slotwise.schemas import (
    Constraint,
    InterpretResult,
    Proposal,
    ScheduleRequest,
    ScheduleResult,
)

_INTENT_WORDS = {
    "book": "a booking",
    "reschedule": "a move of an existing booking",
    "cancel": "a cancellation",
    "availability": "a question about availability",
    "other": "not a booking (a question or a remark)",
}


@dataclass(frozen=True)
class _Row:
    """One proposal in words: rank, when, with whom, what it meets and gives up."""

    rank: str
    when: str
    resource: str
    meets: str
    gives_up: str


def when(start: datetime, end: datetime, request: ScheduleRequest) -> str:
    """ "Tue 24 Nov 09:00–09:30" in the request's time zone (dates on both ends when
    the slot spans midnight)."""
    a, b = start.astimezone(request.tz), end.astimezone(request.tz)
    head = f"{a:%a} {a.day} {a:%b} {a:%H:%M}"
    if a.date() == b.date():
        return f"{head}–{b:%H:%M}"
    return f"{head} – {b:%a} {b.day} {b:%b} {b:%H:%M}"


def _names(request: ScheduleRequest) -> dict[str, str]:
    return {r.id: r.name or r.id for r in request.resources}


def _said(c: Constraint) -> str:
    """How a constraint reads to a person: the words of the message, else its label/id."""
    if c.text and c.source == "message":
        return f"“{c.text}”"
    return c.label or c.text or c.id


def _constraint_line(c: Constraint) -> str:
    role = {
        ("require", "hard"): "must",
        ("exclude", "hard"): "must not",
        ("prefer", "soft"): "would like",
        ("require", "soft"): "would like",
        ("exclude", "soft"): "would rather not",
        ("prefer", "hard"): "must",
    }[(c.kind, c.strength)]
    extra = f" (means {c.label})" if c.label and c.source == "message" and c.label != c.text else ""
    if c.relaxed:
        extra += " (read as a wish: as a must it left no slot)"
    if c.retracted:
        role = "took back"
    return f"{c.id}: {role} {_said(c)}{extra}"


def _rows(proposals: list[Proposal], result: InterpretResult, req: ScheduleRequest) -> list[_Row]:
    by_id = {c.id: c for c in result.constraints}
    names = _names(req)

    def words(ids: list[str]) -> str:
        return ", ".join(_said(by_id[i]) if i in by_id else i for i in ids) or "—"

    return [
        _Row(
            rank=str(p.rank),
            when=when(p.start, p.end, req),
            resource=" + ".join(names.get(r, r) for r in (p.resources or [p.resource])),
            meets=words(p.satisfied),
            gives_up=words(p.violated),
        )
        for p in proposals
    ]


def _understood(result: InterpretResult) -> list[str]:
    lines = [f"Understood: {_INTENT_WORDS[result.intent.name]} ({result.intent.confidence:.0%})"]
    lines += [f"  {_constraint_line(c)}" for c in result.constraints]
    for m in result.mentions:
        what = m.label or m.resource or m.type
        lines.append(f"  mentions “{m.text}” ({what})")
    return lines


def render_text(result: InterpretResult, request: ScheduleRequest) -> str:
    """The answer as plain lines of text."""
    lines = _understood(result)
    if isinstance(result, ScheduleResult):
        if result.outcome == "none":
            lines.append("No slot asked for: route this message by its intent.")
            if result.understood:
                lines.append(f"  {result.understood}")
        elif result.outcome == "proposals":
            lines.append(f"Proposals ({len(result.proposals)}):")
            for row in _rows(result.proposals, result, request):
                lines.append(f"  {row.rank}. {row.when} with {row.resource}")
                lines.append(f"     meets: {row.meets}")
                if row.gives_up != "—":
                    lines.append(f"     gives up: {row.gives_up}")
        elif result.clarification is not None:
            clar = result.clarification
            lines.append(f"Ask: {clar.question}")
            lines.append("Conflict: " + ", ".join(f"{c.id} “{c.text}”" for c in clar.conflicts))
            for rel in clar.relaxations:
                lines.append(f"  Without {', '.join(rel.drop)}:")
                for row in _rows(rel.proposals, result, request):
                    lines.append(f"    {row.rank}. {row.when} with {row.resource}")
                if not rel.proposals:
                    lines.append("    still no slot")
    lines += [f"Note: {w}" for w in result.warnings]
    return "\n".join(lines)


def render_rich(result: InterpretResult, request: ScheduleRequest, console: Any) -> None:
    """The answer as rich tables on `console` (a `rich.console.Console`)."""
    from rich.table import Table

    for line in _understood(result):
        console.print(line, markup=False, highlight=False)
    if not isinstance(result, ScheduleResult):
        return
    if result.outcome == "none":
        console.print("No slot asked for: route this message by its intent.", style="bold")
    elif result.outcome == "proposals":
        table = Table(title="Proposals", show_lines=False)
        for col in ("#", "when", "with", "meets", "gives up"):
            table.add_column(col, overflow="fold")
        for row in _rows(result.proposals, result, request):
            table.add_row(row.rank, row.when, row.resource, row.meets, row.gives_up)
        console.print(table)
    elif result.clarification is not None:
        clar = result.clarification
        console.print(f"Ask: {clar.question}", style="bold", markup=False)
        table = Table(title="If the customer gives up…")
        for col in ("drop", "#", "when", "with"):
            table.add_column(col, overflow="fold")
        by_id = {c.id: c for c in result.constraints}
        for rel in clar.relaxations:
            dropped = ", ".join(_said(by_id[i]) if i in by_id else i for i in rel.drop)
            rows = _rows(rel.proposals, result, request) or [_Row("", "no slot", "", "", "")]
            for n, row in enumerate(rows):
                table.add_row(dropped if n == 0 else "", row.rank, row.when, row.resource)
        console.print(table)
    for w in result.warnings:
        console.print(f"Note: {w}", style="dim", markup=False)
