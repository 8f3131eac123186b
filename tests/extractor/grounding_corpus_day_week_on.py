"""Days said from another day a week on, and an hour said after a month's day.

"tomorrow week", "tmrw wk", "today fortnight": that day a week (two) on, as British and
Irish writers say it, like "Saturday week". "Monday 2 August first thing": "first thing"
is the hour wished on the 2nd, not August the first.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the mention's text, its first day "YYYY-MM-DD")
A_WEEK_ON: tuple[tuple[str, str, str], ...] = (
    ("Can I have a boiler service tomorrow week, morning?", "tomorrow week, morning", "2026-12-01"),
    ("scan is tmrw week. can u fit me in before?", "tmrw week", "2026-12-01"),
    (
        "her appointment is at quarter to twelve tomorrow week",
        "at quarter to twelve tomorrow week",
        "2026-12-01",
    ),
    ("what about tomorrow wk", "tomorrow wk", "2026-12-01"),
    ("tomorrow week's no good, I'm away", "tomorrow week's no good", "2026-12-01"),
    ("Could I come in today week instead?", "today week", "2026-11-30"),
    ("today fortnight at 3 if you have it", "today fortnight at 3", "2026-12-07"),
    ("any chance of tomorrow fortnight?", "tomorrow fortnight", "2026-12-08"),
    ("is 2moro week ok for the boiler", "2moro week", "2026-12-01"),
)
# ... "tomorrow" beside a week of its own stays tomorrow.
TOMORROW_STAYS: tuple[tuple[str, str, str], ...] = (
    ("tomorrow, or the week after next", "tomorrow", "2026-11-24"),
    ("tomorrow week after next is no good", "tomorrow", "2026-11-24"),
    ("tmrw. week after that is fine too", "tmrw", "2026-11-24"),
)

# (message, the mention's text, its first day "YYYY-MM-DD")
FIRST_THING_AFTER_A_MONTH: tuple[tuple[str, str, str], ...] = (
    (
        "Monday 7 December first thing, I start work at 11",
        "Monday 7 December first thing",
        "2026-12-07",
    ),
    ("3 Dec first thing please", "3 Dec first thing", "2026-12-03"),
    ("Tuesday 8 Dec first thing?", "Tuesday 8 Dec first thing", "2026-12-08"),
    ("dec 10th first thing if poss", "dec 10th first thing", "2026-12-10"),
    (
        "can we do 2 December first thing in the morning",
        "2 December first thing in the morning",
        "2026-12-02",
    ),
)
# ... "December first" is still the 1st.
MONTH_FIRST_STAYS: tuple[tuple[str, str, str], ...] = (
    ("December first please", "December first", "2026-12-01"),
    ("December first, first thing", "December first, first thing", "2026-12-01"),
)
