"""The "go for" corpus: in a pick or a booking, "go for N" chooses a time, so an hour after
"go for" / "going for" is a clock ("Lovely. We'll go for 11 please": 11:00), not a count
as after a bare "for" ("table for 11"). A noun after the number keeps it a count or a
length ("go for 2 hours", "go for 2 sessions"), and "go for one" is a pronoun.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the time mention's text, its first start "YYYY-MM-DD HH:MM")
GO_FOR_HOUR: tuple[tuple[str, str, str], ...] = (
    ("ok I'll go for 11", "11", "2026-11-23 11:00"),
    ("Lovely. We'll go for 11 please", "11", "2026-11-23 11:00"),
    ("going for 11 then", "11", "2026-11-23 11:00"),
    ("let's go for the 3 on Thursday", "3 on Thursday", "2026-11-26 15:00"),
    ("Thu? I'll go for 10 x", "10", "2026-11-26 10:00"),
    ("go for eleven thirty", "eleven thirty", "2026-11-23 11:30"),
    ("we'll go for the 11 one", "11", "2026-11-23 11:00"),
    ("hmm go for 2 tomorrow then", "2 tomorrow", "2026-11-24 14:00"),
    ("goin for 12 if thats ok", "12", "2026-11-23 12:00"),
    ("let's go for 4 on sat, cheers", "4 on sat", "2026-11-28 16:00"),
    ("Can we go for 1 on Friday?", "1 on Friday", "2026-11-27 13:00"),
    ("so we'll go for 10 on the 3rd?", "10 on the 3rd", "2026-12-03 10:00"),
    ("Going for 5 - see you then 😊", "5", "2026-11-23 17:00"),
    # clocks of their own after "go for", as before
    ("let's go for the 2:30", "2:30", "2026-11-23 14:30"),
    ("go for half 3", "half 3", "2026-11-23 15:30"),
    ("go for 11 o'clock", "11 o'clock", "2026-11-23 11:00"),
)

# A count, a length or a pronoun after "go for", and a bare "for": (message, all the
# time mentions' texts)
NOT_GO_FOR_HOUR: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("go for 2 hours", ("2 hours",)),
    ("can we go for 2 sessions", ()),
    ("go for 2 or 3 sessions", ()),
    ("we'll go for 4 people on sat", ("sat",)),
    ("we'll go for 4 of us", ()),
    ("I'll go for one on Friday", ("Friday",)),
    ("go for a walk at 3", ("at 3",)),
    ("table for 11", ()),
    ("a table for 4 on friday", ("friday",)),
)
