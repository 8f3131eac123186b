"""The G17a corpus: places called by another name ("the tip" for the recycling centre,
"the truck lane" for "lane 2 (trucks)"), dotted clocks as a range ("9.30 to 10.30"),
and clocks a speech-to-text keyboard spelt as words that sound the same ("at for thirty").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# The businesses the resource rows are read against: (id, name) of each resource.
RECYCLING = (("centre", "the recycling centre"), ("van", "the collection van"))
US_RECYCLING = (("site", "Recycling Center"), ("truck", "Pickup truck 1"))
LANES = (("lane-1", "lane 1"), ("lane-2", "lane 2 (trucks)"))
BAYS = (("bay-a", "Bay A (cars)"), ("bay-b", "Bay B (vans)"))
ROOMS = (("r1", "Room 1 (yoga)"), ("r2", "Room 2 (pilates)"))

# Another name for the place: each row the business, the message, the words that name
# it, the resource id they name.
OTHER_NAMES: tuple[tuple[tuple[tuple[str, str], ...], str, str, str], ...] = (
    (RECYCLING, "can i get a slot at the tip on saturday", "the tip", "centre"),
    (RECYCLING, "Tip on Friday morning please", "Tip", "centre"),
    (RECYCLING, "need a tip slot before 10 tomorrow", "a tip slot", "centre"),
    (RECYCLING, "doing a tip run on the 14th, any time", "a tip run", "centre"),
    (RECYCLING, "Is the dump open Sunday?", "the dump", "centre"),
    (RECYCLING, "we'll take the rest down the tip after lunch", "the tip", "centre"),
    (RECYCLING, "ANY ROOM AT THE TIP TODAY", "THE TIP", "centre"),
    (RECYCLING, "tip or van, whichever is sooner", "tip", "centre"),
    (US_RECYCLING, "can I drop stuff at the dump tuesday", "the dump", "site"),
    (US_RECYCLING, "is the recycling centre open on the 3rd", "the recycling centre", "site"),
    (LANES, "is the truck lane free this afternoon", "the truck lane", "lane-2"),
    (LANES, "need 2 hours in the trucks lane on monday", "the trucks lane", "lane-2"),
    (LANES, "book me a truck lane slot friday", "a truck lane", "lane-2"),
    (LANES, "not in the truck lane please, it's a hatchback", "the truck lane", "lane-2"),
    (BAYS, "the van bay on thursday at 3", "the van bay", "bay-b"),
    (BAYS, "a car bay for the morning of the 4th", "a car bay", "bay-a"),
    (ROOMS, "is the pilates room free at 6", "the pilates room", "r2"),
    (ROOMS, "yoga room wed evening", "yoga room", "r1"),
)

# Must not change: other words that look alike name nothing (the business, the message,
# words that must not be read as a resource).
NOT_OTHER_NAMES: tuple[tuple[tuple[tuple[str, str], ...], str, str], ...] = (
    (RECYCLING, "any tips on what you take?", "tips"),
    (RECYCLING, "the tip's car park was full last time", "the tip"),
    (LANES, "is there a truck wash on site", "truck"),
    (ROOMS, "the room was cold last time, monday at 6", "the room"),
    ((("dr-a", "Dr. Tip"),), "is the dump open", "the dump"),  # no recycling centre here
    ((("lane-1", "lane 1"), ("lane-2", "lane 2")), "the truck lane please", "the truck lane"),
)

# "9.30 to 10.30", "12.45-1.30": two dotted clocks joined into a range. Each row: the
# message, the mention's words, its first start ("MM-DD HH:MM") and its end ("HH:MM").
DOTTED_RANGES: tuple[tuple[str, str, str, str], ...] = (
    (
        "I'm only free 9.30 to 10.30 on the 25th",
        "9.30 to 10.30 on the 25th",
        "11-25 09:30",
        "10:30",
    ),
    (
        "lunch break is 12.45 to 1.30 on Thursday",
        "12.45 to 1.30 on Thursday",
        "11-26 12:45",
        "13:30",
    ),
    ("maybe 9.15 to 10.00 tomorrow?", "9.15 to 10.00 tomorrow", "11-24 09:15", "10:00"),
    ("can do 2.30-3.15 friday", "2.30-3.15 friday", "11-27 14:30", "15:15"),
    ("tmrw 10.15 till 11.45 if that works", "tmrw 10.15 till 11.45", "11-24 10:15", "11:45"),
    (
        "only have 4.40 until 5.20 on wednesday",
        "4.40 until 5.20 on wednesday",
        "11-25 16:40",
        "17:20",
    ),
    ("Tuesday 8.45 – 9.30 would be ideal", "Tuesday 8.45 – 9.30", "11-24 08:45", "09:30"),
    ("the 1st, 11.30 to 12.15", "the 1st, 11.30 to 12.15", "12-01 11:30", "12:15"),
    ("free between classes 1.10 to 1.50 thurs", "1.10 to 1.50 thurs", "11-26 13:10", "13:50"),
    ("10.00 to 10.45 on Saturday please", "10.00 to 10.45 on Saturday", "11-28 10:00", "10:45"),
    ("sunday 3.15 to 4.00", "sunday 3.15 to 4.00", "11-29 15:15", "16:00"),
    ("tues 7.30 - 8.15", "tues 7.30 - 8.15", "11-24 07:30", "08:15"),
    (
        "i'm around 12.20 to 1.05 on the 27th",
        "around 12.20 to 1.05 on the 27th",
        "11-27 12:20",
        "13:05",
    ),
    ("Friday 9.50 to 10.40, thanks", "Friday 9.50 to 10.40", "11-27 09:50", "10:40"),
    (
        "could we do 5.45 to 6.30 tomorrow evening",
        "5.45 to 6.30 tomorrow evening",
        "11-24 17:45",
        "18:30",
    ),
)

# Must not change: a dotted number that is a price or a lone figure is no clock range.
NOT_DOTTED_RANGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("it costs $9.50 to $10.50 depending", ("9.50",)),
    ("the fee went from 9.50 to 10.50", ("9.50",)),
    ("version 2.10 to 2.12 has the bug", ("2.10",)),
    ("rates rose 1.25 to 1.75 percent", ("1.25",)),
)

# Clocks spelt as the words they sound like. Each row: the message, the mention's
# words, its first start ("MM-DD HH:MM"); the business's hours (08:00-18:00 here) put
# a bare hour in the day.
SOUND_ALIKES: tuple[tuple[str, str, str], ...] = (
    ("need an inspection friday at for thirty", "friday at for thirty", "11-27 16:30"),
    ("book me tomorrow at won", "tomorrow at won", "11-24 13:00"),
    ("tuesday at ate in the morning", "tuesday at ate in the morning", "11-24 08:00"),
    ("can i come in at to thirty on thursday", "at to thirty on thursday", "11-26 14:30"),
    ("wednesday the 25th won thirty", "wednesday the 25th won thirty", "11-25 13:30"),
    ("thursday at for oclock", "thursday at for oclock", "11-26 16:00"),
    ("monday at too please", "monday at too", "11-23 14:00"),
    ("the 2nd at ate", "the 2nd at ate", "12-02 08:00"),
    ("could i come at ate tomorrow morning", "at ate tomorrow morning", "11-24 08:00"),
    ("too thirty on the fifth", "too thirty on the fifth", "12-05 14:30"),
    ("friday at won fifteen", "friday at won fifteen", "11-27 13:15"),
    ("saturday at for forty five", "saturday at for forty five", "11-28 16:45"),
    ("tomorrow at ate fifteen?", "tomorrow at ate fifteen", "11-24 08:15"),
    ("on the 30th at too, or at for", "on the 30th at too", "11-30 14:00"),
    ("ok what about wednesday at won", "wednesday at won", "11-25 13:00"),
    ("tuesday the 1st at for fifteen", "tuesday the 1st at for fifteen", "12-01 16:15"),
)

# A bound word before a sound-alike clock: each row the message, the mention's words,
# the bound, and the bound's clock ("HH:MM").
SOUND_ALIKE_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    ("tuesday but i wont be off until for thirty", "until for thirty", "before", "16:30"),
    ("i can do monday after for thirty", "monday after for thirty", "after", "16:30"),
    ("anything after too thirty friday", "after too thirty friday", "after", "14:30"),
)

# Must not change: the same words where they mean what they say. Each row: the message
# and words no mention may hold.
NOT_SOUND_ALIKES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("i need it for thirty minutes on friday", ("for thirty",)),
    ("it is too late on monday", ("too",)),
    ("I ate at 7 on friday", ("ate",)),
    ("we looked at for a while on monday", ("at for",)),
    ("a table for thirty people on friday", ("for thirty",)),
    ("arriving at too early an hour", ("at too",)),
    ("the tuesday after for my follow up", ("for",)),
    ("we won thirty dollars on friday", ("won thirty",)),
    ("we won fifteen games on saturday", ("won fifteen",)),
    ("from one to thirty on the list, friday", ("to thirty",)),
)
