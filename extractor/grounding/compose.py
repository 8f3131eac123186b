"""Composition: atoms become mentions.

Four named steps, each reading the list the step before left:

1. `join_ranges`   "2" "to" "4pm" -> one range; "from"/"between" absorbed.
2. `apply_cues`    "not after" + "3pm" -> bound before; "mornings" + "are out" -> negated.
3. `intersect`     "Wednesday" + "afternoon" -> one mention (Duckling's intersect rule),
                   across the small words that join them ("at", "on", "in the", ",").
4. `keep_strong`   cue words, lone zones and weak atoms without context are dropped.

A bound or negated phrase is never folded into the mention before it ("Wednesday
afternoon, but not after 3pm" stays two mentions); `ground` links them by `modifies`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import (
    anaphora,
    compose_numbers,
    count_from_day,
    day_deadline,
    event_count,
    exception_span,
    framed_numbers,
    neg_pod_gap,
    paired_hours,
    rules,
    rules_arabizi,
    rules_bar,
    rules_bare_length,
    rules_chinese,
    rules_clock_hs,
    rules_dark,
    rules_day_bound,
    rules_day_events,
    rules_day_number,
    rules_dotted_date,
    rules_double_length,
    rules_edge_before_day,
    rules_end_bound,
    rules_event_bound,
    rules_event_clock,
    rules_foreign,
    rules_foreign_month,
    rules_from_then,
    rules_full_day,
    rules_german_clock,
    rules_h24_range,
    rules_hclock,
    rules_hedge,
    rules_hhmm,
    rules_hinglish,
    rules_hours_minutes,
    rules_indonesian,
    rules_irish,
    rules_korean,
    rules_kreyol,
    rules_length_words,
    rules_lunch,
    rules_nearest,
    rules_neg_verb,
    rules_next_free,
    rules_next_one,
    rules_now_until,
    rules_offset,
    rules_prayer,
    rules_range,
    rules_regional_days,
    rules_romaji,
    rules_romanised_days,
    rules_routine,
    rules_shorthand,
    rules_span,
    rules_spoken_clock,
    rules_squashed,
    rules_swahili,
    rules_tagalog,
    rules_thai,
    rules_time,
    rules_vietnamese,
    rules_welsh,
    rules_zone,
    self_correction,
    zone_restated,
)
from slotwise.extractor.grounding.atoms import (
    NOT_COUNT,
    Atom,
    Options,
    find_atoms,
    opens_between,
    text_between,
)
from slotwise.extractor.grounding.compose_clocks import (
    IF_BEFORE,
    bare_clock,
    coordinate_clocks,
    corrected_numbers,
    new_time_numbers,
)
from slotwise.extractor.grounding.compose_intersect import SPACE, combine, intersect, only_day
from slotwise.extractor.grounding.compose_range import (
    join_datetime_ranges,
    moving,
)
from slotwise.extractor.grounding.lexicon import (
    CONTEXT_BEFORE,
)
from slotwise.extractor.grounding.symbolic import (
    DaySpec,
    SpanSpec,
    Sym,
    SymbolicMention,
    TodSpec,
)

_RANGE_GAP = re.compile(  # "bis", "und": a German writer's "to" and "and" ("von 9 bis 17");
    # "e", "y", "et": "and" after "entre" ("entre 10 e 2"); "a", "ao", "às", "al", "até":
    # "to" after "de" ("de segunda a sexta", "das 10 às 12", "do dia 3 ao dia 5")
    r"\s*(?:-{1,2}|–|—|~|to|thru|through|and|&|till|until|til|bis|und)\s*|\s+n\s+"
    r"|\s+(?:e|y|et|a|ao|à|às|as|al|até|hasta|a\s+las|hasta\s+las|até\s+[àa]s)\s+"
    # "y las", "e as": "and" with the article that names hours ("entre las 10 y las 12", G49)
    r"|\s+(?:y\s+las?|e\s+[àa]s?)\s+"
    # Hindi "se" ("from"), between two hours: "2 se 4", "kal 10 se 12"
    r"|\s+se\s+",
    re.I,
)
_ONWARDS = re.compile(r"\s*(?:onwards?|or\s+later|and\s+later)\b", re.I)
_GAP_WORD = {
    "&": "and",
    "n": "and",
    "und": "and",
    "bis": "to",
    "se": "to",
    **{w: "and" for w in ("e", "y", "et", "y las", "y la", "e as", "e às", "e a", "e à")},
    **{w: "a" for w in ("a", "ao", "à", "às", "as", "al", "até", "hasta")},
    **{w: "a" for w in ("a las", "hasta las", "até às", "até as")},
}
# The second end of such a range, said with its own "às" / "a las": "das 10 às 12".
_TO_CLOCK = re.compile(r"(?:às|as|a\s+las|até\s+[àa]s|hasta\s+las)\s+\d", re.I)
# Before the first end of a range joined by "a" ("to"): "de", "das", "do dia", "desde".
# ("do" only before "dia": "I can do 10 as 11 is taken" is English).
_DE_BEFORE = re.compile(r"(?<![\w])(de|da|das|dos|del|desde|do)(?:\s+las)?\s+$", re.I)
_DIA = re.compile(r"d[ií]a\b", re.I)
# A move verb of French, Spanish or Portuguese earlier in the clause: "de A a B" is then
# the old time and the new one ("cambiar la cita del lunes al martes").
_ROMANCE_MOVE = re.compile(
    r"(?<![\w])(?:chang|d[ée]plac|d[ée]cal|report|modifi|cambi|mov|mud|troc|remarc|reagend|"
    r"reprogram|transfer|pass|pas[ae]r|adiant|adelant)\w*\b[^.!?;\n]*$",
    re.I,
)


def _de_before(text: str, a: Atom) -> bool:
    """ "de" (or "das", "del", "desde", "do dia") right before `a`: a range's "from"."""
    m = _DE_BEFORE.search(text, max(0, a.start - 12), a.start)
    return m is not None and (m.group(1).lower() != "do" or _DIA.match(text, a.start) is not None)


