"""Grounding v2 (G26) corpus: texting's "wk after next", "after office" for after work, two
bookings listed with "one ... one ...", each day the other's alternative, a dotted clock
asked for ("can i do 12.30?", "11.45 can?"), and Punjabi's "vaje" clock.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "wk after next", "the wk before last": the week said with texting's "wk".
# (message, the mention's text, its first day "YYYY-MM-DD")
WK_AFTER_NEXT: tuple[tuple[str, str, str], ...] = (
    ("boiler service. wk after next. tues-thurs. not rhys.", "wk after next", "2026-12-07"),
    ("final insp wk after next. not with Lee pls", "wk after next", "2026-12-07"),
    ("pls book wk after next, tues, 1pm w/ garcia", "wk after next, tues, 1pm", "2026-12-08"),
    ("can u do the wk after next?", "the wk after next", "2026-12-07"),
    ("midweek the wk after next", "midweek the wk after next", "2026-12-08"),
    ("was it the wk before last?", "the wk before last", "2026-11-09"),
)

# "after office" (Singapore, Malaysian, Indian English): after work, 17:00-21:00.
# (message, the mention's text, its first start "YYYY-MM-DD HH:MM")
AFTER_OFFICE: tuple[tuple[str, str, str], ...] = (
    ("wanna play wed after office", "wed after office", "2026-11-25 17:00"),
    ("Monday 30th, 2 hrs, after office, court 2", "after office", "2026-11-30 17:00"),
    ("book for this Fri? after office but before 8pm ah", "after office", "2026-11-27 17:00"),
    ("after office hours tmr can?", "after office hours tmr", "2026-11-24 17:00"),
    ("thurs after office better actually", "thurs after office", "2026-11-26 17:00"),
    ("can come before office on friday", "before office on friday", "2026-11-27 07:00"),
)

# Two bookings listed with "one": the days are offered as either (`coordination.
# alternatives`), not one day both fall on. (message, the two mentions offered as either)
BOOKINGS_LISTED: tuple[tuple[str, str, str], ...] = (
    ("2 sessions pls!! one this week one next week, evenings only", "this week", "next week"),
    (
        "2 slots: one this week for cv, one the week after for mock interview",
        "this week",
        "the week after",
    ),
    (
        "Two sessions please: one on the treadmill Sat 28th, one in the pool Mon 30th",
        "Sat 28th",
        "Mon 30th",
    ),
    ("I need two sessions, one on Wed and one on Fri, evening", "Wed", "Fri, evening"),
    (
        "2 lessons for my son, one next Monday and one next Wednesday",
        "next Monday",
        "next Wednesday",
    ),
    (
        "two CV sessions, one next week and one the week after next",
        "next week",
        "the week after next",
    ),
    ("one on wed and the other on fri pls", "wed", "fri"),
    ("2 cuts, one for me tomorrow, another one for my son thursday", "tomorrow", "thursday"),
)
# The second offered with "too" after it ("though 9.15 would be fine too", "but 11 works
# too") is the first's alternative, as after "or". (message, the two mentions)
ALSO_FINE: tuple[tuple[str, str, str], ...] = (
    (
        "Tuesday 1st at 8.45, though 9.15 would be fine too, I'll be up anyway",
        "Tuesday 1st at 8.45",
        "9.15",
    ),
    ("at 10 tomorrow, but 11 works too", "at 10 tomorrow", "11"),
    ("friday, saturday is ok as well", "friday", "saturday"),
    ("Monday morning, though Tuesday would also be fine too", "Monday morning", "Tuesday"),
    ("the 3rd at 2pm but 3pm is fine too", "the 3rd at 2pm", "3pm"),
)
# ... a day said after a clock "one", or after no "one" at all, is no such choice.
NOT_BOOKINGS_LISTED: tuple[tuple[str, str, str], ...] = (
    ("next monday at one and tuesday", "next monday at one", "tuesday"),
    ("this week for the cv then next week for the interview", "this week", "next week"),
)

# A dotted clock asked for is a time, as one after "at" is (`said_alone.dot_clock_asked`).
# (message, the mention's text, its first start "HH:MM")
DOT_CLOCK_ASKED: tuple[tuple[str, str, str], ...] = (
    ("come back for the 2nd dose on the 26th, can i do 12.30?", "12.30", "12:30"),
    ("Oops no, 11 is her snack time. 11.45 can?", "11.45", "11:45"),
    ("The earliest time we can come is 9.15, we drop the kids first", "9.15", "09:15"),
    ("could we come in 10.15? running late", "10.15", "10:15"),
    ("make it 10.45 then, thanks", "10.45", "10:45"),
    ("tmrw? 3.45 possible?", "3.45", "15:45"),
    ("can we do 2.30 with Ollie", "2.30", "14:30"),
)
# ... a price or a count with a point stays no time.
DOT_NOT_A_CLOCK: tuple[str, ...] = (
    "can i get 2.50 change",
    "it costs 12.50?",
    "is it $12.50?",
    "version 3.10?",
)

# Punjabi written in Latin letters: "10 vaje" (10 o'clock), "ton baad" (after), "ton
# pehlan" (before), and "agle hafte" (next week). (message, the mention's text, its label)
PUNJABI: tuple[tuple[str, str, str], ...] = (
    ("Saturday 28 nu possible? 10 vaje", "10 vaje", "Sat 28 Nov 10:00-11:00"),
    ("kal 4 vaje ho sakda?", "kal 4 vaje", "Tue 24 Nov 16:00-17:00"),
    ("Wednesday nu, 2 vaje ton baad", "2 vaje ton baad", "after 14:00 on Wed 25 Nov"),
    ("Friday 11 vaje ton pehlan", "Friday 11 vaje ton pehlan", "before 11:00 on Fri 27 Nov"),
    ("appointment chahida agle hafte", "agle hafte", "Mon 30 Nov - Sun 6 Dec"),
    ("kal 5 baje", "kal 5 baje", "Tue 24 Nov 17:00-18:00"),
)
