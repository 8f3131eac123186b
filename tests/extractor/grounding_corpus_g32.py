"""Grounding (G32) corpus: lengths in the customer's own language, a week named with a
wait or a part and then its days, and "same time" after a weekday of next week.

- The visit's length said in Spanish, French, Tagalog or Hindi inside an English
  message: "2 horas", "una hora", "media hora", "une heure en tout", "isang oras", "do
  ghante", and "1h30" (hours and minutes written with "h"); not a distance ("a una hora
  de aquí"), a time from now ("en una hora", "dans une heure") or a clock ("à une heure").
- "wait till next week, Thursday or Friday": the week waited for is the week wished
  (its weekdays are its days), not a deadline.
- "the start of the week after next", "end of the week after next", "early the week
  after": that part of that week.
- "Tue next week same time": that Tuesday of next week, at the clock said before; "même
  heure", "a la misma hora" are "same time".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): this
week is 11-23..11-29, next week 11-30..12-06, the week after next 12-07..12-13.
"""

from __future__ import annotations

# message, the length's words, its minutes
LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("Quiero reservar sesión de producto, 2 horas. El martes con Lucía", "2 horas", 120),
    ("Buenos días, sesión de fotos el sábado 28. Somos 7. Una hora.", "Una hora", 60),
    ("el lunes que viene a las 6:30 pm, laser de piernas, es de una hora", "una hora", 60),
    ("necesito media hora nada más, el jueves", "media hora", 30),
    ("una hora y media para el color, viernes en la tarde", "una hora y media", 90),
    ("Tengo que reservar la cancha por dos horas el sábado", "dos horas", 120),
    ("J'aurais besoin de 2 rendez-vous, 1 heure en tout, le samedi en avant-midi", "1 heure", 60),
    ("besoin rdv pour 3 enfants, un après l'autre, 1h30 en tout, un samedi", "1h30", 90),
    ("ça prend deux heures et demie, jeudi si possible", "deux heures et demie", 150),
    ("juste une demi-heure pour la retouche, demain", "une demi-heure", 30),
    ("isang oras lang po, bukas ng hapon", "isang oras", 60),
    ("mga kalahating oras lang po, Friday morning", "kalahating oras", 30),
    ("do ghante chahiye, saturday after 4", "do ghante", 120),
    ("I'll need 2h15 for the balayage, saturday", "2h15", 135),
)

# words about an hour that are not the visit's length: a distance, a time from now or
# ago, a clock, a price, the clock of another time ("hora de Caracas")
NOT_LENGTHS: tuple[str, ...] = (
    "vivo a una hora de aquí, el jueves mejor",
    "una hora de distancia, so thursday pls",
    "puedo llegar en una hora",
    "llamé hace una hora y nadie contestó",
    "rdv à une heure demain?",
    "je peux être là dans une heure",
    "cuánto cuesta por hora?",
    "el jueves a las 11am hora de Caracas",
    "a primera hora el jueves",
    "pickup at 1h30 tomorrow",
    "c'est à une heure de route, samedi matin",
    # a small hour with minutes written with "h" is a clock when a day is before it or a
    # bound after it, or nothing says it is a length
    "After my work, so 5h30 or later.",
    "Friday 3h30?",
    "mardi 4h15 ça marche?",
    "can do 5h45 or after",
    "je finis le travail, donc 6h30 au plus tôt",
)

# message, the words, the start and end of their first interval (local wall clock)
Row = tuple[str, str, str, str]