# An em dash with a space either side breaks the sentence; "Mon—Fri", "Mon-Fri" join.
_SPACED_DASH = re.compile(r"\s+—\s+")
# A bound's word right before a clock ("before 9 — 9:30"): the clock is the bound's.
_BOUND_BEFORE = re.compile(
    r"\b(?:before|after|efter|by|until|till|til|past|(?:earlier|later)\s+th[ae]n)\s+$", re.I
)
_WORDY = re.compile(r"\w")
_CUE_GAP = re.compile(r"\s*(?:on\s+|for\s+)?", re.I)
RULE_MODULES = (
    anaphora,
    event_count,
    count_from_day,
    rules,
    rules_time,
    rules_span,
    rules_spoken_clock,
    rules_offset,
    rules_range,
    rules_hhmm,
    rules_hedge,
    rules_neg_verb,
    rules_foreign,
    rules_foreign_month,
    rules_hclock,
    rules_routine,
    rules_zone,
    rules_day_number,
    rules_lunch,
    rules_bar,
    rules_next_free,
    rules_end_bound,
    rules_day_bound,
    rules_event_bound,
    rules_event_clock,
    rules_dark,
    rules_regional_days,
    rules_full_day,
    rules_double_length,
    rules_dotted_date,
    rules_from_then,
    rules_next_one,
    rules_now_until,
    rules_edge_before_day,
    rules_hinglish,
    rules_hours_minutes,
    rules_h24_range,
    rules_clock_hs,
    rules_squashed,
    rules_swahili,
    rules_prayer,
    rules_romaji,
    rules_romanised_days,
    rules_indonesian,
    rules_korean,
    rules_vietnamese,
    rules_thai,
    rules_arabizi,
    rules_chinese,
    rules_nearest,
    rules_shorthand,
    rules_length_words,
    rules_bare_length,
    rules_day_events,
    rules_german_clock,
    rules_welsh,
    rules_tagalog,
    rules_kreyol,
    rules_irish,
)  # importing them registers their rules
_CONTEXT = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(w) for w in CONTEXT_BEFORE) + r"|for|over|during)\s+$",
    re.I,
)


