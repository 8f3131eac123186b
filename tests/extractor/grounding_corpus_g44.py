"""Grounding (G44) corpus: the way people write times that grounding missed or misread.

- Clocks: a dotted clock wished for or read off a timetable ("I'd prefer 1.30", "can it
  be 10.30 instead", "the bus gets in 9.40", "catch the 12.05 home"); a dictated hour
  ("for o'clock", "but before to"); minutes in words after "like" ("or like twelve
  thirty"); a cap ("max 3 pm"); "nothing past half two".
- The day's events as limits (`rules_day_events`): the heat ("before it gets hot", "while
  it's still cool"), the school run ("after the school run", "before pick-up", "during
  school hours"); Friday's prayer ("before Jummah", at Dhuhr's time); "sunrise" and
  "sunset" said of what is booked ("a sunrise reformer sesh").
- Lengths (`rules_length_words`): "hour-long", "the full hour", "a free hour", "Hour's
  fine", "thirty (30) minutes".
- Relative to what was held or shown: "something sooner" (the earliest wished), "same
  window" (the time said before), "Latoya's last opening", "as late as he goes" (the
  latest wished); "a bit earlier", "rush hour" no rule can read (`aside.NO_RULE_WORDS`).
- Scots: "the nicht" (tonight), "efternoon".

Reference time: Monday 2026-11-23 09:00 (`grounding_corpus.REF`), America/New_York; the
prayers in Asia/Karachi.
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]

CLOCKS: tuple[Row, ...] = (
    (
        "a appointment for Tuesday at to pm with Linh",
        "Tuesday at to pm",
        "2026-11-24 14:00",
        "2026-11-24 15:00",
    ),
    ("after for pm on friday", "after for pm on friday", "2026-11-27 16:00", "2026-11-28 00:00"),
    ("Afternoons after college (finishes 2.30).", "2.30", "2026-11-23 14:30", "2026-11-23 14:31"),
    ("School finishes 3.15, we can be there by 4", "3.15", "2026-11-23 15:15", "2026-11-23 15:16"),
    ("Mr Byrne, 4.30 if he has it", "4.30", "2026-11-23 16:30", "2026-11-23 16:31"),
    ("just after 2 rather than 9.30", "9.30", "2026-11-23 09:30", "2026-11-23 09:31"),
    ("married within the hour??", "within the hour", "2026-11-23 09:00", "2026-11-23 10:00"),
    ("I would prefer 1.30 if possible on Friday", "1.30", "2026-11-27 13:30", "2026-11-27 13:31"),
    (
        "her podiatrist is at 9, so can it be 10.30 instead",
        "10.30",
        "2026-11-23 10:30",
        "2026-11-23 10:31",
    ),
    ("ideally 9.45, she has school after", "9.45", "2026-11-23 09:45", "2026-11-23 09:46"),
    ("I'd prefer 2.15 with Dr Ng", "2.15", "2026-11-23 14:15", "2026-11-23 14:16"),
    ("hoping for 10.50 with Sam", "10.50", "2026-11-23 10:50", "2026-11-23 10:51"),
    (
        "the ferry leaves 10.20 so nothing before 11",
        "10.20",
        "2026-11-23 10:20",
        "2026-11-23 10:21",
    ),
    ("I must catch the 12.05 home on Friday", "12.05", "2026-11-27 12:05", "2026-11-27 12:06"),
    ("the 8.15 train gets me in on thursday", "8.15", "2026-11-26 08:15", "2026-11-26 08:16"),
    (
        "Tuesday at for thirty, or if that's too late then for o'clock",
        "for o'clock",
        "2026-11-24 16:00",
        "2026-11-24 17:00",
    ),
    (
        "or for oclock tomorrow",
        "for oclock tomorrow",
        "2026-11-24 16:00",
        "2026-11-24 17:00",
    ),
    (
        "tomorrow anything after eleven thirty but before to",
        "before to",
        "2026-11-24 00:00",
        "2026-11-24 14:00",
    ),
    (
        "Friday the 27th at noon or like twelve thirty",
        "like twelve thirty",
        "2026-11-27 12:00",
        "2026-11-27 13:00",
    ),
    (
        "tomorrow, like ten fifteen",
        "tomorrow, like ten fifteen",
        "2026-11-24 09:45",
        "2026-11-24 10:45",
    ),
    ("any day, max 3 pm", "max 3 pm", "2026-11-23 09:00", "2026-11-23 15:00"),
    ("max 3pm tomorrow please", "max 3pm tomorrow", "2026-11-24 00:00", "2026-11-24 15:00"),
    (
        "Friday maximum 4, the kids finish then",
        "Friday maximum 4",
        "2026-11-27 00:00",
        "2026-11-27 16:00",
    ),
    (
        "Wednesday. Nothing past half two though",
        "Nothing past half two",
        "2026-11-25 00:00",
        "2026-11-25 14:30",
    ),
)

# German clocks and dates inside English (`rules_german_clock`)
GERMAN: tuple[Row, ...] = (
    ("Is Frau Yilmaz free on 24.9.?", "24.9.", "2027-09-24 00:00", "2027-09-25 00:00"),
    (
        "halb elf on Thursday if possible",
        "halb elf on Thursday",
        "2026-11-26 10:30",
        "2026-11-26 10:31",
    ),
    ("Donnerstag halb drei?", "Donnerstag halb drei", "2026-11-26 14:30", "2026-11-26 14:31"),
    ("Friday um halb 3 please", "Friday um halb 3", "2026-11-27 14:30", "2026-11-27 14:31"),
    (
        "is it possible to come übermorgen um halb zwölf",
        "übermorgen um halb zwölf",
        "2026-11-25 11:30",
        "2026-11-25 11:31",
    ),
    ("tomorrow halb eins", "tomorrow halb eins", "2026-11-24 12:30", "2026-11-24 12:31"),
    (
        "Viertel nach zehn on Friday would be perfect",
        "Viertel nach zehn on Friday",
        "2026-11-27 10:15",
        "2026-11-27 10:16",
    ),
    ("friday viertel nach 2", "friday viertel nach 2", "2026-11-27 14:15", "2026-11-27 14:16"),
    (
        "Or if that's gone, viertel vor vier tomorrow",
        "viertel vor vier tomorrow",
        "2026-11-24 15:45",
        "2026-11-24 15:46",
    ),
    (
        "Wednesday dreiviertel vier",
        "Wednesday dreiviertel vier",
        "2026-11-25 15:45",
        "2026-11-25 15:46",
    ),
    (
        "Both of us work till 3, so ab halb vier on Friday?",
        "ab halb vier on Friday",
        "2026-11-27 15:30",
        "2026-11-28 00:00",
    ),
    ("Ab 10 Uhr on Tuesday, danke", "Ab 10 Uhr on Tuesday", "2026-11-24 10:00", "2026-11-25 00:00"),
    ("ab 14 Uhr tomorrow", "ab 14 Uhr tomorrow", "2026-11-24 14:00", "2026-11-25 00:00"),
    (
        "Thursday ab viertel nach 9",
        "Thursday ab viertel nach 9",
        "2026-11-26 09:15",
        "2026-11-27 00:00",
    ),
    (
        "We'd like Frau Yilmaz on 28.9. in the morning",
        "28.9. in the morning",
        "2027-09-28 08:00",
        "2027-09-28 12:00",
    ),
    (
        "Please book my certification on 7.10., but not at 8",
        "7.10.",
        "2027-10-07 00:00",
        "2027-10-08 00:00",
    ),
    (
        "any day in the week of 4.10.",
        "any day in the week of 4.10.",
        "2027-10-04 00:00",
        "2027-10-11 00:00",
    ),
    (
        "Dr. Weber, 29.9., viertel nach zwei?",
        "29.9., viertel nach zwei",
        "2027-09-29 14:15",
        "2027-09-29 14:16",
    ),
    ("could we do it on 5.9.?", "5.9.", "2027-09-05 00:00", "2027-09-06 00:00"),
)

DAY_EVENTS: tuple[Row, ...] = (
    ("a sunrise flight on Friday", "sunrise", "2026-11-27 05:00", "2026-11-27 07:00"),
    (
        "can the van come out Friday before it gets hot?",
        "Friday before it gets hot",
        "2026-11-27 00:00",
        "2026-11-27 10:00",
    ),
    (
        "before the heat of the day on saturday",
        "before the heat of the day on saturday",
        "2026-11-28 00:00",
        "2026-11-28 10:00",
    ),
    (
        "while it's still cool tomorrow",
        "while it's still cool tomorrow",
        "2026-11-24 00:00",
        "2026-11-24 10:00",
    ),
    (
        "thursday in the cool of the morning",
        "thursday in the cool of the morning",
        "2026-11-26 00:00",
        "2026-11-26 10:00",
    ),
    (
        "sunday b4 it gets too hot pls",
        "sunday b4 it gets too hot",
        "2026-11-29 00:00",
        "2026-11-29 10:00",
    ),
    (
        "once it cools down on friday",
        "once it cools down on friday",
        "2026-11-27 17:00",
        "2026-11-28 00:00",
    ),
    (
        "wednesday when it's cooler",
        "wednesday when it's cooler",
        "2026-11-25 17:00",
        "2026-11-26 00:00",
    ),
    (
        "tuesday anytime after the school run",
        "tuesday anytime after the school run",
        "2026-11-24 09:30",
        "2026-11-25 00:00",
    ),
    (
        "after drop-off on tuesday, the kids are at school",
        "after drop-off on tuesday",
        "2026-11-24 09:30",
        "2026-11-25 00:00",
    ),
    (
        "Thursday once the kids are at school",
        "Thursday once the kids are at school",
        "2026-11-26 09:30",
        "2026-11-27 00:00",
    ),
    (
        "after dropping the twins off on friday",
        "after dropping the twins off on friday",
        "2026-11-27 09:30",
        "2026-11-28 00:00",
    ),
    (
        "before the school run on monday the 30th",
        "before the school run on monday the 30th",
        "2026-11-30 00:00",
        "2026-11-30 08:00",
    ),
    (
        "before pick-up on wednesday",
        "before pick-up on wednesday",
        "2026-11-25 00:00",
        "2026-11-25 15:00",
    ),
    (
        "tomorrow before I collect the kids",
        "tomorrow before I collect the kids",
        "2026-11-24 00:00",
        "2026-11-24 15:00",
    ),
    (
        "thurs before school gets out",
        "thurs before school gets out",
        "2026-11-26 00:00",
        "2026-11-26 15:00",
    ),
    (
        "during school hours next week",
        "during school hours next week",
        "2026-11-30 09:30",
        "2026-11-30 14:30",
    ),
    (
        "friday between drop-off and pick-up",
        "friday between drop-off and pick-up",
        "2026-11-27 09:30",
        "2026-11-27 14:30",
    ),
    ("sunrise reformer sesh thurs??", "sunrise", "2026-11-26 05:00", "2026-11-26 07:00"),
    ("a sunset yoga class on friday", "sunset", "2026-11-27 17:00", "2026-11-27 19:00"),
)

# Karachi: Dhuhr's call on Fri 24 Dec 2027 is about 12:31 (`prayer_times`)
PRAYERS: tuple[Row, ...] = (
    (
        "the lady doctor on 24/12 before Jummah?",
        "24/12 before Jummah",
        "2027-12-24 00:00",
        "2027-12-24 12:31",
    ),
    ("friday before jumma please", "friday before jumma", "2027-12-10 00:00", "2027-12-10 12:25"),
    (
        "after jumma prayers on friday",
        "after jumma prayers on friday",
        "2027-12-10 12:55",
        "2027-12-11 00:00",
    ),
    (
        "before Jumu'ah on Friday the 17th",
        "before Jumu'ah on Friday the 17th",
        "2027-12-17 00:00",
        "2027-12-17 12:28",
    ),
)

# message, the words, minutes
LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("need a walker tomorrow, hour long walk", "hour long", 60),
    ("she'll sit there 2 and half hours", "2 and half hours", 150),
    ("Hearing test, hour-long, with Linh", "hour-long", 60),
    ("the hour-long massage on the 24th", "hour-long", 60),
    ("a two-hour-long class on sat", "two-hour-long", 120),
    ("a 90-minute-long facial", "90-minute-long", 90),
    ("a half-hour-long call", "half-hour-long", 30),
    ("make it 4pm so we get the full hour", "the full hour", 60),
    ("Sports massage, full hour.", "full hour", 60),
    ("can we have the whole hour on Tuesday", "the whole hour", 60),
    ("is there a free hour on the morning of Friday?", "a free hour", 60),
    ("a spare half hour tomorrow?", "a spare half hour", 30),
    ("any chance of an open hour thursday", "an open hour", 60),
    ("Reckon I need the test. Hour's fine.", "Hour", 60),
    ("Hour would be grand.", "Hour", 60),
    ("Monday. Hour is plenty", "Hour", 60),
    ("a course of sessions of thirty (30) minutes each", "thirty (30) minutes", 30),
    ("two (2) hours for the assessment", "two (2) hours", 120),
    ("forty-five (45) minutes on Tuesday", "forty-five (45) minutes", 45),
)

# message, the words, `aside.unread`'s reason
SET_ASIDE: tuple[tuple[str, str, str], ...] = (
    (
        "What's the latest appointment Dr Whitfield has on Friday?",
        "the latest appointment",
        "latest",
    ),
    ("What's the latest appointment you do?", "the latest appointment", "latest"),
    ("can i get the last appointment on monday?", "the last appointment", "latest"),
    ("gimme the last slot u got 2day", "the last slot u got", "latest"),
    ("Like the last slot you've got. Oil + filter.", "the last slot you've got", "latest"),
    ("booked for Friday. Any chance of something sooner?", "something sooner", "soonest"),
    ("anything sooner?", "anything sooner", "soonest"),
    ("is there one a bit sooner", "one a bit sooner", "soonest"),
    ("sooner if possible, otherwise Friday", "sooner if possible", "soonest"),
    ("What's Latoya's last opening on Friday the 5th?", "last opening", "latest"),
    ("Dr Ng's latest slot on Monday?", "latest slot", "latest"),
    ("what's the latest slot anyone has on Friday?", "the latest slot anyone has", "latest"),
    ("last lesson of the day on the 4th please", "last lesson of the day", "latest"),
    ("the last class of the day on thursday", "the last class of the day", "latest"),
    ("Wednesday, or as late as he goes", "as late as he goes", "latest"),
    ("tuesday as late as she works", "as late as she works", "latest"),
    ("Basta not rush hour po, any day next week", "rush hour", "no_rule"),
    ("outside of rush-hour on thursday", "rush-hour", "no_rule"),
    ("off-peak on tuesday", "off-peak", "no_rule"),
    ("not in peak times please, thursday", "peak times", "no_rule"),
    ("Same time is fine, or a bit earlier", "a bit earlier", "no_rule"),
    ("slightly later if you can", "slightly later", "no_rule"),
    ("a little earlier than last time", "a little earlier", "no_rule"),
    ("thursday when the traffic dies down", "when the traffic dies down", "no_rule"),
)

# message, the back-reference, start, end of its first interval
SAME_WINDOW: tuple[Row, ...] = (
    (
        "Tuesday between 8 and 10 is out. Wednesday, same window",
        "same window",
        "2026-11-25 08:00",
        "2026-11-25 10:00",
    ),
    (
        "Tuesday 3pm no good. Same window on Wednesday?",
        "Same window on Wednesday",
        "2026-11-25 15:00",
        "2026-11-25 16:00",
    ),
    (
        "Thursday 1-3 can't. Friday, same time window",
        "same time window",
        "2026-11-27 13:00",
        "2026-11-27 15:00",
    ),
    (
        "Monday 2pm was great. Thursday, the same hours",
        "the same hours",
        "2026-11-26 14:00",
        "2026-11-26 15:00",
    ),
    (
        "Thursday's 8-10 window won't do. Friday, same window",
        "same window",
        "2026-11-27 08:00",
        "2026-11-27 10:00",
    ),
)

SCOTS: tuple[Row, ...] = (
    (
        "can the vet come tomorra efternoon",
        "tomorra efternoon",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
    ),
    (
        "can I come the morra efternoon?",
        "the morra efternoon",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
    ),
    ("the nicht at 7?", "the nicht at 7", "2026-11-23 19:00", "2026-11-23 20:00"),
    ("is there room the nicht", "the nicht", "2026-11-23 17:00", "2026-11-23 23:00"),
    ("any slots this efternoon", "this efternoon", "2026-11-23 12:00", "2026-11-23 17:00"),
    ("Friday efternoon would suit", "Friday efternoon", "2026-11-27 12:00", "2026-11-27 17:00"),
)

# Words that are no time of their own, each beside the words its rule reads: (a message
# the rule reads, the words, a message in which the same words are no time)
NOT_TIMES: tuple[tuple[str, str, str], ...] = (
    ("I'd prefer 2.15 with Dr Ng", "2.15", "it would cost 12.50 instead"),
    ("hoping for 10.50 with Sam", "10.50", "hoping for 10.50 dollars back"),
    ("I must catch the 12.05 home on Friday", "12.05", "the price would be 10.30"),
    ("then for o'clock", "for o'clock", "we're going to the park"),
    ("Tuesday at to pm", "Tuesday at to pm", "I need to talk to PM about it"),
    ("tomorrow anything after eleven thirty but before to", "before to", "up to thirty people"),
    ("I need it before to.", "before to", "I waited for ages before to be honest"),
    ("any day, max 3 pm", "max 3 pm", "max 3 people"),
    ("Max 3pm. Thanks", "Max 3pm", "Need the learner pool for Max and his sister"),
    ("Friday before it gets hot", "Friday before it gets hot", "before the heat pump is fixed"),
    ("tuesday while it's still cool", "tuesday while it's still cool", "it gets hot in there"),
    (
        "after the school run on friday",
        "after the school run on friday",
        "the school run was chaos",
    ),
    (
        "after drop-off on tuesday, my son is 6",
        "after drop-off on tuesday",
        "return the van after drop-off",
    ),
    ("a sunrise walk on sunday", "sunrise", "the sunrise was lovely"),
    ("is there room the nicht", "the nicht", "das geht nicht"),
    ("Thursday ab 10 Uhr", "Thursday ab 10 Uhr", "great ab workout at the gym"),
    ("Is she free on 24.9.?", "24.9.", "rated 4.5. really good"),
    ("am 10.10. bitte", "am 10.10.", "we close 10.30."),
    ("halb drei on Friday", "halb drei on Friday", "halbe Stunde"),
)

# Lengths that are not the visit's, each beside one that is: (a message, its length's
# words, a message whose words are no length of the visit)
NOT_LENGTHS: tuple[tuple[str, str, str], ...] = (
    ("the hour-long massage", "hour-long", "the hour-long drive home"),
    ("book the full hour", "the full hour", "the full hour rate is steep"),
    ("so we get the whole hour", "the whole hour", "I waited the full hour"),
    ("a free hour on friday", "a free hour", "a free hour of parking"),
    ("Hour's fine.", "Hour", "the hour is fine"),
    ("thirty (30) minutes", "thirty (30) minutes", "thirty (31) minutes"),
)

# Words set aside as no wish, each beside one that is: (a message, the wish, a message
# whose like words are no wish)
NOT_WISHES: tuple[tuple[str, str, str], ...] = (
    ("What's Latoya's last opening on Friday?", "last opening", "Latoya's last visit was great"),
    ("anything sooner?", "anything sooner", "no sooner said than done"),
    (
        "what's the last appointment on friday?",
        "the last appointment",
        "what's the last time I had a cleaning?",
    ),
)
