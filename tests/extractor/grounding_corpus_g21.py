"""The G21 corpus: the wish for the earliest slot in more of the ways people say it, and
the week a message names read over the weekdays it rules out.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`), so
that "next week" and the nearest weekday are different days.
"""

from __future__ import annotations

# A wish for the earliest opening, set aside as `soonest`. Each row: a message and the
# words set aside. ("Thursday or Friday, whichever's free first" chooses among its own
# options: `grounding_corpus_order35.EARLIEST_OF`.)
SOONEST_SAID: tuple[tuple[str, str], ...] = (
    ("whats the earliest you could get someone out next week?", "the earliest"),
    ("When is the soonest I can get a 2 hour lesson with Nadia?", "the soonest"),
    ("what's the soonest you can take my truck in", "the soonest"),
    ("Saturday morning, earliest he's got.", "earliest he's got"),
    ("any day next week, earliest you've got", "earliest you've got"),
    ("first one you have with Dr Ito please", "first one you have"),
    ("Evenings after work or Saturday. First one going with Ollie please.", "First one going"),
    ("after 3:30 on Thursday or Friday?? first one that's free", "first one that's free"),
    ("any wed, first one open", "first one open"),
    ("can you move my van booking to this week, earliest you can", "earliest you can"),
    ("anything this arvo with either doctor? whoever's first", "whoever's first"),
    ("Dr. Singh or Dr. Moreau — whoever can see me first.", "whoever can see me first"),
    ("need Haddad for an hour on the first day he is free next week", "the first day he is free"),
    ("Clarke's not in Fridays, so the nearest day they are in?", "the nearest day they are in"),
    ("Today, as soon as humanly possible.", "as soon as humanly possible"),
    ("passport renewal soon as - today if you can", "soon as"),
    (
        "Evenings only really, we both work til 5. Sooner rather than later",
        "Sooner rather than later",
    ),
    ("I can only do 3:30 onwards. Any weekday. Sooner better", "Sooner better"),
    (
        "an appointment to renew my licence at your earliest convenience",
        "at your earliest convenience",
    ),
    (
        "I am unavailable on Tuesdays. The earliest convenient date, please.",
        "The earliest convenient date",
    ),
    ("Frozen pipe, heard a pop. Can u come right away", "right away"),
    ("locked out, can someone come straight away?", "straight away"),
    ("need a room now-ish for 30 min", "now-ish"),
    ("my tap is spraying everywhere, someone right away pls", "right away"),
    ("first avail in jan", "first avail"),
    ("whats your first appointment on monday", "first appointment"),
    ("Looking for the first available Saturday appt for my son", "the first available"),
    ("pls book him in for the first available slot on a sunday", "the first available slot"),
)
# Not a wish for the earliest: a bound said with "earliest", the first of a list, need
# said urgent (writers mark "urgent" as a time in 11 of some 40 such messages).
NOT_SOONEST: tuple[str, ...] = (
    "the earliest I can do is 5",
    "6pm is the earliest I can drop him.",
    "the earliest he can do is wednesday",
    "any thursday except the first one with singh",
    "it's urgent, my filling fell out",
    "URGENT closing is tomorrow morning",
    "whoever's free on friday",
    "the first day I'm back is Monday",
    "she was the first one there",
    "the wrist piece with whoever's free first thing Saturday",
    # the customer's own first visit (conv22: some 30 writers' messages say it, none
    # marks it as a wish for the earliest)
    "ok 30 mins is plenty for first time",
    "we're bringing him in for the first time on saturday",
    "hi, after a first appointment sometime next week, evenings ideally",
    "can I get a first session with Dr Ruiz, not mornings",
    "it's my first time, do I need to bring anything",
    "what do we need to bring for a first visit",
)
# Weekdays ruled out, or listed with spaces only, read in the one week the message asks
# for, said before it or after it. Each row: message, the weekday's words, its date.
WEEK_SAID_LATER: tuple[tuple[str, str, str], ...] = (
    ("not boone. not monday. not before 10. otherwise anytime next week", "monday", "11-30"),
    ("any time next week after 3 except monday", "monday", "11-30"),
    (
        "morning only, but not Monday or Wednesday. Early next week if possible.",
        "Wednesday",
        "12-02",
    ),
    ("morning only, but not Monday or Wednesday. Early next week if possible.", "Monday", "11-30"),
    ("cant do tuesday. anything next week", "tuesday", "12-01"),
    ("Not Wednesday, I'm at my mum's. Next week any afternoon?", "Wednesday", "12-02"),
    ("next week please, after lunch, but not thursday", "thursday", "12-03"),
    ("sometime next week works, just not tues", "tues", "12-01"),
    ("I'd like the week after next, not the Monday though", "Monday", "12-07"),
    ("not friday pls, the week after next is best", "friday", "12-11"),
    ("tues wed or thurs next week anytime after 1", "tues", "12-01"),
    ("mon tue or wed next week", "mon", "11-30"),
    ("can't do mon tue or wed, any other day next week with Noor?", "tue", "12-01"),
    ("can't do mon tue or wed, any other day next week with Noor?", "wed", "12-02"),
    ("not on Tuesday. next week in the evening?", "Tuesday", "12-01"),
    ("next week but not Monday morning, I've the school run", "Monday morning", "11-30"),
)
# ... and where the message names a day of its own, or the weekday may be the booking
# moved, the weekday keeps its nearest reading. Each row: message, words, date.
WEEK_NOT_SHARED: tuple[tuple[str, str, str], ...] = (
    ("need to rebook my thurs drop off, any time next week after 3", "thurs", "11-26"),
    ("not this week. wednesday would suit, or next week", "wednesday", "11-25"),
    ("move my Tuesday appointment to next week", "Tuesday", "11-24"),
    ("not Friday the 27th, next week is better", "Friday the 27th", "11-27"),
    ("wed and thurs are out. this week or next week?", "thurs are out", "11-26"),
)
# "that week" after a week said before it: the weekday said with it is that week's day,
# not the nearest one's week ("Can't do Mon, Tue or Wed next week. Thursday morning that
# week?"). Each row: message, the weekday's words, its date.
WEEKDAY_THAT_WEEK: tuple[tuple[str, str, str], ...] = (
    (
        "Can't do Mon, Tue or Wed next week. Thursday morning that week?",
        "Thursday morning that week",
        "12-03",
    ),
    ("next week is busy, any chance of thursday that week", "thursday that week", "12-03"),
    ("week after next works. friday that week?", "friday that week", "12-11"),
    (
        "cant do next week mon or tue. wednesday afternoon that week?",
        "wednesday afternoon that week",
        "12-02",
    ),
    (
        "We're away next week, back Wednesday. Could we do Thursday that week?",
        "Thursday that week",
        "12-03",
    ),
    ("the week after next suits, ideally the Tuesday that week", "Tuesday that week", "12-08"),
    ("I'm off next week. Monday that week would be best", "Monday that week", "11-30"),
    ("next week please. is tuesday that week free at all?", "tuesday that week", "12-01"),
    (
        "Some time next week, but Friday that week is my daughter's party",
        "Friday that week",
        "12-04",
    ),
    (
        "Next week I'm on lates, so Wednesday morning that same week?",
        "Wednesday morning that same week",
        "12-02",
    ),
    ("next week? monday that week pls", "monday that week", "11-30"),
    (
        "the week after next, say thurs that week in the afternoon",
        "thurs that week in the afternoon",
        "12-10",
    ),
    (
        "can't do this week. next week, and saturday that week ideally",
        "saturday that week",
        "12-05",
    ),
    ("I need something next week. Sunday of that week if you open", "Sunday", "12-06"),
    ("next week's good. Thursday that week, after 2?", "Thursday that week", "12-03"),
)
