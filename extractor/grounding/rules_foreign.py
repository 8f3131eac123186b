"""Words of a writer's first language, said inside an English booking message.

Customers switch language for the time: "el viernes por la mañana", "jueves en la
tarde", "heute abend so 19 uhr", "mittwoch früh", "jeudi prochain, le matin", "bukas ng
hapon" (Taglish: tomorrow afternoon). The
weekday names and parts of the day are spellings in `lexicon` (`WEEKDAYS`,
`POD_WORDS`); this module reads the days and clocks that need a rule:

| words | reads |
| --- | --- |
| `heute`, `hoy`, `aujourd'hui`, `hoje` | today |
| `demain`; `morgen` / `mañana` before a part of the day or a clock ("morgen nachmittag", "mañana por la tarde", "morgen von 9 bis 12"), or said alone ("kan ik morgen komen?", "para mañana con Lucía") | tomorrow ("Guten Morgen", "goede morgen", "la mañana", "esta mañana", "mañana is a nice word" stay words) |
| `amanhã` (Portuguese), `depois de amanhã`, `overmorgen` (Dutch), `übermorgen` (German, G44) | tomorrow, the day after tomorrow |
| `vandaag`, `vanmiddag`, `zaterdagochtend`, `morgenavond` (Dutch) | today, this afternoon, a day and its part written as one word |
| `om 5 uur`, `10 uur`, `às 10`, `5 e meia` | the clock (Dutch "uur" as German "uhr"; Portuguese half past) |
| `om half vier`, `half vier`, `om half 4` (Dutch) | half an hour before the hour: 15:30 (British "half four", "at half 4" stay 16:30: a Dutch number word or "om" before a digit tells them apart) |
| `na 2 uur`, `voor 11 uur`, `tot 5 uur`, `na vijven` (Dutch) | bounds, only before an hour said the Dutch way |
| `a las 10`, `um 10`, `19 uhr`, `à 10h`, `at 14h`, `amanhã 10h` | the clock (a bare hour as "at 10" reads) |
| `gegen 11`, `vers 10h`, `sobre las 5` | about that clock (as "around 11") |
| `nicht nach 5`, `nicht vor 10` | bounds (`lexicon.BOUND_PREFIX`) |
| `von 9 bis 17`, `zwischen 10 und 12`, `10:00 bis 12:00` | a range of clock times, as "from 9 to 5" (`von` opens it as "from" does; "bis", "und" join it in `compose.join_ranges`; an hour from 13 at either end is the range's ("zwischen 14 und 16")) |
| `a eso de las 4`, `como a las 5`, `a las 10 y media`, `y cuarto`, `menos cuarto` | about that clock; half past, quarter past, quarter to |
| `pasado mañana`, `après-demain`, `dopodomani` (Italian), `ba'd bukra` (Arabic) | the day after tomorrow |
| `domani`, `oggi`, `stasera`, `stamattina`, `oggi pomeriggio` (Italian); `bukra`, `bokra` (Gulf Arabic) | tomorrow, today, this evening, this morning, this afternoon |
| `sutra`, `prekosutra`, `danas` (Croatian, Serbian, Bosnian) | tomorrow, the day after tomorrow, today ("Kama Sutra", "Yoga Sutras" stay words) |
| `ngayon` (Tagalog) | today |
| `bukas` (Tagalog) | tomorrow ("bukas po ba kayo?", are you open?, stays a word) |
| `mamaya`, `mamayang gabi` (Tagalog) | later today, this evening (as "later today" reads) |
| `à soir`, `ce soir`, `à matin`, `cet après-midi` (Quebec French) | this evening, morning, afternoon |
| `la semana que viene`, `la próxima semana`, `la otra semana`, `la semaine prochaine`, `esta semana`, `cette semaine`, `en début de semaine prochaine` | next week (a booking means "la otra semana" ahead), this week, the early days of next week |
| `la fin de semaine` (Quebec: the weekend), `el fin de semana`, `el finde` | the weekend |
| `la semaine du 14`, `la semana del 8` | the week of that day (the cue of `rules_span.week_of`) |
| `mga 2pm`, `mga 7`, `bandang 10` (Tagalog) | about that clock; "mga" is also a plural marker, so only a number after it is read |
| `pas mardi`, `pas le samedi`, `no el lunes` | the day ruled out; only before a weekday ("pas de deux" stays words) |
| `2 horas`, `una hora`, `media hora`, `une heure et demie`, `isang oras`, `do ghante` | the visit's length (`lexicon.FOREIGN_LENGTH_UNITS`, `FOREIGN_LENGTH_COUNTS`, `FOREIGN_HALF_LENGTHS`); not a distance, a time from now or ago, or a clock |

Bound words ("después de las", "no antes de las", "hasta las", "pas avant", "après",
"bago mag"), exceptions ("menos el", "excepto", "sauf"), the earliest and latest wished
("lo más pronto posible", "lo que esté primero", "ce qui vient en premier", "le plus tard
possible"), the parts of the day ("en avant-midi", "après l'école", "ng hapon") and the
Tagalog weekdays ("Huwebes") are spellings in the lexicon modules beside their English
ones; "el 17", "le 15" are `rules_day_number`'s; "vendredi 9h" is `rules_hclock`'s; "el
15 de julio" is `rules_foreign_month`'s.

Rules registered like `rules_time`'s (imported in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import NOT_COUNT, WD, Atom, Options, rule
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec
from slotwise.extractor.grounding.zones import ZONE_PLACES

_POD_NEXT = (
    r"(?=\s+(?:früh|frueh|nachmittags?|vormittags?|abends?|mittags?|um\s+\d|von\s+\d|zwischen\s+\d|"
    r"por\s+la|en\s+la|de\s+la|a\s+las\s+\d|temprano|"
    # Dutch "morgen om 10 uur", "morgen in de middag", "morgen na 2 uur"
    r"om\s+(?:half\s+)?\w|in\s+de|'s\s|na\s+\d|voor\s+\d|tussen\s+\d|vanaf\s+\d))"
)


@rule("foreign_today", r"heute|hoy|hoje|vandaag|aujourd['’]hui|ngayon(?:g\s+araw)?|oggi")
def _foreign_today(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0))


@rule(
    "foreign_tomorrow",
    r"demain|amanh[ãa]|domani|(?<!guten\s)(?<!la\s)(?:morgen|mañana|manana)"
    + _POD_NEXT
    # Gulf and Levantine Arabic "bukra" (tomorrow), written in Latin letters: "bukra
    # inshallah", "bokra at 5"; not after "ba'd" ("ba'd bukra" is the day after)
    + r"|(?<!ba['’]d\s)(?<!baad\s)(?<!ba3d\s)(?<!bad\s)(?:bukra|bokra|bukrah|bukara|boukra)"
    # "mañana 5pm", "for mañana at 8am": the clock after it makes it the day
    + r"|(?<!la\s)(?:mañana|manana)(?=\s+(?:at\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)\b)"
    # Dutch (and German) "morgen" said alone is tomorrow too: "kan ik morgen langskomen?";
    # not the morning of a greeting or an article ("Guten Morgen", "am Morgen", "den
    # Morgen", "goede morgen", "de morgen")
    + r"|(?<!guten\s)(?<!goede\s)(?<!am\s)(?<!den\s)(?<!der\s)(?<!de\s)(?<!la\s)(?<!good\s)"
    r"(?<![\w-])morgen(?![\w-])(?=\s*(?:[?!.,;]|$|\w))"
    # Spanish "mañana" said alone is tomorrow too ("¿me pueden atender mañana?", "Para
    # mañana con Lucía"); not the morning after an article or a word of quantity ("la
    # mañana", "esta mañana", "toda la mañana", "una mañana", "cada mañana", "mañanas")
    r"|(?<!\bla\s)(?<!\buna\s)(?<!\besta\s)(?<!\bcada\s)(?<!\bmedia\s)(?<!\bbuena\s)"
    r"(?<!\bmisma\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bde\s)(?<!\botra\s)(?<!\bprimera\s)"
    # ... nor the word talked about ("mañana is a nice word")
    r"(?<![\w-])ma[ñn]ana(?![\w-])(?!\s+(?:is|was|means)\b)",
)
def _foreign_tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


# Croatian, Serbian and Bosnian (a tourist's or a hotel's words in Split, Belgrade,
# Sarajevo): "sutra" (tomorrow), "prekosutra" (the day after), "danas" (today); not the
# book ("Kama Sutra", "the Yoga Sutras").
@rule(
    "bcs_day",
    r"(?P<after>preko\s?sutra)|(?<!kama\s)(?<!yoga\s)(?P<next>sutra)(?!s)|(?P<today>danas)",
)
def _bcs_day(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2 if m.group("after") else 1 if m.group("next") else 0))


@rule(
    "foreign_clock",
    # the first end of a range said "das 10 às 12", "de las 9 a las 11" (the "às 12" after
    # it is the range's other end, `compose.join_ranges`)
    r"(?:(?<=das\s)|(?<=de\slas\s)|(?<=desde\slas\s))(?P<h5>[01]?\d|2[0-3])(?:[:.h](?P<m5>[0-5]\d))?h?"
    r"(?=\s+(?:às|as|a\s+las|até|hasta)\s+\d)"
    r"|(?:(?P<prep>(?:so\s+)?gegen|vers|sobre\s+las|hacia\s+las|a\s+eso\s+de\s+las?|"
    r"como\s+a\s+las?|alrededor\s+de\s+las?|a\s+las|a\s+la|um|om|às|à|"
    # Italian "alle 10", "verso le 5", "per le 4" (about that clock)
    r"alle(?:\s+ore)?|verso\s+le|per\s+le)\s+"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?:\s*uhr|\s*uur|h)?"
    # "a las 10 y media" (half past), "y cuarto" (quarter past), "menos cuarto" (to)
    r"(?P<frac>\s+y\s+media|\s+y\s+cuarto|\s+menos\s+cuarto|\s+e\s+meia)?"
    r"|(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?\s*(?:uhr|uur)"
    # Portuguese half past said with no preposition: "tipo 5 e meia", "depois das 4 e meia"
    r"|(?P<h4>1[0-2]|0?[1-9])\s+e\s+meia"
    # "às 10h", "amanhã 10h": the "h" of a clock said after "às" or a day word (in English,
    # "at 14h", rules_hclock.py reads it and keeps "at 3h per visit" a length)
    r"|(?:(?:às|as)\s+|(?<=amanhã\s)|(?<=amanha\s)|(?<=hoje\s)|(?<=demain\s))"
    r"(?P<h3>[01]?\d|2[0-3])h(?P<m3>[0-5]\d)?)"
    r"(?!\s*(?:stunden?|horas?|heures?|hours?|hrs?|min|mins?|minutes?|minuten|days?|weeks?|"
    r"tagen?|wochen|monaten?|ore\b|giorni|settimane)\b)" + NOT_COUNT,
)
def _foreign_clock(m: re.Match[str], o: Options) -> Sym | None:
    """ "a las 10", "um 10", "19 uhr", "à 10h": the clock; a 24-hour one as said. "10h"
    alone is no clock ("a 2h call" is two hours)."""
    h = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4") or m.group("h5"))
    mi = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m5") or 0)
    frac = (m.group("frac") or "").split() or (["e", "meia"] if m.group("h4") else [])
    if frac:
        half = {"media": 30, "meia": 30, "cuarto": 15}
        mi = half[frac[-1].lower()] if frac[0].lower() in ("y", "e") else 45
        h = h - 1 if frac[0] == "menos" else h
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    prep = (m.group("prep") or "").lower()
    around = (
        "around"
        if prep.startswith(("so", "gegen", "vers", "hacia", "a eso", "como", "alr"))
        else None
    )
    return _clock(h, mi, "", prep=around, grain=grain, h24=h24, bare=not h24)


# "von 9 bis 17": "von" opens a range as "from" does (and is a bound from its clock
# when no end follows, as "from 9" is).
_cue_rule("between", {"von": ("after", True)}, "between")


@rule(
    "foreign_range_hour",
    r"(?:(?<=bis\s)|(?<=und\s))(?:1[3-9]|2[0-3])(?![\d:.])"
    r"|(?:(?<=von\s)|(?<=zwischen\s))(?:1[3-9]|2[0-3])(?=\s+(?:bis|und)\s)",
    weak=True,
)
def _foreign_range_hour(m: re.Match[str], o: Options) -> Sym | None:
    """ "bis 17", "von 14 bis", "zwischen 14 und 16": a 24-hour end of a German range
    ("von 9 bis 17"); weak, so it is a time only when the range joins it."""
    return _clock(int(m.group(0)), 0, "", prep=None, grain="hour", h24=True)


@rule(
    "foreign_day_after_tomorrow",
    r"pasado\s+ma[ñn]ana|apr[èe]s[-\s]demain|depois\s+de\s+amanh[ãa]|overmorgen|[üu]e?bermorgen|dopodomani"
    # "pasado" alone after "mañana o": "mañana o pasado", "mañana y pasado" (G49)
    r"|(?:(?<=ma[ñn]ana\so\s)|(?<=ma[ñn]ana\sy\s)|(?<=ma[ñn]ana,\s))pasado(?![\w])"
    # Arabic "ba'd bukra" (after tomorrow), however the "'" is written
    r"|(?:ba['’]?d|baad|ba3d)\s+(?:bukra|bokra|bukrah|bukara|boukra)",
)
def _foreign_day_after_tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 2))


# "bukas" is also "open": "bukas po ba kayo?" (are you open?) stays a word.
@rule(
    "taglish_tomorrow",
    r"bukas(?!(?:\s+(?:na|pa|po|ba|din|rin))*\s+(?:kayo|sila|ang|yung|ung|ba\s+kayo)\b)",
)
def _taglish_tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


_TAGALOG_POD = {"umaga": "morning", "hapon": "afternoon", "gabi": "evening"}


@rule("taglish_later_today", r"mamaya(?:ng\s+(?P<pod>umaga|hapon|gabi))?")
def _taglish_later_today(m: re.Match[str], o: Options) -> Sym:
    """ "mamaya" (later today, as "later today" reads), "mamayang gabi" (this evening)."""
    pod = _TAGALOG_POD.get((m.group("pod") or "").lower(), "rest_of_day")
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


@rule("italian_this_pod", r"stasera|stamattina|stamani|stanotte|oggi\s+pomeriggio")
def _italian_this_pod(m: re.Match[str], o: Options) -> Sym:
    """Italian "stasera" (this evening), "stamattina" / "stamani" (this morning),
    "stanotte" (tonight), "oggi pomeriggio" (this afternoon)."""
    w = m.group(0).lower()
    pod = (
        "evening"
        if w == "stasera"
        else "night"
        if w == "stanotte"
        else "afternoon"
        if w.startswith("oggi")
        else "morning"
    )
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=pod))


@rule(
    "foreign_this_pod",
    r"(?:à|a|ce|cet)\s+(?P<pod>soir|matin|après-midi|apres-midi)(?![\w-])",
)
def _foreign_this_pod(m: re.Match[str], o: Options) -> Sym:
    """Quebec "à soir" / "ce soir" (this evening), "à matin", "cet après-midi"."""
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=lx.pod_key(m.group("pod"))))


@rule(
    "foreign_week",
    r"(?:(?P<early>(?:en\s+)?d[ée]but\s+de\s+|in[íi]cio\s+d[ae]\s+)(?:la\s+|a\s+)?)?"
    r"(?:(?:la\s+|de\s+la\s+)?(?P<next>semana\s+que\s+viene|pr[óo]xima\s+semana|semana\s+pr[óo]xima|"
    r"otra\s+semana|semaine\s+prochaine|prochaine\s+semaine"
    # Mexican "la semana que entra", "la semana entrante", "la siguiente semana" (G49)
    r"|semana\s+que\s+entra|semana\s+entrante|siguiente\s+semana|semana\s+siguiente)"
    r"|semana\s+que\s+vem|volgende\s+week"
    # Portuguese "nessa semana", "desta semana" (this week: "em" / "de" + "esta")
    r"|(?P<this>esta\s+semana|cette\s+semaine|deze\s+week|[nd]es[st]a\s+semana))",
)
def _foreign_week(m: re.Match[str], o: Options) -> Sym:
    """ "la semana que viene", "la otra semana" (next week, as a booking means it), "la
    semaine prochaine", "esta semana", "en début de semaine prochaine" (its early days)."""
    return Sym(
        span=SpanSpec("week", 0 if m.group("this") else 1, part="early" if m.group("early") else "")
    )


