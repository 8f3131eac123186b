"""The texting corpus: how people write to a booking engine from a phone.

Two forms, both tests. `CORPUS` is Duckling's form (examples grouped by the value the
longest mention means, as in `grounding_corpus.py`); `MESSAGES` pins whole messages to
the exact mentions grounding must find in them, in text order, so a rule that reads a
form must also leave the words around it alone. `NEGATIVE` holds texts where the same
words are not times.

Reference time: Tuesday 2026-12-01 10:30 America/New_York (horizon 28 days), unless a
group says otherwise. Each kind of form has its own section; the examples were written
in the ways people write, not from one template.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.extractor.grounding_corpus import NY, Expect, G, Group, day, win

TUE = datetime(2026, 12, 1, 10, 30, tzinfo=ZoneInfo(NY))


def T(name: str, expect: Expect, *texts: str, **kw: object) -> Group:
    kw.setdefault("now", TUE)
    return G(name, expect, *texts, **kw)


CORPUS: tuple[Group, ...] = (
    # ------------------------------------------------ weekday abbreviations in context
    T(
        "texting_sat",
        Expect(iv=day("2026-12-05"), type="date"),
        "sat pls",
        "sat?",
        "sat or sun",
        "can we push to sat?",
        "my sat appt",
        "sat is the only day i can do",
        "sat works",
        "sat, whoever",
        "sat/sun",
        "ok sat then",
        "move it to sat",
        "sat if poss",
    ),
    T(
        "texting_sun",
        Expect(iv=day("2026-12-06"), type="date"),
        "sun is the only day i can do",
        "sun pls",
        "sun?",
        "sun or mon",
        "can we do sun",
        "sun works",
    ),
    T(
        "texting_wed",
        Expect(iv=day("2026-12-02"), type="date"),
        "wed or thu",
        "wed?",
        "wed, thu, any openings?",
        "my wed appt cant happen",
        "wed, whoever",
        "wed / thu",
        "wed & fri",
        "got to move wed",
        "wed is out",
        "wed pls",
    ),
    T(
        "texting_mon",
        Expect(iv=day("2026-12-07"), type="date"),
        "mon or tue",
        "mon?",
        "i cant do mon or wed",
        "mon is fine",
        "mon pls",
        "mon works for me",
    ),
    T(
        "texting_weekday_hour",
        Expect(iv=win("2026-12-02", "09:00", "10:00")),
        "wed 9",
        "wed 9 is great",
        "wed at 9",
        "wed 9am",
    ),
    T(
        "texting_weekday_ordinal",
        Expect(iv=day("2026-12-07"), type="date"),
        "mon 7th",
        "Mon 7th?",
        "mon the 7th",
        "monday 7th",
        "whoever's free mon 7th",
    ),
    T(
        "texting_weekday_ordinal_small",
        Expect(iv=day("2026-12-02"), type="date"),
        "Weds 2nd",
        "wed 2nd",
        "wednesday 2nd pls",
    ),
    T(
        "texting_weekday_week",
        Expect(iv=day("2026-12-12"), type="date"),
        "sat week",
        "Saturday week",
        "saturday wk",
        "a week on saturday",
        "a week on sat",
        "a week saturday",
        "lindqvist. sat week. aft",
    ),
    T(
        "texting_weekday_fortnight",
        Expect(iv=day("2026-12-17"), type="date"),
        "thursday fortnight",
        "a fortnight on thursday",
        "thurs fortnight",
    ),
    # ------------------------------------------------ British half hours, "aft", "b4"
    T(
        "texting_half_two",
        Expect(first=win("2026-12-01", "14:30", "14:31"), type="time"),
        "half two",
        "at half two",
        "half two ideally",
        "could do half 2",
        "say half two",
        "half two if you've got it",
    ),
    T(
        "texting_half_ten",
        Expect(first=win("2026-12-01", "10:30", "10:31"), type="time"),
        "half ten",
        "at half ten",
        "make it half ten",
    ),
    T(
        "texting_half_bound",
        Expect(first=win("2026-12-01", "17:30", "24:00"), type="bound", bound="after"),
        "after half five",
        "half five onwards",
        "half five or later",
        "not before half five",
        "aft half five",
    ),
    T(
        "texting_aft_day",
        Expect(iv=win("2026-12-03", "12:00", "17:00"), type="datetimerange"),
        "thurs aft",
        "thurs, aft",
        "thursday aft pls",
        "thurs afty",
        "the aft on thurs",
        "thurs arvo",
    ),
    T(
        "texting_late_aft",
        Expect(first=win("2026-12-01", "15:00", "17:00")),
        "late aft",
        "a late aft spot",
        "late arvo",
        "late aft if poss",
    ),
    T(
        "texting_early_aft",
        Expect(first=win("2026-12-01", "12:00", "14:00")),
        "early aft",
        "early arvo",
        "i can do early aft",
    ),
    T(
        "texting_b4",
        Expect(first=win("2026-12-01", "10:30", "12:00"), type="bound", bound="before"),
        "b4 noon",
        "b4 12",
        "anytime b4 noon",
        "has to be b4 noon",
        "befor noon",
    ),
    T(
        "texting_aft_bound",
        Expect(first=win("2026-12-01", "15:00", "24:00"), type="bound", bound="after"),
        "aft 3",
        "aft 3pm",
        "aftr 3",
        "afta 3",
        "no sooner than 3",
        "nothing earlier than 3",
    ),
    T(
        "texting_dot_bound",
        Expect(first=win("2026-12-01", "15:30", "24:00"), type="bound", bound="after"),
        "3.30 onwards",
        "after 3.30",
        "from 3.30 on",
        "3.30 or later",
        "not before 3.30",
    ),
    T(
        "texting_clock_exact",
        Expect(first=win("2026-12-02", "09:00", "10:00"), type="time"),
        "9 on the dot",
        "9 sharp",
        "9am sharp",
        "9 exactly",
        "9am on the dot",
    ),
)


# Whole messages -> the exact mention texts grounding must find, in order.
MESSAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sat or sun morning", ("sat", "sun", "morning")),
    ("wed thu fri are all out for me", ("wed", "thu", "fri")),
    ("i guess thurs could work? or maybe sat", ("thurs", "sat")),
    ("can we move my sat appt to sun", ("sat", "sun")),
    ("bay 1 only, wed or thu", ("wed", "thu")),
    ("Mia mon 30th or tues 1st", ("mon 30th", "tues 1st")),
    ("wed 9 is great if not then whatever", ("wed 9",)),
    ("no earlier than 3 and no later than 5", ("no earlier than 3", "no later than 5")),
    ("Tuesday at half two? oh no wait. Make it half ten", ("Tuesday at half two", "half ten")),
    ("must be done by 1, I'm on shift at half one", ("by 1", "at half one")),
    ("thurs or sat, whichever is earlier. b4 2", ("thurs", "sat", "b4 2")),
    ("sat? 10 sharp", ("sat", "10 sharp")),
    ("lunch at the pub, aft 2 works", ("aft 2",)),
    ("bay 2 saturday before 10", ("saturday before 10",)),
    (
        "three hours, bay 1, any weekday after the 14th",
        ("three hours", "any weekday", "after the 14th"),
    ),
    ("chair 3 at 4pm", ("at 4pm",)),
    ("the earliest I can do is monday", ("monday",)),
    ("3pm at the earliest", ("3pm at the earliest",)),
    ("Friday, as early as possible", ("Friday",)),
    ("dr o asap. not today tho", ("not today",)),
    # a bare number that is a time by what is around it
    ("wednesday 2pm no wait make it wed 11", ("wednesday 2pm", "wed 11")),
    ("say 2 or 3pm on saturday", ("2", "3pm on saturday")),
    ("7 or 7:15 on the 23rd", ("7", "7:15 on the 23rd")),
    ("pls push my 9am tmrw to 10", ("9am tmrw", "10")),
    ("can i get a cut tomoz at like 11?", ("tomoz at like 11",)),
    ("fri 11th, not too early, say 11 or 12?", ("fri 11th", "say 11", "12")),
    ("can u look at it first thing", ("first thing",)),
    ("tmrw morning. first thing. drop off", ("tmrw morning", "first thing")),
    ("no wait, make it 4", ("4",)),
    ("can we move it to 3 instead", ("3",)),
    ("move it to 3 people", ()),
    ("I would like 2 please", ()),
    # numbers that are not times: "one day", "one morning", counts
    ("before work one day next week", ("before work", "next week")),
    ("one morning next week", ("morning next week",)),
    ("any time one day next week", ("next week",)),
    ("i can do one afternoon next week", ("afternoon next week",)),
    ("at one", ("at one",)),
    ("we are 4 or 5 people, friday at 7", ("friday at 7",)),
    ("my 10th visit this year, friday", ("this year", "friday")),
    # moving a booking: "from A to B" is the old time and the new one, not a range
    ("We need to move Freddie from Friday to Saturday, please.", ("Friday", "Saturday")),
    ("can i change my appt from 11am tmrw to 11am thurs?", ("11am tmrw", "11am thurs")),
    ("bump me from 1pm to 4:30 thurs", ("1pm", "4:30 thurs")),
    ("pls move it from the 9th to the 10th", ("the 9th", "the 10th")),
    ("gotta reschedule from tues to the 22nd", ("tues", "the 22nd")),
    ("could we swap Wednesday 23rd to Monday 28th?", ("Wednesday 23rd", "Monday 28th")),
    ("need to push my 2pm to 4pm", ("2pm", "4pm")),
    ("can we shift friday to monday", ("friday", "monday")),
    ("bring it forward from thursday to tuesday pls", ("thursday", "tuesday")),
    ("Is it possible to change my booking from Mon to Tue?", ("Mon", "Tue")),
    ("can i move my 1pm today to fri morning", ("1pm today", "fri morning")),
    ("switching from the 14th to the 18th if thats ok", ("the 14th", "the 18th")),
    ("could you postpone me from dec 10 to dec 17", ("dec 10", "dec 17")),
    ("rescheduling: from 3pm tomorrow to 5pm thursday", ("3pm tomorrow", "5pm thursday")),
    ("moving my thurs to fri, same stylist", ("thurs", "fri")),
    # ... but a range said after the destination word stays a range
    ("can we move it to anytime from 2 to 4", ("from 2 to 4",)),
    ("move it to 2-4 on friday", ("2-4 on friday",)),
    ("I am free from Friday to Sunday", ("from Friday to Sunday",)),
    ("i work from 9 to 5 so can we move it to saturday", ("from 9 to 5", "saturday")),
)


# (message, mention text, label of its best reading, label of its first alternative
# or None): for readings that depend on the rest of the message.
LABELS: tuple[tuple[str, str, str, str | None], ...] = (
    # the scope of a list under a bound: the whole list first, the last day alone next
    (
        "wed or fri after 2",
        "after 2",
        "after 14:00 on Wed 2 Dec, Fri 4 Dec",
        "after 14:00 on Fri 4 Dec",
    ),
    (
        "Wednesday or Friday after 2",
        "after 2",
        "after 14:00 on Wed 2 Dec, Fri 4 Dec",
        "after 14:00 on Fri 4 Dec",
    ),
    (
        "thu or fri, before 11",
        "before 11",
        "before 11:00 on Thu 3 Dec, Fri 4 Dec",
        "before 11:00 on Fri 4 Dec",
    ),
    (
        "Thursday or Friday but not before 10",
        "not before 10",
        "after 10:00 on Thu 3 Dec, Fri 4 Dec",
        "after 10:00 on Fri 4 Dec",
    ),
    (
        "mon, wed or thu at 3",
        "at 3",
        "3 days 15:00-16:00, first Wed 2 Dec",
        "Thu 3 Dec 15:00-16:00",
    ),
    (
        "wed or thu after 3:30",
        "after 3:30",
        "after 15:30 on Wed 2 Dec, Thu 3 Dec",
        "after 15:30 on Thu 3 Dec",
    ),
    (
        "the 15th or the 16th at 10",
        "at 10",
        "2 days 10:00-11:00, first Tue 15 Dec",
        "Wed 16 Dec 10:00-11:00",
    ),
    (
        "tmrw or thurs after 5",
        "after 5",
        "after 17:00 on Wed 2 Dec, Thu 3 Dec",
        "after 17:00 on Thu 3 Dec",
    ),
    (
        "monday and wednesday after 4pm",
        "after 4pm",
        "after 16:00 on Wed 2 Dec, Mon 7 Dec",
        "after 16:00 on Wed 2 Dec",
    ),
    (
        "fri / sat before noon",
        "before noon",
        "before 12:00 on Fri 4 Dec, Sat 5 Dec",
        "before 12:00 on Sat 5 Dec",
    ),
    (
        "dec 8 or dec 9, no later than 2",
        "no later than 2",
        "before 14:00 on Tue 8 Dec, Wed 9 Dec",
        "before 14:00 on Wed 9 Dec",
    ),
    (
        "thursday or friday morning",
        "morning",
        "2 days 08:00-12:00, first Thu 3 Dec",
        "Fri 4 Dec 08:00-12:00",
    ),
    (
        "sat or sun, after lunch",
        "after lunch",
        "2 days 13:00-17:00, first Sat 5 Dec",
        "Sun 6 Dec 13:00-17:00",
    ),
    (
        "wed, thu or fri around 4",
        "around 4",
        "3 days 15:30-16:30, first Wed 2 Dec",
        "Fri 4 Dec 15:30-16:30",
    ),
    (
        "Tuesday the 8th or Wednesday the 9th after 6",
        "after 6",
        "after 18:00 on Tue 8 Dec, Wed 9 Dec",
        "after 18:00 on Wed 9 Dec",
    ),
    # the scope of a clause: a time after a day with a time of its own, even ruled out, is that day's
    (
        "I'm busy Tuesday morning but the afternoon is free",
        "afternoon",
        "Tue 1 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "busy thursday morning, the afternoon works though",
        "afternoon",
        "Thu 3 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "can't do friday morning but the afternoon is ok",
        "afternoon",
        "Fri 4 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "wednesday morning is out, the evening is fine",
        "evening",
        "Wed 2 Dec 17:00-21:00",
        "28 days 17:00-21:00, first Tue 1 Dec",
    ),
    (
        "monday 9 to 12 is taken, after lunch works",
        "after lunch",
        "Mon 7 Dec 13:00-17:00",
        "28 days 13:00-17:00, first Tue 1 Dec",
    ),
    (
        "not friday afternoon, the morning please",
        "morning",
        "Fri 4 Dec 08:00-12:00",
        "29 days 10:30-12:00, first Tue 1 Dec",
    ),
    (
        "can't do sat morning, afternoon?",
        "afternoon",
        "Sat 5 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "i work tuesday mornings. the afternoon is free",
        "afternoon",
        "4 days 12:00-17:00, first Tue 1 Dec",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "busy thursday 9-11, anytime after that",
        "after that",
        "after 11:00 on Thu 3 Dec",
        "after 11:00",
    ),
    (
        "no to wednesday evening. lunchtime would work",
        "lunchtime",
        "Wed 2 Dec 12:00-14:00",
        "28 days 12:00-14:00, first Tue 1 Dec",
    ),
    (
        "dec 8 morning is out, the afternoon then",
        "afternoon",
        "Tue 8 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "can't do monday at 3, 4pm instead?",
        "4pm",
        "Mon 7 Dec 16:00-17:00",
        "28 days 16:00-17:00, first Tue 1 Dec",
    ),
    (
        "thursday afternoon is no good, evening?",
        "evening",
        "Thu 3 Dec 17:00-21:00",
        "28 days 17:00-21:00, first Tue 1 Dec",
    ),
    (
        "the 10th in the morning is taken but the afternoon is free",
        "afternoon",
        "Thu 10 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "i have school run friday at 3 so the morning is better",
        "morning",
        "Fri 4 Dec 08:00-12:00",
        "29 days 10:30-12:00, first Tue 1 Dec",
    ),
    # clock times coordinated with a bare number: the number is a clock too
    (
        "tmrw 8:30 or 9 w dr okafor",
        "9",
        "Wed 2 Dec 09:00-10:00",
        "28 days 09:00-10:00, first Wed 2 Dec",
    ),
    (
        "can I come Tuesday 8th at 12? Or 1?",
        "1",
        "Tue 8 Dec 13:00-14:00",
        "28 days 13:00-14:00, first Tue 1 Dec",
    ),
    ("friday at 2 or 3", "3", "Fri 4 Dec 15:00-16:00", "28 days 15:00-16:00, first Tue 1 Dec"),
    ("thursday 10am or 11", "11", "Thu 3 Dec 11:00-12:00", "28 days 11:00-12:00, first Tue 1 Dec"),
    (
        "monday at 4, failing that 5",
        "5",
        "Mon 7 Dec 17:00-18:00",
        "28 days 17:00-18:00, first Tue 1 Dec",
    ),
    ("wed 9 or 10", "10", "Wed 2 Dec 10:00-11:00", "29 days 10:30-11:00, first Tue 1 Dec"),
    (
        "tomorrow at 11 or maybe 12",
        "12",
        "Wed 2 Dec 12:00-13:00",
        "28 days 12:00-13:00, first Tue 1 Dec",
    ),
    (
        "thursday at half two, or 3",
        "3",
        "Thu 3 Dec 15:00-16:00",
        "28 days 15:00-16:00, first Tue 1 Dec",
    ),
    (
        "before 10 or after 3 on thursday",
        "after 3 on thursday",
        "after 15:00 on Thu 3 Dec",
        "after 03:00 on Thu 3 Dec",
    ),
    (
        "at 7 or 8 in the morning on friday",
        "8 in the morning on friday",
        "Fri 4 Dec 08:00-09:00",
        None,
    ),
    ("the 9th at 4 or 5", "5", "Wed 9 Dec 17:00-18:00", "28 days 17:00-18:00, first Tue 1 Dec"),
    ("at 10 or 11 on thursday", "11 on thursday", "Thu 3 Dec 11:00-12:00", "Thu 3 Dec 23:00-24:00"),
    (
        "ideally 5, otherwise 6, on friday",
        "6, on friday",
        "Fri 4 Dec 18:00-19:00",
        "Fri 4 Dec 06:00-07:00",
    ),
    ("3pm or 4 on wednesday", "4 on wednesday", "Wed 2 Dec 16:00-17:00", "Wed 2 Dec 04:00-05:00"),
    (
        "sat at 11, or 12 at a push",
        "12",
        "Sat 5 Dec 12:00-13:00",
        "28 days 12:00-13:00, first Tue 1 Dec",
    ),
    ("thurs at 1 or even 2", "2", "Thu 3 Dec 14:00-15:00", "28 days 14:00-15:00, first Tue 1 Dec"),
    # a bare ordinal is a day when the words after it say so
    (
        "can I come Tuesday 8th at 12? Or 1?",
        "1",
        "Tue 8 Dec 13:00-14:00",
        "28 days 13:00-14:00, first Tue 1 Dec",
    ),
    ("the 9th at 4 or 5", "5", "Wed 9 Dec 17:00-18:00", "28 days 17:00-18:00, first Tue 1 Dec"),
    ("10th or 11th at 8", "10th", "Thu 10 Dec", None),
    ("okafor, 10th", "10th", "Thu 10 Dec", None),
    ("8th?", "8th", "Tue 8 Dec", None),
    ("can i do 14th instead", "14th", "Mon 14 Dec", None),
    ("the 22nd or 23rd", "23rd", "Wed 23 Dec", None),
    ("15th at 2pm", "15th at 2pm", "Tue 15 Dec 14:00-15:00", None),
    ("25th is out", "25th is out", "not Fri 25 Dec", None),
    ("monday 7th or 8th", "8th", "Tue 8 Dec", None),
    ("until the 3rd", "until the 3rd", "by Thu 3 Dec", None),
    ("anytime until the 10th", "until the 10th", "by Thu 10 Dec", None),
    ("up to the 9th", "up to the 9th", "by Wed 9 Dec", None),
    ("till the 4th", "till the 4th", "by Fri 4 Dec", None),
    ("by the 3rd", "by the 3rd", "by Thu 3 Dec", None),
    ("no later than the 8th", "no later than the 8th", "by Tue 8 Dec", None),
    ("before the 5th", "before the 5th", "before Sat 5 Dec", None),
    ("through the 4th", "through the 4th", "by Fri 4 Dec", None),
    # an end date is inclusive: until / till / up to / through / by the 3rd includes the 3rd
    ("until the 3rd", "until the 3rd", "by Thu 3 Dec", None),
    ("anytime until the 10th", "until the 10th", "by Thu 10 Dec", None),
    ("up to the 9th", "up to the 9th", "by Wed 9 Dec", None),
    ("till the 4th", "till the 4th", "by Fri 4 Dec", None),
    ("by the 3rd", "by the 3rd", "by Thu 3 Dec", None),
    ("no later than the 8th", "no later than the 8th", "by Tue 8 Dec", None),
    ("until friday", "until friday", "by Fri 4 Dec", None),
    ("til thursday", "til thursday", "by Thu 3 Dec", None),
    ("up until dec 11", "up until dec 11", "by Fri 11 Dec", None),
    ("until next tuesday", "until next tuesday", "by Tue 8 Dec", None),
    ("by wednesday", "by wednesday", "by Wed 2 Dec", None),
    ("until the end of next week", "until the end of next week", "by Fri 11 Dec", None),
    ("before the 5th", "before the 5th", "before Sat 5 Dec", None),
    ("till sat", "till sat", "by Sat 5 Dec", None),
    ("through the 4th", "through the 4th", "by Fri 4 Dec", None),
    ("available thru friday", "thru friday", "by Fri 4 Dec", None),
    # a weekday said on that weekday: today while its window is ahead, else next week's [the other]
    (
        "I'm busy Tuesday morning but the afternoon is free",
        "afternoon",
        "Tue 1 Dec 12:00-17:00",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "i work tuesday mornings. the afternoon is free",
        "afternoon",
        "4 days 12:00-17:00, first Tue 1 Dec",
        "28 days 12:00-17:00, first Tue 1 Dec",
    ),
    (
        "can I come Tuesday 8th at 12? Or 1?",
        "1",
        "Tue 8 Dec 13:00-14:00",
        "28 days 13:00-14:00, first Tue 1 Dec",
    ),
    ("until next tuesday", "until next tuesday", "by Tue 8 Dec", None),
    ("tuesday", "tuesday", "Tue 1 Dec", "Tue 8 Dec"),
    ("this tuesday", "this tuesday", "Tue 1 Dec", "Tue 8 Dec"),
    ("tues", "tues", "Tue 1 Dec", "Tue 8 Dec"),
    ("tuesday at 9am", "tuesday at 9am", "Tue 8 Dec 09:00-10:00", "Tue 1 Dec 09:00-10:00"),
    ("tuesday at 4pm", "tuesday at 4pm", "Tue 1 Dec 16:00-17:00", "Tue 8 Dec 16:00-17:00"),
    ("tuesday morning", "tuesday morning", "Tue 1 Dec 08:00-12:00", "Tue 8 Dec 08:00-12:00"),
    ("tuesday afternoon", "tuesday afternoon", "Tue 1 Dec 12:00-17:00", "Tue 8 Dec 12:00-17:00"),
    ("next tuesday", "next tuesday", "Tue 8 Dec", None),
    ("coming tuesday", "coming tuesday", "Tue 1 Dec", "Tue 8 Dec"),
    ("tuesday evening", "tuesday evening", "Tue 1 Dec 17:00-21:00", "Tue 8 Dec 17:00-21:00"),
    ("tues aft", "tues aft", "Tue 1 Dec 12:00-17:00", "Tue 8 Dec 12:00-17:00"),
    ("tuesday next week", "tuesday next week", "Tue 8 Dec", None),
    ("this coming tuesday", "this coming tuesday", "Tue 1 Dec", "Tue 8 Dec"),
    ("tuesday after 5", "tuesday after 5", "after 17:00 on Tue 1 Dec", "after 17:00 on Tue 8 Dec"),
    (
        "tuesday before 10",
        "tuesday before 10",
        "before 10:00 on Tue 8 Dec",
        "before 22:00 on Tue 1 Dec",
    ),
    # a negated day is not in the list and a bound after it is not its
    ("not wed, after 2", "after 2", "after 14:00", None),
    ("any day but friday, after 2 pm", "after 2 pm", "after 14:00", None),
    # a bare weekday after a list of bare weekdays is the nearest of its name
    ("mon aft or tues aft", "tues aft", "Tue 1 Dec 12:00-17:00", "Tue 8 Dec 12:00-17:00"),
    ("monday or tuesday", "tuesday", "Tue 1 Dec", "Tue 8 Dec"),
    # ... but after an explicitly dated one it is read in that one's week
    ("next tuesday or wednesday", "wednesday", "Wed 9 Dec", "Wed 2 Dec"),
    ("dec 7 or tuesday", "tuesday", "Tue 8 Dec", "Tue 1 Dec"),
    # ... and after a weekday read inside a period, in that period too
    ("next week, tues or thurs", "thurs", "Thu 10 Dec", None),
    ("the week after next: mon, wed or fri", "fri", "Fri 18 Dec", None),
)


# Back-references: (message, mention text, label of its best reading, the text of the
# mention it refers to). Each resolves to the nearest fitting antecedent before it.
BACKREFS: tuple[tuple[str, str, str, str], ...] = (
    (
        "need to move my wed 2pm to thurs, same time if poss",
        "thurs, same time",
        "Thu 3 Dec 14:00-15:00",
        "wed 2pm",
    ),
    (
        "tues the 15th at 11, no sorry the 16th same time",
        "the 16th same time",
        "Wed 16 Dec 11:00-12:00",
        "tues the 15th at 11",
    ),
    (
        "Thursday at 3 is no good, same time friday?",
        "same time friday",
        "Fri 4 Dec 15:00-16:00",
        "Thursday at 3 is no good",
    ),
    (
        "can i move tmrw 5pm to wed, same time-ish",
        "wed, same time-ish",
        "Wed 2 Dec 16:30-17:30",
        "tmrw 5pm",
    ),
    (
        "I had Saturday 10am, could we do the following Saturday at the same time?",
        "the following Saturday at the same time",
        "Sat 12 Dec 10:00-11:00",
        "Saturday 10am",
    ),
    (
        "moving my thurs 9am to next tues, same time",
        "next tues, same time",
        "Tue 8 Dec 09:00-10:00",
        "thurs 9am",
    ),
    (
        "my surgery is on the 2nd, so the day before please",
        "the day before",
        "Tue 1 Dec",
        "on the 2nd",
    ),
    ("the 10th is booked up? then the day after", "the day after", "Fri 11 Dec", "the 10th"),
    ("if the 14th is full, the day after that", "the day after that", "Tue 15 Dec", "the 14th"),
    (
        "Monday is no good, later that week is fine",
        "later that week",
        "Tue 8 Dec - Sun 13 Dec",
        "Monday is no good",
    ),
    (
        "Thursday the 10th is out, earlier that week works",
        "earlier that week",
        "Mon 7 Dec - Wed 9 Dec",
        "Thursday the 10th is out",
    ),
    (
        "Thursday is out. The Tuesday after that works",
        "The Tuesday after that",
        "Tue 8 Dec",
        "Thursday is out",
    ),
    (
        "the 18th is my birthday, the friday before would be great",
        "the friday before",
        "Fri 11 Dec",
        "the 18th",
    ),
    (
        "the week of the 14th is bad, the week after works",
        "the week after",
        "Mon 21 Dec - Sun 27 Dec",
        "the week of the 14th is bad",
    ),
    (
        "Could I get in on the 19th? Oh wait no, Im flying that day.",
        "that day",
        "Sat 19 Dec",
        "on the 19th",
    ),
    (
        "I am free Monday. Can I come in that day after 3?",
        "that day after 3",
        "after 15:00 on Mon 7 Dec",
        "Monday",
    ),
    (
        "Friday the 18th at 4 doesnt work. Could we make it 6 on the same day instead?",
        "6 on the same day",
        "Fri 18 Dec 18:00-19:00",
        "Friday the 18th at 4 doesnt work",
    ),
    (
        "my appt on the 8th at 3 needs to move. earlier that day if possible",
        "earlier that day",
        "before 15:00 on Tue 8 Dec",
        "on the 8th at 3",
    ),
    (
        "wed at 10 works, or later that day",
        "later that day",
        "after 10:00 on Wed 2 Dec",
        "wed at 10",
    ),
    (
        "Tomorrow, but football is 10 till 12 so it would have to be after that",
        "after that",
        "after 12:00 on Wed 2 Dec",
        "10 till 12",
    ),
    (
        "tmrw 7pm, reyes. no later than that",
        "no later than that",
        "before 19:00 on Wed 2 Dec",
        "tmrw 7pm",
    ),
    (
        "Wednesday works. Actually not the morning, I have a meeting, so after that",
        "after that",
        "after 12:00 on Wed 2 Dec",
        "morning",
    ),
    (
        "She has piano from 4 to 5 on Wednesday, so anything after that",
        "after that",
        "after 17:00 on Wed 2 Dec",
        "from 4 to 5 on Wednesday",
    ),
    (
        "I can do Monday at the latest, nothing after that",
        "nothing after that",
        "by Mon 7 Dec",
        "Monday at the latest",
    ),
    (
        "on the 24th she is busy until 5, so not before then",
        "not before then",
        "after 17:00 on Thu 24 Dec",
        "busy until 5",
    ),
    (
        "school until 3 and football until 5 on monday, so any time after that",
        "after that",
        "after 17:00",
        "until 5 on monday",
    ),
)


# Words grounding sets aside (`aside.unread`): (text, ((words, reason), ...)).
UNREAD: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    # wishes for the earliest time: the ranking serves them (a mention of the whole
    # horizon was tried; the intent model read "asap" as an exclusion 3 times in 8)
    ("asap", (("asap", "soonest"),)),
    ("ASAP pls", (("ASAP", "soonest"),)),
    ("as soon as possible", (("as soon as possible", "soonest"),)),
    ("as soon as poss", (("as soon as poss", "soonest"),)),
    ("as soon as you can", (("as soon as you can", "soonest"),)),
    ("first available", (("first available", "soonest"),)),
    ("first available slot", (("first available slot", "soonest"),)),
    ("the earliest available appointment", (("the earliest available appointment", "soonest"),)),
    ("next available", (("next available", "soonest"),)),
    ("whats the earliest", (("the earliest", "soonest"),)),
    ("soonest you have", (("soonest you have", "soonest"),)),
    ("whenever is soonest", (("whenever is soonest", "soonest"),)),
    ("whatever's next", (("whatever's next", "soonest"),)),
    ("the sooner the better", (("the sooner the better", "soonest"),)),
    ("as early as possible", (("as early as possible", "soonest"),)),
    ("how soon can you fit me in", (("how soon", "soonest"),)),
    ("the first thing available", (("the first thing available", "soonest"),)),
    ("next opening", (("next opening", "soonest"),)),
    ("any1 free rn", (("rn", "soonest"),)),
    ("yo can i get in rn", (("rn", "soonest"),)),
    # greetings
    ("Good morning! Is Dr. Lindqvist free this Saturday?", (("morning", "greeting"),)),
    ("Good evening, I would like to see Priya.", (("evening", "greeting"),)),
    ("good afternoon all, any slots tmrw", (("afternoon", "greeting"),)),
    # back-references with nothing before them
    ("same time next week please", (("same time", "no_antecedent"),)),
    ("can i come that day after 3", (("that day", "no_antecedent"),)),
    # weak words with no context
    ("I sat down", (("sat", "needs_context"),)),
)


# The same words, not times.
NEGATIVE: tuple[str, ...] = (
    "I sat down",
    "we sat or stood the whole time",
    "the sun is out",
    "I sat? no I stood",
    "she sat there for ages",
    "out in the sun",
    "they sat us at table 12",
    "wed like to book a table",
    "it costs 3.50",
    "only half one of them works",
    "the first thing I need to know",
    "at your earliest convenience",
    "I'd like it cut by half",
)
