"""The G20b corpus: "first thing" as the day's opening slot (a hedged or ruled-out one as
the early part of the day) and "last thing" / "end of the day" as its closing slot;
"like 8:30 or 9" as the clocks themselves; rough dotted clocks ("8.30ish", "half 3ish");
"mid-arvo"; Hindi time words written in Latin letters ("kal 5 baje", "parso shaam ko").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`). The
business is open 08:00-18:00 (`OPEN`), so this morning's first slot is gone: "first thing"
with no day is tomorrow's.
"""

from __future__ import annotations

OPEN = (8 * 60, 18 * 60)

# "First thing": the opening slot, its first half hour (was the first hour and a half).
# Each row: the message, the mention's words, its first window ("Day DD HH:MM-HH:MM").
FIRST_THING: tuple[tuple[str, str, str], ...] = (
    ("first thing tomorrow please", "first thing tomorrow", "Tue 24 08:00-08:30"),
    ("can you do first thing wed", "first thing wed", "Wed 25 08:00-08:30"),
    ("Thursday first thing. Boiler's dead.", "Thursday first thing", "Thu 26 08:00-08:30"),
    ("need the car looked at first thing", "first thing", "Tue 24 08:00-08:30"),
    (
        "Could I be seen first thing on Friday the 27th",
        "first thing on Friday the 27th",
        "Fri 27 08:00-08:30",
    ),
    ("frst thing sat pls", "sat", "Sat 28 00:00-00:00"),
    ("first thing next Monday for the survey", "first thing next Monday", "Mon 30 08:00-08:30"),
    ("Move me to Wednesday, first thing.", "Wednesday, first thing", "Wed 25 08:00-08:30"),
    ("tmrw first thing or thurs first thing", "tmrw first thing", "Tue 24 08:00-08:30"),
    ("the 1st first thing, I fly at noon", "the 1st first thing", "Tue 01 08:00-08:30"),
    ("FIRST THING TUESDAY!!", "FIRST THING TUESDAY", "Tue 24 08:00-08:30"),
    (
        "book me first thing in the morning on the 2nd",
        "first thing in the morning on the 2nd",
        "Wed 02 08:00-08:30",
    ),
    (
        "first thing Friday morning, the van's booked after",
        "first thing Friday morning",
        "Fri 27 08:00-08:30",
    ),
    ("Saturday week, first thing please.", "Saturday week, first thing", "Sat 05 08:00-08:30"),
    (
        "any chance of first thing the day after tomorrow",
        "first thing the day after tomorrow",
        "Wed 25 08:00-08:30",
    ),
    # its mirror: the closing slot, the last half hour (was the last hour)
    ("last thing friday pls", "last thing friday", "Fri 27 17:30-18:00"),
    ("end of the day tomorrow?", "end of the day tomorrow", "Tue 24 17:30-18:00"),
    ("eod weds works", "eod weds", "Wed 25 17:30-18:00"),
    ("the 30th, end of day", "the 30th, end of day", "Mon 30 17:30-18:00"),
    ("close of business thursday", "close of business thursday", "Thu 26 17:30-18:00"),
)

# A hedged "first thing" ("first thing?", "if poss", "ideally") is a wish for the early
# part of the day, and a ruled-out one ("not first thing") rules the early part out: the
# first hour and a half after the opening, as before. Each row as above.
EARLY_PART: tuple[tuple[str, str, str], ...] = (
    ("could I book Luna the 29th, first thing?", "the 29th, first thing", "Sun 29 08:00-09:30"),
    ("first thing if possible tomorrow", "first thing", "Tue 24 08:00-09:30"),
    ("Tuesday, first thing ideally", "first thing", "Tue 24 08:00-09:30"),
    ("ideally first thing on wednesday", "first thing on wednesday", "Wed 25 08:00-09:30"),
    ("thurs first thing if u can", "thurs first thing", "Thu 26 08:00-09:30"),
    ("friday first thing would be best", "friday first thing", "Fri 27 08:00-09:30"),
    ("maybe first thing friday?", "first thing friday", "Fri 27 08:00-09:30"),
    ("Can Lena come Monday week, first thing?", "Monday week, first thing", "Mon 30 08:00-09:30"),
    ("the 2nd, first thing if poss", "first thing", "Wed 02 08:00-09:30"),
    ("tomorrow first thing preferably", "tomorrow first thing", "Tue 24 08:00-09:30"),
    ("not first thing tomorrow please", "not first thing tomorrow", "Tue 24 08:00-09:30"),
    ("any time wednesday but not first thing", "but not first thing", "Wed 25 08:00-09:30"),
    ("Friday, just not first thing", "not first thing", "Fri 27 08:00-09:30"),
    ("not first thing on thursday pls", "not first thing on thursday", "Thu 26 08:00-09:30"),
    (
        "no first thing on the 1st, I can't get there",
        "no first thing on the 1st",
        "Tue 01 08:00-09:30",
    ),
)