def parse(text: str, date_order: str = "MDY") -> list[SymbolicMention]:
    """The symbolic layer: mentions with spans and rules, nothing grounded."""
    atoms = [
        _approx_suffix(text, a)
        for a in find_atoms(text, Options(date_order=date_order))
        if not _greeting(text, a)
    ]
    atoms = [a for a in atoms if not _old_time_from(text, a)]
    atoms = join_ranges(text, atoms)
    atoms = join_datetime_ranges(text, atoms)
    atoms = event_count.resolve_events(text, atoms)
    atoms = count_from_day.resolve_counts(text, atoms)
    atoms = anaphora.resolve_anaphora(text, atoms)
    atoms = apply_cues(text, atoms, suffix=False)
    atoms = intersect(text, atoms)
    atoms = apply_cues(text, atoms, suffix=True)
    atoms = zone_restated.fold_restated(text, atoms)
    atoms = self_correction.repaired_zones(text, atoms)
    atoms = compose_numbers.read_numbers(text, atoms)
    atoms = coordinate_clocks(text, atoms)
    atoms = new_time_numbers(text, atoms)
    atoms = corrected_numbers(text, atoms)
    atoms = framed_numbers.framed_numbers(text, atoms)
    atoms = paired_hours.pair_hours(text, atoms)
    return exception_span.from_exception_word(text, keep_strong(text, atoms))


def _old_time_from(text: str, a: Atom) -> bool:
    """ "move me from Friday ...": "from" names the old time, not an open start."""
    return a.sym is None and a.cue_text.lower() == "from" and moving(text, a.start)


_APPROX_AFTER = re.compile(
    r"\s*,?\s*(?:or so|or thereabouts|give or take|or around then|more or less)\b"
    + NOT_COUNT,  # "10 or so people" is a count
    re.I,
)


def _approx_suffix(text: str, a: Atom) -> Atom:
    """ "5:15 or so", "8:15 or thereabouts", "after 3 more or less": the clock time is
    approximate, as "around 5:15" is, and the words belong to its span; they make a
    bare number a time ("11 or so")."""
    s = a.sym
    if s is None or s.tod is None or s.tod.kind != "clock" or s.tod.approx:
        return a
    m = _APPROX_AFTER.match(text, a.end)
    if not m:
        return a
    sym = replace(s, tod=replace(s.tod, approx=True))
    return replace(a, end=m.end(), sym=sym, weak=False)


# "good" and its Indonesian / Malay "selamat" ("Selamat pagi dok,", "Selamat siang kak")
# and Tagalog "magandang" ("Magandang gabi po", G49)
_GREETING = re.compile(r"\b(?:good|gd|selamat|slmt|magandang)\s*$", re.IGNORECASE)
_GREETING_END = re.compile(
    r"\s*(?:$|[,.!;:]|(?:to you|all|everyone|team|there|mr|mrs|ms|miss|dr|doctor|sir|madam|"
    # Indonesian forms of address after "Selamat pagi": "dok" (doctor), "kak", "bu", "pak"
    r"dok|dokter|kak|ka|bu|ibu|pak|bapak|mas|mbak|semua|po)\b)",
    re.I,
)


_GREETING_OPEN = re.compile(r"\s*(?:(?:hi|hey|hello|and)[\s,]+)?$", re.I)


