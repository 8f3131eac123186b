"""The G12a corpus: a negation that reaches a part of the day across "the" / "in the" /
"at" ("not in the afternoon", "but not the evening", "can't do the mornings"); "first
thing" said before the list of days it belongs to ("first thing monday or tuesday",
"first thing either day"); "after dark" / "before dark" (dusk, as "sunset").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A negation, then "the" / "in the" / "at" / "during the", then a part of the day: the
# part of the day is denied. Each row: the message, the negated mention's words, and the
# part of the day (`TodSpec.pod`).
NEGATED_POD: tuple[tuple[str, str, str], ...] = (
    ("Monday works, in the morning, not in the afternoon", "not in the afternoon", "afternoon"),
    ("any day is ok but not the evening", "but not the evening", "evening"),
    ("Friday pls, not in the evening tho", "not in the evening", "evening"),
    ("i can't do the mornings, sorry", "can't do the mornings", "morning"),
    ("Not the afternoon, I have school pickup", "Not the afternoon", "afternoon"),
    ("whenever next week, just not at lunchtime", "not at lunchtime", "lunch"),
    ("tuesday or wednesday. not in the mornings", "not in the mornings", "morning"),
    ("Please not during the evening, I look after my mum", "not during the evening", "evening"),
    ("we cannot do the afternoons this month", "cannot do the afternoons", "afternoon"),
    ("anything except the evening", "anything except the evening", "evening"),
    ("sometime on the 3rd, not at the lunch hour", "not at the lunch hour", "lunch"),
    ("Never in the evening please, I don't drive at night", "Never in the evening", "evening"),
    ("a wednesday, not in the morning", "not in the morning", "morning"),
    ("Thursday is fine. But not the morning, I sleep late", "But not the morning", "morning"),
    ("Any time apart from the afternoon", "apart from the afternoon", "afternoon"),
    ("tmrw?? not at night, the kids are in bed by 8", "not at night", "night"),
    ("ok with any weekday but not in the evenings", "but not in the evenings", "evening"),
)

# ... while a fallback ("if not the morning") stays a fallback, and a part of the day
# said with no negation before it keeps its reading. Each row: the message and a part of
# the day that must come out as a mention of its own, not negated.
NOT_NEGATED_POD: tuple[tuple[str, str], ...] = (
    ("If not the morning then the afternoon", "morning"),
    ("if not in the afternoon, the evening is ok", "afternoon"),
    ("Tuesday in the afternoon would be great", "Tuesday in the afternoon"),
    ("I'm free the evening of the 4th", "evening of the 4th"),
    ("not sure, maybe in the morning", "morning"),
    ("it's not urgent, at lunchtime is easiest", "lunchtime"),
)

# "not" already held its day or clock: these keep their readings. Each row: the
# message and the negated mention's words.
STILL_NEGATED: tuple[tuple[str, str], ...] = (
    ("not the 24th", "not the 24th"),
    ("not on friday", "not on friday"),
    ("not afternoons", "not afternoons"),
    ("not evenings", "not evenings"),
)

# "first thing" before the days it is said of, when a list follows: it is a time (the
# start of the working day), not "the first thing". Each row: the message and the
# starts ("MM-DD HH:MM") of the "first thing" mention's first windows, at most two.
FIRST_THING_DAYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("battery's dead, first thing monday or tuesday", ("11-24 06:00",)),
    ("first thing tmrw or wed please", ("11-24 06:00", "11-25 06:00")),
    ("Wed or Thu - first thing either day", ("11-25 06:00", "11-26 06:00")),
    ("can you do first thing thurs or fri?", ("11-26 06:00", "11-27 06:00")),
    ("ok first thing Tuesday, or Wednesday if not", ("11-24 06:00", "11-25 06:00")),
    ("the 1st or the 2nd, first thing on either day", ("12-01 06:00", "12-02 06:00")),
    ("first thing tomorrow or friday", ("11-24 06:00", "11-27 06:00")),
    ("Dec 3 or Dec 4 -- first thing both days work", ("12-03 06:00", "12-04 06:00")),
    ("i want first thing wed/thu", ("11-25 06:00", "11-26 06:00")),
    ("drop off first thing fri or sat", ("11-27 06:00", "11-28 06:00")),
    ("Ideally first thing Monday, or Tuesday", ("11-24 06:00",)),
    ("first thing weds or thurs, whichever", ("11-25 06:00", "11-26 06:00")),
    ("Mon or Tue next week, first thing each day", ("11-30 06:00", "12-01 06:00")),
    ("can i get first thing thursday & friday", ("11-26 06:00", "11-27 06:00")),
    ("first thing sat or sun pls", ("11-28 06:00", "11-29 06:00")),
)

# ... while "the first thing" is still a thing, and "first thing <day>" with no list
# stays one mention. Each row: the message and the mentions' words.
FIRST_THING_KEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the first thing monday or tuesday is to call you", ("monday", "tuesday")),
    ("first thing thursday", ("first thing thursday",)),
    ("first thing monday morning please", ("first thing monday morning",)),
    ("the first thing I need is a quote", ()),
)

# "dark" after a bound word is dusk, computed for the day and zone (G47: civil dusk, the sun
# 6 degrees down; `prayer_times`): "after dark" is after dusk, "before
# dark" before it. Each row: the message, the mention's words, and its bound.
DARK_BOUNDS: tuple[tuple[str, str, str], ...] = (
    ("I don't drive after dark so a morning please", "after dark", "after"),
    ("need to be home before dark", "before dark", "before"),
    ("nothing after dark, my eyes aren't great", "nothing after dark", "before"),
    ("Tuesday is fine as long as it's before dark", "before dark", "before"),
    ("she can't drive after dark", "after dark", "after"),
    ("anything till dark works for me", "till dark", "before"),
    ("we don't go out after dark in winter", "after dark", "after"),
    ("I'd like to be back by dark", "by dark", "before"),
    ("Thursday? not after dark though", "not after dark", "before"),
    ("any time before dark on Friday", "before dark on Friday", "before"),
    ("my dad won't walk home after dark", "after dark", "after"),
    ("Can we finish before dark? The path has no lights", "before dark", "before"),
    ("after dark is better for the light painting shoot", "after dark", "after"),
    ("b4 dark pls", "b4 dark", "before"),
    ("the kids have to be in until dark... then we're free", "until dark", "before"),
)

# "dark" elsewhere is no time. Each row: a message with no time in it.
DARK_NO_TIME: tuple[str, ...] = (
    "I'm in the dark about my booking",
    "the dark room is fine",
    "a dark roast coffee after dark roast tasting",
    "it gets dark early these days",
    "she has dark hair",
)
