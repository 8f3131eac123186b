"""The numbers corpus: bare numbers that their context makes clock times, and numbers
that stay counts, prices, years and codes.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each reading case is (message, the text of the number's mention, its first start as
"DD HH:MM"); each unread case is (message, the mention texts, in order).
"""

from __future__ import annotations

Reading = tuple[str, str, str]
Mentions = tuple[str, tuple[str, ...]]

# 1. A list of bare numbers after a day or a part of the day, across a hedge
# ("ideally", "like", "say", "would still work though"): each number is a time.
AFTER_A_DAY: tuple[Reading, ...] = (
    ("Monday morning would still work though, 8 or 9", "9", "23 09:00"),
    ("monday 30th, ideally 10 or 11?", "10", "30 10:00"),
    ("monday 30th, ideally 10 or 11?", "11", "30 11:00"),
    ("Wed morning, maybe 9 or 10?", "9", "25 09:00"),
    ("next tuesday, prob 2 or 3", "2", "01 14:00"),
    ("tomorrow afternoon: 1 or 2", "1", "24 13:00"),
    ("thurs, either 11 or 12", "11", "26 11:00"),
    ("Friday would be good, 4 or 5", "4", "27 16:00"),
    ("tomorrow morning would work, 8 or 9", "9", "24 09:00"),
    ("Sunday could work, maybe 11 or 12", "11", "29 11:00"),
    ("sunday, prob 12 or 1", "1", "29 13:00"),
    ("tmrw, like 2 or 3", "3", "24 15:00"),
    ("thursday arvo, say 3 or 4", "4", "26 16:00"),
    ("friday pls, 10 or 11", "11", "27 11:00"),
    ("sat morning - 9 or 10 ideally", "10", "28 10:00"),
    ("fri eve, like 6 or 7?", "7", "27 19:00"),
    ("later Friday, like 4 or 5?", "5", "27 17:00"),
    ("tomorrow late morning, like 10:30 or 11", "11", "24 11:00"),
)
# 2. A bare number that a fallback or a restatement brings in after a clock time, a
# part of the day or "same time".
FALLBACK_OR_RESTATED: tuple[Reading, ...] = (
    ("half 9 please with Priya, and if that's gone, 10 with Mia", "10", "23 10:00"),
    ("6:30am? if that's too early, 7.", "7", "24 07:00"),
    ("was gonna say 9am but i'll be late lol so 10", "10", "23 10:00"),
    ("first thing. 7.", "7", "24 07:00"),
    ("tmrw morning. first thing. 7. drop off", "7", "24 07:00"),
    ("Same time as before, 11.", "11", "23 11:00"),
    ("same time which was 3", "3", "23 15:00"),
    ("same time as last time, 4", "4", "23 16:00"),
    ("first thing tuesday. first thing means 7", "7", "24 07:00"),
    ("Is first thing Friday any good? I mean 9.", "9", "27 09:00"),
    ("tue 1st 11am with patel, if not possible then 12", "12", "01 12:00"),
    ("Ideally start at 9, but 10 also works.", "10", "23 10:00"),
    ("thurs at 10? 11 is also fine", "11", "26 11:00"),
    ("3pm friday, if not possible then 4", "4", "27 16:00"),
    ("can we do 11 instead of 10 on wednesday", "11", "25 11:00"),
    ("could we do 3 instead of 2 tmrw", "3", "24 15:00"),
    ("friday at 2, if that's taken, 3 with sam", "3", "27 15:00"),
    ("thursday. 9. obrien.", "9", "26 09:00"),
)
# 3. Corrections as people text them: "sry i meant", "oops", "no wait", "nope".
CORRECTED: tuple[Reading, ...] = (
    ("on the 27th at 10 sry i meant 2", "2", "27 14:00"),
    ("at 4... no wait 5", "5", "23 17:00"),
    ("tues at 9? Sorry, 10 not 9", "10", "24 10:00"),
    ("wed at 3 oops i meant 4", "4", "25 16:00"),
    ("fri at 11 sorry 12", "12", "27 12:00"),
    ("tmrw at 2 sry 3", "3", "24 15:00"),
    ("the 28th at 9 soz i meant 10.", "10", "28 10:00"),
    ("thurs 10 nope 11", "11", "26 11:00"),
    ("at 1 sorry i meant 2 on friday", "2 on friday", "27 14:00"),
    ("friday 4pm, no sorry, 5", "5", "27 17:00"),
    ("monday at 8, i meant 9", "9", "30 09:00"),
    ("tomorrow at 3 i meant 4 sorry", "4", "24 16:00"),
    ("tmrw at 5 nah 6", "6", "24 18:00"),
    ("the 9th at 2 whoops 3", "3", "09 15:00"),
    ("at 11 sorry meant 12", "12", "23 12:00"),
    ("tuesday at 10 lol i meant 11", "11", "24 11:00"),
)
# 4. Clock times without a colon: three or four digits with valid minutes.
NO_COLON: tuple[Reading, ...] = (
    ("mon 7th, reyes, 1230", "1230", "07 12:30"),
    ("0930 tmrw", "0930 tmrw", "24 09:30"),
    ("1430 on the 3rd", "1430 on the 3rd", "03 14:30"),
    ("see you at 845", "at 845", "24 08:45"),
    ("friday 1530", "friday 1530", "27 15:30"),
    ("tmrw at 930", "tmrw at 930", "24 09:30"),
    ("0800 on the 2nd", "0800 on the 2nd", "02 08:00"),
    ("thursday, obrien, 1045", "1045", "26 10:45"),
    ("sat 28th. 1100. cedar", "1100", "28 11:00"),
    ("tomorrow 1215?", "tomorrow 1215", "24 12:15"),
    ("@ 1015 on monday", "@ 1015 on monday", "23 10:15"),
    ("wed 2nd, 0845, dr lee", "wed 2nd, 0845", "02 08:45"),
    ("1830 friday", "1830 friday", "27 18:30"),
    ("the 4th at 1130", "the 4th at 1130", "04 11:30"),
    ("tues, 915, with kofi", "tues, 915", "24 09:15"),
    ("tmrw 1230pm", "tmrw 1230pm", "24 12:30"),
    ("friday at 930am", "friday at 930am", "27 09:30"),
)
# ... and numbers that stay numbers: years, prices, counts, phone and order numbers,
# room numbers, addresses, lengths.
STAY_NUMBERS: tuple[Mentions, ...] = (
    ("in 2027", ("2027",)),
    ("$1200 on friday", ("friday",)),
    ("1500 guests on saturday", ("saturday",)),
    ("call me on 555 1234 tomorrow", ("tomorrow",)),
    ("order 1045 arrives friday", ("friday",)),
    ("room 1230 on friday", ("friday",)),
    ("meet at 845 main st on friday", ("friday",)),
    ("friday 2030", ("friday",)),
    ("we were married in 1985, saturday works", ("1985", "saturday")),
    ("Friday, 2 or 3 of us", ("Friday",)),
    ("2 kids on saturday morning", ("saturday morning",)),
    ("friday evening. 2.", ("friday evening",)),
    ("the 3rd, room 12", ("the 3rd",)),
    ("we're 4 or 5 on friday", ("friday",)),
    ("sat, 4 kids", ("sat",)),
    ("tuesday. 3 of us.", ("tuesday",)),
    ("monday, 90 mins", ("monday", "90 mins")),
    ("we'll be 5 instead of 4 on friday", ("friday",)),
    ("u charged me 400 last tuesday", ("last tuesday",)),
    ("it wont heat past 200 since friday", ("since friday",)),
    ("spent 450 on saturday", ("saturday",)),
    ("paid 1230 on the 3rd", ("on the 3rd",)),
    ("quoted me 850 for tuesday", ("tuesday",)),
    ("Monday. 1. bring ID 2. come early", ("Monday",)),
    ("see you thursday. 5 stars!", ("thursday",)),
    ("friday. 2 people", ("friday",)),
)
