"""A time said of each option offered before it, each option a provider and a day
(`extractor/grounding/said_of_each.py`): "either way", "in both cases", "for both" next
to the time, or "whichever ..." between the last day and it, reads the time over every
day offered, across a gap that names the next day's provider (" or Noor on ").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each row: message, the time said after the options, the days (MM-DD) its reading has.
"""

from __future__ import annotations

SAID_OF_EACH: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Lena on Wednesday or Noor on Thursday, after 2 either way", "after 2", ("11-25", "11-26")),
    (
        "Can I get Irena on 12/2? Or Marcus on 12/1 if she's booked. Afternoon either way.",
        "Afternoon",
        ("12-01", "12-02"),
    ),
    (
        "Either Morag on Thursday or Ravi on Friday, whichever's earliest. Afternoon.",
        "Afternoon",
        ("11-26", "11-27"),
    ),
    (
        "Ms Chan on Wednesday 25th or Mr Wong on Thursday 26th, whichever is earlier, afternoon",
        "afternoon",
        ("11-25", "11-26"),
    ),
    ("sam on wed or jo on fri? before 10 either way", "before 10", ("11-25", "11-27")),
    (
        "Could Aoife see me Thursday? or Declan on Friday. Either way it has to be after 5",
        "after 5",
        ("11-26", "11-27"),
    ),
    (
        "kofi on tue 1st or rhea on wed 2nd, whichever's free, after 12",
        "after 12",
        ("12-01", "12-02"),
    ),
    (
        "Raj on the 1st, failing that Lena on the 2nd. 10am in either case",
        "10am",
        ("12-01", "12-02"),
    ),
    (
        "Either Greta on Monday 30th or Sione on Tuesday 1st, whichever comes first — late afternoon",
        "late afternoon",
        ("11-30", "12-01"),
    ),
    (
        "dr osei on thurs, otherwise dr patel on fri. mornings for both",
        "mornings",
        ("11-26", "11-27"),
    ),
    ("Bea on the 2nd or Dario for the 3rd? 9am in both cases", "9am", ("12-02", "12-03")),
    (
        "greta on wed? if not, sione on thurs. either way after 11",
        "after 11",
        ("11-25", "11-26"),
    ),
)

# Not said of each: the time stays with the last day said.
NOT_SAID_OF_EACH: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # no words say so: the second option's own time
    ("Lena on Wednesday or Noor on Thursday after 2", "Thursday after 2", ("11-26",)),
    # "whichever" after the time closes the options, it does not spread the time
    ("Lena on Wednesday or Noor on Thursday after 2, whichever", "Thursday after 2", ("11-26",)),
    # "either way" a sentence away, about something else
    (
        "Sam on Wednesday or Jo on Thursday. Afternoon. Either way I'll bring the form",
        "Afternoon",
        ("11-26",),
    ),
    # "and" books both visits, it offers no choice
    ("Lena on Wednesday and Noor on Thursday, after 2 either way", "after 2", ("11-26",)),
)
