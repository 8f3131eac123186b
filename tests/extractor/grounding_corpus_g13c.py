"""The G13c corpus: a day said with "any time" is a choice of its own in a list ("after 3
tomorrow or any time Friday", "Friday any time or Saturday before noon", "mondays after 3
and any time tuesday"), and what must keep its reading.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); the
engine rows book one room open 07:00-21:00 every day, every time labelled require/hard
unless told (`told`: words -> kind).
"""

from __future__ import annotations

# Each row: the message, told, and the (date "MM-DD", first hour, last hour) windows
# every proposal lies in. Before G13c the bound said before its own day was lent to the
# day said with "any time" (or the two were not a list at all), and the engine asked.
ANY_TIME_CHOICE: tuple[tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]], ...] = (
    ("after 3 tomorrow or any time Friday", {}, (("11-24", 15, 21), ("11-27", 7, 21))),
    (
        "Could you fit me in after 2 on Wednesday, or any time Thursday?",
        {},
        (("11-25", 14, 21), ("11-26", 7, 21)),
    ),
    ("After 11 tmrw is fine, or thursday anytime", {}, (("11-24", 11, 21), ("11-26", 7, 21))),
    (
        "Friday any time or Saturday before noon would work",
        {},
        (("11-27", 7, 21), ("11-28", 7, 12)),
    ),
    ("saturday anytime or sun after 10", {}, (("11-28", 7, 21), ("11-29", 10, 21))),
    (
        "im free mondays after 3 and any time tuesday",
        {},
        (
            ("11-23", 15, 21),
            ("11-30", 15, 21),
            ("12-07", 15, 21),
            ("12-14", 15, 21),
            ("11-24", 7, 21),
        ),
    ),
    (
        "weekdays nothing before 5 pls, or anytime on the weekend",
        {},
        tuple((f"11-{d}", 17, 21) for d in (23, 24, 25, 26, 27, 30))
        + tuple((f"12-0{d}", 17, 21) for d in (1, 2, 3, 4))
        + (("11-28", 7, 21), ("11-29", 7, 21)),
    ),
    (
        "after 6 on weekdays or any time saturday",
        {},
        tuple((f"11-{d}", 18, 21) for d in (23, 24, 25, 26, 27, 30))
        + tuple((f"12-0{d}", 18, 21) for d in (1, 2, 3, 4))
        + (("11-28", 7, 21),),
    ),
    (
        "only 3:30 onward on weekdays but weekends anytime",
        {},
        tuple((f"11-{d}", 15, 21) for d in (23, 24, 25, 26, 27, 30))
        + tuple((f"12-0{d}", 15, 21) for d in (1, 2, 3, 4))
        + (("11-28", 7, 21), ("11-29", 7, 21)),
    ),
    ("tmrw after 2, or any time on friday", {}, (("11-24", 14, 21), ("11-27", 7, 21))),
    ("before 10 on thursday, or anytime friday", {}, (("11-26", 7, 10), ("11-27", 7, 21))),
    ("Monday any time, or Tuesday after 1", {}, (("11-23", 9, 21), ("11-24", 13, 21))),
    (
        "no earlier than 3 on wednesday, or thursday any time",
        {},
        (("11-25", 15, 21), ("11-26", 7, 21)),
    ),
    ("after 5 tonight or anytime tomorrow", {}, (("11-23", 17, 21), ("11-24", 7, 21))),
    ("tomorrow before noon and any time friday", {}, (("11-24", 7, 12), ("11-27", 7, 21))),
    ("Thursday after 4, otherwise any time Saturday", {}, (("11-26", 16, 21), ("11-28", 7, 21))),
    ("any time thursday, or friday after 4", {}, (("11-26", 7, 21), ("11-27", 16, 21))),
    ("wed from 4 or fri any time at all", {}, (("11-25", 16, 21), ("11-27", 7, 21))),
    ("after 4 on the 30th or any time on the 1st", {}, (("11-30", 16, 21), ("12-01", 7, 21))),
    ("from 2 tomorrow or anytime thurs", {}, (("11-24", 14, 21), ("11-26", 7, 21))),
    ("past 5 on friday, or any time sunday", {}, (("11-27", 17, 21), ("11-29", 7, 21))),
)

