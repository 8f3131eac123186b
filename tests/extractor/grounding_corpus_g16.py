"""The G16 corpus: days said the Scots and Australian way ("the morra", "the now",
"sarvo"), the light of the day's ends said of what is booked ("a twilight tee time"), a
full day as a length, and a day and month written with a dot ("31.07").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "the morra", "the morn" (tomorrow), "the morn's morn" (tomorrow morning), "the now"
# (right now), "sarvo" (this afternoon). Each row: the message, the mention's words, its
# first start ("MM-DD HH:MM").
REGIONAL_DAYS: tuple[tuple[str, str, str], ...] = (
    ("Ye got any tee times the morra?", "the morra", "11-24 00:00"),
    ("is Gordon free the morra at 10", "the morra at 10", "11-24 10:00"),
    ("can ah come the morn?", "the morn", "11-24 00:00"),
    ("the morn works fine for us", "the morn", "11-24 00:00"),
    ("any slot the morn at 2", "the morn at 2", "11-24 14:00"),
    ("a wee lesson the morn's morn, if he's got anything", "the morn's morn", "11-24 08:00"),
    ("the morn's mornin would be grand", "the morn's mornin", "11-24 08:00"),
    ("nae chance of a game the now?", "the now", "11-23 09:00"),
    ("could ye see me the now", "the now", "11-23 09:00"),
    ("any chance of a spot sarvo?", "sarvo", "11-23 12:00"),
    ("can u squeeze me in sarvo after 3", "sarvo", "11-23 12:00"),
    ("Sarvo or tomorrow arvo, either works", "Sarvo", "11-23 12:00"),
    ("free s'arvo if you've got one", "s'arvo", "11-23 12:00"),
    ("We're after a round the morra afternoon", "the morra afternoon", "11-24 12:00"),
    ("the morra, first thing", "the morra, first thing", "11-24 06:00"),
)

# Must not change: "the morn" that is the morning, "the now" that is no time. Each row:
# the message, words no mention may be.
NOT_REGIONAL: tuple[tuple[str, str], ...] = (
    ("see you in the morn", "the morn"),
    ("all the morn I'm at work", "the morn"),
    ("living in the now is hard", "the now"),
    ("until the now it was fine", "the now"),
    ("Tuesday the morn", "the morn"),
)

# "a twilight tee time", "twilight slot", "a sunset shoot": the part of the day said of
# what is booked. Each row: the message, the mention's words, its first start.
BOOKED_LIGHT: tuple[tuple[str, str, str], ...] = (
    ("Twilight tee time please, Thurs or Fri", "Twilight", "11-26 17:00"),
    ("is there a twilight slot on Wednesday?", "twilight", "11-25 17:00"),
    ("two for a twilight round tomorrow", "twilight", "11-24 17:00"),
    ("what's the twilight rate on saturday", "twilight", "11-28 17:00"),
    ("a sunset shoot on saturday", "sunset", "11-28 17:00"),
    ("could we do a sunrise session sunday", "sunrise", "11-29 05:00"),
    ("got twilight tee-times friday?", "twilight", "11-27 17:00"),
    ("book us a twilight game thursday", "twilight", "11-26 17:00"),
    ("twilight start tomorrow for 4 of us", "twilight", "11-24 17:00"),
    ("sunset slots on the 5th?", "sunset", "12-05 17:00"),
    ("a twilight booking for 2 on friday", "twilight", "11-27 17:00"),
    ("Friday, twilight tee time", "Friday, twilight", "11-27 17:00"),
    ("sunset shoots this weekend?", "sunset", "11-28 17:00"),
    ("a sunrise appointment on the 2nd", "sunrise", "12-02 05:00"),
    ("twilight times next friday?", "twilight", "12-04 17:00"),
)

# Must not change: the words alone stay weak ("we love the twilight" is no time).
LIGHT_NOT_A_TIME: tuple[str, ...] = (
    "we love the twilight",
    "the sunset was lovely",
    "a twilight zone episode",
    "sunrise yoga is my thing",
)

# "we need a full day", "one full day of moving", "a full-day workshop", ", whole day.":
# eight hours. Each row: the message, the length's words.
FULL_DAY: tuple[tuple[str, str], ...] = (
    ("We need a full day, 3 bed house plus garage", "a full day"),
    ("need one full day of moving next week", "one full day"),
    ("Tomorrow or Wednesday, whole day.", "whole day"),
    ("We need a full-day workshop with Marcus", "a full-day"),
    ("whats the first saturday you have? need a full day", "a full day"),
    ("book the studio for a whole day on the 4th", "a whole day"),
    ("it's a full day job, the whole kitchen", "a full day"),
    ("can I hire the room for an entire day", "an entire day"),
    ("we'd want the crew for 1 full day", "1 full day"),
    ("Friday please, full day.", "full day"),
    ("need a tech a whole day for the rewiring", "a whole day"),
    ("a full day shoot on saturday", "a full day"),
    ("reserve the hall one whole day in december", "one whole day"),
    ("i need a full day for the engine work", "a full day"),
    ("the 3rd, whole day", "whole day"),
)

# Must not change: a day off, a day someone is busy with, the whole day as a time.
FULL_DAY_NOT_A_LENGTH: tuple[str, ...] = (
    "I'm taking a full day off on friday",
    "I have a full day of meetings tomorrow",
    "she's got a whole day at work on monday",
    "I'm free the whole day on tuesday",
    "we've got a full day tomorrow",
    "whole day blocked on the 1st",
)

# "crew for 31.07", "11.08, 7:00", "Survey 5.08 possible?": day first, with a dot. Each
# row: the message, the mention's words, the day ("MM-DD").
DOTTED_DATES: tuple[tuple[str, str, str], ...] = (
    ("we need a crew for 31.12, morning", "31.12, morning", "12-31"),
    ("crew A, 11.12, 7:00. 10 hours.", "11.12, 7:00", "12-11"),
    ("Survey with Lena 5.12 possible?", "5.12", "12-05"),
    ("is 28.11 free?", "28.11", "11-28"),
    ("could you come 03.12 in the afternoon", "03.12 in the afternoon", "12-03"),
    ("could it be 29.11 instead", "29.11", "11-29"),
    ("delivery 07.12 please", "07.12", "12-07"),
    ("moving on 26.11.", "26.11.", "11-26"),
    ("available 30.11 after 14:00", "30.11 after 14:00", "11-30"),
    ("we arrive 27.11, any time after", "27.11", "11-27"),
    ("on 09.12 please", "09.12", "12-09"),
    ("ok for 31.01?", "31.01", "01-31"),
    ("2.12 at 9:00 works", "2.12 at 9:00", "12-02"),
    ("the move is 25.11, crew B", "25.11", "11-25"),
    ("maybe 14.12, morning", "14.12, morning", "12-14"),
)

# Must not change: money, versions, clocks written with a dot, measures. Each row: the
# message, words no date may be.
DOTTED_NOT_A_DATE: tuple[tuple[str, str], ...] = (
    ("the fee is 12.50", "12.50"),
    ("at 6.45 tomorrow", "6.45"),
    ("till 12.30", "12.30"),
    ("costs 11.08 euros", "11.08"),
    ("weight 3.07 kg", "3.07"),
    ("version 1.07 of the app", "1.07"),
    ("5.10 works for me", "5.10"),
    ("$14.09 for parking", "14.09"),
)
