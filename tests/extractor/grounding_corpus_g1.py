"""Grounding corpus, theme G1: back-references, reschedules and relative offsets.

Reference time: `grounding_corpus_texting.TUE` (Tuesday 2026-12-01 10:30, New York).
`BACKREFS` pins a mention's best reading and the mention it leans on (`refers_to`);
`LABELS` pins a mention's best reading where the words say the time outright or lean
on nothing; `MENTIONS` pins the whole list of mentions of a message.
"""

from __future__ import annotations

# (message, mention, best reading, the mention it refers to)
BACKREFS: tuple[tuple[str, str, str, str], ...] = (
    # "the day before / after" at the end of a clause, before punctuation or a hedge
    (
        "my sister's wedding is on the 12th, can I come in the day before?",
        "the day before",
        "Fri 11 Dec",
        "on the 12th",
    ),
    (
        "the 18th is her graduation so the day before, with Mia if she's free",
        "the day before",
        "Thu 17 Dec",
        "the 18th",
    ),
    (
        "got an exam on fri the 11th, the day before ideally, mornings",
        "the day before",
        "Thu 10 Dec",
        "fri the 11th",
    ),
    (
        "flight lands on the 9th, the day after works best",
        "the day after",
        "Thu 10 Dec",
        "on the 9th",
    ),
    (
        "his test is on the 18th — the day before ideally, late afternoon",
        "the day before",
        "Thu 17 Dec",
        "on the 18th",
    ),
    # "the week before": the week leading up to the day (its own weekdays for a weekend day)
    (
        "my interview is on the 17th so the week before, any afternoon",
        "the week before",
        "Mon 7 Dec - Sun 13 Dec",
        "on the 17th",
    ),
    (
        "the concert's on sunday the 13th so sometime the week before please",
        "the week before",
        "Mon 7 Dec - Sat 12 Dec",
        "sunday the 13th",
    ),
    # "the week after" a day, or after a week said before
    (
        "booked for the 8th but can we do the week after instead",
        "the week after",
        "Mon 14 Dec - Sun 20 Dec",
        "the 8th",
    ),
    (
        "i'm away the week of the 7th, the week after works",
        "the week after",
        "Mon 14 Dec - Sun 20 Dec",
        "the week of the 7th",
    ),
    (
        "the 10th is taken by movers so the Monday after?",
        "the Monday after",
        "Mon 14 Dec",
        "the 10th",
    ),
    # moving a booking by an amount: the day (and its time) said before
    (
        "need to push my thurs 10:45 back a week",
        "back a week",
        "Thu 10 Dec 10:45-10:46",
        "thurs 10:45",
    ),
    (
        "could you bump my friday 2pm back by two weeks",
        "back by two weeks",
        "Fri 18 Dec 14:00-15:00",
        "friday 2pm",
    ),
    ("can we move tomorrow's session back a day", "back a day", "Thu 3 Dec", "tomorrow"),
    ("please bring my wed 3pm forward a day", "forward a day", "Tue 1 Dec 15:00-16:00", "wed 3pm"),
    ("can we push the 9th by a week", "by a week", "Wed 16 Dec", "the 9th"),
    (
        "my 11am on the 10th, can it be moved an hour later",
        "an hour later",
        "Thu 10 Dec 12:00-13:00",
        "11am on the 10th",
    ),
    (
        "could we shift thursday's 2:30 earlier by 30 mins",
        "earlier by 30 mins",
        "Thu 3 Dec 14:00-15:00",
        "thursday's 2:30",
    ),
    (
        "I need to move the 8th at 10 to the same time a week later",
        "a week later",
        "Tue 15 Dec 10:00-11:00",
        "the 8th at 10",
    ),
    (
        "Could we move my Wednesday evening session back an hour? It's at 6 now",
        "back an hour",
        "Wed 2 Dec 19:00-20:00",
        "at 6",
    ),
    # "same time" said before the time it means
    (
        "Same time if possible, it's at 4 now, but on friday",
        "Same time",
        "Fri 4 Dec 16:00-17:00",
        "at 4",
    ),
    # "the following ...": counted from the day said before
    (
        "Could I move my Friday 9am to the following Monday?",
        "the following Monday",
        "Mon 7 Dec",
        "Friday 9am",
    ),
    (
        "booked Monday the 14th, can we do the following week instead",
        "the following week",
        "Mon 21 Dec - Sun 27 Dec",
        "Monday the 14th",
    ),
    (
        "had to cancel the 10th, anything the following day after 2",
        "the following day after 2",
        "after 14:00 on Fri 11 Dec",
        "the 10th",
    ),
    (
        "I'm off on the 4th, so the following Tuesday at 3?",
        "the following Tuesday at 3",
        "Tue 8 Dec 15:00-16:00",
        "on the 4th",
    ),
)