# ... and the same messages' pairs are offered as either (`coordination.alternatives`).
ANY_TIME_PAIRS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("Friday any time or Saturday before noon would work", ("Friday", "Saturday before noon")),
    ("im free mondays after 3 and any time tuesday", ("mondays after 3", "tuesday")),
    (
        "weekdays nothing before 5 pls, or anytime on the weekend",
        ("weekdays nothing before 5", "the weekend"),
    ),
    ("only 3:30 onward on weekdays but weekends anytime", ("weekdays", "weekends")),
    ("tomorrow before noon and any time friday", ("tomorrow before noon", "friday")),
    ("saturday anytime or sun after 10", ("saturday", "sun after 10")),
)

# Must not change: a bound said before its day still lends its clock to the list when no
# "any time" frees the other day ("after 5 on the 20th or 21st"), and a bound after the
# list is said of every day of it.
STILL_SHARED: tuple[tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]], ...] = (
    ("after 5 on the 1st or 2nd", {}, (("12-01", 17, 21), ("12-02", 17, 21))),
    ("after 2 on thursday or friday", {}, (("11-26", 14, 21), ("11-27", 14, 21))),
    ("Thursday or Friday, any time after 2", {}, (("11-26", 14, 21), ("11-27", 14, 21))),
    ("thurs or fri before 11", {}, (("11-26", 7, 11), ("11-27", 7, 11))),
    ("Thurs after 4 or Fri anytime", {}, (("11-26", 16, 21), ("11-27", 7, 21))),
    ("Wednesday after 6 or Thursday after 6", {}, (("11-25", 18, 21), ("11-26", 18, 21))),
)

# Must not change: no list where nothing offers a choice.
NOT_A_CHOICE: tuple[str, ...] = (
    "any time thursday, after 4 is best",
    "tuesday at 3, any time is fine",
    "monday and tuesday any time",
    "I can come any time but not friday",
    "any time after 3 on friday",
)

# A bare hour said as the new time of a clock being moved is the reading nearest that
# clock (`paired_hours`): "move Friday 6pm to Friday 7" is 19:00, not 07:00. Each row: the
# message, the new time's words, its first start ("MM-DD HH:MM").
MOVED_HOUR: tuple[tuple[str, str, str], ...] = (
    ("can we move Friday 6pm to Friday 7?", "Friday 7", "11-27 19:00"),
    ("push my 6pm to 7", "7", "11-23 19:00"),
    ("move my 7pm friday to 8", "8", "11-27 20:00"),
    ("Could you change my 8pm booking to 9 please", "9", "11-23 21:00"),
    ("pls push tmrw 5pm to 6", "6", "11-24 18:00"),
    ("can we move my 11am to 1", "1", "11-23 13:00"),
    ("reschedule thursday 7:30pm to thursday 8", "thursday 8", "11-26 20:00"),
    ("hey could we push my 6:30pm to 7", "7", "11-23 19:00"),
    ("shift the 9pm session to 10?", "10", "11-23 22:00"),
    ("I'd like to move my 5:30 pm appointment to 6", "6", "11-23 18:00"),
    ("move Saturday 7pm → Saturday 8", "Saturday 8", "11-28 20:00"),
    ("need to push wednesday 8pm to 9, running late", "9", "11-25 21:00"),
    ("Can you move our 6 PM table to 7?", "7", "11-23 19:00"),
    ("change sunday 1pm to sunday 2", "sunday 2", "11-29 14:00"),
    ("rebook my 7pm tomorrow to 8", "8", "11-24 20:00"),
    ("move my 12pm to 1", "1", "11-23 13:00"),
)

