"""Grounding (week34) corpus: "earlier / later in the week" after a day, and the early
days of a week with their fringe.

- "move my Friday 9:30 to earlier in the week", "from the 26th. Can I come earlier in the
  week?", "wednesday or later in the week": a comparative after a day named before it is
  that day's week before or after it (`week_side`); with no single day before it, or
  said as "the earlier in the week the better", the early or late part of its week.
- "early next week": Monday and Tuesday (its core, the best reading), to Wednesday (its
  fringe, the second reading, `resolve_calendar._part_ranges`); a part with no fringe
  ("midweek", "the end of next week", "early this week") has one reading.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): this
week is 11-23..11-29, next week 11-30..12-06, the week after next 12-07..12-13.
"""

from __future__ import annotations

# message, the words, the first interval's start and the last interval's end
Row = tuple[str, str, str, str]

# "earlier in the week" after a day: that day's Monday up to it
EARLIER_THAN_A_DAY: tuple[Row, ...] = (
    (
        "please move my Friday 9:30 with Mr Wong to earlier in the week, Wed or Thu morning",
        "earlier in the week",
        "2026-11-23 00:00",
        "2026-11-27 00:00",
    ),
    (
        "I need to move my retainer check from the 26th. Can I come earlier in the week? "
        "Tues or Wed, doesn't matter which",
        "earlier in the week",
        "2026-11-23 00:00",
        "2026-11-26 00:00",
    ),
    (
        "is there any way to bring thursday's cut forward to earlier in the week",
        "earlier in the week",
        "2026-11-23 00:00",
        "2026-11-26 00:00",
    ),
    (
        "can't do Friday 4th after all, anything earlier in the week?",
        "earlier in the week",
        "2026-11-30 00:00",
        "2026-12-04 00:00",
    ),
    (
        "Would it be possible to move our Wednesday 2nd December session to earlier in the "
        "week? Monday would suit best.",
        "earlier in the week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
    ),
    (
        "my sat appt, could we do earlier in the wk instead",
        "earlier in the wk",
        "2026-11-23 00:00",
        "2026-11-28 00:00",
    ),
    (
        "thursday 10th is out for me, earlier in the week maybe?",
        "earlier in the week",
        "2026-12-07 00:00",
        "2026-12-10 00:00",
    ),
)

# "later in the week" after a day: from the day after it to its Sunday
LATER_THAN_A_DAY: tuple[Row, ...] = (
    (
        "hey does the doctor have any openings the week after next, wednesday or later in "
        "the week?",
        "later in the week",
        "2026-12-10 00:00",
        "2026-12-14 00:00",
    ),
    (
        "Can I reschedule my Mei appointment? It's tomorrow at 2 but my train was cancelled. "
        "Later in the week, same time if possible.",
        "Later in the week",
        "2026-11-25 00:00",
        "2026-11-30 00:00",
    ),
    (
        "Need to push my tues appt w/ Feld to later in the week. Thurs or Fri, whichever",
        "later in the week",
        "2026-11-25 00:00",
        "2026-11-30 00:00",
    ),
    (
        "Hi, I need to move my donation from Wed 2nd to later in the week, Fri or Sat is good",
        "later in the week",
        "2026-12-03 00:00",
        "2026-12-07 00:00",
    ),
    (
        "Monday 30th doesn't work anymore - something later in the week?",
        "later in the week",
        "2026-12-01 00:00",
        "2026-12-07 00:00",
    ),
    (
        "could the tuesday 1st fitting go later in the week, thursday ideally",
        "later in the week",
        "2026-12-02 00:00",
        "2026-12-07 00:00",
    ),
)

# no single day before it, a week said between, or the correlative: the part of its week
WEEK_PART_AS_BEFORE: tuple[Row, ...] = (
    ("Prefer earlier in the week.", "earlier in the week", "2026-11-23 00:00", "2026-11-25 00:00"),
    (
        "anything later in the week? mornings",
        "later in the week",
        "2026-11-26 00:00",
        "2026-11-28 00:00",
    ),
    (
        "any evening next week except Fri. the earlier in the week the better",
        "earlier in the week",
        "2026-11-23 00:00",
        "2026-11-25 00:00",
    ),
    (
        "Mondays are hard, later in the week works",
        "later in the week",
        "2026-11-26 00:00",
        "2026-11-28 00:00",
    ),
    (
        "can we move my friday class to the week after next, later in the week ideally",
        "later in the week",
        "2026-11-26 00:00",
        "2026-11-28 00:00",
    ),
)

# the early days of a week: the core (best reading), then the fringe to Wednesday
# message, the words, the core's start and end, the fringe's start and end
CoreFringe = tuple[str, str, str, str, str, str]
EARLY_WEEK_FRINGE: tuple[CoreFringe, ...] = (
    (
        "anything early next week in the studio? noonish ideally",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "would love a 90 min one with kai, early next week",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "need screen fixed on work laptop, early next wk",
        "early next wk",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "wheel bearing. beginning of next week",
        "beginning of next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "early the week after next, any tech",
        "early the week after next",
        "2026-12-07 00:00",
        "2026-12-09 00:00",
        "2026-12-07 00:00",
        "2026-12-10 00:00",
    ),
    (
        "I'd like to come in at the start of the week after next",
        "the start of the week after next",
        "2026-12-07 00:00",
        "2026-12-09 00:00",
        "2026-12-07 00:00",
        "2026-12-10 00:00",
    ),
    (
        "not the 10th, early the week after",
        "early the week after",
        "2026-12-14 00:00",
        "2026-12-16 00:00",
        "2026-12-14 00:00",
        "2026-12-17 00:00",
    ),
)

# parts of a week with one reading: no fringe
NO_FRINGE: tuple[tuple[str, str], ...] = (
    ("midweek next week would be best", "midweek next week"),
    ("the end of next week, any time", "the end of next week"),
    ("early this week if you can", "early this week"),
    ("early next week? not monday tho, I have a thing", "early next week"),
    ("1st half of next week if poss", "1st half of next week"),
)
