"""The G19b corpus: times said after a first choice of day and its fallback, weekdays
said after a date the visit must come before, bare hours after a part of the day said
apart, and a weekday restated with "it's the 30th".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A first choice of day, words of its own, a fallback word and the second day; a time
# said after both is said of each. Each row: the message, the time's words, the days
# its reading covers ("MM-DD").
FALLBACK_THEN_TIME: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Sunday the 29th if at all possible, otherwise Tuesday the 1st. Around 3 either day.",
        "Around 3",
        ("11-29", "12-01"),
    ),
    (
        "Saturday would be ideal, if not then Sunday. around 7ish?",
        "around 7ish",
        ("11-28", "11-29"),
    ),
    (
        "the 3rd for the scan, otherwise the 4th. half ten either day",
        "half ten",
        ("12-03", "12-04"),
    ),
    ("wed? if not, priya on thurs. either way after 11", "after 11", ("11-25", "11-26")),
    (
        "Wednesday ideally, Thursday at a push. I'm tied up until 1pm both days.",
        "up until 1pm",
        ("11-25", "11-26"),
    ),
    (
        "Would Friday suit? If not, Saturday, as long as it's the morning.",
        "morning",
        ("11-27", "11-28"),
    ),
    (
        "thursday if the sitter can come — otherwise let's say friday. morning either way",
        "morning",
        ("11-26", "11-27"),
    ),
    (
        "monday preferably but if not then tuesday, only from 8 to noon",
        "from 8 to noon",
        ("11-23", "11-24"),
    ),
    (
        "ideally the 2nd, but if that's full, the 3rd. never before 11",
        "never before 11",
        ("12-02", "12-03"),
    ),
    ("Tues would be best, failing that Weds. after 4 pls", "after 4", ("11-24", "11-25")),
    (
        "friday the 27th is my first choice, second choice the 30th. afternoon",
        "afternoon",
        ("11-27", "11-30"),
    ),
    ("saturday if possible, else sunday, after 10 whichever day", "after 10", ("11-28", "11-29")),
    ("Dec 3 would be great, or else Dec 4. at 2?", "at 2", ("12-03", "12-04")),
    (
        "tomorrow would be perfect, otherwise wednesday. late afternoon if you can",
        "late afternoon",
        ("11-24", "11-25"),
    ),
    (
        "the 1st ideally, if they're booked up the 2nd. before noon",
        "before noon",
        ("12-01", "12-02"),
    ),
    ("Thursday is best, if it's full Friday. 2pm please", "2pm", ("11-26", "11-27")),
)

# ... but not when the first day's own words rule it out, when it has a time of its own,
# or when no fallback is offered: the time is the last day's alone, as before.
FALLBACK_NOT: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Monday I'm away, otherwise Tuesday. after 2", "after 2", ("11-24",)),
    ("Monday I can't, otherwise Tuesday. after 2", "after 2", ("11-24",)),
    ("Monday at 9, otherwise Tuesday. after 2", "after 2", ("11-24",)),
    ("Monday is my day off. Tuesday after 2", "Tuesday after 2", ("11-24",)),
    ("the 2nd is my birthday, the 3rd at 4 then", "the 3rd at 4", ("12-03",)),
)

# A bare weekday after a date the visit must come before is the nearest of its name,
# not the one in that date's week. Each row: the message, the weekday's words, its day.
BEFORE_THE_DATE: tuple[tuple[str, str, str], ...] = (
    ("my visa runs out on the 10th so I need it before then. Friday?", "Friday", "11-27"),
    (
        "school goes back on the 7th, need it done before that. Saturday morning works",
        "Saturday morning",
        "11-28",
    ),
    ("We fly out Dec 8. Before we leave, could you do Saturday?", "Saturday", "11-28"),
    (
        "passport expires on the 11th and they want it by the 4th. wednesday ideally",
        "wednesday",
        "11-25",
    ),
    ("moving out on the 9th, so prior to that. thursday would suit", "thursday", "11-26"),
    ("the wedding is Dec 12 and I want it done ahead of that. saturday?", "saturday", "11-28"),
    ("Exam on the 10th! need a session before it, maybe Friday", "Friday", "11-27"),
    ("court date is the 8th. no later than the 3rd please, wednesday", "wednesday", "11-25"),
    ("the baby's due on the 9th, before that please - saturday?", "saturday", "11-28"),
    ("my lease ends on the 7th so before then please. sat or sun", "sat", "11-28"),
    ("Surgery on Dec 9, I'd like a check before that. Tuesday works", "Tuesday", "11-24"),
    ("party is on the 12th. ahead of the party, saturday morning?", "saturday morning", "11-28"),
    ("off to Spain on the 14th so before I go. Monday?", "Monday", "11-23"),
    ("due date the 10th, need it sorted before. Friday if you can", "Friday", "11-27"),
    ("the inspection is on the 8th; before it, ideally a Tuesday", "Tuesday", "11-24"),
)

# ... while a weekday after a date with no such words, after "until" or "after", or
# after a "before" that bounds the hours of that day, keeps its reading.
BEFORE_THE_DATE_NOT: tuple[tuple[str, str, str], ...] = (
    ("Dec 7. Wednesday works too", "Wednesday", "12-09"),
    ("I'm back on the 30th. Thursday?", "Thursday", "12-03"),
    ("the deadline's the 10th, ahead of it ideally Tuesday", "Tuesday", "12-08"),
    ("on the 7th, before 10, or else Friday", "Friday", "12-11"),
    ("next Tuesday is no good. before 3 on Wednesday?", "before 3 on Wednesday", "12-02"),
    (
        "she leaves on the 11th - before she goes, Thursday afternoon?",
        "Thursday afternoon",
        "12-10",
    ),
)

# A bare hour after a part of the day said apart, of the same day, takes its half; a
# morning ruled out lends the afternoon's. Each row: the message, the hour's words, its
# clock ("HH:MM": the start of a clock or an "after" bound, the end of a "before" bound).
HOUR_AFTER_PART: tuple[tuple[str, str, str], ...] = (
    ("Fri 27th. We can't do the afternoon. Evening, not too late, say by 9.", "by 9", "21:00"),
    ("heya after work sesh thurs? I'm done at 6 usually so maybe 7 to be safe", "7", "19:00"),
    ("Tuesday 1st. Not the morning, and not after 7 as I'm babysitting.", "not after 7", "19:00"),
    ("thursday. evening. not after 9", "not after 9", "21:00"),
    ("the 30th - night time, from 8", "from 8", "20:00"),
    ("saturday please. afternoon, but not before 3", "not before 3", "15:00"),
    ("wed then. in the evening. not before 7", "not before 7", "19:00"),
    ("Friday. The evening. no earlier than 8", "no earlier than 8", "20:00"),
    ("tuesday. not in the morning, after 7", "after 7", "19:00"),
    ("tomorrow. not in the morning, no later than 7", "no later than 7", "19:00"),
    ("monday - after work. done by 9?", "by 9", "21:00"),
    ("Wednesday 2nd. Evening is best. until 9", "until 9", "21:00"),
    ("the 4th. dinner time. after 7", "after 7", "19:00"),
    ("thurs, after school, till 6 latest", "till 6", "18:00"),
    ("thursday 3rd. evening please. before 8 if poss", "before 8", "20:00"),
)

# ... a part in the morning keeps the morning, a worked shift says nothing of the hour,
# and an afternoon ruled out lends nothing.
HOUR_AFTER_PART_NOT: tuple[tuple[str, str, str], ...] = (
    ("thursday. in the morning. not before 9", "not before 9", "09:00"),
    ("friday, not the afternoon. after 4", "after 4", "16:00"),
    ("I work nights. thursday, not before 11", "not before 11", "11:00"),
    ("sunday, not the morning. after 11", "after 11", "11:00"),
    ("tuesday, morning, 10 at the latest", "tuesday, morning, 10 at the latest", "10:00"),
    ("wednesday, not the evening, after 10", "after 10", "10:00"),
)

# A weekday restated by its date with "it's" / "which is": that date's weekday.
RESTATED_ITS: tuple[tuple[str, str, str], ...] = (
    (
        "Mum wonders if you could do Monday at twenty to three? It's the 30th.",
        "Monday at twenty to three",
        "11-30",
    ),
    ("Tuesday at 10? it's the 1st", "Tuesday at 10", "12-01"),
    ("Friday? It's the 4th.", "Friday", "12-04"),
    ("thursday, which is the 3rd", "thursday", "12-03"),
    ("Monday afternoon - it is the 30th", "Monday afternoon", "11-30"),
)

# A numeric date whose first order (month first, MDY) is more than half a year off and
# whose other order falls within two months is the near one (the reference is 23 Nov
# 2026). Each row: the message, the date's words, its day.
NUMERIC_DATE_NEAR: tuple[tuple[str, str, str], ...] = (
    ("can I come on 11/1?", "11/1", "01-11"),
    ("anything on 10/12 in the afternoon", "10/12 in the afternoon", "12-10"),
    ("9/12 at 3 please", "9/12 at 3", "12-09"),
    ("is 7/1 free", "7/1", "01-07"),
    ("8/12 morning pls", "8/12 morning", "12-08"),
    ("6/12?", "6/12", "12-06"),
    ("we'd like to book on 11/12", "11/12", "12-11"),
    ("10/1 at 9am", "10/1 at 9am", "01-10"),
    ("7/12 after 2", "7/12 after 2", "12-07"),
    ("the 9/1 if you have it", "9/1", "01-09"),
    ("8/1, any time", "8/1", "01-08"),
    ("6/1 at 4:30", "6/1 at 4:30", "01-06"),
    ("How about 12/12?", "12/12", "12-12"),
    ("Is Dr Lee in on 7/12?", "7/12", "12-07"),
    ("Could my son come 9/1 after school", "9/1 after school", "01-09"),
)

# ... while one within half a year, one with no other order, one whose other order is
# as far, and one with its weekday said keep their readings.
NUMERIC_DATE_KEPT: tuple[tuple[str, str, str], ...] = (
    ("is 2/12 free", "2/12", "02-12"),
    ("how about 4/12", "4/12", "04-12"),
    ("11/15 at 2", "11/15 at 2", "11-15"),
    ("9/11 please", "9/11", "09-11"),
    ("friday 4/12", "friday 4/12", "12-04"),
    ("12/3 at 10", "12/3 at 10", "12-03"),
)

# A weekday after a day of the month said of a visit gone by ("was here on the 16th") is
# the nearest of its name, not one in that date's (next month's) week. Each row: the
# message, the weekday's words, its day.
AFTER_A_PAST_VISIT: tuple[tuple[str, str, str], ...] = (
    ("the plumber was here on the 16th, can he come back Thursday", "Thursday", "11-26"),
    ("Rosa came the 17th and said to call. Could she come Friday?", "Friday", "11-27"),
    (
        "you were out on the 16th for the boiler, it's leaking again. wednesday?",
        "wednesday",
        "11-25",
    ),
    ("Dr Lee saw me on the 18th. follow up on thursday please", "thursday", "11-26"),
    ("your guy came in on the 16th, is tuesday possible", "tuesday", "11-24"),
    ("we visited on the 19th, can we come back friday", "friday", "11-27"),
    ("Sam was in on the 17th, needs another look. saturday?", "saturday", "11-28"),
    (
        "he came round on the 18th and fixed it but it broke. Thursday afternoon?",
        "Thursday afternoon",
        "11-26",
    ),
    ("Mia was here the 16th. Wednesday works for me", "Wednesday", "11-25"),
    ("the tech came by on the 17th, can someone come friday", "friday", "11-27"),
    ("my daughter saw you on the 19th. Friday for the follow-up?", "Friday", "11-27"),
    ("came in on the 18th for a cleaning, need a filling now. tuesday?", "tuesday", "11-24"),
    ("you popped in on the 16th - could you pop back thursday", "thursday", "11-26"),
    ("was here the 20th for the first coat. second coat saturday?", "saturday", "11-28"),
    ("they went out on the 19th but didn't finish. wednesday?", "wednesday", "11-25"),
)

# ... a date ahead keeps its week.
AFTER_A_DATE_AHEAD: tuple[tuple[str, str, str], ...] = (
    ("I'm off on the 16th. Thursday?", "Thursday", "12-17"),
    ("was hoping for the 16th, or Thursday", "Thursday", "12-17"),
    ("we're out of town on the 16th, home again Friday", "Friday", "12-18"),
)

# Days listed each with the same part of the day, then a time: the time is said of each
# ("tues eve or wed eve, has to finish no later than 7:30"). Each row: the message, the
# time's words, the days its reading covers.
SAME_PART_LIST_THEN_TIME: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "tues eve or wed eve, has to finish no later than 7:30",
        "no later than 7:30",
        ("11-24", "11-25"),
    ),
    ("monday morning or tuesday morning, not before 10", "not before 10", ("11-23", "11-24")),
    ("sat morning or sun morning? around 10", "around 10", ("11-28", "11-29")),
    ("wed arvo, thurs arvo, before 4", "before 4", ("11-25", "11-26")),
    ("Thursday evening or Friday evening - after 6 please", "after 6", ("11-26", "11-27")),
    ("either tomorrow afternoon or wednesday afternoon, ideally 2ish", "2ish", ("11-24", "11-25")),
    ("Fri night or Sat night. not before 8", "not before 8", ("11-27", "11-28")),
    ("Tuesday morning / Wednesday morning, not after 11", "not after 11", ("11-24", "11-25")),
    ("thurs morning or fri morning. by 10 latest", "by 10", ("11-26", "11-27")),
    (
        "Monday afternoon or Tuesday afternoon; I can't before 3",
        "can't before 3",
        ("11-23", "11-24"),
    ),
    (
        "the 1st in the evening or the 2nd in the evening. after 7pm",
        "after 7pm",
        ("12-01", "12-02"),
    ),
    (
        "saturday lunchtime or sunday lunchtime. not before 12:30",
        "not before 12:30",
        ("11-28", "11-29"),
    ),
    ("wed morning, thu morning or fri morning - from 9", "from 9", ("11-25", "11-26", "11-27")),
    ("Tue evening or Thu evening? until 8 only", "until 8", ("11-24", "11-26")),
    ("saturday afternoon or sunday afternoon, after 1", "after 1", ("11-28", "11-29")),
)

# ... days with different parts keep the time to the last, as before.
MIXED_PARTS_LIST: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("thursday morning or friday afternoon, after 2", "after 2", ("11-27",)),
    ("monday morning or tuesday, after 2", "after 2", ("11-24",)),
    ("sat morning or sun evening. after 7", "after 7", ("11-29",)),
)