# A bare "before" hour said after the "after" of its window is the reading that leaves the
# window open: "not before 4 ... out by 7" is by 19:00. Each row: the message, the end's
# words, the window's end ("HH:MM").
WINDOW_END: tuple[tuple[str, str, str], ...] = (
    ("not before 4, and I need to be out by 7", "by 7", "19:00"),
    ("after 4pm and before 7", "before 7", "19:00"),
    ("Sunday after 5, and honestly not later than 8", "not later than 8", "20:00"),
    ("after 5 but before 9 please", "before 9", "21:00"),
    ("any time after 3pm, has to be done by 6", "by 6", "18:00"),
    ("no earlier than 5, no later than 8", "no later than 8", "20:00"),
    ("tmrw, after 6 and before 10", "before 10", "22:00"),
    ("from 4pm onwards, but gotta leave by 7", "by 7", "19:00"),
    ("saturday after 2, finished before 7", "before 7", "19:00"),
    ("after 5:30 and before 8", "before 8", "20:00"),
    ("not before 3, not after 7", "not after 7", "19:00"),
    ("friday after 4, i need to be gone by 8", "by 8", "20:00"),
    ("after 6 pm please, before 9 ideally", "before 9", "21:00"),
    ("starting after 5, wrapped up by 10", "by 10", "22:00"),
    ("after 1 and before 5", "before 5", "17:00"),
    ("later than 4pm, no later than 7", "no later than 7", "19:00"),
)

# An "until" of someone's doing that ends at most two hours before the window opens is the
# window's reason, not its end: it keeps the reading it has alone ("not before 11, I have
# soccer til 10:30" is until 10:30, not 22:30; `paired_hours._reason_for_window`). Each
# row: the message, the until's words, its end.
UNTIL_REASON: tuple[tuple[str, str, str], ...] = (
    (
        "Rivera, this Sat, but not before 11, I have my daughter's soccer game til 10:30",
        "til 10:30",
        "10:30",
    ),
    (
        "Saturday for the kids, but after 11.30 because the boy got football till 11",
        "till 11",
        "11:00",
    ),
    ("the 22nd? morning's best, 9:30 or later, I've got a dentist thing till 9", "till 9", "09:00"),
    ("Friday? after 11:30 please, she has swimming until 11", "until 11", "11:00"),
    (
        "need a slot on the 22nd, not before 11 pls, I have standup till 10:45",
        "till 10:45",
        "10:45",
    ),
    ("thursday. not before 10, we have a lecture till 9:50", "till 9:50", "09:50"),
    ("drop-off from 10:00 onwards (driver is on a delivery run until 10)", "until 10", "10:00"),
    ("not before noon, he's at dialysis until 11:30", "until 11:30", "11:30"),
    # the negation across "come" turns the bound (`rules_neg_verb`): her aide is there from
    # 8:30, a bound after it that starts now (Monday 09:00)
    (
        "nothing before 9 is a must, her aide doesn't come till 8:30",
        "doesn't come till 8:30",
        "09:00",
    ),
    ("wednesday after 10 please, I'm on the school run til 9", "til 9", "09:00"),
    ("any time after 12 tmrw, I've got a meeting until 11", "until 11", "11:00"),
    ("no earlier than 1 on Sunday, we've got church till 12", "till 12", "12:00"),
)

# Must not change: an hour already fixed, a window already open by business hours, a move
# to a far hour, a "before" on another day, a number with no clock paired.
NOT_PAIRED: tuple[tuple[str, str, str], ...] = (
    ("push my 6pm to 7am", "7am", "11-24 07:00"),
    ("move my 9am to 10", "10", "11-23 10:00"),
    ("push my 2pm to 11", "11", "11-23 11:00"),
    ("after 10 and before 2", "before 2", "11-23 14:00"),
    ("not before 9 and not after 11", "not after 11", "11-23 11:00"),
    ("after 4 on friday. before 7 on saturday", "before 7 on saturday", "11-28 07:00"),
    ("tomorrow at 6pm, or 7 if not", "7", "11-24 19:00"),
    ("before 8 or after 6", "before 8", "11-24 08:00"),
)

# An end said with "by" or "before", an "until" far before the start, an "until" of the
# window itself ("I can stay", "I'm free", nothing between): still the window's end.
STILL_WINDOW_END: tuple[tuple[str, str, str], ...] = (
    ("after 9:30, and I need to be out by 9", "by 9", "21:00"),
    ("after 10, till 9", "till 9", "21:00"),
    ("after 10 tomorrow, I can stay till 9", "till 9", "21:00"),
    ("after 6 pm, until 10", "until 10", "22:00"),
    ("after 11, I'm free until 10", "until 10", "22:00"),
    ("after 4 on Friday, I can stay until 3", "until 3", "15:00"),
)
