"""Musts said apart that share no moment are options of one list (`options_said_apart`),
and a bare weekday said beside a dated day of that weekday is that day
(`name_the_dated_day`). Reference: Monday 23 Nov 2026, 09:00 New York; open every day
08:00-20:00 but Sundays.

Each row: message, {candidate text: label} for the candidates not simply required
(hard), and the days (MM-DD) every proposal must lie on, or None for a question.
A label is "exclude", "context", "soft" (prefer, soft), "retracted", "choice1" or
"choice2" (ranked options, soft).
"""

from __future__ import annotations

# Options said in separate sentences or clauses, each a hard require (the writers'
# convention for unordered options): either will do.
SAID_APART: tuple[tuple[str, dict[str, str], tuple[str, ...] | None], ...] = (
    ("my sister says the 1st, I say the 2nd, whichever you've got", {}, ("12-01", "12-02")),
    ("can you do thurs am? fri am also fine", {}, ("11-26", "11-27")),
    ("I'm free Monday 30th all day. Wednesday 2nd works as well", {}, ("11-30", "12-02")),
    ("Is the 1st open in the afternoon? Or the 3rd?", {}, ("12-01", "12-03")),
    ("Tuesday 1st works. So does Thursday 3rd.", {}, ("12-01", "12-03")),
    ("we could come Wed the 25th. we could also come Fri the 27th", {}, ("11-25", "11-27")),
    ("Saturday morning suits. Friday morning suits as well, mind.", {}, ("11-27", "11-28")),
    (
        "the 4th at 10 would be grand. the 7th at 10 would be grand too",
        {},
        ("12-04", "12-07"),
    ),
    ("My wife wants Thursday, I want Friday. Flip a coin and book us in", {}, ("11-26", "11-27")),
    ("tmrw arvo? thurs arvo is ok too", {}, ("11-24", "11-26")),
    ("Kindly book on 1st December. 3rd December is also fine for me.", {}, ("12-01", "12-03")),
    ("any chance of the 8th? the 10th could work too", {}, ("12-08", "12-10")),
    ("Wednesday 2nd 3pm suits me. Friday 4th 3pm suits me equally", {}, ("12-02", "12-04")),
    (
        "I need two sessions: one on Tue 1st in the morning and one the following Thursday",
        {},
        ("12-01", "12-03"),
    ),
    ("she can do the 9th. he can do the 11th. we'll take either", {}, ("12-09", "12-11")),
)

# Not options: what stays as it was.
NOT_OPTIONS: tuple[tuple[str, dict[str, str], tuple[str, ...] | None], ...] = (
    # one that overlaps the other narrows it
    ("Friday 27th, in the afternoon please", {}, ("11-27",)),
    # a retracted wish is not an option
    ("Monday 30th... no wait, Tuesday 1st", {"Monday 30th": "retracted"}, ("12-01",)),
    # ranked options stay ranked (a first choice and its fallback)
    (
        "Monday 30th ideally, otherwise Tuesday 1st",
        {"Monday 30th": "choice1", "Tuesday 1st": "choice2"},
        ("11-30",),
    ),
    # a clock or part of every day is no day of its own: the conflict stays a question
    ("mornings only. at 2:30?", {}, None),
    # a day ruled out is no option
    ("not the 1st. the 2nd then", {"the 1st": "exclude"}, ("12-02",)),
    # a past visit is context
    ("I came in on the 20th, can I come back the 2nd?", {"the 20th": "context"}, ("12-02",)),
    # "the one after next" says which Monday, it is no second choice
    ("monday. the one after next", {}, None),
    # ranked options keep their own days: the first choice comes first
    (
        "Saturday the 5th? Or even better, this Saturday",
        {"Saturday the 5th": "choice2", "this Saturday": "choice1"},
        ("11-28",),
    ),
    (
        "friday if it's not raining, otherwise the friday after",
        {"friday if": "choice1", "the friday after": "choice2"},
        ("11-27",),
    ),
)

# A bare weekday said beside dated days of that weekday is one of them.
DATED_DAY: tuple[tuple[str, dict[str, str], tuple[str, ...] | None], ...] = (
    ("Has to be a Saturday as I work weekdays. Dec 5 or 12, whichever", {}, ("12-05", "12-12")),
    ("Could you see me Tuesday? the 8th I mean", {}, ("12-08",)),
    (
        "Saturday the 12th if possible. It has to be the Saturday, we both work",
        {},
        ("12-12",),
    ),
    ("thursday works for me - thursday the 10th that is", {}, ("12-10",)),
    ("Can I come Friday? Friday 4th, I mean, not this week", {"this week": "context"}, ("12-04",)),
    ("Wednesday, I reckon. The 9th suits best", {}, ("12-09",)),
    ("Saturday is my only day off - the 5th", {}, ("12-05",)),
    ("I'd like Monday. Monday the 7th, to be precise.", {}, ("12-07",)),
    ("on Tuesday... I think that's the 1st", {}, ("12-01",)),
    ("Fri - the 11th - any time", {}, ("12-11",)),
    # the dated day may be a wish said from another
    (
        "I'm free only Wednesday, but the 2nd I have an exam, so the next after",
        {"the 2nd": "exclude", "the next after": "soft"},
        ("12-09",),
    ),
)
