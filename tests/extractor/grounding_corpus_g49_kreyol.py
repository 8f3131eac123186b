"""The G49 Kreyòl corpus: Haitian Creole time words inside English messages.

1. Haitian families in New York and Miami (legal aid, home health care): "demen
   apremidi", "jodi a", "apre demen", "maten", "aswè", the weekdays ("lendi", "madi",
   "mèkredi", "jedi", "vandredi", "samdi", "dimanch"), "vandredi pwochen", "jedi 18",
   "semèn pwochen", "lòt semèn", "semèn sa a", the clock ("jodi a 3è", "a 11è", "vè
   10è") (`rules_kreyol`).
2. Bounds before an hour: "apre 2", "anvan 10", "pa anvan 11", "pa apre 3".
3. Negative corpus: names ("Madi", "Jodi"), "Jedi", English "semen", Kannada "book madi",
   French "vendredi après-midi", "midi" read no Kreyòl time.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): next
week is Mon 30 Nov - Sun 6 Dec. Intervals are written "%a %d %H:%M" (the first interval).
"""

from __future__ import annotations

# 1. Kreyòl read: the message, the mention's words, the first interval's start and end.
KREYOL: tuple[tuple[str, str, str, str], ...] = (
    ("demen apremidi if possible, mesi", "demen apremidi", "Tue 24 12:00", "Tue 24 17:00"),
    ("Is there place demen maten for intake?", "demen maten", "Tue 24 08:00", "Tue 24 12:00"),
    ("can Kim see me denmen? tanpri", "denmen", "Tue 24 00:00", "Wed 25 00:00"),
    ("Tanpri cancel my randevou demen with Kim", "demen", "Tue 24 00:00", "Wed 25 00:00"),
    ("demen or apre demen, whatever come first", "apre demen", "Wed 25 00:00", "Thu 26 00:00"),
    ("help me jodi a!! anyone", "jodi a", "Mon 23 00:00", "Tue 24 00:00"),
    ("Jodi a, tanpri", "Jodi a", "Mon 23 00:00", "Tue 24 00:00"),
    ("can Kim help me jodi a apremidi?", "jodi a apremidi", "Mon 23 12:00", "Mon 23 17:00"),
    ("jodi apremidi if you have space", "jodi apremidi", "Mon 23 12:00", "Mon 23 17:00"),
    ("someone see me aswè? I work till 5", "aswè", "Mon 23 17:00", "Mon 23 21:00"),
    ("vandredi apremidi. Kim or anybody", "vandredi apremidi", "Fri 27 12:00", "Fri 27 17:00"),
    ("I want to see Mr. Pierre vandredi but not early", "vandredi", "Fri 27 00:00", "Sat 28 00:00"),
    ("lendi or madi, maten only. mesi", "lendi", "Mon 23 00:00", "Tue 24 00:00"),
    ("lendi or madi, maten only. mesi", "madi", "Tue 24 00:00", "Wed 25 00:00"),
    ("m vle randevou mèkredi. avoka Pierre", "mèkredi", "Wed 25 00:00", "Thu 26 00:00"),
    ("mekredi maten for my mother, mesi", "mekredi maten", "Wed 25 08:00", "Wed 25 12:00"),
    ("samdi if the office open, mèsi anpil", "samdi", "Sat 28 00:00", "Sun 29 00:00"),
    ("Can we do jedi instead, apremidi? mesi", "jedi", "Thu 26 00:00", "Fri 27 00:00"),
    ("Does Mr. Pierre have time jedi 18?", "jedi 18", "Thu 18 00:00", "Fri 19 00:00"),
    ("change it to lendi 22 please", "lendi 22", "Mon 22 00:00", "Tue 23 00:00"),
    ("Anybody available vandredi pwochen?", "vandredi pwochen", "Fri 04 00:00", "Sat 05 00:00"),
    ("madi pwochen si posib", "madi pwochen", "Tue 01 00:00", "Wed 02 00:00"),
    ("semenn pwochen for the nurse visit", "semenn pwochen", "Mon 30 00:00", "Mon 07 00:00"),
    ("lòt semèn is better for me", "lòt semèn", "Mon 30 00:00", "Mon 07 00:00"),
    ("What time Gomez have free semèn sa a?", "semèn sa a", "Mon 23 00:00", "Mon 30 00:00"),
    ("Mwen gen randevou jodi a 3è ak Gomez", "jodi a 3è", "Mon 23 15:00", "Mon 23 16:00"),
    ("Randevou m lan se lendi 22 a 11è ak Kim", "lendi 22 a 11è", "Mon 22 11:00", "Mon 22 12:00"),
    ("samdi maten vè 10è if possible", "samdi maten vè 10è", "Sat 28 10:00", "Sat 28 11:00"),
    ("lendi sa a 10è30 tanpri", "lendi sa a 10è30", "Mon 23 10:30", "Mon 23 10:31"),
    ("jodia maten if Kim free", "jodia maten", "Mon 23 08:00", "Mon 23 12:00"),
    ("dimanch aswè after church", "dimanch aswè", "Sun 29 17:00", "Sun 29 21:00"),
    ("demen lannwit for the night nurse", "demen lannwit", "Tue 24 17:00", "Tue 24 23:00"),
)

# 2. Bounds: the message, the mention's words, the bound, the first interval.
KREYOL_BOUNDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("mèkredi apre 2 si posib", "mèkredi apre 2", "after", "Wed 25 14:00", "Thu 26 00:00"),
    ("vandredi, pa anvan 11 tanpri", "pa anvan 11", "after", "Fri 27 11:00", "Sat 28 00:00"),
    ("demen anvan 10 please", "demen anvan 10", "before", "Tue 24 00:00", "Tue 24 10:00"),
    ("jedi pa apre 3 mesi", "jedi pa apre 3", "before", "Thu 26 00:00", "Thu 26 15:00"),
    ("madi apre 1pm, mesi", "madi apre 1pm", "after", "Tue 24 13:00", "Wed 25 00:00"),
)

# 3. No Kreyòl reading: names, "Jedi", English "semen", Kannada "madi", French.
NOT_KREYOL: tuple[str, ...] = (
    "a Jedi knight at the con",
    "the Jedi order meets Thursday",
    "Madi said she can come",
    "ask Madi about the forms",
    "Madi 2pm is fine for Kim",
    "book madi, naale 7:30ge",
    "the lab said my semen test is ready",
    "semen analysis results",
    "Jodi will bring the kids",
    "Jodi a friend of mine",
    "Jodi is my sister",
    "Bonjour, vendredi après-midi si possible",
    "entre 10h et midi",
    "I'm after 3 tickets",
)