@rule(
    "foreign_weekend",
    r"(?:(?P<which>la|cette|este|el|next|this)\s+)?fin\s+de\s+(?:semaine|semana)"
    r"(?P<next>\s+(?:prochaine|que\s+viene|pr[óo]ximo))?|(?:el\s+)?finde\b",
)
def _foreign_weekend(m: re.Match[str], o: Options) -> Sym:
    """ "la fin de semaine" (Quebec: the weekend), "el fin de semana", "el finde"."""
    which = (m.group("which") or "").lower()
    n = 1 if m.group("next") or which == "next" else 0
    said = "next" if n else "this" if which in ("cette", "este", "this") else ""
    return Sym(span=SpanSpec("weekend", n, mod=said))


@rule(
    "taglish_about_clock",
    r"(?:mga|bandang|banda)\s+(?:alas\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ap>am|pm|a\.m\.|p\.m\.))?(?![\d:\-–]|\.\d)"  # "mga 7." ends a sentence
    r"(?!\s*(?:oras|hours?|hrs?|mins?|minutes?|araw|days?|tao|people|beses|times|x)\b)",
)
def _taglish_about_clock(m: re.Match[str], o: Options) -> Sym | None:
    """ "mga 2pm", "mga 7 sana", "bandang 10": about that clock ("mga" marks a plural
    before a noun, so only a number after it is read)."""
    ap = (m.group("ap") or "").lower()[:1]
    ap = "am" if ap == "a" else "pm" if ap == "p" else ""
    mi = int(m.group("m") or 0)
    return _clock(
        int(m.group("h")), mi, ap, prep="around", grain="minute" if mi else "hour", bare=not ap
    )


