"""The G28 corpus: a stretch said to end near a clock ("I sleep till about 2", "at the
doctor's until about eleven") ends at the clock itself, as "after about 3" starts from it;
the visit's own deadline ("by around 5", "before about 3") keeps the early edge (G22).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A stretch until about a clock. Each row: the message, the mention's words, the clock
# its bound ends at ("HH:MM").
UNTIL_ABOUT: tuple[tuple[str, str, str], ...] = (
    ("I work nights so I sleep till about 2", "till about 2", "14:00"),
    ("on the tuesday I'm at the doctor's until about eleven", "until about eleven", "11:00"),
    ("we're out until around 4 tomorrow", "until around 4 tomorrow", "16:00"),
    ("he's at nursery til about 12.30 on fridays", "til about 12.30 on fridays", "12:30"),
    ("I'm at work till 5ish most days", "till 5ish", "17:00"),
    ("the kids are with me until approx 3", "until approx 3", "15:00"),
    ("stuck in meetings until about half 2, sorry", "until about half 2", "14:30"),
    ("in court till about noon", "till about noon", "12:00"),
    ("until about 6pm I'm on shift", "until about 6pm", "18:00"),
    ("she's in school til approximately 2pm", "til approximately 2pm", "14:00"),
    ("free until around 12:30 then I have to go", "until around 12:30", "12:30"),
    ("mum's got the car till roughly 3 on weds", "till roughly 3 on weds", "15:00"),
    ("on meds that make him dozy until about 10", "until about 10", "10:00"),
)

# Not a stretch: the visit's own deadline by about a clock keeps the clock's early edge,
# and a plain "until" its clock. Each row: the message, the mention's words, the clock.
DEADLINE_ABOUT: tuple[tuple[str, str, str], ...] = (
    ("need it finished by about 11", "by about 11", "10:30"),
    ("has to be done by around 5", "by around 5", "16:30"),
    ("before about 3 if you can", "before about 3", "14:30"),
    ("I'm at work until 4", "until 4", "16:00"),
)

# A weak weekday ("wed", "sat", "mon", "sun") made a day by what is said of it: the day as
# the subject of what fills it ("wed is her orthodontist"), a verdict in a run of days
# ("mon no, wed maybe"), a fallback with no comma ("mon if not"), a firm need after it
# ("wed, has to be before 11", "wed but it has to finish by 10"), a goodbye before it
# ("see u wed"). Each row: the message, the mention's words, its first day "YYYY-MM-DD".
WEAK_DAY_SAID: tuple[tuple[str, str, str], ...] = (
    ("wait no, wed is her orthodontist sorry. thurs pls", "wed", "2026-11-25"),
    ("thurs 26th works, wed is my yoga", "wed", "2026-11-25"),
    ("sat's our anniversary so not then", "sat", "2026-11-28"),
    ("mon is his football so maybe tue", "mon", "2026-11-23"),
    ("for next week, mon no, tue no, wed maybe, thu yes", "wed", "2026-12-02"),
    ("sat maybe? otherwise fri", "sat", "2026-11-28"),
    ("wed yes pls, any time", "wed", "2026-11-25"),
    ("sat morning first choice, mon if not", "mon", "2026-11-23"),
    ("need studio wed, has to be done by 12", "wed", "2026-11-25"),
    ("rebar insp wed, has to be before the truck at 11", "wed", "2026-11-25"),
    ("the van sat, needs to be back by 4", "sat", "2026-11-28"),
    ("need darkroom wed but it HAS to finish by 10 am", "wed", "2026-11-25"),
    ("court sat but not before 10", "sat", "2026-11-28"),
    ("ok thx see u wed", "wed", "2026-11-25"),
    ("great, see you sat!", "sat", "2026-11-28"),
    ("cheers, c ya sun", "sun", "2026-11-29"),
    ("perfect see you on wed then", "wed", "2026-11-25"),
)

# Still the words: the sun, a verb "sat" or "wed", "mon" as an address.
WEAK_DAY_A_WORD: tuple[str, ...] = (
    "I can see you sat there from the window",
    "see you sat down already, go on in",
    "sun is my favourite thing about the new flat",
    "sun maybe later, they said on the forecast",
    "they will wed but not in a church",
    "we sat but it was freezing",
    "the sun but no heat, typical",
    "ya mon no problem",
    "she sat is what I heard",
)

# "earliest" / "latest" right before an hour ending its clause, or "earliest" right after
# a clock: a bound on it. Each row: the message, the mention's words, its bound, the clock
# it starts after or ends before ("HH:MM").
EARLIEST_LATEST_HOUR: tuple[tuple[str, str, str, str], ...] = (
    ("He say earliest 2.30, I say latest 4.", "earliest 2.30", "after", "14:30"),
    ("He say earliest 2.30, I say latest 4.", "latest 4", "before", "16:00"),
    ("he finishes school at 2, so earliest 3. Tuesday or Thursday", "earliest 3", "after", "15:00"),
    ("knock off at 4 so 4:30 earliest", "4:30 earliest", "after", "16:30"),
    ("3pm earliest on friday", "3pm earliest", "after", "15:00"),
    ("friday, latest 5pm", "latest 5pm", "before", "17:00"),
    ("tomorrow works, earliest 10 please", "earliest 10", "after", "10:00"),
    ("need to be out latest 11:30 tho", "latest 11:30", "before", "11:30"),
    ("earliest 9am tomorrow pls", "earliest 9am tomorrow", "after", "09:00"),
    ("any day next week, latest noon", "latest noon", "before", "12:00"),
    ("thurs is good, 8.45 earliest", "8.45 earliest", "after", "08:45"),
)

# A superlative before a number that counts, or the soonest wished: no bound.
EARLIEST_LATEST_NOT_BOUND: tuple[tuple[str, str], ...] = (
    ("what's the latest 3pm slot", "3pm"),
    ("your latest 4pm is fine", "4pm"),
)
EARLIEST_NOTHING: tuple[str, ...] = (
    "the earliest 3 slots you have",
    "latest 3 messages",
    "whats the earliest 2 people can come",
)
