"""The G49 corpus: Spanish time words and the other languages writers mix in (issue 13).

1. A list of days joined by Spanish, Portuguese or Italian "o" / "y" / "ou" / "e", with
   or without the article ("el martes o el jueves"): the part of the day, clock or bound
   after the last day is said of the whole list, its first day first, the last day alone
   as the alternative, as English's "Wednesday or Friday after 2"
   (`coordination.ROMANCE_JOINER`).
2. A day, clock, part of the day or bound ruled out by words said after it: "el jueves no
   puedo", "los viernes no me vienen bien", "después de las 6 no puedo", "antes de las 10
   imposible", "Más tarde de las 21 preferiría que no" (`lexicon_cues.NEG_SUFFIX`). A bound
   ruled out this way keeps the direction its words name and is `negated`, as a negated
   list's later bound is, in English too ("after 6 doesn't work").
3. "entre las 10 y las 12", "entre as 9 e as 11": a range with the article that names hours.
4. "el domingo": the weak "domingo" (also a name) with an article before it is the day.
5. "a las 5 hora de Chicago", "11am hora de Caracas": the Spanish "<place> time".
6. "después de las 5 de la tarde", "antes de las 11 de la mañana", "after 6 in the
   evening": a bound at a bare hour takes its half of the day from the part said after it.
7. Spanish for "whichever is earlier" ("el que tengan primero", "lo que sea más pronto")
   and for "as early as possible" ("lo más temprano posible"), set aside as in English.
8. More day words: "mañana o pasado", "la semana que entra", "la siguiente semana",
   "entre semana", "días de semana", "a primera hora", "pasadas las 5", "pasado el
   mediodía"; lengths in the diminutive, "dos horitas".
9. Swahili hours, counted from 6 o'clock: "saa nane" 14:00, "saa tatu asubuhi" 9:00
   (`rules_swahili`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Intervals are written "%a %d %H:%M" (the first interval).
"""

from __future__ import annotations

# 1. Each row: the message, the time said after the list, the days of the list (the
# days the time is read on), the first interval's start and end (the first day's).
ROMANCE_LIST: tuple[tuple[str, str, tuple[str, ...], str, str], ...] = (
    (
        "el martes o el jueves por la tarde",
        "por la tarde",
        ("Tue 24", "Thu 26"),
        "Tue 24 12:00",
        "Tue 24 17:00",
    ),
    (
        "lunes o miércoles después de las 4",
        "después de las 4",
        ("Mon 23", "Wed 25"),
        "Mon 23 16:00",
        "Tue 24 00:00",
    ),
    (
        "Martes, miércoles o jueves después de las 19 hs.",
        "después de las 19 hs.",
        ("Tue 24", "Wed 25", "Thu 26"),
        "Tue 24 19:00",
        "Wed 25 00:00",
    ),
    (
        "Jueves o viernes, por la mañana, preferiblemente con Lucía",
        "por la mañana",
        ("Thu 26", "Fri 27"),
        "Thu 26 08:00",
        "Thu 26 12:00",
    ),
    (
        "queremos sala miércoles o jueves de 21 a 23. Cualquiera de los dos.",
        "de 21 a 23",
        ("Wed 25", "Thu 26"),
        "Wed 25 21:00",
        "Wed 25 23:00",
    ),
    (
        "Mismo día y hora si se puede, martes o jueves a las 19.",
        "a las 19",
        ("Tue 24", "Thu 26"),
        "Tue 24 19:00",
        "Tue 24 20:00",
    ),
    (
        "una clase para cada uno, el viernes o el sábado, después de las 16",
        "después de las 16",
        ("Fri 27", "Sat 28"),
        "Fri 27 16:00",
        "Sat 28 00:00",
    ),
    (
        "mi primo solo puede el jueves o el sábado en la mañana",
        "en la mañana",
        ("Thu 26", "Sat 28"),
        "Thu 26 08:00",
        "Thu 26 12:00",
    ),
    (
        "lunes y miércoles en la tarde me quedan mejor",
        "en la tarde",
        ("Mon 23", "Wed 25"),
        "Mon 23 12:00",
        "Mon 23 17:00",
    ),
    (
        "El martes o el miércoles después de las 6 de la tarde. Con quien sea.",
        "después de las 6 de la tarde",
        ("Tue 24", "Wed 25"),
        "Tue 24 18:00",
        "Wed 25 00:00",
    ),
    (
        "terça ou quinta depois das 3",
        "depois das 3",
        ("Tue 24", "Thu 26"),
        "Tue 24 15:00",
        "Wed 25 00:00",
    ),
    (
        "sabato o domenica pomeriggio",
        "pomeriggio",
        ("Sat 28", "Sun 29"),
        "Sat 28 12:00",
        "Sat 28 17:00",
    ),
    (
        "mañana o pasado en la tarde, gracias",
        "en la tarde",
        ("Tue 24", "Wed 25"),
        "Tue 24 12:00",
        "Tue 24 17:00",
    ),
)

