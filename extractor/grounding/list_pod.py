"""A part of the day said right after a list of days: "sunday or monday night", "sat or
sun eve", "tue or wed lunch".

Some words for a part of the day are also ordinary words ("night", "eve", "lunch",
"pm"), so alone they are weak and dropped without a context word (`compose.keep_strong`).
Said straight after the last of a list of days they are that list's part of the day:
`compose._list_then_time` keeps such a time its own mention, read over the whole list,
so the day before it no longer vouches for it; the list does, and this says so.
"""

from __future__ import annotations

from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom


def said_of_list(text: str, last_day: Atom, time: Atom) -> Atom:
    """`time` made strong when it is a weak part of the day written straight after the
    last day of a list ("monday night" in "sunday or monday night"); else `time`."""
    s = time.sym
    if not time.weak or s is None or s.tod is None or s.tod.kind != "pod":
        return time
    if text[last_day.end : time.start].strip():
        return time  # "sat or sun, night is best": not said of the list's last day
    return replace(time, weak=False)
