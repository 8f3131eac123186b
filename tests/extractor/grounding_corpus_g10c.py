"""The G10c corpus: a day of the month said as a plain number, zones said right after a
clock ("11am in New York", "4pm for him"), a time difference that is no length, the
"h" of a clock ("at 14h", "amanhã 10h"), "more or less 2", "at 6 and half", and a new
time said after a dated time ruled out ("tomorrow at 10? wait no, 11 instead").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A plain number after "the" / "on the" / "day" / "the week of", where what follows says
# it is a day, is that day of the month. Rows: message, mention, the day (MM-DD) it
# starts on, and the start (HH:MM) when the mention has a time too ("" when not).
DAY_NUMBER: tuple[tuple[str, str, str, str], ...] = (
    ("can I come on the 24 in the afternoon?", "on the 24 in the afternoon", "11-24", "12:00"),
    ("the 30 at 10am works for me", "the 30 at 10am", "11-30", "10:00"),
    ("on the 2, at 9 am if possible", "at 9 am", "12-02", "09:00"),
    ("could be the 8 quarter to 5?", "the 8 quarter to 5", "12-08", "16:45"),
    ("something like twenty past four on the 15?", "twenty past four on the 15", "12-15", "16:20"),
    ("any slot in the week of 14?", "the week of 14", "12-14", ""),
    ("the morning of the 9, before 10:30", "morning of the 9", "12-09", "08:00"),
    ("day 12 at 2pm please", "day 12 at 2pm", "12-12", "14:00"),
    ("Please on 12 or 13, morning", "on 12", "12-12", ""),
    ("Please on 12 or 13, morning", "13", "12-13", ""),
    ("is the 4 or the 5 better?", "the 5", "12-05", ""),
    ("on the 18 after lunch", "on the 18 after lunch", "12-18", "13:00"),
    ("the 10 is good for me", "the 10", "12-10", ""),
    ("hmm the 3, please", "the 3", "12-03", ""),
    ("i can do the 7 more or less 6pm", "the 7 more or less 6pm", "12-07", "17:30"),
    ("on 28 at 11am", "on 28 at 11am", "11-28", "11:00"),
    ("any afternoon in the week of 21 is good", "the week of 21", "12-21", ""),
)
# ... and a number that is a count, a page or one o'clock stays what it was: each row is
# a message and every mention it gives.
DAY_NUMBER_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the 2 of us at 3pm", ("at 3pm",)),
    ("table for the 4 of us on friday", ("friday",)),
    ("we are the 3, friday at 5", ("friday at 5",)),
    ("the 10 minutes before", ("10 minutes",)),
    ("at the 1 of the afternoon", ("afternoon",)),
    ("just the 2 pls", ()),
    ("page 12 at the top", ()),
    ("the 5 kids", ()),
    ("the 2 good people", ()),
    ("I think on the 6 in the evening.", ("6 in the evening",)),
    ("on the 9 in the morning", ("9 in the morning",)),
    ("need a slot the 16th, 10-11am if u can", ("the 16th", "10-11am")),
    ("we'd like to view the 2-bed, after work on Thursday", ("after work on Thursday",)),
    ("Can I see the 1-bed on Friday at 9?", ("Friday at 9",)),
    ("Tuesday at half two for the 3-bed semi", ("Tuesday at half two",)),
)

# A zone said right after a clock with no "time": "<clock> in <place>", "<clock>
# <City>", "<clock> for me / him" (the zone of the place the message says that person
# is in; a place said as "<place> time" is not the other's). Also places newly known
# (Oslo, Riyadh, Cape Town, ...), "our time" as the writer's, and a greeting before
# someone else ("Hi — my brother is in Oslo") no longer making the writer the one there.
# Rows: message, mention, IANA zone, local start (HH:MM) in that zone.
ZONE_AFTER_CLOCK: tuple[tuple[str, str, str, str], ...] = (
    ("Could we do 11am in New York", "11am in New York", "America/New_York", "11:00"),
    ("5pm in Perth suits them", "5pm in Perth", "Australia/Perth", "17:00"),
    ("10am LA and 6pm London, friday", "10am LA", "America/Los_Angeles", "10:00"),
    ("10am LA and 6pm London, friday", "6pm London, friday", "Europe/London", "18:00"),
    ("2pm Tokyo on Friday", "2pm Tokyo on Friday", "Asia/Tokyo", "14:00"),
    ("noon in Dubai", "noon in Dubai", "Asia/Dubai", "12:00"),
    ("the meeting is at 9 in Boston", "at 9 in Boston", "America/New_York", "09:00"),
    ("Hi — my brother is in Oslo and says 3pm his time", "3pm his time", "Europe/Oslo", "15:00"),
    (
        "we're in Cape Town, 1pm our time tomorrow",
        "1pm our time tomorrow",
        "Africa/Johannesburg",
        "13:00",
    ),
    (
        "my sister lives in Riyadh, 6pm her time on the 2nd",
        "6pm her time on the 2nd",
        "Asia/Riyadh",
        "18:00",
    ),
    (
        "I'm in Toronto, 10am for me on Tuesday",
        "10am for me on Tuesday",
        "America/Toronto",
        "10:00",
    ),
    ("dad is in Madrid so 4pm for him tomorrow", "4pm for him tomorrow", "Europe/Madrid", "16:00"),
    ("at 8pm for them, they're in Hong Kong", "at 8pm for them", "Asia/Hong_Kong", "20:00"),
    (
        "mum's in Toronto and dad's in Madrid: 10am Toronto time, which is 4pm for him",
        "4pm for him",
        "Europe/Madrid",
        "16:00",
    ),
    ("I'll be on video from Tokyo (10pm for me)", "10pm for me", "Asia/Tokyo", "22:00"),
    (
        "2 of us + my MIL who lives in Hong Kong, 7pm her time",
        "7pm her time",
        "Asia/Hong_Kong",
        "19:00",
    ),
    ("could do 9am here, which is 5pm in Singapore", "5pm in Singapore", "Asia/Singapore", "17:00"),
)
# ... and what stays in the request's zone (or its own) as before.
ZONE_NOT: tuple[tuple[str, str, str], ...] = (
    ("I'm in London this week so 3pm my time please", "3pm my time", "Europe/London"),
    ("Hello from Sydney! 9pm my time on Friday works", "9pm my time on Friday", "Australia/Sydney"),
    ("our best man is in LA, 8am his time", "8am his time", "America/Los_Angeles"),
    ("3pm for him", "3pm for him", "America/New_York"),
    ("can you book 4pm for her on friday", "4pm for her on friday", "America/New_York"),
    ("I'm in London on Friday at 3pm", "Friday at 3pm", "America/New_York"),
    ("a table for him at 7", "at 7", "America/New_York"),
    ("3pm your time on Monday", "3pm your time on Monday", "America/New_York"),
    ("my daughter's in London but 3pm my time works", "3pm my time", "America/New_York"),
)

# "N hours ahead / behind" is a time difference, not the length of the visit. Rows: a
# message and every mention it gives.
TIME_DIFFERENCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("she's 8 hours ahead", ()),
    ("Tokyo is 14 hours ahead of us, so 7pm works", ("7pm",)),
    ("they are 3 hours behind", ()),
    ("he's 5 hrs ahead of you, 9am works", ("9am",)),
    ("Riyadh (3 hours ahead of you, I believe)", ()),
    ("LA is three hours behind NY, so 11am?", ("11am",)),
    ("2 hours ahead of schedule would be nice", ()),
    ("Dubai is 4 hours ahead so 2pm our time?", ("2pm our time",)),
    ("we're 2 hours behind you, friday works", ("friday",)),
    ("my sister is six hours ahead in Lagos", ()),
    ("she's 9 hrs ahead, so 8am her time", ("8am her time",)),
    ("Perth is 8 hours ahead of London", ()),
    ("remember I'm 3 hours behind, say 10am", ("say 10am",)),
    ("they're one hour ahead of us", ()),
    ("he is 5 hours behind, monday at 4", ("monday at 4",)),
)
# ... lengths stay lengths: message, minutes.
LENGTHS: tuple[tuple[str, int], ...] = (
    ("a 2 hour appointment", 120),
    ("the time difference is 5 hours", 300),
    ("we need 4h on friday", 240),
    ("it takes 3h", 180),
    ("a 2h call", 120),
)

# The "h" of a clock (French, Portuguese, Spanish writers): after "at" / "às" or a day
# word ("amanhã", "hoje", "demain"). Rows: message, mention, day (MM-DD), start (HH:MM).
CLOCK_H: tuple[tuple[str, str, str, str], ...] = (
    ("at 14h on friday", "at 14h on friday", "11-27", "14:00"),
    ("can we do tomorrow at 10h", "tomorrow at 10h", "11-24", "10:00"),
    ("amanhã 10h pode?", "amanhã 10h", "11-24", "10:00"),
    ("amanhã às 15h", "amanhã às 15h", "11-24", "15:00"),
    ("hoje 18h?", "hoje 18h", "11-23", "18:00"),
    ("hoje at 16h", "hoje at 16h", "11-23", "16:00"),
    ("demain 9h", "demain 9h", "11-24", "09:00"),
    ("Friday at 9h30", "Friday at 9h30", "11-27", "09:30"),
    ("the 3rd at 17h", "the 3rd at 17h", "12-03", "17:00"),
    ("monday at 8h please", "monday at 8h", "11-30", "08:00"),
    ("at 21h tonight", "at 21h tonight", "11-23", "21:00"),
    ("day 5 at 11h", "day 5 at 11h", "12-05", "11:00"),
    ("on the 30th at 13h", "on the 30th at 13h", "11-30", "13:00"),
    ("wednesday às 14h", "wednesday às 14h", "11-25", "14:00"),
    ("Can be day 12 at 14h with Chen?", "day 12 at 14h", "12-12", "14:00"),
)

# "more or less" before a clock is "around" ("más o menos"): the hour ± 30 minutes.
# Rows: message, mention, day (MM-DD), start of the window (HH:MM).
MORE_OR_LESS: tuple[tuple[str, str, str, str], ...] = (
    ("maybe saturday more or less 2?", "saturday more or less 2", "11-28", "13:30"),
    ("friday more or less 10", "friday more or less 10", "11-27", "09:30"),
    ("more or less 11 on the 30th", "more or less 11 on the 30th", "11-30", "10:30"),
    (
        "the 9th more or less 6 in the afternoon",
        "the 9th more or less 6 in the afternoon",
        "12-09",
        "17:30",
    ),
    ("can we meet more or less 5pm", "more or less 5pm", "11-23", "16:30"),
    ("thursday, more or less 3:30", "thursday, more or less 3:30", "11-26", "15:00"),
    ("tuesday more or less 1", "tuesday more or less 1", "11-24", "12:30"),
    ("monday more or less noon", "monday more or less noon", "11-23", "11:30"),
    ("more or less 7 tonight", "more or less 7 tonight", "11-23", "18:30"),
    ("I can come more or less 2 tomorrow", "more or less 2 tomorrow", "11-24", "13:30"),
    ("wednesday more or less 4, not later", "wednesday more or less 4", "11-25", "15:30"),
    ("next friday more or less 10am", "next friday more or less 10am", "12-04", "09:30"),
    ("after 3 more or less", "after 3 more or less", "11-23", "15:00"),
    ("more or less 9 in the morning", "more or less 9 in the morning", "11-23", "09:00"),
    ("i can do the 7 more or less 6pm", "the 7 more or less 6pm", "12-07", "17:30"),
)
# ... "more" stays a count, "more or less" alone no time: message, every mention.
MORE_OR_LESS_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("we need 3 more chairs", ()),
    ("can you fit 2 more on friday", ("friday",)),
    ("it was more or less ok", ()),
    ("more or less 10 people", ()),
)

# "at 6 and half" is half past six. Rows: message, mention, day (MM-DD), start (HH:MM).
AND_HALF: tuple[tuple[str, str, str, str], ...] = (
    ("I want class monday at 6 and half", "monday at 6 and half", "11-23", "18:30"),
    ("on friday 18 at 10 and half", "friday 18 at 10 and half", "12-18", "10:30"),
    ("at 9 and a half tomorrow", "at 9 and a half tomorrow", "11-24", "09:30"),
    ("tuesday at 4 and half", "tuesday at 4 and half", "11-24", "16:30"),
    ("the 30th at 11 and half", "the 30th at 11 and half", "11-30", "11:30"),
    ("at 2 and half on thursday", "at 2 and half on thursday", "11-26", "14:30"),
    ("can I come at 5 and a half", "at 5 and a half", "11-23", "17:30"),
    ("wednesday @ 3 and half", "wednesday @ 3 and half", "11-25", "15:30"),
    ("at 7 and half in the evening", "at 7 and half in the evening", "11-23", "19:30"),
    ("tomorrow at 12 and half", "tomorrow at 12 and half", "11-24", "12:30"),
    ("saturday at 1 and half", "saturday at 1 and half", "11-28", "13:30"),
    ("at 8 and half, friday", "at 8 and half, friday", "11-27", "08:30"),
    ("at 3 and half pm", "at 3 and half pm", "11-23", "15:30"),
    ("at 10 and half monday", "at 10 and half monday", "11-23", "10:30"),
    ("thursday the 26th at 11 and a half", "thursday the 26th at 11 and a half", "11-26", "11:30"),
)
# ... counts and lengths stay: message, every mention.
AND_HALF_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("it takes 2 and a half hours", ("2 and a half hours",)),
    ("my son is 3 and a half", ()),
    ("2 and a half days", ()),
)

# A new time said after a time on a day that the user rules out ("tomorrow at 10? wait
# no, 11 instead"): the new time is on that day, as grounding links it. Rows: message,
# the old time's words (ruled out: the mention that starts with them), the new time's
# words (wished for), the start the engine proposes first (MM-DD HH:MM).
REPLACED_TIME: tuple[tuple[str, str, str, str], ...] = (
    ("could i do tomorrow at 10? wait no, 11 instead", "tomorrow at 10", "11", "11-24 11:00"),
    ("thursday at 1. wait no i have a lab, make it 3pm", "thursday at 1", "3pm", "11-26 15:00"),
    ("mon 30th 9am pls. oh wait i have a lab then. 10?", "mon 30th 9am", "10", "11-30 10:00"),
    ("tmrw 9am? actually no sorry, 9:40 instead", "tmrw 9am", "9:40", "11-24 09:40"),
    (
        "the 2nd around 2? i have a class 1 to 3... ok then 3:30",
        "the 2nd around 2",
        "3:30",
        "12-02 15:30",
    ),
    ("Friday at 11 is bad now, 2pm?", "Friday at 11", "2pm", "11-27 14:00"),
    ("wed 2pm won't work. 4 then", "wed 2pm", "4", "11-25 16:00"),
    ("tomorrow at 3 is taken? fine, 3:30", "tomorrow at 3", "3:30", "11-24 15:30"),
    ("Dec 1st at 10am - scratch that, 11am", "Dec 1st at 10am", "11am", "12-01 11:00"),
    ("the 4th at 9... no, at 12 please", "the 4th at 9", "at 12", "12-04 12:00"),
    ("Tuesday 8am? hmm no, 10:30", "Tuesday 8am", "10:30", "11-24 10:30"),
    ("thurs at 5pm no wait 6pm", "thurs at 5pm", "6pm", "11-26 18:00"),
    ("friday at noon? sorry, at 1", "friday at noon", "at 1", "11-27 13:00"),
    ("tomorrow 2pm doesn't suit any more, 4pm?", "tomorrow 2pm", "4pm", "11-24 16:00"),
    ("wednesday at 10am is out. 1pm?", "wednesday at 10am", "1pm", "11-25 13:00"),
)

# "then (again)" between two windows of the day offers them as either ("home till 10
# then from 3": both are free): `coordination.alternatives`. Rows: message, the two
# mentions.
THEN_AGAIN: tuple[tuple[str, str, str], ...] = (
    ("im home till 10 then from 3, tmrw", "till 10", "from 3"),
    ("fri pls, home 7 to 8.30 then again from 2", "7 to 8.30", "from 2"),
    ("shes home tmrw from 9 till 12 then again thurs arvo", "tmrw from 9 till 12", "thurs arvo"),
    ("Someone will be home 8 to noon, and then after 1 again", "8 to noon", "after 1"),
    ("free before 9 then after 4 on friday", "before 9", "after 4 on friday"),
    ("I'm around 8-10am then again 2-5pm tomorrow", "around 8-10am", "2-5pm tomorrow"),
    ("wednesday morning then thursday afternoon", "wednesday morning", "thursday afternoon"),
    ("in till 11, then from 2 onwards", "till 11", "from 2"),
    ("available 9 to 11 and then 3 to 5", "9 to 11", "3 to 5"),
    ("tuesday 10-12, then again 4-6", "tuesday 10-12", "4-6"),
    ("we're in until noon then from 5", "until noon", "from 5"),
    ("can do before 8 and then after 6", "before 8", "after 6"),
    ("mornings then evenings", "mornings", "evenings"),
    ("at home from 7 till 9 then again from 6 tonight", "from 7 till 9", "from 6"),
    ("free 1-2 then 4-5 thursday", "1-2", "4-5 thursday"),
)
# ... not when other words stand between them, nor a "then," that says "in that case",
# nor between days alone.
THEN_NOT: tuple[tuple[str, str, str], ...] = (
    ("free till 10 then I'm out till 3", "till 10", "till 3"),
    ("tomorrow at 10, before then I'm busy", "tomorrow at 10", "before then"),
    ("fri pls, home 7 to 8.30 then again from 2", "fri", "7 to 8.30"),
    ("Next week then, Tuesday or Wednesday", "Next week", "Tuesday"),
    ("ok any day next week then, mornings", "any day next week", "mornings"),
    ("friday then saturday", "friday", "saturday"),
)

# "can't be" before a time rules it out, as "can't come" does: "it can't be later than
# 12" is before 12. Rows: message, mention, its bound ("before" / "after") or "" and
# whether it is negated (a day or a time ruled out whole).
CANT_BE: tuple[tuple[str, str, str, bool], ...] = (
    ("swim club wed arvo so it can't be later than 12", "can't be later than 12", "before", False),
    ("it can't be tuesday", "can't be tuesday", "", True),
    ("can't be before 10 though", "can't be before 10", "after", False),
    ("it cannot be after 4pm", "cannot be after 4pm", "before", False),
    ("it cant be earlier than 9", "cant be earlier than 9", "after", False),
    ("sorry it can not be friday", "can not be friday", "", True),
    ("can't be the 3rd", "can't be the 3rd", "", True),
    ("it can't be any later than 5", "can't be any later than 5", "before", False),
    ("can't be after 6pm on thursday", "can't be after 6pm on thursday", "before", False),
    ("it can't be saturday morning", "can't be saturday morning", "", True),
    ("cannot be before noon", "cannot be before noon", "after", False),
    ("can't be tomorrow", "can't be tomorrow", "", True),
    ("it can't be past 3", "can't be past 3", "before", False),
    ("can't be monday or tuesday", "can't be monday", "", True),
    ("it cannot be later than 4:30", "cannot be later than 4:30", "before", False),
)
# ... "can't be there" stays an inability to come, "can't be late" no time.
CANT_BE_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("i can't be there before 3", ("can't be there before 3",)),
    ("I can't be late, so 9am", ("9am",)),
)

# A length the labels call context (the length of something else: "I fast 6 hours
# before", "a 14 hr flight", "my 12 hour shift") does not set the appointment's length.
# Rows: message, the length's words, the time's words; the visit keeps the request's 30
# minutes.
OTHER_LENGTHS: tuple[tuple[str, str, str], ...] = (
    ("I fast 6 hours before the scan, so Friday morning", "6 hours", "Friday morning"),
    ("after a 14 hr flight landing tuesday, could I come wednesday", "14 hr", "wednesday"),
    ("my partner is away for 12 hours so thursday afternoon", "12 hours", "thursday afternoon"),
    ("it's a 2 hour drive for me, so friday after 1", "2 hour", "friday after 1"),
    ("she naps for 3 hours after lunch; tomorrow at 10?", "3 hours", "tomorrow at 10"),
    ("the kids' party lasts 4 hours, so monday is better", "4 hours", "monday"),
    ("I'm on a 10 hour night shift before, so the 2nd at 3pm", "10 hour", "the 2nd at 3pm"),
    (
        "we had a 90 minute wait last time. wednesday morning please",
        "90 minute",
        "wednesday morning",
    ),
    ("my train takes 45 minutes, so after 11 on tuesday", "45 minutes", "after 11 on tuesday"),
    ("he works 8 hours on saturday, so sunday", "8 hours", "sunday"),
    ("the meds need 2 hours to kick in; thursday at 2", "2 hours", "thursday at 2"),
    ("my class is 3 hours long, then friday evening", "3 hours", "friday evening"),
    ("the bus is 40 mins each way, so the 4th around noon", "40 mins", "the 4th around noon"),
    ("it's a 5 hour flight home, so monday at 4", "5 hour", "monday at 4"),
    ("dialysis is 4 hours on tuesday, so wednesday", "4 hours", "wednesday"),
)

# "later that morning" / "earlier that afternoon" after a time on a day: that day, from
# the time to the part's end (or from the part's start to the time). Rows: message,
# mention, start (MM-DD HH:MM), end (HH:MM).
LATER_THAT_PART: tuple[tuple[str, str, str, str], ...] = (
    (
        "could I move my 9.45 on the 29th to later that morning?",
        "later that morning",
        "11-29 09:45",
        "12:00",
    ),
    (
        "my 2pm on friday, could it be earlier that afternoon",
        "earlier that afternoon",
        "11-27 12:00",
        "14:00",
    ),
    ("tuesday at 10, or later that morning", "later that morning", "11-24 10:00", "12:00"),
    ("wednesday 3pm? or later that afternoon", "later that afternoon", "11-25 15:00", "17:00"),
    (
        "I'm booked 9am on the 2nd, can we go later that morning",
        "later that morning",
        "12-02 09:00",
        "12:00",
    ),
    (
        "thursday at 1:30 is tight, anything later that afternoon?",
        "later that afternoon",
        "11-26 13:30",
        "17:00",
    ),
    ("friday 11am or earlier that morning", "earlier that morning", "11-27 08:00", "11:00"),
    (
        "my 4pm tomorrow - earlier that afternoon would be better",
        "earlier that afternoon",
        "11-24 12:00",
        "16:00",
    ),
    (
        "the 30th at 8:30, or later that morning if not",
        "later that morning",
        "11-30 08:30",
        "12:00",
    ),
    ("have a meeting Tuesday 2pm, so later that arvo", "later that arvo", "11-24 14:00", "17:00"),
    (
        "monday 10:15 clashes, maybe later that morning",
        "later that morning",
        "11-23 10:15",
        "12:00",
    ),
    ("Dec 3 at 3pm, or earlier that afternoon?", "earlier that afternoon", "12-03 12:00", "15:00"),
    ("wed at 9 no good, later that morning pls", "later that morning", "11-25 09:00", "12:00"),
    ("sat 1pm, or later that afternoon", "later that afternoon", "11-28 13:00", "17:00"),
    ("the 4th at 10am, or a bit later that morning", "later that morning", "12-04 10:00", "12:00"),
)

# "a week today", "a fortnight tomorrow" (British and Irish): today (tomorrow) a week
# (two) on. Rows: message, mention, day (MM-DD), start (HH:MM; 00:00 for a whole day).
WEEK_TODAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "Mum would like a fortnight today around 2, if possible.",
        "a fortnight today around 2",
        "12-07",
        "13:30",
    ),
    ("a week today works for me", "a week today", "11-30", "00:00"),
    ("could we say a week tomorrow at 10?", "a week tomorrow at 10", "12-01", "10:00"),
    ("two weeks today please", "two weeks today", "12-07", "00:00"),
    (
        "So a fortnight today, in the morning, please.",
        "a fortnight today, in the morning",
        "12-07",
        "08:00",
    ),
    ("a week tmrw in the afternoon", "a week tmrw in the afternoon", "12-01", "12:00"),
    ("could we do a fortnight tomorrow?", "a fortnight tomorrow", "12-08", "00:00"),
    ("one week today at 3pm", "one week today at 3pm", "11-30", "15:00"),
    ("2 weeks today if she has room", "2 weeks today", "12-07", "00:00"),
    ("a week today is fine", "a week today", "11-30", "00:00"),
    ("book me in a week today, any time", "a week today", "11-30", "00:00"),
    ("a fortnight today at half ten", "a fortnight today at half ten", "12-07", "10:30"),
    ("A week tomorrow? after 4", "A week tomorrow", "12-01", "00:00"),
    ("the follow-up a fortnight today please", "a fortnight today", "12-07", "00:00"),
    ("a week today, morning ideally", "morning", "11-30", "08:00"),
)
# ... not a time gone by: message, every mention.
WEEK_TODAY_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("it's been a week today since", ("today",)),
    ("it's been two weeks today", ("today",)),
    ("I've had it for a week today", ("today",)),
)