# 2. A day, clock or part of the day ruled out by the words after it: the message, the
# mention's words (the negation in them), the first interval's start and end.
NEG_AFTER: tuple[tuple[str, str, str, str], ...] = (
    ("el jueves no puedo, tengo corte", "jueves no puedo", "Thu 26 00:00", "Fri 27 00:00"),
    (
        "El lunes no puede que es el día que cuida a mi sobrino.",
        "lunes no puede",
        "Mon 23 00:00",
        "Tue 24 00:00",
    ),
    (
        "Los viernes no me vienen muy bien. De 14 a 16 sería ideal.",
        "viernes no me vienen muy bien",
        "Fri 27 00:00",
        "Sat 28 00:00",
    ),
    (
        "pero el sábado no puedo, ni el domingo en la mañana",
        "sábado no puedo",
        "Sat 28 00:00",
        "Sun 29 00:00",
    ),
    ("mañana no me sirve, el miércoles sí", "mañana no me sirve", "Tue 24 00:00", "Wed 25 00:00"),
    ("a las 14 no llego, salgo del laburo", "a las 14 no llego", "Mon 23 14:00", "Mon 23 15:00"),
    (
        "trabajo de 7 a 3:30, así que por la mañana imposible",
        "por la mañana imposible",
        "Mon 23 09:00",
        "Mon 23 12:00",
    ),
    ("sexta não dá, tenho aula", "sexta não dá", "Fri 27 00:00", "Sat 28 00:00"),
    # a bare "no" that ends its clause
    (
        "El miércoles no, que tenemos que ir al registro civil.",
        "miércoles no",
        "Wed 25 00:00",
        "Thu 26 00:00",
    ),
    ("mañana no. pasado sí", "mañana no", "Tue 24 00:00", "Wed 25 00:00"),
    ("Friday no, Saturday yes", "Friday no", "Fri 27 00:00", "Sat 28 00:00"),
)
# ... and a bound so ruled out: the message, the mention's words, the bound its words
# name (kept), the first interval's start and end (the bound's own side of its clock).
NEG_AFTER_BOUND: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Tipo 19 estaría buenísimo. Más tarde de las 21 preferiría que no.",
        "Más tarde de las 21 preferiría que no",
        "after",
        "Mon 23 21:00",
        "Tue 24 00:00",
    ),
    (
        "el martes sí, pero después de las 6 no puedo",
        "después de las 6 no puedo",
        "after",
        "Tue 24 18:00",
        "Wed 25 00:00",
    ),
    (
        "antes de las 10 imposible, entro a trabajar",
        "antes de las 10 imposible",
        "before",
        "Mon 23 09:00",
        "Mon 23 10:00",
    ),
    ("depois das 6 não posso", "depois das 6 não posso", "after", "Mon 23 18:00", "Tue 24 00:00"),
    (
        "Next week please, Tuesday or Wednesday. Before 10 is not possible for me, the bus.",
        "Before 10 is not possible",
        "before",
        "Tue 01 00:00",
        "Tue 01 10:00",
    ),
    (
        "after 6 doesn't work for me",
        "after 6 doesn't work",
        "after",
        "Mon 23 18:00",
        "Tue 24 00:00",
    ),
)
# A list of days ruled out by the words after its last day: each day is ruled out.
NEG_AFTER_LIST: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Lunes, martes y miércoles no puedo. Tipo 19 estaría bien.",
        ("Lunes", "martes", "miércoles no puedo"),
    ),
    ("el lunes o el martes no puedo", ("lunes", "martes no puedo")),
    (
        "Lunes, martes y miércoles no puede porque viaja por trabajo.",
        ("Lunes", "martes", "miércoles no puede"),
    ),
)
# "no" after a day that rules nothing out: (message, the day's words as found).
NOT_NEG_AFTER: tuple[tuple[str, str], ...] = (
    ("el lunes no hay problema", "lunes"),
    ("mañana no importa la hora", "mañana"),
    ("el jueves a las 5, no sé si hay lugar", "jueves a las 5"),
    ("¿el lunes no?", "lunes"),
    ("if tue no, wed also can", "tue"),
    ("si el martes no, el miércoles", "martes"),
)

