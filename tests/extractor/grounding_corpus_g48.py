"""The G48 corpus: phrasings grounding still misread (issue 13).

1. The 24-hour clock as Spanish speakers write it (Argentina, Uruguay, much of Latin
   America): "18 hs", "17.30hs", "las 19" after a bound word, ranges "de 14 a 16 hs" and
   "entre las 15 y las 17", "18 hs en adelante", "a las 13 horas"; about a clock with
   "tipo 18", "a eso de las 19 hs" (`rules_clock_hs`, `rules_h24_range`); Rioplatense parts
   of the day "a la tarde", "a la mañana", "a la noche" (`lexicon.POD_WORDS`).
2. Day words typed squashed together: "nextweek tues", "thiswk", "2nyt", "2moz",
   "tmrwmorning", "fridaynight", "wkdays" (`rules_squashed.SQUASHED`).
3. About the sun's time: "around sunset", "close to sunrise", "near dusk" are the hour
   about the computed time, as "around 4:30pm" is (`rules_dark`).
4. Romanised words read as rules, only where their language's cue words occur: Japanese
   "raishuu", "konshuu", "shuumatsu", "getsuyoubi" (`rules_romaji`); Swahili "kesho",
   "leo jioni", "asubuhi", "Ijumaa", "wiki ijayo" (`rules_swahili`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): next
week is Mon 30 Nov - Sun 6 Dec. Intervals are written "%a %d %H:%M" (the first interval).
"""

from __future__ import annotations