# "this one", "the one after": a weekday, a set of them or a weekend said just before
BACKREFS += (
    ("any sunday but this one please", "this one", "Sun 6 Dec", "any sunday"),
    (
        "has she got any Saturdays coming up? Not this one, we're away.",
        "Not this one",
        "not Sat 5 Dec",
        "Saturdays",
    ),
    (
        "weekends are best but not this one",
        "but not this one",
        "not Sat 5 Dec - Sun 6 Dec",
        "weekends",
    ),
    (
        "I'd like a Tuesday - not this one, the one after - around 10",
        "the one after - around 10",
        "Tue 8 Dec 09:30-10:30",
        "not this one",
    ),
    (
        "with Clarke on a wednesday. not the 9th, the next one",
        "the next one",
        "Wed 16 Dec",
        "not the 9th",
    ),
    (
        "a weekend morning, not this weekend but the one after",
        "the one after",
        "Sat 12 Dec - Sun 13 Dec",
        "not this weekend",
    ),
)

# "that night", "the same evening", "that week", "the next day": the day said before
BACKREFS += (
    (
        "I have the 10th at 7pm but my son has a concert that night, so friday instead?",
        "that night",
        "Thu 10 Dec 17:00-23:00",
        "the 10th at 7pm",
    ),
    (
        "booked this Friday at 1, could we switch to the same evening, like 7?",
        "the same evening, like 7",
        "Fri 4 Dec 19:00-20:00",
        "this Friday at 1",
    ),
    (
        "postponing our tuesday the 8th meeting. anything else in the same week except Thursday?",
        "in the same week",
        "Mon 7 Dec - Sun 13 Dec",
        "tuesday the 8th",
    ),
    (
        "the 14th is no good, could we do the Friday of that week?",
        "that week",
        "Mon 14 Dec - Sun 20 Dec",
        "the 14th is no good",
    ),
    (
        "can't do the 17th at 10 anymore, anything the next day?",
        "the next day",
        "Fri 18 Dec",
        "can't do the 17th at 10",
    ),
    (
        "I had the 9th; the week before would suit",
        "the week before",
        "Mon 30 Nov - Sun 6 Dec",
        "the 9th",
    ),
    (
        "I'm off on the 15th, so Tuesday or Wednesday that week",
        "that week",
        "Mon 14 Dec - Sun 20 Dec",
        "on the 15th",
    ),
)

# "between those times": from the first of the two clock times said before to the second
BACKREFS += (
    (
        "on the 24th she's busy until 5 and we go out at 7pm, so between those times",
        "between those times",
        "Thu 24 Dec 17:00-19:00",
        "busy until 5",
    ),
    (
        "Thursday the 10th, first choice 9am, second choice 4pm; not between those hours",
        "not between those hours",
        "not Thu 10 Dec 09:00-16:00",
        "9am",
    ),
)

# "earlier in the day", "later that night": before / after the time said with the day
BACKREFS += (
    (
        "we have 2pm Friday the 4th. Can we go earlier in the day?",
        "earlier in the day",
        "before 14:00 on Fri 4 Dec",
        "2pm Friday the 4th",
    ),
    (
        "need to bump my fri 6pm to later that night if she can",
        "later that night",
        "after 18:00 on Fri 4 Dec",
        "fri 6pm",
    ),
)

# "same time" leans on the clock time said before, past a part of the day in between
BACKREFS += (
    (
        "Can I get the 4:30 tomorrow? Actually no, I've got parents' evening. Monday same time?",
        "Monday same time",
        "Mon 7 Dec 16:30-16:31",
        "4:30 tomorrow",
    ),
    (
        "thursday morning is out for me, friday same time?",
        "friday same time",
        "Fri 4 Dec 08:00-12:00",
        "thursday morning is out",
    ),
)

