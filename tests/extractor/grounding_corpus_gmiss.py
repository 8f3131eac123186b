"""The GMISS corpus: words writers mark as a time that grounding used to pass over.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A question for the last opening ("what's the latest appt u have thurs?"): set aside
# as `latest`, so that the ranking turns round. Each row: a message and the words.
LATEST_ASKS: tuple[tuple[str, str], ...] = (
    ("what's the latest appt u have thurs?", "the latest appt u have"),
    ("what's the latest I could book a table for Saturday?", "what's the latest I could"),
    ("What's the latest you can fit in a 90 minute massage on Monday?", "the latest you can"),
    ("book me Jan 8 w Luna, latest she's got", "latest she's got"),
    ("whats the latest slot you have on friday", "the latest slot you have"),
    ("what is the latest time we can come in tomorrow?", "what is the latest time we can"),
    ("friday, the latest one you've got pls", "the latest one you've got"),
    ("Could I have the latest appointment he has on the 9th?", "the latest appointment he has"),
    ("what's the latest they have on sat", "the latest they have"),
    ("whats the latest u can squeeze me in today", "the latest u can"),
    ("latest you've got on wed please", "latest you've got"),
    ("what's the latest we could get a table tonight", "what's the latest we could"),
    ("the latest time you have Thursday would be ideal", "the latest time you have"),
    ("Dr Ito, the latest session she has next week", "the latest session she has"),
    ("what's the latest booking you could give me Monday?", "the latest booking you could"),
)
# A wish for the earliest opening, in more of the ways people say it.
SOONEST_ASKS: tuple[tuple[str, str], ...] = (
    ("Otherwise wide open over the next couple weeks, sooner is better.", "sooner is better"),
    ("Anything tomorrow morning? earlier the better, I start work at 10", "earlier the better"),
    ("honestly the earlier the better", "the earlier the better"),
    ("tues after 5 or thurs after 5 with singh whichever is sooner", "whichever is sooner"),
    ("later today or early tomorrow morning, whatever comes first", "whatever comes first"),
    ("Ultrasound on Saturday then, as early as you have.", "as early as you have"),
    ("saturday, as early as you've got", "as early as you've got"),
    ("tonight or tomorrow, whichever's sooner", "whichever's sooner"),
    ("any weekday, earlier is better", "earlier is better"),
    ("Mon or Tue, whichever comes first", "whichever comes first"),
    ("the sooner is better for us", "the sooner is better"),
    ("next week, whatever is earlier", "whatever is earlier"),
    ("Friday or Saturday, whichever is earlier", "whichever is earlier"),
    ("any morning, the earlier is better", "the earlier is better"),
    ("pls whatever's sooner", "whatever's sooner"),
)
# Not a question for the last opening: an upper bound, or the news.
NOT_ASKS: tuple[str, ...] = (
    "the latest I can do is 5pm",
    "the latest i can come is 4",
    "by 5 at the latest",
    "5pm latest",
    "what's the latest on my booking?",
    "I read the latest newsletter",
    "the latest she has been is 10 minutes",
    "the latest he can make it is 4pm",
    "the earlier appointment was better",
    "my sooner plan fell through",
    "it's too early to say",
)
# "not too early" with no hour said: from 10 on. Each row: message, words, first start.
NOT_TOO_EARLY: tuple[tuple[str, str], ...] = (
    ("any day next week except Monday, and ideally not too early.", "not too early"),
    ("Any day next week. Not too early, I'm not an early riser any more.", "Not too early"),
    ("We'd like to visit next week, and ideally not too early.", "not too early"),
    ("thursday works, nothing too early pls", "nothing too early"),
    ("not super early please, I'm a night owl", "not super early"),
    ("Saturday is good but not crazy early lol", "not crazy early"),
    ("not too early in the morning if you can", "not too early in the morning"),
    ("sometime next week, not that early though", "not that early"),
    ("not too early in the day please, the baby naps", "not too early in the day"),
    ("friday - nothing super early", "nothing super early"),
    ("Any weekday, not very early", "not very early"),
    ("wed or thu? not too early!", "not too early"),
    ("Happy with any day but not too early as I'm coming from Cork", "not too early"),
    ("next week sometime, not too early, whoever is free", "not too early"),
    ("could I get a slot on the 9th, not too early", "not too early"),
)
# ... and where the clause says the hour itself, that hour reads alone.
NOT_TOO_EARLY_HOUR_SAID: tuple[tuple[str, str], ...] = (
    ("not too early, say 11 or 11.30", "say 11"),
    ("not too early as she naps till 10", "till 10"),
    ("not too early - say 10 or later", "10 or later"),
    ("not too early, after ten would be good", "after ten"),
    ("nothing too early, not before 11 at least", "not before 11"),
    ("not too early, 9 at the earliest", "9 at the earliest"),
    ("Not too early — after noon ideally", "after noon"),
)
# Not about the appointment's hour at all.
NOT_TOO_EARLY_NOT_A_TIME: tuple[str, ...] = (
    "it's not too early to book, is it?",
    "hopefully not too early for a flu jab",
    "I'm not an early riser",
    "not early enough for me",
)
# "between like 1 and 3", "from like 2 to 4": a range said roughly. Each row: message,
# words, first start, first end.
BETWEEN_LIKE: tuple[tuple[str, str, str, str], ...] = (
    (
        "so it has to be between like 1 and 3, any day",
        "between like 1 and 3, any day",
        "13:00",
        "15:00",
    ),
    ("between like 2 and 4 tmrw?", "between like 2 and 4 tmrw", "14:00", "16:00"),
    ("from like 2 to 4 on friday", "from like 2 to 4 on friday", "14:00", "16:00"),
    ("anytime between like 10 and 12", "between like 10 and 12", "10:00", "12:00"),
    ("i'm free from like 3 till 5", "from like 3 till 5", "15:00", "17:00"),
    (
        "between like 9 and 11 in the morning",
        "between like 9 and 11 in the morning",
        "09:00",
        "11:00",
    ),
    ("wed between like 4 and 6", "wed between like 4 and 6", "16:00", "18:00"),
    ("between like 11:30 and 1", "between like 11:30 and 1", "11:30", "13:00"),
    ("from like 10 to 2 saturday", "from like 10 to 2 saturday", "10:00", "14:00"),
    ("thurs, between like 5 and 7pm", "thurs, between like 5 and 7pm", "17:00", "19:00"),
    ("between say 1 and 2 on the 9th", "between say 1 and 2 on the 9th", "13:00", "14:00"),
    ("from say 9 until 12 on monday", "from say 9 until 12 on monday", "09:00", "12:00"),
    ("sat between like 8 and 10am", "sat between like 8 and 10am", "08:00", "10:00"),
    ("between like 6 and 8 tonight", "between like 6 and 8 tonight", "18:00", "20:00"),
    ("tomorrow from like 1 to 3", "tomorrow from like 1 to 3", "13:00", "15:00"),
)
# "any day but not after 4": "but" joins two clauses; the "not" is the only negation.
BUT_NOT: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("any day but not after 4", ("any day", "not after 4"), "not after 4", "before"),
    ("any day but not before 10", ("any day", "not before 10"), "not before 10", "after"),
    ("anytime but not after 5pm", ("not after 5pm",), "not after 5pm", "before"),
    ("anything but no earlier than 11", ("no earlier than 11",), "no earlier than 11", "after"),
    (
        "Happy with any day but not too early",
        ("any day", "not too early"),
        "not too early",
        "after",
    ),
)
# Counts stay counts.
COUNTS: tuple[str, ...] = (
    "table for between like 5 and 6 people",
    "we're like 5 or 6 people",
    "between like 5 and 6 of us",
    "from like 3 to 4 guests",
    "table for 4",
    "2 kids and 1 adult",
    "between like 20 and 30 dollars",
    "room 12 please",
    "it costs like 40 to 50 bucks",
    "we'll be like 8 to 10 ppl",
)