# 3. A range said with the article that names hours: message, words, start, end.
BETWEEN_LAS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Me pueden dar cita el martes 1 entre las 10 y las 12?",
        "martes 1 entre las 10 y las 12",
        "Tue 01 10:00",
        "Tue 01 12:00",
    ),
    (
        "entre las 9 y las 11:30 si se puede",
        "entre las 9 y las 11:30",
        "Mon 23 09:00",
        "Mon 23 11:30",
    ),
    (
        "entre la 1 y las 3 de la tarde",
        "entre la 1 y las 3 de la tarde",
        "Mon 23 13:00",
        "Mon 23 15:00",
    ),
    ("mañana entre las 4 y las 6", "mañana entre las 4 y las 6", "Tue 24 16:00", "Tue 24 18:00"),
    ("entre as 9 e as 11 de preferência", "entre as 9 e as 11", "Mon 23 09:00", "Mon 23 11:00"),
    ("entre las 10 y 12 estaría bien", "entre las 10 y 12", "Mon 23 10:00", "Mon 23 12:00"),
)

# 4. "domingo" after an article or determiner is the day: message, words, day.
DOMINGO: tuple[tuple[str, str, str], ...] = (
    ("Sala grande el domingo por favor, 2 horas, es para un taller.", "domingo", "Sun 29"),
    ("necesito la cabina el domingo temprano, como a las 8", "domingo", "Sun 29"),
    ("El domingo sería perfecto pero si no el sábado.", "domingo", "Sun 29"),
    ("para este domingo en la tarde", "domingo en la tarde", "Sun 29"),
    ("Para la sala el domingo: de 10 a 12", "domingo", "Sun 29"),
    ("o domingo de manhã", "domingo de manhã", "Sun 29"),
)
NOT_DOMINGO: tuple[str, ...] = ("Domingo llamó ayer", "Domingo dice que no le avisaron")

# 5. The Spanish "<place> time": message, the clock's words, its zone, the first start.
HORA_DE: tuple[tuple[str, str, str, str], ...] = (
    (
        "porfa la cabina hoy, es a las 5 hora de Chicago, 1 hora",
        "5 hora de Chicago",
        "America/Chicago",
        "Mon 23 17:00",
    ),
    (
        "el jueves a las 11am hora de Caracas",
        "11am hora de Caracas",
        "America/Caracas",
        "Thu 26 11:00",
    ),
    (
        "Tengo llamada a las 11 hora de Colombia el martes",
        "11 hora de Colombia",
        "America/Bogota",
        "Tue 24 11:00",
    ),
    (
        "el viernes a las 6pm hora de Nueva York",
        "6pm hora de Nueva York",
        "America/New_York",
        "Fri 27 18:00",
    ),
    ("una llamada a las 9 hora de España", "9 hora de España", "Europe/Madrid", "Tue 24 09:00"),
)
# ... "hora de" before a place that is no clock's: no length either, no time.
NOT_HORA_DE: tuple[str, ...] = ("son 2 horas de Chicago a Detroit",)

