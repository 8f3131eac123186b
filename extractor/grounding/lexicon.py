"""Word families as tables: weekdays, months, parts of the day, numbers, cue words.

Every table here is data; `rules.py` turns the tables into compiled patterns. The
spellings include the informal ones customers type ("thurs", "tmrw", "2moro", "arvo").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Cue words and context words live in lexicon_cues.py and lexicon_context.py; re-exported
# here for the rules.
from slotwise.extractor.grounding.lexicon_context import (  # noqa: F401
    BETWEEN_WORDS,
    CANCEL_WORDS,
    CLOCK_COORDINATION,
    CLOCK_EXACT_AFTER,
    CONTEXT_BEFORE,
    COUNT_NOUNS,
    DAY_AROUND,
    DAY_AROUND_BY,
    DROP_WORDS,
    MOVE_WORDS,
    ORDINAL_DAY_AFTER,
)
from slotwise.extractor.grounding.lexicon_cues import (  # noqa: F401
    BOUND_PREFIX,
    BOUND_SUFFIX,
    CLOCK_BEFORE_BOUND,
    CLOCK_BOUND_PREFIX,
    DAY_FILLED,
    DAY_FILLED_DEGREE,
    DAY_FILLED_NOT_AFTER,
    DAY_FILLED_VERB,
    EARLIEST_OF,
    EXCEPTION_CUES,
    FALLBACK,
    FALLBACK_AFTER_WEAK_DAY,
    FALLBACK_BETWEEN_ITEMS,
    FALLBACK_CONJUNCTION,
    FALLBACK_CUES,
    FALLBACK_LIST_JOINER,
    FALLBACK_NOT_ELSE,
    FALLBACK_NOT_OR_ELSE,
    FALLBACK_ONE_WORD,
    HOUR_ENDS_CLAUSE,
    LATEST,
    LATEST_OF,
    LISTS_OPTIONS,
    NEG_PREFIX,
    NEG_SUFFIX,
    NEGATED_EDGE_BOUND,
    NEGATION_WORDS,
    RETRACTION_CUES,
    SOONEST,
    CuePhrase,
)
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

# Relatives and pronouns live in lexicon_people.py; re-exported here.
from slotwise.extractor.grounding.lexicon_people import (  # noqa: F401
    HE,
    ME,
    PRONOUNS,
    PRONOUNS_ES,
    PRONOUNS_MANY,
    RELATIVES,
    RELATIVES_EN,
    RELATIVES_ES,
    RELATIVES_MANY,
    RELATIVES_MANY_EN,
    RELATIVES_MANY_ES,
    SHE,
    SOMEONE,
    SUBJECT_PRONOUNS,
)

# Number words live in lexicon_numbers.py; re-exported here for the rules.
from slotwise.extractor.grounding.lexicon_pods import EDGE_POD_PLURALS, EDGE_POD_WORDS
from slotwise.extractor.grounding.lexicon_romanised import (
    HALF_LENGTHS_ROMANISED,
    LENGTH_UNITS_ROMANISED,
    MONTHS_ID,
    PARTS_OF_DAY_ROMANISED,
    POD_WORDS_ROMANISED,
    SAME_DAY_ROMANISED,
    SAME_TIME_ROMANISED,
    WEEKDAYS_ID,
    WEEKDAYS_KO,
)

# Weekday 0 = Monday (datetime.weekday()). Each language's spellings of each weekday,
# written once; `WEEKDAYS` joins them day by day, English first (its first spelling is
# canonical), and `WEEKDAYS_SAID_WITH_DATE` takes the languages that write a date as the
# weekday and its number. "weak" spellings are also ordinary words ("sat", "sun", "wed",
# "mon") and need context.
Week = tuple[tuple[str, ...], ...]
WEEKDAYS_EN: Week = (
    ("monday", "mon", "mondy", "monady", "mnday", "munday", "mondey"),
    ("tuesday", "tues", "tue", "tu", "tuesdy", "teusday", "tusday", "tuseday", "tuesady"),
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
    ),
    ("thursday", "thurs", "thur", "thu", "thrs", "thursdy", "thrusday", "thurday", "thirsday"),
    ("friday", "fri", "fryday", "firday", "fridy", "frday", "fridey"),
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
    ),
    ("sunday", "sun", "sundy", "sundya", "sundey"),
)
# Spanish ("sábado", "domingo" are Portuguese too: written here once).
WEEKDAYS_ES: Week = (
    ("lunes",),
    ("martes",),
    ("miércoles", "miercoles"),
    ("jueves",),
    ("viernes",),
    ("sábado", "sabado"),
    ("domingo",),
)
WEEKDAYS_DE: Week = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag",),
    ("sonntag",),
)
WEEKDAYS_FR: Week = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)
# Tagalog: only the days Spanish did not lend ("Huwebes", "Biyernes"); Sunday, "Linggo",
# is also "week" and stays out.
WEEKDAYS_TL: Week = ((), (), ("miyerkules", "myerkules"), ("huwebes",), ("biyernes",), (), ())
# Portuguese: the full names ("segunda-feira") and the short ones ("segunda"), which are
# also ordinals ("a segunda vez", `PT_ORDINAL_NOUN`); the weekend is Spanish's spelling.
WEEKDAYS_PT: Week = (
    ("segunda-feira", "segunda"),
    ("terça-feira", "terça", "terca-feira", "terca"),
    ("quarta-feira", "quarta"),
    ("quinta-feira", "quinta"),
    ("sexta-feira", "sexta"),
    (),
    (),
)
WEEKDAYS_NL: Week = (
    ("maandag",),
    ("dinsdag",),
    ("woensdag",),
    ("donderdag",),
    ("vrijdag",),
    ("zaterdag",),
    ("zondag",),
)
# Italian, said inside English by tourists and couples planning in Italy ("sabato
# pomeriggio", "dopodomani, altrimenti venerdì"). "domenica" is also a name: a weak day
# (`WEAK_WEEKDAYS`).
WEEKDAYS_IT: Week = (
    ("lunedì", "lunedi"),
    ("martedì", "martedi"),
    ("mercoledì", "mercoledi"),
    ("giovedì", "giovedi"),
    ("venerdì", "venerdi"),
    ("sabato",),
    ("domenica",),
)
# The languages' tables joined day by day, English first, then Spanish, German, French,
# Tagalog, Portuguese, Dutch and Italian (`rules_foreign`), Indonesian / Malay and Korean
# (`lexicon_romanised`).
WEEKDAYS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w for lang in days for w in lang)
    for days in zip(
        WEEKDAYS_EN,
        WEEKDAYS_ES,
        WEEKDAYS_DE,
        WEEKDAYS_FR,
        WEEKDAYS_TL,
        WEEKDAYS_PT,
        WEEKDAYS_NL,
        WEEKDAYS_IT,
        WEEKDAYS_ID,
        WEEKDAYS_KO,
        strict=True,
    )
)
# The Portuguese weekdays that are also ordinals: the short ones ("segunda", "sexta").
PT_ORDINAL_DAYS = tuple(w for day in WEEKDAYS_PT for w in day if not w.endswith("-feira"))
# The weekday names of the languages that write a date as weekday and number ("el lunes 2",
# "sexta-feira 4", "mardi 3", "Montag 2", "maandag 2"; `rules.weekday_day_number_foreign`); the
# short Portuguese ones are also ordinals and stay out ("a segunda 2"?: too weak).
WEEKDAYS_SAID_WITH_DATE = tuple(
    w
    for lang in (
        WEEKDAYS_ES,
        WEEKDAYS_PT,
        WEEKDAYS_FR,
        WEEKDAYS_DE,
        WEEKDAYS_NL,
        WEEKDAYS_IT,
        WEEKDAYS_ID,  # Indonesian: "Senin 2", "Rabu 28" (the hour is said with "jam")
    )
    for day in lang
    for w in day
    if w not in PT_ORDINAL_DAYS
)
# The Portuguese weekdays that are also ordinals, and what follows them as ordinals (a
# noun they count: "a segunda vez", "quinta opção", "a terça parte"; `atoms.WD`).
# In Spanish they are only ordinals ("la segunda", "las dos primeras y la quinta"): not
# after a Spanish or English article.
PT_ORDINAL_AFTER = r"(?<!\bla )(?<!\blas )(?<!\bel )(?<!\blo )(?<!\blos )(?<!\bthe )"
PT_ORDINAL_NOUN = (
    r"(?![\w-])(?!\s+(?:vez|vezes|op[çc][ãa]o|op[çc][õo]es|opci[óo]n|opciones|cita|hora|dose|consulta|sess[ãa]o|parte|"
    r"s[ée]rie|ano|filh[ao]|semana|fila|linha|andar|aula|tentativa|etapa|turma|time|"
    r"place|option|round|generation)\b)"
)
WEAK_WEEKDAYS = frozenset({"mon", "wed", "sat", "sun", "tu", "domingo", "mardi", "domenica"})
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
    # a comma and a fallback or a wish about the hours: "sat, if not then sun", "one sat, or
    # if not then sun", "Sat, anything from 3pm", "pool sat, not too late"
    r"\s*,\s*(?:(?:or\s+(?=if\b))?" + FALLBACK_AFTER_WEAK_DAY + r"|anything|not\s+too)\b",
    # a clause about the day: "sat is a travel day", "sat's no good", "wed's out for me",
    # "sat i got a race", "sat we're away"; a verb "sat" is not followed by "is" or "I"
    # ("sun is", "sun's out" stay the sun)
    r"(?<!sun)(?<!sun\.)(?:\s+is|['’]s)\s+(?:a|an|no|not|out|off|bad|fine|good|ok|okay|best|"
    r"better|free|busy|full|booked|taken|the)\b",
    # what fills the day, said as its subject: "wed is her orthodontist", "sat's our
    # anniversary", "mon is my long day" (the sun is nobody's: "sun is my friend" stays)
    r"(?<!sun)(?<!sun\.)(?:\s+is|['’]s)\s+(?:my|her|his|our|their|your|ur)\b",
    # a verdict on the day in a run of days: "mon no, tue no, wed maybe, thu yes", "sat
    # maybe?", "wed yes pls"; a fallback with no comma: "sat morning first choice, mon if
    # not"; a firm need after a comma: "insp wed, has to be before 11", "wed but it HAS
    # to finish by 10" (the sun again stays: "sun maybe later")
    r"(?<!sun)(?<!sun\.)\s+(?:maybe|no|nope|yes|yep|yeah|possibly|poss)(?=\s*(?:[,.;!?]|$|pls|please))",
    r"\s+if\s+not\b",
    r"\s*,\s*(?:it\s+)?(?:has|have|needs?|must|gotta|got)\s+(?:to\s+)?(?:be|finish|start|end)\b",
    r"(?<!sun)(?<!sun\.)\s*,?\s+but\s+(?:it\s+(?:has|must|needs?|['’]s\s+got)|not\s+(?:before|"
    r"after|too|till|until|past)|only\s+(?:before|after|from|till|until|in\s+the))\b",
    r"(?<!sun)(?<!sun\.)\s+(?:i|we|i['’]?m|i['’]?ve|we['’]?re)\s+(?:got|have|had|am|are|can['’]?t|cant|"
    r"won['’]?t|wont|will|need|work|should|might)?\b",
    r"\s+(?:preferred|pref|any\s+(?:good|better|use|chance|luck)|tho|though)\b",
    # what is booked for the day: "sat class cant happen", "wed lesson", "mon shift"
    r"\s+(?:class|lesson|game|match|shoot|shift|cut|groom|clean|service|session|practice)\b",
    r"\s*(?:,|/|&|\+|-|or|and|n|thru|through|to|till|til|until|nor)?\s*(?:maybe\s+|even\s+)?{wd}\b",
    r"\s+(?:w/?|with)\s+(?!the\s|a\s|my\s|our\s|his\s|her\s|some|no\s)",  # "wed w okafor", "Sat w/ kofi"
    r"['’]s\s+(?:shoot|appt|appointment|booking|slot|session|visit|class|lesson|cut|groom)\b",
    r"\s+(?:appt|appointment|apt|booking|slot|session|visit|instead|then|pls|plz|please|"
    r"works?|would|could|is\s+(?:out|good|fine|ok|okay|best|better|free|the\s+only|my\s+only)|"
    r"same\s+time|week|wk|if\s+poss|either|ideally|preferably|only)\b",
    # ruled out in words after it (`NEG_SUFFIX`), whatever follows: "Mon is no good tho",
    # "sat doesn't work for us", "Sun isn't possible, sorry"
    r"\s+(?:is|are)\s+(?:out|no\s+good|not\s+good|bad|a\s+no|off\s+the\s+table|"
    r"not\s+possible|impossible|not\s+an\s+option)\b",
    r"\s+isn['’]?t\s+(?:good|possible|an\s+option)\b",
    # ... or by what fills it: "sat is chocka", "wed's rammed" (`DAY_FILLED_SAID` below)
    r"\s+(?:(?:does|do|will)\s+not|(?:doesn|don|won)['’]?t)\s+work\b",
    r"\s+not\s+possible\b",
    r"\s+(?:at\s+)?(?:[1-9]|1[0-2])(?:[:.]\d\d)?(?:\s*(?:am|pm))?(?![\w:.]|\s*(?:hours?|hrs?|mins?|"
    r"minutes?|days?|weeks?|people|ppl|times|x\b))",
)
# Booking words after a weak weekday that make it a day whatever comes before it ("do
# you have Sat openings", "any sun availability?").
WEAK_DAY_SURE_AFTER = r"\s+(?:openings?|availability|avail|slots|appts|appointments|bookings)\b"
# Words right before a weak weekday that make it a day: another day and a list word
# ("fri / sat", "thurs or sat").
WEAK_DAY_BEFORE: tuple[str, ...] = (
    # ... also in the writer's own language: "sabato o domenica", "samedi ou dimanche"
    r"{wd}\.?\s*(?:,|/|&|\+|-|or|and|n|nor|o|ou|oder|y|e|et)\s*(?:maybe\s+)?$",
    # the first or last of its kind, or each of them: "the earliest sat in feb", "every wed"
    r"(?<![\w'’])(?:earliest|latest|every|each)\s+$",
    # an option of a pasted web form, ticked or not: "[x] Sat", "[ ] Sun", "☐ Wed"
    r"(?:\[\s*[xX✓✔]?\s*\]|[☐☑☒✔✅])\s*$",
)
# The weak weekdays of Spanish, Portuguese and Italian ("domingo", "domenica", also first
# names), and the article or determiner before them that makes them the day: "el
# domingo", "este domingo", "para el domingo", "cada domingo", "no domingo", "la domenica"
# (G49). The name takes none ("Domingo llamó", "con Domingo").
ROMANCE_WEAK_DAYS = frozenset({"domingo", "domenica"})
ROMANCE_DAY_BEFORE = (
    r"(?<![\w'’])(?:el|este|ese|pr[óo]ximo|cada|del|al|otro|o|no|ao|do|esse|"
    r"la|questa|ogni|alla|di)\s+$"
)
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
# The Spanish and French names, read only after a day's number ("el 15 de julio", "le 5
# juin", "le 4 ou le 11 novembre": `rules_foreign`, `month_after`): "Julio", "Avril" are
# also names. Month number -> spellings; "mayo", "mars", "mai" (also words) stay out.
FOREIGN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("enero", "janvier"),
    2: ("febrero", "février", "fevrier"),
    3: ("marzo",),
    4: ("abril", "avril"),
    6: ("junio", "juin"),
    7: ("julio", "juillet"),
    8: ("agosto", "août", "aout"),
    9: ("septiembre", "septembre"),
    10: ("octubre", "octobre"),
    11: ("noviembre", "novembre"),
    12: ("diciembre", "décembre", "decembre"),
}
for _n, _names in MONTHS_ID.items():  # Indonesian, Malay: "9 Agustus" (`lexicon_romanised`)
    FOREIGN_MONTHS[_n] = FOREIGN_MONTHS.get(_n, ()) + _names
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
# The visit's length said in the customer's own language inside an English message
# (`rules_foreign.foreign_length`): "2 horas", "una hora", "une heure", "isang oras",
# "do ghante". Units: spelling -> minutes in one; counts: spelling -> how many.
FOREIGN_LENGTH_UNITS: dict[str, int] = {
    **{w: 60 for w in ("hora", "horas", "heure", "heures", "oras", "ghanta", "ghante", "ghanto")},
    "hs": 60,  # Rioplatense "2 hs" (G48; "18 hs" is the clock: `rules_clock_hs`)
    # the diminutive, as Latin American Spanish says a length: "dos horitas", "2 horitas" (G49)
    **{w: 60 for w in ("horita", "horitas")},
    **{w: 1 for w in ("minuto", "minutos", "minutong", "minit")},
    **LENGTH_UNITS_ROMANISED,  # "45 menit", "1 jam", "30 phút" (`lexicon_romanised`)
}
FOREIGN_LENGTH_COUNTS: dict[str, int] = {
    **{w: 1 for w in ("una", "un", "une", "isang", "ek", "uma")},
    **{w: 2 for w in ("dos", "deux", "dalawang", "do", "duas")},
    **{w: 3 for w in ("tres", "trois", "tatlong", "teen", "três")},
    **{w: 4 for w in ("cuatro", "quatre", "apat na", "char")},
}
# Half an hour, and an hour and a half, said whole: spelling -> minutes.
FOREIGN_HALF_LENGTHS: dict[str, int] = {
    **{w: 30 for w in ("media hora", "demi-heure", "une demi-heure", "kalahating oras")},
    **{w: 30 for w in ("aadha ghanta", "adha ghanta")},
    **{w: 90 for w in ("hora y media", "hora i media", "dedh ghanta", "dedh ghante")},
    **{w: 90 for w in ("horita y media",)},
    # Portuguese: "meia hora", "uma hora e meia" (the count's "uma" comes before it)
    **{w: 30 for w in ("meia hora", "meia-hora")},
    **{w: 90 for w in ("hora e meia",)},
    **HALF_LENGTHS_ROMANISED,  # "setengah jam", "sejam" (`lexicon_romanised`)
}
# Said after a count and its unit, a half more: "una hora y media", "deux heures et demie",
# "isang oras at kalahati", "duas horas e meia".
FOREIGN_AND_A_HALF = ("y media", "et demie", "et demi", "at kalahati", "e meia")
# "same time" in the customer's own language (`anaphora.same_time`): the clock said before.
FOREIGN_SAME_TIME = (
    "même heure",
    "à la même heure",
    "meme heure",
    "la misma hora",
    "a la misma hora",
    "misma hora",
    # ... "mismo horario", "el mismo horario" (G49)
    "mismo horario",
    "el mismo horario",
    "en el mismo horario",
    "parehong oras",
    "same oras",
    # Portuguese and Dutch: "quinta no mesmo horário", "na mesma hora", "zelfde tijd"
    "no mesmo horário",
    "no mesmo horario",
    "mesmo horário",
    "mesmo horario",
    "na mesma hora",
    "mesma hora",
    "zelfde tijd",
    "dezelfde tijd",
    "op hetzelfde tijdstip",
    *SAME_TIME_ROMANISED,  # "cùng giờ", "jam yg sama", "nafs el wa2t" (`lexicon_romanised`)
)
# "that day", "the same day" in the customer's words (`anaphora`'s same_day): "ese día",
# "ese mismo día", "el mismo día", "no mesmo dia", "nesse dia", "dezelfde dag", "die dag"
FOREIGN_SAME_DAY = (
    "ese día",
    "ese dia",
    "ese mismo día",
    "ese mismo dia",
    "el mismo día",
    "el mismo dia",
    "no mesmo dia",
    "mesmo dia",
    "nesse dia",
    "neste dia",
    "naquele dia",
    "dezelfde dag",
    "die dag",
    *SAME_DAY_ROMANISED,  # "cùng ngày", "hari yg sama", "nafs el yom" (`lexicon_romanised`)
)
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
    # Ireland's own names for it (A49): "the week after Paddy's Day", "not Paddy's Day"
    "paddy's day": "st_patrick",
    "st. paddy's day": "st_patrick",
    "saint paddy's day": "st_patrick",
    "patrick's day": "st_patrick",
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
    # South Africa's public holiday of 24 September (A49)
    "heritage day": "heritage_day",
    # Trinidad and Tobago's Carnival, counted from Easter (A49): Carnival Monday and
    # Tuesday before Ash Wednesday, "Carnival Friday" the Friday before them; Shrove
    # Tuesday is Carnival Tuesday elsewhere ("pancake day"; "Mardi Gras" stays words: French)
    "carnival monday": "carnival_monday",
    "carnival tuesday": "carnival_tuesday",
    "carnival friday": "carnival_friday",
    "ash wednesday": "ash_wednesday",
    "shrove tuesday": "carnival_tuesday",
    "pancake day": "carnival_tuesday",
    # the new year of the Chinese calendar (A49): `LUNAR_NEW_YEAR`
    "chinese new year": "lunar_new_year",
    "lunar new year": "lunar_new_year",
    "chinese new year's day": "lunar_new_year",
    "cny": "lunar_new_year",
    "spring festival": "lunar_new_year",
    "seollal": "lunar_new_year",
}
# The first day of the Chinese calendar's year, by year (A49): a lunar date, so a table.
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
    2031: (1, 23),
    2032: (2, 11),
    2033: (1, 31),
    2034: (2, 19),
    2035: (2, 8),
}
# Days counted from Easter Sunday: Good Friday, Easter Monday, Ash Wednesday, Carnival.
EASTER_OFFSETS: dict[str, int] = {
    "easter": 0,
    "easter_monday": 1,
    "good_friday": -2,
    "ash_wednesday": -46,
    "carnival_tuesday": -47,
    "carnival_monday": -48,
    "carnival_friday": -51,
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
    "heritage_day": (9, 24),
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
    # the meals as Britain and Ireland name them (`meal_words`): "dinner" at midday, "tea"
    # in the evening
    "midday_dinner": ("12:00", "14:00", "pm"),
    "tea": ("17:00", "19:00", "pm"),
    **PARTS_OF_DAY_ROMANISED,  # Indonesian "siang", "sore" (`lexicon_romanised`)
}
# A meal word read one way that has another reading, kept as the alternative: a British or
# Irish "dinner" is the midday meal for most (`meal_words`), the evening one for others.
SECOND_MEAL_READING = {"midday_dinner": "dinner"}

# The zones whose writers' "dinner" is the midday meal (`meal_words`).
MIDDAY_DINNER_ZONES = frozenset(
    {
        "Europe/London",
        "Europe/Belfast",
        "Europe/Dublin",
        "Europe/Isle_of_Man",
        "Europe/Jersey",
        "Europe/Guernsey",
        "GB",
        "Eire",
    }
)

# Spellings of parts of the day -> table key. Plurals make a recurring set.
POD_WORDS: dict[str, str] = {
    "morning": "morning",
    "mornin": "morning",
    "morn": "morning",
    "mrng": "morning",  # texting: "sat mrng or sun mrng", "tmrw mrng"
    "mrning": "morning",
    "mornng": "morning",
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
    "aftanoon": "afternoon",  # Hawaiian Pidgin ("tomorrow aftanoon", "aftahnoon")
    "aftahnoon": "afternoon",
    "efternoon": "afternoon",  # Scots: "the morra efternoon", "this efternoon" (G44)
    "efternin": "afternoon",
    "eftirnoon": "afternoon",
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
    "evng": "evening",  # texting: "fri evng"
    "early evening": "early_evening",
    "late evening": "late_evening",
    "night": "night",
    "nite": "night",
    "first thing": "first_thing",
    "first thing in the morning": "first_thing",
    # Spanish "a primera hora", "a primera hora de la mañana" (G49; "la primera hora" of
    # a class is its first hour, no part of the day)
    "a primera hora": "first_thing",
    "a primera hora de la mañana": "first_thing",
    "a primera hora de la manana": "first_thing",
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
    "en la mañanita": "morning",  # the diminutive ("cita pal lunes en la mañanita")
    "por la mañanita": "morning",
    "de mañanita": "morning",
    "por la tarde": "afternoon",
    "en la tarde": "afternoon",
    "de la tarde": "afternoon",
    "por la noche": "evening",
    "en la noche": "evening",
    "de la noche": "evening",
    # Rioplatense: "el sábado a la tarde", "mañana a la mañana" (G48)
    "a la mañana": "morning",
    "a la manana": "morning",
    "a la mañanita": "morning",
    "a la tarde": "afternoon",
    "a la tardecita": "late_afternoon",
    "a la noche": "evening",
    "a la nochecita": "evening",
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
    # Quebec French: "le samedi en avant-midi", "mardi pm", "jeudi soir", "en fin de journée"
    "soir": "evening",
    "matin": "morning",
    "avant-midi": "morning",
    "en avant-midi": "morning",
    "après-midi": "afternoon",
    "apres-midi": "afternoon",
    "en après-midi": "afternoon",
    "en fin de journée": "end_of_day",
    "en fin de journee": "end_of_day",
    "fin de journée": "end_of_day",
    "en fin d'après-midi": "late_afternoon",
    "fin d'après-midi": "late_afternoon",
    "après l'école": "after_school",
    # the French lunch break, "entre midi et deux" (between noon and two), and the edges of
    # the morning and the afternoon ("en fin de matinée", "en début d'après-midi")
    "entre midi et deux": "lunch",
    "entre midi et 2": "lunch",
    "en fin de matinée": "late_morning",
    "en fin de matinee": "late_morning",
    "fin de matinée": "late_morning",
    "en début de matinée": "early_morning",
    "en debut de matinee": "early_morning",
    "début de matinée": "early_morning",
    "en début d'après-midi": "early_afternoon",
    "en debut d'apres-midi": "early_afternoon",
    "début d'après-midi": "early_afternoon",
    "en début de soirée": "early_evening",
    "en debut de soiree": "early_evening",
    "début de soirée": "early_evening",
    # Italian ("sabato pomeriggio", "domani mattina", "venerdì in mattinata"); "sera"
    # alone is also French ("ce sera"), so only with its article or preposition
    "pomeriggio": "afternoon",
    "il pomeriggio": "afternoon",
    "di pomeriggio": "afternoon",
    "nel pomeriggio": "afternoon",
    "mattina": "morning",
    "la mattina": "morning",
    "di mattina": "morning",
    "in mattinata": "morning",
    "la sera": "evening",
    "di sera": "evening",
    "in serata": "evening",
    "après le travail": "after_work",
    # Tagalog in Taglish ("bukas ng hapon", "Sabado ng umaga", "sa hapon po")
    "umaga": "morning",
    "ng umaga": "morning",
    "sa umaga": "morning",
    "hapon": "afternoon",
    "ng hapon": "afternoon",
    "sa hapon": "afternoon",
    "ng gabi": "evening",  # "gabi" alone is also the taro
    "sa gabi": "evening",
    "tanghali": "lunch",
    # Portuguese ("sexta de manhã", "quinta à tarde", "amanhã cedo" is not one: "cedo" is
    # also "soon"); the greetings "bom dia", "boa tarde" are no part of the day
    "de manhã": "morning",
    "de manha": "morning",
    "da manhã": "morning",
    "pela manhã": "morning",
    "pela manha": "morning",
    "na parte da manhã": "morning",
    "de tarde": "afternoon",
    "à tarde": "afternoon",
    "da tarde": "afternoon",
    "pela tarde": "afternoon",
    "na parte da tarde": "afternoon",
    "no fim da tarde": "late_afternoon",
    "no final da tarde": "late_afternoon",
    "fim da tarde": "late_afternoon",
    "final da tarde": "late_afternoon",
    "no fim da manhã": "late_morning",
    "fim da manhã": "late_morning",
    "final da manhã": "late_morning",
    "depois do almoço": "after_lunch",
    "depois do almoco": "after_lunch",
    "à noite": "evening",
    "de noite": "evening",
    "da noite": "evening",
    "no fim do dia": "end_of_day",
    "no final do dia": "end_of_day",
    "na hora do almoço": "lunch",
    # Dutch ("woensdag in de ochtend", "'s middags"; "zaterdagochtend" is `rules_foreign`'s)
    "'s ochtends": "morning",
    "'s morgens": "morning",
    "in de ochtend": "morning",
    "'s middags": "afternoon",
    "in de middag": "afternoon",
    "'s avonds": "evening",
    "in de avond": "evening",
    "aan het eind van de dag": "end_of_day",
    "aan het einde van de dag": "end_of_day",
    "after-work": "after_work",  # the pattern takes "afterwork" too (`pod_key`)
    # Singapore, Malaysian and Indian English: "wed after office", "after office hours"
    "after office": "after_work",
    "after office hours": "after_work",
    "before office": "before_work",
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
    "efter school": "after_school",  # Scots "efter" (`lexicon_cues.BOUND_PREFIX`)
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
    "tea time": "tea",  # the evening meal: "Tuesday at tea time", "teatime on Wednesday"
    "teatime": "tea",
    "tea-time": "tea",
    "supper": "dinner",
    "night time": "night",
    "night-time": "night",
    "nighttime": "night",
    "daytime": "business_hours",
    # Australian "mid-arvo" as "mid-afternoon" (14:00-16:00)
    "mid arvo": "mid_afternoon",
    "mid-arvo": "mid_afternoon",
    "midarvo": "mid_afternoon",
    # Hindi, written in Latin letters by Indian customers ("parso shaam ko", `rules_hinglish`)
    "subah": "morning",
    "dopahar": "afternoon",
    "shaam": "evening",
    "raat": "night",
    # Mandarin in pinyin (`rules_chinese`): "mingtian xiawu", "houtian shangwu"
    "xiawu": "afternoon",
    "shangwu": "morning",
    "zaoshang": "morning",
    "wanshang": "evening",
    "zhongwu": "lunch",
    # Japanese, written in Latin letters (romaji, `rules_romaji`): "ashita gogo", "ashita
    # no gogo", "kyou no yuugata"; "no" ties the part of the day to its day. "asa"
    # (morning) is read only with its day (weak alone: `rules_time._POD_WEAK`)
    **{
        f"{no}{word}": pod
        for word, pod in (
            ("gogo", "afternoon"),
            ("gozen", "morning"),
            ("asa", "morning"),
            ("yugata", "early_evening"),
            ("yuugata", "early_evening"),
            ("yūgata", "early_evening"),
            ("yoru", "night"),
        )
        for no in ("", "no ")
    },
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
POD_WORDS |= POD_WORDS_ROMANISED  # "besok pagi", "naeil ohu", "torn yen" (lexicon_romanised.py)
POD_PLURALS |= EDGE_POD_PLURALS  # "late afternoons", "early mornings"


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


# A day ruled out by what fills it, said after it (`lexicon_cues.DAY_FILLED`, G47): the
# verb, a word of degree and the predicate ("'s pretty full", "are chaos", "is booked up");
# a weak weekday before it is a day ("sat is chocka", "wed's rammed"; "the sun's out" stays).
DAY_FILLED_SAID = (
    rf"{DAY_FILLED_VERB}\s+(?:{alternation(DAY_FILLED_DEGREE)}\s+)?{alternation(DAY_FILLED)}"
    rf"(?![\w'’-])"
)
WEAK_DAY_AFTER += (r"(?<!sun)(?<!sun\.)\s*" + DAY_FILLED_SAID,)
# a Taglish or Welsh particle after it: "Wed po", "sat po sana", "sat plis" (G49)
WEAK_DAY_AFTER += (r"\s+(?:po|sana|plis)\b",)


def weekday_index(word: str) -> int:
    """Weekday number (0 = Monday) of a spelling, plural "s" allowed."""
    w = word.lower().rstrip(".")
    w = re.sub(r"[\s-]*feira$", "-feira", w)  # "sexta feira", "sextafeira"
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
    for n, foreign in FOREIGN_MONTHS.items():
        if w in foreign:
            return n
    raise KeyError(word)


_POD_SQUASHED = {re.sub(r"[\s'-]", "", w): v for w, v in POD_WORDS.items()}

# A length said as a multiple of the booking's usual one (`rules_double_length`): "a
# double" is two lessons, sessions or appointments back to back ("a double on sat",
# "Double lesson either this Saturday", "could you squeeze a double in?").
LENGTH_MULTIPLES: dict[str, int] = {"double": 2, "triple": 3}
# The nouns of what is booked that may follow the word: "a double lesson", "a triple
# session". Not "booking" ("a double booking" is one booked twice).
MULTIPLE_OF: tuple[str, ...] = (
    "lesson",
    "session",
    "appointment",
    "appt",
    "slot",
    "period",
    "class",
)
# The words that may follow "a double" said alone (besides a weekday, punctuation or the
# end): how a length goes on to its day, provider or hedge ("a double on sat", "a
# double wi Morag", "a double asap"). Any other word makes it a thing: "a double shift",
# "a double room", "a double espresso", "a double or a twin".
AFTER_A_MULTIPLE: tuple[str, ...] = (
    "on",
    "with",
    "wi",
    "in",
    "at",
    "for",
    "before",
    "beforehand",
    "after",
    "the",
    "this",
    "next",
    "sometime",
    "tomorrow",
    "today",
    "tonight",
    "asap",
    "please",
    "pls",
    "plz",
    "if",
    "but",
    "then",
    "ideally",
    "preferably",
    "thanks",
    "instead",
)
