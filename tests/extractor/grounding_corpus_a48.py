"""The A48 corpus: grounding v2 (issue 13), three families grounding missed.

1. Days counted from a named event whose date is said elsewhere in the message, before
   or after the count ("two days before the half marathon - the race is Sunday December
   6th", "the Monday after the wedding, which is December 5"): the count from the event
   is read from the event's date, which stays its own mention, and the count records it
   as its antecedent (`event_count`).
2. A visit's length said as a bare number of minutes ("a 45 with Jordan", "move my 90
   with Priya", "for 60", "priya. fri. after 3. 90") where no other reading fits
   (`rules_bare_length`).
3. Malay and Manglish time words: "tomolo" (tomorrow), "lepas zohor" (after the midday
   prayer), "sebelum buka puasa" / "before buka" (before the fast is broken at sunset),
   "lepas buka" (after it), "after terawih" (after the night prayers), with the Malay
   weekdays and "depan" / "ni" read before; "lepas 3", "sebelum 5" before a bare clock
   (`rules`, `rules_prayer`, `rules_indonesian`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); the
Malay rows are said in Kuala Lumpur on Monday 2027-03-15 10:20 (`KL`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

KL = (datetime(2027, 3, 15, 10, 20, tzinfo=ZoneInfo("Asia/Kuala_Lumpur")), "Asia/Kuala_Lumpur")

# 1. Each row: the message, the count's words, the day it reads (ISO date), the words of
# the event's date (its antecedent).
EVENT_COUNTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "need a sports massage two days before the half marathon - the race is Sunday December 6th",
        "two days before the half marathon",
        "2026-12-04",
        "Sunday December 6th",
    ),
    (
        "could I come in 3 days before my race? it's the 10k on Saturday the 12th",
        "3 days before my race",
        "2026-12-09",
        "Saturday the 12th",
    ),
    (
        "my physio said book 2 days after the match. match is Saturday",
        "2 days after the match",
        "2026-11-30",
        "Saturday",
    ),
    (
        "the day before the Boston 5k please. It's Sunday 29th November",
        "the day before the Boston 5k",
        "2026-11-28",
        "Sunday 29th November",
    ),
    (
        "a week after my operation please (op is on the 1st)",
        "a week after my operation",
        "2026-12-08",
        "on the 1st",
    ),
    (
        "the Monday after the wedding, which is December 5",
        "the Monday after the wedding",
        "2026-12-07",
        "December 5",
    ),
    (
        "Wedding is on Saturday 12th December - can we do facials the day before the wedding?",
        "the day before the wedding",
        "2026-12-11",
        "Saturday 12th December",
    ),
    (
        "Pre-op bloods the day before my surgery on the 3rd please",
        "the day before my surgery",
        "2026-12-02",
        "on the 3rd",
    ),
    (
        "the evening before my graduation, which is Friday 4th",
        "the evening before my graduation",
        "2026-12-03",
        "Friday 4th",
    ),
    (
        "a fortnight after the procedure. the procedure's Nov 30",
        "a fortnight after the procedure",
        "2026-12-14",
        "Nov 30",
    ),
    (
        "the Friday before our trip, trip is December 15",
        "the Friday before our trip",
        "2026-12-11",
        "December 15",
    ),
    (
        "4 days before the gala? gala's on the 10th",
        "4 days before the gala",
        "2026-12-06",
        "on the 10th",
    ),
    (
        "Mum wants her hair done the morning after the christening. Christening is Sunday 6 Dec",
        "the morning after the christening",
        "2026-12-07",
        "Sunday 6 Dec",
    ),
    (
        "can we book 1 week before her exam? the exam is 14th December",
        "1 week before her exam",
        "2026-12-07",
        "14th December",
    ),
    (
        "Mehndi is on Sunday 13th, wedding Monday 14th. Henna 2 days before the mehndi please",
        "2 days before the mehndi",
        "2026-12-11",
        "Sunday 13th",
    ),
)
# ... "at least" / "more than" a count before the event is a bound: (the message, the
# words, the bound, the ISO date of its edge: the end for "before").
EVENT_COUNT_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "she needs the jab at least a week before her school trip on 5 December",
        "at least a week before her school trip",
        "before",
        "2026-11-29",  # the 28th itself too (A49: "at least" takes the day in)
    ),
    (
        "more than 2 days after my op please, op's on the 1st",
        "more than 2 days after my op",
        "after",
        "2026-12-04",
    ),
)
# ... and a part of the day before an event with no date stays that part of the day.
EVENT_POD_KEPT: tuple[tuple[str, str], ...] = (
    ("Wednesday, ideally the morning before the wind picks up", "morning"),
    ("the evening before the party if you can, Friday", "evening"),
)
# ... and as they were: a count from a date, a booking, no date tied to the event, the
# day before a day said before: (the message, the words found, their ISO date).
EVENT_COUNTS_KEPT: tuple[tuple[str, str, str], ...] = (
    ("2 days before the 10th", "2 days before the 10th", "2026-12-08"),
    ("book me friday, 2 days after the match", "friday", "2026-11-27"),
    ("the day before my appointment on the 3rd", "on the 3rd", "2026-12-03"),
    ("my surgery is on the 2nd, so the day before", "the day before", "2026-12-01"),
    ("lesson Tuesday 1st 10am, and a consult same day after the lesson", "same day", "2026-12-01"),
)
# ... and no count read where no date is tied to the event.
EVENT_NO_DATE: tuple[str, ...] = (
    "remind me a day before the game please",
    "book me friday, 2 days after the match",
    "can I come 3 days before my race?",
)

# 2. Each row: the message, the length's words, its minutes.
BARE_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("can I get a 45 with Jordan on Thursday?", "a 45", 45),
    ("gie us a 60 wi whoever's free the morra", "a 60", 60),
    ("move my 90 with Priya to Friday please", "my 90", 90),
    ("a 30 if you have anything tomorrow", "a 30", 30),
    ("Thursday with Sam for 60, or Friday if not", "for 60", 60),
    ("book me in for 45 on Saturday", "for 45", 45),
    ("priya. fri. after 3. 90", "90", 90),
    ("Not Tuesday. Sam. 60. Evening.", "60", 60),
    ("another 45 next week please", "another 45", 45),
    ("what have you got for a 90? weekends only", "a 90", 90),
    ("a proper 60 at lunch tomorrow?", "a proper 60", 60),
    ("Sat 5th. 10am. Jordan. 75. Thanks", "75", 75),
    ("can I squeeze in for 30 tomorrow after work", "for 30", 30),
)
# ... and no such length: a clock, a price, an age, a lateness, a room, a count, a date.
NOT_BARE_LENGTHS: tuple[str, ...] = (
    "meet at 45 past",
    "I paid for 45 quid on Friday",
    "I'm 45, is friday ok?",
    "running 45 minutes late",
    "room 45, friday at 2",
    "a 45 year old client, friday",
    "table for 20 on friday",
    "the 30 with Callum if free",
    "book for 10 on friday",
    "it cost 2.60. thanks. friday",
)
# ... and the words around it read as before: (the message, the words found).
BARE_LENGTH_KEEPS: tuple[tuple[str, str], ...] = (
    ("callum. sat. after 2. 60", "after 2"),
    ("Not Monday. Ailsa. 45. Morning.", "Not Monday"),
)

# 3. Each row: the message, the words, "before" / "after" / "" (no bound), the ISO date,
# the clock of the edge ("HH:MM": the end for "before", else the start), said in `KL`.
MALAY: tuple[tuple[str, str, str, str, str], ...] = (
    ("tomolo after 2 can or not?", "tomolo after 2", "after", "2027-03-16", "14:00"),
    ("tmolo morning got slot?", "tmolo morning", "", "2027-03-16", "08:00"),
    ("tumolo petang can?", "tumolo petang", "", "2027-03-16", "15:00"),
    ("lusa lepas zohor boleh?", "lusa lepas zohor", "after", "2027-03-17", "13:55"),
    ("Jumaat ni lepas zohor ok", "Jumaat ni lepas zohor", "after", "2027-03-19", "13:55"),
    ("Ahad depan lepas zuhor", "Ahad depan lepas zuhor", "after", "2027-03-28", "13:50"),
    ("esok sebelum buka puasa ya", "esok sebelum buka puasa", "before", "2027-03-16", "19:25"),
    ("Sabtu ni before berbuka", "Sabtu ni before berbuka", "before", "2027-03-20", "19:24"),
    ("lepas buka esok boleh", "lepas buka esok", "after", "2027-03-16", "19:40"),
    ("Selasa ni lepas buka ok", "Selasa ni lepas buka", "after", "2027-03-16", "19:40"),
    ("after terawih on Wednesday", "after terawih on Wednesday", "after", "2027-03-17", "22:00"),
    (
        "Khamis depan selepas terawih",
        "Khamis depan selepas terawih",
        "after",
        "2027-03-25",
        "22:00",
    ),
    ("Khamis pagi selepas 10 boleh?", "selepas 10", "after", "2027-03-18", "10:00"),
    ("sebelum 5 ya, Jumaat", "sebelum 5", "before", "2027-03-19", "17:00"),
    ("lepas 3 boleh?", "lepas 3", "after", "2027-03-15", "15:00"),
    ("esok ok, but must finish before buka ya", "before buka", "before", "2027-03-16", "19:25"),
)
# Prayer clocks are computed: this many minutes either way.
MINUTES_OFF = 5
# ... and no time: "buka" is "open", the meal said with no bound, "lepas" before a count.
NOT_MALAY_TIMES: tuple[str, ...] = (
    "sebelum buka kedai boleh call dulu",
    "buka puasa together with family",
    "can you buka the file",
    "lepas 2 minggu datang balik",
)
