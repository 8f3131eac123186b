"""The GTOP corpus: values the writers read differently from grounding, where proposal 1
landed outside the writer's window.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "like 6", "say 3": the hedge is on the choice, not on the hour; the clock said, from
# its start (message, mention, first start "Day DD HH:MM").
LIKE_IS_THE_CLOCK: tuple[tuple[str, str, str], ...] = (
    ("can we do earlier instead? like 6", "like 6", "Mon 23 18:00"),
    ("free tonight? like 7", "like 7", "Mon 23 19:00"),
    ("tmrw at like 11", "tmrw at like 11", "Tue 24 11:00"),
    ("sat at like 3:30?", "sat at like 3:30", "Sat 28 15:30"),
    ("later that day, say 4", "say 4", "Mon 23 16:00"),
    ("thursday, like 10 or 11", "thursday, like 10", "Thu 26 10:00"),
    ("any chance friday? like 2pm", "like 2pm", "Fri 27 14:00"),
    ("not too early, say 11", "say 11", "Mon 23 11:00"),
    ("same day but later, like 5", "like 5", "Mon 23 17:00"),
    ("earlier on the 2nd, like 9:30", "on the 2nd, like 9:30", "Wed 02 09:30"),
    ("tomorrow evening? like 6:30", "like 6:30", "Tue 24 18:30"),
    ("wed works, say 1", "say 1", "Wed 25 13:00"),
    ("so like 8 tonight?", "like 8 tonight", "Mon 23 20:00"),
    ("the 4th, say 10am", "the 4th, say 10am", "Fri 04 10:00"),
    ("i'm free after work, so like 6", "like 6", "Mon 23 18:00"),
    # ... and a rough word said with it stays rough
    ("could do monday, like 4 or so", "monday, like 4 or so", "Mon 23 15:30"),
)

# "come by", "swing by", "pop by": "by" says where the visit goes, not a deadline
# (message, mention texts); no mention of these is a bound.
VISIT_BY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("can someone come by thursday?", ("thursday",)),
    ("could you swing by tmrw morning", ("tmrw morning",)),
    ("I'll pop by friday around 10", ("friday around 10",)),
    ("can I stop by at noon tomorrow", ("at noon tomorrow",)),
    ("we could drop by saturday afternoon", ("saturday afternoon",)),
    ("mind if I come by on Wednesday", ("Wednesday",)),
    ("ok if i swing by wed after lunch?", ("wed after lunch",)),
    ("happy to pass by monday at 2", ("monday at 2",)),
    ("can the tech come by next tuesday", ("next tuesday",)),
    ("i can drop by tomorrow at 9", ("tomorrow at 9",)),
    ("could we pop by after lunch tomorrow", ("after lunch tomorrow",)),
    ("feel free to stop by thursday evening", ("thursday evening",)),
    ("can you swing by sometime next week", ("next week",)),
    ("could u come by fri", ("fri",)),
    ("Could you swing by tmrw first thing?", ("tmrw first thing",)),
)
# ... and "by" after any other word, or before a bare hour, is still a deadline
# (message, mention text).
STILL_BY: tuple[tuple[str, str], ...] = (
    ("need it done by Friday", "by Friday"),
    ("can you have it ready by thursday", "by thursday"),
    ("must be finished by the 3rd", "by the 3rd"),
    ("can you come by 5", "by 5"),
    ("has to be back by tomorrow", "by tomorrow"),
    ("pls call me back by 4", "by 4"),
    ("i need a reply by monday", "by monday"),
)

# Numbers that are no time, before and after these changes.
NOT_TIMES: tuple[str, ...] = (
    "table for 4 like we said",
    "2 kids, say 3 if my nephew comes",
    "it was like 40 dollars last time",
    "room 12, like always",
    "we're like 6 people",
    "swing by room 5 when you can",
)
