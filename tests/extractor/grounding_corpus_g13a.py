"""The G13a corpus: the length of the visit said as "in a 90 minute massage" (not a time
from now); "last thing" as the end of the working day ("first thing or last thing");
a late one asked for ("is there a late appointment?", "late slots"), a wish for the
latest time; "like" / "say" between a bound's cue and its hour ("until like 1pm");
"can't come in" (and the texting "cant come") as a negation; "<weekday> after <date>"
said without "the" or with "first" ("earliest monday after the 20th").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "in a <count> minute/hour <thing>": the length of what is booked. Each row: the
# message, the duration mention's words and its minutes; no mention of the message is
# an offset from now.
ATTRIBUTIVE_LENGTH: tuple[tuple[str, str, int], ...] = (
    ("What's the latest you can fit in a 90 minute massage on Monday?", "90 minute", 90),
    ("could you squeeze me in a 30 minute slot tomorrow", "30 minute", 30),
    ("Can I get in a 60 minute session with Dr Lee this week?", "60 minute", 60),
    ("we'd like to book in a 2 hour block for the team", "2 hour", 120),
    ("is there room in a 45 min window on friday?", "45 min", 45),
    ("pls fit me in a 20 minute chat before 5", "20 minute", 20),
    ("Can you slot me in a 15 min call today", "15 min", 15),
    ("I'd like to come in a one hour appointment next week", "one hour", 60),
    ("fit in a ninety minute treatment on thurs?", "ninety minute", 90),
    ("could we fit in a 3 hour shoot on the 5th", "3 hour", 180),
    ("book me in a 40 minute consult, mornings are best", "40 minute", 40),
    ("Is there space in a 50 minute class on Saturday?", "50 minute", 50),
    ("can u put me in a 30 min spot wed", "30 min", 30),
    ("I'm hoping to fit in a 2 hr lesson this weekend", "2 hr", 120),
    ("Could you pencil me in a 75 minute facial on Tuesday?", "75 minute", 75),
    ("any chance to get in a 10 minute check tomorrow morning", "10 minute", 10),
)

# ... while "in an hour", "in 20 minutes", "in a couple of hours" stay offsets from now.
# Each row: the message and the offset mention's words.
OFFSET_KEPT: tuple[tuple[str, str], ...] = (
    ("can someone come in an hour?", "in an hour"),
    ("I can be there in 20 minutes", "in 20 minutes"),
    ("back in a couple of hours", "in a couple of hours"),
    ("ready in half an hour", "in half an hour"),
    ("in a few minutes if you can", "in a few minutes"),
    ("in 2 hours works", "in 2 hours"),
)

# "last thing": the end of the working day, as "first thing" is its start. Each row:
# the message and the mention that holds it (`pod=end_of_day`).
LAST_THING: tuple[tuple[str, str], ...] = (
    ("either first thing or last thing in the day", "last thing in the day"),
    ("first thing or last thing?", "last thing"),
    ("last thing friday please", "last thing friday"),
    ("could you do last thing on the 21st?", "last thing on the 21st"),
    ("any chance of last thing today?", "last thing today"),
    ("last thing tmrw would be perfect", "last thing tmrw"),
    ("Thursday, last thing.", "Thursday, last thing"),
    ("friday last thing", "friday last thing"),
    ("I can only do last thing if poss", "last thing"),
    ("Could I come in last thing of the day on Monday?", "last thing of the day on Monday"),
    ("monday last thing pls", "monday last thing"),
    (
        "Is there anything last thing in the afternoon on Wednesday?",
        "last thing in the afternoon on Wednesday",
    ),
    ("last thing on tuesday or wednesday", "last thing"),
    ("I'm a teacher so it has to be last thing.", "last thing"),
    ("book me last thing on the 2nd please", "last thing on the 2nd"),
    ("could she see me last thing?", "last thing"),
)

# ... while "last thing" as the speaker's last point is no time. Each row: a message
# whose mentions hold no end of the day.
LAST_THING_POINT: tuple[str, ...] = (
    "one last thing, can we do tuesday",
    "ok last thing can I book the 16th at 6 30 pm",
    "the last thing I need is a 9am",
    "last thing, is parking free?",
    "ok last thing. can we do tuesday",
    "and last thing: do you take cards?",
    "just one last thing before friday",
)

# A late one asked for: set aside as a wish for the latest time (`aside.unread`, reason
# "latest"; the ranking turns round to serve it). Each row: the message and the words.
LATE_ONE: tuple[tuple[str, str], ...] = (
    ("Is there a late appointment on Tuesday the 2nd?", "late appointment"),
    ("What's the cedar room like this Thursday, does it have late slots?", "late slots"),
    ("any late openings friday", "late openings"),
    ("can I get a late one tomorrow", "late one"),
    ("do you have any late appointments next week?", "late appointments"),
    ("Hoping for a late slot on the 9th", "late slot"),
    ("I need a late session, I work till 6", "late session"),
    ("have you got late spots on weds", "late spots"),
    ("got a late booking free on sat?", "late booking"),
    ("Is there a late appt Monday", "late appt"),
    ("any late one this week?", "late one"),
    ("Do you do late appointments on Thursdays?", "late appointments"),
    ("could Dr Ray do a late appointment on the 14th", "late appointment"),
    ("some late slots would suit me better", "late slots"),
    ("no late sessions on friday then?", "late sessions"),
)

# ... while "late" elsewhere keeps its reading: a part of the day, or no time at all.
# Each row: the message and the mentions' words, in order.
LATE_KEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("late morning on friday", ("late morning on friday",)),
    ("sorry for the late reply, friday works", ("friday",)),
    ("I'm running late, can we do 3pm", ("3pm",)),
    ("a late cancellation came up on tuesday?", ("tuesday",)),
    ("late afternoon tomorrow", ("late afternoon tomorrow",)),
    ("is 7 too late for a cut tomorrow?", ("tomorrow",)),
)

# "like" / "say" between a bound's cue and its hour: the hedge does not stop the bound.
# Each row: the message, the bound mention's words, the side and the first bound's label.
BOUND_LIKE: tuple[tuple[str, str, str, str], ...] = (
    ("I'm dead to the world until like 1pm", "until like 1pm", "before", "before 13:00"),
    ("anytime after like 3 works", "after like 3", "after", "after 15:00"),
    ("before like 9 pls", "before like 9", "before", "before 09:00"),
    ("has to be done by like 5", "by like 5", "before", "before 17:00"),
    ("I'm at work till like 6", "till like 6", "before", "before 18:00"),
    ("free after like 4:30 tomorrow", "after like 4:30 tomorrow", "after", "after 16:30"),
    ("we can do anytime until say 4", "until say 4", "before", "before 16:00"),
    ("any day after like 2pm", "any day after like 2pm", "after", "after 14:00"),
    ("tues after like 5?", "tues after like 5", "after", "after 17:00"),
    ("nothing after like 8 pls", "nothing after like 8", "before", "before 08:00"),
    ("i'm stuck in class til like 3", "til like 3", "before", "before 15:00"),
    ("before like 10am if you can", "before like 10am", "before", "before 10:00"),
    ("Could you come after say 1?", "after say 1", "after", "after 13:00"),
    ("friday after like 6pm", "friday after like 6pm", "after", "after 18:00"),
    ("i sleep until like 11 so later please", "until like 11", "before", "before 11:00"),
    ("off at 5 so after like 5:30", "after like 5:30", "after", "after 17:30"),
)

# ... while "like" that is no hedge of an hour keeps its words out of a bound. Each row: a
# message and the mentions' words, in order.
LIKE_KEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("after like 5 people arrive", ()),
    ("I'd like 2 slots before friday", ("before friday",)),
    ("between like 1 and 3", ("between like 1 and 3",)),
    ("tomoz at like 11", ("tomoz at like 11",)),
    ("after I'd like 3 of them", ()),
)

# "can't come in" and the texting "cant come" / "cant get in": a negation of what
# follows. Each row: the message, the mention's words and its bound after the negation
# is folded in (None for a day or a part of the day denied).
CANT_COME_IN: tuple[tuple[str, str, str | None], ...] = (
    ("cant come in before 10 or after 3", "cant come in before 10", "after"),
    ("I can't come in on fridays", "can't come in on fridays", None),
    ("cant get in till 2", "cant get in till 2", "after"),
    ("can't make it in before 11", "can't make it in before 11", "after"),
    ("i cant come tuesday", "cant come tuesday", None),
    ("I cannot come in after 5pm", "cannot come in after 5pm", "before"),
    ("cant come in mornings", "cant come in mornings", None),
    ("Sorry, I couldn't come in on the 3rd", "couldn't come in on the 3rd", None),
    ("cant get there before noon", "cant get there before noon", "after"),
    ("cant make it in till 4 on weds", "cant make it in till 4 on weds", "after"),
    ("I cant be there before 9", "cant be there before 9", "after"),
    ("cant come wednesday or thursday", "cant come wednesday", None),
    ("I can not come in before 8:30", "can not come in before 8:30", "after"),
    ("Can't come in Monday, sorry", "Can't come in Monday", None),
    ("cant make it before 6", "cant make it before 6", "after"),
    ("cant come in the afternoon", "cant come in the afternoon", None),
)

# ... while "can come in" keeps its time un-negated. Each row: the message and a mention.
CAN_COME_IN: tuple[tuple[str, str], ...] = (
    ("I can come in before 10", "before 10"),
    ("can come in on friday", "friday"),
    ("we can get in after 2", "after 2"),
    ("I can make it in by 11", "by 11"),
)

# A weekday before / after a date, without "the" or with "first" / "next": the first such
# weekday on that side of the date. Each row: the message, the mention's words and its
# day ("MM-DD").
WEEKDAY_AFTER_DATE: tuple[tuple[str, str, str], ...] = (
    ("earliest monday after the 20th", "monday after the 20th", "12-21"),
    ("the first tuesday after the 15th", "the first tuesday after the 15th", "12-22"),
    ("next friday after christmas", "next friday after christmas", "01-01"),
    ("monday after the 3rd works", "monday after the 3rd", "12-07"),
    ("friday before Dec 18 please", "friday before Dec 18", "12-11"),
    ("can we do wednesday after the 9th?", "wednesday after the 9th", "12-16"),
    ("Thursday before the 17th, morning", "Thursday before the 17th, morning", "12-10"),
    ("the first Saturday after Christmas", "the first Saturday after Christmas", "12-26"),
    ("sat after the 5th if possible", "sat after the 5th", "12-12"),
    ("first monday after the 30th", "first monday after the 30th", "12-07"),
    ("I'd take tuesday after Dec 1", "tuesday after Dec 1", "12-08"),
    ("Friday before xmas would be ideal", "Friday before xmas", "12-18"),
    ("monday before the 14th", "monday before the 14th", "12-07"),
    ("book me thurs after the 10th", "thurs after the 10th", "12-17"),
    ("the 1st wednesday after the 2nd", "the 1st wednesday after the 2nd", "12-09"),
)

# ... while a set of weekdays, or a bound on a clock, keeps its reading. Each row: the
# message and its mentions' words, in order.
WEEKDAY_AFTER_KEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("any monday after the 20th", ("any monday", "after the 20th")),
    ("monday after 3", ("monday after 3",)),
    ("Mondays after the 20th", ("Mondays", "after the 20th")),
    ("every friday after the 4th", ("every friday", "after the 4th")),
    ("the monday after the 20th", ("the monday after the 20th",)),
)
