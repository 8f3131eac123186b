"""Grounding (G38) corpus: time words of Portuguese and Dutch inside booking messages, and
dotted clocks in a range to a whole hour.

- Portuguese weekdays ("sexta-feira", "sexta", "quinta feira", "às sextas") and parts of
  the day ("de manhã", "à tarde", "pela manhã", "no fim da tarde"); "dia 17"; bounds
  ("depois das 3", "não antes das 10", "até as 5 e meia", "a partir das 9"); "às 10",
  "5 e meia"; "depois de amanhã"; "semana que vem", "início da semana que vem". The short
  weekdays are also ordinals: "a segunda vez", "quinta opção" stay words, and so do
  the Spanish ordinals after an article ("la segunda", a pick among options shown).
- Dutch weekdays, "morgen" (tomorrow; not "goede morgen"), "overmorgen", "vandaag",
  "vanmiddag", "zaterdagochtend", "om 5 uur", "na 2 uur", "voor 11 uur", "na vijven";
  "half vier" is 15:30 (half an hour before four) where British "half four" is 16:30:
  a Dutch number word or "om" before a digit says which.
- "12.30-2", "1.30 to 3": a dotted clock that starts a range to a whole hour.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# message, the words, start, end of the first interval
Row = tuple[str, str, str, str]

PORTUGUESE: tuple[Row, ...] = (
    (
        "oi bom dia, queria marcar de preferência sexta de manhã",
        "sexta de manhã",
        "2026-11-27 08:00",
        "2026-11-27 12:00",
    ),
    (
        "pode ser na quinta-feira à tarde?",
        "quinta-feira à tarde",
        "2026-11-26 12:00",
        "2026-11-26 17:00",
    ),
    (
        "Tem vaga terça feira pela manhã",
        "terça feira pela manhã",
        "2026-11-24 08:00",
        "2026-11-24 12:00",
    ),
    (
        "Segunda-feira serve, qualquer hora",
        "Segunda-feira",  # said on a Monday: today
        "2026-11-23 00:00",
        "2026-11-24 00:00",
    ),
    ("minha mãe só pode quarta", "quarta", "2026-11-25 00:00", "2026-11-26 00:00"),
    ("Dia 17 de manhã seria ótimo", "Dia 17 de manhã", "2026-12-17 08:00", "2026-12-17 12:00"),
    ("sexta depois das 3 por favor", "sexta depois das 3", "2026-11-27 15:00", "2026-11-28 00:00"),
    (
        "Não antes das 10, levo as crianças na escola",
        "Não antes das 10",
        "2026-11-23 10:00",
        "2026-11-24 00:00",
    ),
    ("trabalho até as 5 e meia", "até as 5 e meia", "2026-11-23 09:00", "2026-11-23 17:30"),
    ("a partir das 9 tá bom", "a partir das 9", "2026-11-23 09:00", "2026-11-24 00:00"),
    ("pode ser às 10 na terça?", "às 10", "2026-11-24 10:00", "2026-11-24 11:00"),
    (
        "depois de amanhã de manhã",
        "depois de amanhã de manhã",
        "2026-11-25 08:00",
        "2026-11-25 12:00",
    ),
    ("Qualquer dia da semana que vem", "semana que vem", "2026-11-30 00:00", "2026-12-07 00:00"),
    (
        "Início da semana que vem, se der",
        "Início da semana que vem",
        "2026-11-30 00:00",
        "2026-12-02 00:00",
    ),
    (
        "I'm free thursday, só depois das 4 e meia",
        "depois das 4 e meia",
        "2026-11-26 16:30",
        "2026-11-27 00:00",
    ),
)

DUTCH: tuple[Row, ...] = (
    ("kan ik om half vier langskomen?", "om half vier", "2026-11-23 15:30", "2026-11-23 15:31"),
    ("vanmiddag om half vier?", "vanmiddag om half vier", "2026-11-23 15:30", "2026-11-23 15:31"),
    ("Morgen om half 4 dan", "Morgen om half 4", "2026-11-24 15:30", "2026-11-24 15:31"),
    ("zaterdagochtend graag", "zaterdagochtend", "2026-11-28 08:00", "2026-11-28 12:00"),
    ("overmorgen om 8 uur", "overmorgen om 8 uur", "2026-11-25 08:00", "2026-11-25 09:00"),
    ("Goedemorgen, vrijdag om 5 uur?", "vrijdag om 5 uur", "2026-11-27 17:00", "2026-11-27 18:00"),
    ("kan ik morgen komen?", "morgen", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("Vandaag nog?", "Vandaag", "2026-11-23 00:00", "2026-11-24 00:00"),
    ("woensdag in de ochtend", "woensdag in de ochtend", "2026-11-25 08:00", "2026-11-25 12:00"),
    ("Na 2 uur kan ik", "Na 2 uur", "2026-11-23 14:00", "2026-11-24 00:00"),
    ("liefst voor 11 uur", "voor 11 uur", "2026-11-23 09:00", "2026-11-23 11:00"),
    ("donderdag na vijven", "donderdag na vijven", "2026-11-26 17:00", "2026-11-27 00:00"),
    ("deze week nog, maakt niet uit wie", "deze week", "2026-11-23 00:00", "2026-11-30 00:00"),
    ("morgenavond om 7 uur", "morgenavond om 7 uur", "2026-11-24 19:00", "2026-11-24 20:00"),
)

# Spanish "mañana" said alone is tomorrow (not "la mañana", "esta mañana"); "mañanita";
# "that day" and "same time" in Spanish, Portuguese, French and Dutch
SPANISH_AND_BACK: tuple[Row, ...] = (
    (
        "quería saber si me pueden atender mañana pero temprano",
        "mañana",
        "2026-11-24 00:00",
        "2026-11-25 00:00",
    ),
    ("Hola! Para mañana con Lucía around 11?", "mañana", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("¿tienen algo mañana?", "mañana", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("can she come in mañana at 10", "mañana at 10", "2026-11-24 10:00", "2026-11-24 11:00"),
    ("mañana o el jueves, lo que tengan", "mañana", "2026-11-24 00:00", "2026-11-25 00:00"),
    ("preferible en la mañanita", "en la mañanita", "2026-11-23 09:00", "2026-11-23 12:00"),
    ("el sábado porque ese día no trabajo", "ese día", "2026-11-28 00:00", "2026-11-29 00:00"),
    (
        "el jueves a las 3. ¿Habría algo ese mismo día pero más tarde?",
        "ese mismo día",
        "2026-11-26 00:00",
        "2026-11-27 00:00",
    ),
    ("quarta às 9, e a outra no mesmo dia", "no mesmo dia", "2026-11-25 00:00", "2026-11-26 00:00"),
    (
        "Quinta às 10? se não, sexta no mesmo horário",
        "sexta no mesmo horário",
        "2026-11-27 10:00",
        "2026-11-27 11:00",
    ),
    (
        "vrijdag om 5 uur, of zaterdag zelfde tijd",
        "zaterdag zelfde tijd",
        "2026-11-28 17:00",
        "2026-11-28 18:00",
    ),
)

# British "half four" stays half past: no Dutch number word, no Dutch word before it
BRITISH_HALF: tuple[Row, ...] = (
    ("I can do half four tomorrow", "half four tomorrow", "2026-11-24 16:30", "2026-11-24 16:31"),
    ("at half 4 tomorrow?", "at half 4 tomorrow", "2026-11-24 16:30", "2026-11-24 16:31"),
)

DOTTED_RANGES: tuple[Row, ...] = (
    (
        "only free 12.30-2 on weekdays",
        "12.30-2 on weekdays",
        "2026-11-23 12:30",
        "2026-11-23 14:00",
    ),
    ("can do 1.30 to 3 on fri", "1.30 to 3 on fri", "2026-11-27 13:30", "2026-11-27 15:00"),
    ("lunch 12.15 to 1.30 pls", "lunch 12.15 to 1.30", "2026-11-23 12:15", "2026-11-23 13:30"),
    ("tmr 9.30-11 can?", "tmr 9.30-11", "2026-11-24 09:30", "2026-11-24 11:00"),
    ("thurs 3.30 - 5 ok", "thurs 3.30 - 5", "2026-11-26 15:30", "2026-11-26 17:00"),
)

# words that are no time: the ordinals among the Portuguese weekdays, greetings, "morgen"
# as the morning of a greeting, "half" before an English count
NOT_TIMES: tuple[str, ...] = (
    "é a segunda vez que eu tento marcar",
    "a quinta opção do menu",
    "a terça parte do valor",
    "la segunda porfa",
    "Me quedo con la segunda, gracias",
    "la segunda opción está bien",
    "prefiero la quinta",
    "the segunda one",
    "minha filha está na sexta série",
    "goede morgen allemaal",
    "Guten Morgen!",
    "ik heb half vijftig euro betaald",
    "Boa tarde, tudo bem?",
    "half the team is out",
    "na na na",
    "voor de kinderen",
    "toda la mañana estoy ocupada",
    "esta mañana llamé y nadie contestó",
    "una mañana libre no me vendría mal",
    "cada mañana lo llevo a la escuela",
    "la mañana es difícil",
)
