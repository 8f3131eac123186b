"""Word families as tables: weekdays, months, parts of the day, numbers, cue words.

Every table here is data; `rules.py` turns the tables into compiled patterns. The
spellings include the informal ones customers type ("thurs", "tmrw", "2moro", "arvo").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.grounding.lexicon_numbers import (  # noqa: F401
    DAY_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    YEAR_WORDS,
    number_value,
    ordinal_value,
    spelled_year,
)

# Number words live in lexicon_numbers.py; re-exported here for the rules.
from slotwise.extractor.grounding.lexicon_pods import EDGE_POD_PLURALS, EDGE_POD_WORDS

# Weekday 0 = Monday (datetime.weekday()). Each entry: spellings; the first is canonical.
# The last ones are the Spanish, German and French names (`rules_foreign`).
# "weak" spellings are also ordinary words ("sat", "sun", "wed", "mon") and need context.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon", "mondy", "monady", "mnday", "munday", "mondey", "lunes", "montag", "lundi"),
    (
        "tuesday",
        "tues",
        "tue",
        "tu",
        "tuesdy",
        "teusday",
        "tusday",
        "tuseday",
        "tuesady",
        "martes",
        "dienstag",
        "mardi",
    ),
    (
        "wednesday",
        "wed",
        "weds",
        "wednsday",
        "wensday",
        "wendsday",
        "wednesdy",
        "wedensday",
        "wednesay",
        "wedsday",
        "wendesday",
        "wednessday",
        "miércoles",
        "miercoles",
        "mittwoch",
        "mercredi",
    ),
    (
        "thursday",
        "thurs",
        "thur",
        "thu",
        "thrs",
        "thursdy",
        "thrusday",
        "thurday",
        "thirsday",
        "jueves",
        "donnerstag",
        "jeudi",
    ),
    (
        "friday",
        "fri",
        "fryday",
        "firday",
        "fridy",
        "frday",
        "fridey",
        "viernes",
        "freitag",
        "vendredi",
    ),
    (
        "saturday",
        "sat",
        "satuday",
        "saturdy",
        "satruday",
        "saterday",
        "satarday",
        "satday",
        "satdy",
        "satrday",
        "sábado",
        "sabado",
        "samstag",
        "samedi",
    ),
    ("sunday", "sun", "sundy", "sundya", "sundey", "domingo", "sonntag", "dimanche"),
)
WEAK_WEEKDAYS = frozenset({"mon", "wed", "sat", "sun", "tu", "domingo", "mardi"})
# What makes a weak weekday ("sat", "wed", "mon", "sun") a day in a text: the words
# right after it. A question ("sat?"), a list of days ("sat or sun", "wed thu fri"),
# a booking word ("my sat appt", "sat pls"), "is out" / "is the only day", a clock or
# hour ("wed 9", "Sat 12"), "week" ("sat week"), a day number ("mon 30th" is its own
# rule). `{wd}` stands for any weekday spelling.
WEAK_DAY_AFTER: tuple[str, ...] = (
    r"\s*\?",
    r"\s*[.!]*\s*$",
    r"(?:\.|(?<=\.))\s",  # a full stop after it: "wed. afternoons only"
    r"\s*,\s*(?:after|before|from|by|until|till|til|at|around|about|b4|aft|any\s*time|anytime|"
    r"morning|afternoon|evening|\d)",
    r"\s*[,.;-]\s*(?:whoever|who\s*ever|anyone|any\s*one|any1|any\s*time|anytime|pls|plz|please|"
    r"ideally|preferably|if\s+poss|either|not\s+(?:before|after|later|earlier)|no\s+(?:earlier|later))\b",
    r"\s*(?:,|/|&|\+|-|or|and|n|thru|through|to|till|til|until|nor)?\s*(?:maybe\s+|even\s+)?{wd}\b",
    r"\s+(?:w/?|with)\s+(?!the\s|a\s|my\s|our\s|his\s|her\s|some|no\s)",  # "wed w okafor", "Sat w/ kofi"
    r"['’]s\s+(?:shoot|appt|appointment|booking|slot|session|visit|class|lesson|cut|groom)\b",
    r"\s+(?:appt|appointment|apt|booking|slot|session|visit|instead|then|pls|plz|please|"
    r"works?|would|could|is\s+(?:out|good|fine|ok|okay|best|better|free|the\s+only|my\s+only)|"
    r"same\s+time|week|wk|if\s+poss|either|ideally|preferably|only)\b",
    r"\s+(?:at\s+)?(?:[1-9]|1[0-2])(?:[:.]\d\d)?(?:\s*(?:am|pm))?(?![\w:.]|\s*(?:hours?|hrs?|mins?|"
    r"minutes?|days?|weeks?|people|ppl|times|x\b))",
)
# Booking words after a weak weekday that make it a day whatever comes before it ("do
# you have Sat openings", "any sun availability?").
WEAK_DAY_SURE_AFTER = r"\s+(?:openings?|availability|avail|slots|appts|appointments|bookings)\b"
# Words right before a weak weekday that make it a day: another day and a list word
# ("fri / sat", "thurs or sat").
WEAK_DAY_BEFORE: tuple[str, ...] = (r"{wd}\.?\s*(?:,|/|&|\+|-|or|and|n|nor)\s*(?:maybe\s+)?$",)
# Words right before a weak weekday that keep it a word whatever follows: "I sat",
# "the sun", "we sat or stood".
WEAK_DAY_NOT_AFTER: tuple[str, ...] = (
    "i",
    "we",
    "he",
    "she",
    "they",
    "you",
    "u",
    "the",
    "a",
    "an",
    "had",
    "just",
    "was",
    "were",
    "have",
    "has",
    "who",
)
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "janurary", "januray"),
    ("february", "feb", "febuary", "feburary"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep", "septmber"),
    ("october", "oct", "octber"),
    ("november", "nov", "novmber"),
    ("december", "dec", "decmber", "dezember"),
)
# Month spellings that are also common words: they need a day number or a context word.
WEAK_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "aug", "sep", "oct", "dec"})
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Units of a relative offset ("3 weeks ago", "in 2 months", "30 minutes later"):
# spelling -> (what is counted: "day" | "month" | "minute", how many of them one is).
TIME_UNITS: dict[str, tuple[str, int]] = {
    **{w: ("day", 1) for w in ("day", "days")},
    **{w: ("day", 7) for w in ("week", "weeks", "wk", "wks")},
    **{w: ("day", 14) for w in ("fortnight", "fortnights")},
    **{w: ("month", 1) for w in ("month", "months", "mo", "mos")},
    **{w: ("month", 3) for w in ("quarter", "quarters")},
    **{w: ("month", 12) for w in ("year", "years", "yr", "yrs")},
    **{w: ("minute", 60) for w in ("hour", "hours", "hr", "hrs", "h")},
    **{w: ("minute", 1) for w in ("minute", "minutes", "min", "mins")},
}
# Words that point back ("last month") or ahead ("next quarter"), as an offset.
RELATIVE_WORDS: dict[str, int] = {
    "this": 0,
    "current": 0,
    "the current": 0,
    "next": 1,
    "nxt": 1,
    "coming": 1,
    "the coming": 1,
    "following": 1,
    "the following": 1,
    "last": -1,
    "previous": -1,
    "the previous": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "the next": 1,
    "the": 0,
}
# Named days: spelling -> key of `HOLIDAY_DATES` (resolve.py computes the movable ones).
HOLIDAYS: dict[str, str] = {
    "christmas eve": "christmas_eve",
    "xmas eve": "christmas_eve",
    "christmas": "christmas",
    "christmas day": "christmas",
    "xmas": "christmas",
    "boxing day": "boxing_day",
    "new year's eve": "new_years_eve",
    "new years eve": "new_years_eve",
    "nye": "new_years_eve",
    "new year's day": "new_year",
    "new years day": "new_year",
    "new year day": "new_year",
    "new year": "new_year",
    "new year's": "new_year",
    "new years": "new_year",
    "valentine's day": "valentines",
    "valentines day": "valentines",
    "valentine's": "valentines",
    "halloween": "halloween",
    "independence day": "july_4",
    "the 4th of july": "july_4",
    "4th of july": "july_4",
    "fourth of july": "july_4",
    "earth day": "earth_day",
    "st patrick's day": "st_patrick",
    "st. patrick's day": "st_patrick",
    "saint patrick's day": "st_patrick",
    "saint patrick": "st_patrick",
    "st patrick": "st_patrick",
    "st paddy's day": "st_patrick",
    "international workers' day": "may_day",
    "international workers day": "may_day",
    "workers' day": "may_day",
    "may day": "may_day",
    "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
    "black friday": "black_friday",
    "cyber monday": "cyber_monday",
    "easter": "easter",
    "easter sunday": "easter",
    "easter day": "easter",
    "easter monday": "easter_monday",
    "good friday": "good_friday",
    "memorial day": "memorial_day",
    "mlk day": "mlk_day",
    "martin luther king day": "mlk_day",
    "martin luther king jr day": "mlk_day",
    "martin luther king jr. day": "mlk_day",
    "presidents day": "presidents_day",
    "presidents' day": "presidents_day",
    "president's day": "presidents_day",
    "washington's birthday": "presidents_day",
    "columbus day": "columbus_day",
    "indigenous peoples day": "columbus_day",
    "indigenous peoples' day": "columbus_day",
    "labor day": "labor_day",
    "labour day": "labor_day",
    "mother's day": "mothers_day",
    "mothers day": "mothers_day",
    "father's day": "fathers_day",
    "fathers day": "fathers_day",
    # fixed-date public holidays elsewhere in the English-speaking world
    "anzac day": "anzac_day",
    "st stephen's day": "boxing_day",
    "st. stephen's day": "boxing_day",
    "saint stephen's day": "boxing_day",
    "stephen's day": "boxing_day",
    "stephens day": "boxing_day",
    "australia day": "australia_day",
    "waitangi day": "waitangi_day",
    "canada day": "canada_day",
    "juneteenth": "juneteenth",
    "veterans day": "veterans_day",
    "veterans' day": "veterans_day",
    "veteran's day": "veterans_day",
    "remembrance day": "veterans_day",
}
# Fixed-date named days: key -> (month, day).
HOLIDAY_DATES: dict[str, tuple[int, int]] = {
    "christmas_eve": (12, 24),
    "christmas": (12, 25),
    "boxing_day": (12, 26),
    "new_years_eve": (12, 31),
    "new_year": (1, 1),
    "valentines": (2, 14),
    "halloween": (10, 31),
    "july_4": (7, 4),
    "earth_day": (4, 22),
    "st_patrick": (3, 17),
    "may_day": (5, 1),
    "anzac_day": (4, 25),
    "australia_day": (1, 26),
    "waitangi_day": (2, 6),
    "canada_day": (7, 1),
    "juneteenth": (6, 19),
    "veterans_day": (11, 11),
}

# Parts of the day: name -> (start "HH:MM", end "HH:MM"), local wall clock, end exclusive.
# "24:00" means the start of the next day. The am/pm hint disambiguates a bare hour
# said with the part of day ("7 in the evening" -> 19:00).
PARTS_OF_DAY: dict[str, tuple[str, str, str]] = {
    "morning": ("08:00", "12:00", "am"),
    "early_morning": ("06:00", "09:00", "am"),
    "late_morning": ("10:00", "12:00", "am"),
    "afternoon": ("12:00", "17:00", "pm"),
    "early_afternoon": ("12:00", "14:00", "pm"),
    "late_afternoon": ("15:00", "17:00", "pm"),
    "evening": ("17:00", "21:00", "pm"),
    "early_evening": ("17:00", "19:00", "pm"),
    "late_evening": ("19:00", "22:00", "pm"),
    "night": ("17:00", "23:00", "pm"),
    "first_thing": ("06:00", "11:00", "am"),
    "end_of_day": ("16:00", "18:00", "pm"),
    "lunch": ("12:00", "14:00", "pm"),
    "after_lunch": ("13:00", "17:00", "pm"),
    "before_work": ("07:00", "09:00", "am"),
    "after_work": ("17:00", "21:00", "pm"),
    "after_school": ("15:00", "18:00", "pm"),
    "business_hours": ("09:00", "17:00", ""),
    "dawn": ("05:00", "07:00", "am"),
    "breakfast": ("07:00", "10:00", "am"),
    "brunch": ("10:00", "14:00", ""),
    "mid_afternoon": ("14:00", "16:00", "pm"),
    "dusk": ("17:00", "19:00", "pm"),
    "dinner": ("17:00", "21:00", "pm"),
    # the photographers' hour before sunset: late afternoon into early evening
    "golden_hour": ("17:00", "19:00", "pm"),
    "smoko": ("10:00", "10:30", "am"),
    "early_in_day": ("06:00", "10:00", "am"),
    "middle_of_day": ("11:00", "14:00", "pm"),
    "late_in_day": ("16:00", "21:00", "pm"),
    "rest_of_day": ("00:00", "24:00", ""),  # "later today": from `now` to midnight
}

# Spellings of parts of the day -> table key. Plurals make a recurring set.
POD_WORDS: dict[str, str] = {
    "morning": "morning",
    "mornin": "morning",
    "morn": "morning",
    "am": "morning",
    "a.m.": "morning",
    "early morning": "early_morning",
    "late morning": "late_morning",
    "afternoon": "afternoon",
    "aftrnoon": "afternoon",
    "afternon": "afternoon",
    "aft": "afternoon",
    "aftn": "afternoon",
    "afty": "afternoon",
    "arvo": "afternoon",
    "avo": "afternoon",  # Australian; weak ("avo toast"): "this avo", "sat avo"
    "smoko": "smoko",  # Australian: the mid-morning break ("after smoko", "smoko onwards")
    "late aft": "late_afternoon",
    "late arvo": "late_afternoon",
    "early aft": "early_afternoon",
    "early arvo": "early_afternoon",
    "pm": "afternoon",
    "p.m.": "afternoon",
    "early afternoon": "early_afternoon",
    "late afternoon": "late_afternoon",
    "evening": "evening",
    "evenin": "evening",
    "eve": "evening",
    "early evening": "early_evening",
    "late evening": "late_evening",
    "night": "night",
    "nite": "night",
    "first thing": "first_thing",
    "first thing in the morning": "first_thing",
    # its mirror, the end of the working day: "first thing or last thing", "last thing
    # friday", "last thing in the day" (weak alone, as "first thing": `rules_time._pod`)
    "last thing": "end_of_day",
    "last thing in the day": "end_of_day",
    "last thing of the day": "end_of_day",
    "last thing in the afternoon": "end_of_day",
    "end of day": "end_of_day",
    "end of the day": "end_of_day",
    "eod": "end_of_day",
    "close of business": "end_of_day",
    "cob": "end_of_day",
    "lunch": "lunch",
    "lunchtime": "lunch",
    "lunch time": "lunch",
    "after lunch": "after_lunch",
    "before work": "before_work",
    "after work": "after_work",
    # however the working day's edges are written: "an after-work slot", "pre-work",
    # "before I leave for work", "after I finish work"
    # parts of the day in Spanish, German and French (`rules_foreign`)
    "por la mañana": "morning",
    "por la manana": "morning",
    "en la mañana": "morning",
    "en la manana": "morning",
    "de la mañana": "morning",
    "por la tarde": "afternoon",
    "en la tarde": "afternoon",
    "de la tarde": "afternoon",
    "por la noche": "evening",
    "en la noche": "evening",
    "de la noche": "evening",
    "vormittag": "morning",
    "vormittags": "morning",
    "früh": "morning",
    "frueh": "morning",
    "nachmittag": "afternoon",
    "nachmittags": "afternoon",
    "abend": "evening",
    "abends": "evening",
    "le matin": "morning",
    "dans la matinée": "morning",
    "l'après-midi": "afternoon",
    "l'apres-midi": "afternoon",
    "le soir": "evening",
    "after-work": "after_work",  # the pattern takes "afterwork" too (`pod_key`)
    "post-work": "after_work",
    "post-lunch": "after_lunch",  # Indian English "post lunch" (also "post 3 pm": `BOUND_PREFIX`)
    "pre-work": "before_work",
    "before i leave for work": "before_work",
    "before i go to work": "before_work",
    "before i head to work": "before_work",
    "before i head into work": "before_work",
    "after i finish work": "after_work",
    "after i get off work": "after_work",
    "after i'm off work": "after_work",
    "once i finish work": "after_work",
    "once i'm off work": "after_work",
    "after school": "after_school",
    "business hours": "business_hours",
    "working hours": "business_hours",
    "office hours": "business_hours",
    "during the day": "business_hours",
    "dawn": "dawn",
    "daybreak": "dawn",
    "sunrise": "dawn",
    "breakfast": "breakfast",
    "breakfast time": "breakfast",
    # Australian and British "brekkie" / "brekky" ("before brekkie thurs")
    "brekkie": "breakfast",
    "brekky": "breakfast",
    "brekkie time": "breakfast",
    "brekky time": "breakfast",
    "brunch": "brunch",
    "mid morning": "late_morning",
    "mid-morning": "late_morning",
    "midmorning": "late_morning",
    "mid afternoon": "mid_afternoon",
    "mid-afternoon": "mid_afternoon",
    "midafternoon": "mid_afternoon",
    "dusk": "dusk",
    "sunset": "dusk",
    "sundown": "dusk",
    "twilight": "dusk",
    "golden hour": "golden_hour",
    "the golden hour": "golden_hour",
    "early in the day": "early_in_day",
    "middle of the day": "middle_of_day",
    "the middle of the day": "middle_of_day",
    "late in the day": "late_in_day",
    "lunch hour": "lunch",
    "lunch-hour": "lunch",
    "dinner": "dinner",
    "dinnertime": "dinner",
    "dinner time": "dinner",
    "supper": "dinner",
    "night time": "night",
    "night-time": "night",
    "nighttime": "night",
    "daytime": "business_hours",
}
POD_PLURALS: dict[str, str] = {
    "mornings": "morning",
    "afternoons": "afternoon",
    "arvos": "afternoon",
    "evenings": "evening",
    "nights": "night",
    "lunchtimes": "lunch",
    "lunches": "lunch",
    "dinners": "dinner",
    "breakfasts": "breakfast",
}
POD_WORDS |= EDGE_POD_WORDS  # "late-morning", "late in the afternoon" (lexicon_pods.py)
POD_PLURALS |= EDGE_POD_PLURALS  # "late afternoons", "early mornings"

# Exception cues: a negation that presupposes the days around it ("any day but Friday
# next week" wants next week, without its Friday). A prefix of `NEG_PREFIX`.
EXCEPTION_CUES = ("any", "except", "excluding", "other than", "apart from")
# Negation cues placed before a time ("except Friday") or after it ("mornings are out").
NEG_PREFIX = (
    "anything but",
    "anytime but",
    "any time but",
    "any day but",
    "anything except",
    "anytime except",
    "any time except",
    "any day except",
    "except for",
    "except",
    "excluding",
    "other than",
    "apart from",
    "but not",
    "not",
    "no",
    "never",
    "can't do",
    "cant do",
    "can't make",
    "cant make",
    "cannot do",
    "cannot make",
    "can not do",
    "can't",
    "cant",
    "cannot",
    # an inability to be there: "can't come before 1", "can't get there till 3"
    "can't come",
    "cannot come",
    "can not come",
    "couldn't come",
    "can't get there",
    "cannot get there",
    "can't get here",
    "can't get in",
    "cannot get in",
    "can't be there",
    "cannot be there",
    "can't be here",
    "won't be there",
    "can't make it",
    "cannot make it",
    "can't do anything",
    "cannot do anything",
    # ... into the place, and as texting drops the apostrophe: "cant come in before 10",
    # "can't come in on fridays", "cant get in till 2"
    "can't come in",
    "cannot come in",
    "can not come in",
    "couldn't come in",
    "can't make it in",
    "cannot make it in",
    "cant come in",
    "cant come",
    "cant get in",
    "cant get there",
    "cant make it",
    "cant make it in",
    "cant be there",
    # what the slot may not be: "it can't be before 7", "it can't be later than 12",
    # "can't be tuesday", "mustn't be after 5"
    "can't be",
    "cant be",
    "cannot be",
    "can not be",
    "couldn't be",
    "mustn't be",
    "must not be",
    "shouldn't be",
    "should not be",
    "can't start",
    "cannot start",
    "can't arrive",
    "won't be able to do",
    "unable to do",
    "not available",
    "unavailable",
    "busy",
    "not free",
    # "neither Monday nor Tuesday": the list after it is ruled out ("nor" joins it)
    "neither",
)
NEG_SUFFIX = (
    "is out",
    "are out",
    "'s out",
    "is no good",
    "are no good",
    "is not good",
    "isn't good",
    "is bad",
    "are bad",
    "is a no",
    "is off the table",
    "are off the table",
    "doesn't work",
    "doesnt work",
    "does not work",
    "don't work",
    "dont work",
    "do not work",
    "won't work",
    "wont work",
    "will not work",
    "is not possible",
    "isn't possible",
    "not possible",
    "is impossible",
    "is not an option",
    "isn't an option",
)
# Bound cues: cue words -> (bound, inclusive). Negated forms are folded here. Inclusive:
# the named day itself is in ("until the 3rd", "not before the 5th", "from the 5th");
# not: it is out ("after the 5th" starts on the 6th, "before the 5th" ends on the 4th).
BOUND_PREFIX: dict[str, tuple[str, bool]] = {
    "not after": ("before", True),
    "not later than": ("before", True),
    "no later than": ("before", True),
    "nothing after": ("before", True),
    "not past": ("before", True),
    "not a minute after": ("before", True),
    "not a minute later than": ("before", True),
    "not a minute past": ("before", True),
    "not one minute after": ("before", True),
    "can't stay later than": ("before", True),
    "cannot stay later than": ("before", True),
    "can't stay past": ("before", True),
    "cannot stay past": ("before", True),
    "can't go later than": ("before", True),
    "cannot go later than": ("before", True),
    "can't go past": ("before", True),
    "cannot go past": ("before", True),
    "cant stay later than": ("before", True),
    "cant stay past": ("before", True),
    "cant go later than": ("before", True),
    "cant go past": ("before", True),
    "not run past": ("before", True),
    "not run later than": ("before", True),
    "not go past": ("before", True),
    "not stay past": ("before", True),
    "at the latest by": ("before", True),
    "not before": ("after", True),
    "not earlier than": ("after", True),
    "no earlier than": ("after", True),
    "nicht nach": ("before", True),  # German, in an English message (`rules_foreign`)
    "nicht später als": ("before", True),
    "nicht vor": ("after", True),
    "nicht früher als": ("after", True),
    # learners' "of" for "than" ("not earlier of 10", "no later of 6")
    "not earlier of": ("after", True),
    "no earlier of": ("after", True),
    "not earlier then": ("after", True),
    "not later of": ("before", True),
    "no later of": ("before", True),
    "not later then": ("before", True),
    "nothing before": ("after", True),
    "not until": ("after", True),
    "not till": ("after", True),
    "not til": ("after", True),
    "before": ("before", False),
    "b4": ("before", False),
    "befor": ("before", False),
    "earlier than": ("before", False),
    "not any later than": ("before", True),
    "any later than": ("after", False),  # said after a negation: "can't start any later than"
    "any earlier than": ("before", False),
    "nothing later than": ("before", True),
    "no later then": ("before", True),
    "no sooner than": ("after", True),
    "not any earlier than": ("after", True),
    "nothing earlier than": ("after", True),
    "no earlier then": ("after", True),
    "aft": ("after", False),
    "afta": ("after", False),
    "aftr": ("after", False),
    "prior to": ("before", False),
    "ahead of": ("before", False),
    "by": ("before", True),
    "until": ("before", True),
    "till": ("before", True),
    "til": ("before", True),
    "'til": ("before", True),
    "up to": ("before", True),
    "up until": ("before", True),
    "through": ("before", True),
    "thru": ("before", True),
    "up through": ("before", True),
    "after": ("after", False),
    "later than": ("after", False),
    "past": ("after", False),
    "post": ("after", False),  # Indian English: "post 3 pm", "tomorrow post 3"
    "starting": ("after", True),
    "starting from": ("after", True),
    "starting on": ("after", True),
    "beginning": ("after", True),
    "as of": ("after", True),
    "since": ("after", True),
}
BOUND_SUFFIX: dict[str, tuple[str, bool]] = {
    "or later": ("after", True),
    "or after": ("after", True),
    "and later": ("after", True),
    "onwards": ("after", True),
    "onward": ("after", True),
    "or earlier": ("before", True),
    "or before": ("before", True),
    "at the latest": ("before", True),
    "at the very latest": ("before", True),
    "latest": ("before", True),
    "at the earliest": ("after", True),
    "at the very earliest": ("after", True),
}
# Wishes for the earliest time: "asap", "first available", "whenever is soonest". Each
# grounds to [now, horizon) (`Sym.soonest`); the ranking's earliest-first serves it.
SOONEST: tuple[str, ...] = (
    # the next day someone works: "whenever he's next in", "when Dr Ito is next free",
    # "when is she next in?", "the next time she's in" (before "next time" alone)
    r"(?:whenever|when)\s+(?:\w+\.?\s+){0,2}?\w+(?:['’]s|['’]re|\s+is|\s+are)\s+next\s+"
    r"(?:in|on|free|available|around|working|here|back)\b",
    r"when(?:\s+(?:is|are|will)\s+|['’]s\s+)(?:\w+\.?\s+){0,2}?\w+\s+(?:be\s+)?next\s+"
    r"(?:in|on|free|available|around|working|here|back)\b",
    r"(?:the\s+)?next\s+(?:time|day)\s+(?:he|she|they|you|u)(?:['’]s|['’]re|\s+is|\s+are)\s+"
    r"(?:in|on|free|available|around|working|here|back)\b",
    r"asap",
    r"a\.s\.a\.p\.?",
    r"as\s+soon\s+as\s+(?:possible|poss|you\s+can|u\s+can|you\s+have\s+(?:one|space|anything))",
    r"(?:the\s+)?(?:soonest|earliest|first|next)\s+(?:possible|available|free|opening|slot|"
    r"appointment|appt|time|thing\s+available|one\s+available|availability|spot)"
    r"(?:\s+(?:slot|appointment|appt|time|you\s+have|you\s+can\s+do|you\s+can\s+give\s+me))?",
    r"(?:the\s+)?(?:soonest|earliest)(?:\s+(?:you\s+have|you\s+can\s+do|possible))?"
    r"(?!\s+(?:i|we|he|she|they|you)\s+(?:can|could|am|are|is|will|would)\b"
    r"|\s+(?:convenience|opportunity|chance|moment)\b)",
    r"(?:whenever|whatever|whichever)(?:['’]s|\s+is)\s+(?:soonest|earliest|first|next)",
    r"(?:the\s+)?sooner\s+the\s+better",
    # "earlier the better", "sooner is better", "whichever is sooner", "whatever comes first"
    r"(?:the\s+)?(?:sooner|earlier)\s+(?:the\s+|is\s+)better",
    r"(?:the\s+)?earlier\s+in\s+the\s+(?:day|morning)\s+(?:the\s+|is\s+)better",
    r"(?:whichever|whatever)(?:['’]s|\s+is|\s+comes)\s+(?:sooner|earlier|first)",
    r"(?:as\s+)?early\s+as\s+(?:possible|poss|you\s+can|you\s+have|you['’]ve\s+got)",
    r"how\s+soon",
    r"rn(?=\s*(?:[.!?]|$))",
)
# Wishes for the latest time: "as late as possible", "the later the better", "the last
# slot of the day". Set aside like `SOONEST`; the ranking turns round to serve them.
_LAST_THING = r"(?:slot|appointment|appt|time|spot|opening|one|session|booking)"
LATEST: tuple[str, ...] = (
    r"(?:as\s+)?late\s+(?:in\s+the\s+(?:day|afternoon|evening)\s+)?as\s+"
    r"(?:possible|poss|you\s+can|u\s+can|you\s+(?:have|go|do))",
    r"(?:the\s+)?later\s+the\s+better",
    r"(?:the\s+)?later\s+in\s+the\s+(?:day|afternoon|evening)\s+(?:the\s+|is\s+)better",
    r"(?:the\s+)?(?:very\s+)?(?:last|latest)\s+(?:possible\s+|available\s+)?"
    + _LAST_THING
    + r"\s+(?:of|in)\s+the\s+(?:day|afternoon|evening)",
    r"(?:the\s+)?(?:last|latest)\s+" + _LAST_THING + r"\s+(?:you\s+have|available|possible)",
    r"(?:the\s+)?very\s+last\s+" + _LAST_THING,
    r"(?:the\s+)?latest\s+(?:you\s+have|you\s+can\s+do|possible)",
    # a question for the last opening: "what's the latest appt u have thurs?", "latest
    # she's got", "what's the latest you can fit me in"; not "the latest I can do is 5"
    r"(?:the\s+)?latest\s+(?:(?:appt|appointment|slot|time|session|booking|table|one)\s+)?"
    r"(?:(?:u|you)\s+(?:have|got|can|could)|(?:she|he|they)\s+(?:has|have|got)"
    r"|(?:you|she|he|they)['’](?:s|ve)\s+got)(?!\s+(?:do\s+)?(?:is|was|been|would\s+be|will\s+be)\b)",
    r"what(?:['’]s|\s+is)\s+the\s+latest\s+(?:(?:i|we)\s+(?:can|could)|time\s+(?:i|we)\s+can)",
    # a late one asked for: "is there a late appointment on Tuesday?", "does it have late
    # slots?", "any late openings"; not "late morning" (a part of the day), "a late
    # cancellation" or "running late"
    r"(?:(?<=\ba\s)|(?<=\bany\s)|(?<=\bsome\s)|(?<=\bhave\s)|(?<=\bgot\s)|(?<=\bno\s)|(?<=\bdo\s))"
    r"late(?:-in-the-day)?\s+(?:appointment|appt|slot|session|booking|opening|spot|one)s?\b",
)
# Words between two clock times that make a bare number the other one ("at 10 or 11",
# "8:30 or 9", "5, otherwise 6", "9 on the dot. If not, then 10").
CLOCK_COORDINATION = (
    r"\s*[,?.!]*\s*(?:or|otherwise|else|if\s+not[,.]?(?:\s+then)?|failing\s+that[,.]?|"
    r"or\s+failing\s+that[,.]?|and|then)\s+(?:maybe\s+|perhaps\s+|at\s+|even\s+)?"
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
BETWEEN_WORDS = ("between", "btwn", "betwn", "b/w", "zwischen")
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
)


def pod_key(word: str) -> str:
    """The `POD_WORDS` value of a spelling as matched: the alternation takes "lunch-hour"
    as "lunchhour" and "lunch hour" too, and "i'm" as "im" (`alternation`)."""
    w = re.sub(r"\s+", " ", word.lower()).replace("’", "'")
    if w in POD_WORDS:
        return POD_WORDS[w]
    return _POD_SQUASHED[re.sub(r"[\s'-]", "", w)]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, apostrophes flexible."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace(r"\-", "-").replace("'", "['’]?").replace(r"\ ", r"\s+")
        p = p.replace("-", r"[-\s]?")
        out.append(p)
    return "(?:" + "|".join(out) + ")"


def weekday_index(word: str) -> int:
    """Weekday number (0 = Monday) of a spelling, plural "s" allowed."""
    w = word.lower().rstrip(".")
    for i, names in enumerate(WEEKDAYS):
        if w in names or (w.endswith("s") and w[:-1] in names):
            return i
    raise KeyError(word)


def month_index(word: str) -> int:
    """Month number (1-12) of a spelling."""
    w = word.lower().rstrip(".")
    for i, names in enumerate(MONTHS):
        if w in names:
            return i + 1
    raise KeyError(word)


_POD_SQUASHED = {re.sub(r"[\s'-]", "", w): v for w, v in POD_WORDS.items()}
