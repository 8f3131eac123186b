"""The G49 language corpus: Welsh and Tagalog time words inside English messages.

1. Welsh, as farmers and pet owners in north Wales write it: weekdays after "dydd" /
   "ddydd" ("dydd Mercher", "ddydd Llun nesaf", "Dydd Sadwrn yma"), a part of a day
   ("prynhawn dydd Iau", "bore Llun", "nos Wener"), "heddiw", "yfory", "fory", "heno",
   "bore 'ma", the weeks ("wythnos nesaf", "yr wythnos ar ôl nesa"), the clock ("9 o'r
   gloch", "dydd Mawrth am 11", "3 y prynhawn", "hanner awr wedi 2") and bounds before an
   hour ("ar ôl 10", "dim cyn 9", "na ar ôl 3") (`rules_welsh`).
2. Tagalog in Taglish: "ngayong gabi", "gabi" alone, "mamayang 3pm", "susunod na
   Saturday", "susunod na linggo", "Linggo" (Sunday), "makalawa", "alas dos", "hanggang
   3pm", "sa March", "sa 14th" (`rules_tagalog`); "mga 7." at a sentence's end
   (`rules_foreign`).
3. Negative corpora: English "bore", names ("Gabi", "Llun" alone), greetings ("Bore da",
   "Magandang gabi po"), "isang linggo" (a week) read no time.
4. "next next week", "next next Friday" (Philippine, Singapore, Hong Kong English), and a
   weak weekday made a day by a particle after it ("Wed po", "sat plis").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`): next
week is Mon 30 Nov - Sun 6 Dec. Intervals are written "%a %d %H:%M" (the first interval).
"""

from __future__ import annotations

# 1. Welsh read: the message, the mention's words, the first interval's start and end.
WELSH: tuple[tuple[str, str, str, str], ...] = (
    ("can Gwen see Mot dydd Mercher? ideally", "dydd Mercher", "Wed 25 00:00", "Thu 26 00:00"),
    ("Ydy Gwen ar gael ddydd Sadwrn?", "ddydd Sadwrn", "Sat 28 00:00", "Sun 29 00:00"),
    ("Iolo ar gael dydd Llun nesaf?", "dydd Llun nesaf", "Mon 30 00:00", "Tue 01 00:00"),
    ("Dydd Sadwrn yma efo Iolo?", "Dydd Sadwrn yma", "Sat 28 00:00", "Sun 29 00:00"),
    ("bore Llun os yn bosib", "bore Llun", "Mon 23 08:00", "Mon 23 12:00"),
    ("prynhawn dydd Iau for the cat", "prynhawn dydd Iau", "Thu 26 12:00", "Thu 26 17:00"),
    ("pnawn Gwener plis", "pnawn Gwener", "Fri 27 12:00", "Fri 27 17:00"),
    ("nos Wener would suit", "nos Wener", "Fri 27 17:00", "Fri 27 21:00"),
    ("gyda'r nos dydd Mawrth", "gyda'r nos dydd Mawrth", "Tue 24 17:00", "Tue 24 21:00"),
    ("Dydd Gwener bore for Iolo please", "Dydd Gwener bore", "Fri 27 08:00", "Fri 27 12:00"),
    ("Iolo bore fory os yn bosib", "bore fory", "Tue 24 08:00", "Tue 24 12:00"),
    ("Iolo dydd Iau. Na, dydd Gwener. Bore.", "Bore", "Fri 27 08:00", "Fri 27 12:00"),
    ("Angen rhywun heddiw plis", "heddiw", "Mon 23 00:00", "Tue 24 00:00"),
    ("can i book Gwen for our hamster yfory?", "yfory", "Tue 24 00:00", "Wed 25 00:00"),
    ("Pigo fyny fory", "fory", "Tue 24 00:00", "Wed 25 00:00"),
    ("drennydd yn iawn", "drennydd", "Wed 25 00:00", "Thu 26 00:00"),
    ("unrhywbeth heno efo Gwen?", "heno", "Mon 23 17:00", "Mon 23 23:00"),
    ("bore 'ma os yn bosib", "bore 'ma", "Mon 23 08:00", "Mon 23 12:00"),
    ("pnawn 'ma?", "pnawn 'ma", "Mon 23 12:00", "Mon 23 17:00"),
    ("Brechiad wythnos nesaf plis", "wythnos nesaf", "Mon 30 00:00", "Mon 07 00:00"),
    ("wsnos nesa plis", "wsnos nesa", "Mon 30 00:00", "Mon 07 00:00"),
    ("yr wythnos yma, unrhyw ddiwrnod", "yr wythnos yma", "Mon 23 00:00", "Mon 30 00:00"),
    (
        "Oes gan Iolo amser yr wythnos ar ôl nesa?",
        "yr wythnos ar ôl nesa",
        "Mon 07 00:00",
        "Mon 14 00:00",
    ),
    ("dydd Gwener wythnos nesa?", "dydd Gwener wythnos nesa", "Fri 04 00:00", "Sat 05 00:00"),
    ("penwythnos nesa?", "penwythnos nesa", "Sat 05 00:00", "Mon 07 00:00"),
    (
        "Need the vet dydd Llun, sorry I mean dydd Mawrth, Llun is mart",
        "Llun",
        "Mon 23 00:00",
        "Tue 24 00:00",
    ),
    ("dydd Mawrth am 11", "dydd Mawrth am 11", "Tue 24 11:00", "Tue 24 12:00"),
    ("fory am 3 y prynhawn", "fory am 3 y prynhawn", "Tue 24 15:00", "Tue 24 16:00"),
    ("yr un amser - 9 o'r gloch dydd Iau", "9 o'r gloch dydd Iau", "Thu 26 09:00", "Thu 26 10:00"),
    ("deg o'r gloch fory", "deg o'r gloch fory", "Tue 24 10:00", "Tue 24 11:00"),
    ("hanner awr wedi 2 dydd Llun", "hanner awr wedi 2 dydd Llun", "Mon 23 14:30", "Mon 23 14:31"),
    ("chwarter i 4 fory", "chwarter i 4 fory", "Tue 24 15:45", "Tue 24 15:46"),
)
# ... bounds before an hour: the message, the words, the bound, the first interval.
WELSH_BOUNDS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Iolo dydd Sadwrn. Defaid. Ar ôl 10 plis",
        "Ar ôl 10",
        "after",
        "Sat 28 10:00",
        "Sun 29 00:00",
    ),
    ("dim cyn 9 na ar ôl 3. Dydd Iau", "dim cyn 9", "after", "Thu 26 09:00", "Fri 27 00:00"),
    ("dim cyn 9 na ar ôl 3. Dydd Iau", "na ar ôl 3", "before", "Thu 26 00:00", "Thu 26 15:00"),
    ("nos Wener ar ol 7?", "ar ol 7", "after", "Fri 27 19:00", "Sat 28 00:00"),
    ("dydd Iau cyn 3 plis", "dydd Iau cyn 3", "before", "Thu 26 00:00", "Thu 26 15:00"),
    ("erbyn 4 fory os yn bosib", "erbyn 4 fory", "before", "Tue 24 00:00", "Tue 24 16:00"),
)
# ... a day ruled out: the message, the words.
WELSH_NEGATED: tuple[tuple[str, str], ...] = (
    ("Unrhyw bryd wythnos nesaf ond dim dydd Gwener. Diolch", "ond dim dydd Gwener"),
    ("Brechiad wythnos nesaf, bore os yn bosib, ond ddim dydd Llun", "ond ddim dydd Llun"),
    ("Dim dydd Llun plis", "Dim dydd Llun"),
)
# ... no Welsh reading in English: no mention from `rules_welsh`.
NOT_WELSH: tuple[str, ...] = (
    "what a bore, the meeting is Monday",
    "she bore it well on Monday",
    "the bore of the pipe is 3 inches",
    "it's a bore but Tuesday works",
    "bore holes on Friday",
    "Bore da! Any chance of Wednesday?",
    "Prynhawn da pawb, Friday please",
    "Llun is a picture, Monday please",
    "I am 11 years old, can I come Tuesday",
    "phone nos please",
    "Mawrth 3 is the date",
    "cyn 3 diwrnod",
)

