"""Grounding v2 (G27) corpus: a weak "sat" (or "wed", "mon") that can only be the day.

A verb "sat" is not followed by "is", by a subject ("sat i got a race"), by "any good?",
nor by a comma and a fallback ("sat, if not then sun"); a noun of what is booked after it
("sat class", "wed lesson"), and "earliest" or "every" before it, make it the day too.

And the earliest or the latest asked for in speech's short forms: "early as u can", "late as
ye can", "early as" at the end, British "early doors". And a date's number before AM or PM
("mon 22 PM", "3/5 AM"): the date and the half of its day, not a clock ("9/10am" stays hours).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the mention's text, its first day "YYYY-MM-DD")
WEAK_DAY_SAID: tuple[tuple[str, str, str], ...] = (
    ("sat is a write-off for us, family thing", "sat is a write-off", "2026-11-28"),
    ("sat's no good now sorry, can we look at sun", "sat's no good", "2026-11-28"),
    ("wed is a half day at school so no", "wed", "2026-11-25"),
    ("ah sat i have my cousin's wedding", "sat", "2026-11-28"),
    ("mon we're away til late", "mon", "2026-11-23"),
    ("hmm sat any better for him?", "sat", "2026-11-28"),
    ("could do sat, if not then the week after", "sat", "2026-11-28"),
    ("2 of us sat, or if not sunday", "sat", "2026-11-28"),
    ("Sat, anything after lunch", "Sat", "2026-11-28"),
    ("squash sat, not too early pls", "sat", "2026-11-28"),
    ("sat preferred but flexible", "sat", "2026-11-28"),
    ("can we keep it for sat tho", "sat", "2026-11-28"),
    ("my sat class has to move", "sat", "2026-11-28"),
    ("wed lesson cancelled, can we rebook", "wed", "2026-11-25"),
    ("whats the earliest sat you have in december", "sat", "2026-11-28"),
)

# A verb "sat", the sun, or "mon" as a word: no day.
WEAK_DAY_A_WORD: tuple[str, ...] = (
    "I sat in the waiting room for ages",
    "we sat down and talked, not too bad",
    "she sat her exam, anything else you need?",
    "sun's out, fancy a walk",
    "sun is shining at last",
    "he sat, if not stood, the whole time",
    "they sat i think near the back",
)

# The earliest or the latest asked for in speech's short forms: "early as u can", "late as
# ye can", "early as" at the end, British "early doors". (message, the wish's text, reason)
EARLY_LATE_SAID: tuple[tuple[str, str, str], ...] = (
    ("thurs is fine, early as u can pls", "early as u can", "soonest"),
    ("put me down for friday, as early as she could fit me", "as early as she could", "soonest"),
    ("tomorrow then, early as!", "early as", "soonest"),
    ("can we do it early doors on monday", "early doors", "soonest"),
    ("sunday would suit, late as ye can", "late as ye can", "latest"),
    ("book me in the 9th, late as he can do it", "late as he can", "latest"),
    ("wed, late as.", "late as", "latest"),
)
# "as early as 8" is a bound, and "as late as usual" no wish.
EARLY_LATE_NOT_WISH: tuple[str, ...] = (
    "can you do as early as 8?",
    "she was as late as usual today",
    "we open early as well on saturdays",
)

# A date's number with AM or PM after it is the date and the half of its day, not a clock:
# an hour over 12 ("mon 22 PM") or a number after a slash ("3/5 AM") is no hour. (message,
# the mention's text, its first start "YYYY-MM-DD HH:MM", its first end)
DATE_THEN_HALF: tuple[tuple[str, str, str, str], ...] = (
    ("Tue 15 PM w/ Ortiz", "Tue 15 PM", "2026-12-15 12:00", "2026-12-15 17:00"),
    ("can do thurs 17 am only", "thurs 17 am", "2026-12-17 08:00", "2026-12-17 12:00"),
    ("Sunday 29 p.m. if that works", "Sunday 29 p.m.", "2026-11-29 12:00", "2026-11-29 17:00"),
    ("need a tech out 12/4 AM", "12/4 AM", "2026-12-04 08:00", "2026-12-04 12:00"),
    ("fri 12/11 pm. not before 2", "fri 12/11 pm", "2026-12-11 12:00", "2026-12-11 17:00"),
)
# A clock stays a clock: "4 PM", "13:30pm", "3-5 pm", "at 5 AM".
CLOCK_STAYS: tuple[tuple[str, str, str], ...] = (
    ("Fri 4 PM please", "Fri 4 PM", "2026-11-27 16:00"),
    ("friday 13:30pm", "friday 13:30pm", "2026-11-27 13:30"),
    ("tmrw 3-5 pm", "tmrw 3-5 pm", "2026-11-24 15:00"),
    ("tuesday at 5 AM if u can", "tuesday at 5 AM", "2026-11-24 05:00"),
)
# Two hours with a slash and am or pm written on: one of two clocks, not a date.
# (message, the mention's text, its first start)
SLASHED_HOURS: tuple[tuple[str, str, str], ...] = (
    ("anything 9/10am tomorrow?", "10am tomorrow", "2026-11-24 10:00"),
    ("could do 4/5pm on friday", "5pm on friday", "2026-11-27 17:00"),
)
