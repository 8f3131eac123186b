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
    ("Wednesday 2nd, 20h if possible", "20h", "12-02 20:00"),
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
    ("6pm Brazilian time on thursday", "6pm Brazilian time on thursday", "America/Sao_Paulo"),
    ("tomorrow 8pm Pakistani time", "tomorrow 8pm Pakistani time", "Asia/Karachi"),
    ("friday 5pm Jamaican time", "friday 5pm Jamaican time", "America/Jamaica"),
    ("wed 9am Malaysian time please", "wed 9am Malaysian time", "Asia/Kuala_Lumpur"),
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

# More cities people write from: "4pm Frankfurt time", "I'm in Houston ... 3pm my time".
# Each row: the message, the mention's words, the zone it is read in.
CITY_ZONES: tuple[tuple[str, str, str], ...] = (
    ("4pm Frankfurt time on thursday", "4pm Frankfurt time on thursday", "Europe/Berlin"),
    (
        "I'm in Houston - anything this Thursday at 3pm my time?",
        "this Thursday at 3pm my time",
        "America/Chicago",
    ),
    ("2pm Riyadh time tomorrow", "2pm Riyadh time tomorrow", "Asia/Riyadh"),
    ("9am Gulf time on sunday", "9am Gulf time on sunday", "Asia/Dubai"),
    ("Hello from Honolulu! 8am my time friday", "8am my time friday", "Pacific/Honolulu"),
    (
        "10am San Francisco time on the 2nd",
        "10am San Francisco time on the 2nd",
        "America/Los_Angeles",
    ),
    ("3pm Tel Aviv time monday", "3pm Tel Aviv time monday", "Asia/Jerusalem"),
    ("6pm Bangalore time on wednesday", "6pm Bangalore time on wednesday", "Asia/Kolkata"),
    ("I'm calling from Dallas, 11am my time tuesday", "11am my time tuesday", "America/Chicago"),
    ("noon Cape Town time saturday", "noon Cape Town time saturday", "Africa/Johannesburg"),
    ("7pm Oslo time thursday", "7pm Oslo time thursday", "Europe/Oslo"),
    ("I'm in Prague, 5pm my time friday", "5pm my time friday", "Europe/Prague"),
    ("8am Kuala Lumpur time on the 3rd", "8am Kuala Lumpur time on the 3rd", "Asia/Kuala_Lumpur"),
    (
        "1pm Buenos Aires time tomorrow",
        "1pm Buenos Aires time tomorrow",
        "America/Argentina/Buenos_Aires",
    ),
    ("4pm Doha time wednesday", "4pm Doha time wednesday", "Asia/Qatar"),
    ("I'm in Calgary - 9am my time monday", "9am my time monday", "America/Edmonton"),
    ("2pm Milan time on friday", "2pm Milan time on friday", "Europe/Rome"),
    # the Americas, the Gulf and South Asia, as customers abroad name them
    ("tmrw 7pm Brazil time for my son", "tmrw 7pm Brazil time", "America/Sao_Paulo"),
    ("Thursday 8am São Paulo time please", "Thursday 8am São Paulo time", "America/Sao_Paulo"),
    (
        "wednesday 7pm Brasília time, is possible?",
        "wednesday 7pm Brasília time",
        "America/Sao_Paulo",
    ),
    ("could we do 9am Rio time on the 3rd", "9am Rio time on the 3rd", "America/Sao_Paulo"),
    ("friday at 3pm Saudi time for my daughter", "friday at 3pm Saudi time", "Asia/Riyadh"),
    ("Is any teacher free Thursday 8pm KSA time?", "Thursday 8pm KSA time", "Asia/Riyadh"),
    ("saturday 7am Makkah time", "saturday 7am Makkah time", "Asia/Riyadh"),
    ("monday 10am UAE time works for us", "monday 10am UAE time", "Asia/Dubai"),
    ("4pm Pakistan time tomorrow", "4pm Pakistan time tomorrow", "Asia/Karachi"),
    ("2pm Jamaica time on tuesday", "2pm Jamaica time on tuesday", "America/Jamaica"),
    ("11am Caracas time el jueves", "11am Caracas time", "America/Caracas"),
    ("tuesday 6pm Colombia time", "tuesday 6pm Colombia time", "America/Bogota"),
    ("sunday noon Malaysia time", "sunday noon Malaysia time", "Asia/Kuala_Lumpur"),
    ("9pm Sri Lanka time on friday", "9pm Sri Lanka time on friday", "Asia/Colombo"),
    ("10am Ghana time next monday", "10am Ghana time next monday", "Africa/Accra"),
)

# ... a city that is only mentioned, with no "time" and no "my time", names no zone.
CITY_NOT_A_ZONE: tuple[tuple[str, str], ...] = (
    ("back from a Milan trip, at 3 on friday?", "at 3 on friday"),
    ("my friend from Dallas and I, at 4 tomorrow", "at 4 tomorrow"),
    ("the Oslo office call is at 2pm thursday", "at 2pm thursday"),
    ("we fly to Doha after, so 10am monday", "10am monday"),
    ("my cousin from Brazil comes at 3 on friday", "at 3 on friday"),
    ("Ontario time is fine, 3pm tomorrow", "3pm tomorrow"),
    ("I'm back from Rio, 10am tuesday?", "10am tuesday"),
)

