"""A weekday and a bare number that is its date: "Monday 12 at 11", "Tuesday 6 in the
morning", "Thursday 8, in the afternoon".

The rules read "Monday 12" as Monday at 12 (`weekday` + `bare_number`), as a writer
often means it ("tues 2 pls"). When the next date numbered so falls on that very weekday
(the 12th is a Monday) and a time of day comes with it, the number is the date and
the time of day is the other words: "Monday 12 at 11" is 11:00 on Monday the 12th, not
noon on the nearest Monday beside a second time.

Said alone ("on Mon 7 back a week", "Thursday 10?", "tuesday 8, but in the morning"),
the number is the date too when that date is one of the next two weeks and the weekday
is spelt out or said after "on" / "of": a writer who names a day of this fortnight by
its weekday and date means the date. The clock reading stays for texting's shorthand
("wed 9 is great", "thurs 10"), where the date is farther off ("Monday 7", said two
weeks before the 7th), where a time word follows ("Friday 7 pm", "Monday 7 sharp",
"Tuesday 8ish", "Monday 7 tonight"), or where another hour is offered beside it
("Thursday 10 or 10:30", "Monday 7 to 10").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, SymbolicMention, TodSpec

# The weekday and its number: "Monday 12", "tues 6", "Thursday the 8".
_NUMBER = re.compile(r"\b[a-z.]+\s+(?:the\s+)?(\d{1,2})\b", re.I)
# The part of the day said after the number: "in the morning", ", in the afternoon".
_POD = re.compile(
    r"[\s,]*(?:in\s+the\s+|this\s+|that\s+)?("
    + "|".join(re.escape(w) for w in sorted(lx.POD_WORDS, key=len, reverse=True) if w.isalpha())
    + r")\W*$",
    re.I,
)
# Between the weekday's number and the clock said of it: "Monday 12 at 11", "Monday 5,
# 9am" (the clock's own "at" is in the next mention).
_TO_CLOCK = re.compile(r"\s*,?\s*(?:(?:at|@)\s+)?(?:(?:exactly|around|about)\s+)?", re.I)


def _next_dated(n: int, today: date) -> date | None:
    """The next date numbered `n` from `today` (today's included), in the next two months."""
    first = today.replace(day=1)
    for k in range(3):
        month = (first + timedelta(days=32 * k)).replace(day=1)
        try:
            d = month.replace(day=n)
        except ValueError:
            continue
        if d >= today:
            return d
    return None


def weekday_day_numbers(
    text: str, mentions: list[SymbolicMention], today: date
) -> list[SymbolicMention]:
    """Each "weekday N" + a time of day whose next N-th falls on that weekday, read as
    that date with the time of day said after it (see the module's docstring); and each
    such "weekday N" listed beside one read so ("Tuesday 6 in the morning, or if not
    Wednesday 7"; "I cannot Monday 5, Tuesday 6": two such coincidences are dates)."""
    mentions = _number_split_off(text, mentions, today)
    out = list(mentions)
    dated: dict[int, tuple[int, TodSpec | None, bool]] = {}  # i -> (n, tod, read alone)
    for i, sm in enumerate(mentions):
        found = _date_number(text, sm, today)
        if found is None:
            continue
        n, rest = found
        new_tod: TodSpec | None = None
        tail = sm.rules[sm.rules.index("bare_number") + 1 :]
        if tail == ["part_of_day"] and (p := _POD.fullmatch(rest)):
            new_tod = TodSpec("pod", pod=lx.POD_WORDS[p.group(1).lower()])
            dated[i] = (n, new_tod, True)
        elif not tail and not rest.strip():
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            alone = nxt is not None and _clock_after(text, sm, nxt)
            dated[i] = (n, None, alone or _said_as_date(text, sm, nxt, n, today))
    keep = {i for i, (_, _, alone) in dated.items() if alone}
    keep |= _beside_dated_weekday(text, mentions, dated, today)
    for i in sorted(dated):  # a list of them: each beside another
        for j in (i - 1, i + 1):
            if j in dated and _LISTED.fullmatch(
                text, mentions[min(i, j)].end, mentions[max(i, j)].start
            ):
                keep |= {i, j}
    for i in sorted(keep):
        sm, (n, new_tod, _) = mentions[i], dated[i]
        assert sm.sym.day is not None
        dom = DaySpec("dom", n=n, weekday=sm.sym.day.n)
        out[i] = replace(
            sm,
            sym=replace(sm.sym, day=dom, tod=new_tod),
            rules=[
                *sm.rules[: sm.rules.index("weekday")],
                "weekday_day_number",
                *sm.rules[sm.rules.index("bare_number") + 1 :],
            ],
        )
        for j in range(i + 1, len(out)):
            out[j] = _moved_from(out[j], sm, out[i].sym)
    return out


def _moved_from(later: SymbolicMention, said: SymbolicMention, dated: Sym) -> SymbolicMention:
    """ "my appt on Mon 7 back a week": a move of the day said, read (in `antecedents`)
    before its number was known to be the date, moves the date, not the hour."""
    s, old = later.sym, said.sym
    if not later.ref or not said.start <= later.ref[0] < said.end or s.day is None:
        return later
    if s.day.kind != "shift" or s.day.base != old.day or s.tod != old.tod:
        return later
    return replace(later, sym=replace(s, day=replace(s.day, base=dated.day), tod=dated.tod))


# How far ahead a weekday's date said alone may fall: this week and the next.
_ALONE_DAYS = 13
# The weekday's word before its number, and an "on" / "of" before it: a weekday spelt
# out ("Thursday 10", as a date is written) or said after "on" ("my appt on Mon 7") is
# a date's; texting's "wed 9", "thurs 10" is the hour.
_WEEKDAY_WORD = re.compile(r"([a-z]+)\.?\s+(?:the\s+)?\d", re.I)
_ON_BEFORE = re.compile(r"\b(?:on|of)\s+$", re.I)
# A time word after the number: it is an hour ("fri 7 pm", "mon 7 sharp", "tues 8ish").
_TIME_WORD = re.compile(
    r"\s*(?:-?ish\b|o'?\s?clock\b|sharp\b|on\s+the\s+dot\b|[ap]\.?\s?m\b|hrs?\b|h\b"
    r"|tonight\b|tonite\b|(?:that|this)\s+(?:night|evening)\b)",
    re.I,
)
# Another hour offered beside it: "thurs 10 or 10:30", "Monday 7 to 10", "tue 1, 2 or 3".
_HOUR_BESIDE = re.compile(r"\s*(?:or|to|till|til|until|-|–|/|,|&|and)\s*(?:maybe\s+)?$", re.I)
_NUMBER_BESIDE = re.compile(r"\s*(?:or|to|till|til|until|-|–|/|,|&|and)\s*(?:maybe\s+)?\d", re.I)


def _said_as_date(
    text: str, sm: SymbolicMention, nxt: SymbolicMention | None, n: int, today: date
) -> bool:
    """ "Mon 7" said alone is the 7th when that Monday is one of the next two weeks and
    nothing after it says an hour (see the module's docstring)."""
    d = _next_dated(n, today)
    if d is None or (d - today).days > _ALONE_DAYS:
        return False
    word = _WEEKDAY_WORD.search(text, sm.start, sm.end)
    spelt = word is not None and word.group(1).lower().endswith("y")
    if not spelt and not _ON_BEFORE.search(text, max(0, sm.start - 8), sm.start):
        return False  # "wed 9 is great": texting's weekday and hour
    if _TIME_WORD.match(text, sm.end) or _NUMBER_BESIDE.match(text, sm.end):
        return False
    if nxt is not None and _HOUR_BESIDE.fullmatch(text, sm.end, nxt.start):
        s = nxt.sym
        if s.tod is not None and s.tod.kind == "clock" and not s.has_date:
            return False
    return True


# How far a weekday's date may be from the weekday dated elsewhere in the message that
# makes it a date too: the same fortnight ("Wed 31? ... Thu 1?", "Fri 12 or Sat 13").
_BESIDE_DAYS = 13


def _beside_dated_weekday(
    text: str,
    mentions: list[SymbolicMention],
    dated: dict[int, tuple[int, TodSpec | None, bool]],
    today: date,
) -> set[int]:
    """The "weekday N" said in a message that names another weekday with its date, its
    next N-th on that weekday and within a fortnight of the other ("Can I come Wed 31?
    ... Thu 1?", "either Fri 12 or Sat 13", "Monday 4 or Tuesday 5 October"): a writer
    who dates one weekday dates the others, so "Thu 1" is the 1st, not 1 o'clock. Not
    where a time word or another hour comes after it ("Thu 1pm", "thurs 1-3", "Fri 2 or
    2:30"), as for a weekday's date said alone."""
    others = [d for sm in mentions if (d := _weekday_date(sm, today)) is not None]
    out: set[int] = set()
    for i, (n, tod, _) in dated.items():
        sm = mentions[i]
        d = _next_dated(n, today)
        if d is None or tod is not None or not others:
            continue
        if not any(0 < abs((d - o).days) <= _BESIDE_DAYS for o in others):
            continue
        if _TIME_WORD.match(text, sm.end) or _NUMBER_BESIDE.match(text, sm.end):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _HOUR_BESIDE.fullmatch(text, sm.end, nxt.start):
            s = nxt.sym
            if s.tod is not None and s.tod.kind == "clock" and not s.has_date:
                continue
        out.add(i)
    return out


# The number right after a bare weekday: "Tuesday 1" in "Sunday 29 or Tuesday 1".
_NUMBER_AFTER = re.compile(r"\.?\s+(\d{1,2})\b(?![:.]\d)")


def _number_split_off(
    text: str, mentions: list[SymbolicMention], today: date
) -> list[SymbolicMention]:
    """A weekday whose number the composing steps read apart, as the time of a list of
    days ("Sunday 29 or Tuesday 1, at 10am", "Mon 30, Tue 1 or Wed 2"), in a message
    that names another weekday with its date: when the number's next date falls on
    that weekday within a fortnight of the other, the weekday and its number are that
    date (`_beside_dated_weekday`), and the number is no time of its own."""
    others = [d for sm in mentions if (d := _weekday_date(sm, today)) is not None]
    if not others:
        return mentions
    out: list[SymbolicMention] = []
    skip = -1
    for i, sm in enumerate(mentions):
        if i == skip:
            continue
        day, sym = sm.sym.day, sm.sym
        m = _NUMBER_AFTER.match(text, sm.end)
        if (
            m is None
            or sm.rules[-1:] != ["weekday"]
            or day is None
            or day.kind != "wd"
            or day.mod
            or sym.tod is not None
            or sym.bound
            or sym.recur
        ):
            out.append(sm)
            continue
        n = int(m.group(1))
        d = _next_dated(n, today) if 1 <= n <= 31 else None
        near = d is not None and any(0 < abs((d - o).days) <= _BESIDE_DAYS for o in others)
        after = text[m.end() :]
        if not near or d is None or d.weekday() != day.n or _TIME_WORD.match(after):
            out.append(sm)
            continue
        if _NUMBER_BESIDE.match(after):
            out.append(sm)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.start < m.end():
            if nxt.rules != ["bare_number"] or nxt.end != m.end():
                out.append(sm)
                continue
            skip = i + 1  # the number read as a time of its own: it is the date's
        dom = DaySpec("dom", n=n, weekday=day.n)
        rules = [*sm.rules[:-1], "weekday_day_number"]
        out.append(replace(sm, end=m.end(), sym=replace(sym, day=dom), rules=rules))
    return out


def _weekday_date(sm: SymbolicMention, today: date) -> date | None:
    """The date of a mention that names a weekday with its date and agrees with it ("Wed
    31", "Tuesday 5 October", "thurs the 1st"), None for any other."""
    day = sm.sym.day
    if day is None or day.weekday < 0 or day.kind not in ("dom", "md"):
        return None
    if day.kind == "dom":
        d = _next_dated(day.n, today)
    else:
        d = next(
            (
                c
                for y in (today.year, today.year + 1)
                if (c := _valid(y, day.month, day.n)) is not None and c >= today
            ),
            None,
        )
    return d if d is not None and d.weekday() == day.weekday else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Between two items of a list of days: "Monday 5, Tuesday 6", "... or if not possible
# Wednesday 7", "Thursday 10 or Friday 11".
_LISTED = re.compile(
    r"[\s,;]*(?:(?:or|and|&|/)\b[\s,]*)?"
    rf"(?:{lx.FALLBACK}(?:(?<=not)\s+possible)?\b[\s,]*)?",
    re.I,
)


def _date_number(text: str, sm: SymbolicMention, today: date) -> tuple[int, str] | None:
    """N and the words after it, when `sm` is "weekday N ..." read as a clock and the
    next N-th falls on that weekday."""
    sym = sm.sym
    day, tod = sym.day, sym.tod
    rules = sm.rules[1:] if sm.rules[:1] == ["neg_prefix"] else sm.rules
    if rules[:2] != ["weekday", "bare_number"] or day is None or day.kind != "wd":
        return None
    if day.mod or tod is None or tod.kind != "clock" or sym.bound or sym.recur:
        return None
    if sym.span is not None or sym.is_length:
        return None
    said = text[sm.start : sm.end]
    m = _NUMBER.search(said)
    if m is None:
        return None
    n = int(m.group(1))
    d = _next_dated(n, today) if 1 <= n <= 31 else None
    if d is None or d.weekday() != day.n:
        return None
    return n, said[m.end() :]


def _clock_after(text: str, sm: SymbolicMention, nxt: SymbolicMention) -> bool:
    """A time of day of its own right after "weekday N": "Monday 12 at 11"."""
    s = nxt.sym
    return (
        _TO_CLOCK.fullmatch(text, sm.end, nxt.start) is not None
        and s.tod is not None
        and not s.has_date
        and not s.negated
        and not s.is_length
        and nxt.rules != ["bare_number"]  # "Monday 5, 6": a list of hours
    )
