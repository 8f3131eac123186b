"""The G12b corpus: a day offered as the other choice of a day said before it, across
the resource said with the first ("wed morning w dr osei. or thurs") or across the part
of the day that narrows it ("friday the 25th in the evening, or sat the 26th").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`). The
resources of the test request are "Dr Osei", "Nurse Lee", "Singh", "Bree" and "Sam".
"""

from __future__ import annotations

# A time, the resource said with it, "or", another time: either time, with that
# resource. Each row: the message, the first time's words (the day the second is the
# other choice of), the second time's words.
OR_PAST_RESOURCE: tuple[tuple[str, str, str], ...] = (
    ("wed morning w dr osei. or thurs", "wed morning", "thurs"),
    ("the 16th in the afternoon with singh or the 15th either works", "the 16th", "the 15th"),
    ("thursday with Nurse Lee, or friday if she's busy", "thursday", "friday"),
    ("Can I get tuesday afternoon with Bree? Or wednesday", "tuesday afternoon", "wednesday"),
    ("monday w/ sam or tuesday", "monday", "tuesday"),
    ("Friday with Dr Osei... or Saturday morning", "Friday", "Saturday morning"),
    ("tmrw w singh? or the day after", "tmrw", "the day after"),
    ("dec 3 with Nurse Lee, otherwise dec 4", "dec 3", "dec 4"),
    ("the 2nd, Singh, or the 3rd", "the 2nd", "the 3rd"),
    (
        "Thursday the 26th with Bree, or failing that Friday the 27th",
        "Thursday the 26th",
        "Friday the 27th",
    ),
    ("next tuesday w dr osei or maybe next wednesday", "next tuesday", "next wednesday"),
    ("Wednesday with Sam. Or Thursday, either is fine", "Wednesday", "Thursday"),
    ("monday w singh, or if not tuesday", "monday", "tuesday"),
    ("sat morning seeing nurse lee, or sun morning", "sat morning", "sun morning"),
    ("the 30th with Bree, or else the 1st", "the 30th", "the 1st"),
    ("friday the 4th w dr osei in the morning, or sat the 5th", "friday the 4th", "sat the 5th"),
)

# "or" after a part of the day that narrows the day before it (with or without a
# resource between): the day after "or" is the other choice of that day.
OR_PAST_NARROWER: tuple[tuple[str, str, str], ...] = (
    (
        "friday the 27th w nurse lee in the evening, or sat the 28th morning",
        "friday the 27th",
        "sat the 28th morning",
    ),
    ("the 3rd in the afternoon, or the 4th", "the 3rd", "the 4th"),
    ("thurs after 5 with bree? or fri after 5 works too", "thurs", "fri after 5"),
    ("sat after 10:30 with sam? or sun any time", "sat", "sun"),
    ("Tuesday 1st in the morning or Wednesday 2nd", "Tuesday 1st", "Wednesday 2nd"),
    ("dec 2 at night w singh. or dec 3", "dec 2", "dec 3"),
    ("the 7th in the evening, or failing that the 8th", "the 7th", "the 8th"),
    (
        "monday the 30th in the afternoon with dr osei, or tuesday the 1st",
        "monday the 30th",
        "tuesday the 1st",
    ),
    ("Friday 4th, in the morning, or Saturday 5th", "Friday 4th", "Saturday 5th"),
    (
        "wednesday the 2nd in the evening, or thursday the 3rd morning",
        "wednesday the 2nd",
        "thursday the 3rd morning",
    ),
    ("thursday at lunch with nurse lee? Or friday", "thursday", "friday"),
    ("the 9th in the morning w sam, or the 10th", "the 9th", "the 10th"),
    ("tmrw in the evening, or wed", "tmrw", "wed"),
    ("Dec 1 in the afternoon with Bree or Dec 2", "Dec 1", "Dec 2"),
    ("the 28th after 2 with singh, or the 29th", "the 28th", "the 29th"),
)

# Must not change: a second resource after "or" ("Lee or Osei"), words other than
# "with" between the time and its resource, "and" rather than "or", a resource named
# only after the "or": the time after it stays its own wish (or none joins).
NOT_ACROSS: tuple[tuple[str, str, str], ...] = (
    ("thursday with nurse lee or dr osei", "thursday", ""),
    ("monday, and I'd like Singh, or tuesday", "monday", "tuesday"),
    ("wednesday with bree and thursday with sam", "wednesday", "thursday"),
    ("friday morning; Sam said he would call me. or saturday", "friday morning", "saturday"),
    ("the 3rd with singh, the 4th with bree", "the 3rd", "the 4th"),
    ("tuesday w dr osei, then wednesday w nurse lee", "tuesday", "wednesday"),
)
