"""A web request form pasted as text: its fields, its tick boxes, and the time said of
each date it asks for.

Booking sites send their forms on as plain text, one field a line:

    Preferred date: 5/28
    Alternate date: 6/1
    Preferred time: [x] Early AM (8-10) [ ] Midday [ ] Late afternoon
    Comments: can't be there before 9 after all, make it 9:30

| what | reads |
| --- | --- |
| a line `Label: value` (or `Label? value`), two or more of them | a form; the label names the field |
| `[x]`, `[X]`, `[✓]`, `☑`, `☒`, `✔` right before an option | ticked: the customer chose it |
| `[ ]`, `[]`, `☐` right before an option | unticked: an option the form offered, no wish (`TimeMention.unticked`) |
| a date field (`Preferred date`, `Alternate date`, `Date`, `Days that work`) | the dates the customer asks for |
| a time with no day of its own, in the time field or the comments | said of each date the date fields give (not of the last one only), unless the form has a time field per date (`Alternate time:`) |

An unticked option never lends its day to a time ("[ ] Fri  Time: [x] Morning" is no
Friday morning). A date said in the comments keeps a time said after it to itself
("Comments: we meant 06/01. Afternoon still.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from slotwise.extractor.grounding.symbolic import SymbolicMention

# A field's line: a short label, then ":" or "?", then its value.
_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Za-z][\w /()&'’.-]{0,38}?)[ \t]*[:?][ \t]*", re.M)
_TICKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|[☑☒✔✅])\s*$")
_UNTICKED = re.compile(r"(?:\[\s*\]|☐)\s*$")
# The labels of the fields that ask for a date or a day (a closing date, a due date or a
# date of birth is no wish).
_DATE_LABEL = re.compile(
    r"(?:(?:preferred|alternate|alternative|requested|desired|backup|back-up|1st|2nd|first|"
    r"second|third|other|best|appointment|inspection|service|visit)\s+(?:choice\s+)?)?"
    r"(?:date|day)s?(?:\s*\(s\))?(?:\s+(?:that\s+)?(?:work|suit)s?(?:\s+best)?)?"
    r"|(?:which|what)\s+days?(?:\s+(?:work|suit)s?)?(?:\s+(?:best|for\s+you))?"
    r"|days?\s+available|availability",
    re.I,
)
_TIME_LABEL = re.compile(
    r"(?:(?:preferred|alternate|alternative|requested|desired|backup|1st|2nd|first|second|"
    r"best|arrival)\s+)?(?:time|times|time\s+of\s+day|time\s+window|window)(?:\s*\(s\))?",
    re.I,
)
_SECOND_TIME_LABEL = re.compile(
    r"(?:alternate|alternative|backup|2nd|second)\s+(?:time|times|time\s+window|window)", re.I
)


@lru_cache(maxsize=64)
def fields(text: str) -> tuple[tuple[str, int, int], ...]:
    """The form's fields as (label, value start, value end), in order; () when fewer than
    two lines read as fields (a message, not a form). Cached: grounding asks it of one
    text for each mention and each dashed number."""
    found = tuple(
        (m.group("label").strip(), m.end(), _line_end(text, m.end())) for m in _FIELD.finditer(text)
    )
    return found if len(found) >= 2 else ()


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def field_at(form: tuple[tuple[str, int, int], ...], pos: int) -> str | None:
    """The label of the field whose value holds `pos`, None outside the form's fields."""
    for label, start, end in form:
        if start <= pos <= end:
            return label
    return None


def ticked(text: str, start: int) -> bool | None:
    """True after a ticked box, False after an unticked one, None with no box before."""
    before = text[max(0, start - 6) : start]
    if _UNTICKED.search(before):
        return False
    if _TICKED.search(before):
        return True
    return None


def unticked(text: str, sm: SymbolicMention) -> bool:
    """The mention is an option of the form left unticked ("[ ] Sat", "[ ] Afternoon")."""
    return ticked(text, sm.start) is False


def dates_asked(text: str, mentions: list[SymbolicMention], anchor: int) -> list[int]:
    """The dated mentions of the form's date fields, when a time with no day of its own
    that would narrow mention `anchor` is said of each of them: `anchor` in a date field,
    the form with one time field at most, and two or more ticked or unboxed dates."""
    form = fields(text)
    if not form or _label_of(form, mentions[anchor].start, _DATE_LABEL) is None:
        return []
    if sum(1 for label, _, _ in form if _SECOND_TIME_LABEL.fullmatch(label)) > 0:
        return []  # "Alternate time: 2:00": each date has its own time
    asked = [
        j
        for j, m in enumerate(mentions)
        if m.sym.has_date
        and not m.sym.negated
        and not m.sym.bound
        and not unticked(text, m)
        and _label_of(form, m.start, _DATE_LABEL) is not None
    ]
    return asked if len(asked) > 1 and anchor in asked else []


def said_in_form(text: str, start: int) -> bool:
    """The words at `start` are in a time field or a field of free words (comments, notes)
    of a form, not in a date field."""
    form = fields(text)
    label = field_at(form, start) if form else None
    return label is not None and _DATE_LABEL.fullmatch(label) is None


def _label_of(
    form: tuple[tuple[str, int, int], ...], pos: int, kind: re.Pattern[str]
) -> str | None:
    label = field_at(form, pos)
    return label if label is not None and kind.fullmatch(label) else None


def date_field_value(text: str, pos: int) -> bool:
    """`pos` is at the start of a date field's value ("DATE: 6-3"), or after "if not" /
    "then" in a form's notes ("IF NOT 6-3 THEN 6-4"): a form's own way to write a date."""
    form = fields(text)
    if not form:
        return False
    for label, start, end in form:
        if not start <= pos <= end:
            continue
        if _DATE_LABEL.fullmatch(label):
            return not text[start:pos].strip()
        return (
            _NOTES_LABEL.fullmatch(label) is not None
            and _DATE_CUE.search(text, max(start, pos - 12), pos) is not None
        )
    return False


# A field of free words, and the words before a date written the form's way in it.
_NOTES_LABEL = re.compile(r"notes?|comments?|remarks?|message|details|other", re.I)
_DATE_CUE = re.compile(r"(?<![\w])(?:if\s+not|not|then|or|on|to|from)\s+$", re.I)


def time_field_value(text: str, pos: int) -> bool:
    """`pos` starts the value of a form's time field, or one of its boxed options ("TIME:
    AM", "Time: [x] AM [ ] PM"): a short word there ("AM", "eve") is the part of the day."""
    form = fields(text)
    label = field_at(form, pos) if form else None
    if label is None or _TIME_LABEL.fullmatch(label) is None:
        return False
    start = next(s for lab, s, e in form if lab == label and s <= pos <= e)
    return ticked(text, pos) is not None or not text[start:pos].strip()
