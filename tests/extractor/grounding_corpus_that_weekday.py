"""The "that Saturday" corpus: a weekday said with "that" after a day is the weekday of
that day's Monday-Sunday week ("cut and colour on Tuesday 1st, and acrylics that
Saturday": the 5th, not the coming Saturday), and the mention records the day it leans
on (`TimeMention.refers_to`). After a week said, the weekday of that week; with nothing
said before, the coming one (in a conversation, the session first says the day an
earlier turn set: `tests/test_conversation_that_weekday.py`).

"before it", "right before it", "not before it" lean on the time said before as "before
that" does: (message, the mention's text, the antecedent's text, the bound, the first
interval "YYYY-MM-DD HH:MM" start and end); "before it closes" says no time.

After a list of days ("the 14th or the 15th", "Fri Dec 4 or Mon Dec 7"), "that Sunday" is
the day of the list that is a Sunday when one is; else the week of the nearest.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the mention's text, its first start "YYYY-MM-DD HH:MM", the antecedent's text)
THAT_WEEKDAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "cut and colour on Tuesday 1st, and acrylics that Saturday",
        "that Saturday",
        "2026-12-05 00:00",
        "Tuesday 1st",
    ),
    (
        "Thursday 10th is the party, so that Monday please",
        "that Monday",
        "2026-12-07 00:00",
        "Thursday 10th",
    ),
    (
        "next Thursday morning? or can it be that thursday afternoon instead",
        "that thursday afternoon",
        "2026-12-03 12:00",
        "next Thursday morning",
    ),
    (
        "The 12th with Keisha at 5pm. can I get a trim for myself that Saturday morning?",
        "that Saturday morning",
        "2026-12-12 08:00",
        "The 12th",
    ),
    (
        "my interview is wed the 9th, so i'm free that friday",
        "that friday",
        "2026-12-11 00:00",
        "wed the 9th",
    ),
    (
        "Dec 14th for the first session; that same Thursday for the second?",
        "that same Thursday",
        "2026-12-17 00:00",
        "Dec 14th",
    ),
    (
        "We arrive on the 2nd and I'd like a facial that Friday",
        "that Friday",
        "2026-12-04 00:00",
        "on the 2nd",
    ),
    (
        "First choice Saturday the 12th, otherwise Thursday the 10th. oh wait, bachelorette that Saturday lol",
        "that Saturday",
        "2026-12-12 00:00",
        "Thursday the 10th",
    ),
    (
        "my hair appointment is Monday 30th. around 2 o'clock that Tuesday?",
        "around 2 o'clock that Tuesday",
        "2026-12-01 13:30",
        "Monday 30th",
    ),
    (
        "Flying out 18 Dec, could the dog be groomed that Wednesday",
        "that Wednesday",
        "2026-12-16 00:00",
        "18 Dec",
    ),
    (
        "kids are off school from the 21st - any chance of that Tuesday?",
        "that Tuesday",
        "2026-12-22 00:00",
        "from the 21st",
    ),
    (
        "my sons exam is 3rd december, would that Monday work for a lesson",
        "that Monday",
        "2026-11-30 00:00",
        "3rd december",
    ),
    (
        "booked Tuesday 8th at 10, but I'm away that Tuesday, so that Thursday?",
        "that Thursday",
        "2026-12-10 00:00",
        "that Tuesday",
    ),
    (
        "the weekend of the 5th? sunday would be better. wait no my cousin's wedding is that sunday afternoon ugh",
        "that sunday afternoon",
        "2026-12-06 12:00",
        "sunday",
    ),
    # after a back-reference: the week of the day it reads as
    (
        "my op is on Tuesday 1st, home the day after, so a blowdry that Saturday",
        "that Saturday",
        "2026-12-05 00:00",
        "the day after",
    ),
    (
        "check on Thursday 10th, GP the day after. So that Friday with Dr Evans if possible",
        "that Friday",
        "2026-12-11 00:00",
        "the day after",
    ),
    (
        "sometime next week. that friday morning would be ideal",
        "that friday morning",
        "2026-12-04 08:00",
        "next week",
    ),
)

# "that" that points at no day: (message, the mention's text, its first start)
NOT_THAT_WEEKDAY: tuple[tuple[str, str, str], ...] = (
    ("is that Saturday ok?", "Saturday", "2026-11-28 00:00"),  # "that" is what is asked about
    ("ok, was that Friday the 4th?", "Friday the 4th", "2026-12-04 00:00"),
    ("perfect, that Saturday one", "Saturday", "2026-11-28 00:00"),  # a shown option
    # "that" is the thing said before
    ("Tues would be best, failing that Weds", "Weds", "2026-11-25 00:00"),
    ("Dec 10th pls, or if not that Friday", "Friday", "2026-12-11 00:00"),
    (
        "first we gotta do the survey right? can we do that wednesday",
        "wednesday",
        "2026-11-25 00:00",
    ),
    ("the day after tomorrow", "the day after tomorrow", "2026-11-25 00:00"),
    ("that's Saturday? I thought it was Friday", "Saturday", "2026-11-28 00:00"),
    # nothing said before: the coming one, with no antecedent
    ("she has dialysis that Tuesday", "that Tuesday", "2026-11-24 00:00"),
    ("Sorry, that Wednesday is not good", "that Wednesday is not good", "2026-11-25 00:00"),
)

# After a list of days, "that Sunday" is the day of the list that is a Sunday, if one is
# (the antecedent is still the nearest day): (message, the mention's text, its first
# start, the antecedent's text)
OF_A_LIST: tuple[tuple[str, str, str, str], ...] = (
    (
        "family shoot on the 6th or the 7th, but church till noon that Sunday",
        "till noon that Sunday",
        "2026-12-06 00:00",
        "the 7th",
    ),
    (
        "Sunday 6th or Monday 7th, and a blowdry that Sunday",
        "that Sunday",
        "2026-12-06 00:00",
        "Monday 7th",
    ),
    (
        "can do sat 28th or mon 30th, tho my mum's over that saturday morning",
        "that saturday morning",
        "2026-11-28 08:00",
        "mon 30th",
    ),
    (
        "Either the 13th, the 14th or the 15th - I work that Sunday evening though",
        "that Sunday evening",
        "2026-12-13 17:00",
        "the 15th",
    ),
    (
        "Fri Dec 4 or Mon Dec 7? my son's recital is that Friday night",
        "that Friday night",
        "2026-12-04 17:00",
        "Mon Dec 7",
    ),
    (
        "Fri, Dec 4 or Sun, Dec 6? church that Sunday morning",
        "that Sunday morning",
        "2026-12-06 08:00",
        "Sun, Dec 6",
    ),
    (
        "Sunday the 20th and Monday the 21st both work, but I'm at church that Sunday morning",
        "that Sunday morning",
        "2026-12-20 08:00",
        "Monday the 21st",
    ),
    (
        "the 27th / the 30th ok with me - that friday I'm free all day",
        "that friday",
        "2026-11-27 00:00",
        "the 30th",
    ),
    (
        "Nov 29 or Dec 1, and please not too early that Sunday",
        "not too early that Sunday",
        "2026-11-29 10:00",
        "Dec 1",
    ),
    (
        "could be Sun 29th, Mon 30th or Tue 1st, but not before 2 that Sunday",
        "not before 2 that Sunday",
        "2026-11-29 14:00",
        "Tue 1st",
    ),
    # no day of the list on that weekday: the week of the nearest, as after one day
    (
        "the 5th or the 7th, but church till noon that Sunday",
        "till noon that Sunday",
        "2026-12-13 00:00",
        "the 7th",
    ),
    (
        "Tuesday 1st or Wednesday 2nd for the cut, and my brows that Saturday",
        "that Saturday",
        "2026-12-05 00:00",
        "Wednesday 2nd",
    ),
    # days said apart, not as a list: the week of the nearest
    (
        "Sunday 6th was the party; I can do Monday 7th, so a blowdry that Sunday",
        "that Sunday",
        "2026-12-13 00:00",
        "Monday 7th",
    ),
    (
        "the 6th is my birthday and the 8th works - a facial that Sunday too",
        "that Sunday",
        "2026-12-13 00:00",
        "the 8th",
    ),
)

# (message, the mention's text, the antecedent's text, bound, first start, first end)
BEFORE_IT: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "My test is on the 26th at 11.07. I'd like an hour lesson right before it but not with Morag please.",
        "before it",
        "on the 26th at 11.07",
        "before",
        "2026-11-26 00:00",
        "2026-11-26 11:07",
    ),
    (
        "I'll be 20 weeks on the 19th, would like the scan as close to that as possible but not before it. Afternoons suit",
        "not before it",
        "on the 19th",
        "after",
        "2026-12-19 00:00",
        "2026-12-21 09:00",
    ),
    (
        "recital is Friday at 7, can you tune the piano before it?",
        "before it",
        "Friday at 7",
        "before",
        "2026-11-27 00:00",
        "2026-11-27 07:00",
    ),
    (
        "the party's on Saturday so sometime before it please",
        "before it",
        "Saturday",
        "before",
        "2026-11-23 09:00",
        "2026-11-28 00:00",
    ),
    (
        "interview Thursday 2pm, could I get a cut right before it?",
        "before it",
        "Thursday 2pm",
        "before",
        "2026-11-26 00:00",
        "2026-11-26 14:00",
    ),
    (
        "My scan is Wednesday at 10 and I'd like the blood test after it, if possible",
        "after it",
        "Wednesday at 10",
        "after",
        "2026-11-25 10:00",
        "2026-11-26 00:00",
    ),
    (
        "wedding on the 12th!! need nails done before it 💅",
        "before it",
        "on the 12th",
        "before",
        "2026-11-23 09:00",
        "2026-12-12 00:00",
    ),
)

# "it" of something else: (message, the only mention's text)
NOT_BEFORE_IT: tuple[tuple[str, str], ...] = (
    ("can I come before it closes on friday", "friday"),
    ("I want to come friday before it gets busy", "friday"),
    ("tuesday, before it's too late", "tuesday"),
    ("after it opens on saturday", "saturday"),
)

# "the week before" at a clause's end, an emoji ending the clause: (message, the
# mention's text, its first start)
WEEK_BEFORE_EMOJI: tuple[tuple[str, str, str], ...] = (
    (
        "Senior pics on the 16th so I need knotless done the week before 🙏 I'm free any day after 3",
        "the week before",
        "2026-12-07 00:00",
    ),
    ("party on sat 12th!! the day before 🎉 if you can", "the day before", "2026-12-11 00:00"),
)
