"""A generated corpus for what no public dataset labels: hedges, firm cues, retractions,
exclusions, fallbacks, distractor times, refinements, reschedules and cancellations.

Every example is built piece by piece, so each candidate's span is known exactly; the
model never sees the grounding layer's code. Templates are grouped into *phrasing
families* and every family has held-out templates (and cue words) that only the
`heldout` split uses, so the evaluation measures generalisation to phrasings the model
never saw.

Labelling conventions (also in docs/model_card_0.2.md):

- plain mention ("Tuesday at 3") and firm cue ("it has to be", "only") -> require, hard
- hedge ("maybe", "ideally", "if possible") -> prefer, soft
- exclusion ("not", "can't do", "except") -> exclude, hard; a hedged one ("I'd rather
  not") -> exclude, soft
- retraction ("no wait", "scratch that"): the withdrawn candidate keeps its kind and is
  `retracted`; when the user says they cannot do it, it is exclude, hard, `retracted`
- fallback ("A, otherwise B"): both prefer, soft (the first weighted higher downstream)
- the user's own event ("my recital is Tuesday evening") -> exclude, hard
- reschedule: the old slot -> exclude, hard, retracted; the new one as phrased
- cancel: the slot being cancelled -> exclude, hard, retracted
- "whoever is free" -> prefer, soft; a named resource -> require, hard
- a time-of-day or bound that narrows an earlier day in the same clause `modifies` it
- "not after 3pm" with the negation inside the span: the bound is flipped by grounding,
  so -> require, hard (the contract's example)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

# ----------------------------------------------------------------------------- lexicon

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


# ----------------------------------------------------------------------------- templates
# "{a}" / "{b}" are the candidates of a clause. A template ending in "*" is held out:
# only the `heldout` split uses it. Labels: (kind, strength, retracted) per slot;
# "mod": slot b modifies slot a.

L = dict  # a label as a dict: kind, strength, retracted, modifies


def _t(kind: str, strength: str, retracted: bool = False) -> dict[str, Any]:
    return {"kind": kind, "strength": strength, "retracted": retracted}


REQ, PREF, EXC, EXCS = (
    _t("require", "hard"),
    _t("prefer", "soft"),
    _t("exclude", "hard"),
    _t("exclude", "soft"),
)
RETR = _t("require", "hard", True)
RETR_P = _t("prefer", "soft", True)
GONE = _t("exclude", "hard", True)


@dataclass(frozen=True)
class Family:
    name: str
    templates: tuple[str, ...]
    labels: tuple[dict[str, Any] | None, ...]  # one per slot, in slot order a, b
    modifies: bool = False  # slot b narrows slot a


FAMILIES: list[Family] = [
    Family(
        "plain",
        (
            "{a}",
            "on {a}",
            "{a} works for me",
            "{a} is good",
            "{a} would work",
            "can i come {a}",
            "i can do {a}",
            "{a} please",
            "how about {a}",
            "i'm free {a}",
            "what about {a}",
            "{a} suits",
            "let's do {a}",
            "can we do {a}",
            "i could do {a}",
            "do {a}",
            "book {a}",
            "book me {a}",
            "we're free {a}",
            "i'll be home {a}",
            "i'm off {a}",
            "{a} is my day off",
            "{a} then",
            "{a}, same time",
            "can i nip in {a}",
            "is {a} ok",
            "{a} is good for me",
            "{a} suits me",
            "looking for {a}",
            "i want to come in {a}",
            "sometime {a}",
            "{a} any time",
            "i'm around {a}*",
            "{a} is fine by me*",
            "put me down for {a}*",
            "any chance of {a}*",
            "{a} is doable*",
        ),
        (REQ,),
    ),
    Family(
        "firm",
        (
            "it has to be {a}",
            "{a} only",
            "only {a}",
            "must be {a}",
            "it needs to be {a}",
            "{a}, nothing else works",
            "{a} is the only time i can do",
            "i can only do {a}",
            "strictly {a}",
            "{a} at the latest",
            "it must be {a}",
            "i absolutely need {a}",
            "{a} is the one day i have free",
            "{a} is the only day i can do",
            "it's gotta be {a}",
            "{a} definitely",
            "needs to be {a}",
            "{a} is a must",
            "i can only make {a}",
            "{a} is non-negotiable*",
            "no other option than {a}*",
            "{a} is my one and only option*",
            "has got to be {a}*",
            "i need it {a} without fail*",
            "{a} or nothing*",
        ),
        (REQ,),
    ),
    Family(
        "hedge",
        (
            "maybe {a}",
            "ideally {a}",
            "{a} would be great",
            "{a} if possible",
            "preferably {a}",
            "{a} would be nice",
            "{a} ideally",
            "i'd prefer {a}",
            "if you can, {a}",
            "{a} would be ideal",
            "{a} is best for me but i'm flexible",
            "i'd like {a} if there's room",
            "maybe {a}?",
            "{a} works best",
            "possibly {a}",
            "{a} would be lovely",
            "around {a}",
            "{a} or so",
            "{a} preferred",
            "{a} at a push",
            "{a} is better for me but i can be flexible",
            "{a} suits me better",
            "i'd lean toward {a}",
            "would {a} be possible?",
            "is {a} possible?",
            "{a} would be amazing",
            "{a} if you've got one",
            "{a} if you have it",
            "{a} for preference",
            "{a} by preference",
            "{a} if at all possible",
            "i'd rather {a}",
            "say {a}?",
            "{a} maybe",
            "{a} if poss",
            "perhaps {a}*",
            "hopefully {a}*",
            "{a} would suit me*",
            "{a} if it's free*",
            "{a}-ish would be cool*",
            "fingers crossed for {a}*",
            "{a} if that's doable*",
            "i was kinda hoping for {a}*",
        ),
        (PREF,),
    ),
    Family(
        "exclude",
        (
            "not {a}",
            "i can't do {a}",
            "except {a}",
            "{a} doesn't work",
            "anything but {a}",
            "{a} is out",
            "no {a}",
            "i'm busy {a}",
            "{a} is no good",
            "i can't make {a}",
            "{a} won't work for me",
            "i'm not available {a}",
            "avoid {a}",
            "not on {a}",
            "{a} is a no from me",
            "{a} is a no",
            "it really can't be {a}",
            "it can't be {a}",
            "can't do {a}",
            "cant do {a}",
            "{a} is too early",
            "{a} is too late",
            "{a} is too late for me",
            "any day apart from {a}",
            "apart from {a}",
            "other than {a}",
            "anything other than {a}",
            "any other day than {a}",
            "{a} are out",
            "{a} is out for me",
            "{a} doesn't work for me",
            "{a} doesnt work for me",
            "{a} won't work",
            "i'm away {a}",
            "im away {a}",
            "i'm booked up {a}",
            "booked up {a}",
            "{a} i'm booked solid",
            "not {a} though",
            "just not {a}",
            "{a} no good",
            "don't put me in {a}",
            "{a} is bad for me",
            "{a} is bad",
            "{a} won't happen",
            "no can do {a}",
            "{a} isn't possible",
            "i can't come {a}",
            "i won't be around {a}",
            "i'm unavailable {a}",
            "nothing {a}",
            "{a} doesn't suit",
            "{a} is not an option",
            "{a} is a no-go*",
            "i'm tied up {a}*",
            "{a} is impossible for me*",
            "count me out {a}*",
            "{a} is completely booked for me*",
            "definitely not {a}*",
            "{a} is off the table*",
        ),
        (EXC,),
    ),
    Family(
        "soft_exclude",
        (
            "i'd rather not {a}",
            "preferably not {a}",
            "{a} isn't ideal",
            "i'd prefer to avoid {a}",
            "{a} is not great",
            "ideally not {a}",
            "i'd sooner skip {a}*",
            "{a} is a bit awkward*",
            "{a} isn't my favourite*",
        ),
        (EXCS,),
    ),
    Family(
        "distractor",
        (
            "my recital is {a}",
            "i have a meeting {a}",
            "i'm at work {a}",
            "i pick up the kids {a}",
            "i've got class {a}",
            "my shift is {a}",
            "i have a dentist thing {a}",
            "there's a game {a}",
            "my flight lands {a}",
            "i'm out of town {a}",
            "i've got training {a}",
            "i'm in court {a}",
            "i'm on jury duty {a}",
            "i have the kids {a}",
            "i've got the kids {a}",
            "i'm travelling {a}",
            "we're away {a}",
            "my partner needs the car {a}",
            "school pickup is {a}",
            "i work {a}",
            "{a} i'm at work",
            "i have a call {a}",
            "we're on a trip {a}",
            "i'm on holiday {a}",
            "i finish work {a}",
            "{a} clashes with my shift",
            "{a} i'm in the office",
            "i have physio {a}",
            "the kids have swimming {a}",
            "i'm working {a}",
            "my sister's wedding is {a}*",
            "i've got band practice {a}*",
            "i'm on call {a}*",
            "my exam is {a}*",
        ),
        (EXC,),
    ),
    Family(
        "retract",
        (
            "{a}, no wait, {b}",
            "{a}... actually make it {b}",
            "{a}. scratch that, {b}",
            "{a} - sorry i meant {b}",
            "{a}, no actually {b}",
            "{a}, change that to {b}",
            "{a}, wait no, {b}",
            "{a}. on second thought {b}",
            "{a}. correction: {b}",
            "{a}, let's say {b} instead",
            "{a} hmm actually {b}*",
            "{a}, strike that, {b}*",
            "{a} oops i mean {b}*",
            "{a}. forget that, {b}*",
            "{a}, or rather {b}*",
        ),
        (RETR, REQ),
    ),
    Family(
        "retract_cant",
        (
            "{a} but actually i have meetings all day so maybe {b}",
            "{a}, actually no i can't do that, {b} instead",
            "{a}... actually that won't work, i'm busy, {b} would be better",
            "{a}, oh wait i'm away then, {b}?",
            "{a} - no wait, i have work then, {b} please",
            "{a}, hmm actually i'm booked then so {b}",
            "{a}, ugh actually that's my gym class, {b} maybe*",
            "{a}, on second thought i've got a conflict, so {b}*",
            "{a}, scratch that, i'm travelling, {b}*",
        ),
        (GONE, PREF),
    ),
    Family(
        "retract_cant_firm",
        (
            "{a}. hmm no, i've a meeting then, {b} please",
            "{a}.. oh wait i've got the kids then, {b} instead",
            "{a}, no hold on, {b}",
            "{a}. ah, no, i'm not around then. {b}",
            "{a}... wait, i'm working then, {b} instead",
            "{a}, actually no that clashes with work, make it {b}",
            "{a}. ah no, i've got the dentist then, {b} please",
            "{a} - sorry, forgot i'm busy then, {b}",
            "{a}, no wait that's no good, {b}",
        ),
        (GONE, REQ),
    ),
    Family(
        "fallback",
        (
            "{a}, otherwise {b}",
            "{a}, if not {b}",
            "{a} or failing that {b}",
            "{a}, else {b}",
            "{a}; if that's taken, {b}",
            "{a} and if that doesn't work {b}",
            "{a}, or if not then {b}",
            "{a} as first choice, {b} as a backup",
            "{a}, second choice {b}",
            "{a}, {b} at a push",
            "{a}, with {b} as second option",
            "{a}, {b} otherwise",
            "{a}. if not, {b}",
            "{a} ideally, or {b}",
            "{a} or {b}, easy either way",
            "{a} or {b}, either's fine",
            "{a}, but {b} as a fallback*",
            "{a} and if that's full then {b}*",
            "{a}, plan b would be {b}*",
            "{a}, if no luck then {b}*",
        ),
        (PREF, PREF),
    ),
    Family(
        "refine",
        (
            "{a}, ideally {b}",
            "{a} but not {b}",
            "{a}, sometime {b}",
            "{a}, preferably {b}",
            "{a} {b}",
            "{a}, {b} if possible",
            "{a} but only {b}",
            "{a} anytime {b}",
            "{a}, {b} preferred",
            "{a}, {b} would be best",
            "{a}, say {b}",
            "{a}, around {b}",
            "{a} but {b} is out",
            "{a}, just not {b}",
            "{a}, not {b} though",
            "{a}, anything but {b}",
            "{a} but {b} is too early",
            "{a}, only {b}",
            "{a}, has to be {b}",
            "{a}, maybe {b}*",
            "{a}, hopefully {b}*",
            "{a} as long as it's {b}*",
        ),
        (REQ, None),
        modifies=True,
    ),  # b's label depends on the cue: see _refine_label
    Family(
        "either",
        (
            "{a} or {b}",
            "{a} or {b} works",
            "either {a} or {b}",
            "{a} or {b} is fine",
            "{a}/{b}",
            "{a} or maybe {b}",
            "{a} or {b}, whichever*",
            "{a} or else {b} would do*",
        ),
        (REQ, REQ),
    ),
]
_FAMILY = {f.name: f for f in FAMILIES}

RESOURCE_CLAUSES: list[tuple[str, dict[str, Any], str]] = [
    ("with {r}", REQ, "named"),
    ("i need to see {r}", REQ, "named"),
    ("{r} please", REQ, "named"),
    ("it has to be {r}", REQ, "named"),
    ("only {r}", REQ, "named"),
    ("i want {r}", REQ, "named"),
    ("ideally with {r}", PREF, "named"),
    ("{r} if possible", PREF, "named"),
    ("preferably {r}", PREF, "named"),
    ("{r} would be nice", PREF, "named"),
    ("hopefully {r}*", PREF, "named"),
    ("{r} if they're free*", PREF, "named"),
    ("not {r}", EXC, "named"),
    ("anyone but {r}", EXC, "named"),
    ("i don't want {r}", EXC, "named"),
    ("please not {r}", EXC, "named"),
    ("no {r}", EXC, "named"),
    ("anyone except {r}*", EXC, "named"),
    ("i'd like to avoid {r}*", EXCS, "named"),
    ("not with {r}", EXC, "named"),
    ("just not {r}", EXC, "named"),
    ("{r} is a no", EXC, "named"),
    ("anybody other than {r}", EXC, "named"),
    ("i'd rather not see {r}", EXCS, "named"),
    ("{r} ideally", PREF, "named"),
    ("i always see {r}", REQ, "named"),
    ("with {r} please", REQ, "named"),
    ("{r} only", REQ, "named"),
    ("with {any}", PREF, "any"),
    ("{any} is fine", PREF, "any"),
    ("{any} works", PREF, "any"),
    ("i don't mind who, {any}", PREF, "any"),
    ("{any} is good*", PREF, "any"),
]

DURATION_CLAUSES: list[tuple[str, dict[str, Any]]] = [
    ("for {d}", REQ),
    ("it'll take {d}", REQ),
    ("i need {d}", REQ),
    ("{d} long", REQ),
    ("at least {d}", REQ),
    ("about {d}", PREF),
    ("maybe {d}", PREF),
    ("ideally {d}", PREF),
    ("{d} should do*", REQ),
    ("roughly {d}*", PREF),
    ("a {d} appointment", REQ),
    ("{d}, more or less", PREF),
    ("{d} or so", PREF),
    ("we need {d}", REQ),
    ("it's a {d} job", REQ),
]

OPENERS: dict[str, list[str]] = {
    "book": [
        "I'd like to book an appointment",
        "can I book in",
        "hi, need an appointment",
        "I want to schedule a cleaning",
        "could you fit me in",
        "looking to book a haircut",
        "need a table for 4",
        "book me in please",
        "Hi! I'd like to make a reservation",
        "hello, can i get a slot",
        "I need to come in for a checkup",
        "can we set up a meeting",
        "I'd like to see someone",
        "booking request:",
        "hey can i get an appt",
        "I need a massage",
        "could I reserve a table",
        "Hi there, I want to book a consultation",
        "can you squeeze me in*",
        "pencil me in*",
        "i'd love to grab a spot*",
        "sign me up for a session*",
        "put me on the schedule*",
        "after a quick fringe trim",
        "Need a haircut",
        "table for 3",
        "Table for two please",
        "i'm after a facial",
        "need an appointment for my dad",
        "appointment for my son please",
        "set up a call with me",
        "please schedule my yearly service",
        "can we get lunch for 5",
        "a table for eight please",
        "need to bring the cat in",
        "my back needs looking at",
        "after a scale and polish",
        "need my boiler serviced",
        "eye test please",
        "hi, need my eyes tested",
        "can you stick me in",
        "want to come in",
        "hi i need a dentist",
        "car needs a service",
        "hiya, after a slot",
        "Hi, I'm hoping to get in",
        "quick one - need a slot",
        "can I grab an appointment",
        "after a consultation",
        "my daughter is due a check up",
        "I'd like to get my nails done",
        "can i get a table",
        "can I see a nurse",
        "i need a physio session",
    ],
    "availability": [
        "do you have anything",
        "any openings",
        "what times are available",
        "is there availability",
        "when are you free",
        "are there any slots",
        "do you have availability",
        "what's open",
        "is anything free",
        "got any free slots",
        "any room in the schedule*",
        "what does your calendar look like*",
        "can you tell me what's free*",
        "room for a party of five",
        "got any tables free",
        "any cancellations",
        "any last-minute cancellations going",
        "any gaps",
        "anything sooner",
        "what's free",
        "have you got anything",
        "what have you got",
        "anything going",
        "do you have space",
        "what slots are left",
        "is there space",
        "are you open",
        "how busy are you",
        "any spaces left",
        "can you check what's available",
    ],
}
SEE_OPENERS = [
    "I need to see {r}",
    "I'd like to see {r}",
    "can I see {r}",
    "I want to see {r}",
    "need to see {r}",
    "could I get in with {r}",
    "could you get me in with {r}?",
    "book me with {r}",
    "can i get {r}",
    "i'd like an appointment with {r}",
    "Is {r} available",
    "see {r}",
    "i usually see {r}",
]
CLOSERS = [
    "",
    "",
    "",
    " thanks",
    " thank you!",
    " cheers",
    " pls",
    " thx",
    ". Thanks!",
    "!",
    "?",
    " :)",
    ". thank u",
    " ty",
    " appreciate it",
]
JOINERS = [", ", ". ", " and ", " but ", "; ", " - ", ", also ", " ", ". Also ", " & "]

RESCHEDULE: list[tuple[str, dict[str, Any]]] = [
    ("I need to move my {a} appointment to {b}", REQ),
    ("can we push my {a} booking to {b}", REQ),
    ("please reschedule me from {a} to {b}", REQ),
    ("I booked {a} but need to change it to {b}", REQ),
    ("can't make my {a} slot anymore, could we do {b} instead", REQ),
    ("could you shift my {a} appt to {b}", REQ),
    ("move {a} to {b} please", REQ),
    ("i have an appointment {a}, can we reschedule to {b}", REQ),
    ("can i change my booking from {a} to maybe {b}", PREF),
    ("need to reschedule {a}, ideally to {b}", PREF),
    ("my {a} appointment needs to become {b}*", REQ),
    ("swap my {a} slot for {b}*", REQ),
    ("bump my {a} session to {b}*", REQ),
    ("can we bring my {a} appointment forward to {b}*", REQ),
    ("can we push my {a} back to {b}", REQ),
    ("{a} doesn't work for me anymore, would {b} be possible?", PREF),
    ("my {a} appointment, could we make it {b} instead?", PREF),
    ("i'm in your diary for {a}, can it be {b} instead", REQ),
    ("need to change my {a} booking, {b} would be better", PREF),
    ("{a} now clashes with a meeting, can we go for {b}", REQ),
    ("can we make my {a} {b} instead", REQ),
    ("i need to switch my {a} to {b}", REQ),
    ("can i switch my {a} over to {b}", REQ),
    ("{a} is no longer any good, {b} would suit better", PREF),
    ("could i move up from {a} to {b}", REQ),
    ("can you change me from {a} to {b}", REQ),
    ("i'm down for {a} but need {b} instead", REQ),
    ("could my {a} slot go to {b}", REQ),
    ("change of plan, {a} is no good now, {b}?", PREF),
    ("i'm meant to be in {a}, any chance of {b} instead", PREF),
]
RESCHEDULE_REVERSED: list[tuple[str, dict[str, Any]]] = [
    ("move my facial to {b}, it was {a}", REQ),
    ("can i rebook to {b}, currently have {a}", REQ),
    ("move me to {b} please, i was booked {a}", REQ),
    ("put me in {b} instead of {a}", REQ),
    ("{b} instead of {a} please", REQ),
    ("could i do {b} rather than my {a} slot", REQ),
]
RESCHEDULE_NO_NEW = [
    "I need to reschedule my {a} appointment",
    "can we move my {a} booking",
    "i have to change my {a} appt",
    "can my {a} appointment be moved*",
]
CANCEL = [
    "please cancel my {a} appointment",
    "I need to cancel {a}",
    "cancel the booking for {a}",
    "won't be able to make it {a}, please cancel",
    "can you cancel my {a} slot",
    "i have to cancel my appt {a}",
    "cancel {a} pls",
    "please call off my {a} session*",
    "scrap my {a} booking*",
    "drop my {a} appointment, something came up*",
    "I won't make it {a}, can you take me off the list",
    "please remove my {a} booking",
    "i don't need the {a} appointment anymore",
    "cancel {a} please, i'll book again another time",
    "need to cancel my {a} session, sorry",
    "can you delete my {a} booking",
    "i can't come {a} after all, please free up the slot",
    "we won't be coming {a}, sorry",
    "not going to make {a}, please cancel it",
    "please take my {a} booking off",
    "i'm ill, won't be in {a}. cancel please",
    "no longer need my {a} slot",
    "cancelling {a}",
    "pls cancel {a}, something came up",
]
CANCEL_NO_TIME = [
    "cancel my appointment",
    "please cancel my booking",
    "I need to cancel",
    "can you cancel my reservation",
    "cancel it please",
    "i want to call off my visit*",
    "I won't be needing my appointment anymore",
    "please remove my booking",
    "i can't come anymore, please cancel",
    "we won't need the table after all",
    "take me off the list please",
    "cancel, sorry",
]
OTHER: list[str] = [
    "when do you open on weekends",
    "can you take someone without booking",
    "what do you charge for highlights",
    "do you see teenagers too",
    "is there parking nearby",
    "Do you accept insurance?",
    "what's your address",
    "are you wheelchair accessible",
    "can i buy a voucher for my sister",
    "how long does a filling usually take",
    "thanks for today!",
    "is it cash only",
    "who is the best person for a sports massage",
    "what should I bring to my first visit",
    "is the clinic still at the same place",
]
OTHER_PAST: list[str] = [
    "think i dropped my scarf at yours {a}, has it turned up",
    "the charge from my visit {a} seems off",
    "I came in {a} and was charged twice",
    "i was there {a}, can you email me the receipt",
    "had a great time {a}, thank you",
    "i think i left my glasses behind {a}",
    "the invoice from {a} has the wrong name",
]
# Sentences that carry cue words ("not", "maybe", "only", "actually") about something
# other than a time: a cue near a candidate is not always about it. Starred: held out.
ASIDES: list[str] = [
    "no rush",
    "it's not urgent",
    "no worries if not",
    "I'm not fussy about who I see",
    "not sure how long it takes",
    "I don't mind who",
    "nothing serious",
    "it's not an emergency",
    "I can't remember my patient number",
    "no pressure",
    "not a big deal",
    "I don't need a reminder text",
    "hopefully you can help",
    "if that's ok",
    "I think it's just a checkup",
    "maybe you remember me from last year",
    "would be great to get it sorted",
    "I must admit I'm a bit nervous",
    "it's only a quick one",
    "I really need this sorted",
    "actually, one more thing",
    "oh and I've moved house",
    "sorry, I can't find the online form",
    "never mind the parking question",
    "I'd rather not wait on the phone",
    "not the usual clinic though, the one in town",
    "it has to be said, your staff are lovely",
    "ideally the same room as last time",
    "I can't do stairs very well",
    "no need to call back",
    "if not that's fine*",
    "nothing fancy*",
    "I'd prefer not to leave a voicemail*",
    "only if it's no trouble*",
    "wait, do I need to bring anything?*",
    "I'm not in any pain*",
    "perhaps you have my details already*",
    "must mention I'm a new patient*",
]
# Booking requests phrased as questions ("any chance I could come in ...") are still
# bookings, not availability questions.
ASK_TO_BOOK: list[str] = [
    "any chance I could come in",
    "could I pop in",
    "can u fit me in",
    "is it possible to get in",
    "would it be possible to book",
    "can I come in",
    "could you squeeze my mum in",
    "can I get booked in",
    "would you be able to see me",
    "is there any way I could get in",
    "could I possibly come by",
    "can you take me",
    "could you book me",
    "mind if I come in",
    "would you have room for me*",
    "can I swing by*",
    "any way you could see me*",
    "could I stop in*",
]
# Non-booking messages with a time that is not a booking wish: require, hard by
# convention (the time is what the message is about).
OTHER_TIME: list[str] = [
    "what's the weather going to be {a}",
    "will my test results be back {a}",
    "is the car park open {a}",
    "what time is the match {a}",
    "are you doing the flu jabs {a}",
    "is my parcel arriving {a}",
    "will the pharmacy have my prescription {a}",
    "find me a movie showing {a}",
    "play some music {a}",
    "remind me to call my sister {a}",
    "how cold will it be {a}",
    "is the road closed {a}",
    "is there a holiday {a}*",
    "will it rain {a}*",
    "will the invoice go out {a}*",
]
OTHER_RESOURCE: list[str] = [
    "does {r} still work at the practice",
    "does {r} do kids' appointments",
    "please pass on my thanks to {r}",
    "what are {r}'s qualifications",
]


# ----------------------------------------------------------------------------- noise

_SMS = [
    (r"\byou\b", "u"),
    (r"\bplease\b", "pls"),
    (r"\bare\b", "r"),
    (r"\bthanks\b", "thx"),
    (r"\bappointment\b", "appt"),
    (r"\bbecause\b", "cuz"),
    (r"\bto\b", "2"),
    (r"\bfor\b", "4"),
    (r"'", ""),
    (r"\bI'm\b", "im"),
    (r"\bokay\b", "ok"),
]


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randrange(1, len(word) - 1)
    op = r.random()
    if op < 0.35:
        return word[:i] + word[i + 1 :]
    if op < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def noise_text(s: str, r: random.Random, level: float) -> str:
    if level <= 0:
        return s
    for pat, rep in _SMS:
        if r.random() < level * 0.5:
            s = re.sub(pat, rep, s, flags=re.IGNORECASE)
    words = s.split(" ")
    words = [_typo(w, r) if r.random() < level * 0.12 else w for w in words]
    return " ".join(words)


# ----------------------------------------------------------------------------- assembly


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    cands: list[dict[str, Any]] = field(default_factory=list)
    length: int = 0

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def cand(self, s: str, ctype: str, label: dict[str, Any]) -> int:
        start = self.length
        self.text(s)
        self.cands.append(
            {
                "span": [start, start + len(s)],
                "type": ctype,
                "text": s,
                "label": {**label, "modifies": label.get("modifies")},
            }
        )
        return len(self.cands) - 1

    def fill(
        self,
        template: str,
        slots: dict[str, tuple[str, str, dict[str, Any]]],
        r: random.Random,
        noise: float,
    ) -> dict[str, int]:
        """Append a template; slots name -> (text, type, label); returns name -> index."""
        out: dict[str, int] = {}
        for piece in re.split(r"(\{\w+\})", template):
            m = re.fullmatch(r"\{(\w+)\}", piece)
            if m:
                text, ctype, label = slots[m.group(1)]
                out[m.group(1)] = self.cand(text, ctype, label)
            elif piece:
                self.text(noise_text(piece, r, noise))
        return out

    def message(self) -> str:
        return "".join(self.parts)


def _pick(
    r: random.Random, items: list[Any] | tuple[Any, ...], held: bool, key: Any = lambda x: x
) -> Any:
    """Training sees only templates without "*"; the held-out split prefers starred ones."""
    pool = (
        [x for x in items if key(x).endswith("*") == held]
        if held
        else [x for x in items if not key(x).endswith("*")]
    )
    if not pool:
        pool = [x for x in items if not key(x).endswith("*")]
    return r.choice(pool)


def _strip(t: str) -> str:
    return t[:-1] if t.endswith("*") else t


_REFINE_EXC = (
    "but not",
    "is out",
    "just not",
    "not {b} though",
    "isn't {b}",
    "anything but",
    "too early",
)
_REFINE_PREF = (
    "ideally",
    "preferably",
    "if possible",
    "maybe",
    "hopefully",
    "preferred",
    "would be best",
    "say {b}",
    "around {b}",
)


def _refine_label(template: str, flipped: bool) -> dict[str, Any]:
    t = template.lower()
    if any(w in t for w in _REFINE_EXC):
        return dict(EXC)
    if any(w in t for w in _REFINE_PREF):
        return dict(PREF)
    return dict(REQ)


def _clause(b: _Builder, r: random.Random, held: bool, noise: float, case: str) -> bool:
    """One time clause from a random family; True if a held-out template was used."""
    weights = {
        "plain": 3,
        "firm": 2,
        "hedge": 3,
        "exclude": 2.5,
        "soft_exclude": 0.7,
        "distractor": 1.2,
        "retract": 1.5,
        "retract_cant": 1,
        "retract_cant_firm": 0.6,
        "fallback": 1.5,
        "refine": 1.5,
        "either": 0.8,
    }
    fam = _FAMILY[r.choices(list(weights), weights=list(weights.values()))[0]]
    tpl = _pick(r, fam.templates, held)
    used_held = tpl.endswith("*")
    tpl = _strip(tpl)
    if r.random() < 0.15:
        tpl = tpl[0].upper() + tpl[1:]
    slots: dict[str, tuple[str, str, dict[str, Any]]] = {}
    if fam.name == "refine":
        day = _day(r)
        if any(w in tpl.lower() for w in _REFINE_EXC):
            bt, flipped = r.choice(
                [
                    ("after " + _clock(r), False),
                    ("before " + _clock(r), False),
                    ("in the " + r.choice(PARTS[:3]), False),
                ]
            )
        else:
            bt, flipped = r.choice([_bound(r), (_part(r), False), ("at " + _clock(r), False)])
        lab_b = _refine_label(tpl, flipped)
        slots = {
            "a": (case_of(day, case), "time", dict(REQ)),
            "b": (case_of(bt, case), "time", lab_b),
        }
    else:
        for name, lab in zip("ab", fam.labels, strict=False):
            if "{" + name + "}" not in tpl:
                continue
            text = time_expr(r)
            label = dict(lab or REQ)
            if fam.name in ("plain", "firm", "hedge") and r.random() < 0.12:
                text, flipped = _bound(r)
            label = _soften(text, label)
            slots[name] = (case_of(text, case), "time", label)
    idx = b.fill(tpl, slots, r, noise)
    if fam.modifies and "a" in idx and "b" in idx:
        b.cands[idx["b"]]["label"]["modifies"] = idx["a"]
    return used_held


def _soften(text: str, label: dict[str, Any]) -> dict[str, Any]:
    """ "around 8" / "11ish" is a hedge: a plain require becomes prefer, soft."""
    t = text.lower()
    if label == REQ and (t.startswith("around ") or " around " in t or t.endswith("ish")):
        return dict(PREF)
    return label


def case_of(s: str, case: str) -> str:
    return s.lower() if case == "lower" else s


def generate_one(r: random.Random, held: bool = False) -> dict[str, Any]:
    """One message with its candidates, gold labels and intent."""
    b = _Builder()
    used_held = False
    noise = r.choice([0.0, 0.0, 0.3, 0.6, 1.0])
    case = "lower" if r.random() < 0.35 else "as-is"
    x = r.random()
    if x < 0.62:
        intent = "book" if r.random() < 0.8 else "availability"
        if intent == "book" and r.random() < 0.15:
            opener = _pick(r, ASK_TO_BOOK, held and r.random() < 0.3)
        else:
            opener = _pick(r, OPENERS[intent], held and r.random() < 0.3)
        used_held |= opener.endswith("*")
        if intent == "book" and r.random() < 0.08:  # no opener at all: "tuesday at 3 pls"
            pass
        elif intent == "book" and r.random() < 0.2:  # "I need to see Dr. Smith ..." opens a booking
            tpl = r.choice(SEE_OPENERS)
            b.fill(tpl, {"r": (case_of(resource_expr(r), case), "resource", dict(REQ))}, r, noise)
        else:
            b.text(noise_text(_strip(opener), r, noise))
        if r.random() < 0.35:
            used_held |= _resource_clause(b, r, held, noise, case, lead=" ")
        n_clauses = r.choices([1, 2, 3], weights=[5, 4, 1.5])[0]
        aside_at = r.randrange(n_clauses + 1) if r.random() < 0.3 else -1
        for k in range(n_clauses + 1):
            if k == aside_at:
                aside = _pick(r, ASIDES, held and r.random() < 0.4)
                used_held |= aside.endswith("*")
                b.text(r.choice(JOINERS) if b.length else "")
                b.text(noise_text(_strip(aside), r, noise))
            if k < n_clauses:
                b.text(r.choice(JOINERS) if b.length else "")
                used_held |= _clause(b, r, held and not used_held, noise, case)
        if r.random() < 0.15:
            b.text(r.choice(JOINERS))
            used_held |= _resource_clause(b, r, held, noise, case, lead="")
        if r.random() < 0.12:
            b.text(r.choice(JOINERS))
            tpl, lab = _pick(r, DURATION_CLAUSES, held, key=lambda t: t[0])
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"d": (duration_expr(r), "duration", dict(lab))}, r, noise)
        if intent == "availability":
            b.text("?")
    elif x < 0.8:
        intent = "reschedule"
        y = r.random()
        if y < 0.15:
            tpl, lab = r.choice(RESCHEDULE_REVERSED)
            b.fill(
                tpl,
                {
                    "a": (case_of(time_expr(r), case), "time", dict(GONE)),
                    "b": (case_of(time_expr(r), case), "time", dict(lab)),
                },
                r,
                noise,
            )
        elif y < 0.87:
            tpl, lab = _pick(r, RESCHEDULE, held, key=lambda t: t[0])
            used_held |= tpl.endswith("*")
            b.fill(
                _strip(tpl),
                {
                    "a": (case_of(time_expr(r), case), "time", dict(GONE)),
                    "b": (case_of(time_expr(r), case), "time", dict(lab)),
                },
                r,
                noise,
            )
        else:
            tpl = _pick(r, RESCHEDULE_NO_NEW, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(GONE))}, r, noise)
            b.text(r.choice(JOINERS))
            used_held |= _clause(b, r, held and not used_held, noise, case)
    elif x < 0.94:
        intent = "cancel"
        if r.random() < 0.8:
            tpl = _pick(r, CANCEL, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(GONE))}, r, noise)
        else:
            tpl = _pick(r, CANCEL_NO_TIME, held)
            used_held |= tpl.endswith("*")
            b.text(noise_text(_strip(tpl), r, noise))
        if r.random() < 0.25:
            b.text(r.choice([" with ", ", the one with "]))
            b.cand(resource_expr(r), "resource", dict(GONE))
    else:
        intent = "other"
        y = r.random()
        if y < 0.3:
            b.text(noise_text(r.choice(OTHER), r, noise))
        elif y < 0.45:
            tpl = _pick(r, OTHER_TIME, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(REQ))}, r, noise)
        elif y < 0.8:
            b.fill(
                r.choice(OTHER_PAST),
                {
                    "a": (
                        case_of(
                            r.choice(
                                [
                                    "yesterday",
                                    "last week",
                                    "on the 2nd",
                                    "last tuesday",
                                    "this morning",
                                    "on monday",
                                ]
                            ),
                            case,
                        ),
                        "time",
                        dict(EXC),
                    )
                },
                r,
                noise,
            )
        else:
            b.fill(
                r.choice(OTHER_RESOURCE),
                {"r": (case_of(resource_expr(r), case), "resource", dict(REQ))},
                r,
                noise,
            )
    b.text(r.choice(CLOSERS))
    msg = b.message()
    if case == "lower":
        msg = msg.lower()
    for c in b.cands:
        c["text"] = msg[c["span"][0] : c["span"][1]]
    return {
        "message": msg,
        "candidates": [{"span": c["span"], "type": c["type"], "text": c["text"]} for c in b.cands],
        "labels": [c["label"] for c in b.cands],
        "intent": intent,
        "source": "generated",
        "heldout_family": used_held,
    }


def _resource_clause(
    b: _Builder, r: random.Random, held: bool, noise: float, case: str, lead: str
) -> bool:
    tpl, lab, what = _pick(r, RESOURCE_CLAUSES, held and r.random() < 0.5, key=lambda t: t[0])
    text = resource_expr(r) if what == "named" else r.choice(ANYONE)
    b.text(lead)
    b.fill(
        _strip(tpl),
        {"r" if what == "named" else "any": (case_of(text, case), "resource", dict(lab))},
        r,
        noise,
    )
    return tpl.endswith("*")


def generate(n: int, seed: int, heldout: bool = False) -> list[dict[str, Any]]:
    """`n` examples. `heldout=False`: no starred template ever; `True`: only examples that
    used at least one starred (held-out) template."""
    r = random.Random(seed)
    out: list[dict[str, Any]] = []
    while len(out) < n:
        ex = generate_one(r, held=heldout)
        if ex["heldout_family"] == heldout:
            out.append(ex)
    return out