# 1. Each row: the message, the mention's words, its bound ("before" / "after" / None),
# the first interval's start and end.
CLOCK_HS: tuple[tuple[str, str, str | None, str, str], ...] = (
    (
        "¿tienen lugar el jueves a las 18 hs?",
        "jueves a las 18 hs",
        None,
        "Thu 26 18:00",
        "Thu 26 19:00",
    ),
    ("mañana 17.30hs con Caro, se puede?", "mañana 17.30hs", None, "Tue 24 17:30", "Tue 24 17:31"),
    ("el viernes 20:15 hs puede ser?", "viernes 20:15 hs", None, "Fri 27 20:15", "Fri 27 20:16"),
    ("Thursday 18hs works for me", "Thursday 18hs", None, "Thu 26 18:00", "Thu 26 19:00"),
    (
        "bandoneón, jueves 26, 18 hs. gracias",
        "jueves 26, 18 hs.",
        None,
        "Thu 26 18:00",
        "Thu 26 19:00",
    ),
    ("we can get there after 21 hs", "after 21 hs", "after", "Mon 23 21:00", "Tue 24 00:00"),
    (
        "el sábado después de las 19",
        "sábado después de las 19",
        "after",
        "Sat 28 19:00",
        "Sun 29 00:00",
    ),
    (
        "cualquier día después de las 19 hs",
        "después de las 19 hs",
        "after",
        "Mon 23 19:00",
        "Tue 24 00:00",
    ),
    (
        "trabajo hasta las 18 hs, así que tarde",
        "hasta las 18 hs",
        "before",
        "Mon 23 09:00",
        "Mon 23 18:00",
    ),
    (
        "a partir de las 16 cualquier día",
        "a partir de las 16",
        "after",
        "Mon 23 16:00",
        "Tue 24 00:00",
    ),
    (
        "Martes entonces, desde las 20, tres horas",
        "desde las 20",
        "after",
        "Tue 24 20:00",
        "Wed 25 00:00",
    ),
    (
        "nunca antes de las 20 por el laburo",
        "nunca antes de las 20",
        "after",
        "Mon 23 20:00",
        "Tue 24 00:00",
    ),
    (
        "no más temprano de las 18 porfa",
        "no más temprano de las 18",
        "after",
        "Mon 23 18:00",
        "Tue 24 00:00",
    ),
    (
        "salgo a las 17, así que 18 hs en adelante",
        "18 hs en adelante",
        "after",
        "Mon 23 18:00",
        "Tue 24 00:00",
    ),
    ("de 19 en adelante estoy libre", "19 en adelante", "after", "Mon 23 19:00", "Tue 24 00:00"),
    ("el martes de 14 a 16 hs", "martes de 14 a 16 hs", None, "Tue 24 14:00", "Tue 24 16:00"),
    (
        "mañana entre las 15 y las 17",
        "mañana entre las 15 y las 17",
        None,
        "Tue 24 15:00",
        "Tue 24 17:00",
    ),
    (
        "el miércoles de las 14 a las 16",
        "miércoles de las 14 a las 16",
        None,
        "Wed 25 14:00",
        "Wed 25 16:00",
    ),
    (
        "el viernes entre 15 y 17 hs",
        "viernes entre 15 y 17 hs",
        None,
        "Fri 27 15:00",
        "Fri 27 17:00",
    ),
    (
        "para el martes, a las 13 horas",
        "martes, a las 13 horas",
        None,
        "Tue 24 13:00",
        "Tue 24 14:00",
    ),
)
# About a clock: the message, the mention's words, the first interval's start and end.
CLOCK_HS_ABOUT: tuple[tuple[str, str, str, str], ...] = (
    (
        "quería una clase para mañana tipo 18, se puede?",
        "mañana tipo 18",
        "Tue 24 17:30",
        "Tue 24 18:30",
    ),
    (
        "el domingo tipo 17, que a las 19 juega River",
        "domingo tipo 17",
        "Sun 29 16:30",
        "Sun 29 17:30",
    ),
    ("Tipo 19 estaría bien", "Tipo 19", "Mon 23 18:30", "Mon 23 19:30"),
    ("el martes tipo 18.30", "martes tipo 18.30", "Tue 24 18:00", "Tue 24 19:00"),
    ("viernes a eso de las 19 hs", "viernes a eso de las 19 hs", "Fri 27 18:30", "Fri 27 19:30"),
    (
        "el jueves cerca de las 20 hs",
        "jueves cerca de las 20 hs",
        "Thu 26 19:30",
        "Thu 26 20:30",
    ),
    ("around 18hs on Friday if you can", "around 18hs on Friday", "Fri 27 17:30", "Fri 27 18:30"),
    ("el sábado tipo las 16", "sábado tipo las 16", "Sat 28 15:30", "Sat 28 16:30"),
)
# Not a clock: lengths, counts, prices.
NOT_CLOCK_HS: tuple[str, ...] = (
    "la clase dura 2 hs",
    "necesito 2 hs de sala",
    "somos tipo 3 personas",
    "tiene tipo 18 años",
    "vi que estaba a 18.000 pesos",
    "about 2 hs should do",
    "aprox 3 hs",
    "tipo 15 minutos nomás",
)
# A length said with "hs": the message, the words, the minutes.
LENGTH_HS: tuple[tuple[str, str, int], ...] = (
    ("necesito sala 2 hs, el lunes", "2 hs", 120),
    ("la clase dura 1 hs", "1 hs", 60),
    ("mañana por 3 hs si se puede", "3 hs", 180),
)
# Dates with the month names that are also words, said as a date says them: the
# message, the words, the first interval.
WORD_MONTH_DATE: tuple[tuple[str, str, str, str], ...] = (
    ("hay clase el 8 de mayo?", "el 8 de mayo", "Sat 08 00:00", "Sun 09 00:00"),
    ("la sala el 15 de mayo, todo el día", "el 15 de mayo", "Sat 15 00:00", "Sun 16 00:00"),
    ("sábado 1 de mayo", "sábado 1 de mayo", "Sat 01 00:00", "Sun 02 00:00"),
    ("un rendez-vous le 5 mai", "le 5 mai", "Wed 05 00:00", "Thu 06 00:00"),
    ("plutôt le 12 mars", "le 12 mars", "Fri 12 00:00", "Sat 13 00:00"),
)
NOT_WORD_MONTH_DATE: tuple[str, ...] = (
    "chicken mayo please",
    "Cinco de Mayo party",
    "Mars is far away",
)
# Rioplatense parts of the day: the message, the words, the first interval.
A_LA_PART: tuple[tuple[str, str, str, str], ...] = (
    ("el sábado a la tarde", "sábado a la tarde", "Sat 28 12:00", "Sat 28 17:00"),
    ("¿puedo ir mañana a la mañana?", "mañana a la mañana", "Tue 24 08:00", "Tue 24 12:00"),
    ("el jueves a la noche, después de cenar", "jueves a la noche", "Thu 26 17:00", "Thu 26 21:00"),
    ("Lu, mañana a la tarde tenés algo?", "mañana a la tarde", "Tue 24 12:00", "Tue 24 17:00"),
    ("el viernes a la tardecita", "viernes a la tardecita", "Fri 27 15:00", "Fri 27 17:00"),
)