# 6. A bound at a bare hour, its half from the part said after it: message, words, bound,
# the first interval's start and end.
BOUND_HALF: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "solo está libre después de las 5 de la tarde",
        "después de las 5 de la tarde",
        "after",
        "Mon 23 17:00",
        "Tue 24 00:00",
    ),
    (
        "antes de las 11 de la mañana, por favor",
        "antes de las 11 de la mañana",
        "before",
        "Mon 23 09:00",
        "Mon 23 11:00",
    ),
    (
        "después de las 8 de la noche",
        "después de las 8 de la noche",
        "after",
        "Mon 23 20:00",
        "Tue 24 00:00",
    ),
    (
        "hasta las 2 de la tarde",
        "hasta las 2 de la tarde",
        "before",
        "Mon 23 09:00",
        "Mon 23 14:00",
    ),
    (
        "after 6 in the evening is best",
        "after 6 in the evening",
        "after",
        "Mon 23 18:00",
        "Tue 24 00:00",
    ),
    (
        "before 10 in the morning",
        "before 10 in the morning",
        "before",
        "Mon 23 09:00",
        "Mon 23 10:00",
    ),
)

# ... and lends that half to a bare hour said after it of the same day, as the part said
# alone did (`part_said_before`): message, the hour's words, its bound's first start.
BOUND_HALF_LENDS: tuple[tuple[str, str, str], ...] = (
    (
        "Thursday please for the overnight. I work until 9 in the evening so not before 9:30",
        "not before 9:30",
        "Thu 26 21:30",
    ),
    (
        "el jueves, trabajo hasta las 7 de la tarde, así que después de las 8",
        "después de las 8",
        "Thu 26 20:00",
    ),
)
# ... not the start of a range: (message, words that stay apart).
NOT_BOUND_HALF: tuple[tuple[str, str], ...] = (
    ("I work in bakery from 5 morning to 1 afternoon.", "from 5"),
    ("I'm at work from 7 morning till 3 afternoon", "from 7"),
)

# 7. Set aside: (message, words, reason).
SET_ASIDE: tuple[tuple[str, str, str], ...] = (
    (
        "Necesito turno con Martín, jueves o viernes, el que esté primero.",
        "el que esté primero",
        "earliest_of",
    ),
    (
        "el sábado 12 o el domingo 13, el que tengan primero.",
        "el que tengan primero",
        "earliest_of",
    ),
    ("miércoles o jueves, la que tengas antes?", "la que tengas antes", "earliest_of"),
    (
        "después de las 3:30 o el sábado, lo que sea más pronto.",
        "lo que sea más pronto",
        "earliest_of",
    ),
    (
        "el viernes o sábado, lo que esté primero disponible, a las 7:30",
        "lo que esté primero disponible",
        "earliest_of",
    ),
    (
        "martes, miércoles o jueves, de 21 a 23. El primero que tengan libre.",
        "El primero que tengan libre",
        "earliest_of",
    ),
    ("el martes o miércoles, whichever es antes", "whichever es antes", "earliest_of"),
    ("el miércoles 28 lo más temprano posible", "lo más temprano posible", "soonest"),
)

