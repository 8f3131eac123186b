"""Words around a time that decide what it is: a clock in a list ("at 10 or 11"), a day
number ("the 10th"), the customer's own day ("I start at 9"), moving or cancelling a
booking, context, ranges and counted things ("for 3 people"). Re-exported by `lexicon`."""

from __future__ import annotations

from slotwise.extractor.grounding.lexicon_cues import FALLBACK_NOT_OR_ELSE

# Words between two clock times that make a bare number the other one ("at 10 or 11",
# "8:30 or 9", "5, otherwise 6", "9 on the dot. If not, then 10"): a fallback cue ("or
# else" is "or" and "else" here), a comma or a stop after "if not" and "failing that".
CLOCK_COORDINATION = (
    r"\s*[,?.!]*\s*(?:or|and|then|"
    + FALLBACK_NOT_OR_ELSE
    + r"(?:(?<=not)[,.]?(?:\s+then)?|(?<=that)[,.]?)?)\s+(?:maybe\s+|perhaps\s+|at\s+|even\s+)?"
)
# Words after a bare ordinal ("10th") that make it a day: the end of a clause, a list,
# a time, a booking word. Not a noun ("5th floor", "my 10th visit").
ORDINAL_DAY_AFTER = (
    r"\s*(?:[?!.,;:)]|$|or\b|and\b|at\b|@|in\s+the\b|after\b|before\b|from\b|pls\b|please\b|"
    r"if\b|instead\b|then\b|works?\b|would\b|could\b|is\b|morning|afternoon|evening|aft\b|"
    r"am\b|pm\b|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|-|–|to\b|thru\b|through\b|til|"
    r"onwards?\b)"  # "20th onwards"
)
# Words after an hour that make a bare number a clock time: "10 sharp", "9 on the dot".
CLOCK_EXACT_AFTER: tuple[str, ...] = ("sharp", "on the dot", "exactly", "on the button")
# Statements of the day around the visit, not wishes, each before "at <time>": "I start
# at 9" leaves the time before 9 free; "I finish at 5", "soccer ends at 5:15" the time
# after. Bounds, as "before 9" / "after 5" are.
DAY_AROUND: dict[str, tuple[str, bool]] = {
    "i start": ("before", False),
    "i start work": ("before", False),
    "we start": ("before", False),
    "my shift starts": ("before", False),
    "work starts": ("before", False),
    "i finish": ("after", False),
    "i finish work": ("after", False),
    "i get off": ("after", False),
    "i get off work": ("after", False),
    "i get out": ("after", False),
    "i'm off": ("after", False),
    "i'm done": ("after", False),
    "im off": ("after", False),
    "im done": ("after", False),
    "my shift ends": ("after", False),
    "which ends": ("after", False),
    "finishes": ("after", False),
    "ends": ("after", False),
    "gets out": ("after", False),
}
# Being somewhere by a time ("I'm at my desk by 8:30", "she's in bed by 7:30", "gotta be
# at work by 9:15"): like "I start at 9", the words rule out what follows; what they leave
# free is before. Read with "by" (`rules_time`).
DAY_AROUND_BY: dict[str, tuple[str, bool]] = {
    f"{who} {where} by": ("before", False)
    for who in ("i'm", "im", "i am", "be", "she's", "he's", "she is", "he is", "we're", "is", "are")
    for where in (
        "at my desk",
        "at work",
        "at the office",
        "in the office",
        "in bed",
        "on site",
        "at school",
    )
}
# Verbs of moving a booking: after one, "from A to B" (or "my A to B") names the old
# time and the new one, two mentions, not a range ("move me from Friday to Saturday").
MOVE_WORDS: tuple[str, ...] = (
    "move",
    "moving",
    "moved",
    "change",
    "changing",
    "switch",
    "switching",
    "swap",
    "swapping",
    "flip",
    "prepone",
    "shift",
    "shifting",
    "push",
    "pushing",
    "bump",
    "bumping",
    "bring",
    "bringing",
    "reschedule",
    "rescheduling",
    "resched",
    "postpone",
    "rebook",
    "transfer",
    "put",
    "pull",
    "go",
    "make",
)
# Words that cancel a booking ("cancel", "cancelled", "cancellation", "call off"): the
# cue rules' cancel intent and the session's cancel of one booking of several read them.
CANCEL_WORDS: tuple[str, ...] = (r"cancel\w*", r"call\s+off")
# Words that drop one booking of several once they are made ("scrap the nails", "forget
# the brows", "nvm the consult"): read by the session only, where a booking is there to
# drop; alone they are no cancel ("drop me off", "forget my umbrella").
DROP_WORDS: tuple[str, ...] = (
    "scrap",
    "scratch",
    "drop",
    "forget",
    "nix",
    "remove",
    "delete",
    r"never\s*mind",
    "nvm",
)
# Words after which a number or weak word is read as a time ("at 2", "on sat").
CONTEXT_BEFORE = (
    "at",
    "@",
    "on",
    "by",
    "before",
    "after",
    "until",
    "till",
    "til",
    "from",
    "between",
    "btwn",
    "betwn",
    "b/w",
    "around",
    "about",
    "next",
    "this",
    "coming",
    "every",
    "except",
    "not",
    "past",
    "or",
    "and",
    "than",
    "of",
    "in",
    # a wish for the day: "ideally wed but im flexible", "preferably sat"
    "ideally",
    "preferably",
)
# "between" as texting writes it: "btwn 10 n 2", "b/w 3 & 5", "betwn 9 and 11", and as a
# German writer does ("zwischen 10 und 12"). Each opens a range ("between A and B") as
# "between" does.
# "entre" (Portuguese, Spanish, French): "entre 10 e 2", "entre 10 y 12", "entre 1 e 3 da tarde"
# ... and with the article that names hours: "entre las 10 y las 12", "entre as 9 e as 11"
BETWEEN_WORDS = (
    "between",
    "btwn",
    "betwn",
    "b/w",
    "zwischen",
    "entre",
    "entre las",
    "entre la",
    "entre as",
    "entre às",
)
# Nouns that make a number a count, never a time ("2 people", "3 kids").
COUNT_NOUNS = (
    "people",
    "persons",
    "person",
    "ppl",
    "guests",
    "guest",
    "adults",
    "adult",
    "kids",
    "kid",
    "children",
    "child",
    "of us",
    "of them",
    "pax",
    "seats",
    "seat",
    "tickets",
    "ticket",
    "rooms",
    "room",
    "beds",
    "bedrooms",
    "nights",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "hour",
    "hrs",
    "hr",
    "minutes",
    "minute",
    "mins",
    "min",
    "dollars",
    "bucks",
    "percent",
    "%",
    "times",
    "items",
    "patients",
    "cars",
    "dogs",
    "cats",
    "pets",
    "stars",
    "star",
    "miles",
    "km",
    "floor",
    "more",
    "others",
    "year olds",
    "year old",
    "yr",
    # a school year: "he is in 9th grade", "my 3rd graders"
    "grade",
    "graders",
    # one visit per person: "1 for each kid", "two for every dog", "1 apiece"
    "for each",
    "for every",
    "apiece",
    # a count of weekdays: "the next 3 sundays", "over 3 or 4 Thursdays", "two saturdays"
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    # Portuguese and Spanish: "de 2 a 3 pessoas", "entre 3 e 4 crianças", "2 a 3 semanas"
    "pessoas",
    "personas",
    "crianças",
    "criancas",
    "niños",
    "ninos",
    "filhos",
    "hijos",
    "vezes",
    "veces",
    "semanas",
    "meses",
    "anos",
    "años",
    "sessões",
    "sessoes",
    "sesiones",
)
