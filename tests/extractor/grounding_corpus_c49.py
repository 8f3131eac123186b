"""The C49 corpus: the day's edge of the resource the message names ("first thing Friday
with Dr Kaur" is Dr Kaur's opening, "the end of the day with Tayla" Tayla's closing), not
the business's first opening or last closing; Northern English "nowt" and "owt" in a
negated bound ("nowt after 4", "can't do owt before 10").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); the
request (`test_grounding_corpus_c49._request`) books Dr Kaur 08:00-17:00, Dr O'Brien
06:00-14:00 and Tayla 10:00-19:00 every day. Each row: the message, the edge's words,
its first window ("MM-DD HH:MM-HH:MM").
"""

from __future__ import annotations

NAMED_EDGE: tuple[tuple[str, str, str], ...] = (
    ("Can Dr Kaur do Friday first thing instead?", "Friday first thing", "11-27 08:00-08:30"),
    ("first thing tomorrow with Kaur please", "first thing tomorrow", "11-24 08:00-08:30"),
    ("Tayla first thing Wednesday?", "first thing Wednesday", "11-25 10:00-10:30"),
    (
        "Could I get Dr Kaur at the end of the day on Thursday? After work.",
        "end of the day on Thursday",
        "11-26 16:30-17:00",
    ),
    (
        "what's the last slot Tayla has on Tuesday? we can only do end of the day",
        "end of the day",
        "11-24 18:30-19:00",
    ),
    (
        "Can I squeeze into Dr O'Brien's schedule at the end of the day tomorrow?",
        "end of the day tomorrow",
        "11-24 13:30-14:00",
    ),
    ("end of day friday w/ tayla", "end of day friday", "11-27 18:30-19:00"),
    ("Friday, first thing, with Dr O'Brien", "Friday, first thing", "11-27 06:00-06:30"),
    (
        "hi, is Kaur free first thing on the 30th? gotta be at work by 10",
        "first thing on the 30th",
        "11-30 08:00-08:30",
    ),
    (
        "Tayla or Dr Kaur, end of the day Thursday",
        "end of the day Thursday",
        "11-26 18:30-19:00",
    ),
)

# No resource named, or none wished: the business's first opening and last closing.
BUSINESS_EDGE: tuple[tuple[str, str, str], ...] = (
    ("first thing Friday please", "first thing Friday", "11-27 06:00-06:30"),
    ("end of the day tomorrow?", "end of the day tomorrow", "11-24 18:30-19:00"),
    ("anyone first thing Wednesday", "first thing Wednesday", "11-25 06:00-06:30"),
    # a resource ruled out, offered as a fallback, or beside "whoever": no edge of its own
    ("first thing Friday, just not with Dr Kaur", "first thing Friday", "11-27 06:00-06:30"),
    ("Not Tayla please. End of the day tomorrow?", "End of the day tomorrow", "11-24 18:30-19:00"),
    ("anyone but Kaur, first thing Wednesday", "first thing Wednesday", "11-25 06:00-06:30"),
    (
        "first thing tomorrow? if it's full we'll take Tayla",
        "first thing tomorrow",
        "11-24 06:00-06:30",
    ),
    ("Tayla or whoever, first thing Friday", "first thing Friday", "11-27 06:00-06:30"),
)

# Northern English "nowt" (nothing) and "can't do owt" (anything) before a bound: the
# negation folds into it as "nothing" and "can't do anything" do. Each row: the message,
# the bound's words, its direction, its edge ("HH:MM").
NOWT: tuple[tuple[str, str, str, str], ...] = (
    ("Nowt before 9 for the ultrasound", "Nowt before 9", "after", "09:00"),
    ("any day next week, nowt after 4", "nowt after 4", "before", "16:00"),
    ("Sunday teatime? Nowt after 7 though.", "Nowt after 7", "before", "19:00"),
    ("nowt past 5 mind, I've the kids", "nowt past 5", "before", "17:00"),
    ("Friday? Can't do owt before 10 mind", "Can't do owt before 10", "after", "10:00"),
    ("cant do owt after 3 on a weekday", "cant do owt after 3 on a weekday", "before", "15:00"),
    ("Tuesday, nowt before half nine", "nowt before half nine", "after", "09:30"),
    (
        "I cannot do owt before 11 on Saturday",
        "cannot do owt before 11 on Saturday",
        "after",
        "11:00",
    ),
)
