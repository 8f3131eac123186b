"""The G19a corpus: "from then on" after a day said before, "after that" after a run
of days, the day ruled out after "any day except", and the next of a weekday said in
fewer words ("not this one, the next", "the sunday after" after "sun").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "anything from then on", "from that day onwards": a bound from the day said before,
# that day included. Each row: the message, the mention's words, its first day ("MM-DD").
FROM_THEN: tuple[tuple[str, str, str], ...] = (
    ("school finishes on the 18th, so anything from then on", "from then on", "12-18"),
    ("I'm 12 weeks on the 4th so any day from then, mornings ideally", "from then", "12-04"),
    ("back from holiday on Dec 7, free from that day onwards", "from that day onwards", "12-07"),
    ("The cast comes off on the 10th. From then on I'm flexible", "From then on", "12-10"),
    ("my leave starts friday so from then pls", "from then", "11-27"),
    ("visa gets renewed on the 2nd; anytime from that point on", "from that point on", "12-02"),
    ("we get back on Dec 14th, from then onwards any evening", "from then onwards", "12-14"),
    ("exams end the 11th so from that date on please", "from that date on", "12-11"),
    ("Home from the hospital tomorrow, from then on any time", "from then on", "11-24"),
    ("we get the keys on 12/9 - from then onwards is good", "from then onwards", "12-09"),
    ("her birthday is the 5th, any session from then on", "from then on", "12-05"),
    ("Dec 1 is her first day off and from then on mornings suit", "from then on", "12-01"),
    ("the builders leave thursday. from then on we're home", "from then on", "11-26"),
    ("due again on the 30th so anything from then, ideally a sunday", "from then", "11-30"),
    ("12 weeks on 18th. Any day from that is ok", "from that", "12-18"),
    ("the plaster's off on wednesday, from then onward i'm good", "from then onward", "11-25"),
)

# "from then" with no day before, or before the end of a range, or "from" meaning
# "apart from": no bound from a day. Each row: the message, the words no mention holds.
FROM_THEN_NOT: tuple[tuple[str, str], ...] = (
    ("from then on I'll be flexible", "from then"),
    ("friday is out. apart from that, any day", "from that"),
    ("the 3rd is fine, pick one from that list", "from that"),
    ("tuesday, from then till 5", "from then"),
    ("aside from that the 9th works", "from that"),
    ("moving in on Dec 14th, so move it from then to the 15th", "from then"),
)

# "after that" / "before that" after a run of days: after its last day, before its
# first. Each row: the message, the mention's words, the bound, the edge ("MM-DD": the
# first day after, or the day the bound ends before).
AFTER_A_RUN: tuple[tuple[str, str, str, str], ...] = (
    ("in hospital from the 21st to the 27th, any time after that?", "after that", "after", "12-28"),
    ("away dec 1-3, before that please", "before that", "before", "12-01"),
    ("we're in Spain the 4th till the 9th, anything after that", "after that", "after", "12-10"),
    ("Dec 10 to Dec 12 I'm at a conference so before then", "before then", "before", "12-10"),
    ("on a course Dec 14 - Dec 16, after that is fine", "after that", "after", "12-17"),
)

# ... while a time said with the run is still what "after that" leans on.
AFTER_THE_TIME: tuple[tuple[str, str, str], ...] = (
    ("sooo I work 7 to 3:30 mon-fri. need a trainer after that", "after that", "15:30"),
    ("piano from 4 to 5 on Wednesday, so after that", "after that", "17:00"),
    ("busy 9-11 tomorrow, after that", "after that", "11:00"),
)

# "any day except Sunday": the mention is the day ruled out, from the exception word.
# Each row: the message, the mentions' words in order (the first one negated).
ANY_DAY_EXCEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("any day except Sunday, from 8pm", ("except Sunday", "from 8pm")),
    ("7am sharp any day except Monday?", ("7am sharp", "except Monday")),
    ("Any day but Wednesday works for us", ("but Wednesday",)),
    ("anything but friday pls", ("but friday",)),
    ("anytime except the 14th", ("except the 14th",)),
    (
        "any day except Mondays and Fridays, between 7 and 8 am",
        ("except Mondays", "Fridays", "between 7 and 8 am"),
    ),
    ("any day but Friday next week", ("but Friday", "next week")),
    ("ANY DAY BUT MONDAY", ("BUT MONDAY",)),
    ("any day except tomorrow is good", ("except tomorrow",)),
    ("honestly any time but thursday", ("but thursday",)),
    ("any day except thursdays, after 4", ("except thursdays", "after 4")),
    ("Any day except the 3rd please", ("except the 3rd",)),
    ("any day but Sunday or Monday", ("but Sunday", "Monday")),
    ("we can do any day but sat", ("but sat",)),
    ("any day but the 21st and the 22nd", ("but the 21st", "the 22nd")),
    ("any day except tues, mornings", ("except tues", "mornings")),
)

# ... and the other sets before an exception keep their own mention.
ANY_SET_KEEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("any morning but Wednesday", ("any morning", "but Wednesday")),
    ("any weekday except Mon, before 11am", ("any weekday", "except Mon", "before 11am")),
    ("any evening except Friday", ("any evening", "except Friday")),
    ("any day apart from Friday", ("any day", "apart from Friday")),
    ("any day after the 2nd", ("any day", "after the 2nd")),
    ("anything except wednesday afternoon", ("anything except wednesday afternoon",)),
    ("anything except the evening", ("anything except the evening",)),
)

# The next of a weekday said in fewer words. Each row: the message, the mention's
# words, its day ("MM-DD").
THE_NEXT: tuple[tuple[str, str, str], ...] = (
    ("Is Dr Lee in on Thursday? not this one, the next", "the next", "12-03"),
    ("Can I move my booking from this Sunday to the next?", "the next", "12-06"),
    ("can we shift from sun to the sunday after? same time 9am", "the sunday after", "12-06"),
    ("wed is out, the wednesday after?", "the wednesday after", "12-02"),
    ("Saturday ultrasound. Not this one coming. Next one or the one after.", "Next one", "12-05"),
    ("friday won't work, the next?", "the next", "12-04"),
    ("thurs? or the next", "the next", "12-03"),
    ("not this Saturday, the next", "the next", "12-05"),
    ("this saturday or the next, whichever", "the next", "12-05"),
    ("from mon to the monday after", "the monday after", "11-30"),
    ("sat's booked, the sat after?", "the sat after", "12-05"),
    ("Is Sunday free? If not, the next.", "the next", "12-06"),
    ("tuesday is no good for me. next one?", "next one", "12-01"),
    ("next Friday or the next, either", "the next", "12-11"),
    ("Can't do this Wednesday. The next please", "The next", "12-02"),
    ("moving it from tues to the tuesday after", "the tuesday after", "12-01"),
)

# "this coming one", "this one coming": the coming one, ruled out here. Each row: the
# message, the mention's words, its first day ("MM-DD").
THIS_COMING_ONE: tuple[tuple[str, str, str], ...] = (
    (
        "weekends are easier with the kids. Not this coming one though",
        "Not this coming one",
        "11-28",
    ),
    ("Any Tuesday - not this coming one though", "not this coming one", "11-24"),
    ("a Saturday please, but not this one coming", "but not this one coming", "11-28"),
)

# "the next" and "next one" that lean on no weekday: no day is read from them. Each row:
# the message, the words no mention holds.
THE_NEXT_NOT: tuple[tuple[str, str], ...] = (
    ("is the 9th free? if not the next", "the next"),
    ("book me the next available slot", "the next"),
    ("next one is in March", "next one"),
    ("what's the next, please", "the next"),
    ("Sat is the only day, but not today. Next one?", "Next one"),
)

# "2 back to back hours": one visit of both hours. Each row: the message, the mention's
# words, its length in minutes.
BACK_TO_BACK: tuple[tuple[str, str, int], ...] = (
    ("Could I get 2 back to back hours with Ravi on Jan 9?", "2 back to back hours", 120),
    ("two back-to-back hours on the 5th morning", "two back-to-back hours", 120),
    ("I need 3 back to back hours for the shoot", "3 back to back hours", 180),
    ("book me two back to back hours friday", "two back to back hours", 120),
    ("can we do 2 back-to-back hrs tomorrow", "2 back-to-back hrs", 120),
    ("3 back to back hrs on sat pls", "3 back to back hrs", 180),
    ("we want four back to back hours in the studio", "four back to back hours", 240),
    ("2 back to back hours starting around 3", "2 back to back hours", 120),
    ("Two Back To Back Hours on Monday", "Two Back To Back Hours", 120),
    ("2 back-to-back hours w/ Sam", "2 back-to-back hours", 120),
    ("need 5 back to back hours on the bench", "5 back to back hours", 300),
    ("could the kids get two back to back hours of tutoring", "two back to back hours", 120),
    ("6 back-to-back hours for the workshop on the 3rd", "6 back-to-back hours", 360),
    ("2 back to back hours after school thursday", "2 back to back hours", 120),
    ("three back-to-back hours, any weekday", "three back-to-back hours", 180),
)

# ... while "back to back" elsewhere is no length. Each row: the message, the mentions'
# words in order.
BACK_TO_BACK_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("2 hours back to back", ("2 hours",)),
    ("we have back to back meetings till 4", ("till 4",)),
    ("3 back to back sessions please", ()),
    ("back to back on monday", ("monday",)),
)

# A short weekday ("mon", "sat", "sun", "wed") ruled out in words after it, whatever
# follows those words. Each row: the message, the mention's words, its day ("MM-DD").
SHORT_DAY_RULED_OUT: tuple[tuple[str, str, str], ...] = (
    ("Early next week for the consult? Mon is no good tho", "Mon is no good", "11-30"),
    ("sat doesn't work for us", "sat doesn't work", "11-28"),
    ("Sun isn't possible for me", "Sun isn't possible", "11-29"),
    ("sat won't work sorry", "sat won't work", "11-28"),
    ("mon is bad for me", "mon is bad", "11-23"),
    ("Wed isnt good either", "Wed isnt good", "11-25"),
    ("Sun not possible this week", "Sun not possible", "11-29"),
    ("wed is out tbh", "wed is out", "11-25"),
    ("Sat is off the table unfortunately", "Sat is off the table", "11-28"),
    ("mon is not an option for us", "mon is not an option", "11-23"),
    ("Sun doesnt work for him", "Sun doesnt work", "11-29"),
    ("wed is no good for my husband", "wed is no good", "11-25"),
    ("mon is a no from me", "mon is a no", "11-23"),
    ("Sat is impossible with football", "Sat is impossible", "11-28"),
    ("Wed does not work for me", "Wed does not work", "11-25"),
)

# ... while the words after a weekday's other senses stay words. Each row: the message,
# the mentions' words in order.
SHORT_DAY_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the sun is no good for my skin", ()),
    ("I sat there and it was bad", ()),
    ("the sun isn't good today", ("today",)),
    ("we sat outside, it doesn't work for us", ()),
)

# "bring it in", "bringing the dog over": a drop-off, not a move, so "8 to 10" after it
# is a range, not an old time and a new one. Each row: the message, the mention's words,
# its first start ("MM-DD HH:MM") and end ("HH:MM").
BRING_IN: tuple[tuple[str, str, str, str], ...] = (
    ("can I bring the car in tomorrow 8 to 10", "tomorrow 8 to 10", "11-24 08:00", "10:00"),
    ("I'll bring my laptop in friday 12-1", "friday 12-1", "11-27 12:00", "13:00"),
    ("bringing the dog over saturday 9 to 11", "saturday 9 to 11", "11-28 09:00", "11:00"),
    ("I can bring it round monday 2-4", "monday 2-4", "11-23 14:00", "16:00"),
    ("bring her in tmrw 10 till 12", "tmrw 10 till 12", "11-24 10:00", "12:00"),
    ("could I bring the bike in wed 1-3", "wed 1-3", "11-25 13:00", "15:00"),
    ("I'll bring them down on the 3rd, 9 to 11", "on the 3rd, 9 to 11", "12-03 09:00", "11:00"),
    (
        "happy to bring the laptop in monday from 9 to 11",
        "monday from 9 to 11",
        "11-23 09:00",
        "11:00",
    ),
    (
        "can I bring my mum in next tuesday 10 to 12",
        "next tuesday 10 to 12",
        "12-01 10:00",
        "12:00",
    ),
    (
        "I'll bring the car in on the 4th, 8 till 10",
        "on the 4th, 8 till 10",
        "12-04 08:00",
        "10:00",
    ),
    ("bringing my son in sat 9-10", "sat 9-10", "11-28 09:00", "10:00"),
    ("bring the dog in thurs 3 to 5 pls", "thurs 3 to 5", "11-26 15:00", "17:00"),
    (
        "she can only bring it in on her lunch which is twelve to one any day next week",
        "twelve to one any day next week",
        "11-30 12:00",
        "13:00",
    ),
    ("we'll bring the kids along sunday 10 to 12", "sunday 10 to 12", "11-29 10:00", "12:00"),
    (
        "can we bring him in between 3 and 5 on thursday",
        "between 3 and 5 on thursday",
        "11-26 15:00",
        "17:00",
    ),
)

# ... while "bring it forward", "bring it back" still move a booking: the old time and
# the new one. Each row: the message, the mentions' words in order.
BRING_MOVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bring my 2pm forward to 11", ("2pm", "11")),
    ("bring my appt on friday to monday", ("friday", "monday")),
    ("can we bring the 10am back to 9", ("10am", "9")),
    ("bringing it forward from 4 to 2 tomorrow", ("4", "2 tomorrow")),
)
