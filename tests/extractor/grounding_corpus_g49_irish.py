"""The G49 Irish corpus: Irish (Gaeilge) time words inside English messages.

1. Irish as Gaeltacht patients, parents and farmers text it, accents kept or dropped:
   weekdays after "Dé" ("De Mairt", "Dé hAoine", "Déardaoin"), "seo chugainn" (next),
   a part of a day before a day ("maidin Dé Luain", "tráthnóna Dé hAoine"), "inniu",
   "amárach", "arú amárach", "ar maidin", "anocht", "an tseachtain seo chugainn", the
   clock ("10 a chlog", "a trí a chlog") and bounds before an hour ("roimh 10", "tar éis
   2", "i ndiaidh 3", "go dtí 4") (`rules_irish`).
2. Negative corpora: greetings and thanks ("Dia dhuit", "go raibh maith agat", "Maidin
   mhaith"), English and names ("Máirtín", "tar the roof", "de la Cruz") read no Irish time.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): next
week is Mon 30 Nov - Sun 6 Dec. Intervals are written "%a %d %H:%M" (the first interval).
"""

from __future__ import annotations

# 1. Irish read: the message, the mention's words, the first interval's start and end.
IRISH: tuple[tuple[str, str, str, str], ...] = (
    ("could I get Dr Keane De Mairt, if possible", "De Mairt", "Tue 24 00:00", "Wed 25 00:00"),
    ("Dé Máirt would suit me grand", "Dé Máirt", "Tue 24 00:00", "Wed 25 00:00"),
    ("the nurse Dé Céadaoin?", "Dé Céadaoin", "Wed 25 00:00", "Thu 26 00:00"),
    ("De Ceadaoin ok for the bloods", "De Ceadaoin", "Wed 25 00:00", "Thu 26 00:00"),
    ("Déardaoin, any time", "Déardaoin", "Thu 26 00:00", "Fri 27 00:00"),
    ("deardaoin so", "deardaoin", "Thu 26 00:00", "Fri 27 00:00"),
    ("can ye fit me in De hAoine?", "De hAoine", "Fri 27 00:00", "Sat 28 00:00"),
    ("Dé Sathairn if the surgery is open", "Dé Sathairn", "Sat 28 00:00", "Sun 29 00:00"),
    ("Dé Luain seo chugainn please", "Dé Luain seo chugainn", "Mon 30 00:00", "Tue 01 00:00"),
    ("De hAoine seo chugainn, anything", "De hAoine seo chugainn", "Fri 04 00:00", "Sat 05 00:00"),
    ("Céadaoin so, same time", "Céadaoin", "Wed 25 00:00", "Thu 26 00:00"),
    ("no wait, hAoine is better", "hAoine", "Fri 27 00:00", "Sat 28 00:00"),
    ("Maidin Dé Luain would be ideal", "Maidin Dé Luain", "Mon 23 08:00", "Mon 23 12:00"),
    (
        "coinne leis an mbanaltra maidin Déardaoin",
        "maidin Déardaoin",
        "Thu 26 08:00",
        "Thu 26 12:00",
    ),
    ("tráthnóna Dé hAoine for the jab", "tráthnóna Dé hAoine", "Fri 27 12:00", "Fri 27 17:00"),
    (
        "trathnona De Mairt seo chugainn",
        "trathnona De Mairt seo chugainn",
        "Tue 01 12:00",
        "Tue 01 17:00",
    ),
    ("Any appointments left inniu with either doctor?", "inniu", "Mon 23 00:00", "Tue 24 00:00"),
    ("Dochtúir inniu le do thoil", "inniu", "Mon 23 00:00", "Tue 24 00:00"),
    ("need to see the doctor amarach.", "amarach", "Tue 24 00:00", "Wed 25 00:00"),
    ("can I bring it forward to amárach?", "amárach", "Tue 24 00:00", "Wed 25 00:00"),
    ("arú amárach would do", "arú amárach", "Wed 25 00:00", "Thu 26 00:00"),
    ("aru amarach so", "aru amarach", "Wed 25 00:00", "Thu 26 00:00"),
    ("anything ar maidin?", "ar maidin", "Mon 23 08:00", "Mon 23 12:00"),
    ("maidin amárach if ye can", "maidin amárach", "Tue 24 08:00", "Tue 24 12:00"),
    ("tráthnóna inniu?", "tráthnóna inniu", "Mon 23 12:00", "Mon 23 17:00"),
    ("Dr Keane, maidin if he can", "maidin", "Mon 23 09:00", "Mon 23 12:00"),
    ("anything tráthnóna? I'm at the mart early", "tráthnóna", "Mon 23 12:00", "Mon 23 17:00"),
    (
        "the nurse an tseachtain seo chugainn?",
        "an tseachtain seo chugainn",
        "Mon 30 00:00",
        "Mon 07 00:00",
    ),
    ("an tseachtain seo if ye can", "an tseachtain seo", "Mon 23 00:00", "Mon 30 00:00"),
    ("an deireadh seachtaine, any time", "an deireadh seachtaine", "Sat 28 00:00", "Mon 30 00:00"),
    (
        "an deireadh seachtaine seo chugainn?",
        "an deireadh seachtaine seo chugainn",
        "Sat 05 00:00",
        "Mon 07 00:00",
    ),
    (
        "leathuair tar éis 2 Dé hAoine",
        "leathuair tar éis 2 Dé hAoine",
        "Fri 27 14:30",
        "Fri 27 14:31",
    ),
    ("Dé Sathairn 10 a chlog", "Dé Sathairn 10 a chlog", "Sat 28 10:00", "Sat 28 11:00"),
    ("amárach, a trí a chlog", "amárach, a trí a chlog", "Tue 24 15:00", "Tue 24 16:00"),
)
# ... bounds before an hour: the message, the words, the bound, the first interval.
IRISH_BOUNDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("amárach roimh 10", "amárach roimh 10", "before", "Tue 24 00:00", "Tue 24 10:00"),
    ("inniu tar éis 2", "inniu tar éis 2", "after", "Mon 23 14:00", "Tue 24 00:00"),
    (
        "De hAoine tar eis 3 le do thoil",
        "De hAoine tar eis 3",
        "after",
        "Fri 27 15:00",
        "Sat 28 00:00",
    ),
    ("Dé Máirt i ndiaidh 2", "Dé Máirt i ndiaidh 2", "after", "Tue 24 14:00", "Wed 25 00:00"),
    (
        "Déardaoin roimh 12 if ye have it",
        "Déardaoin roimh 12",
        "before",
        "Thu 26 00:00",
        "Thu 26 12:00",
    ),
)
# 2. No Irish time: greetings, thanks, names, English.
NOT_IRISH: tuple[str, ...] = (
    "Dia dhuit, could I get an appointment with Dr Keane?",
    "Go raibh maith agat, Seán",
    "Maidin mhaith! is the surgery open?",
    "Tráthnóna maith, a chara",
    "Oíche mhaith and thanks",
    "this is Máirtín, about my prescription",
    "I'll tar the shed roof myself",
    "Dr de la Cruz said it's fine",
    "the SEO team want a call",
    "A chara, tá brón orm",
)
