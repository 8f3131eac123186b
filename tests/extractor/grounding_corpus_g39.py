"""Grounding (G39) corpus: more Portuguese and Spanish time words inside booking messages.

- Lengths said in Portuguese: "uma hora", "uma hora e meia", "2 horas e meia", "meia
  hora", "duas horas" (not "a uma hora daqui", "há duas horas", "2 horas de carro").
- An hour written with "h" after a Portuguese day ("quarta 9h", "segunda feira 10h",
  "amanhã 10h") or before "da manhã" / "da tarde" ("8h da manhã") is the clock; "demora
  10h", "trabalho 8h por dia" stay lengths.
- The next weekday said the Portuguese way: "segunda que vem", "na próxima terça",
  "quarta próxima"; "a sexta" is the article and the day, not "a Friday" (any Friday).
- Ranges joined the Romance way: "entre 10 e 2", "entre 10 y 12", "de segunda a sexta",
  "de lunes a viernes", "do dia 3 ao dia 5", "das 10 às 12", "de las 9 a las 11"; not
  after a move verb ("cambiar la cita del lunes al martes": the old day and the new one)
  nor before a count ("de 2 a 3 pessoas").
- Pasted web request forms: a time in the time field or the comments is said of each
  date the date fields ask for ("Preferred date: 11/27 / Alternate date: 12/1 /
  Preferred time: Morning"), unless each date has its own time field; an unticked option
  ("[ ] Fri") lends no day and is marked `unticked`; "DATE: 12-4", "TIME: PM", quoted
  values ("date: '2026-12-02'"); two ticked options of one field are a list.
- A date with its weekday in brackets is one day, and the time after the bracket is of
  that day: "4/21 (Wed) at 10:00", "5/6 (Thu) 13:00", "Thu (4/22)"; a bracket that
  holds no day joins nothing ("my son (age 5) at 3").
- A Spanish, Portuguese, French, German or Dutch weekday and a small number is the day of
  the month ("el martes 1 a las 10", "sexta-feira 4 às 15h", "mardi 1 à 14h", "Freitag,
  den 4", "maandag 7 om 10 uur"); the hour is said with its own word ("lunes 2pm",
  "Montag 2 Uhr", "maandag 2 uur", "vendredi 9h"), and English "Monday 2" stays 2pm.
- Parts of the day and bounds: "no fim da manhã", "fim da tarde", "depois do almoço",
  "meio-dia", "até meio-dia e meia", "dps das 3"; Portuguese "no" before "dia 10",
  "sábado", "fim" is "on the", no negation.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]
# message, the words, the length in minutes
LengthRow = tuple[str, str, int]
# a form, the words, the days (MM-DD) its intervals fall on, start and end of the first
FormRow = tuple[str, str, tuple[str, ...], str, str]

LENGTHS: tuple[LengthRow, ...] = (
    ("Dá pra ser tudo junto, uma hora e meia?", "uma hora e meia", 90),
    ("preciso de 1 hora e meia seguido se der", "1 hora e meia", 90),
    ("Umas 2 horas e meia? sábado seria o melhor", "2 horas e meia", 150),
    ("Uma hora pros dois juntos", "Uma hora", 60),
    ("sábado 27 de manhã então, uma hora pros dois", "uma hora", 60),
    ("meia hora basta, é só um retoque", "meia hora", 30),
    ("vão ser umas duas horas, são três crianças", "duas horas", 120),
    ("acho que três horas no total", "três horas", 180),
    ("limpeza e clareamento, umas 2 horas, semana que vem", "2 horas", 120),
    ("queria uma hora com a Dra Pereira na quinta", "uma hora", 60),
    ("la consulta dura una hora y media", "una hora y media", 90),
)

H_CLOCKS: tuple[Row, ...] = (
    (
        "Preciso remarcar minha consulta de quarta 9h com o Dr Souza",
        "quarta 9h",
        "2026-11-25 09:00",
        "2026-11-25 10:00",
    ),
    (
        "ah não, tenho obra. sexta 8h então",
        "sexta 8h",
        "2026-11-27 08:00",
        "2026-11-27 09:00",
    ),
    (
        "pode ser segunda feira 10h?",
        "segunda feira 10h",
        "2026-11-23 10:00",
        "2026-11-23 11:00",
    ),
    (
        "Tem horario segunda-feira 14h?",
        "segunda-feira 14h",
        "2026-11-23 14:00",
        "2026-11-23 15:00",
    ),
    (
        "Dr Souza, quinta-feira 26, 8h da manhã, pode ser?",
        "quinta-feira 26, 8h da manhã",
        "2026-11-26 08:00",
        "2026-11-26 09:00",
    ),
    (
        "amanhã 10h tá ótimo",
        "amanhã 10h",
        "2026-11-24 10:00",
        "2026-11-24 11:00",
    ),
    (
        "sábado 9h? é o único dia",
        "sábado 9h",
        "2026-11-28 09:00",
        "2026-11-28 10:00",
    ),
    (
        "terça 11h com a Dra Pereira",
        "terça 11h",
        "2026-11-24 11:00",
        "2026-11-24 12:00",
    ),
    (
        "qualquer dia às 3h da tarde",
        "às 3h da tarde",
        "2026-11-23 15:00",
        "2026-11-23 16:00",
    ),
    (
        "el jueves 9h30 si se puede",
        "jueves 9h30",
        "2026-11-26 09:30",
        "2026-11-26 09:31",
    ),
    (
        "das 9h às 11h na quarta",
        "9h às 11h",
        "2026-11-25 09:00",
        "2026-11-25 11:00",
    ),
)

NEXT_DAYS: tuple[Row, ...] = (
    (
        "Segunda que vem de manhã, com o Dr Souza",
        "Segunda que vem de manhã",
        "2026-11-30 08:00",
        "2026-11-30 12:00",
    ),
    (
        "Sexta que vem, depois das 10",
        "Sexta que vem",
        "2026-12-04 00:00",
        "2026-12-05 00:00",
    ),
    (
        "pode ser na próxima terça à tarde?",
        "próxima terça à tarde",
        "2026-12-01 12:00",
        "2026-12-01 17:00",
    ),
    (
        "quinta-feira que vem serve",
        "quinta-feira que vem",
        "2026-12-03 00:00",
        "2026-12-04 00:00",
    ),
    (
        "a segunda que vem é melhor pra mim",
        "segunda que vem",
        "2026-11-30 00:00",
        "2026-12-01 00:00",
    ),
    (
        "quarta próxima, qualquer hora",
        "quarta próxima",
        "2026-12-02 00:00",
        "2026-12-03 00:00",
    ),
    (
        "só posso a sexta, que é minha folga",
        "sexta",
        "2026-11-27 00:00",
        "2026-11-28 00:00",
    ),
    (
        "el lunes que viene por la tarde",
        "lunes que viene por la tarde",
        "2026-11-30 12:00",
        "2026-11-30 17:00",
    ),
)

RANGES: tuple[Row, ...] = (
    (
        "eu trabalho de segunda a sexta, só sábado",
        "segunda a sexta",
        "2026-11-23 00:00",
        "2026-11-28 00:00",
    ),
    (
        "de lunes a viernes por la mañana",
        "lunes a viernes por la mañana",
        "2026-11-23 08:00",
        "2026-11-23 12:00",
    ),
    (
        "de martes a jueves estoy libre",
        "martes a jueves",
        "2026-11-24 00:00",
        "2026-11-27 00:00",
    ),
    # a range before a list of days joined by "ou" is said of each day, the first first
    # (G49; as "between 3 and 5 friday or saturday")
    (
        "1h30 seguidas, entre 10 e 2, dia 24 ou dia 25",
        "entre 10 e 2",
        "2026-11-24 10:00",
        "2026-11-24 14:00",
    ),
    (
        "vacina com o dr souza, semana que vem entre 1 e 3 da tarde",
        "semana que vem entre 1 e 3 da tarde",
        "2026-11-30 13:00",
        "2026-11-30 15:00",
    ),
    (
        "na quinta entre meio-dia e 2? é minha hora de almoço",
        "quinta entre meio-dia e 2",
        "2026-11-26 12:00",
        "2026-11-26 14:00",
    ),
    (
        "puedo entre 10 y 12 el martes",
        "entre 10 y 12",
        "2026-11-24 10:00",
        "2026-11-24 12:00",
    ),
    (
        "qualquer dia do dia 3 ao dia 5",
        "dia 3 ao dia 5",
        "2026-12-03 00:00",
        "2026-12-06 00:00",
    ),
    (
        "trabalho das 10 às 6 nessa semana",
        "10 às 6 nessa semana",
        "2026-11-23 10:00",
        "2026-11-23 18:00",
    ),
    (
        "consigo das 9 às 11 na terça",
        "9 às 11",
        "2026-11-24 09:00",
        "2026-11-24 11:00",
    ),
    (
        "de las 9 a las 11 el viernes",
        "9 a las 11",
        "2026-11-27 09:00",
        "2026-11-27 11:00",
    ),
    (
        "de 10 a 12 na quarta",
        "10 a 12",
        "2026-11-25 10:00",
        "2026-11-25 12:00",
    ),
)

PARTS_AND_BOUNDS: tuple[Row, ...] = (
    (
        "Pode ser sexta, mas não depois do meio-dia",
        "não depois do meio-dia",
        "2026-11-27 00:00",
        "2026-11-27 12:00",
    ),
    ("antes do meio-dia na terça", "antes do meio-dia", "2026-11-24 00:00", "2026-11-24 12:00"),
    (  # Spanish, the same way
        "¿La pueden ver hoy antes del mediodía?",
        "hoy antes del mediodía",
        "2026-11-23 09:00",
        "2026-11-23 12:00",
    ),
    (
        "después del mediodía el viernes",
        "después del mediodía",
        "2026-11-27 12:00",
        "2026-11-28 00:00",
    ),
    (
        "consulta no dia 10, se possível no fim da manhã",
        "no fim da manhã",
        "2026-12-10 10:00",
        "2026-12-10 12:00",
    ),
    (
        "no dia 10, de manhã",
        "dia 10, de manhã",
        "2026-12-10 08:00",
        "2026-12-10 12:00",
    ),
    (
        "mas no máximo até meio-dia e meia pq pego as crianças",
        "até meio-dia e meia",
        "2026-11-23 09:00",
        "2026-11-23 12:30",
    ),
    (
        "tem horario sabado dia 28 depois do almoço?",
        "sabado dia 28 depois do almoço",
        "2026-11-28 13:00",
        "2026-11-28 17:00",
    ),
    (
        "Tem fim da tarde com o Dr Souza na terça?",
        "fim da tarde",
        "2026-11-24 15:00",
        "2026-11-24 17:00",
    ),
    (
        "dr souza quinta dps das 3? sai da obra 2:30",
        "quinta dps das 3",
        "2026-11-26 15:00",
        "2026-11-27 00:00",
    ),
    (
        "pode ser ao meio-dia na sexta",
        "meio-dia",
        "2026-11-27 12:00",
        "2026-11-27 13:00",
    ),
    (
        "trabalho até 5 na segunda",
        "até 5",
        "2026-11-23 09:00",
        "2026-11-23 17:00",
    ),
    (
        "no sábado de manhã se der",
        "sábado de manhã",
        "2026-11-28 08:00",
        "2026-11-28 12:00",
    ),
    (
        "final da tarde de quarta, se der",
        "final da tarde",
        "2026-11-25 15:00",
        "2026-11-25 17:00",
    ),
)

# Words that are no time (a length, a count, a greeting or no time at all).
NOT_TIMES: tuple[str, ...] = (
    "moro a uma hora daqui",
    "liguei há duas horas",
    "fica a 2 horas de carro",
    "em uma hora eu chego",
    "demora 10h",
    "trabalho 8h por dia",
    "a segunda vez que venho",
    "I can do 10 as 11 is taken",
    "boa tarde, tudo bem?",
    "entre em contato comigo",
    "somos de 2 a 3 pessoas",
    "de 3 a 4 crianças",
    "vou de 2 a 3 semanas",
    "entre 3 e 4 sesiones",
    "a quinta opção",
)

# Two days after a move verb stay two days, the old and the new: no range of days.
MOVES: tuple[tuple[str, str, str], ...] = (
    ("quero remarcar de segunda a sexta", "segunda", "sexta"),
    ("cambiar la cita del lunes al martes", "lunes", "martes"),
    ("c'est pour changer Léa de mardi à jeudi?", "mardi", "jeudi"),
    ("dá pra passar do dia 3 ao dia 5?", "dia 3", "dia 5"),
)

FORMS: tuple[FormRow, ...] = (
    (
        "Name: Ana Ruiz\nPreferred date: 11/27\nAlternate date: 12/1\nPreferred time: Morning",
        "Morning",
        ("11-27", "12-01"),
        "08:00",
        "12:00",
    ),
    (
        "Preferred Date: 11/30\nAlternate Date: 12/2\n"
        "Preferred Time: [x] Late afternoon [ ] Midday",
        "Late afternoon",
        ("11-30", "12-02"),
        "15:00",
        "17:00",
    ),
    (
        "CUSTOMER: J PEREZ\nDATE: 12-4\nTIME: PM\nNOTES: side gate",
        "PM",
        ("12-04",),
        "12:00",
        "17:00",
    ),
    ("Date: 12/3\nTime: AM", "AM", ("12-03",), "08:00", "12:00"),
    (
        "Preferred date: Monday 11/30\nPreferred time: 9:00 AM\n"
        "Alternate date: Tuesday 12/1\nInspector: Kayla",
        "9:00 AM",
        ("11-30", "12-01"),
        "09:00",
        "10:00",
    ),
    (
        "Preferred date: 11/27\nPreferred time: 8 AM\nAlternate date: 11/28\n"
        "Comments: can't be there before 9 after all, make it 9:30.",
        "9:30",
        ("11-27", "11-28"),
        "09:30",
        "09:31",
    ),
    (
        "Days that work: [x] Mon [x] Tue [ ] Wed [ ] Thu [ ] Fri\nTime: [x] Morning [ ] Afternoon",
        "Morning",
        ("11-23", "11-24"),
        "09:00",
        "12:00",
    ),
    (
        "Which days work? [ ] Mon [x] Wed [x] Fri\nTime of day? [x] Afternoon",
        "Afternoon",
        ("11-25", "11-27"),
        "12:00",
        "17:00",
    ),
    (  # each date its own time: 10:00 is the preferred date's only
        "Preferred date: 12/8\nPreferred time: 10:00\nAlternate date: 12/9\nAlternate time: 2:00",
        "10:00",
        ("12-08",),
        "10:00",
        "11:00",
    ),
    (  # a closing date is no date asked for
        "Closing date: 12/15\nPreferred date: 12/10\nPreferred time: Afternoon",
        "Afternoon",
        ("12-10",),
        "12:00",
        "17:00",
    ),
    (
        "Preferred dates: 12/8 - 12/10\nPreferred time: [ ] 8-10 [x] 10-12 [x] 12-2 [ ] 2-4",
        "10-12",
        ("12-08", "12-09", "12-10"),
        "10:00",
        "12:00",
    ),
    (
        "Service: pest\nAvailability: [x] Sat [ ] Sun\nTime: [x] AM",
        "AM",
        ("11-28",),
        "08:00",
        "12:00",
    ),
    (
        "First choice date: 12/7\nSecond choice date: 12/9\nTime window: 1-3",
        "1-3",
        ("12-07", "12-09"),
        "13:00",
        "15:00",
    ),
    (
        "Requested date: 12/2\nBackup date: 12/3\nArrival time: after 10\nComments: none",
        "after 10",
        ("12-02", "12-03"),
        "10:00",
        "00:00",
    ),
    ("date: '2026-12-02'\ntime: '15:00'", "15:00", ("12-02",), "15:00", "16:00"),
    (
        "Preferred date: 12/1\nAlternate date: 12/2\nComments: we need to be done by 12 for work.",
        "by 12",
        ("12-01", "12-02"),
        "00:00",
        "12:00",
    ),
)

# A form and the options it leaves unticked: offered, no wish (`TimeMention.unticked`).
UNTICKED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Days that work: [x] Mon [x] Tue [ ] Wed [ ] Thu [ ] Sat\nTime: [x] Morning",
        ("Wed", "Thu", "Sat"),
    ),
    (
        "Which days work? [ ] Mon [x] Wed\nTime of day? [x] Afternoon [ ] Evening",
        ("Mon", "Evening"),
    ),
    ("Availability: ☐ Sat ☑ Sun\nNotes: gate code 4411", ("Sat",)),
)

# Dashes and boxes that are no date and no day.
NOT_FORM_DATES: tuple[str, ...] = (
    "Score: 6-3\nTeam: Reds",
    "Ref: 6-3\nName: Bo",
    "we won 6-3 on the day",
    "I sat [x] there",
    "Notes: 2-4 kids\nName: Bo",
)

BRACKETS: tuple[Row, ...] = (
    (  # the time after a list of such dates is said of each (the first day's here)
        "I would like to visit on 11/25 (Wed) or 11/27 (Fri), at 3 o'clock in the afternoon",
        "at 3 o'clock in the afternoon",
        "2026-11-25 15:00",
        "2026-11-25 16:00",
    ),
    (
        "I have an appointment on 11/25 (Wed) at 10:00, sorry I must change it",
        "11/25 (Wed) at 10:00",
        "2026-11-25 10:00",
        "2026-11-25 11:00",
    ),
    (
        "Is 11/27 (Fri) at 10:00 OK with Dr Sato?",
        "11/27 (Fri) at 10:00",
        "2026-11-27 10:00",
        "2026-11-27 11:00",
    ),
    (
        "cannot attend the health check on 12/2 (Wed) 9:00",
        "12/2 (Wed) 9:00",
        "2026-12-02 09:00",
        "2026-12-02 10:00",
    ),
    (
        "could I get in Thu (11/26) or Fri (11/27)?",
        "Thu (11/26)",
        "2026-11-26 00:00",
        "2026-11-27 00:00",
    ),
    (
        "could I get in Thu (11/26) or Fri (11/27)?",
        "Fri (11/27)",
        "2026-11-27 00:00",
        "2026-11-28 00:00",
    ),
    (
        "11/27(Fri) morning would be best",
        "11/27(Fri) morning",
        "2026-11-27 08:00",
        "2026-11-27 12:00",
    ),
    (
        "Can I come 12/4 (Fri), 2pm?",
        "12/4 (Fri), 2pm",
        "2026-12-04 14:00",
        "2026-12-04 15:00",
    ),
    (
        "booked on 12/3 (Thu) 13:00 (2 hours)",
        "12/3 (Thu) 13:00",
        "2026-12-03 13:00",
        "2026-12-03 14:00",
    ),
    (
        "Friday (11/27) at 3pm please",
        "Friday (11/27) at 3pm",
        "2026-11-27 15:00",
        "2026-11-27 16:00",
    ),
    (
        "the check-up on 12/1 (Tue) in the morning",
        "12/1 (Tue) in the morning",
        "2026-12-01 08:00",
        "2026-12-01 12:00",
    ),
)

# Brackets that hold no day: the words around them stay as they were.
BRACKETS_NEAR: tuple[tuple[str, str], ...] = (
    ("my son (age 5) at 3 on Thursday", "at 3 on Thursday"),
    ("(Thu) works too", "Thu"),
    ("the room (level 2) at 10", "at 10"),
)


# A Romance, German or Dutch weekday and a small number: the day of the month.
WEEKDAY_DATES: tuple[Row, ...] = (
    (
        "¿Puede ser el martes 1 a las 10?",
        "martes 1 a las 10",
        "2026-12-01 10:00",
        "2026-12-01 11:00",
    ),
    (
        "el viernes 4 por la mañana, si se puede",
        "viernes 4 por la mañana",
        "2026-12-04 08:00",
        "2026-12-04 12:00",
    ),
    ("Mejor el lunes 7, después de las 3", "lunes 7", "2026-12-07 00:00", "2026-12-08 00:00"),
    (
        "tengo libre el jueves 3 en la tarde",
        "jueves 3 en la tarde",
        "2026-12-03 12:00",
        "2026-12-03 17:00",
    ),
    # "no me sirve" after the day rules it out, in its mention (G49)
    (
        "la cita del miércoles 9 no me sirve, ¿el viernes 11?",
        "miércoles 9 no me sirve",
        "2026-12-09 00:00",
        "2026-12-10 00:00",
    ),
    (
        "sexta-feira 4 às 15h com a Dra Pereira",
        "sexta-feira 4 às 15h",
        "2026-12-04 15:00",
        "2026-12-04 16:00",
    ),
    (
        "Pode ser na segunda-feira 7 de manhã?",
        "segunda-feira 7 de manhã",
        "2026-12-07 08:00",
        "2026-12-07 12:00",
    ),
    ("je peux venir mardi 1 à 14h", "mardi 1 à 14h", "2026-12-01 14:00", "2026-12-01 15:00"),
    ("plutôt vendredi 4 après 16h", "vendredi 4 après 16h", "2026-12-04 16:00", "2026-12-05 00:00"),
    ("Geht Freitag, den 4 um 10?", "Freitag, den 4 um 10", "2026-12-04 10:00", "2026-12-04 11:00"),
    ("kan het maandag 7 om 10 uur?", "maandag 7 om 10 uur", "2026-12-07 10:00", "2026-12-07 11:00"),
    ("nos vemos el sábado 5 temprano", "sábado 5", "2026-12-05 00:00", "2026-12-06 00:00"),
    ("el domingo 6 no, mejor el lunes 7", "lunes 7", "2026-12-07 00:00", "2026-12-08 00:00"),
)

# ... and where the number is the hour, said with its own word (or in English).
WEEKDAY_HOURS: tuple[Row, ...] = (
    ("el lunes 2pm si hay", "lunes 2pm", "2026-11-23 14:00", "2026-11-23 15:00"),
    ("Montag 2 Uhr passt mir", "Montag 2 Uhr", "2026-11-23 14:00", "2026-11-23 15:00"),
    ("maandag 2 uur kan ik", "maandag 2 uur", "2026-11-23 14:00", "2026-11-23 15:00"),
    ("vendredi 9h si possible", "vendredi 9h", "2026-11-27 09:00", "2026-11-27 10:00"),
    ("el lunes a las 2", "lunes a las 2", "2026-11-23 14:00", "2026-11-23 15:00"),
    ("Monday 2 works for me", "Monday 2", "2026-11-23 14:00", "2026-11-23 15:00"),
    ("el sábado 3 personas, a las 11", "sábado", "2026-11-28 00:00", "2026-11-29 00:00"),
    ("sexta-feira 2 horas seguidas", "sexta-feira", "2026-11-27 00:00", "2026-11-28 00:00"),
)
