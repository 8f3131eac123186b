"""The GCLAR corpus: times offered as either though no plain list joiner stands between
them, as writers text them, and what must stay as it was.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each row: a message and the adjacent time mentions offered as either (their texts).
"""

from __future__ import annotations

# "or" after the end of the first item's clause: the second is the other choice.
OR_AFTER_A_BREAK: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Tomorrow maybe? Or Friday. Whichever is earlier", (("Tomorrow", "Friday"),)),
    ("Friday the 4th? Or Monday.", (("Friday the 4th", "Monday"),)),
    (
        "could we get in this Saturday afternoon? Or Sunday?",
        (("this Saturday afternoon", "Sunday"),),
    ),
    ("any time Monday is fine, or Tuesday", (("Monday", "Tuesday"),)),
    ("Friday works, or the Monday after", (("Friday", "the Monday after"),)),
    ("tonight at 6? Or 6:15", (("tonight at 6", "6:15"),)),
    ("on the 5th at 9? Or 10", (("on the 5th at 9", "10"),)),
    ("Thursday at ten please. Or Friday at ten", (("Thursday at ten", "Friday at ten"),)),
    ("The 8th please. Or the 9th", (("The 8th", "the 9th"),)),
    ("Thursday? Or would Friday be better", (("Thursday", "Friday"),)),
    (
        "Sunday evening instead? or saturday evening",
        (("Sunday evening", "saturday evening"),),
    ),
    ("tues... or wed.", (("tues.", "wed."),)),
    ("next Saturday? Or the Saturday after", (("next Saturday", "the Saturday after"),)),
    ("today after 4 or anytime tmrw", (("today after 4", "tmrw"),)),
    ("Thurs after 4 or Fri anytime", (("Thurs after 4", "Fri"),)),
    ("the 1st would work, or maybe the 2nd", (("the 1st", "the 2nd"),)),
    ("thinking the 19th, or is the 20th better for u", (("the 19th", "the 20th"),)),
    ("How's Tuesday looking? And Wednesday?", (("Tuesday", "Wednesday"),)),
    ("what have u got thurs morn n fri morn", (("thurs morn", "fri morn"),)),
    (
        "Monday or Tuesday next week or the Saturday",
        (("Monday", "Tuesday next week"), ("Tuesday next week", "Saturday")),
    ),
)
# Two plain days of one kind side by side, with no joiner or a texting one.
DAYS_SIDE_BY_SIDE: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("wed thurs any openings at 7", (("wed", "thurs"),)),
    ("wednesday thursday both fine, just not afternoons", (("wednesday", "thursday"),)),
    ("today tomorrow whatever", (("today", "tomorrow"),)),
    ("sat? sun? whatever's free", (("sat", "sun"),)),
    ("thurs 27th n the 28th", (("thurs 27th", "the 28th"),)),
    ("thu 3rd + fri 4th", (("thu 3rd", "fri 4th"),)),
    ("22nd 23rd, any time", (("22nd", "23rd"),)),
    ("mon wed fri", (("mon", "wed"), ("wed", "fri"))),
    ("Wednesday... maybe Thursday", (("Wednesday", "Thursday"),)),
    ("dec 3 dec 4 either is fine", (("dec 3", "dec 4"),)),
    ("tmrw? fri?", (("tmrw", "fri"),)),
    ("tues wed or thurs", (("tues", "wed"), ("wed", "thurs"))),
    ("mon tue any time", (("mon", "tue"),)),
    ("the 7th the 8th works too", (("the 7th", "the 8th"),)),
    ("friday? saturday?", (("friday", "saturday"),)),
)
# ... and not: one day named twice ("Thursday? The 10th"), a day and what narrows it,
# two sentences, a clause that is no choice; counts, prices and rooms stay unread.
NOT_ALTERNATIVES: tuple[str, ...] = (
    "Thursday afternoon? The 10th.",
    "Tuesday? The 1st.",
    "in a fortnight today",
    "Thursday the week after",
    "friday, the afternoon if you can",
    "friday 3pm? or is that too late",
    "monday. tuesday I'm away",
    "table for 4 or 5 on friday",
    "$40 or $50? friday",
    "room 12 or 14, monday",
    "2 kids? or 3. saturday",
    "Monday. Or rather, any time after 3",
    "friday, 3pm",
    "Saturday at 10 for 2 hours",
    "monday then tuesday",
    "the 5th 2pm",
    "Thursdays + Saturdays",
)