# "pas mardi", "pas le samedi", "no el lunes": a day ruled out; only before a day ("pas"
# and "no" are words of their own elsewhere).
_cue_rule(
    "neg_prefix",
    ["pas", "pas le", "no el"],
    "neg",
    then=rf"(?=\s+(?:le\s+)?{WD}(?![\w]))",
)


@rule("foreign_week_of", r"(?:la\s+)?semaine\s+du|(?:la\s+)?semana\s+del")
def _foreign_week_of(m: re.Match[str], o: Options) -> Atom:
    """ "la semaine du 15", "la semana del 8": the week of that day (`rules_span.week_of`)."""
    return Atom(m.start(), m.end(), None, [], cue="week_of", cue_text=m.group(0).strip())


# The visit's length in the customer's words: "2 horas", "una hora", "une heure et demie",
# "media hora", "isang oras", "do ghante" (spellings in `lexicon`). Not a time from now or
# ago ("en una hora", "dans une heure", "hace una hora"), a clock ("à une heure"), a price
# ("por hora") or a distance ("a una hora de aquí", "une heure de route"); in Portuguese
# not "em uma hora", "há duas horas", "às duas horas", "uma hora de carro", "2 horas atrás".
_LENGTH_COUNT = lx.alternation(lx.FOREIGN_LENGTH_COUNTS)
_LENGTH_UNIT = lx.alternation(lx.FOREIGN_LENGTH_UNITS)
_NOT_A_LENGTH_BEFORE = re.compile(
    r"(?<![\w])(?:a|à|en|dans|hace|il\s+y\s+a|cada|chaque|la|after|in|sa\s+loob\s+ng|"
    r"em|há|às|daqui\s+a)\s+$",
    re.I,
)
_NOT_A_LENGTH_AFTER = re.compile(
    r"\s*(?:de\s+(?:distancia|aqu[íi]|camino|viaje|route|voiture|trajet|char|carro|viagem|"
    r"dist[âa]ncia|estrada|[ôo]nibus)|d['’]ici|daqui|atr[áa]s|depois|mais\s+tarde|"
    r"away|ago|antes|despu[ée]s|m[áa]s\s+tarde|plus\s+tard|avant|apr[èe]s|later|before|after|"
    r"baad|pehle|bago|pagkatapos)\b"
    # "a las 5 hora de Chicago": the place's clock, no length (`zones.ZONE_WORDS`, G49)
    rf"|\s+(?:de|del)\s+(?:la\s+)?(?:{ZONE_PLACES})(?![\w])",
    re.I,
)


