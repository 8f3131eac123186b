"""The "whichever is later" corpus: the latest of the options its own message lists, set
aside as `latest_of` (the ranking turns round for that message; no standing wish), the
mirror of "whichever is earlier" (`grounding_corpus_order35.EARLIEST_OF`). Said with no
options of its own it stays a standing wish for the latest (`latest`).

Reference time: none needed; what is set aside (`aside.unread`) does not depend on it.
"""

from __future__ import annotations

# Each row: a message and the words set aside as `latest_of`.
LATEST_OF: tuple[tuple[str, str], ...] = (
    (
        "Tues or Wed, whichever is later actually, mi need time fi save up di money",
        "whichever is later",
    ),
    ("thursday or friday, whichever is later", "whichever is later"),
    ("tues or wed, whichever is later", "whichever is later"),
    ("Either the 3rd or the 10th, whichever's later", "whichever's later"),
    ("the 14th or the 15th, whichever is later", "whichever is later"),
    ("either Tuesday or Thursday whichever is later", "whichever is later"),
    ("tmrw or thurs, whichever's later pls", "whichever's later"),
    ("Fri 3pm or Sat 10am — whichever comes last 🙂", "whichever comes last"),
    ("Wed 1pm or Thu 9am, whichever comes last", "whichever comes last"),
    ("Dr Wu or Dr Santos, whichever one is later", "whichever one is later"),
    ("Friday or Saturday, whichever day is later", "whichever day is later"),
    ("whatever comes later works for me: the 2nd or the 9th", "whatever comes later"),
    ("Could I pick up at 7pm tonight? Or whatever's latest", "whatever's latest"),
    ("the 20th or 21st, whichever's latest", "whichever's latest"),
    ("el 23 o el 25, lo que sea más tarde", "lo que sea más tarde"),
    ("le 4 ou le 11 décembre, ce qui vient en dernier", "ce qui vient en dernier"),
)
# Said with no options of its own: a standing wish for the latest. Each row: a message
# and the words set aside as `latest`.
STILL_LATEST: tuple[tuple[str, str], ...] = (
    ("whichever is later", "whichever is later"),
    ("ugh ok then whatever's latest in the day, w anyone", "whatever's latest"),
    ("as late as possible please", "as late as possible"),
    ("later is better", "later is better"),
)
# Not the latest of anything: "later" is a time of its own, or no wish at all.
NOT_LATEST_OF: tuple[str, ...] = (
    "Tues or Wed, whichever is free later this week",
    "Mon or Tue, whatever works, later today is fine too",
    "lindqvist, tues 8th, at 10 or 11, whichever, not later",
    "thursday or friday, whichever is earlier",
    "Wed or Thu, whichever you have, I'll be in later on",
)
