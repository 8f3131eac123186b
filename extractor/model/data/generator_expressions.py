"""What the generator writes for a time, a provider and a length, drawn at random.

Dates and weekdays ("thurs", "the 3rd of march", "next Friday"), clock times ("half 4",
"3ish"), parts of the day, bounds ("not after 3pm"), provider names ("Dr. Okafor", "Priya"),
"whoever is free", and lengths ("an hour and a half"). `generator.py` re-exports these.
"""

from __future__ import annotations

import random

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_ABBR = {
    "monday": ["mon"],
    "tuesday": ["tue", "tues"],
    "wednesday": ["wed", "weds"],
    "thursday": ["thu", "thurs"],
    "friday": ["fri"],
    "saturday": ["sat"],
    "sunday": ["sun"],
}
MONTHS = [
    "jan",
    "feb",
    "march",
    "april",
    "may",
    "june",
    "july",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "January",
    "February",
    "October",
    "November",
    "December",
]
PARTS = ["morning", "afternoon", "evening", "lunchtime", "night"]


def _day(r: random.Random) -> str:
    d = r.choice(DAYS)
    x = r.random()
    if x < 0.45:
        w = d.capitalize() if r.random() < 0.6 else d
    elif x < 0.6:
        w = r.choice(DAY_ABBR[d])
    elif x < 0.75:
        w = r.choice(["next ", "this ", "this coming ", "Next "]) + d.capitalize()
    elif x < 0.85:
        w = r.choice(["tomorrow", "tmrw", "the day after tomorrow", "today", "Tomorrow"])
    else:
        n = r.randint(1, 28)
        suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        w = r.choice(
            [
                f"the {n}{suf}",
                f"{r.choice(MONTHS)} {n}",
                f"{r.choice(MONTHS)} {n}{suf}",
                f"{n}/{r.randint(1, 12)}",
                f"the {n}{suf} of {r.choice(MONTHS)}",
            ]
        )
    return w


def _clock(r: random.Random) -> str:
    h = r.randint(1, 12)
    x = r.random()
    if x < 0.3:
        return f"{h}{r.choice(['pm', 'am', ' pm', ' am', 'PM', 'p.m.'])}"
    if x < 0.5:
        return f"{h}:{r.choice(['00', '15', '30', '45'])}{r.choice(['', 'pm', ' am', ' pm'])}"
    if x < 0.6:
        return r.choice(["noon", "midday", "lunch", "12", "half 4", "quarter past 10"])
    if x < 0.75:
        return f"{h} o'clock" if r.random() < 0.5 else f"{h}ish"
    return str(h)


def _part(r: random.Random) -> str:
    p = r.choice(PARTS)
    return (
        r.choice([p, f"the {p}", f"in the {p}", f"early {p}", f"late {p}", "first thing"])
        if p != "night"
        else r.choice(["tonight", "at night"])
    )


def _bound(r: random.Random) -> tuple[str, bool]:
    """(text, flipped): flipped is True for 'not after 3pm' (negation inside the span)."""
    c = _clock(r)
    x = r.random()
    if x < 0.25:
        return f"after {c}", False
    if x < 0.45:
        return f"before {c}", False
    if x < 0.55:
        return f"by {c}", False
    if x < 0.7:
        return f"between {r.randint(8, 11)} and {r.randint(1, 5)}", False
    if x < 0.8:
        return f"from {r.randint(8, 11)} to {r.randint(12, 16) - 12 or 12}", False
    if x < 0.9:
        return f"not {r.choice(['after', 'before'])} {c}", True
    return f"no later than {c}", False


def time_expr(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        return _day(r)
    if x < 0.55:
        return f"{_day(r)} {r.choice(PARTS[:3])}"
    if x < 0.75:
        return f"{_day(r)} {r.choice(['at ', '@ ', '', 'around '])}{_clock(r)}"
    if x < 0.83:
        return f"{_clock(r)} on {_day(r)}"
    if x < 0.9:
        return _part(r)
    if x < 0.95:
        return r.choice(
            [
                "next week",
                "this weekend",
                "the weekend",
                "early next week",
                "end of the week",
                "later this week",
                "next month",
                "any weekday",
                "any afternoon this week",
                "any evening",
                "mornings",
                "afternoons",
                "a weekday",
                "late in the day",
                "the second week of March",
                "the week of the 6th",
                "sometime next week",
                "the rest of next week",
                "any day this week",
            ]
        )
    return f"at {_clock(r)}"


FIRST_NAMES = [
    "Smith",
    "Patel",
    "Lee",
    "Garcia",
    "Nguyen",
    "Kowalski",
    "Okafor",
    "Brown",
    "Rossi",
    "Haddad",
    "Kim",
    "Murphy",
    "Silva",
    "Cohen",
    "Jensen",
    "Ito",
]
GIVEN = ["Sarah", "Mike", "Ana", "Tom", "Priya", "Jess", "Omar", "Lucy", "Dan", "Mei", "Chris"]


def resource_expr(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return f"{r.choice(['Dr. ', 'Dr ', 'dr ', 'Doctor ', 'dr. '])}{r.choice(FIRST_NAMES)}"
    if x < 0.85:
        return r.choice(GIVEN)
    return f"{r.choice(GIVEN)} {r.choice(FIRST_NAMES)}"


ANYONE = [
    "whoever is free",
    "anyone",
    "whoever's available",
    "any doctor",
    "anybody",
    "any of the nurses",
    "any of the stylists",
    "any of the doctors",
    "whoever",
    "whoever has time",
    "any stylist",
    "whichever dentist",
]


def duration_expr(r: random.Random) -> str:
    return r.choice(
        [
            "30 minutes",
            "an hour",
            "a full hour",
            "45 min",
            "half an hour",
            "90 minutes",
            "two hours",
            "1 hr",
            "20 mins",
            "an hour and a half",
            "15 minutes",
            "one hour",
            "half hour",
            "45 minute",
        ]
    )