# "after that" leans on a time said before the one it narrows
BACKREFS += (
    (
        "we close at 3 so any afternoon after that works",
        "after that",
        "after 15:00",
        "at 3",
    ),
    (
        "her soccer is on Tuesday from 4 until 6, so a lesson on Tuesday after that?",
        "Tuesday after that",
        "after 18:00 on Tue 1 Dec",
        "Tuesday from 4 until 6",
    ),
    ("I'm away the 10th, Monday after works", "Monday after", "Mon 14 Dec", "the 10th"),
)

# "same time next week": the day said before, a week on, at its time
BACKREFS += (
    (
        "need to move thurs 4pm. same time next week?",
        "same time next week",
        "Thu 10 Dec 16:00-17:00",
        "thurs 4pm",
    ),
    (
        "can we move my friday appt to the same time the following week? it's friday 4th at 10am",
        "the same time the following week",
        "Fri 11 Dec 10:00-11:00",
        "friday 4th at 10am",
    ),
)

# (message, mention, best reading)
LABELS: tuple[tuple[str, str, str], ...] = (
    # "any day after ...": any day, then a bound, not the one day after
    (
        "I can't do Wednesday at all now. Any day after that except Saturday",
        "after that",
        "after Wed 2 Dec",
    ),
    (
        "nothing before 1pm. any day after the 2nd except saturdays",
        "after the 2nd",
        "after Wed 2 Dec",
    ),
    # "Saturday's 10am": the day and its time are one slot (the one a reschedule moves)
    (
        "can we push Saturday's 10am to the afternoon, same day?",
        "Saturday's 10am",
        "Sat 5 Dec 10:00-11:00",
    ),
    ("need to reschedule tomorrow’s 9am", "tomorrow’s 9am", "Wed 2 Dec 09:00-10:00"),
    # "same time" with the time said right after it
    ("could I move my wed appt to fri? same time, 11", "same time, 11", "Fri 4 Dec 11:00-12:00"),
    (
        "could i move sat to mon? same time if possible, 2pm",
        "same time if possible, 2pm",
        "Mon 7 Dec 14:00-15:00",
    ),
    # "the Wednesday of that week": the day is read in the week it names
    ("the 14th is no good, could we do the Friday of that week?", "Friday", "Fri 18 Dec"),
    # with no day said before, "the next day" is tomorrow
    ("the next day works", "the next day", "Wed 2 Dec"),
    (
        "moving my thursday to monday, same time (3pm)",
        "same time (3pm)",
        "Mon 7 Dec 15:00-16:00",
    ),
    # with nothing said before, the words keep their meaning from today
    ("can we do the following week", "the following week", "Mon 7 Dec - Sun 13 Dec"),
    ("I'll be there the week after next", "the week after next", "Mon 14 Dec - Sun 20 Dec"),
    # an offset before a day is counted from that day, not from one said before
    (
        "the 3rd is no good, the day before christmas eve",
        "the day before christmas eve",
        "Wed 23 Dec",
    ),
    ("I'm busy on the 2nd, the day after tomorrow works", "the day after tomorrow", "Thu 3 Dec"),
    ("the 4th is out, friday after work then", "friday after work", "Fri 4 Dec 17:00-21:00"),
    # a span with a clock time: a start at that time on any of its days
    ("next week at 2:15pm", "next week at 2:15pm", "7 days 14:15-14:16, first Mon 7 Dec"),
)

# (message, every mention's text)
MENTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # "before" starting a clause of its own is no back-reference
    ("can you come the 21st? the last day before we close", ("the 21st",)),
    # a bare number before "instead" or after "make that" is the new time, not a count
    ("she's on at 2 tomorrow, could we do 3 instead?", ("at 2 tomorrow", "3")),
    ("Friday at 4? hmm, actually make that 3", ("Friday at 4", "3")),
    ("I have 3 instead of 2 kids coming on friday", ("friday",)),
    # with no time said, "same time next week" is next week
    ("same time next week please", ("next week",)),
    # the clock in brackets says which time: 11:40 (G9MISS dotted clocks)
    ("same time (11.40) if you can", ("same time (11.40)",)),
    # "this one" far from a day, or before "is", is no day
    ("Friday works, this one is for my son", ("Friday",)),
    # after a comma, "same time" is its own mention, and the day before it stays a day
    ("need to move my wed 2pm to sat, same time if poss", ("wed 2pm", "sat", "same time")),
    # "by an hour or two" names no one time to move to ("an hour" stays a length)
    ("can I push my 3pm back by an hour or two", ("3pm", "an hour")),
    ("can you do friday? my daughter has been asking about this one for a while", ("friday",)),
)