# "same day next week", "next week, same day", "the following week, same day", "same day
# the week after": the day said before, a week on, even when it was a date ("Monday
# 30th" -> Monday 7th). Each row: the message, the mention's words, the day it reads as.
SAME_DAY_WEEK_ON: tuple[tuple[str, str, str], ...] = (
    (
        "I'm booked Wednesday 2nd 10am. Can I change it to the following week, same day?",
        "the following week, same day",
        "12-09",
    ),
    ("my appt is monday 30th, same day next week instead pls", "same day next week", "12-07"),
    ("booked fri 27th, could i move to next week same day", "next week same day", "12-04"),
    ("friday the 4th? if not same day next week", "same day next week", "12-11"),
    ("the 2nd. same day the following week works too", "same day the following week", "12-09"),
    ("Dec 3 is no good now, same day the week after?", "same day the week after", "12-10"),
    ("can't make Tues 1st anymore - next week, same day?", "next week, same day", "12-08"),
    ("my thursday 10am, can we do same day next week", "same day next week", "12-03"),
    ("Saturday the 28th won't work, same day next week?", "same day next week", "12-05"),
    ("cancel the 26th and rebook same day next week", "same day next week", "12-03"),
    ("Wed 25th? or failing that the week after, same day", "the week after, same day", "12-02"),
    ("I had tomorrow booked but same day next week suits better", "same day next week", "12-01"),
    ("Dec 9th doesn't suit. Same day next week?", "Same day next week", "12-16"),
    ("move my sunday 29th to the following week same day", "the following week same day", "12-06"),
    ("friday 11th... actually same day the following week", "same day the following week", "12-18"),
)

# ... "same day" on its own still means the day itself, and "same time next week" is
# unchanged. Each row: the message, the mention's words, the day it reads as.
SAME_DAY_ITSELF: tuple[tuple[str, str, str], ...] = (
    ("my physio is Wednesday 2nd, can I see you the same day", "the same day", "12-02"),
    ("Friday the 4th at 2, or same time next week", "same time next week", "12-11"),
    ("monday 30th, same day if you have a later slot", "same day", "11-30"),
)

# "brekkie" / "brekky" (Australian, British) is breakfast, 07:00-10:00, and like
# "breakfast" needs a day or a cue with it. Each row: the message, the mention's words,
# its first day ("MM-DD").
BREKKIE: tuple[tuple[str, str, str], ...] = (
    ("can I do 45 mins before brekkie thurs?", "before brekkie thurs", "11-26"),
    ("after brekkie tomorrow works", "after brekkie tomorrow", "11-24"),
    ("brekkie time friday?", "brekkie time friday", "11-27"),
    ("thurs brekky if Bella's free", "thurs brekky", "11-26"),
    ("brekkie on sunday?", "brekkie on sunday", "11-29"),
    ("a sesh before brekky on the 2nd", "before brekky on the 2nd", "12-02"),
    ("wednesday brekkie pls", "wednesday brekkie", "11-25"),
    ("could we squeeze one in over brekkie saturday", "brekkie saturday", "11-28"),
    ("Tues after brekky, before work", "Tues after brekky", "11-24"),
    ("brekky time tmrw?", "brekky time tmrw", "11-24"),
    ("anything before brekkie next monday", "before brekkie next monday", "11-30"),
    ("sat brekkie or sun arvo", "sat brekkie", "11-28"),
    ("friday after brekkie - say 10", "friday after brekkie", "11-27"),
    ("Brekkie time on the 4th?", "Brekkie time on the 4th", "12-04"),
    ("just after brekky tomorrow if poss", "after brekky tomorrow", "11-24"),
)

# ... never alone: "we had brekkie at the cafe", "the brekky menu" are no times.
BREKKIE_NOT_A_TIME: tuple[str, ...] = (
    "we had brekkie at the cafe",
    "brekkie was lovely, thanks",
    "the brekky menu looks great",
    "i'll grab brekkie first",
)

# A bulleted message: each item ("- ", "* ", "• " at the start of a line) is its own
# mention; a time never joins the next item's ("- not during lunch\n- tmrw if possible").
# Each row: the message, the mentions' words in order.
BULLET_ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("- printer\n- 3rd floor\n- not during lunch\n- tmrw if possible", ("lunch", "tmrw")),
    ("* mornings only\n* friday", ("mornings", "friday")),
    ("- after lunch\n- thursday", ("after lunch", "thursday")),
    ("• evenings\n• next week", ("evenings", "next week")),
    ("- before 10\n- wednesday or thursday", ("before 10", "wednesday", "thursday")),
    ("Needs:\n- afternoon\n- the 3rd", ("afternoon", "the 3rd")),
    ("- any morning\n- not Friday", ("any morning", "not Friday")),
    ("* after 4pm\n* tomorrow ideally", ("after 4pm", "tomorrow")),
    ("- lunchtime\n- monday 30th", ("lunchtime", "monday 30th")),
    ("• no mornings\n• sat or sun", ("no mornings", "sat", "sun")),
    ("- weekends\n- 2 hours", ("weekends", "2 hours")),
    ("- until 5\n- tuesday", ("until 5", "tuesday")),
    ("* evening\n* the 9th or the 10th", ("evening", "the 9th", "the 10th")),
    ("- around noon\n- friday", ("around noon", "friday")),
    ("Availability:\n- mornings\n- this week", ("mornings", "this week")),
)

# ... while one item's own words still join ("- Preferred: Dec 9, 10:00"), and so do a
# day and a time on two lines with no bullet ("Friday\n3pm").
BULLET_ONE_ITEM: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("- Preferred: Dec 9, 10:00\n- Backup: Dec 11, 10:00", ("Dec 9, 10:00", "Dec 11, 10:00")),
    ("Friday\n3pm", ("Friday\n3pm",)),
    ("• when: Tue evening or Thu evening\n• what: docking", ("Tue evening", "Thu evening")),
    ("- tomorrow at 3\n- 45 min", ("tomorrow at 3", "45 min")),
)
