"""The G11b corpus: ranges said in German ("von 9 bis 17"), a numeric date read in the
order its weekday says ("wednesday 10/3"), the visit's end said as a bound ("latest 6pm
finish", "hard stop at 10:30"), "every 2nd friday", days listed after a month ("Jan 9
or 16"), "20th onwards", lengths in decimal hours ("2.5h"), an ordinal that counts a
noun ("the second viewing"), "mid-week next week", and days bounded by an event or a
side ("before my trip on the 12th", "this side of the 14th").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "von 9 bis 17", "zwischen 10 und 12", "10:00 bis 12:00": a range of clock times. Each
# row: the message, the mention's words, its first start ("MM-DD HH:MM"), its end
# ("HH:MM").
GERMAN_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("brauchen den raum morgen von 9 bis 17", "morgen von 9 bis 17", "11-24 09:00", "17:00"),
    ("can we get elbe on friday von 10 bis 12?", "friday von 10 bis 12", "11-27 10:00", "12:00"),
    (
        "zwischen 14 und 16 on thursday pls",
        "zwischen 14 und 16 on thursday",
        "11-26 14:00",
        "16:00",
    ),
    (
        "thursday zwischen 10 und 12 would be great",
        "thursday zwischen 10 und 12",
        "11-26 10:00",
        "12:00",
    ),
    ("hallo, montag von 8 bis 13 bitte", "montag von 8 bis 13", "11-23 08:00", "13:00"),
    ("von 9 bis 5 next tuesday", "von 9 bis 5 next tuesday", "12-01 09:00", "17:00"),
    ("Dienstag 10:00 bis 12:30, danke", "Dienstag 10:00 bis 12:30", "11-24 10:00", "12:30"),
    (
        "next wednesday from 13:00 bis 15:00",
        "next wednesday from 13:00 bis 15:00",
        "12-02 13:00",
        "15:00",
    ),
    ("the 3rd zwischen 9 und 11", "the 3rd zwischen 9 und 11", "12-03 09:00", "11:00"),
    ("tomorrow von 14 bis 18 uhr", "tomorrow von 14 bis 18 uhr", "11-24 14:00", "18:00"),
    ("saturday zwischen 9:30 und 11", "saturday zwischen 9:30 und 11", "11-28 09:30", "11:00"),
    ("wed 2nd, von 10 bis 14", "wed 2nd, von 10 bis 14", "12-02 10:00", "14:00"),
    ("friday 15:00 bis 17:00 please", "friday 15:00 bis 17:00", "11-27 15:00", "17:00"),
    ("room for tomorrow zwischen 13 und 15", "tomorrow zwischen 13 und 15", "11-24 13:00", "15:00"),
    ("sunday von 11 bis 13, thx", "sunday von 11 bis 13", "11-29 11:00", "13:00"),
    (
        "bitte elbe für donnerstag, 10:00 bis 12:00. danke!",
        "donnerstag, 10:00 bis 12:00",
        "11-26 10:00",
        "12:00",
    ),
)

# Not a German range: "von" in a name, an hour from 13 with nothing to join, "bis" alone.
GERMAN_NOT_A_RANGE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Maria von Trapp at 3", ("von",)),
    ("Guten Morgen von Anna", ("Morgen", "von")),
    ("ich bin bis 17 da", ("17",)),
    ("kids 9 bis", ("9",)),
    ("und 15 more things", ("15",)),
)

# "wednesday 10/3": of a numeric date's two orders, the one on the weekday said with it.
# Each row: the message, the mention's words, its day ("MM-DD").
NUMERIC_DATE_ON_ITS_WEEKDAY: tuple[tuple[str, str, str], ...] = (
    ("free on wednesday 12/2?", "wednesday 12/2", "12-02"),
    ("can I come thursday 3/12 at 10", "thursday 3/12 at 10", "12-03"),
    ("sat 5/12 morning?", "sat 5/12 morning", "12-05"),
    ("friday 12/4 at 2pm", "friday 12/4 at 2pm", "12-04"),
    ("wed 9/12 or thu 10/12", "wed 9/12", "12-09"),
    ("wed 9/12 or thu 10/12", "thu 10/12", "12-10"),
    ("sunday 13/12, any time", "sunday 13/12", "12-13"),
    ("thurs 12/10 please", "thurs 12/10", "12-10"),
    ("tues 12/8 after 3", "tues 12/8 after 3", "12-08"),
    ("fri 4/12, 10am", "fri 4/12, 10am", "12-04"),
    ("how about Monday 14/12", "Monday 14/12", "12-14"),
    ("wednesday 16/12 at 11", "wednesday 16/12 at 11", "12-16"),
    ("tuesday 15/12 is best", "tuesday 15/12", "12-15"),
    ("which rooms are free on wednesday 10/3?", "wednesday 10/3", "03-10"),
    ("thursday 11/3 at 9", "thursday 11/3 at 9", "03-11"),
)

# ... and a date alone keeps the writer's order (month first by default).
NUMERIC_DATE_ALONE: tuple[tuple[str, str, str], ...] = (
    ("the 12/3 please", "12/3", "12-03"),
    ("on 10/3?", "10/3", "10-03"),
    ("4/12 at 10am", "4/12 at 10am", "04-12"),
)

# The visit's end said before or around its clock: a bound before that clock. Each row:
# the message, the mention's words, the clock it ends by ("HH:MM").
END_BOUNDS: tuple[tuple[str, str, str], ...] = (
    ("friday works, latest 6pm finish", "latest 6pm", "18:00"),
    ("need 2 hrs tomorrow, latest 5 finish", "latest 5", "17:00"),
    ("latest end 5pm on the 2nd please", "latest end 5pm on the 2nd", "17:00"),
    ("thursday, latest finish time 4:30", "latest finish time 4:30", "16:30"),
    ("any day next week but latest end time is 3pm", "latest end time is 3pm", "15:00"),
    ("I've got a hard stop at 10:30 tomorrow", "hard stop at 10:30 tomorrow", "10:30"),
    ("wednesday morning, hard stop 11am", "hard stop 11am", "11:00"),
    ("hard stop by 2 on friday", "hard stop by 2 on friday", "14:00"),
    ("latest finish 7 pm saturday", "latest finish 7 pm saturday", "19:00"),
    ("monday please. latest 4pm end as I have school pickup", "latest 4pm", "16:00"),
    ("tomorrow, but I have a hard stop at noon", "hard stop at noon", "12:00"),
    ("latest 3:30 finish on the 4th", "latest 3:30", "15:30"),
    ("tues 1st - hard stop at 4", "tues 1st - hard stop at 4", "16:00"),
    ("the 3rd, latest end at 6", "latest end at 6", "18:00"),
    ("latest finish by 5 on thursday", "latest finish by 5 on thursday", "17:00"),
    ("we need spree for 2.5 hrs on wed the 10th, latest end 5pm", "latest end 5pm", "17:00"),
)

# Not an end bound: "latest" before a clock with no end word, a stop with no clock, a
# routine ("I finish at 5" is free after 5), "latest" after its clock (as before).
END_NOT_A_BOUND: tuple[tuple[str, str, str | None], ...] = (
    ("what's the latest 3pm slot", "3pm", None),
    ("friday, 3:30 latest", "friday, 3:30 latest", "before"),
    ("I finish at 5", "I finish at 5", "after"),
    ("at 2 on the dot, hard stop", "2 on the dot", None),
)

# "every 2nd friday", "every second wednesday", "every alternate monday": every such
# weekday, as "every other friday". Each row: the message, the mention's words, the
# first day ("MM-DD"), its weekday (0 = Monday).
EVERY_SECOND_WEEKDAY: tuple[tuple[str, str, str, int], ...] = (
    ("every 2nd friday at 5pm please", "every 2nd friday at 5pm", "11-27", 4),
    ("every second wednesday, 9:30", "every second wednesday, 9:30", "11-25", 2),
    ("every 2nd tuesday morning", "every 2nd tuesday morning", "11-24", 1),
    ("can we do every second monday at 10", "every second monday at 10", "11-23", 0),
    ("every alternate thursday evening", "every alternate thursday evening", "11-26", 3),
    ("every 2nd sat", "every 2nd sat", "11-28", 5),
    ("every second Friday from the 4th", "every second Friday", "11-27", 4),
    ("team sync every 2nd wednesday 2-3pm", "every 2nd wednesday 2-3pm", "11-25", 2),
    ("every second sunday at noon", "every second sunday at noon", "11-29", 6),
    ("book me every 2nd thursday at 4:15", "every 2nd thursday at 4:15", "11-26", 3),
    ("every second tuesday after 5", "every second tuesday after 5", "11-24", 1),
    ("every 2nd monday, starting next week", "every 2nd monday", "11-23", 0),
    ("every alternate wednesday at 9am", "every alternate wednesday at 9am", "11-25", 2),
    ("every second thursday afternoon", "every second thursday afternoon", "11-26", 3),
    ("every 2nd Friday at 8am", "every 2nd Friday at 8am", "11-27", 4),
)

# ... while "the 2nd friday of december" is one day, and "2nd friday" alone a date.
SECOND_WEEKDAY_ONE_DAY: tuple[tuple[str, str, str], ...] = (
    ("the 2nd friday of december", "the 2nd friday of december", "12-11"),
    ("every other monday", "every other monday", "11-23"),
)

# "Jan 9 or 16", "Dec 1, 2 or 3": a number listed after a month's day is a day of that
# month. Each row: the message, the number's words, its day ("MM-DD").
MONTH_DAY_LISTS: tuple[tuple[str, str, str], ...] = (
    ("Jan 9 or 16, whichever", "16", "01-16"),
    ("can you do Dec 3 or 4?", "4", "12-04"),
    ("Dec 1, 2 or 3 please", "2", "12-02"),
    ("Dec 1, 2 or 3 please", "3", "12-03"),
    ("jan 5 or 6 works", "6", "01-06"),
    ("Feb 2 or 3, either is fine", "3", "02-03"),
    ("December 8 or 9?", "9", "12-09"),
    ("Dec 22, 23 or 29", "23", "12-23"),
    ("Dec 22, 23 or 29", "29", "12-29"),
    ("Jan 12 or 13 at 10am", "13", "01-13"),
    ("march 3 or 4 please", "4", "03-04"),
    ("Dec. 7 or 8", "8", "12-08"),
    ("Jan 4 or 5, mornings", "5", "01-05"),
    ("Dec 17 or 18 would work", "18", "12-18"),
    ("Has to be Saturday. Jan 9 or 16, whichever.", "16", "01-16"),
)

# Not a day: a count after the list ("10 people", "6 of us", "4 hours"), a clock after
# "at". Each row: the message, the mentions it gives.
MONTH_DAY_NOT_LISTED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Dec 9 or 10 people", ("Dec 9",)),
    ("dec 5 or 6 of us", ("dec 5",)),
    ("Dec 3, 4 hours", ("Dec 3", "4 hours")),
    ("on Dec 3, 2pm", ("Dec 3, 2pm",)),
)

# "20th onwards", "4.30 onwards" after a dash: from that day / clock. Each row: the
# message, the mention's words, its first moment ("MM-DD HH:MM").
ONWARDS: tuple[tuple[str, str, str], ...] = (
    ("20th onwards", "20th onwards", "12-20 00:00"),
    ("the 10th onward please", "the 10th onward", "12-10 00:00"),
    ("7th onwards is fine for me", "7th onwards", "12-07 00:00"),
    ("anything 15th onwards", "15th onwards", "12-15 00:00"),
    ("12th onwards, mornings", "12th onwards", "12-12 00:00"),
    ("need a spot after easter. like, well after. 20th onwards", "20th onwards", "12-20 00:00"),
    ("28th onwards would be ideal", "28th onwards", "11-28 00:00"),
    ("the 4th onwards", "the 4th onwards", "12-04 00:00"),
    ("she finishes at 3 - 3.30 onwards is fine", "3.30 onwards", "11-23 15:30"),
    ("I'm out till 2 - 2:30 onwards works", "2:30 onwards", "11-23 14:30"),
    ("done at 5 - 5.15 onwards ok", "5.15 onwards", "11-23 17:15"),
    ("school ends at 4 - 4.30 onwards is fine", "4.30 onwards", "11-23 16:30"),
    ("back at 1 - 1:15 onwards?", "1:15 onwards", "11-23 13:15"),
    ("class til 6 - 6.30 onward", "6.30 onward", "11-23 18:30"),
    ("work ends at 5 – 5.30 or later works", "5.30 or later", "11-23 17:30"),
)

# ... while a dash between clocks with no "onwards" is still a range, and "5th floor" no
# day. Each row: the message, the mentions it gives.
ONWARDS_UNCHANGED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("2-4 on friday", ("2-4 on friday",)),
    ("9 - 11 tomorrow", ("9 - 11 tomorrow",)),
    ("on the 5th floor", ()),
    ("my 10th visit", ()),
)

# "2.5h", "1.5h": a length in decimal hours (not its "5h"). Each row: the message, the
# mention's words, minutes.
DECIMAL_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("1.5h session", "1.5h", 90),
    ("a 2.5h workshop on friday", "2.5h", 150),
    ("need 3.5h for the colour", "3.5h", 210),
    ("0.5h is enough", "0.5h", 30),
    ("book 1.5h with Ana", "1.5h", 90),
    ("2.25h on saturday", "2.25h", 135),
    ("can we do 4.5h tomorrow", "4.5h", 270),
    ("the spree room thursday for a 2.5h workshop", "2.5h", 150),
    ("1.5 h please", "1.5 h", 90),
    ("it's a 2.5hr job", "2.5hr", 150),
    ("roughly 1.5hrs", "1.5hrs", 90),
    ("6.5 hours on monday", "6.5 hours", 390),
    ("3h from 10", "3h", 180),
    ("a 2h call", "2h", 120),
    ("90m", "90m", 90),
)

# "for the second viewing", "for the third session": an ordinal word counting a noun is
# no day (after "for" it read as the 2nd / 3rd). Each row: the message, the mentions it
# gives.
ORDINAL_COUNTS_A_NOUN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("for the second viewing, thursday after 2", ("thursday after 2",)),
    (
        "Both of us have to be there for the second viewing. Thursday, after 2.",
        ("Thursday", "after 2"),
    ),
    ("it's for the second fitting - saturday morning?", ("saturday morning",)),
    ("for the first consultation, thursday morning", ("thursday morning",)),
    ("booking for the third session, friday at 2", ("friday at 2",)),
    ("for the second lesson, tuesday after school", ("tuesday after school",)),
    ("we'd like to come for the first visit on monday", ("monday",)),
    ("for the second coat, wednesday works", ("wednesday",)),
    ("for the fourth treatment, monday afternoon", ("monday afternoon",)),
    ("for the second shoot, sunday at 5", ("sunday at 5",)),
    ("this is for the third appointment, friday morning", ("friday morning",)),
    ("for the first class please, saturday 10am", ("saturday 10am",)),
    ("for the second dose, any day next week", ("any day next week",)),
    ("for the second call, tomorrow at 11", ("tomorrow at 11",)),
    ("for the fifth session, saturday 9am", ("saturday 9am",)),
    ("for the second round, thursday evening", ("thursday evening",)),
    ("for the first check, wednesday at 9", ("wednesday at 9",)),
    ("for the third meeting on the 4th", ("on the 4th",)),
)

# ... and an ordinal word that is a day stays one. Each row: the message, the mention's
# words, its day ("MM-DD").
ORDINAL_WORD_STILL_A_DAY: tuple[tuple[str, str, str], ...] = (
    ("on the second", "on the second", "12-02"),
    ("the second of december", "the second of december", "12-02"),
    ("the fifth at 3", "the fifth at 3", "12-05"),
    ("the second at 10am", "the second at 10am", "12-02"),
)

# "mid-week next week": the middle (Tuesday to Thursday) of that week. Each row: the
# message, the mention's words, its first day and its last ("MM-DD").
MIDWEEK_OF_A_WEEK: tuple[tuple[str, str, str, str], ...] = (
    ("mid-week next week please", "mid-week next week", "12-01", "12-03"),
    ("midweek next week, afternoons", "midweek next week", "12-01", "12-03"),
    ("something midweek next week?", "midweek next week", "12-01", "12-03"),
    ("mid-week the week after next", "mid-week the week after next", "12-08", "12-10"),
    ("midweek of next week would suit", "midweek of next week", "12-01", "12-03"),
    ("can we do midweek, next week?", "midweek, next week", "12-01", "12-03"),
    ("mid-week this week", "mid-week this week", "11-24", "11-26"),
    ("mid week next week", "mid week next week", "12-01", "12-03"),
    ("Looking for mid-week next week, Tues/Wed/Thurs", "mid-week next week", "12-01", "12-03"),
    ("anything midweek nxt week?", "midweek nxt week", "12-01", "12-03"),
    ("mid-week of the week after next", "mid-week of the week after next", "12-08", "12-10"),
    ("ideally midweek next wk", "midweek next wk", "12-01", "12-03"),
    ("Mid-week next week suits me", "Mid-week next week", "12-01", "12-03"),
    ("mid week the following week", "mid week the following week", "12-01", "12-03"),
    ("midweek coming week", "midweek coming week", "12-01", "12-03"),
)

# ... while "midweek" alone and "mid next week" keep their readings.
MIDWEEK_UNCHANGED: tuple[tuple[str, str, str, str], ...] = (
    ("midweek", "midweek", "11-24", "11-26"),
    ("mid next week", "mid next week", "12-01", "12-03"),
    ("got anything midweek?", "midweek", "11-24", "11-26"),
)

# "before my trip on the 12th", "before my SIP date, which is the 15th", "this side of
# the 14th": before that day (the day left out). Each row: the message, the mention's
# words, the day it ends before ("MM-DD").
BEFORE_A_DAY: tuple[tuple[str, str, str], ...] = (
    ("before my trip on the 12th", "before my trip on the 12th", "12-12"),
    ("before the kids' party on the 9th", "before the kids' party on the 9th", "12-09"),
    ("before I leave for Toronto on the 17th", "before I leave for Toronto on the 17th", "12-17"),
    ("before my SIP date, which is the 15th", "before my SIP date, which is the 15th", "12-15"),
    ("before we fly out on friday", "before we fly out on friday", "11-27"),
    ("before her exam on Dec 10", "before her exam on Dec 10", "12-10"),
    ("before our move, which is the 20th", "before our move, which is the 20th", "12-20"),
    ("before my surgery on the 4th please", "before my surgery on the 4th", "12-04"),
    ("before they arrive on saturday", "before they arrive on saturday", "11-28"),
    ("before my holiday, that's the 18th", "before my holiday, that's the 18th", "12-18"),
    ("before I go back to uni on the 6th", "before I go back to uni on the 6th", "12-06"),
    ("before the wedding on the 19th", "before the wedding on the 19th", "12-19"),
    ("before his birthday on the 11th", "before his birthday on the 11th", "12-11"),
    ("before my interview on thursday", "before my interview on thursday", "11-26"),
    (
        "We need a clean after the 2nd but before the kids' bday party on the 9th",
        "before the kids' bday party on the 9th",
        "12-09",
    ),
    ("any day this side of the 14th", "this side of the 14th", "12-14"),
    ("this side of Christmas", "this side of Christmas", "12-25"),
    ("this side of friday please", "this side of friday", "11-27"),
    ("something this side of the weekend", "this side of the weekend", "11-28"),
    ("this side of the 10th, mornings", "this side of the 10th", "12-10"),
)

# ... while a time word after "before" keeps its own reading, and an event with no
# opening word ("before school goes back") leaves the day said in passing. Each row: the
# message, the mentions it gives.
BEFORE_A_DAY_UNCHANGED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("before noon on Friday", ("before noon on Friday",)),
    ("before school goes back on the 12th", ("on the 12th",)),
    ("before the weekend on friday", ("before the weekend", "friday")),
    # the appointment named by its clock is the bound (G47: `rules_event_clock`)
    ("before my 3pm on friday", ("before my 3pm on friday",)),
    ("before lunch on the 3rd", ("before lunch on the 3rd",)),
    ("before 10 on the 5th", ("before 10 on the 5th",)),
)

# "2 weeks from saturday", "three weeks from monday": that weekday so many weeks on (as
# "a week from tuesday"). Each row: the message, the mention's words, its day ("MM-DD").
WEEKS_FROM_A_WEEKDAY: tuple[tuple[str, str, str], ...] = (
    ("I wanna book for 2 weeks from saturday same time", "2 weeks from saturday", "12-12"),
    ("two weeks from friday at 3", "two weeks from friday at 3", "12-11"),
    ("3 wks from this tuesday", "3 wks from this tuesday", "12-15"),
    ("2 weeks on monday please", "2 weeks on monday", "12-07"),
    ("can you book me in for two weeks from thursday?", "two weeks from thursday", "12-10"),
    ("2 weeks from wednesday works", "2 weeks from wednesday", "12-09"),
    ("book it for 2 weeks from sunday", "2 weeks from sunday", "12-13"),
    ("three weeks from monday, morning", "three weeks from monday, morning", "12-14"),
    ("4 weeks from friday at 10am", "4 weeks from friday at 10am", "12-25"),
    ("two weeks from tuesday?", "two weeks from tuesday", "12-08"),
    ("2 wks from thurs", "2 wks from thurs", "12-10"),
    ("the appt is 2 weeks from saturday", "2 weeks from saturday", "12-12"),
    ("see you two weeks on wednesday", "two weeks on wednesday", "12-09"),
    ("3 weeks from friday if possible", "3 weeks from friday", "12-18"),
    ("two weeks from this monday", "two weeks from this monday", "12-07"),
)

# ... while a stretch of time ("away for 2 weeks from friday") stays a bound from that day.
WEEKS_FROM_NOT_A_DAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("away for 2 weeks from friday", ("from friday",)),
    ("it's been 2 weeks from monday", ("from monday",)),
)

# "2morrow like 10?", "friday like 3": "like" after a day word hedges the hour. Each row:
# the message, the mention's words, its first start ("MM-DD HH:MM").
LIKE_AFTER_A_DAY: tuple[tuple[str, str, str], ...] = (
    ("hi can u do 2morrow like 10?", "2morrow like 10", "11-24 10:00"),
    ("friday like 3 works", "friday like 3", "11-27 15:00"),
    ("today, like 4?", "today, like 4", "11-23 16:00"),
    ("tmrw like 9:30", "tmrw like 9:30", "11-24 09:00"),
    ("monday like 2 or 3", "monday like 2", "11-23 14:00"),
    ("thursday like 5pm", "thursday like 5pm", "11-26 17:00"),
    ("tonight like 8", "tonight like 8", "11-23 20:00"),
    ("sat like 10?", "sat like 10", "11-28 10:00"),
    ("wednesday, like 1", "wednesday, like 1", "11-25 13:00"),
    ("tomoz like 12", "tomoz like 12", "11-24 12:00"),
    ("2moro like 4 pls", "2moro like 4", "11-24 16:00"),
    ("tuesday like 9:15", "tuesday like 9:15", "11-24 08:45"),
    ("today like 2 if u can", "today like 2", "11-23 14:00"),
    ("fri like 6", "fri like 6", "11-27 18:00"),
    ("could u fit me in tomorrow like 11", "tomorrow like 11", "11-24 11:00"),
)

# ... and "like" before a count or after "would" is no clock. Each row: the message, the
# mentions it gives.
LIKE_NOT_A_CLOCK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tomorrow like 5 people", ("tomorrow",)),
    ("would like 10 tomorrow", ("tomorrow",)),
    ("saturday like 2 weeks ago", ("saturday", "2 weeks ago")),
    ("I'd like 3 on friday", ("friday",)),
)

# "jeudi prochain", "lundi prochain à 10h": French for next Thursday / Monday (as "Tuesday
# next"). Each row: the message, the mention's words, its day ("MM-DD").
FRENCH_NEXT_WEEKDAY: tuple[tuple[str, str, str], ...] = (
    (
        "Je voudrais réserver jeudi prochain, le matin si possible",
        "jeudi prochain, le matin",
        "12-03",
    ),
    ("lundi prochain à 10h", "lundi prochain à 10h", "11-30"),
    ("mardi prochain", "mardi prochain", "12-01"),
    # "après 14h" is a bound of its own since G30 (`test_grounding_corpus_g30`)
    ("vendredi prochain vers 14h", "vendredi prochain vers 14h", "12-04"),
    ("mercredi prochain le soir", "mercredi prochain le soir", "12-02"),
    ("samedi prochain", "samedi prochain", "12-05"),
    ("dimanche prochain vers 11h", "dimanche prochain vers 11h", "12-06"),
    ("jeudi prochain à 9h", "jeudi prochain à 9h", "12-03"),
    ("lundi prochain l'après-midi", "lundi prochain l'après-midi", "11-30"),
    ("mardi prochain, 15h", "mardi prochain, 15h", "12-01"),
    ("c'est possible vendredi prochain?", "vendredi prochain", "12-04"),
    ("mercredi prochain matin", "mercredi prochain matin", "12-02"),
    ("jeudi prochain ou vendredi", "jeudi prochain", "12-03"),
    ("samedi prochain à 10h30", "samedi prochain à 10h30", "12-05"),
    ("lundi prochain svp", "lundi prochain", "11-30"),
)

# ... while a weekday alone stays the nearest, and "prochain" alone no day.
FRENCH_NEXT_UNCHANGED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("jeudi", ("jeudi",)),
    ("le prochain rdv", ()),
)

# A part of the day only preferred and too short for the appointment ("late afternoon if
# you can" for a 3-hour clean): when it starts (`windows.windows_of`). Each row: the
# message, the mention's words, the appointment's minutes, the preferred window's start
# ("MM-DD HH:MM") and end ("HH:MM").
PREFERRED_PART_TOO_SHORT: tuple[tuple[str, str, int, str, str], ...] = (
    (
        "Saturday the 28th? Late afternoon if you can.",
        "Late afternoon",
        180,
        "11-28 15:00",
        "20:00",
    ),
    ("friday, mid-afternoon if possible", "mid-afternoon", 180, "11-27 14:00", "19:00"),
    ("tomorrow, early evening ideally", "early evening", 180, "11-24 17:00", "22:00"),
    ("thursday lunchtime ideally", "thursday lunchtime", 150, "11-26 12:00", "16:30"),
    ("wednesday, preferably early afternoon", "early afternoon", 360, "11-25 12:00", "20:00"),
    ("saturday, late evening would be best", "late evening", 150, "11-28 19:00", "22:00"),
    ("tomorrow early morning ideally", "tomorrow early morning", 240, "11-24 06:00", "13:00"),
    ("the 2nd, mid-morning if poss", "mid-morning", 180, "12-02 10:00", "15:00"),
    ("friday after school would be great", "friday after school", 240, "11-27 15:00", "22:00"),
    (
        "sunday, late in the afternoon if you can",
        "late in the afternoon",
        180,
        "11-29 15:00",
        "20:00",
    ),
    (
        "tuesday, early afternoon preferably",
        "early afternoon",
        240,
        "11-24 12:00",
        "18:00",
    ),
    ("friday, late afternoon ideally", "late afternoon", 150, "11-27 15:00", "19:30"),
    ("saturday golden hour if possible", "saturday golden hour", 180, "11-28 17:00", "22:00"),
    ("late morning would be nice on thursday", "late morning", 180, "11-26 10:00", "15:00"),
    ("mid-afternoon on the 4th ideally", "mid-afternoon on the 4th", 150, "12-04 14:00", "18:30"),
)

# ... while one long enough stays the window (and a required one always does: the
# test asks it of each row above).
PREFERRED_PART_LONG_ENOUGH: tuple[tuple[str, str, int, str, str], ...] = (
    ("friday afternoon ideally", "friday afternoon", 180, "11-27 12:00", "17:00"),
    ("friday, late afternoon ideally", "late afternoon", 60, "11-27 15:00", "17:00"),
    ("late morning would be nice on thursday", "late morning", 120, "11-26 10:00", "12:00"),
    ("monday, lunch time ideally", "lunch time", 120, "11-23 12:00", "14:00"),
)