# 8. More day words: message, words, first interval's start and end.
DAY_WORDS: tuple[tuple[str, str, str, str], ...] = (
    ("mañana o pasado, cualquier hora", "pasado", "Wed 25 00:00", "Thu 26 00:00"),
    ("mañana y pasado estoy libre", "pasado", "Wed 25 00:00", "Thu 26 00:00"),
    (
        "¿hay disponibilidad la semana que entra?",
        "la semana que entra",
        "Mon 30 00:00",
        "Mon 07 00:00",
    ),
    ("la semana entrante, el día que sea", "la semana entrante", "Mon 30 00:00", "Mon 07 00:00"),
    (
        "cualquier día de la siguiente semana",
        "de la siguiente semana",
        "Mon 30 00:00",
        "Mon 07 00:00",
    ),
    ("Quiero botox a primera hora el jueves", "a primera hora", "Thu 26 06:00", "Thu 26 11:00"),
    ("el viernes a primera hora", "viernes a primera hora", "Fri 27 06:00", "Fri 27 11:00"),
    ("pasadas las 5 cualquier día", "pasadas las 5", "Mon 23 17:00", "Tue 24 00:00"),
    ("pasado el mediodía", "pasado el mediodía", "Mon 23 12:00", "Tue 24 00:00"),
    (
        "tenemos la sala el jueves de 20 a 22, ¿se puede pasar al viernes mismo horario?",
        "viernes mismo horario",
        "Fri 27 20:00",
        "Fri 27 22:00",
    ),
    (
        "Sala para el viernes 4 de 22 a 23. Perdón, quise decir el jueves 3, mismo horario.",
        "mismo horario",
        "Thu 03 22:00",
        "Thu 03 23:00",
    ),
)
# Weekdays said in Spanish or Portuguese: message, words (read on Monday to Friday only).
WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("entre semana después de las 5", "entre semana después de las 5"),
    ("solo días de semana", "días de semana"),
    ("dias úteis de manhã", "dias úteis de manhã"),
)
NOT_DAY_WORDS: tuple[str, ...] = (
    "la primera hora de clase es teoría",
    "el año pasado vine",
    "lo pasado, pasado",
)

# Lengths said with the diminutive: message, words, minutes.
LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("Sala para hoy a partir de las 20:30, dos horitas.", "dos horitas", 120),
    ("la sala grande porfa, 2 horitas", "2 horitas", 120),
    ("una horita y media nomás", "una horita y media", 90),
    ("necesito una horita con Lucía", "una horita", 60),
)

# 9. Swahili hours: message, words, first interval's start and end.
SWAHILI_HOURS: tuple[tuple[str, str, str, str], ...] = (
    ("kesho saa tatu asubuhi", "kesho saa tatu asubuhi", "Tue 24 09:00", "Tue 24 10:00"),
    ("Alhamisi saa nane mchana, sawa?", "Alhamisi saa nane mchana", "Thu 26 14:00", "Thu 26 15:00"),
    ("saa nane kesho?", "saa nane kesho", "Tue 24 14:00", "Tue 24 15:00"),
    ("saa kumi na moja jioni leo", "saa kumi na moja jioni leo", "Mon 23 17:00", "Mon 23 18:00"),
    ("leo jioni saa kumi na moja", "leo jioni saa kumi na moja", "Mon 23 17:00", "Mon 23 18:00"),
    ("Ijumaa saa mbili usiku", "Ijumaa saa mbili usiku", "Fri 27 20:00", "Fri 27 21:00"),
    ("kesho saa nne na nusu", "kesho saa nne na nusu", "Tue 24 10:30", "Tue 24 10:31"),
    ("kesho saa 3 asubuhi please", "kesho saa 3 asubuhi", "Tue 24 09:00", "Tue 24 10:00"),
    ("Jumatatu saa moja", "Jumatatu saa moja", "Mon 30 07:00", "Mon 30 08:00"),
)
# "saa" before a digit with no part of the day, or no hour: no Swahili clock.
NOT_SWAHILI_HOURS: tuple[str, ...] = ("saa 3 works kesho", "the SAA meeting", "saa ngapi?")