# "like 8:30 or 9": another clock offered after "like" makes both the starts wished, not
# a rough window. Each row: the message, the mention's words, its first start ("DD HH:MM").
LIKE_LIST: tuple[tuple[str, str, str], ...] = (
    ("can we push to later, like 8:30 or 9", "like 8:30", "24 08:30"),
    ("wed? like 3.30 or 4pm", "like 3.30", "25 15:30"),
    ("tomorrow late morning, like 10:30 or 11", "tomorrow late morning, like 10:30", "24 10:30"),
    ("friday, like 2:15 or 2:45", "friday, like 2:15", "27 14:15"),
    ("tonight? like 6:45 or 7", "like 6:45", "23 18:45"),
    ("thurs, say 1:30 or 2", "thurs, say 1:30", "26 13:30"),
    ("sat at like 11:15 or 11:45?", "sat at like 11:15", "28 11:15"),
    ("tmrw arvo, like 4.15 or 4.45", "tmrw arvo, like 4.15", "24 16:15"),
    ("Monday? Like 9:30 or 10", "Like 9:30", "23 09:30"),
    ("the 2nd, like 5:30 or 6pm", "the 2nd, like 5:30", "02 17:30"),
    ("after lunch, like 1:30 or at 2", "after lunch, like 1:30", "23 13:30"),
    ("tues like 12:30 or 1", "tues like 12:30", "24 12:30"),
    ("weds, like 7.45 or 8", "weds, like 7.45", "25 07:45"),
    ("can u do fri, like 3:20 or 3:40", "fri, like 3:20", "27 15:20"),
    ("tomorrow? so like 11:30, or 12", "like 11:30", "24 11:30"),
)

# Must not change: a clock after "like" with nothing offered after it stays rough (the
# window's start), and "around" rounds a listed clock as before.
LIKE_STILL_ROUGH: tuple[tuple[str, str, str], ...] = (
    ("free tonight? like 7.30", "like 7.30", "23 19:00"),
    ("tomorrow evening? like 6:30", "like 6:30", "24 18:00"),
    ("thursday, around 8:30 or 9", "thursday, around 8:30", "26 08:00"),
)

# A rough dotted clock, or half past said the British way, with "ish": around that time
# (the hour's window from half an hour before). Each row: the message, the mention's
# words, its first start ("DD HH:MM").
ROUGH_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("Is Ruby on tomorrow? need my jab, 8.30ish", "8.30ish", "24 08:00"),
    ("tmrw 10.15 ish", "tmrw 10.15 ish", "24 09:45"),
    ("10.15ish on friday", "10.15ish on friday", "27 09:45"),
    ("thurs 2.45ish?", "thurs 2.45ish", "26 14:15"),
    ("can do 4.30-ish today", "4.30-ish today", "23 16:00"),
    ("friday half 3ish", "friday half 3ish", "27 15:00"),
    ("tomorrow at half 2ish", "tomorrow at half 2ish", "24 14:00"),
    ("half 10 ish on the 2nd?", "half 10 ish on the 2nd", "02 10:00"),
    ("wed around half 4", "wed around half 4", "25 16:00"),
    ("about half 5 tonight", "about half 5 tonight", "23 17:00"),
    ("sat 11.30ish pls", "sat 11.30ish", "28 11:00"),
    ("Monday 9.15ish", "Monday 9.15ish", "23 08:45"),
    ("6:30ish tmrw", "6:30ish tmrw", "24 18:00"),
    ("the 1st, 12.45ish", "the 1st, 12.45ish", "01 12:15"),
    ("tues, 1.20 ish if poss", "1.20 ish", "24 12:50"),
)

# Must not change: money and numbered things with "ish" are no clock.
NOT_ROUGH_CLOCKS: tuple[str, ...] = (
    "it costs 8.50ish",
    "about £12.30ish all in",
    "running version 2.10ish",
    "the fee was $9.99ish",
)

# Texting forms: Australian "mid-arvo", Hindi written in Latin letters ("kal" tomorrow,
# "parso" the day after, "aaj" today, "N baje" N o'clock, "ke baad" after, "se pehle"
# before, "tak" until, "subah" / "dopahar" / "shaam" / "raat" the parts of the day).
# Each row: the message, the mention's words, its first window ("Day DD HH:MM-HH:MM").
TEXTED: tuple[tuple[str, str, str], ...] = (
    ("ideally Sunday the 29th mid-arvo", "Sunday the 29th mid-arvo", "Sun 29 14:00-16:00"),
    ("thurs mid arvo?", "thurs mid arvo", "Thu 26 14:00-16:00"),
    ("tmrw midarvo", "tmrw midarvo", "Tue 24 14:00-16:00"),
    ("kya sir kal 5 baje class ho sakti hai?", "kal 5 baje", "Tue 24 17:00-18:00"),
    ("kal subah 10 baje", "kal subah 10 baje", "Tue 24 10:00-11:00"),
    ("parso shaam ko class chahiye", "parso shaam", "Wed 25 17:00-21:00"),
    ("aaj shaam free hai?", "aaj shaam", "Mon 23 17:00-21:00"),
    ("kal dopahar mein", "kal dopahar", "Tue 24 12:00-17:00"),
    ("parso 11 baje", "parso 11 baje", "Wed 25 11:00-12:00"),
    ("kal saade 4 baje", "kal saade 4 baje", "Tue 24 16:30-16:31"),
    ("aaj 6:30 baje", "aaj 6:30 baje", "Mon 23 18:30-18:31"),
    ("kal 4 bje?", "kal 4 bje", "Tue 24 16:00-17:00"),
    ("parso shaam ko, 6 baje ke baad", "6 baje ke baad", "Wed 25 18:00-00:00"),
    ("kal 3 baje se pehle", "kal 3 baje se pehle", "Tue 24 00:00-15:00"),
    ("aaj 7 baje tak", "aaj 7 baje tak", "Mon 23 09:00-19:00"),
)

# Must not change: "Kal" the name, "sham" the word, "tak" alone.
NOT_TEXTED: tuple[str, ...] = (
    "Kal said you were busy",
    "ask Kal about it",
    "the sale was a sham",
    "tak tak tak",
)
