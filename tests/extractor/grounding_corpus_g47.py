"""The G47 corpus: phrasings grounding still misread (issue 13).

1. The sun's times at the real clock: "before sunset", "after sunrise", "at sundown", "by
   dusk", "first light", "before it gets dark" (`rules_dark`, computed by `prayer_times`
   for the day and the zone). Each clock below is the almanac's for the place and day
   (sunset, sunrise; civil dusk and dawn for "dark" and "first light"), to within
   `SUN_MINUTES_OFF` minutes.
2. The appointment named by its clock after a possessive, with no event's name: "after my
   2pm on Friday", "before my 10:30 tomorrow", "around my 4 o'clock"
   (`rules_event_clock.event_clock_own`).
3. The event named first, its clock after it: "before the bus at 1.10", "until the meeting
   at 4 tomorrow" (`rules_event_clock.event_clock_after`).
4. A day ruled out by what fills it, said after the day: "Wednesday's full of
   appointments", "tuesdays are chaos" (`lexicon_cues.DAY_FILLED`).
5. Romanised "before" / "after": Egyptian and Levantine Arabizi "abl" / "2abl", Korean
   "jeon" / "hu" after a clock (`lexicon_romanised.ARABIZI_BOUNDS`, `KOREAN_BOUNDS_AFTER`).
6. Time words of other languages that no rule reads go into warnings with their span
   (`aside.unread`, reason "romanised").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`), unless
a row names another place: London on Monday 2027-06-21 09:00, Dubai on Monday 2027-03-15
10:20 (`PLACES`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

# Where a row is said: its reference time and zone.
PLACES: dict[str, tuple[datetime, str]] = {
    "ny": (datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/New_York")), "America/New_York"),
    "london": (datetime(2027, 6, 21, 9, 0, tzinfo=ZoneInfo("Europe/London")), "Europe/London"),
    "dubai": (datetime(2027, 3, 15, 10, 20, tzinfo=ZoneInfo("Asia/Dubai")), "Asia/Dubai"),
}
# The computed sun may be this many minutes off the almanac's (the low-precision formulas
# and the zone's main city for the place).
SUN_MINUTES_OFF = 5

# 1. Each row: the message, the bound's words, "before" / "after", the almanac's clock of
# the sun time (the end of the first interval for "before", its start for "after"), the place.
SUN_BOUNDS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "can you come before sunset on Thursday?",
        "before sunset on Thursday",
        "before",
        "16:31",
        "ny",
    ),
    ("till sunset is fine by me", "till sunset", "before", "16:32", "ny"),
    ("b4 sundown pls", "b4 sundown", "before", "16:32", "ny"),
    ("I'd rather be done before sunset", "before sunset", "before", "21:21", "london"),
    (
        "any time after sunrise tomorrow is fine",
        "after sunrise tomorrow",
        "after",
        "04:43",
        "london",
    ),
    ("need the car back by dusk", "by dusk", "before", "22:05", "london"),
    (
        "has to be before it gets dark, the lane has no lights",
        "before it gets dark",
        "before",
        "22:05",
        "london",
    ),
    ("from sunup on Friday, any time", "from sunup on Friday", "after", "04:44", "london"),
    ("after daybreak tomorrow", "after daybreak tomorrow", "after", "03:58", "london"),
    ("not after sundown please", "not after sundown", "before", "18:27", "dubai"),
    ("after sunset on Friday works for us", "after sunset on Friday", "after", "18:29", "dubai"),
    ("Can we do it after dark? The kids nap late", "after dark", "after", "18:50", "dubai"),
    (
        "before the sun goes down on wednesday",
        "before the sun goes down on wednesday",
        "before",
        "18:28",
        "dubai",
    ),
    ("home before dark, my lights are broken", "before dark", "before", "18:50", "dubai"),
)

# 1. Each row: the message, the mention's words, the almanac's clock its first interval
# starts at, the place ("at sundown": the half hour from it).
SUN_POINTS: tuple[tuple[str, str, str, str], ...] = (
    ("we can meet at sundown tomorrow", "sundown tomorrow", "21:21", "london"),
    ("pick up at first light on Saturday", "first light on Saturday", "03:58", "london"),
    ("at sunset on the 17th", "sunset on the 17th", "18:28", "dubai"),
)

# ... and words that stay what they were: (message, the mention's words, the symbol its
# time of day is).
SUN_KEPT: tuple[tuple[str, str, str], ...] = (
    ("a sunset shoot on saturday", "sunset", "pod=dusk"),
    ("evening after 6 please", "evening", "pod=evening"),
    ("tomorrow morning before 9", "tomorrow morning", "pod=morning"),
)
# ... and messages with no sun time in them.
NO_SUN: tuple[str, ...] = (
    "I love watching the sunset",
    "it gets dark early these days",
    "the dark room is fine",
    "see you at Sunrise Dental on friday",
    "tomorrow, though not right at the crack of dawn",
)

# 2. and 3. Each row: the message, the bound's words, "before" / "after", the clock it is
# at (HH:MM: the end of the first interval for "before", its start for "after").
OWN_CLOCK: tuple[tuple[str, str, str, str], ...] = (
    ("anything after my 2pm on Friday?", "after my 2pm on Friday", "after", "14:00"),
    ("can you fit me in before my 10:30 tomorrow", "before my 10:30 tomorrow", "before", "10:30"),
    ("after our 11am is best", "after our 11am", "after", "11:00"),
    ("before her 9am on Tuesday", "before her 9am on Tuesday", "before", "09:00"),
    ("any time after his 3:15", "after his 3:15", "after", "15:15"),
    ("till my 5pm", "till my 5pm", "before", "17:00"),
    ("b4 my 8am tmrw", "b4 my 8am tmrw", "before", "08:00"),
    ("not before my 1 o'clock", "not before my 1 o'clock", "after", "13:00"),
    ("after their 12:30 on the 27th", "after their 12:30 on the 27th", "after", "12:30"),
    ("I need to be out before our 4.45", "before our 4.45", "before", "16:45"),
    ("after mum's 10am", "after mum's 10am", "after", "10:00"),
    ("by my 6pm", "by my 6pm", "before", "18:00"),
)
EVENT_THEN_CLOCK: tuple[tuple[str, str, str, str], ...] = (
    ("can I come before the bus at 1.10", "before the bus at 1.10", "before", "13:10"),
    (
        "after the school run at 8:45 tomorrow",
        "after the school run at 8:45 tomorrow",
        "after",
        "08:45",
    ),
    ("any chance before my shift at 3?", "before my shift at 3", "before", "15:00"),
    (
        "I'm free until the meeting at 4 tomorrow",
        "until the meeting at 4 tomorrow",
        "before",
        "16:00",
    ),
    (
        "after footy training at 6 on Thursday",
        "after footy training at 6 on Thursday",
        "after",
        "18:00",
    ),
    ("b4 her exam at 2", "b4 her exam at 2", "before", "14:00"),
    ("after church at 11:30 on sunday", "after church at 11:30 on sunday", "after", "11:30"),
    ("before the movers come at 11", "before the movers come at 11", "before", "11:00"),
    ("till my lecture at 2pm", "till my lecture at 2pm", "before", "14:00"),
    ("after kids pickup @ 3:15", "after kids pickup @ 3:15", "after", "15:15"),
    ("by my physio appointment at 9am", "by my physio appointment at 9am", "before", "09:00"),
    ("prior to the board meeting at 10", "prior to the board meeting at 10", "before", "10:00"),
    ("not after my swim lesson at 5", "not after my swim lesson at 5", "before", "17:00"),
)
# 2. Each row: the message, the mention's words, its first interval's start and end
# ("around": an hour about the clock).
OWN_CLOCK_ROUGH: tuple[tuple[str, str, str, str], ...] = (
    ("around my 4 o'clock would be handy", "around my 4 o'clock", "15:30", "16:30"),
    ("about our 2pm?", "about our 2pm", "13:30", "14:30"),
)
# ... and clocks that stay clocks: (message, the clock's words), no bound in the message.
CLOCK_NOT_BOUND: tuple[tuple[str, str], ...] = (
    ("book me at 2 before the meeting", "at 2"),
    ("at 3, after the gym", "at 3"),
    ("we'll come by car at 7", "at 7"),
    ("my 2pm got moved", "2pm"),
    ("friday between my 10am and 2pm appointments", "10am"),
    ("I'm after a plasma slot at 2:30", "at 2:30"),
)

# 4. Each row: the message, the words of the day ruled out (one mention, negated).
DAY_FILLED: tuple[tuple[str, str], ...] = (
    ("Wednesday's full of appointments, Thursday?", "Wednesday's full"),
    ("Thursday is fully booked for me", "Thursday is fully booked"),
    ("Monday's packed so tuesday", "Monday's packed"),
    ("Friday's a write-off, sorry", "Friday's a write-off"),
    ("tuesdays are chaos", "tuesdays are chaos"),
    ("weekend is slammed, weekday evenings only", "weekend is slammed"),
    ("sat is chocka, any other day", "sat is chocka"),
    ("Tomorrow's mental, can we do Thursday", "Tomorrow's mental"),
    ("the 14th is booked solid for me", "the 14th is booked solid"),
    ("next week is manic, the week after?", "next week is manic"),
    ("Thursday looks packed", "Thursday looks packed"),
    ("Friday is totally swamped", "Friday is totally swamped"),
    ("mon and tue are pretty hectic, wed works", "tue are pretty hectic"),
    ("Monday's out", "Monday's out"),
)
# ... and days that stay wished: (message, the day's words, not negated).
DAY_NOT_FILLED: tuple[tuple[str, str], ...] = (
    ("the Wednesday slot is fully booked?", "Wednesday"),
    ("full day Monday", "Monday"),
    ("Wednesday's full?", "Wednesday"),
    ("If Tuesday's full, Wednesday then", "Tuesday"),
    ("Monday is a full day", "Monday"),
    ("Friday's packed in the morning, the afternoon is fine", "Friday"),
)

# 5. Each row: the message, the bound's words, "before" / "after", the clock it is at.
ROMANISED_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    ("abl el sa3a 5 law sama7t", "abl el sa3a 5", "before", "17:00"),
    ("2abl 3 ya reit", "2abl 3", "before", "15:00"),
    ("mish 2abl 11", "mish 2abl 11", "after", "11:00"),
    ("'abl 4 pls", "'abl 4", "before", "16:00"),
    ("ana fadi abl el sa3a 6", "abl el sa3a 6", "before", "18:00"),
    ("2abel 2 if possible", "2abel 2", "before", "14:00"),
    ("mish abl 10", "mish abl 10", "after", "10:00"),
    ("fa mesh abl 3:30 3ashan el tare2", "mesh abl 3:30", "after", "15:30"),
    ("3si jeon", "3si jeon", "before", "15:00"),
    ("ohu 2si hu", "ohu 2si hu", "after", "14:00"),
    ("naeil 4si jeon-e", "naeil 4si jeon-e", "before", "16:00"),
    ("du-si hu", "du-si hu", "after", "14:00"),
    ("ojeon 11si jeon", "ojeon 11si jeon", "before", "11:00"),
    ("3si hue", "3si hue", "after", "15:00"),
)
# ... and no bound where the words are English or a name.
ROMANISED_NOT_BOUNDS: tuple[str, ...] = (
    "I am able 5 days a week",
    "hu said 3pm works",
    "Abel at 3pm",
)

# 6. Each row: the message, the words warned of (reason "romanised").
ROMANISED_UNREAD: tuple[tuple[str, str], ...] = (
    ("can we do abhi?", "abhi"),
    ("baad mein pls, around 5", "baad mein"),
    ("nanti aja ya", "nanti"),
    ("bisa sekarang?", "sekarang"),
    ("ba3den ok?", "ba3den"),
    ("mumkin dilwa2ty", "dilwa2ty"),
    ("jigeum gonna work?", "jigeum"),
    ("najunge maybe", "najunge"),
    ("ato de if possible", "ato de"),
    ("zhoumo ok ma", "zhoumo"),
    ("ahorita please", "ahorita"),
    ("al rato paso", "al rato"),
    ("is hafte koi slot?", "is hafte"),
)
# ... and no such warning: the words are read, or English.
ROMANISED_NOT_UNREAD: tuple[str, ...] = (
    "nanti sore bisa?",
    "alas, no luck with that",
    "alas tres, pwede?",  # read since G49 (`rules_tagalog`)
    "the sun sets late",
)