def _greeting(text: str, a: Atom) -> bool:
    """ "Good morning," opens a message: a part of the day after "good" that ends the
    phrase is a greeting, not a time ("a good morning slot" still counts); so is one
    that opens the message with an exclamation ("Morning!", "Evening all!")."""
    s = a.sym
    if s is None or s.tod is None or s.tod.kind != "pod" or s.has_date:
        return False
    if _GREETING.search(text, 0, a.start):
        return bool(_GREETING_END.match(text, a.end))
    return bool(_GREETING_OPEN.fullmatch(text, 0, a.start)) and bool(
        re.match(r"\s*(?:(?:all|everyone|team|there)\s*)?!", text[a.end :], re.I)
    )


def _only_clock(s: Sym | None) -> bool:
    return (
        s is not None
        and s.tod is not None
        and s.tod.kind == "clock"
        and not s.has_date
        and not s.bound
        and not s.negated
        and not s.zone
    )


def _is_now(s: Sym | None) -> bool:
    return (
        s is not None
        and s.rel_minutes == 0
        and not s.bound
        and not s.negated
        and not s.soonest
        and not s.latest
    )


def _day_or_span(s: Sym | None) -> bool:
    """A day or a span of days with nothing else: one end of a range of spans."""
    return (
        s is not None
        and (s.day is None) != (s.span is None)
        and s.tod is None
        and s.recur is None
        and not s.bound
        and not s.negated
        and not s.zone
        and (s.span is None or s.span.kind in ("month", "year", "quarter", "week", "weekend"))
    )