# "wait till next week": the week waited for, not a deadline; its weekdays are its days
WAIT_FOR_WEEK: tuple[Row, ...] = (
    (
        "Happy to wait till next week, Thursday or Friday afternoon.",
        "Friday",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
    (
        "I'd rather wait for her. I can wait until next week, ideally Tuesday",
        "Tuesday",
        "2026-12-01 00:00",
        "2026-12-02 00:00",
    ),
    ("If neither, I'll wait till next week", "next week", "2026-11-30 00:00", "2026-12-07 00:00"),
    (
        "I'd rather wait till the weekend with Pablo than see someone else",
        "the weekend",
        "2026-11-28 00:00",
        "2026-11-30 00:00",
    ),
    (
        "can wait til next friday if jo is off",
        "next friday",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
    (
        "client wants to wait till after the 1st",
        "after the 1st",
        "2026-12-02 00:00",
        "2026-12-21 09:00",
    ),
)

# a part said of the week after next, or of the week after the one said before
WEEK_PARTS: tuple[Row, ...] = (
    (
        "I'd like to come in at the start of the week after next, Monday would be best",
        "the start of the week after next",
        "2026-12-07 00:00",
        "2026-12-09 00:00",
    ),
    (
        "end of the week after next works for the install",
        "end of the week after next",
        "2026-12-10 00:00",
        "2026-12-12 00:00",
    ),
    (
        "early the week after next, any tech",
        "early the week after next",
        "2026-12-07 00:00",
        "2026-12-09 00:00",
    ),
    (
        "Either end of next week or early the week after, with Ms. Hale.",
        "early the week after",
        "2026-12-07 00:00",
        "2026-12-09 00:00",
    ),
    (
        "next week is packed, so towards the end of the week after",
        "towards the end of the week after",
        "2026-12-10 00:00",
        "2026-12-12 00:00",
    ),
    (
        "the end of next week or the week after",
        "the week after",
        "2026-12-07 00:00",
        "2026-12-14 00:00",
    ),
    (
        "not the 10th, early the week after",
        "early the week after",
        "2026-12-14 00:00",
        "2026-12-16 00:00",
    ),
)

# the early days of a week are its Monday and Tuesday, to Wednesday where the message
# rules one of them out; "the first half" of a week is Monday to Wednesday
EARLY_WEEK: tuple[Row, ...] = (
    ("early next week pls", "early next week", "2026-11-30 00:00", "2026-12-02 00:00"),
    (
        "Any free slots early next week? Need a derailleur adjusted",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
    ),
    (
        "wheel bearing. beginning of next week",
        "beginning of next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
    ),
    (
        "running toilet upstairs. early next week? not monday tho, I have a thing",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "Can't do Monday 30th (hospital), can't do Tuesday 1st (work). Otherwise early next week",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "Need to book for 4, early next week, and we can't do Tuesday",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
    (
        "early next week, just not Thursday",
        "early next week",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
    ),
    (
        "1st half of next week if poss",
        "1st half of next week",
        "2026-11-30 00:00",
        "2026-12-03 00:00",
    ),
)

# a weekday of next week and "same time": that day, at the clock said before
WEEKDAY_NEXT_WEEK_SAME_TIME: tuple[Row, ...] = (
    (
        "can I move Thurs 2pm to Fri 2pm? Actually Fri no good, make it Tue next week same time",
        "Tue next week same time",
        "2026-12-01 14:00",
        "2026-12-01 15:00",
    ),
    (
        "my 10am on Monday, can we do Friday next week, same time?",
        "same time",
        "2026-12-04 10:00",
        "2026-12-04 11:00",
    ),
    (
        "booked wed at 4:30 but can it be thursday next week same time",
        "thursday next week same time",
        "2026-12-03 16:30",
        "2026-12-03 16:31",
    ),
    (
        "move my thurs 4pm, same time next week?",
        "same time next week",
        "2026-12-03 16:00",
        "2026-12-03 17:00",
    ),
)

# "same time" in French and Spanish
FOREIGN_SAME_TIME: tuple[Row, ...] = (
    (
        "je dois changer mon rdv de vendredi 13h. Lundi prochain même heure?",
        "Lundi prochain même heure",
        "2026-11-30 13:00",
        "2026-11-30 14:00",
    ),
    (
        "el viernes a las 11? Si no, el jueves a la misma hora.",
        "jueves a la misma hora",
        "2026-11-26 11:00",
        "2026-11-26 12:00",
    ),
    (
        "oh non, je travaille mercredi à 17h. Jeudi à la même heure?",
        "Jeudi à la même heure",
        "2026-11-26 17:00",
        "2026-11-26 18:00",
    ),
    (
        "c'est pour changer Léa de mardi à jeudi? Même heure, 10h45.",
        "Même heure, 10h45",
        "2026-11-26 10:45",
        "2026-11-26 10:46",
    ),
)

# "same time" with no clock before it grounds nothing; `unread` reports it
SAME_TIME_ALONE: tuple[tuple[str, str], ...] = (
    ("same time next week pls", "same time"),
    ("Même heure la semaine prochaine?", "Même heure"),
    ("la misma hora el jueves?", "la misma hora"),
    ("Tue next week same time", "same time"),
)
