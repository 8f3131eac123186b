"""The booked-span corpus: a range of clock times that is the booking itself ("court 2
from 6 to 8", "the simulator 7-10pm"), and the ranges that stay windows ("any time from
10 to 2", "I'm free 1-5", "between 9 and 12").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each row: the message, the range's words as grounding finds them, and what grounding
records on it (`TimeMention.booked_span`): the range's length in minutes, its best
reading ("booking" or "window") and the word naming what is hired by the hour; None
where words of availability make the range a window, with no fact.
"""

from __future__ import annotations

# Said of a thing hired by the hour (a room, a court, a studio, a machine): the booking
# first, the window its alternative.
BOOKING: tuple[tuple[str, str, tuple[int, str, str]], ...] = (
    ("court 2 from 6 to 8 tomorrow?", "from 6 to 8 tomorrow", (120, "booking", "court")),
    (
        "can I get room 3 from 10 to 12 on thursday",
        "from 10 to 12 on thursday",
        (120, "booking", "room"),
    ),
    ("the simulator 7-10pm friday pls", "7-10pm friday", (180, "booking", "simulator")),
    ("the darkroom 6 to 9 thursday", "6 to 9 thursday", (180, "booking", "darkroom")),
    (
        "Could we hire the hall on Saturday from 2pm to 6pm for a party?",
        "Saturday from 2pm to 6pm",
        (240, "booking", "hall"),
    ),
    ("need a study room tmrw 13:00-17:00", "tmrw 13:00-17:00", (240, "booking", "room")),
    ("booth 1 tonight 8-9:30, recording a podcast", "tonight 8-9:30", (90, "booking", "booth")),
    ("is the kiln free wed? we'd want it 9 till 3", "9 till 3", (360, "booking", "kiln")),
    ("squash court Sunday 11am-12:30pm", "Sunday 11am-12:30pm", (90, "booking", "court")),
    (
        "Book the boardroom for the 3rd, 9:30 to 11",
        "the 3rd, 9:30 to 11",
        (90, "booking", "boardroom"),
    ),
    (
        "studio B next monday half two till half six",
        "next monday half two till half six",
        (240, "booking", "studio"),
    ),
    (
        "lane 4 friday 7 till 9, birthday bowling for 8 kids",
        "friday 7 till 9",
        (120, "booking", "lane"),
    ),
    (
        "the patio this Saturday from 12 to 3 for 6 of us",
        "this Saturday from 12 to 3",
        (180, "booking", "patio"),
    ),
    (
        "tennis court 3 this sat 9-11am, then the kids have swimming",
        "this sat 9-11am",
        (120, "booking", "court"),
    ),
    (
        "the sim for a whole afternoon on friday, 12 till 5",
        "afternoon on friday, 12 till 5",
        (300, "booking", "sim"),
    ),
)

# Said of a service (a tutor, a consultant): the range is a window first, the booking
# kept as the other reading.
WINDOW_FIRST: tuple[tuple[str, str, tuple[int, str, None]], ...] = (
    ("Ms Rao, Friday 10-12 please", "Friday 10-12", (120, "window", None)),
    ("tutoring on tuesday from 4 to 6", "tuesday from 4 to 6", (120, "window", None)),
)

# Words of availability around the range: a window, whatever is booked; no fact.
WINDOW: tuple[tuple[str, str], ...] = (
    ("any time from 10 to 2 works", "from 10 to 2"),
    ("between 9 and 12 works for the court", "between 9 and 12"),
    ("I'm free 1-5 on monday", "1-5 on monday"),
    ("room 3, tomorrow 12-1 only", "tomorrow 12-1"),
    ("I'll be home from 8 till noon, the plumber can come then", "from 8 till noon"),
    ("anything in studio A sat between 2 and 6?", "sat between 2 and 6"),
    ("the court's open to us 6-9 on wednesdays, so sometime 6-9 wed", "6-9 wed"),
)
