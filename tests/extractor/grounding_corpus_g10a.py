"""The G10a corpus: a clock suggested with "how about" / "what about", "between" as
texting writes it ("btwn 10 n 2"), and clocks written the European way ("at 15h",
"14h30", "after 16 hours").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "How about 10:30?", "what about 3pm friday": a suggestion names the clock; "about"
# here does not round it (the visit starts at 10:30, not anywhere from 10:00). Each row:
# the message, the mention's words, its first start ("MM-DD HH:MM").
SUGGESTED_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("How about 10:30 on the 21st", "10:30 on the 21st", "12-21 10:30"),
    ("what about 3pm friday?", "3pm friday", "11-27 15:00"),
    ("ok how about 2 tomorrow then", "about 2 tomorrow", "11-24 14:00"),
    ("Thursday? how about 4", "about 4", "11-26 16:00"),
    ("how about 9.30 on wednesday", "about 9.30 on wednesday", "11-25 09:30"),
    ("What about 11am Saturday?", "11am Saturday", "11-28 11:00"),
    ("hmm what about 5:45 tmrw", "5:45 tmrw", "11-24 17:45"),
    ("So how about noon on the 2nd?", "noon on the 2nd", "12-02 12:00"),
    ("how about tuesday at 1", "tuesday at 1", "11-24 13:00"),
    ("What about 8:15 on Dec 3?", "8:15 on Dec 3", "12-03 08:15"),
    ("if friday's full, how about 3 on monday", "about 3 on monday", "11-23 15:00"),
    ("how about 6pm tonight", "6pm tonight", "11-23 18:00"),
    ("and what about 10 thursday morning", "about 10 thursday morning", "11-26 10:00"),
    ("how about 12:30 next wednesday?", "12:30 next wednesday", "12-02 12:30"),
    ("What about 7.45 tomorrow?", "about 7.45 tomorrow", "11-24 07:45"),
    ("how about at 4 on the 30th", "at 4 on the 30th", "11-30 16:00"),
)

# ... while "about", "around" on their own, or after the suggestion, still round it.
STILL_ROUGH: tuple[tuple[str, str, str], ...] = (
    ("about 3 tomorrow", "about 3 tomorrow", "11-24 14:30"),
    ("around 4 on friday", "around 4 on friday", "11-27 15:30"),
    ("what about around 4 on friday", "around 4 on friday", "11-27 15:30"),
    ("how about at about 5 tomorrow", "at about 5 tomorrow", "11-24 16:30"),
    ("at about 10:30 on the 21st", "at about 10:30 on the 21st", "12-21 10:00"),
    ("see you about 9.30 wednesday", "about 9.30 wednesday", "11-25 09:00"),
)

# "btwn 10 n 2", "b/w 3 & 5", "betwn 9 and 11": a range of hours. Each row: the message,
# the mention's words, its first start ("MM-DD HH:MM") and its end ("HH:MM").
TEXTED_BETWEEN: tuple[tuple[str, str, str, str], ...] = (
    ("Whats free tmrw btwn 10 n 2", "tmrw btwn 10 n 2", "11-24 10:00", "14:00"),
    ("sat 28th, between 10 n 12 i reckon", "sat 28th, between 10 n 12", "11-28 10:00", "12:00"),
    ("b/w 3 & 5 on friday pls", "b/w 3 & 5 on friday", "11-27 15:00", "17:00"),
    ("betwn 9 and 11 tomorrow", "betwn 9 and 11 tomorrow", "11-24 09:00", "11:00"),
    ("free btwn 1 and 3 thursday", "btwn 1 and 3 thursday", "11-26 13:00", "15:00"),
    ("btwn 10am n noon wed", "btwn 10am n noon wed", "11-25 10:00", "12:00"),
    ("can do wed btwn 4 n 6", "wed btwn 4 n 6", "11-25 16:00", "18:00"),
    ("thurs between 2 n 4?", "thurs between 2 n 4", "11-26 14:00", "16:00"),
    ("Btwn 11 & 1 on the 3rd", "Btwn 11 & 1 on the 3rd", "12-03 11:00", "13:00"),
    ("monday b/w 9 and 10", "monday b/w 9 and 10", "11-23 09:00", "10:00"),
    ("any time btwn 3:30 n 5 tmrw", "btwn 3:30 n 5 tmrw", "11-24 15:30", "17:00"),
    ("fri 4th btwn 12 n 2", "fri 4th btwn 12 n 2", "12-04 12:00", "14:00"),
    ("tomorrow between 9am n 11am", "tomorrow between 9am n 11am", "11-24 09:00", "11:00"),
    ("betwn 1pm & 3pm on tuesday", "betwn 1pm & 3pm on tuesday", "11-24 13:00", "15:00"),
    ("sun btwn 10 n 12 works", "sun btwn 10 n 12", "11-29 10:00", "12:00"),
    ("today btwn 5 n 7 if poss", "today btwn 5 n 7", "11-23 17:00", "19:00"),
)

# Not a range: "n" is "and" only inside "between ... n ..."; "btw" is "by the way".
NOT_A_RANGE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("me n 2 friends at 7", ("n 2",)),
    ("10 n 2", ("10 n 2",)),
    ("btw is 10 ok", ("btw",)),
    ("rock n roll night at 8 on friday", ("n roll",)),
    ("mon n tues at 3", ("mon n tues at 3",)),
    ("at 10 n then 2 more at 11", ("10 n",)),
)

# "at 15h", "14h30", "saturday 20 at 15h", "tomorrow 10h", "after 16 hours": the clock.
# Each row: the message, the mention's words, its first start ("MM-DD HH:MM").
H_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("a massage on saturday 28 at 15h please", "saturday 28 at 15h", "11-28 15:00"),
    ("Is possible tuesday at 14h?", "tuesday at 14h", "11-24 14:00"),
    ("friday 9h30 please", "friday 9h30", "11-27 09:30"),
    ("tomorrow 10h with Ana", "tomorrow 10h", "11-24 10:00"),
    ("16h30 on the 3rd", "16h30 on the 3rd", "12-03 16:30"),
    ("I can come wednesday 17h", "wednesday 17h", "11-25 17:00"),
    ("the 2nd at 9h if is possible", "the 2nd at 9h", "12-02 09:00"),
    ("Monday, 18h15 is good for me", "Monday, 18h15", "11-23 18:15"),
    ("at 11h on thursday", "at 11h on thursday", "11-26 11:00"),
    ("Please the 1st of December @ 13h", "the 1st of December @ 13h", "12-01 13:00"),
    ("Wednesday 2nd, 20h if possible", "Wednesday 2nd, 20h", "12-02 20:00"),
    ("I prefer 15h, saturday", "15h, saturday", "11-28 15:00"),
    ("Thursday 8h45 for the cleaning", "Thursday 8h45", "11-26 08:45"),
    ("tmrw at 12h30?", "tmrw at 12h30", "11-24 12:30"),
    ("we come at 19h friday", "at 19h friday", "11-27 19:00"),
    ("sunday 10h30 or 11h", "sunday 10h30", "11-29 10:30"),
)

# ... and after a bound word: "after 16 hours", "till 18h30", "from 9h". Each row: the
# message, the mention's words, the bound, the clock ("HH:MM") it is bound by.
H_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    ("then in Friday after 16 hours", "Friday after 16 hours", "after", "16:00"),
    ("till 18h30 thursday", "till 18h30 thursday", "before", "18:30"),
    ("monday from 9h", "monday from 9h", "after", "09:00"),
    ("tuesday before 13 hrs", "tuesday before 13 hrs", "before", "13:00"),
    ("before 14 hours on tuesday", "before 14 hours on tuesday", "before", "14:00"),
    ("wednesday after 17h is good", "wednesday after 17h", "after", "17:00"),
    ("not before 10h on friday", "not before 10h on friday", "after", "10:00"),
)

# Lengths stay lengths: "a 2h call", "3h from 10", "after 2 hours", "it takes 16 hours".
# Each row: the message, the length's words, its minutes.
H_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("a 2h call on tuesday", "2h", 120),
    ("workshop on sat, 3h from 10", "3h", 180),
    ("it takes 16 hours", "16 hours", 960),
    ("tuesday 2h", "2h", 120),
    ("every monday at 8am in the booth for 1h", "1h", 60),
    ("elbe tomorrow, 9am ideally, 2h", "2h", 120),
    ("for 14h straight on saturday", "14h", 840),
    ("after 2 hours of driving", "2 hours", 120),
    ("need a 4h block thursday", "4h", 240),
    ("We're looking at 3 hour sessions in the evening", "3 hour", 180),
    ("at 3h per visit on friday", "3h", 180),
    ("up to 8h on saturday", "8h", 480),
    ("about 8h of work, monday", "8h", 480),
)

# "4pm Irish time", "9am German time", "Ireland time": a country's zone, named by its
# people or its name, like "London time". Each row: the message, the mention's words, the
# zone it is read in.
NATION_ZONES: tuple[tuple[str, str, str], ...] = (
    (
        "I'm in Dublin so 4pm Irish time tomorrow would be grand",
        "4pm Irish time tomorrow",
        "Europe/Dublin",
    ),
    ("9am German time on friday", "9am German time on friday", "Europe/Berlin"),
    ("could we do 3pm french time?", "3pm french time", "Europe/Paris"),
    ("4pm Ireland time tomorrow", "4pm Ireland time tomorrow", "Europe/Dublin"),
    ("Thursday at 6pm Spanish time", "Thursday at 6pm Spanish time", "Europe/Madrid"),
    ("10am Italian time on the 2nd please", "10am Italian time on the 2nd", "Europe/Rome"),
    ("my sister is in Amsterdam, 7pm Dutch time works", "7pm Dutch time", "Europe/Amsterdam"),
    ("8am Japanese time on Wednesday", "8am Japanese time on Wednesday", "Asia/Tokyo"),
    ("How about 9pm Indian time tomorrow?", "9pm Indian time tomorrow", "Asia/Kolkata"),
    ("2pm Swiss time monday", "2pm Swiss time monday", "Europe/Zurich"),
    ("tues 11am portuguese time", "tues 11am portuguese time", "Europe/Lisbon"),
    ("5pm Greek time on friday", "5pm Greek time on friday", "Europe/Athens"),
    ("noon Germany time thursday", "noon Germany time thursday", "Europe/Berlin"),
    ("he's in Seoul, so 9am Korean time saturday", "9am Korean time saturday", "Asia/Seoul"),
    ("1pm Israeli time on sunday", "1pm Israeli time on sunday", "Asia/Jerusalem"),
    ("6pm Kiwi time tomorrow for my brother", "6pm Kiwi time tomorrow", "Pacific/Auckland"),
    ("3pm British time, wednesday", "3pm British time, wednesday", "Europe/London"),
    ("Hello from Ireland! 9am my time friday", "9am my time friday", "Europe/Dublin"),
)

# The same words with no "time" after them stay words: no zone.
NATION_NOT_A_ZONE: tuple[tuple[str, str], ...] = (
    ("irish dance at 6 on friday", "at 6 on friday"),
    ("a french lesson at 5 tomorrow", "at 5 tomorrow"),
    ("my german class is at 4 on tuesday", "at 4 on tuesday"),
    ("the Spanish tapas place at 7 saturday", "at 7 saturday"),
    ("Indian food at 8pm thursday", "at 8pm thursday"),
)
