"""Coordination: which adjacent mentions a list joins ("Thursday or Friday", "Dr. Smith
or Dr. Patel"). A grounding fact, computed once from the words between two spans, and
carried on each candidate as `coordinated`; nothing downstream reads the text again."""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.lexicon import (
    FALLBACK_BETWEEN_ITEMS,
    FALLBACK_LIST_JOINER,
    FALLBACK_NOT_ELSE,
)
from slotwise.extractor.grounding.lexicon_romanised import OR_ROMANISED_PATTERN
from slotwise.extractor.grounding.mention import DATED_TYPES, TimeMention
from slotwise.extractor.grounding.negated_bound_list import said_negated
from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention

# What may stand between two items of one list: "or", "/", ",", "and", "and/or", ...
# A spoken filler may stand on either side ("tues after 5 um or thurs", "bouchard uh or
# singh").
_FILLER = r"(?:(?:um+|uh+|erm|er)\s*,?\s*)"
# "or" and "and" in Spanish, Portuguese and Italian, with the article a day may take
# after it: "el martes o el jueves", "lunes y miércoles", "jueves u otro", "terça ou a
# quinta", "sabato o domenica" (G49).
ROMANCE_JOINER = r"(?:o|u|y|e|ou)(?:\s+(?:el|la|los|las|il|o|a|os|as))?"
JOINER = re.compile(
    rf"^\s*(?:onwards?\s*)?(?:,\s*)?{_FILLER}?(?:or|nor|/|,|and|&|and/or|or maybe|{FALLBACK_LIST_JOINER}|either"
    # "or" in the languages written in Latin letters: "besok atau lusa" (`lexicon_romanised`)
    rf"|{OR_ROMANISED_PATTERN}"
    rf"|{ROMANCE_JOINER}"
    # the ticked box of a pasted web form's next option: "[x] Morning [x] Afternoon" are
    # the options chosen in one field, either will do (`web_form`)
    r"|\[\s*[xX✓✔]\s*\]|[☑☒✔✅])"
    rf"\s*,?\s*{_FILLER}?$",
    re.I,
)
# The same, looser, between two days of a list ("mon, tue & thu", "wed or maybe fri"),
# and the words that make a gap a list rather than a bare comma.
LIST_GAP = re.compile(
    rf"\s*(?:,|/|&|\+)?\s*(?:or|and|nor|{OR_ROMANISED_PATTERN}|{ROMANCE_JOINER}|/|&|,)?\s*"
    r"(?:maybe\s+|else\s+)?",
    re.I,
)
LIST_WORD = re.compile(rf"\b(?:or|and|nor|{OR_ROMANISED_PATTERN}|o|u|y|e|ou)\b|[/&+]", re.I)


