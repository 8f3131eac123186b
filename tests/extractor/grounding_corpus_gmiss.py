"""The GMISS corpus: words writers mark as a time that grounding used to pass over.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A question for the last opening ("what's the latest appt u have thurs?"): set aside
# as `latest`, so that the ranking turns round. Each row: a message and the words.
LATEST_ASKS: tuple[tuple[str, str], ...] = (
    ("what's the latest appt u have thurs?", "the latest appt u have"),
    ("what's the latest I could book a table for Saturday?", "what's the latest I could"),
    ("What's the latest you can fit in a 90 minute massage on Monday?", "the latest you can"),
    ("book me Jan 8 w Luna, latest she's got", "latest she's got"),
    ("whats the latest slot you have on friday", "the latest slot you have"),
    ("what is the latest time we can come in tomorrow?", "what is the latest time we can"),
    ("friday, the latest one you've got pls", "the latest one you've got"),
    ("Could I have the latest appointment he has on the 9th?", "the latest appointment he has"),
    ("what's the latest they have on sat", "the latest they have"),
    ("whats the latest u can squeeze me in today", "the latest u can"),
    ("latest you've got on wed please", "latest you've got"),
    ("what's the latest we could get a table tonight", "what's the latest we could"),
    ("the latest time you have Thursday would be ideal", "the latest time you have"),
    ("Dr Ito, the latest session she has next week", "the latest session she has"),
    ("what's the latest booking you could give me Monday?", "the latest booking you could"),
)
# A wish for the earliest opening, in more of the ways people say it. ("Mon or Tue,
# whichever comes first" chooses among its own options: `grounding_corpus_order35`.)
SOONEST_ASKS: tuple[tuple[str, str], ...] = (
    ("Otherwise wide open over the next couple weeks, sooner is better.", "sooner is better"),
    ("Anything tomorrow morning? earlier the better, I start work at 10", "earlier the better"),
    ("honestly the earlier the better", "the earlier the better"),
    ("Ultrasound on Saturday then, as early as you have.", "as early as you have"),
    ("saturday, as early as you've got", "as early as you've got"),
    ("any weekday, earlier is better", "earlier is better"),
    ("the sooner is better for us", "the sooner is better"),
    ("next week, whatever is earlier", "whatever is earlier"),
    ("any morning, the earlier is better", "the earlier is better"),
    ("pls whatever's sooner", "whatever's sooner"),
)
# Not a question for the last opening: an upper bound, or the news.
NOT_ASKS: tuple[str, ...] = (
    "the latest I can do is 5pm",
    "the latest i can come is 4",
    "by 5 at the latest",
    "5pm latest",
    "what's the latest on my booking?",
    "I read the latest newsletter",
    "the latest she has been is 10 minutes",
    "the latest he can make it is 4pm",
    "the earlier appointment was better",
    "my sooner plan fell through",
    "it's too early to say",
)
# "not too early" with no hour said: from 10 on. Each row: message, words, first start.
NOT_TOO_EARLY: tuple[tuple[str, str], ...] = (
    ("any day next week except Monday, and ideally not too early.", "not too early"),
    ("Any day next week. Not too early, I'm not an early riser any more.", "Not too early"),
    ("We'd like to visit next week, and ideally not too early.", "not too early"),
    ("thursday works, nothing too early pls", "nothing too early"),
    ("not super early please, I'm a night owl", "not super early"),
    ("Saturday is good but not crazy early lol", "not crazy early"),
    ("not too early in the morning if you can", "not too early in the morning"),
    ("sometime next week, not that early though", "not that early"),
    ("not too early in the day please, the baby naps", "not too early in the day"),
    ("friday - nothing super early", "nothing super early"),
    ("Any weekday, not very early", "not very early"),
    ("wed or thu? not too early!", "not too early"),
    ("Happy with any day but not too early as I'm coming from Cork", "not too early"),
    ("next week sometime, not too early, whoever is free", "not too early"),
    ("could I get a slot on the 9th, not too early", "not too early"),
)
# ... and where the clause says the hour itself, that hour reads alone.
NOT_TOO_EARLY_HOUR_SAID: tuple[tuple[str, str], ...] = (
    ("not too early, say 11 or 11.30", "say 11"),
    ("not too early as she naps till 10", "till 10"),
    ("not too early - say 10 or later", "10 or later"),
    ("not too early, after ten would be good", "after ten"),
    ("nothing too early, not before 11 at least", "not before 11"),
    ("not too early, 9 at the earliest", "9 at the earliest"),
    ("Not too early — after noon ideally", "after noon"),
)
# Not about the appointment's hour at all.
NOT_TOO_EARLY_NOT_A_TIME: tuple[str, ...] = (
    "it's not too early to book, is it?",
    "hopefully not too early for a flu jab",
    "I'm not an early riser",
    "not early enough for me",
)
# "between like 1 and 3", "from like 2 to 4": a range said roughly. Each row: message,
# words, first start, first end.
BETWEEN_LIKE: tuple[tuple[str, str, str, str], ...] = (
    (
        "so it has to be between like 1 and 3, any day",
        "between like 1 and 3, any day",
        "13:00",
        "15:00",
    ),
    ("between like 2 and 4 tmrw?", "between like 2 and 4 tmrw", "14:00", "16:00"),
    ("from like 2 to 4 on friday", "from like 2 to 4 on friday", "14:00", "16:00"),
    ("anytime between like 10 and 12", "between like 10 and 12", "10:00", "12:00"),
    ("i'm free from like 3 till 5", "from like 3 till 5", "15:00", "17:00"),
    (
        "between like 9 and 11 in the morning",
        "between like 9 and 11 in the morning",
        "09:00",
        "11:00",
    ),
    ("wed between like 4 and 6", "wed between like 4 and 6", "16:00", "18:00"),
    ("between like 11:30 and 1", "between like 11:30 and 1", "11:30", "13:00"),
    ("from like 10 to 2 saturday", "from like 10 to 2 saturday", "10:00", "14:00"),
    ("thurs, between like 5 and 7pm", "thurs, between like 5 and 7pm", "17:00", "19:00"),
    ("between say 1 and 2 on the 9th", "between say 1 and 2 on the 9th", "13:00", "14:00"),
    ("from say 9 until 12 on monday", "from say 9 until 12 on monday", "09:00", "12:00"),
    ("sat between like 8 and 10am", "sat between like 8 and 10am", "08:00", "10:00"),
    ("between like 6 and 8 tonight", "between like 6 and 8 tonight", "18:00", "20:00"),
    ("tomorrow from like 1 to 3", "tomorrow from like 1 to 3", "13:00", "15:00"),
)
# "any day but not after 4": "but" joins two clauses; the "not" is the only negation.
BUT_NOT: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("any day but not after 4", ("any day", "not after 4"), "not after 4", "before"),
    ("any day but not before 10", ("any day", "not before 10"), "not before 10", "after"),
    ("anytime but not after 5pm", ("not after 5pm",), "not after 5pm", "before"),
    ("anything but no earlier than 11", ("no earlier than 11",), "no earlier than 11", "after"),
    (
        "Happy with any day but not too early",
        ("any day", "not too early"),
        "not too early",
        "after",
    ),
)
# "straight after", "right after" at the end of a clause: after the time said before,
# on its day. Each row: message, words, the first start ("%a %m-%d %H:%M").
STRAIGHT_AFTER: tuple[tuple[str, str, str], ...] = (
    (
        "Long day of meetings on Monday until 4:30, would love a massage straight after",
        "straight after",
        "Mon 11-23 16:30",
    ),
    ("work till 5 on thursday, can I come straight after?", "straight after", "Thu 11-26 17:00"),
    (
        "Tuesday I'm teaching until 1, straight after is perfect",
        "straight after",
        "Tue 11-24 13:00",
    ),
    ("swim class till 10 on saturday, could we do right after?", "right after", "Sat 11-28 10:00"),
    (
        "I finish at 6 on the 12th, straight after would be ideal",
        "straight after",
        "Sat 12-12 18:00",
    ),
    ("my shift is until 2 tomorrow so straight after pls", "straight after", "Tue 11-24 14:00"),
    ("till 11 on the 5th, right after?", "right after", "Sat 12-05 11:00"),
    ("busy thursday 9-11, right after", "right after", "Thu 11-26 11:00"),
    (
        "lecture from 9 to 11 friday, immediately after if poss",
        "immediately after",
        "Fri 11-27 11:00",
    ),
    ("in the office until 4:30 wednesday, just after is fine", "just after", "Wed 11-25 16:30"),
    ("busy till 4 on friday, just after is fine", "just after", "Fri 11-27 16:00"),
    ("sat till 1 then straight after", "straight after", "Sat 11-28 13:00"),
    ("meetings till 11 on fri, right after", "right after", "Fri 11-27 11:00"),
    ("gym till 8 on wed then straight after, say 8:30", "straight after", "Wed 11-25 08:00"),
    ("dentist on the 3rd at 2, shortly after?", "shortly after", "Thu 12-03 14:00"),
    ("Appointment at 3 on Monday, right after if possible", "right after", "Mon 11-23 15:00"),
)
# ... and not: nothing said before, or a time of its own after the words.
NOT_STRAIGHT_AFTER: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I'll come straight after.", ()),
    ("straight after work", ("after work",)),
    ("right after the gym", ()),
    ("right after lunch on friday", ("after lunch on friday",)),
    ("at 3 on Monday, right after that would be best", ("at 3 on Monday", "after that")),
)
# "early like 7": a clock said after "early". Each row: message, words.
EARLY_LIKE: tuple[tuple[str, str], ...] = (
    ("so the day after but early like 7", "like 7"),
    ("any morning that week otherwise, ideally early like 7", "like 7"),
    ("tmrw, early like 7?", "like 7"),
    ("friday early like 6:30", "like 6:30"),
    ("the 9th, early like 8 if poss", "like 8"),
    ("early like 7am on sat", "like 7am on sat"),
    ("thursday, early like 8 pls", "like 8"),
    ("Monday but early like 9", "like 9"),
    ("the 3rd - early like 7.30", "like 7.30"),
    ("tomorrow super early like 6", "like 6"),
    ("can we do early like 8 on the 12th", "like 8 on the 12th"),
    ("next tues early like 7:15", "like 7:15"),
    ("sat morning, early like 8", "like 8"),
    ("any day, early like 7 ideally", "like 7"),
    ("friday? early like 8am", "like 8am"),
)
# "only 12 to 1", "like 2 till 4": after a hedge, a range of hours (not a count). Each
# row: message, words, first start, first end.
HEDGED_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("My break is only 12 to 1.", "12 to 1", "12:00", "13:00"),
    ("need something at lunch—like 12 to 1—on wed", "12 to 1", "12:00", "13:00"),
    ("lunch (like 12 to 1) on thu", "12 to 1", "12:00", "13:00"),
    ("I can only do 11 to 12 on mon", "11 to 12 on mon", "11:00", "12:00"),
    ("only 3 to 4 tho", "3 to 4", "15:00", "16:00"),
    ("just 9 to 10 on friday", "9 to 10 on friday", "09:00", "10:00"),
    ("like 2 till 4 on sat", "2 till 4 on sat", "14:00", "16:00"),
    ("only 1 to 2 on the 8th", "1 to 2 on the 8th", "13:00", "14:00"),
    ("free only 10 to 11 tomorrow", "10 to 11 tomorrow", "10:00", "11:00"),
    ("my lunch is like 1 to 2", "1 to 2", "13:00", "14:00"),
    ("only 4 until 6 on weds", "4 until 6 on weds", "16:00", "18:00"),
    ("I'm off only 10 to 12 on friday", "10 to 12 on friday", "10:00", "12:00"),
    ("it'd be like 3 to 5 on the 9th", "3 to 5 on the 9th", "15:00", "17:00"),
    ("just 2 to 3 on thursday please", "2 to 3 on thursday", "14:00", "15:00"),
    ("only 11:30 to 1 on tue", "11:30 to 1 on tue", "11:30", "13:00"),
)
# A bound before a list of days is said of every day of the list, not folded into the
# first: "after 3 Tue, Thu or Fri". Each row: message, mention texts, the bound's days.
BOUND_BEFORE_LIST: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "we're free after 3 Tue, Thu or Fri this week",
        ("after 3", "Tue", "Thu", "Fri this week"),
        ("11-24", "11-26", "11-27"),
    ),
    ("im off work after 4:30 wed and thurs", ("after 4:30", "wed", "thurs"), ("11-25", "11-26")),
    ("before 10 mon or tue", ("before 10", "mon", "tue"), ("11-23", "11-24")),
    ("after 6 on mon or wed", ("after 6", "mon", "wed"), ("11-23", "11-25")),
    (
        "from 2 tues, weds or thurs",
        ("from 2", "tues", "weds", "thurs"),
        ("11-24", "11-25", "11-26"),
    ),
    ("not before 11 sat or sun", ("not before 11", "sat", "sun"), ("11-28", "11-29")),
    ("after 5 thurs or fri pls", ("after 5", "thurs", "fri"), ("11-26", "11-27")),
    ("before noon on the 3rd or 4th", ("before noon", "on the 3rd", "4th"), ("12-03", "12-04")),
    (
        "anytime after 1 mon, wed and fri",
        ("after 1", "mon", "wed", "fri"),
        ("11-23", "11-25", "11-27"),
    ),
    ("until 3 on tue or thu", ("until 3", "tue", "thu"), ("11-24", "11-26")),
    (
        "after 4 monday, tuesday or wednesday",
        ("after 4", "monday", "tuesday", "wednesday"),
        ("11-23", "11-24", "11-25"),
    ),
    ("before 9 wed or thu", ("before 9", "wed", "thu"), ("11-25", "11-26")),
    ("after 7pm fri or sat", ("after 7pm", "fri", "sat"), ("11-27", "11-28")),
    ("by 11 on mon or tue", ("by 11", "mon", "tue"), ("11-23", "11-24")),
    ("no earlier than 10 thu or fri", ("no earlier than 10", "thu", "fri"), ("11-26", "11-27")),
)
# The last day of a list ruled out keeps out of the wish after the comma: "any day
# except Mondays and Fridays, between 10 and 11". Each row: message, (text, negated).
EXCEPTED_LIST_THEN_TIME: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...] = (
    (
        "any day except Mondays and Fridays, between 10 and 11 am",
        (("except Mondays", True), ("Fridays", True), ("between 10 and 11 am", False)),
    ),
    (
        "any weekday except Wednesdays and Thursdays, between 4 and 5",
        (
            ("any weekday", False),
            ("except Wednesdays", True),
            ("Thursdays", True),
            ("between 4 and 5", False),
        ),
    ),
    (
        "except fri and sat, mornings",
        (("except fri", True), ("sat", True), ("mornings", False)),
    ),
    (
        "not monday or tuesday, after 3",
        (("not monday", True), ("tuesday", True), ("after 3", False)),
    ),
    (
        "can't do mon or wed, afternoons are best",
        (("can't do mon", True), ("wed", True), ("afternoons", False)),
    ),
    (
        "not tues or thurs, around 2",
        (("not tues", True), ("thurs", True), ("around 2", False)),
    ),
    (
        "anything but Monday and Friday, 10am",
        (("but Monday", True), ("Friday", True), ("10am", False)),
    ),
    # ... and a time said with the last day in a list stays that day's, ruled out too
    (
        "not monday or tuesday morning",
        (("not monday", True), ("tuesday morning", True)),
    ),
    ("can't do mon, tue or wed", (("can't do mon", True), ("tue", True), ("wed", True))),
    ("not 3 or 4", (("not 3", True), ("4", True))),
)
# After a list of days ruled out, the week is its own mention (the rest of it is wished
# for) and each day's week. Each row: message, ((text, negated, first day "MM-DD"), ...).
EXCEPTED_LIST_THEN_WEEK: tuple[tuple[str, tuple[tuple[str, bool, str], ...]], ...] = (
    (
        "any day except Tuesday or Thursday this week",
        (
            ("except Tuesday", True, "11-24"),
            ("Thursday", True, "11-26"),
            ("this week", False, "11-23"),
        ),
    ),
    (
        "Any day except Tuesday or Thursday next week, after 2pm",
        (
            ("except Tuesday", True, "12-01"),
            ("Thursday", True, "12-03"),
            ("next week", False, "11-30"),
            ("after 2pm", False, "11-30"),
        ),
    ),
    (
        "im home any day but wed and fri next wk",
        (("but wed", True, "12-02"), ("fri", True, "12-04"), ("next wk", False, "11-30")),
    ),
    (
        "can't do mon, tue or wed next week",
        (
            ("can't do mon", True, "11-30"),
            ("tue", True, "12-01"),
            ("wed", True, "12-02"),
            ("next week", False, "11-30"),
        ),
    ),
    (
        "not mon or fri next week",
        (("not mon", True, "11-30"), ("fri", True, "12-04"), ("next week", False, "11-30")),
    ),
    (
        "anything but tues or thurs next week pls",
        (
            ("but tues", True, "12-01"),
            ("thurs", True, "12-03"),
            ("next week", False, "11-30"),
        ),
    ),
    (
        "any day except monday and friday the week after next",
        (
            ("except monday", True, "12-07"),
            ("friday", True, "12-11"),
            ("the week after next", False, "12-07"),
        ),
    ),
    (
        "can't make wed or thu this week",
        (("can't make wed", True, "11-25"), ("thu", True, "11-26"), ("this week", False, "11-23")),
    ),
    (
        "except Tue, Wed or Thu next week",
        (
            ("except Tue", True, "12-01"),
            ("Wed", True, "12-02"),
            ("Thu", True, "12-03"),
            ("next week", False, "11-30"),
        ),
    ),
    (
        "not monday, wednesday or friday next week, mornings",
        (
            ("not monday", True, "11-30"),
            ("wednesday", True, "12-02"),
            ("friday", True, "12-04"),
            ("next week, mornings", False, "11-30"),
        ),
    ),
    (
        "any day but sat or sun this week",
        (("but sat", True, "11-28"), ("sun", True, "11-29"), ("this week", False, "11-23")),
    ),
    (
        "cant do tuesday or wednesday next week",
        (
            ("cant do tuesday", True, "12-01"),
            ("wednesday", True, "12-02"),
            ("next week", False, "11-30"),
        ),
    ),
    (
        "any day apart from thursday or friday next week",
        (
            ("any day", False, "11-23"),
            ("apart from thursday", True, "12-03"),
            ("friday", True, "12-04"),
            ("next week", False, "11-30"),
        ),
    ),
    (
        "not wed or thu next wk",
        (("not wed", True, "12-02"), ("thu", True, "12-03"), ("next wk", False, "11-30")),
    ),
    (
        "any day except Tuesday or Thursday this week, mornings if possible",
        (
            ("except Tuesday", True, "11-24"),
            ("Thursday", True, "11-26"),
            ("this week", False, "11-23"),
            ("mornings", False, "11-23"),
        ),
    ),
)
# ... and a list wished for keeps its week on its last day (G3).
LIST_THEN_WEEK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tues or wed next week", ("tues", "wed next week")),
    ("not friday next week", ("not friday next week",)),
    ("Tue, Wed, Thu next week", ("Tue", "Wed", "Thu next week")),
)
# "any morning but Wednesday": after "any" and a part of the day (or a weekday, a
# time, a slot), "but" before a day is "except". Each row: message, ((text, negated), ...).
ANY_BUT: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...] = (
    (
        "Pls reschedule me to any morning but Wednesday, next week.",
        (("any morning", False), ("but Wednesday", True), ("next week", False)),
    ),
    ("any afternoon but friday", (("any afternoon", False), ("but friday", True))),
    ("any weekday but thursday", (("any weekday", False), ("but thursday", True))),
    (
        "Any morning but Wednesday, next week or the week after",
        (
            ("Any morning", False),
            ("but Wednesday", True),
            ("next week", False),
            ("the week after", False),
        ),
    ),
    ("any evening but sunday pls", (("any evening", False), ("but sunday", True))),
    ("any morning but mon", (("any morning", False), ("but mon", True))),
    ("every afternoon but tuesday works", (("every afternoon", False), ("but tuesday", True))),
    ("any slot but friday", (("but friday", True),)),
    ("any morning but tomorrow", (("any morning", False), ("but tomorrow", True))),
    ("any afternoon, but Wednesday", (("any afternoon", False), ("but Wednesday", True))),
    ("any evening but weekends", (("any evening", False), ("but weekends", True))),
    ("any weekday but mondays", (("any weekday", False), ("but mondays", True))),
    ("any morning but the weekend", (("any morning", False), ("but the weekend", True))),
    ("any afternoon but the 5th", (("any afternoon", False), ("but the 5th", True))),
    ("any time but tomorrow", (("but tomorrow", True),)),
    # ... and not where "but" joins two clauses
    ("i like mornings but friday is best", (("mornings", False), ("friday", False))),
    ("tuesday but wednesday is better", (("tuesday", False), ("wednesday", False))),
    ("any morning but I'd prefer friday", (("any morning", False), ("friday", False))),
    ("any morning but not friday", (("any morning", False), ("but not friday", True))),
)
# "first thing" before a conjunction or a hedge is the morning's first slot: "make it
# first thing then", "first thing or last thing", "first thing if possible".
FIRST_THING: tuple[str, ...] = (
    "make it first thing then",
    "either first thing or last thing in the day",
    "Has to be first thing because of the fasting.",
    "Monday, Wednesday, or Friday. First thing if possible, I drive",
    "first thing as I have work at 10",
    "can u come first thing pls",
    "first thing please, before the kids wake",
    "ideally first thing since I start at 9",
    "first thing or after 4",
    "I'd prefer first thing if that's ok",
    "come in first thing then?",
    "first thing ideally",
    "book me first thing, thanks",
    "could be first thing as I'm off",
    "first thing preferably",
)
# ... and "the first thing I need" is no time.
NOT_FIRST_THING: tuple[str, ...] = (
    "the first thing I need is a quote",
    "first thing I'd like to know is the price",
    "first things first, how much is it",
    "the first thing we noticed was the leak",
)
# A full stop after a day ends its sentence before a set of days ("I work Tue, Wed, Thu.
# Any day I'm off"), and a weekday never joins a set of other weekdays (no day is both).
SENTENCE_THEN_SET: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "I work Tue, Wed, Thu. Any day I'm off next week, morning.",
        ("Tue", "Wed", "Thu.", "Any day", "next week, morning"),
    ),
    ("I'm busy wed. Any day otherwise", ("busy wed.", "Any day")),
    ("not thu. any day after that is fine", ("not thu.", "any day", "after that")),
    ("fri. Weekends are hard though", ("fri.", "Weekends")),
    ("Wednesday, every thursday", ("Wednesday", "every thursday")),
    ("Tuesday mornings", ("Tuesday mornings",)),
)
# A move by a hedged amount: "push back my wednesday appointment by like two days". Each
# row: message, words, the moved time's first start ("%a %m-%d %H:%M").
MOVE_BY_ROUGHLY: tuple[tuple[str, str, str], ...] = (
    (
        "I need to push back my wednesday appointment um by like two days",
        "by like two days",
        "Fri 11-27 00:00",
    ),
    ("push my thurs 10:45 back about a week", "back about a week", "Thu 12-03 10:45"),
    ("can we move friday's 3pm by around an hour", "by around an hour", "Fri 11-27 16:00"),
    ("bump my 2pm back like 30 mins", "back like 30 mins", "Mon 11-23 14:30"),
    ("move my tuesday 9am forward by like a day", "forward by like a day", "Mon 11-23 09:00"),
    ("push my 4pm back roughly an hour", "back roughly an hour", "Mon 11-23 17:00"),
    ("can you shift my thursday appt by about a week", "by about a week", "Thu 12-03 00:00"),
    ("reschedule my friday 11am back like a week", "back like a week", "Fri 12-04 11:00"),
    ("push the 3rd back maybe a day", "back maybe a day", "Fri 12-04 00:00"),
    ("bring my 10am forward like half an hour", "forward like half an hour", "Mon 11-23 09:30"),
    ("move my wed 2pm later by like an hour", "later by like an hour", "Wed 11-25 15:00"),
    ("could we push monday's 1pm back just 15 minutes", "back just 15 minutes", "Mon 11-23 13:15"),
    ("push my 9:30 on the 5th back about an hour", "back about an hour", "Sat 12-05 10:30"),
    ("bump my friday back like 2 days", "back like 2 days", "Sun 11-29 00:00"),
    ("move tomorrow's 3pm by roughly 30 mins", "by roughly 30 mins", "Tue 11-24 15:30"),
)
# "in between" after two times: from the first's end to the second's start. Each row:
# message, words, first start, first end.
IN_BETWEEN: tuple[tuple[str, str, str, str], ...] = (
    (
        "I've got college 9 till 2 then a shift at 6 so somewhere in between",
        "somewhere in between",
        "14:00",
        "18:00",
    ),
    ("tmrw b4 9 or after 3, in between im out", "in between", "09:00", "15:00"),
    ("busy until 11 and after 3, in between is fine", "in between", "11:00", "15:00"),
    ("I'm free 10 to 11 and 2 to 3, in between I'm at work", "in between", "11:00", "14:00"),
    ("class at 10 and gym at 4, anytime in between works", "anytime in between", "10:00", "16:00"),
    (
        "work till 12, pickup at 3, anywhere in between please",
        "anywhere in between",
        "12:00",
        "15:00",
    ),
    ("meeting 9-10 and lunch at 1, sometime in between?", "sometime in between", "10:00", "13:00"),
    (
        "I drop off at 8:30 and collect at 3, in between would be ideal",
        "in between",
        "08:30",
        "15:00",
    ),
)
# "... or after the 25th": a bound of its own, not "the 15th or after".
OR_AFTER_A_DAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("before the 15th or after the 25th", ("before the 15th", "after the 25th")),
    ("before Monday or after Friday", ("before Monday", "after Friday")),
    ("before tmrw or after next week", ("before tmrw", "after next week")),
    ("the 15th or after", ("the 15th or after",)),
    ("friday or after", ("friday or after",)),
    ("before 10 or after 3", ("before 10", "after 3")),
)
# Counts stay counts.
COUNTS: tuple[str, ...] = (
    "table for between like 5 and 6 people",
    "we're like 5 or 6 people",
    "between like 5 and 6 of us",
    "from like 3 to 4 guests",
    "table for 4",
    "2 kids and 1 adult",
    "between like 20 and 30 dollars",
    "room 12 please",
    "it costs like 40 to 50 bucks",
    "we'll be like 8 to 10 ppl",
    "we're only 2 to 3 people",
    "only 2 to 3 weeks",
    "I have only 2 kids",
    "like 2 to 3 of us",
    "there are only 4 to 5 left",
    "just 2 to 3 spots",
    "early like 5 people",
    "I have been waiting by like two days",
    "in between classes",
)