# 2. Tagalog read: the message, the words, the first interval.
TAGALOG: tuple[tuple[str, str, str, str], ...] = (
    ("ngayong hapon po sana", "ngayong hapon", "Mon 23 12:00", "Mon 23 17:00"),
    ("ngayong umaga ba pwede?", "ngayong umaga", "Mon 23 08:00", "Mon 23 12:00"),
    (
        "Pwede po magpa-consult ngayong gabi kahit sino?",
        "ngayong gabi",
        "Mon 23 17:00",
        "Mon 23 21:00",
    ),
    ("gabi po sana, after 7", "gabi", "Mon 23 17:00", "Mon 23 21:00"),
    ("Gabi po sana, mga 7.", "Gabi", "Mon 23 17:00", "Mon 23 21:00"),
    ("Monday or Tuesday, gabi, pero hindi si doc santos", "gabi", "Mon 23 17:00", "Mon 23 21:00"),
    ("kahit kelan this week basta gabi", "gabi", "Mon 23 17:00", "Mon 23 21:00"),
    ("yung gabi po", "gabi", "Mon 23 17:00", "Mon 23 21:00"),
    ("mamayang 3pm po pwede?", "mamayang 3pm", "Mon 23 15:00", "Mon 23 16:00"),
    ("mamayang 10:30pm na lang po, traffic", "mamayang 10:30pm", "Mon 23 22:30", "Mon 23 22:31"),
    ("sa susunod na Lunes po", "sa susunod na Lunes", "Mon 30 00:00", "Tue 01 00:00"),
    ("kelan po ang susunod na Saturday?", "susunod na Saturday", "Sat 05 00:00", "Sun 06 00:00"),
    ("sa susunod na linggo po sana", "sa susunod na linggo", "Mon 30 00:00", "Mon 07 00:00"),
    ("next linggo na lang", "next linggo", "Mon 30 00:00", "Mon 07 00:00"),
    ("ngayong linggo po ba pwede?", "ngayong linggo", "Mon 23 00:00", "Mon 30 00:00"),
    ("Sabado o Linggo po", "Linggo", "Sun 29 00:00", "Mon 30 00:00"),
    ("sa Linggo ng umaga", "sa Linggo ng umaga", "Sun 29 08:00", "Sun 29 12:00"),
    ("Linggo ng hapon po sana", "Linggo ng hapon", "Sun 29 12:00", "Sun 29 17:00"),
    ("Pwede po sa makalawa ng umaga?", "sa makalawa ng umaga", "Wed 25 08:00", "Wed 25 12:00"),
    ("makalawa na lang po", "makalawa", "Wed 25 00:00", "Thu 26 00:00"),
    ("alas dos po bukas", "alas dos", "Tue 24 14:00", "Tue 24 15:00"),
    ("alas-3 ng hapon po", "alas-3 ng hapon", "Mon 23 15:00", "Mon 23 16:00"),
    ("alas tres y medya po sa Huwebes", "alas tres y medya", "Thu 26 15:30", "Thu 26 15:31"),
    ("alas siyete ng gabi", "alas siyete ng gabi", "Mon 23 19:00", "Mon 23 20:00"),
    ("Sa March na lang sana ako", "Sa March", "Mon 01 00:00", "Thu 01 00:00"),
    ("sa 14th po sana, umaga", "sa 14th", "Mon 14 00:00", "Tue 15 00:00"),
    ("Gabi po sana, mga 7.", "mga 7", "Tue 24 06:30", "Tue 24 07:30"),
)
# ... "hanggang" (until) before an hour: the message, the words, the first interval.
TAGALOG_UNTIL: tuple[tuple[str, str, str, str], ...] = (
    ("tulog ako hanggang 3pm, so after that", "hanggang 3pm", "Mon 23 09:00", "Mon 23 15:00"),
    ("hanggang alas singko lang po", "hanggang alas singko", "Mon 23 09:00", "Mon 23 17:00"),
    ("so hanggang 1pm lang", "hanggang 1pm", "Mon 23 09:00", "Mon 23 13:00"),
)
# ... no Tagalog reading: no mention from `rules_tagalog`, no "gabi" read.
NOT_TAGALOG: tuple[str, ...] = (
    "can I book with Gabi on Friday?",
    "kay Gabi po sana bukas",
    "Gabi's birthday is on Friday, pwede po ba",
    "si Gabi po yung pasyente, bukas po",
    "Tell Gabi I'm coming Monday",
    "Magandang gabi po, bukas po sana",
    "ginataang gabi recipe po",
    "isang linggo na masakit po",
    "2 linggo na po",
    "Alas, I can't do Monday",
    "nasa 2nd floor po yung clinic",
    "sa 3rd dose ko po",
)
# Greetings are no time (`compose._GREETING`): no mention at all.
GREETINGS: tuple[str, ...] = (
    "Magandang gabi po.",
    "Magandang umaga po",
    "Magandang hapon po!",
)
# Words now read are no longer warned of (`lexicon_romanised.UNREAD_ROMANISED`).
NOT_WARNED: tuple[str, ...] = (
    "alas dos po bukas",
    "sa makalawa na lang",
)
# "next next": the week after next, the weekday after next (Philippine, Singapore and Hong
# Kong English): the message, the words, the first interval.
NEXT_NEXT: tuple[tuple[str, str, str, str], ...] = (
    ("pwede ba next next week?", "next next week", "Mon 07 00:00", "Mon 14 00:00"),
    ("move it to next next week pls", "next next week", "Mon 07 00:00", "Mon 14 00:00"),
    ("next next wk ok lang", "next next wk", "Mon 07 00:00", "Mon 14 00:00"),
    ("next next Friday, Dr Lam", "next next Friday", "Fri 04 00:00", "Sat 05 00:00"),
    ("next-next Monday po", "next-next Monday", "Mon 07 00:00", "Tue 08 00:00"),
    ("next next Tues 3:30pm", "next next Tues 3:30pm", "Tue 08 15:30", "Tue 08 15:31"),
)
# A weak weekday ("wed", "sat", "sun", "mon") made a day by a Taglish or Welsh particle
# after it (`lexicon.WEAK_DAY_AFTER`): the message, the words, the first interval.
WEAK_DAY_PARTICLE: tuple[tuple[str, str, str, str], ...] = (
    ("ok po, pa book ng isa. Wed po, after 1pm", "Wed", "Wed 25 00:00", "Thu 26 00:00"),
    ("sat po sana, kahit anong oras", "sat", "Sat 28 00:00", "Sun 29 00:00"),
    ("Jac sat plis, claws", "sat", "Sat 28 00:00", "Sun 29 00:00"),
    ("pwede ba sun po?", "sun", "Sun 29 00:00", "Mon 30 00:00"),
    ("mon sana kung pwede", "mon", "Mon 23 00:00", "Tue 24 00:00"),
)
# ... and the English words stay words.
NOT_WEAK_DAY_PARTICLE: tuple[str, ...] = ("I sat po", "the sun po is hot", "we sat plis help")