def join_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """Step 1: "A to B", "A-B", "between A and B", "from A until B"."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        joined = None
        if a.sym is not None and i + 1 < len(atoms):
            sep = atoms[i + 1]
            k, sep_text = i + 1, ""
            if (
                sep.cue
                and sep.sep
                and SPACE.fullmatch(text_between(text, a, sep))
                and i + 2 < len(atoms)
            ):
                k, sep_text = i + 2, sep.cue_text
                ok = SPACE.fullmatch(text_between(text, sep, atoms[k])) is not None
            else:
                gap = text_between(text, a, sep)
                ok = _RANGE_GAP.fullmatch(gap) is not None
                sep_text = _GAP_WORD.get(gap.strip().lower(), gap.strip())
                if (
                    not ok
                    and SPACE.fullmatch(gap)
                    and _TO_CLOCK.match(text, sep.start)
                    and _de_before(text, a)
                ):
                    ok, sep_text = True, "a"  # "das 10 às 12": "às 12" is the other end
            if ok:
                joined = _range(text, out, a, atoms[k], sep_text.lower())
                if joined is not None:
                    i = k + 1
        if joined is not None:
            out.append(joined)
        else:
            out.append(a)
            i += 1
    return out


def _range(text: str, before: list[Atom], a: Atom, b: Atom, sep: str) -> Atom | None:
    lead = before[-1] if before and before[-1].cue == "between" else None
    if lead is not None and not SPACE.fullmatch(text[lead.end : a.start]):
        lead = None
    if sep == "and" and (lead is None or not opens_between(lead)):
        return None
    if sep == "a":  # "de segunda a sexta": "to" only after "de"; "sexta a tarde" is no range
        if not _de_before(text, a) or _ROMANCE_MOVE.search(text, max(0, a.start - 80), a.start):
            return None  # "changer Léa de mardi à jeudi": the old day and the new one
        sep = "to"
    if sep in ("to", "-", "–", "—") and moving(text, (lead or a).start):
        return None  # "move me from Friday to Saturday": the old time and the new one
    if sep in ("-", "–", "—") and _ONWARDS.match(text, b.end):
        return None  # "finishes at 4 - 4.30 onwards is fine": the dash ends a clause
    sa, sb = a.sym, b.sym
    if anaphora.leans_back(b):
        return None  # "the 28th - the day before": an aside on the 28th, not a range
    if _only_clock(sa) and _only_clock(sb):
        assert sa is not None and sb is not None and sa.tod is not None and sb.tod is not None
        if _SPACED_DASH.fullmatch(text, a.end, b.start) and _BOUND_BEFORE.search(text, 0, a.start):
            return None  # "hopeless before 9 — 9:30 Tuesday?": the bound's clock, then a break
        if sa.tod.h == sb.tod.h and sa.tod.m == sb.tod.m:
            return None  # "2-2" is a score, not a range
        if _score(sa.tod, sb.tod):
            return None  # "2-1 win", "a 3-2 vote": an afternoon hour back to an earlier one
        sym = Sym(tod=TodSpec("range", a=sa.tod, b=sb.tod, grain="minute"))
    elif only_day(sa) and only_day(sb):
        assert sa is not None and sb is not None and sa.day is not None and sb.day is not None
        if sep in ("-", "–", "—") and sa.day.kind == "wd" and sb.day.kind in ("md", "dom"):
            return None  # "Friday-Jun-15" is one day, named twice
        if _dash_break(text, a, b):
            return None  # "Monday, no wait, Tuesday — Monday I'm out": a break, not a range
        sym = Sym(span=SpanSpec("range", start=sa.day, end=sb.day))
        if lead is not None and opens_between(lead) and _named(sa, sb):
            sym = Sym(span=_days_between(sa.day, sb.day))
    elif _day_or_span(sa) and (_day_or_span(sb) or _is_now(sb)):  # "March to May", "2014-2018"
        assert sa is not None and sb is not None
        if sep in ("-", "--", "–", "—") and sa.span is not None and sb.day is not None:
            return None  # "next week - Tues": a dash before a day of the span elaborates it
        if (
            sa.day is not None
            and sa.day.kind == "wd"
            and sb.span is not None
            and _SPACED_DASH.fullmatch(text, a.end, b.start)
        ):
            return None  # "not on Tuesday — next week": the em dash breaks the sentence
        if _is_now(sb):  # "between Jan 2019 and now"
            sb = Sym(day=DaySpec("rel", 0))
        sym = Sym(span=SpanSpec("spans", lo=sa.span or sa.day, hi=sb.span or sb.day))
    else:
        return None
    start = a.start
    rules = [*a.rules, *b.rules]
    if lead is not None:
        before.pop()
        start = lead.start
        rules = [lead.rules[0], *rules]
    return Atom(start, b.end, sym, rules, weak=False)


def _dash_break(text: str, a: Atom, b: Atom) -> bool:
    """ "not Wednesday — Thursday?", "Tuesday — Monday I'm out": an em dash with a space
    either side, between two weekdays written out, breaks the sentence when the second
    day is the next one or comes back round the week; "Monday — Friday" (three days or
    more, in order), "Mon — Fri" and "Mon—Fri" stay ranges."""
    if not _SPACED_DASH.fullmatch(text, a.end, b.start):
        return False
    days = [x.sym.day for x in (a, b) if x.sym is not None and x.sym.day is not None]
    if len(days) != 2 or any(d.kind != "wd" for d in days):
        return False
    if not all(text[x.start : x.end].lower().endswith("day") for x in (a, b)):
        return False
    return days[1].n <= days[0].n + 1


def _named(a: Sym, b: Sym) -> bool:
    """Both ends of a range are named days ("Christmas", "New Year")."""
    return a.day is not None and b.day is not None and a.day.kind == b.day.kind == "hol"


def _days_between(a: DaySpec, b: DaySpec) -> SpanSpec:
    """ "between Christmas and New Year": the days strictly between two named days; the
    first may be one just past (said on the 29th: the rest of this year's)."""
    if a.kind == "hol" and a.n == 0 and not a.year:
        a = replace(a, n=-2)
    return SpanSpec("range", start=DaySpec("shift", 1, base=a), end=DaySpec("shift", -1, base=b))


def _score(a: TodSpec, b: TodSpec) -> bool:
    """Two bare hours where the end is before an afternoon start ("3-2"): a score."""
    if not (a.bare and b.bare) or a.m or b.m:
        return False
    return 1 <= a.h <= 6 and b.h < a.h


def apply_cues(text: str, atoms: list[Atom], *, suffix: bool) -> list[Atom]:
    """Step 2: negation and bound cues fold into the time they touch.

    Prefix cues ("not after") bind before intersection, so they never fold into the
    mention before them; suffix cues ("are out") bind after it, to the whole phrase.
    """
    items = list(atoms)
    if suffix:
        return _apply_suffix(text, items)
    for i in range(len(items) - 1, -1, -1):
        c = items[i]
        if not c.cue or c.cue.endswith("_post"):
            continue
        if i + 1 >= len(items):
            continue
        t = items[i + 1]
        if t.sym is None or t.sym.is_empty:
            continue
        gap = text_between(text, c, t)
        if not (_CUE_GAP.fullmatch(gap) or neg_pod_gap.bridges(c.cue, gap, t.sym)):
            continue
        if c.cue == "neg" and IF_BEFORE.search(text, 0, c.start):
            continue  # "if not Wednesday": a fallback, not a negation
        if self_correction.repairing_no(text, items, i):
            continue  # "thursday 10 no 11": a repair, not a negation
        if i + 2 < len(items):  # "by friday 5pm": the day and its time, then the bound
            sym = day_deadline.deadline(text, c, t, items[i + 2])
            if sym is not None:
                both = combine(t, items[i + 2], sym, weak=False)
                items[i : i + 3] = [combine(c, both, sym, weak=False)]
                continue
        sym = _cued(t.sym, c)
        if sym is None:
            continue
        items[i : i + 2] = [combine(c, t, sym, weak=False)]
    return items


def _apply_suffix(text: str, items: list[Atom]) -> list[Atom]:
    i = 0
    while i < len(items):
        c = items[i]
        if c.cue.endswith("_post") and i > 0:
            t = items[i - 1]
            if (
                t.sym is not None
                and not t.sym.is_empty
                and SPACE.fullmatch(text_between(text, t, c))
            ):
                sym = _cued(t.sym, c)
                if sym is not None:  # "10 or later": a bound makes a bare number a time
                    weak = t.weak and not (c.cue == "bound_post" and bare_clock(t))
                    items[i - 1 : i + 1] = [combine(t, c, sym, weak=weak)]
                    continue
        i += 1
    return items


def _cued(s: Sym, c: Atom) -> Sym | None:
    if s.is_length or s.rel_minutes is not None:
        return None
    if s.until is not None and not c.cue.startswith("neg"):
        return None
    if c.cue == "week_of":  # "the week of April 10th": Monday to Sunday around it
        if s.day is None or s.tod is not None or s.span is not None or s.bound or s.negated:
            return None
        return Sym(span=SpanSpec("weekof", start=s.day))
    if c.cue == "weekend_of":  # "the weekend of the 20th": that week's Saturday and Sunday
        if s.day is None or s.tod is not None or s.span is not None or s.bound or s.negated:
            return None
        return Sym(span=SpanSpec("weekof", start=s.day, part="weekend"))
    if c.cue == "nth_week":  # "the first week of 2021", "the last week of july"
        if s.span is None or s.span.kind not in ("month", "year") or s.tod is not None or s.bound:
            return None
        return Sym(span=SpanSpec("nthweek", int(c.notes["n"]), lo=s.span))
    if c.cue == "nth_month":  # "the third month of 2027"
        if s.span is None or s.span.kind != "year" or not s.span.year or s.span.part:
            return None
        if s.tod is not None or s.bound or s.negated:
            return None
        return Sym(span=SpanSpec("month", month=int(c.notes["n"]), year=s.span.year))
    if c.cue == "shift" and "week" in c.notes:  # "the week after Paddy's Day"
        if s.day is None or s.tod is not None or s.span is not None or s.bound or s.negated:
            return None
        return event_count.week_from(s.day, bool(c.notes["back"]), c.notes["week"] == "weekend")
    if c.cue == "shift":  # "3 days after tomorrow", "more than 2 weeks before today"
        return shifted(s, c)
    if c.cue == "wd_from_day":  # "the monday before christmas": the last Monday before it
        if s.day is None or s.tod is not None or s.span is not None or s.bound or s.negated:
            return None
        kind = "wdbefore" if c.notes["dir"] == "before" else "wdafter"
        return Sym(day=DaySpec(kind, int(c.notes["wd"]), base=s.day))
    if c.cue.startswith("neg"):
        if s.bound and c.cue == "neg_post":
            # "after 6 doesn't work", "después de las 6 no puedo": the bound its words
            # name, ruled out (as a negated list's later bound, `negated_bound_list`)
            return replace(s, negated=True)
        if s.bound:  # "except after 5" = "before 5"
            return replace(s, bound="before" if s.bound == "after" else "after", incl=not s.incl)
        return replace(s, negated=True)
    if c.cue == "between" and not c.bound:
        return None
    if s.bound:
        return None
    if s.tod is not None and s.tod.kind == "range":
        return None
    if s.negated:  # "not" + "after 5" arrives here only by the negation step
        return None
    if c.sep and c.bound == "before" and s.tod is not None and s.tod.approx:
        # "I sleep till about 2", "at the doctor's until about eleven": a stretch that
        # ends near a clock ends at the clock itself, as "after about 3" starts from it;
        # the visit's own deadline ("by around 5") keeps the early edge (G22)
        s = replace(s, tod=replace(s.tod, approx=False))
    return replace(s, bound=c.bound, incl=c.incl, by_end=_deadline_of_part(s, c))


def _deadline_of_part(s: Sym, c: Atom) -> bool:
    """ "tomorrow morning at the latest", "Friday afternoon latest", "wednesday evening or
    earlier": a part of a named day as the latest time wished, so the whole of that part
    is in, and every time before it from now; with no day, the end of that part of each
    day ("lunchtime at the latest"). Not "until the afternoon" (a bound before the part)
    nor a set of days ("mornings at the latest")."""
    return (
        c.cue == "bound_post"
        and c.bound == "before"
        and c.incl
        and s.tod is not None
        and s.tod.kind == "pod"
        and s.span is None
        and s.recur is None
    )


def shifted(s: Sym, c: Atom) -> Sym | None:
    """A day moved by the count of a shift cue (notes n, unit, q: "more" / "less")."""
    if s.day is None or s.tod is not None or s.span is not None or s.bound or s.negated:
        return None
    n = int(c.notes["n"])
    moved = DaySpec("shift", n, mod=c.notes["unit"], base=s.day)
    if c.notes["q"] in ("more", "least"):  # "more than 2 weeks before today": before
        # that day; "at least 2 weeks before the 11th": up to the 27th itself
        incl = c.notes["q"] == "least"
        return Sym(day=moved, bound="before" if n < 0 else "after", incl=incl)
    if c.notes["q"] == "less":  # "less than 3 days after tomorrow": the days between
        lo, hi = (moved, s.day) if n < 0 else (s.day, moved)
        return Sym(span=SpanSpec("range", start=lo, end=hi))
    return Sym(day=moved)


def keep_strong(text: str, atoms: list[Atom]) -> list[SymbolicMention]:
    """Step 4: drop cue words, lone zones and weak atoms with no context word before."""
    out: list[SymbolicMention] = []
    for a in atoms:
        s = a.sym
        if s is None or s.is_empty or s.soonest or s.latest:
            continue  # "asap" is set aside (`aside.py`): the ranking serves it
        alone = not _WORDY.search(text[: a.start]) and not _WORDY.search(text[a.end :])
        if a.weak and not alone and not _CONTEXT.search(text, max(0, a.start - 12), a.start):
            continue
        if a.weak and s.tod is not None and s.tod.kind == "clock" and not s.has_date:
            continue  # a bare number stays a number unless something made it a time
        ref = a.notes.get("ref", "")
        at = tuple(int(x) for x in ref.split(":")) if ":" in ref else None
        out.append(SymbolicMention(a.start, a.end, s, list(a.rules), a.notes.get("cue"), at))
    return out
