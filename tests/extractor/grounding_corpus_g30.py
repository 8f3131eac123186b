"""Grounding (G30) corpus: the customer's own words for days and times, said inside an
English message.

Spanish-English, Quebec French-English, Taglish and Hinglish writers switch language
for the time: "el martes después de las 5", "no antes de las 12", "hasta las 5", "esta
semana, menos el miércoles", "la semana que viene", "el sábado de la otra semana",
"pasado mañana en la tarde", "a eso de las 4", "a las 10 y media", "mardi prochain vers
15h30", "pas avant 10h", "à soir", "la fin de semaine", "la semaine du 14", "sauf
mercredi", "pas mardi", "bukas ng hapon", "mamayang gabi", "mga 2pm", "bago mag 10",
"kal ya parso", "3 baje kal". Each row: the message, the mention's text, the start and
end of its first interval (local wall clock), and whether it is ruled out (negated).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

Row = tuple[str, str, str, str, bool]

# Spanish-English: bounds, weeks, days said with "el", the day after tomorrow, "about" and half past.
SPANISH: tuple[Row, ...] = (
    (
        "quiero cita con la enfermera, el martes después de las 5",
        "martes después de las 5",
        "2026-11-24 17:00",
        "2026-11-25 00:00",
        False,
    ),
    (
        "Consult pls, whoever, but no antes de las 12 que tengo clase",
        "no antes de las 12",
        "2026-11-23 12:00",
        "2026-11-24 00:00",
        False,
    ),
    (
        "can I come in antes de las 3? I pick up the kids",
        "antes de las 3",
        "2026-11-23 09:00",
        "2026-11-23 15:00",
        False,
    ),
    (
        "estoy en el gym hasta las 5, so anything after",
        "hasta las 5",
        "2026-11-23 09:00",
        "2026-11-23 17:00",
        False,
    ),
    (
        "Necesito cita for laser esta semana, menos el miércoles",
        "esta semana",
        "2026-11-23 00:00",
        "2026-11-30 00:00",
        False,
    ),
    (
        "Necesito cita for laser esta semana, menos el miércoles",
        "menos el miércoles",
        "2026-11-25 00:00",
        "2026-11-26 00:00",
        True,
    ),
    (
        "la semana que viene, any day is fine",
        "la semana que viene, any day",
        "2026-11-30 00:00",
        "2026-12-07 00:00",
        False,
    ),
    (
        "book me la próxima semana pls",
        "la próxima semana",
        "2026-11-30 00:00",
        "2026-12-07 00:00",
        False,
    ),
    (
        "el sábado de la otra semana, con Rivera, cualquier hora",
        "sábado de la otra semana",
        "2026-12-05 00:00",
        "2026-12-06 00:00",
        False,
    ),
    (
        "filler touch up. el 23 o el 25, whichever",
        "el 25",
        "2026-11-25 00:00",
        "2026-11-26 00:00",
        False,
    ),
    (
        "pasado mañana en la tarde, o el jueves si no hay",
        "pasado mañana en la tarde",
        "2026-11-25 12:00",
        "2026-11-25 17:00",
        False,
    ),
    (
        "a eso de las 4 if she's free",
        "a eso de las 4",
        "2026-11-23 15:30",
        "2026-11-23 16:30",
        False,
    ),
    (
        "Me puedes poner con cualquiera el sábado a las 10 y media?",
        "sábado a las 10 y media",
        "2026-11-28 10:30",
        "2026-11-28 10:31",
        False,
    ),
    ("MAÑANA 5PM??", "MAÑANA 5PM", "2026-11-24 17:00", "2026-11-24 18:00", False),
    (
        "Court for mañana at 8am? Not court 1",
        "mañana at 8am",
        "2026-11-24 08:00",
        "2026-11-24 09:00",
        False,
    ),
    (
        "El lunes que viene works, in the morning",
        "lunes que viene",
        "2026-11-30 00:00",
        "2026-12-01 00:00",
        False,
    ),
    (
        "el próximo jueves, any time",
        "próximo jueves",
        "2026-12-03 00:00",
        "2026-12-04 00:00",
        False,
    ),
    (
        "Tengo cita el 15 de diciembre at the consulate",
        "el 15 de diciembre",
        "2026-12-15 00:00",
        "2026-12-16 00:00",
        False,
    ),
    (
        "Estoy de vacaciones hasta el 2, después any day",
        "hasta el 2",
        "2026-11-23 09:00",
        "2026-12-03 00:00",
        False,
    ),
    (
        "after lunch, después de la 1 is best",
        "después de la 1",
        "2026-11-23 13:00",
        "2026-11-24 00:00",
        False,
    ),
    ("el finde, si se puede", "el finde", "2026-11-28 00:00", "2026-11-30 00:00", False),
)
# Quebec French-English: "prochain", "pas avant" / "pas après", "à soir", the weekend, "sauf" and "pas".
FRENCH: tuple[Row, ...] = (
    (
        "Mercredi prochain, 10h, avec Ada svp",
        "Mercredi prochain, 10h",
        "2026-12-02 10:00",
        "2026-12-02 11:00",
        False,
    ),
    (
        "vendredi prochain après 14h",
        "vendredi prochain après 14h",
        "2026-12-04 14:00",
        "2026-12-05 00:00",
        False,
    ),
    (
        "est-ce qu'il reste de la place mardi prochain vers 15h30?",
        "mardi prochain vers 15h30",
        "2026-12-01 15:00",
        "2026-12-01 16:00",
        False,
    ),
    ("any day, pas avant 10h svp", "pas avant 10h", "2026-11-23 10:00", "2026-11-24 00:00", False),
    # "ou" joins a list of days as "or" does: the bound after it is said of the whole
    # list, Tuesday's first (G49; was Wednesday's alone)
    (
        "Mardi pm ou mercredi pm, pas après 16h",
        "pas après 16h",
        "2026-11-24 00:00",
        "2026-11-24 16:00",
        False,
    ),
    (
        "can we come à soir? he's got a toothache",
        "à soir",
        "2026-11-23 17:00",
        "2026-11-23 21:00",
        False,
    ),
    (
        "la fin de semaine would be easiest for us",
        "la fin de semaine",
        "2026-11-28 00:00",
        "2026-11-30 00:00",
        False,
    ),
    (
        "she's at school, so après l'école please",
        "après l'école",
        "2026-11-23 15:00",
        "2026-11-23 18:00",
        False,
    ),
    (
        "jeudi matin with Dre Tremblay?",
        "jeudi matin",
        "2026-11-26 08:00",
        "2026-11-26 12:00",
        False,
    ),
    (
        "La semaine prochaine, n'importe quel jour sauf mercredi",
        "La semaine prochaine",
        "2026-11-30 00:00",
        "2026-12-07 00:00",
        False,
    ),
    (
        "La semaine prochaine, n'importe quel jour sauf mercredi",
        "sauf mercredi",
        "2026-12-02 00:00",
        "2026-12-03 00:00",
        True,
    ),
    (
        "Oups, pas mardi, j'ai mon cours de danse",
        "pas mardi",
        "2026-11-24 00:00",
        "2026-11-25 00:00",
        True,
    ),
    (
        "Idéalement avec Nadia, et pas le samedi",
        "pas le samedi",
        "2026-11-28 00:00",
        "2026-11-29 00:00",
        True,
    ),
    (
        "le samedi 28 en avant-midi, avec le Dr Cohen",
        "samedi 28 en avant-midi",
        "2026-11-28 08:00",
        "2026-11-28 12:00",
        False,
    ),
    (
        "en début de semaine prochaine, en après-midi",
        "en début de semaine prochaine, en après-midi",
        "2026-11-30 12:00",
        "2026-11-30 17:00",
        False,
    ),
    (
        "Donc ça doit être la semaine du 14, après 14h.",
        "la semaine du 14",
        "2026-12-14 00:00",
        "2026-12-21 00:00",
        False,
    ),
    (
        "Dre Tremblay le 4 ou le 11 décembre, avant 10h",
        "le 4",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
        False,
    ),
    (
        "is vendredi 9h ok? for my petit gars",
        "vendredi 9h",
        "2026-11-27 09:00",
        "2026-11-27 10:00",
        False,
    ),
    ("Lundi le 30 à 13h?", "Lundi le 30 à 13h", "2026-11-30 13:00", "2026-11-30 14:00", False),
    (
        "cet après-midi si possible, c'est urgent",
        "cet après-midi",
        "2026-11-23 12:00",
        "2026-11-23 17:00",
        False,
    ),
    (
        "8h30 ne marche plus, il faudrait après 9h30",
        "après 9h30",
        "2026-11-23 09:30",
        "2026-11-24 00:00",
        False,
    ),
    (
        "Pas avant le 15 décembre par contre",
        "Pas avant le 15 décembre",
        "2026-12-15 00:00",
        "2026-12-21 09:00",
        False,
    ),
)
# Taglish: "bukas" (tomorrow), "mamaya" (later today), the parts of the day, "mga" / "bandang" (about), "bago mag" (before).
TAGLISH: tuple[Row, ...] = (
    (
        "hi po, Pwede po ba bukas? cleaning lang",
        "bukas",
        "2026-11-24 00:00",
        "2026-11-25 00:00",
        False,
    ),
    (
        "may bakante pa po ba bukas ng gabi?",
        "bukas ng gabi",
        "2026-11-24 17:00",
        "2026-11-24 21:00",
        False,
    ),
    (
        "Pwede po ba bukas ng hapon? Kahit sino po",
        "bukas ng hapon",
        "2026-11-24 12:00",
        "2026-11-24 17:00",
        False,
    ),
    (
        "Hello po, pwede po ba mamaya? ang sakit po ng ngipin ko",
        "mamaya",
        "2026-11-23 09:00",
        "2026-11-24 00:00",
        False,
    ),
    (
        "pwede pa po ba mamayang gabi? galing ako work",
        "mamayang gabi",
        "2026-11-23 17:00",
        "2026-11-23 21:00",
        False,
    ),
    (
        "pwede po sa Sabado, mga 2pm?",
        "Sabado, mga 2pm",
        "2026-11-28 13:30",
        "2026-11-28 14:30",
        False,
    ),
    ("hapon po, mga 4", "mga 4", "2026-11-23 15:30", "2026-11-23 16:30", False),
    ("bandang 10 po sana", "bandang 10", "2026-11-23 09:30", "2026-11-23 10:30", False),
    (
        "Huwebes ng umaga po kung pwede",
        "Huwebes ng umaga",
        "2026-11-26 08:00",
        "2026-11-26 12:00",
        False,
    ),
    (
        "Biyernes po sana, kahit anong oras",
        "Biyernes",
        "2026-11-27 00:00",
        "2026-11-28 00:00",
        False,
    ),
    ("hindi po ngayon, sa Friday po", "ngayon", "2026-11-23 00:00", "2026-11-24 00:00", False),
    (
        "kailan po next available ni Dr. Reyes? sa hapon po",
        "sa hapon",
        "2026-11-23 12:00",
        "2026-11-23 17:00",
        False,
    ),
    (
        "From Antipolo pa po ako, hindi ako aabot bago mag 10",
        "bago mag 10",
        "2026-11-23 09:00",
        "2026-11-23 10:00",
        False,
    ),
    (
        "Sabado ng gabi po, with Dra. Santos",
        "Sabado ng gabi",
        "2026-11-28 17:00",
        "2026-11-28 21:00",
        False,
    ),
    ("Miyerkules po, after 1pm", "Miyerkules", "2026-11-25 00:00", "2026-11-26 00:00", False),
    (
        "may available po ba bukas, mga 10am?",
        "bukas, mga 10am",
        "2026-11-24 09:30",
        "2026-11-24 10:30",
        False,
    ),
)
# Hinglish: "kal" before "ya parso" or after its clock (`rules_hinglish`).
HINGLISH: tuple[Row, ...] = (
    (
        "Bhaiya wife ka NT scan karwana hai, kal ya parso",
        "kal",
        "2026-11-24 00:00",
        "2026-11-25 00:00",
        False,
    ),
    ("Arjun 3 baje kal?", "3 baje kal", "2026-11-24 15:00", "2026-11-24 16:00", False),
    ("kal or parso, any slot", "kal", "2026-11-24 00:00", "2026-11-25 00:00", False),
    ("parso subah works for me", "parso subah", "2026-11-25 08:00", "2026-11-25 12:00", False),
    (
        "kal shaam 6 baje ke baad",
        "kal shaam 6 baje ke baad",
        "2026-11-24 18:00",
        "2026-11-25 00:00",
        False,
    ),
)

# Words that are also English (or other words of the same language): "hasta la vista",
# "pas de deux", "Kal" a name, "mga" before a noun, "bukas" as "open" ("bukas po ba
# kayo?"), "el" / "le" before no day number, "mañana" alone, "gabi" the taro, "Julio" and
# "Avril" (months only after a day's number). Nothing is grounded.
NEGATIVE: tuple[str, ...] = (
    "Hasta la vista, thanks for everything",
    "Hasta luego!",
    "I love the pas de deux in that ballet",
    "Kal is picking me up from the clinic",
    "the mga files are ready po",
    "bukas po ba kayo?",
    "bukas pa ba kayo?",
    "el presidente said so",
    "le sigh, the parking again",
    "menos mal, thank you",
    "an avant-garde show",
    "mañana is a nice word",
    "sauf is French for except",
    "Merci, à bientôt",
    "gabi is my favourite root crop",
    "mga 3 tao kami",
    "el 2 de los dos",
    "ask Julio, he knows",
    "Avril said hi to everyone",
)
