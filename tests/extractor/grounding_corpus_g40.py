"""Grounding (G40) corpus: the newest writers' time words, and the left list.

- A weekday and a small number said in a message that names another weekday with its
  date is that date too, when the number's next date falls on the weekday within a
  fortnight of the other: "Can I come Mon 30? Or Tue 1?", "either sat 28th or wed 2"
  (`weekday_dates._beside_dated_weekday`); not where a time word or another hour comes
  after it ("Tue 1pm", "thurs 3 or 3:30"), nor on another weekday ("Tue 2": the 2nd is
  a Wednesday), nor with no dated weekday beside it ("thu 3 or fri 4?").
- A Spanish or Portuguese weekday with a number that is not its date ("el lunes 2", the
  2nd a Wednesday) reads as English "Monday 22nd" does: the next such date on that
  weekday, the nearest date numbered so as the alternative.
- Japanese words written in Latin letters (romaji): "ashita gogo", "Ashita no gogo",
  "kyou no yuugata", "asatte gozen", "konban", "gogo 3 ji"; "asa" only with its day;
  "Ashita" the given name, "konbanwa" the greeting stay words.
- Two four-digit 24-hour clocks joined by a dash are a range: "0800-1600", "1300-1700",
  "0900-1130"; not years ("2019-2023"), a phone number ("555-0147") or a code ("order
  0800-1600").
- Hawaiian Pidgin "aftah" (after) and "aftanoon" (afternoon).
- Croatian, Serbian and Bosnian "sutra" (tomorrow), "prekosutra", "danas" (today); not
  "Kama Sutra".
- "the 4 hour one", "that early one": the visit, not 1:00.
- Meals as Britain and Ireland name them (`meal_words`; the message's zone is
  Europe/London or Europe/Dublin): "dinner time" is midday (12:00-14:00), "after dinner"
  the afternoon (13:00-17:00, as "after lunch"), "before dinner" the morning; "tea
  time" / "teatime" the evening meal (17:00-19:00) everywhere. In New York "dinner" stays
  the evening.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]

# A weekday and a small number beside a weekday said with its date: the date.
WEEKDAY_DATES_BESIDE: tuple[Row, ...] = (
    ("Can I come Mon 30? Or Tue 1?", "Tue 1", "2026-12-01 00:00", "2026-12-02 00:00"),
    ("either sat 28th or wed 2", "wed 2", "2026-12-02 00:00", "2026-12-03 00:00"),
    ("Sun 29th no good, I'm away. Thu 3?", "Thu 3", "2026-12-03 00:00", "2026-12-04 00:00"),
    (
        "Monday 30th in the morning, failing that Friday 4",
        "Friday 4",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
    (
        "Tuesday the 1st or Wednesday 2, whichever",
        "Wednesday 2",
        "2026-12-02 00:00",
        "2026-12-03 00:00",
    ),
    ("Sat 28th is full. Sun 6?", "Sun 6", "2026-12-06 00:00", "2026-12-07 00:00"),
    ("Wed 25th won't work. Thu 3 or Fri 4?", "Thu 3", "2026-12-03 00:00", "2026-12-04 00:00"),
    (
        "thurs 26th is thanksgiving lol so fri 4?",
        "fri 4",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
    ("Mon 30, Tue 1 or Wed 2 - any of those", "Tue 1", "2026-12-01 00:00", "2026-12-02 00:00"),
    ("Tues 1 and Weds 2 (not Mon 30th)", "Tues 1", "2026-12-01 00:00", "2026-12-02 00:00"),
    (
        "Is Saturday 28 free? If not Saturday 5, after 2",
        "Saturday 5",
        "2026-12-05 00:00",
        "2026-12-06 00:00",
    ),
    (
        "I can only Sunday 29 or Tuesday 1, at 10am.",
        "Tuesday 1",
        "2026-12-01 00:00",
        "2026-12-02 00:00",
    ),
    (
        "Friday 4 or Saturday 5 December, whichever is earlier",
        "Friday 4",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
)

# ... and where the number stays the hour (no mention reads the words as a date): a time
# word or another hour after it, another weekday's date, no dated weekday beside it.
WEEKDAY_HOURS_BESIDE: tuple[tuple[str, str], ...] = (
    ("Mon 30th, Tue 1pm", "Tue 1"),
    ("Friday 27th is out, thurs 3 or 3:30?", "thurs 3"),
    ("Mon 30th or Tue 2", "Tue 2"),
    ("Sun 29th or Tuesday 1 or 2", "Tuesday 1"),
    ("Sat 28th 9-12, Sunday 1-3", "Sunday 1"),
    ("Wed 25th? otherwise Fri 11", "Fri 11"),
    ("thurs 3 or fri 4 at 2?", "fri 4 at 2"),
)

# A Spanish or Portuguese weekday and a number that is not its date: as English "Monday
# 22nd", the next such date on that weekday; the nearest date numbered so is an alternative.
# message, the words, the best day, the nearest day
WeekdayMismatch = tuple[str, str, str, str]
WEEKDAY_NOT_ITS_DATE: tuple[WeekdayMismatch, ...] = (
    ("el lunes 2 a las 10", "lunes 2 a las 10", "2027-08-02", "2026-12-02"),
    ("puedo el martes 3", "martes 3", "2027-08-03", "2026-12-03"),
    ("sexta-feira 1 de manhã?", "sexta-feira 1 de manhã", "2027-01-01", "2026-12-01"),
    ("Monday 22nd at 4", "Monday 22nd at 4", "2027-02-22", "2026-12-22"),
    ("Thursday 24 works", "Thursday 24", "2026-12-24", "2026-11-24"),
)

# Japanese words in romaji.
ROMAJI: tuple[Row, ...] = (
    ("ashita gogo, can I see Dr Miller?", "ashita gogo", "2026-11-24 12:00", "2026-11-24 17:00"),
    (
        "Ashita no gogo wa ikaga desu ka?",
        "Ashita no gogo",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
    ),
    (
        "Is it possible for ashita, 15:00-16:00?",
        "ashita, 15:00-16:00",
        "2026-11-24 15:00",
        "2026-11-24 16:00",
    ),
    (
        "appointment on Thursday next week, gogo, but not later than 16:00",
        "Thursday next week, gogo",
        "2026-12-03 12:00",
        "2026-12-03 17:00",
    ),
    ("kyou no yuugata ok?", "kyou no yuugata", "2026-11-23 17:00", "2026-11-23 19:00"),
    ("asatte gozen? my son has school", "asatte gozen", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("ashita no asa, before work", "ashita no asa", "2026-11-24 08:00", "2026-11-24 12:00"),
    ("ashita asa 9ji onegaishimasu", "ashita asa 9ji", "2026-11-24 09:00", "2026-11-24 10:00"),
    ("gogo 3 ji on friday?", "gogo 3 ji on friday", "2026-11-27 15:00", "2026-11-27 16:00"),
    ("konban, if you have a space", "konban", "2026-11-23 17:00", "2026-11-23 23:00"),
    ("Kyou wa dame, ashita yoru?", "ashita yoru", "2026-11-24 17:00", "2026-11-24 23:00"),
    ("sorry, ashita 4ji han is better", "ashita 4ji han", "2026-11-24 16:30", "2026-11-24 16:31"),
    ("Friday yugata please", "Friday yugata", "2026-11-27 17:00", "2026-11-27 19:00"),
    (
        "for the cleaning, asita gozen 10ji",
        "asita gozen 10ji",
        "2026-11-24 10:00",
        "2026-11-24 11:00",
    ),
)

# Two four-digit 24-hour clocks joined by a dash.
CLOCK_RANGES: tuple[Row, ...] = (
    (
        "Can your team come Thursday 0800-1600 while they're parked?",
        "Thursday 0800-1600",
        "2026-11-26 08:00",
        "2026-11-26 16:00",
    ),
    (
        "Need detail on my Silverado 18 May, 1300-1700, car at the lot",
        "18 May, 1300-1700",
        "2027-05-18 13:00",
        "2027-05-18 17:00",
    ),
    ("I'm free 0930–1100 tmrw", "0930–1100 tmrw", "2026-11-24 09:30", "2026-11-24 11:00"),
    ("0800 - 1200 on the 3rd", "0800 - 1200 on the 3rd", "2026-12-03 08:00", "2026-12-03 12:00"),
    ("friday 1300-1500 works", "friday 1300-1500", "2026-11-27 13:00", "2026-11-27 15:00"),
    ("wed 0700-0900 only", "wed 0700-0900", "2026-11-25 07:00", "2026-11-25 09:00"),
    ("on the 1st, 1400-1630 if poss", "1400-1630", "2026-12-01 14:00", "2026-12-01 16:30"),
    ("tomorrow 1000-1200?", "tomorrow 1000-1200", "2026-11-24 10:00", "2026-11-24 12:00"),
    (
        "Sat 0900-1130, the car is in the garage",
        "Sat 0900-1130",
        "2026-11-28 09:00",
        "2026-11-28 11:30",
    ),
    (
        "Monday between 1100-1300",
        "Monday between 1100-1300",
        "2026-11-23 11:00",
        "2026-11-23 13:00",
    ),
)

# ... said with no day: the clocks (the first interval on the day the range falls).
CLOCK_RANGES_ALONE: tuple[tuple[str, str, str, str], ...] = (
    ("kids are in school 0800-1400, any time in there works", "0800-1400", "08:00", "14:00"),
    ("I work 0600-1800", "0600-1800", "06:00", "18:00"),
    ("only time I'm free is lunch, 1130-1230.", "lunch, 1130-1230", "11:30", "12:30"),
    ("I'm parked at the Navy Exchange 0900-1130 only", "0900-1130", "09:00", "11:30"),
    ("I'm on the 1500-2300 shift", "1500-2300", "15:00", "23:00"),
)

# Hawaiian Pidgin.
PIDGIN: tuple[Row, ...] = (
    ("yo kai, can come tmrw? like aftah 10", "aftah 10", "2026-11-24 10:00", "2026-11-25 00:00"),
    (
        "Thursday aftah 1530 is da best",
        "Thursday aftah 1530",
        "2026-11-26 15:30",
        "2026-11-27 00:00",
    ),
    (
        "Can come Kaneohe side tomorrow aftanoon?",
        "tomorrow aftanoon",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
    ),
    ("saturday aftah 2 if can", "saturday aftah 2", "2026-11-28 14:00", "2026-11-29 00:00"),
    ("fri aftahnoon stay good", "fri aftahnoon", "2026-11-27 12:00", "2026-11-27 17:00"),
    ("tmrw aftah da 11 o'clock", "tmrw", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("wed aftah 9am brah", "wed aftah 9am", "2026-11-25 09:00", "2026-11-26 00:00"),
)

# Croatian, Serbian, Bosnian days.
BCS_DAYS: tuple[Row, ...] = (
    ("can we do the 4 hour one sutra?", "sutra", "2026-11-24 00:00", "2026-11-25 00:00"),
    (
        "Gosti žele gliser (speedboat) sutra, ne prije 11h.",
        "sutra",
        "2026-11-24 00:00",
        "2026-11-25 00:00",
    ),
    ("can we go sutra or prekosutra?", "prekosutra", "2026-11-25 00:00", "2026-11-26 00:00"),
    ("danas u 5? ili sutra", "danas", "2026-11-23 00:00", "2026-11-24 00:00"),
    ("Sutra at 10am, 4 people", "Sutra at 10am", "2026-11-24 10:00", "2026-11-24 11:00"),
    ("preko sutra morning please", "preko sutra morning", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("sutra ujutro? or sutra afternoon", "sutra afternoon", "2026-11-24 12:00", "2026-11-24 17:00"),
)

# Meals said in Britain and Ireland (reference: Monday 2026-11-23 09:00 Europe/London).
BRITISH_MEALS: tuple[Row, ...] = (
    ("Wednesday dinner time?", "Wednesday dinner time", "2026-11-25 12:00", "2026-11-25 14:00"),
    (
        "could I make it dinner time instead, same day",
        "dinner time",
        "2026-11-23 12:00",
        "2026-11-23 14:00",
    ),
    ("dinner time tmrw if he has it", "dinner time tmrw", "2026-11-24 12:00", "2026-11-24 14:00"),
    (
        "Friday dinner time with Mr Byrne, or Saturday",
        "Friday dinner time",
        "2026-11-27 12:00",
        "2026-11-27 14:00",
    ),
    (
        "wee eye test the morra if ye can. any time after dinner time",
        "after dinner time",
        "2026-11-24 13:00",
        "2026-11-24 17:00",
    ),
    (
        "any time after dinner on weds",
        "after dinner on weds",
        "2026-11-25 13:00",
        "2026-11-25 17:00",
    ),
    (
        "Any time before dinner on Thursday",
        "before dinner on Thursday",
        "2026-11-26 00:00",
        "2026-11-26 12:00",
    ),
    ("Tuesday at tea time?", "Tuesday at tea time", "2026-11-24 17:00", "2026-11-24 19:00"),
    (
        "teatime on Wednesday 25th",
        "teatime on Wednesday 25th",
        "2026-11-25 17:00",
        "2026-11-25 19:00",
    ),
    ("Is tea time Thursday doable?", "tea time Thursday", "2026-11-26 17:00", "2026-11-26 19:00"),
    ("Monday tea-time if you can", "Monday tea-time", "2026-11-23 17:00", "2026-11-23 19:00"),
    (
        "a fortnight on Friday at tea time",
        "a fortnight on Friday at tea time",
        "2026-12-11 17:00",
        "2026-12-11 19:00",
    ),
)
# ... and in New York "dinner" is the evening; "tea" alone is the drink.
DINNER_ELSEWHERE: tuple[Row, ...] = (
    ("Wednesday dinner time?", "Wednesday dinner time", "2026-11-25 17:00", "2026-11-25 21:00"),
    ("thursday teatime", "thursday teatime", "2026-11-26 17:00", "2026-11-26 19:00"),
)

# Words that are no time here.
NOT_TIMES: tuple[str, ...] = (
    "this is Ashita, can I get a quote",
    "Ashita here, just checking my invoice",
    "Hi Ashita, thanks for the lovely cut",
    "konbanwa! thanks for the lovely cut",
    "no ASA cert needed for the form",
    "call 555-0147 please",
    "ref 0800-1600 attached",
    "order 0800-1600 arrived damaged",
    "a copy of the Kama Sutra for my wife",
    "Yoga Sutras study group",
    "the 4 hour one is too long",
    "that early one was great",
    "a cup of tea and a chat",
    "high tea menu please",
)