@rule(
    "foreign_length",
    rf"(?P<half>{lx.alternation(lx.FOREIGN_HALF_LENGTHS)})"
    rf"|(?P<n>\d{{1,2}}|{_LENGTH_COUNT})\s+(?P<unit>{_LENGTH_UNIT})"
    rf"(?P<more>\s+{lx.alternation(lx.FOREIGN_AND_A_HALF)})?(?![\w-])",
)
def _foreign_length(m: re.Match[str], o: Options) -> Sym | None:
    text = m.string
    if _NOT_A_LENGTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _NOT_A_LENGTH_AFTER.match(text, m.end()):
        return None
    if m.group("half"):
        said = re.sub(r"[\s-]+", " ", m.group("half").lower())
        halves = {re.sub(r"[\s-]+", " ", k): v for k, v in lx.FOREIGN_HALF_LENGTHS.items()}
        return Sym(duration=halves[said])
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else lx.FOREIGN_LENGTH_COUNTS[re.sub(r"\s+", " ", n)]
    per = lx.FOREIGN_LENGTH_UNITS[m.group("unit").lower()]
    minutes = count * per + (per // 2 if m.group("more") else 0)
    return Sym(duration=minutes) if 0 < minutes <= 12 * 60 else None


# Dutch. "half vier" is half an hour BEFORE four (15:30), where British "half four" is half
# past (16:30): the two are told apart by the number's language ("vier", "vijf" are Dutch
# words) or, for a digit, by a Dutch word before it ("om half 4"); "half 4" alone stays
# English (`rules_time`). "vijven", "zessen" are the hour said as a noun ("na vijven").
_DUTCH_HOURS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
_DUTCH_HOUR = lx.alternation(_DUTCH_HOURS)
_DUTCH_HOUR_NOUNS = {
    "enen": 1,
    "tweeën": 2,
    "drieën": 3,
    "vieren": 4,
    "vijven": 5,
    "zessen": 6,
    "zevenen": 7,
    "achten": 8,
    "negenen": 9,
    "tienen": 10,
    "elven": 11,
    "twaalven": 12,
}
_DUTCH_HOUR_NOUN = lx.alternation(_DUTCH_HOUR_NOUNS)


@rule(
    "dutch_half",
    rf"(?:om\s+|(?<=na\s)|(?<=voor\s)|(?<=tot\s)|(?<=vanaf\s))half\s+(?P<d>1[0-2]|[1-9])"
    rf"(?:\s*uur)?(?![\d:.])|(?:om\s+)?half\s+(?P<w>{_DUTCH_HOUR})(?![\w-])",
)
def _dutch_half(m: re.Match[str], o: Options) -> Sym | None:
    """ "om half vier", "half vier", "om half 4": half an hour before that hour."""
    h = int(m.group("d")) if m.group("d") else _DUTCH_HOURS[m.group("w").lower()]
    return _clock(12 if h == 1 else h - 1, 30, "", prep=None, grain="minute", bare=True)


@rule("dutch_hour_noun", rf"(?:(?<=na\s)|(?<=voor\s)|(?<=tot\s)){_DUTCH_HOUR_NOUN}(?![\w-])")
def _dutch_hour_noun(m: re.Match[str], o: Options) -> Sym | None:
    """ "na vijven" (after five), "voor zessen": the hour said as a noun after a bound."""
    h = _DUTCH_HOUR_NOUNS[m.group(0).lower()]
    return _clock(h, 0, "", prep=None, grain="hour", bare=True)


_DUTCH_DAY_PART = {
    "ochtend": "morning",
    "morgen": "morning",
    "middag": "afternoon",
    "avond": "evening",
}
_DUTCH_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@rule(
    "dutch_day_part",
    r"(?P<day>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|van)"
    r"(?P<pod>ochtend|morgen|middag|avond)(?P<pl>en)?(?![\w-])",
)
def _dutch_day_part(m: re.Match[str], o: Options) -> Sym:
    """Dutch writes the day and its part as one word: "zaterdagochtend", "vrijdagmiddag",
    "morgenavond" (tomorrow evening), "vanmiddag" (this afternoon)."""
    day = m.group("day").lower()
    tod = TodSpec("pod", pod=_DUTCH_DAY_PART[m.group("pod").lower()])
    if day == "van":
        return Sym(day=DaySpec("rel", 0), tod=tod)
    if day == "morgen":
        return Sym(day=DaySpec("rel", 1), tod=tod)
    return Sym(day=DaySpec("wd", _DUTCH_DAYS.index(day)), tod=tod)


# Dutch bounds, only before an hour said the Dutch way ("na 2 uur", "voor 11 uur", "om 1
# uur of later" is `rules_end_bound`'s kind, "tot 5 uur", "vanaf half 3", "na vijven"):
# "na" and "voor" are words of other languages too.
_cue_rule(
    "bound_prefix",
    {
        "na": ("after", False),
        "voor": ("before", False),
        "tot": ("before", True),
        "vanaf": ("after", True),
        "niet voor": ("after", True),
        "niet na": ("before", True),
        "niet later dan": ("before", True),
        "niet eerder dan": ("after", True),
    },
    "bound",
    then=rf"(?=\s+(?:\d{{1,2}}(?:[:.]\d\d)?\s*uur\b|half\s+(?:\d|{_DUTCH_HOUR})|{_DUTCH_HOUR_NOUN}(?![\w-])))",
)
