"""The G31 corpus: the week a message asks for is the week of the weekdays it wishes for,
said in another clause before the week or after it.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): this
week is 11-23..11-29, next week 11-30..12-06, the week after next (the week of the 7th)
12-07..12-13.
"""

from __future__ import annotations

# A bare weekday wished for in a message that asks for one week, said after the week or
# before it, across a comma, a full stop or a clause: that week's day. Each row:
# message, the weekday's words, its date.
WEEK_OF_DAYS_WISHED: tuple[tuple[str, str, str], ...] = (
    ("Any day next week after 12, ideally Thursday.", "Thursday", "12-03"),
    ("anything next week after 3pm? wednesday would be ideal", "wednesday", "12-02"),
    (
        "I'd like the week after next. Monday, Wednesday, or Friday. First thing if possible",
        "Wednesday",
        "12-09",
    ),
    (
        "need a drug screen next week but I'm away mon to wed at a course. Friday ideally, "
        "Thursday if Friday's full",
        "Thursday",
        "12-03",
    ),
    ("I need a van handover end of next week. Friday ideally, Saturday fine", "Saturday", "12-05"),
    ("Thursday would be best. Any time next week though.", "Thursday", "12-03"),
    ("ideally friday. the week after next please", "friday", "12-11"),
    (
        "can we get a consult next week? he's with his dad mon-wed so it'd have to be thurs or fri",
        "thurs",
        "12-03",
    ),
    (
        "The week after next I'm back from Munich. Could I get a room any day, 10 to 6? "
        "Ideally Tuesday",
        "Tuesday",
        "12-08",
    ),
    (
        "Mr Haddad Monday or Tuesday, no matter the hour, but it must be next week.",
        "Tuesday",
        "12-01",
    ),
    ("thurs? fri? sat? any of those next wk", "sat", "12-05"),
    ("pwede po ba next week? Thurs po sana, kahit anong oras", "Thurs", "12-03"),
    ("can we do next week? monday preferably, or tuesday", "tuesday", "12-01"),
    (
        "Kindly schedule a meeting next week. Mornings are not convenient, and Friday I am out.",
        "Friday",
        "12-04",
    ),
    # a week of a date lends its days when the mentions are grounded
    (
        "I'd like the week of the 7th. Something in the afternoon, ideally Thursday",
        "Thursday",
        "12-10",
    ),
    ("Tuesday works best for me. Could it be the week of the 7th?", "Tuesday", "12-08"),
)
# ... and where the weekday is offered against the week, is the booking being moved, or
# has a day of its own, or the message names two weeks, or the week does not say which,
# or the week is the time of an event, the weekday keeps its own reading. Each row: message, words, date.
WEEK_OF_DAYS_NOT_WISHED: tuple[tuple[str, str, str], ...] = (
    ("Thursday, or else any time next week", "Thursday", "11-26"),
    (
        "Perhaps Friday evening? If Friday doesn't work, any evening next week.",
        "Friday evening",
        "11-27",
    ),
    ("saturday w dana. if she's booked, luis some weekday next week instead", "saturday", "11-28"),
    (
        "Our Gary booked me in for Thursday but I can't get there. Any day next week instead?",
        "Thursday",
        "11-26",
    ),
    ("can I move Thurs 2pm to sometime next week?", "Thurs 2pm", "11-26"),
    ("Can I push my Friday session with Ms Chan to the following week?", "Friday", "11-27"),
    ("this Friday or anytime next week", "this Friday", "11-27"),
    ("Friday the 27th works, otherwise next week, say Tuesday", "Friday the 27th", "11-27"),
    ("tues or thurs, afternoons. not next week tho, this week", "thurs", "11-26"),
    ("Something midweek, ideally Wed", "Wed", "11-25"),
    (
        "I have an appointment with Dr. Moreau on Thursday at 4 and I need to move it to next week.",
        "Thursday at 4",
        "11-26",
    ),
    (
        "she volunteers Tuesday and Thursday mornings. Could we have an afternoon next week?",
        "Tuesday",
        "11-24",
    ),
    # a week said of an event or an absence is no wish: the coming day (writers' labels)
    ("hey its my birthday next week, can i come in thursday??", "thursday", "11-26"),
    ("we're away next week so thursday would be best", "thursday", "11-26"),
)
