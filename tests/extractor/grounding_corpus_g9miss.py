"""The G9MISS corpus: writer spans that grounding used to pass over or join to another.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# After a move verb, "from A to B" is the old time and the new one: two mentions, and a
# day said before "from" is its own mention ("on the 9th" + "1pm" + "11am"), not "the 9th
# at 1pm". Each row: the message and the mentions' texts, in order.
MOVE_FROM_TO: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Could I change my appointment on the 9th from 1pm to 11am? Thanks",
        ("on the 9th", "1pm", "11am"),
    ),
    ("can we swap our booth time on the 10th from 7am to 7pm?", ("on the 10th", "7am", "7pm")),
    ("Please change Sophie's lesson on Fri 15th from 4pm to 5pm", ("Fri 15th", "4pm", "5pm")),
    ("can you move the booth on wed from 11 to 12?", ("wed", "11", "12")),
    ("Could we move my class today from 4 to around 5?", ("today", "4", "around 5")),
    ("shift my tmrw appt from 2 to 3 pls", ("tmrw", "2", "3")),
    ("can i switch thursday from 10am to 2pm", ("thursday", "10am", "2pm")),
    ("need to move my session tomorrow from 9 to 11", ("tomorrow", "9", "11")),
    (
        "need to reschedule the table for 10 from friday the 18th to saturday the 19th",
        ("friday the 18th", "saturday the 19th"),
    ),
    (
        "I need to reschedule the ultrasound for Mr Doyle from Monday 11th to Tuesday 12th",
        ("Monday 11th", "Tuesday 12th"),
    ),
    ("Kindly prepone my appointment from 18th to 16th", ("18th", "16th")),
    ("yo can we flip my B session from thurs 29th to wed 28th?", ("thurs 29th", "wed 28th")),
    ("flip my friday from 3 to 5?", ("friday", "3", "5")),
    (
        "I moved my hip appointment to the 2nd, so please change my passport slot from the "
        "2nd to the 3rd",
        ("the 2nd", "the 2nd", "the 3rd"),
    ),
    (
        "my dentist moved to tuesday so can you change me from the 4th to the 6th",
        ("tuesday", "the 4th", "the 6th"),
    ),
    ("could I rebook for 2 from Dec 3 to Dec 5", ("Dec 3", "Dec 5")),
)
# Not a move: a range stays one mention, and a count stays unread.
NOT_MOVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I'm free on the 9th from 1pm to 5pm", ("on the 9th from 1pm to 5pm",)),
    ("I'm away from the 21st to the 27th", ("from the 21st to the 27th",)),
    ("can I change my booking from 4 to 6 people", ()),
    ("change the table from 4 to 6 ppl on friday at 7", ("friday at 7",)),
    ("can you move me to friday from 2 to 4", ("friday from 2 to 4",)),
    ("move it to the 9th, from 1pm to 3pm", ("the 9th, from 1pm to 3pm",)),
)
# A learner's "of" (or "then") for "than": "not earlier of 10" is not before 10. Each
# row: message, the words (within the mention, which may hold the day too), the side
# ("after" / "before") and the clock of the bound.
THAN_AS_OF: tuple[tuple[str, str, str, str], ...] = (
    (
        "not earlier of 10 please, I sleep late. saturday is good",
        "not earlier of 10",
        "after",
        "10:00",
    ),
    ("i want lesson next monday, not earlier of 3", "not earlier of 3", "after", "15:00"),
    ("He can on saturday but not earlier of 11 please", "not earlier of 11", "after", "11:00"),
    ("friday, not later of 5 because I pick my kids", "not later of 5", "before", "17:00"),
    ("tuesday no later of 6pm please", "no later of 6pm", "before", "18:00"),
    ("wednesday, no earlier of 9", "no earlier of 9", "after", "09:00"),
    ("Is possible thursday not earlier of 2pm?", "not earlier of 2pm", "after", "14:00"),
    ("monday not later then 4", "not later then 4", "before", "16:00"),
    ("the 9th, not earlier then 10", "not earlier then 10", "after", "10:00"),
    ("I can on friday, not later of 12", "not later of 12", "before", "12:00"),
    ("not earlier of 8:30 on tuesday please", "not earlier of 8:30", "after", "08:30"),
    ("tomorrow not later of 3 because I have work", "not later of 3", "before", "15:00"),
    ("Saturday is ok, no earlier of 10 am", "no earlier of 10 am", "after", "10:00"),
    ("the 3rd, not later of 11 please", "not later of 11", "before", "11:00"),
    ("next tuesday not earlier of 4", "not earlier of 4", "after", "16:00"),
)
# "of" keeps a number a count where no "earlier" / "later" comes before it.
NOT_THAN_AS_OF: tuple[str, ...] = (
    "two of 5 kids",
    "the price is not later of 5 dollars",
    "a party of 6",
    "3 of 4 people",
    "a group of 10",
)
# Two days naming different weekdays are two mentions, never one day: "wed 26th, tues"
# is not "Tuesday the 26th". Each row: message and the mentions' texts.
WEEKDAY_CLASH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tues 25th, actually wed 26th, tues im at the footy", ("tues 25th", "wed 26th", "tues")),
    ("Tuesday the 15th at 1, Monday's my gym day", ("Tuesday the 15th at 1", "Monday")),
    ("Friday the 4th, Saturday is busy", ("Friday the 4th", "Saturday is busy")),
    ("Monday, Tuesday the 15th", ("Monday", "Tuesday the 15th")),
    ("wed 9th, thurs is no good", ("wed 9th", "thurs is no good")),
    ("Thursday the 10th, friday i work", ("Thursday the 10th", "friday")),
    ("sat 12th, sunday's family day", ("sat 12th", "sunday")),
    ("fri 4th at 3, monday im away", ("fri 4th at 3", "monday")),
    ("Tue 1st, Wednesday's my day off", ("Tue 1st", "Wednesday")),
    ("Monday 7th at 10, tuesday is fine too", ("Monday 7th at 10", "tuesday")),
    ("Wednesday 2nd, Friday im out", ("Wednesday 2nd", "Friday")),
    ("thurs 3rd, not wed", ("thurs 3rd", "not wed")),
    ("sunday the 6th, saturday works too", ("sunday the 6th", "saturday")),
    ("tues 8th, monday's out", ("tues 8th", "monday's out")),
    ("Friday 11th. Thursday I'm busy", ("Friday 11th", "Thursday")),
)
# The same weekday said again still joins ("Thursday 10th, Thursday at 3").
WEEKDAY_AGREES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("friday the 4th", ("friday the 4th",)),
    ("mon 7th", ("mon 7th",)),
    ("Thursday 10th, Thursday at 3", ("Thursday 10th, Thursday at 3",)),
)
# A learner's "in the next days", and "in the coming days": the next few days (three,
# from tomorrow). Each row: message and the words.
NEXT_DAYS: tuple[tuple[str, str], ...] = (
    ("I need the session in the next days, is urgent", "in the next days"),
    ("in the next days please", "in the next days"),
    ("Is possible in the next days? I have pain", "in the next days"),
    ("any time in the coming days", "in the coming days"),
    ("can someone come over the next days", "over the next days"),
    ("is it possible in the next days if you can", "in the next days"),
    ("I would like an appointment in the next days, thank you", "in the next days"),
    ("something in the coming days would be great", "in the coming days"),
    ("during the next days I am free after 3", "during the next days"),
    ("pls in the next days, the pain is bad", "in the next days"),
    ("Hello, in the next days do you have a slot?", "in the next days"),
    ("we are free in the coming days, any afternoon", "in the coming days"),
    ("I hope to come in the next days", "in the next days"),
    ("in the next days is better for me", "in the next days"),
    ("anything over the coming days?", "over the coming days"),
)
# "the next days" with no "in" / "over" before it stays unread ("the next days were
# hard"), and so does a count of days.
NOT_NEXT_DAYS: tuple[str, ...] = (
    "the next days were hard",
    "the following days he rested",
    "the days are long",
)
# One weeknight: "a weeknight", "any weeknight", "every weeknight" are the evenings of
# the weekdays, as "weeknights" is. Each row: message and the words.
A_WEEKNIGHT: tuple[tuple[str, str], ...] = (
    ("a weeknight would be best", "a weeknight"),
    ("any weeknight works for us", "any weeknight"),
    ("can we do a weeknight?", "a weeknight"),
    ("every weeknight is fine", "every weeknight"),
    ("on a weeknight pls", "a weeknight"),
    ("Ideally a week night, we work weekends", "a week night"),
    ("any week night after work", "any week night"),
    ("just one weeknight", "one weeknight"),
    ("I'd prefer a weeknight", "a weeknight"),
    ("is there any weeknight availability?", "any weeknight"),
    ("a weeknight, not friday", "a weeknight"),
    ("hoping for a weeknight slot", "a weeknight"),
    ("any weeknight but thursday", "any weeknight"),
    ("Could we book a weeknight for the team dinner?", "a weeknight"),
    ("every weeknight except monday", "every weeknight"),
)
# Someone's next day in: a wish for the earliest time, set aside as `soonest`.
NEXT_IN: tuple[tuple[str, str], ...] = (
    ("can I book with Dr Ito whenever he's next in", "whenever he's next in"),
    ("whenever Dr Ito is next free", "whenever Dr Ito is next free"),
    ("the next time she's in, thanks", "the next time she's in"),
    ("when will Sam be next available", "when will Sam be next available"),
    ("book me in whenever she's next on", "whenever she's next on"),
    ("whenever you're next free", "whenever you're next free"),
    ("next time he's in pls", "next time he's in"),
    ("when is Dr Kim next available?", "when is Dr Kim next available"),
    ("whenever they're next around", "whenever they're next around"),
    ("when he is next working", "when he is next working"),
    ("the next day she's in works", "the next day she's in"),
    ("whenever jonah's next in", "whenever jonah's next in"),
    ("when are you next free?", "when are you next free"),
)
# Not someone's next day: a place in a line, the next thing said.
NOT_NEXT_IN: tuple[str, ...] = (
    "I was next in line",
    "who is next in the queue",
    "what's next in the plan",
    # asked whether someone is in, a question about their days (order35: writers mark it
    # in 1 of 5 messages; "when is she next free?" stays a wish)
    "when is she next in?",
    "when's Priya next in?",
)
# Plurals of weekdays however spelt, and more misspellings: a set of that weekday or
# that day. Each row: message, the words, the weekday (0 = Monday).
WEEKDAY_SPELLINGS: tuple[tuple[str, str, int], ...] = (
    ("any saturdys?", "saturdys", 5),
    ("mons no good", "mons", 0),
    ("fris are best", "fris", 4),
    ("saterday morning", "saterday morning", 5),
    ("wednesays after 3", "wednesays after 3", 2),
    ("thirsday at 2", "thirsday at 2", 3),
    ("satdy wk", "satdy wk", 5),
    ("tuesdys work for me", "tuesdys", 1),
    ("munday at 10", "munday at 10", 0),
    ("satarday pls", "satarday", 5),
    ("wendesday afternoon", "wendesday afternoon", 2),
    ("frday at 9", "frday at 9", 4),
    ("sundey is good", "sundey", 6),
    ("thursdys only", "thursdys", 3),
    ("wedsday at 4", "wedsday at 4", 2),
    ("wednessday morning", "wednessday morning", 2),
)
# Words that look like a short weekday stay words.
NOT_WEEKDAY_SPELLINGS: tuple[str, ...] = (
    "I sat on the sundeck",
    "the sun is out",
    "we sat down",
    "monsters inc is on",
)
# "morn" / "eve" said as a clause of its own: the part of the day (joined to a day said
# before it where one is). Each row: message and the words the mention ends with.
POD_ALONE: tuple[tuple[str, str], ...] = (
    ("satdy wk, either van, morn", "morn"),
    ("any booth slots sat or sun? eve preferred", "eve"),
    ("thurs or fri, morn", "morn"),
    ("tues. morn pls", "morn"),
    ("next week sometime. eve ideally", "eve"),
    ("wed or thu, eve pls", "eve"),
    ("any day, morn preferred", "morn"),
    ("sat, morn if poss", "morn"),
    ("whichever van, eve only", "eve"),
    ("the 9th - morn", "morn"),
    ("friday works. morn.", "morn"),
    ("mon or tue; eve preferred", "eve"),
    ("sat! morn please", "morn"),
    ("early next week, morn", "morn"),
    ("any weekday, eve works", "eve"),
)
# A name, a greeting: no part of the day.
NOT_POD_ALONE: tuple[str, ...] = (
    "Thanks, Eve.",
    "Hi, Eve here",
    "good morn, any slots",
    "Cheers, Eve",
)
# Fixed-date public holidays of English-speaking countries. Each row: message, the
# words, the date (mm-dd).
HOLIDAYS: tuple[tuple[str, str, str], ...] = (
    ("hey can u tell me if ur open anzac day", "anzac day", "04-25"),
    ("Do you have any openings Stephen's Day?", "Stephen's Day", "12-26"),
    ("st stephen's day any good?", "st stephen's day", "12-26"),
    ("are you open on canada day", "canada day", "07-01"),
    ("Australia Day, anything in the morning?", "Australia Day", "01-26"),
    ("closed on juneteenth?", "juneteenth", "06-19"),
    ("veterans day works", "veterans day", "11-11"),
    ("Remembrance Day if you're open", "Remembrance Day", "11-11"),
    ("Waitangi Day, any slots?", "Waitangi Day", "02-06"),
    ("on Anzac Day at 10?", "Anzac Day at 10", "04-25"),
    ("St. Stephen's Day in the afternoon", "St. Stephen's Day in the afternoon", "12-26"),
    ("Veterans' Day, morning", "Veterans' Day, morning", "11-11"),
    ("canada day at 2", "canada day at 2", "07-01"),
    ("Is Stephens Day ok?", "Stephens Day", "12-26"),
    ("australia day 11am", "australia day 11am", "01-26"),
)
# A dotted clock ("10.30", British and Irish texting) after words that name a time of day:
# "same time, 10.30", "same time (11.40)", "she's down for 12.15", "the time can stay as
# it is, 9.20", or before a day of the month ("12.15 on the 30th"). Each row: message,
# the words of the mention, the clock.
DOT_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("Same time, 10.30, and I'd rather not have Jonah", "Same time, 10.30", "10:30"),
    ("please move my appt to fri, same time (11.40)", "same time (11.40)", "11:40"),
    ("Same time if possible — 11.15 — with Ms Okeke", "Same time if possible — 11.15", "11:15"),
    ("She's down for 12.15 on the 30th.", "12.15 on the 30th", "12:15"),
    ("The time can stay as it is, 9.20.", "9.20", "09:20"),
    ("Same time, 11.30, but if that's gone, any time after", "Same time, 11.30", "11:30"),
    ("I'm booked for 10.45 and need to move it", "10.45", "10:45"),
    ("same time as before, 2.15", "2.15", "14:15"),
    ("He's booked in for 9.40", "9.40", "09:40"),
    ("same hour, 3.30", "same hour, 3.30", "15:30"),
    ("the time was 4.15 last week", "4.15 last week", "16:15"),
    ("we're pencilled in for 11.20", "11.20", "11:20"),
    ("same slot (10.15) please", "same slot (10.15)", "10:15"),
    ("could I do 9.50 on the 4th", "9.50 on the 4th", "09:50"),
    ("Mum's down for 2.40 but can't make it", "2.40", "14:40"),
)
# Dotted numbers that stay numbers: prices, totals, scores, versions.
NOT_DOT_CLOCKS: tuple[str, ...] = (
    "it costs 12.15",
    "I'm in for 12.50 total",
    "the same price, 10.50",
    "version 2.10 is out",
    "I paid 10.30 for it",
)
# A bare number after a hedge ("maybe", "ideally", "better", "preferably"), ending its
# clause, once a day or a time is said before it: the hour. Each row: message and the
# clock of the number's mention.
HEDGED_HOURS: tuple[tuple[str, str], ...] = (
    ("sometime Sunday after 3 and before it gets dark-ish, maybe 4?", "16:00"),
    ("on Saturday the 27th. She'd rather not go too early so maybe from 11?", "11:00"),
    ("the test at 9 am... hmm no, too early for me, better 11", "11:00"),
    ("Tuesday the 20th we can, before 12 noon, but maybe 11 is best.", "11:00"),
    ("ideally bree, ideally monday, ideally 4. but honestly anything works", "16:00"),
    ("shift my 3pm on the 28th to a bit later, maybe 5? not a big deal", "17:00"),
    ("thursday works for me, preferably 10.", "10:00"),
    ("tomorrow is good, ideally 2", "14:00"),
    ("Friday afternoon, maybe 3?", "15:00"),
    ("next wed, probably 11 would be best", "11:00"),
    ("the 9th. i finish work at noon so maybe 3", "15:00"),
    ("sat morning, ideally 9 or 10", "09:00"),
    ("Monday is free all day, pref 1", "13:00"),
    ("any day next week, maybe 4 is best", "16:00"),
    ("tmrw after lunch, maybe 2?", "14:00"),
)
# Counts stay counts: people, rooms, a party size said in the message.
NOT_HEDGED_HOURS: tuple[str, ...] = (
    "table for 4 on friday at 7, maybe 5?",
    "friday at 7, there'll be 4 of us, maybe 5.",
    "Friday works. We need 3 rooms, maybe 4.",
    "maybe 4?",
    "I have 2 dogs, maybe 3 soon",
)
# The working day's edges however written: "an after-work slot", "pre-work", "before I
# leave for work", "after I finish work". Each row: message, the words of the mention,
# the start of its first window.
WORK_EDGES: tuple[tuple[str, str, str], ...] = (
    ("Any chance of an after-work slot with Bella?", "after-work", "17:00"),
    ("Pre-work smash session needed.", "Pre-work", "07:00"),
    ("Could we do Wednesday before I leave for work", "Wednesday before I leave for work", "07:00"),
    ("tues after I finish work", "tues after I finish work", "17:00"),
    ("an afterwork session?", "afterwork", "17:00"),
    ("prework on thursday", "prework on thursday", "07:00"),
    ("post work on thurs", "post work on thurs", "17:00"),
    ("tues after im off work", "tues after im off work", "17:00"),
    ("friday before I go to work", "friday before I go to work", "07:00"),
    ("a post-work slot?", "post-work", "17:00"),
    ("something pre work tmrw", "pre work tmrw", "07:00"),
    ("monday once I finish work", "monday once I finish work", "17:00"),
    ("after I get off work on wed", "after I get off work on wed", "17:00"),
    ("before I head to work on friday", "before I head to work on friday", "07:00"),
    ("every after-work is fine", "every after-work", "17:00"),
)
# Work said otherwise stays unread.
NOT_WORK_EDGES: tuple[str, ...] = (
    "the work is done",
    "I work from home",
    "after the work on the roof",
)
# A writer's first language inside an English message: Spanish, German and French
# weekdays, parts of the day, today / tomorrow and clocks (`rules_foreign`). Each row:
# message, the words of the mention, the start of its first window (Mon 23 Nov 09:00).
FOREIGN: tuple[tuple[str, str, str], ...] = (
    (
        "Hola, necesito un técnico el viernes por la mañana por favor",
        "viernes por la mañana",
        "11-27 08:00",
    ),
    (
        "quiero una clase con Pablo el sábado por la mañana. Gracias!",
        "sábado por la mañana",
        "11-28 08:00",
    ),
    ("para el jueves en la tarde por favor", "jueves en la tarde", "11-26 12:00"),
    ("el martes a las 10 please", "martes a las 10", "11-24 10:00"),
    ("hoy por la tarde?", "hoy por la tarde", "11-23 12:00"),
    ("mañana por la mañana if possible", "mañana por la mañana", "11-24 08:00"),
    ("kannst du die booth heute so gegen 11 reservieren?", "heute so gegen 11", "11-23 10:30"),
    ("morgen nachmittag spree? 2h pls", "morgen nachmittag", "11-24 12:00"),
    ("wir brauchen nen raum, mittwoch früh", "mittwoch früh", "11-25 08:00"),
    ("kann ich die booth heute abend haben?", "heute abend", "11-23 17:00"),
    ("so 19 uhr bitte", "19 uhr", "11-23 19:00"),
    ("Freitag um 10, geht das?", "Freitag um 10", "11-27 10:00"),
    ("Je voudrais une séance jeudi, le matin si possible.", "jeudi, le matin", "11-26 08:00"),
    ("demain à 14h?", "demain à 14h", "11-24 14:00"),
    ("vendredi l'après-midi", "vendredi l'après-midi", "11-27 12:00"),
    ("lundi vers 10h", "lundi vers 10h", "11-23 09:30"),
)
# Words of those languages that are no time here.
NOT_FOREIGN: tuple[str, ...] = (
    "Guten Morgen!",
    "la mañana es bonita",
    "Mardi Gras party",
    "Domingo will call you",
    "um 3 people",
    "a las vegas trip",
    "a 2h call",
    "we need a 4h session",
)
# Australian words for parts of the day: "avo" (the afternoon, as "arvo"; weak, so
# "avo toast" stays a word) and "smoko" (the mid-morning break, 10:00-10:30). Each row:
# message, the words of the mention, the start of its first window.
AUSSIE_PARTS: tuple[tuple[str, str, str], ...] = (
    ("anything this avo", "this avo", "11-23 12:00"),
    ("sat avo?", "sat avo", "11-28 12:00"),
    ("tmrw avo works", "tmrw avo", "11-24 12:00"),
    ("this avo or tmrw morning", "this avo", "11-23 12:00"),
    ("friday avo pls", "friday avo", "11-27 12:00"),
    ("reckon i could get in tmrw? smoko onwards", "smoko onwards", "11-24 10:00"),
    ("van 1 tmrw, any time after smoko", "after smoko", "11-24 10:30"),
    ("before smoko friday", "before smoko friday", "11-27 00:00"),
    ("wed after smoko", "wed after smoko", "11-25 10:30"),
    ("tues from smoko", "tues from smoko", "11-24 10:00"),
    ("thurs smoko onwards", "thurs smoko onwards", "11-26 10:00"),
    ("after smoko on the 4th", "after smoko on the 4th", "12-04 10:30"),
    ("mon avo or tues avo", "mon avo", "11-23 12:00"),
    ("next tues avo", "next tues avo", "12-01 12:00"),
    ("this avo, anytime", "this avo", "11-23 12:00"),
)
# "avo" as a word; "smoko" alone (its 30 minutes are no window for the job: "smoko time
# tmrw? like 10" is read by its clock).
NOT_AUSSIE_PARTS: tuple[str, ...] = (
    "smoko time? like 10",
    "avo toast for brekky",
    "grab an avo on the way",
    "the avo was off",
)
