"""Corpus: where a negated list of days ends (`coordination.list_ends`,
`week_said_later`). Each row: the message, the words of one mention, and whether the
list's negation reaches it. Reference time: `grounding_corpus.REF` (Mon 23 Nov 2026,
09:00 New York).

- A sentence ends the list: "can't do mon, tue or wed. thurs or fri?" asks for Thursday
  or Friday (a weekday's dot, "wed.", is the sentence's end when no list word follows).
- Items that each say their own negation make an item without one the contrast: "not
  mon, not tue, wed works".
- A negation said after its day ("wed is out") ends there: "wed is out, thu or fri
  fine" wants Thursday or Friday; said after a list's last item it is every item's
  ("Monday or Tuesday is out").
- A list word joins a list's last item: after "not mon or tue" a comma and a day begin
  the next clause ("not mon or tue, wed works"); "..., or wed" goes on.
"""

from __future__ import annotations

# (message, mention words, negated by the list?)
OUTSIDE: tuple[tuple[str, str, bool], ...] = (
    # a sentence ends the list
    ("can't do mon, tue or wed. thurs or fri?", "thurs", False),
    ("can't do mon, tue or wed. thurs or fri?", "fri", False),
    ("Not Mon, Tue or Fri. Wed or Thu would be great", "Wed", False),
    ("I can't do Tues, Wed or Thurs. Mon or Fri only", "Mon", False),
    ("I can't do Tues, Wed or Thurs. Mon or Fri only", "Fri", False),
    ("we can't make Fri. Mon or Tue, whichever is sooner", "Mon", False),
    ("cannot mon, tue or wed. thurs night ok?", "thurs night", False),
    ("no good on sat. sun afternoon?", "sun afternoon", False),
    ("Busy Mon and Tue. Wed after 2 works", "Wed after 2", False),
    # each item said its own negation: one without it is wanted
    ("not mon, not tue, wed works", "wed", False),
    ("not monday not tuesday, wednesday is good", "wednesday", False),
    ("not sat not sun, tues w marco asap", "tues", False),
    ("not Monday, not Wednesday, Friday if you can", "Friday", False),
    ("no Mondays, no Fridays, Thursdays are best", "Thursdays", False),
    ("can't do the 3rd, can't do the 4th, the 5th is fine", "the 5th", False),
    ("not tues, not thurs, wed or fri pls", "wed", False),
    ("not tues, not thurs, wed or fri pls", "fri", False),
    # a list word already joined the last item
    ("not mon or tue, wed works", "wed", False),
    ("not monday or tuesday, thursday would be ideal", "thursday", False),
    ("can't do the 8th or the 9th, the 10th?", "the 10th", False),
    ("not Tue and Wed, Thursday morning then", "Thursday", False),
    ("not mon tue or wed, thurs works", "thurs", False),
    # a negation said after its day
    ("wed is out, thu or fri fine", "thu", False),
    ("wed is out, thu or fri fine", "fri", False),
    ("the 3rd doesn't work, 4th or 5th?", "4th", False),
    ("Friday's no good, Monday or Tuesday instead", "Monday", False),
    ("tomorrow doesn't suit, thurs or fri would", "thurs", False),
    ("Monday works, Tuesday is out", "Monday", False),
    ("Monday or Tuesday is out", "Monday", True),
    ("mon and tue are out, wed is fine", "mon", True),
    ("mon and tue are out, wed is fine", "wed", False),
    ("mon, tue and wed are no good", "tue", True),
    ("the 8th or the 9th won't work for me", "the 8th", True),
    (
        "Friday, first thing or late afternoon, the middle of the day is no good",
        "Friday, first thing",
        False,
    ),
    (
        "Friday, first thing or late afternoon, the middle of the day is no good",
        "late afternoon",
        False,
    ),
    ("not monday, not tuesday, and wednesday is hard too", "wednesday", True),
    # the list goes on: still ruled out
    ("can't do mon, tue or wed", "wed", True),
    ("not mon, tue, wed", "wed", True),
    ("not mon or tue, or wed", "wed", True),
    ("cant do mon tue or wed", "wed", True),
    ("not mon, not tue, not wed", "not wed", True),
    ("any day but Tuesday or Thursday", "Thursday", True),
    ("not Mon., Tue. or Wed.", "Wed.", True),
    ("not the 3rd, 4th or 5th", "5th", True),
)