def coordinated(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """True when only a list joiner stands between the spans `left` and `right`, or when
    they are the same words naming two things ("inside": either indoor room)."""
    if left == right:
        return True
    return left[1] <= right[0] and bool(JOINER.match(text[left[1] : right[0]]))


# "any time" said of a day of a list makes it a choice of its own, the whole day ("after
# 3 the same day or any time Thursday", "Friday any time or Saturday before noon",
# "mondays after 3 and any time tuesday", "after 11 tmrw, or thursday anytime"):
# `windows.joined` lends no bound to it (`any_time_said`).
ANY_TIME = r"(?:any\s*time|anytime|any\s+time\s+at\s+all|all\s+day|(?:the\s+)?whole\s+day)"
_ANY_TIME_BEFORE = re.compile(rf"\b{ANY_TIME}(?:\s+on)?(?:\s+the)?\s*$", re.I)
_ANY_TIME_AFTER = re.compile(rf"\s*,?\s*{ANY_TIME}\b", re.I)
_BUT_GAP = re.compile(r"\s*[,;]?\s*but\s+(?:on\s+)?(?:the\s+)?", re.I)


def any_time_said(gap: str, after: str) -> bool:
    """ "any time" said right before a day ("or any time Thursday") or right after it
    ("or thursday anytime"): the day is a choice of its own, whole."""
    return bool(_ANY_TIME_BEFORE.search(gap) or _ANY_TIME_AFTER.match(after))


# "or" after the end of the first item's clause, offering the second as the other
# choice: "Tomorrow maybe? Or Friday", "Friday works, or the Monday after", "the 8th
# please. Or the 9th", "Thursday? Or would Friday be better", "the 19th, or is the 20th
# better", "today after 4 or anytime tmrw"; "and" after a question ("How's Tuesday
# looking? And Wednesday?"); the texting "n" ("thurs morn n fri morn"). A few words may
# close the first item's clause ("is fine", "instead", "works though", "possible?", "is
# the 8th free?"), a bracket may ("(before 7) or twilight"), and "a" may open the second
# ("before 9 or on a Saturday").
_ALT_GAP = re.compile(
    r"\s*(?:(?:is\s+(?:fine|good|ok(?:ay)?|best)|works|would\s+work|could\s+work|would\s+be\s+"
    r"(?:fine|good|great|ideal)|instead|please|pls|maybe|perhaps|possibly|too|looking|"
    r"possible|free|open|available|" + ANY_TIME + r")\b\s*(?:(?:though|tho)\b\s*)?)?"
    r"(?:(?:[,?!;…)]|\.+)*\s*(?:or|"
    + FALLBACK_BETWEEN_ITEMS
    + r"|or\s+maybe|or\s+perhaps|or\s+even)[,.]?|\?\s*and|,?\s*n|,?\s*(?:and|but)(?=\s+"
    + ANY_TIME
    + r"\b))"
    r"(?:\s+(?:maybe|perhaps|even|possibly|else|would|could|is|on)|\s+" + ANY_TIME + r"(?:\s+on)?)?"
    r"(?:\s+(?:the|a|an))?\s*",
    re.I,
)
# "then (again)" between two windows of the day offers both: "home till 10 then from 3",
# "8 to noon, and then after 1 again", "tmrw 9 till 12 then again thurs arvo". Not a
# "then," that says "in that case" ("Next week then, Tuesday"), nor a week or a day alone.
_THEN_GAP = re.compile(r",?\s*(?:and\s+)?then(?:\s+again)?\s*", re.I)
_WINDOWS = frozenset({"time", "timerange", "datetime", "datetimerange", "bound", "set"})
# The other choice offered in so many words after the first: "the 9th? and what about
# the 10th", "tmrw morning? how about friday", "tomorrow morning? We could also do Friday
# morning", "9 to 12 but i could also do late afternoon", "lunch 1-2 but happy to come
# after 5 too".
_OFFERED_GAP = re.compile(
    r"\s*(?:(?:ok(?:ay)?|fine|good|possible|free|open|available)\b)?"
    r"\s*[,.?!;…]*\s*(?:(?:and|or|but|so)\s+)?"
    r"(?:(?:what|how)\s+about"
    r"|(?:(?:i|we)\s+)?(?:could|can|would|'d)\s+also\s+(?:do|make|manage|come(?:\s+in)?)"
    r"|(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:also\s+)?happy\s+to\s+(?:do|come(?:\s+in)?))"
    r"(?:\s+(?:on|at))?(?:\s+the)?\s*",
    re.I,
)
# Between two days of one kind said one after the other as a list, with no joiner or
# only a texting one: "wed thurs", "today tomorrow whatever", "sat? sun", "thurs 27th n
# the 28th", "thu 25th + fri 26th", "Wednesday... maybe Thursday".
_DAY_LIST_GAP = re.compile(r"\s*(?:\?|\.\.+|…)?\s*(?:(?:n|\+|&|maybe|or\s+maybe)\s+)?", re.I)
# The kinds of plain day a bare list keeps to: named by the week ("wed", "tmrw") or by
# number ("the 22nd", "dec 5"). "Thursday? The 10th" names one day twice, not two.
DAY_KINDS = (
    frozenset({"weekday", "today", "tomorrow"}),
    frozenset({"ordinal_day", "month_day", "weekday_day_number"}),
)


# Two bookings listed with "one" (`atoms._one_of_a_pair`): "one this week one next week",
# "one next Monday and one next Wednesday", "one on the treadmill Sat 20th, one in the pool
# Mon 22nd", "one this week for cv, one the week after": each day is one of the bookings,
# so either is a day the answer may take; never the one day both fall on.
_FIRST_ONE = re.compile(r"\bone\b[^.?!]{0,30}$", re.I)
_NEXT_ONE_GAP = re.compile(
    r"[^.?!]{0,30}?(?:[,;&+]\s*|\s+and\s+|\s+)(?:then\s+)?"
    r"(?:one|the\s+other(?:\s+one)?|another(?:\s+one)?)\b[^.?!,]{0,24}",
    re.I,
)


# The second offered after the first with "too" after it: "Tuesday 26th at 8.45, though
# 9.15 would be fine too", "at 10, but 11 works too", "friday, saturday is ok as well".
_THOUGH_GAP = re.compile(r"\s*[,;]?\s*(?:(?:though|tho|but|although|and)\s+)?", re.I)
_TOO_AFTER = re.compile(
    r"\s*(?:(?:would|could|will)\s+(?:also\s+)?(?:be\s+)?|is\s+(?:also\s+)?|also\s+)?"
    r"(?:fine|ok|okay|good|great|work|works|doable)\s+(?:too|as\s+well)\b",
    re.I,
)


def alternatives(text: str, left: TimeMention, right: TimeMention) -> bool:
    """True when two adjacent time mentions are offered as either, though no plain list
    joiner stands between them (`coordinated` covers those): "or" after a clause break
    (`_ALT_GAP`), or two plain days of one kind side by side (`_DAY_LIST_GAP`). A
    grounding fact like `coordinated`; whether the two make one wish is the labels'."""
    if left.span[1] > right.span[0]:
        return False
    gap = text[left.span[1] : right.span[0]]
    if _ALT_GAP.fullmatch(gap):
        return True
    if _OFFERED_GAP.fullmatch(gap) and _dated(left) == _dated(right):
        return True  # not "Thursday? what about 4pm": 4pm that Thursday
    if _BUT_GAP.fullmatch(gap) and _ANY_TIME_AFTER.match(text, right.span[1]):
        return True  # "after 5 on weekdays but weekends anytime": either
    if _THEN_GAP.fullmatch(gap) and left.type in _WINDOWS and right.type in _WINDOWS:
        return True
    if _THOUGH_GAP.fullmatch(gap) and _TOO_AFTER.match(text, right.span[1]):
        return True
    if (
        _NEXT_ONE_GAP.fullmatch(gap)
        and _FIRST_ONE.search(text, max(0, left.span[0] - 32), left.span[0])
        and _dated(left)
        and _dated(right)
    ):
        return True
    return bool(_DAY_LIST_GAP.fullmatch(gap)) and _plain_days_of_a_kind(left, right)


# What a bound's symbolic reading may hold besides a day: its own word, a clock, a part
# of the day ("after clock=3:30?", "before(incl) clock=12:00pm", "after pod=lunch").
_NO_DAY_TOKEN = re.compile(
    r"(?:not|after|before)(?:\(\w+\))*|(?:from\(|to\()?(?:clock|pod|zone)=\S*"
)


def names_a_day(m: TimeMention) -> bool:
    """A bound said with a day of its own ("after 5 on the 20th", "before 10 that day",
    "after 5 on weekdays"), not one said of no day ("after 3:30", "before 9"): only the
    first may lend its clock to a day said after it with "or"."""
    return not all(_NO_DAY_TOKEN.fullmatch(t) for t in m.symbolic.split())


def _dated(m: TimeMention) -> bool:
    return m.type in DATED_TYPES


def _plain_days_of_a_kind(a: TimeMention, b: TimeMention) -> bool:
    def plain(m: TimeMention) -> bool:
        return (
            m.type == "date"
            and m.bound is None
            and not m.negated
            and m.reading is not None
            and m.reading.grain == "day"
        )

    if not (plain(a) and plain(b)) or a.reading is None or b.reading is None:
        return False
    if set(a.reading.intervals) & set(b.reading.intervals):
        return False
    return any(a.rule in kind and b.rule in kind for kind in DAY_KINDS)


# Weekday modifiers that name a week, not one day: "wed next week", "thu this week",
# "fri the week after next". The items of a list before such a day share its week.
_WEEK_MODS = ("thisweek", "nextweek", "week2", "lastweek")


def share_week(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "tues or wed next week", "mon, tue and thu the week after next": the week said
    after the last weekday of a list belongs to every weekday of the list."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        day = out[k].sym.day
        if day is None or day.kind != "wd" or day.mod not in _WEEK_MODS or out[k].sym.bound:
            continue
        j = k
        while j > 0 and _bare_weekday(out[j - 1].sym):
            if not coordinated(
                text, (out[j - 1].start, out[j - 1].end), (out[j].start, out[j].end)
            ):
                break
            j -= 1
            prev = out[j].sym
            assert prev.day is not None  # a bare weekday has one
            out[j] = replace(out[j], sym=replace(prev, day=replace(prev.day, mod=day.mod)))
    return out


_WEEK_OF_SPAN = {0: "thisweek", 1: "nextweek", 2: "week2", -1: "lastweek"}
_GAP_TO_WEEK = re.compile(r"\s*,?\s*")


def _week_mod(w: Sym) -> str | None:
    """The weekday modifier ("thisweek", "nextweek", ...) of a plain week said on its own
    ("this week", "next week"), None for anything else (a bound or a part of a week)."""
    if w.span is None or w.span.kind != "week" or w.span.part or w.day is not None or w.bound:
        return None
    return _WEEK_OF_SPAN.get(w.span.n)


def share_week_said_apart(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "any day except Tuesday or Thursday this week": a week said as its own mention
    right after a list of weekdays is each weekday's week too."""
    out = list(mentions)
    for k in range(1, len(out)):
        mod = _week_mod(out[k].sym)
        if mod is None:
            continue
        if not _GAP_TO_WEEK.fullmatch(text, out[k - 1].end, out[k].start):
            continue
        j = k - 1
        while j >= 0 and _bare_weekday(out[j].sym):
            prev = out[j].sym
            assert prev.day is not None
            out[j] = replace(out[j], sym=replace(prev, day=replace(prev.day, mod=mod)))
            if j == 0 or not coordinated(
                text, (out[j - 1].start, out[j - 1].end), (out[j].start, out[j].end)
            ):
                break
            j -= 1
    return out


# At most this many characters (no digits) between the last day ruled out and the week
# said after it in the next clause.
_TO_WEEK_AFTER = re.compile(r"[^\d]{0,60}")


def share_week_after_exclusions(
    text: str, mentions: list[SymbolicMention]
) -> list[SymbolicMention]:
    """ "Can't do Monday, Wednesday, or Friday. Need it done next week", "not Monday, not
    Tuesday, not Saturday. Next week.": weekdays ruled out just before the week the
    message asks for are that week's days (after `share_negation`)."""
    out = list(mentions)
    for k in range(1, len(out)):
        mod = _week_mod(out[k].sym)
        if mod is None or out[k].sym.negated:
            continue
        if not _TO_WEEK_AFTER.fullmatch(text, out[k - 1].end, out[k].start):
            continue
        j = k - 1
        while j >= 0 and out[j].sym.negated and _bare_weekday(out[j].sym):
            prev = out[j].sym
            assert prev.day is not None
            out[j] = replace(out[j], sym=replace(prev, day=replace(prev.day, mod=mod)))
            j -= 1
    return out


def _bare_weekday(s: Sym) -> bool:
    """A weekday said with no week ("tues", "wed at 3"), not a bound."""
    return s.day is not None and s.day.kind == "wd" and not s.day.mod and not s.bound


def share_negation(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "any day but Tuesday or Thursday", "can't do mon, tue or wed": a negation before
    the first item of a list is every item's. A list of two must say "or" / "nor" /
    "and": after "not monday, tuesday works" Tuesday stays wanted. The list ends where
    English ends it (`list_ends`): "not mon, not tue, wed works" (each item said its
    own "not", so one without it is outside), "not mon or tue, wed works" (the "or" came
    before the last item)."""
    out = list(mentions)
    i = 0
    while i < len(out):
        if not (out[i].sym.negated and _item(out[i].sym)):
            i += 1
            continue
        if "neg_suffix" in out[i].rules:
            _share_back(text, out, i)
            i += 1
            continue  # "wed is out, thu or fri fine": said after its day, it ends there
        j = i
        while j + 1 < len(out) and _item(out[j + 1].sym):
            left, right = (out[j].start, out[j].end), (out[j + 1].start, out[j + 1].end)
            if not coordinated(text, left, right):
                break
            if list_ends(text, out, i, j):
                break
            nxt = out[j + 1].sym
            if (
                out[i].sym.tod is None
                and (nxt.tod is not None or nxt.span is not None)
                and nxt.day is None
                and not LIST_WORD.search(text[left[1] : right[0]])
            ):
                break  # "except Mon and Fri, between 10 and 11", "but Wed, next week": days end
            j += 1
        gaps = [text[out[k].end : out[k + 1].start] for k in range(i, j)]
        if len(gaps) >= 2 or any(LIST_WORD.search(g) for g in gaps):
            for k in range(i + 1, j + 1):
                out[k] = replace(out[k], sym=replace(out[k].sym, negated=True))
        i = j + 1
    return out


def _share_back(text: str, out: list[SymbolicMention], i: int) -> None:
    """A negation said after the last item of a list ("Monday or Tuesday is out", "mon,
    tue and wed are no good") is every item's; the list's last joiner must say "or" /
    "and" / "nor" ("Monday, Tuesday is out" stays as said)."""
    k = i
    while k > 0 and _item(out[k - 1].sym) and not out[k - 1].sym.negated:
        if not coordinated(text, (out[k - 1].start, out[k - 1].end), (out[k].start, out[k].end)):
            break
        k -= 1
    gaps = [text[out[n].end : out[n + 1].start] for n in range(k, i)]
    if gaps and LIST_WORD.search(gaps[-1]):  # "Friday, first thing or late afternoon, the
        # middle of the day is no good": a comma before it, the list is not its subject
        for n in range(k, i):
            out[n] = replace(out[n], sym=replace(out[n].sym, negated=True))


def list_ends(text: str, out: list[SymbolicMention], i: int, j: int) -> bool:
    """The negated list `out[i..j]` takes no item after `out[j]`: either every item so
    far said its own negation ("not mon, not tue" / "no sat, no sun": the next item,
    without one and no list word before it, is the contrast: "..., wed works"; "..., and
    wed is out too" goes on), or a list word already joined the
    last item ("not mon or tue", "can't do tue and wed") and only a comma follows ("not
    mon or tue, wed works"; "not mon or tue, or wed" goes on)."""
    gaps = [text[out[k].end : out[k + 1].start] for k in range(i, j + 1)]
    if j > i and all(said_negated(text, out[k]) for k in range(i, j + 1)):
        return not said_negated(text, out[j + 1]) and not LIST_WORD.search(gaps[-1])
    return any(LIST_WORD.search(g) for g in gaps[:-1]) and not LIST_WORD.search(gaps[-1])


def _item(s: Sym) -> bool:
    """A day, a set or a time that can be an item of a list, not a bound or a length."""
    return not s.bound and not s.is_length and s.rel_minutes is None and not s.is_empty


# "wed morning w dr osei. or thurs", "the 16th in the afternoon with singh or the 15th":
# a resource said with the first time ("with", "w", "w/", a comma) and "or" after it: the
# time after "or" is the other choice of the time before the resource.
_WITH_RESOURCE = re.compile(r"\s*(?:,\s*)?(?:(?:with|w/?|see|seeing)\s+)?", re.I)
_OR_AFTER_RESOURCE = re.compile(
    r"\s*(?:[,?!;…]|\.+)*\s*(?:or|or\s+maybe|or\s+perhaps|(?:or\s+(?=if\b))?"
    + FALLBACK_NOT_ELSE
    + r")[,.]?\s*(?:(?:maybe|perhaps|else|even)\s+)?",
    re.I,
)


def alternative_past_resource(
    text: str, first: tuple[int, int], resource: tuple[int, int], second: tuple[int, int]
) -> bool:
    """True when `second` (a time) is offered as the other choice of `first` (a time),
    across the resource said with `first`: "wed morning w dr osei. or thurs". Not when
    "or" names a second resource ("Lee or Osei on Friday") nor when words other than
    "with" stand between the first time and its resource."""
    if not (first[1] <= resource[0] and resource[1] <= second[0]):
        return False
    return bool(
        _WITH_RESOURCE.fullmatch(text, first[1], resource[0])
        and _OR_AFTER_RESOURCE.fullmatch(text, resource[1], second[0])
    )
