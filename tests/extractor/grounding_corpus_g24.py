"""The G24 corpus: the wish for the latest slot in more of the ways people say it, the
clock wished nearest ("as close to 8 as you can get"), and "same time" that leans on the
booking's clock, not on a limit said since, or follows "the day after".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A wish for the latest opening, set aside as `latest`. Each row: a message and the
# words set aside.
LATEST_SAID: tuple[tuple[str, str], ...] = (
    (
        "Sim bay for 2 hours, any evening next week. The later start the better really.",
        "The later start the better",
    ),
    ("any weekday, later time the better tbh", "later time the better"),
    ("friday's fine, the later slot is better for me", "the later slot is better"),
    # "tues or wed, whichever is later": the latest of the options listed, `latest_of`
    # (`grounding_corpus_latest_of`)
    ("any afternoon works but later would be better", "later would be better"),
    ("thursday, later is better", "later is better"),
    (
        "can he see me between 10 and 11 or between 4 and 5? I prefer the later one.",
        "the later one",
    ),
    (
        "this Thursday or next Thursday? If both free, the later one is better, my knee is sore",
        "the later one is better",
    ),
    ("9am or 1pm both fine. I'd go for the later one", "the later one"),
    ("the 12th or 13th, whichever has the latest slot?", "the latest slot"),
    ("What's the latest start time you have on the 15th?", "the latest start time you have"),
    ("whens your last slot on friday", "your last slot"),
    ("what's ur latest appointment tomorrow", "ur latest appointment"),
    ("hi, do you have the last session on saturday free?", "the last session"),
    ("Monday or Tuesday, take the later option", "the later option"),
)

# Not a wish for the latest: a booking of one's own, a limit, the later of two things
# already done, "later" for a move with no wish about which.
NOT_LATEST: tuple[str, ...] = (
    "the later one was cancelled so I only have the 9am now",
    "my last appointment was in May",
    "we have the last appointment at 4 on Friday",
    "she has the last slot at 5 booked already",
    "the latest I can do is 4",
    "can we do later? is later fine?",
    "I'll call you later",
)

# The clock wished nearest, read as that clock. Each row: the message, the mention's
# words and its clock ("HH:MM").
NEAREST_CLOCK: tuple[tuple[str, str, str], ...] = (
    (
        "Four-ball next Sunday, as close to 8 as you can get.",
        "as close to 8 as you can get",
        "08:00",
    ),
    (
        "Booked with Aoife Tuesday at 1, can we push to Wednesday 18th, whichever time she has "
        "closest to 1",
        "closest to 1",
        "13:00",
    ),
    (
        "Nine o'clock if you have it; otherwise whichever is nearer to nine, earlier or later.",
        "nearer to nine",
        "09:00",
    ),
    ("tuesday, as near to 10 as poss", "as near to 10 as poss", "10:00"),
    ("sat, as close as possible to 11", "as close as possible to 11", "11:00"),
    ("anything close to 4pm on friday?", "close to 4pm on friday", "16:00"),
    ("thursday nearest to 3:30 please", "thursday nearest to 3:30", "15:30"),
    (
        "Wed, something as close to 6 as possible, I finish work at 5:30",
        "as close to 6 as possible",
        "18:00",
    ),
    ("any day next week, whatever's closest to 2", "closest to 2", "14:00"),
    ("a table tomorrow, as near to 7.30pm as you can", "as near to 7.30pm as you can", "19:30"),
    ("Friday morning, closer to 9 would suit", "closer to 9", "09:00"),
    ("tee time sat, nearest to 7am you've got", "nearest to 7am", "07:00"),
    ("can i get in tmrw, as close to 12 as u can", "as close to 12 as u can", "12:00"),
    ("Monday please, whichever slot is nearest to 2:45", "nearest to 2:45", "14:45"),
    ("the 4th, the time closest to 5 o'clock please", "closest to 5 o'clock", "17:00"),
)

# Not a clock: a count, an amount, a length, a day of the month.
NOT_NEAREST: tuple[str, ...] = (
    "as close to 5 people as possible on the team",
    "it's close to 20 minutes away from me",
    "as close to the 19th as possible",
    "we are nearer to 3 hours from you",
    "close to 2k for the whole job?",
    "nearest to 4th street",
)

# "same time" leans on the clock of the booking, not on a limit said after it; and "the
# day after / before" runs on into "same time". Each row: the message, the mention's
# words, its day ("MM-DD") and its clock ("HH:MM").
SAME_TIME: tuple[tuple[str, str, str, str], ...] = (
    (
        "i was booked for today at 4 but im stuck at work til 6 so can we do tomorrow same time",
        "tomorrow same time",
        "11-24",
        "16:00",
    ),
    (
        "my slot is wed at 10 but I'm in a meeting until 11, could I do thurs same time?",
        "thurs same time",
        "11-26",
        "10:00",
    ),
    (
        "had tuesday 2pm but can't get there before 3, friday same time?",
        "friday same time",
        "11-27",
        "14:00",
    ),
    (
        "booked thursday 9:30, not free after 9 now, so friday, same time",
        "same time",
        "11-27",
        "09:30",
    ),
    (
        "My appointment is Friday at 11 and I work till 1 that day. Can we do Saturday same time "
        "instead?",
        "Saturday same time",
        "11-28",
        "11:00",
    ),
    (
        "today at 3 no good, I'm stuck at the office till 5. Tomorrow same time pls",
        "Tomorrow same time",
        "11-24",
        "15:00",
    ),
    (
        "I'm down for wed 8am but I'm on nights until 7. thurs same time?",
        "thurs same time",
        "11-26",
        "08:00",
    ),
    (
        "Booked Thursday 1pm, busy till 2, can we move to Friday same time",
        "Friday same time",
        "11-27",
        "13:00",
    ),
    (
        "I have my appointment thursday at 11 with dr bouchard and um can I push it to the day "
        "after same time",
        "the day after same time",
        "11-27",
        "11:00",
    ),
    (
        "Booked Wed 2nd 3pm. could it be the day before same time?",
        "the day before same time",
        "12-01",
        "15:00",
    ),
    (
        "my tuesday 10am - can we make it the day after same time",
        "the day after same time",
        "11-25",
        "10:00",
    ),
    (
        "Friday 4th at 2:30 is no good now, the day before same time works",
        "the day before same time",
        "12-03",
        "14:30",
    ),
    (
        "we're booked the 10th at 6pm, any chance of the day after same hour?",
        "the day after same hour",
        "12-11",
        "18:00",
    ),
    (
        "thursday 9am, sorry need to push it, the day after same slot if poss",
        "the day after same slot",
        "11-27",
        "09:00",
    ),
    (
        "Saturday at 10 please. Actually I'm at the gym until 11 on Sat, so Sunday same time",
        "Sunday same time",
        "11-29",
        "10:00",
    ),
)

# A service said that names the resource doing it (`resource_services.py`), for a
# business with study rooms and a careers adviser (`CAREERS_CENTRE`). Each row: the
# message and the words that name the service.
CAREERS_CENTRE: tuple[tuple[str, str], ...] = (
    ("room-3", "study room 3"),
    ("room-4", "study room 4"),
    ("adv-jansen", "careers adviser Jansen"),
)
SERVICE_SAID: tuple[tuple[str, str], ...] = (
    ("cv review pls!! thurs or fri whichever is earlier", "cv"),
    ("Hi! Could I get a CV review in the week after next? Mornings ideally", "CV"),
    (
        "I would like to request a careers advice appointment on 17 November at 11:00",
        "careers advice",
    ),
    ("hallo, for the careers advice, is it possible in the evening?", "careers advice"),
    ("Is there any chance to get a careers appointment this Friday?", "careers appointment"),
    ("Could we do 3pm CET on Wednesday for the careers call?", "careers call"),
    (
        "Can I book an online careers session at 10am South African time, any Monday?",
        "careers session",
    ),
    ("can someone check my cover letter b4 friday? deadline is friday 5pm", "cover letter"),
    (
        "could you help me with my motivation letter before the deadline on 20 Nov?",
        "motivation letter",
    ),
    (
        "Can I have career advice about the Dutch job market? Preferably on a Tuesday",
        "career advice",
    ),
    ("need a mock interview next week, any afternoon", "mock interview"),
    ("I need to cancel my CV review tomorrow and rebook it for next week Wednesday 2pm", "CV"),
    ("could someone look over my personal statement on monday?", "personal statement"),
    ("hey is the careers team free thursday morning", "careers team"),
    ("my résumé needs a second pair of eyes, any day this week", "résumé"),
    ("can i get some help with a job application friday after 2", "job application"),
)
# No service named, or one every resource does: no resource implied.
NO_SERVICE: tuple[str, ...] = (
    "can i get a room tonight 8-10",
    "is the careers fair on friday?",
    "could we resume on thursday",
    "need a quiet space to revise all day saturday",
    "Could he see an adviser in the week commencing 15 November",
)

# The same for a sleep clinic (`SLEEP_CLINIC`): the study is the lab's, said with or
# without "sleep".
SLEEP_CLINIC: tuple[tuple[str, str], ...] = (
    ("dr-nguyen", "Dr Nguyen"),
    ("sleep-lab", "the sleep lab"),
)
SLEEP_SERVICE_SAID: tuple[tuple[str, str], ...] = (
    ("need to book a sleep study for my husband, thursday night if u have it", "sleep study"),
    ("I want to book sleep test for my mother. Tuesday night or Wednesday night", "sleep test"),
    ("can i book overnight study tonight or tmrw night?", "overnight"),
    ("Reschedule my study from the 7th to the 14th please", "study"),
    ("Tonight? I'm so exhausted. Any overnight slot, I'll be there", "overnight"),
    ("Sleep studies on a weekend possible?", "Sleep studies"),
)

# Visits booked one after the other (`back_to_back.py`). Each row: the message and how
# many visits run end to end.
IN_A_ROW: tuple[tuple[str, int], ...] = (
    ("Could I book my husband and myself for hepatitis A, one after the other, on Wednesday", 2),
    ("Booking for me + 2 kids (8 and 11) for hep A, back to back pls. Half 4 on Tuesday?", 3),
    ("me, my wife and our three kids for typhoid? All five of us one after another, Saturday", 5),
    ("Can my daughter and I both get hep A on the 28th? Straight after each other.", 2),
    ("hiya, me n my bf need jabs, can we get 2 slots back to back next fri, anytime after 6", 2),
    ("Yellow fever for 3 of us, one after another, and we'd like Amy. Any Saturday morning.", 3),
    ("can the whole family (4) be seen one after the other, any day except weekend", 4),
    (
        "Could my two grandchildren and I have our injections on the same visit, one after the "
        "other?",
        3,
    ),
    ("any time before the 25th please. Family of 3, one after the other. Not Saturday", 3),
    ("can i book 3 slots for me n my 2 mates, next Wednesday, back to back", 3),
    (
        "vaccinations for myself, my husband and my mother. We'd need three appointments "
        "consecutively",
        3,
    ),
    ("Can my three kids have their jabs one after another this Sat, must be done by 12", 3),
    ("kids are off school, need 3 slots in a row for malaria tabs consult", 3),
    ("Booking for my parents (both in their 70s), back to back. Tuesday the 4th", 2),
    ("Me and my 3 flatmates need hep A. 4 slots back to back friday 30th any time after 2", 4),
    ("can we both of us come in sunday, one after the other. not before 10 tho", 2),
    ("Can I book 3 headshots in a row for me and my two colleagues, on Wednesday after 3?", 3),
)
# No visits in a row: several people with no word that they follow each other, a row of
# something else, one person.
NOT_IN_A_ROW: tuple[str, ...] = (
    "table for 4 people tomorrow at 7",
    "Booking for 2 (husband and me): we'd like to come Friday 30th, after 6",
    "I have back-to-back meetings on Wednesday 9 to 5. Before or after works.",
    "Third trainer reschedule in a row on your end. I'm done.",
    "can I come in back to back with my usual? just me",
    "both days work, back to back sessions with Sam on one of them",
)