# 2. Squashed day words: the message, the words, the first interval.
SQUASHED: tuple[tuple[str, str, str, str], ...] = (
    ("nextweek tues?", "nextweek tues", "Tue 01 00:00", "Wed 02 00:00"),
    ("can we do thu nxtwk", "thu nxtwk", "Thu 03 00:00", "Fri 04 00:00"),
    ("thiswk fri pls", "thiswk fri", "Fri 27 00:00", "Sat 28 00:00"),
    ("nextwk is fine", "nextwk", "Mon 30 00:00", "Mon 07 00:00"),
    ("anytime thisweek", "thisweek", "Mon 23 00:00", "Mon 30 00:00"),
    ("2nyt at 8?", "2nyt at 8", "Mon 23 20:00", "Mon 23 21:00"),
    ("2moz pls, any time", "2moz", "Tue 24 00:00", "Wed 25 00:00"),
    ("2morra morning if poss", "2morra morning", "Tue 24 08:00", "Tue 24 12:00"),
    ("tmrwmorning works", "tmrwmorning", "Tue 24 08:00", "Tue 24 12:00"),
    ("fridaynight?", "fridaynight", "Fri 27 17:00", "Fri 27 23:00"),
    ("satmorning 10am", "satmorning 10am", "Sat 28 10:00", "Sat 28 11:00"),
    ("sunarvo any good?", "sunarvo", "Sun 29 12:00", "Sun 29 17:00"),
    ("wkdays after 5 only", "wkdays after 5", "Mon 23 17:00", "Tue 24 00:00"),
    ("sometime nxtmonth", "nxtmonth", "Tue 01 00:00", "Fri 01 00:00"),
)
# Not squashed day words.
NOT_SQUASHED: tuple[str, ...] = (
    "ask Sunam at the desk",
    "my satnav died",
    "monthly membership please",
    "the weekly class",
)

# 3. About the sun's time: the message, the words, the place (`grounding_corpus_g47.
# PLACES`), the almanac's clock of the sun time; the first interval is the hour about it.
SUN_ABOUT: tuple[tuple[str, str, str, str], ...] = (
    ("around sunset on Thursday?", "sunset on Thursday", "ny", "16:31"),
    ("about sunset would be lovely", "sunset", "london", "21:21"),
    ("close to sunrise tomorrow", "sunrise tomorrow", "london", "04:43"),
    ("near dusk, the light is better", "dusk", "london", "22:05"),
    ("roughly sunset friday", "sunset friday", "dubai", "18:29"),
    ("somewhere around sundown on Friday", "sundown on Friday", "dubai", "18:29"),
)
# ... and "at sunset" stays the half hour from it: the message, the words, the place, the clock.
SUN_AT: tuple[tuple[str, str, str, str], ...] = (
    ("at sunset on Thursday", "sunset on Thursday", "ny", "16:31"),
    ("we'd like to start at sundown", "sundown", "dubai", "18:28"),
)

# 4. Romanised words read: the message, the words, the first interval.
ROMANISED: tuple[tuple[str, str, str, str], ...] = (
    ("kesho asubuhi please", "kesho asubuhi", "Tue 24 08:00", "Tue 24 12:00"),
    ("leo jioni kama inawezekana", "leo jioni", "Mon 23 17:00", "Mon 23 21:00"),
    ("Ijumaa mchana?", "Ijumaa mchana", "Fri 27 12:00", "Fri 27 17:00"),
    ("wiki ijayo Jumanne", "wiki ijayo Jumanne", "Tue 01 00:00", "Wed 02 00:00"),
    ("kesho kutwa is better", "kesho kutwa", "Wed 25 00:00", "Thu 26 00:00"),
    ("Alhamisi jioni, after work", "Alhamisi jioni", "Thu 26 17:00", "Thu 26 21:00"),
    ("Jumamosi asubuhi for the braids", "Jumamosi asubuhi", "Sat 28 08:00", "Sat 28 12:00"),
    ("raishuu getsuyoubi", "raishuu getsuyoubi", "Mon 30 00:00", "Tue 01 00:00"),
    ("konshuu no kinyoubi ok?", "konshuu no kinyoubi", "Fri 27 00:00", "Sat 28 00:00"),
    ("raishuu no gogo", "raishuu no gogo", "Mon 30 12:00", "Mon 30 17:00"),
    ("shuumatsu daijoubu?", "shuumatsu", "Sat 28 00:00", "Mon 30 00:00"),
    ("doyoubi gogo, Dr Kim", "doyoubi gogo", "Sat 28 12:00", "Sat 28 17:00"),
)
# ... no such reading in English: no mention of these words.
NOT_ROMANISED: tuple[str, ...] = (
    "Leo will call you back",
    "ask Leo please",
    "Kesha is my sister",
    "the wiki page says",
)
# Words now read are no longer warned of; the others still are (words, warned).
# (Swahili hours, "saa nane", are read since G49: `grounding_corpus_g49`.)
ROMANISED_WARNED: tuple[tuple[str, str], ...] = (("al rato paso por ahí", "al rato"),)
ROMANISED_NOT_WARNED: tuple[str, ...] = (
    "saa nane kesho?",
    "raishuu if possible",
    "kesho please",
    "asubuhi ni sawa",
    "jioni ok",
)
