"""Named rules of what a turn picks among the options shown, and of what it refers back to.

`pick` reads the words that pick an option: ordinals ("the second one"), determiners
("the 3pm", "that Thursday slot") and confirmations ("yes that one"), two tables of
words in the way grounding's lexicon is. The named rules beside it are keyed to the
turn's labels and the session's state, not to words:

| rule              | what a turn says                              | what it picks or refers to       |
| ----------------- | --------------------------------------------- | -------------------------------- |
| `described`       | "7pm one!", "k 4pm" (shown: Tue, Wed, Thu at   | the first shown option that all  |
|                   | 7pm); "oh tonight?? yes 6 pls"; "the thurs    | the turn's context labels (a     |
|                   | one pls" (shown: next week's Wed, Thu, Fri);  | time, a provider) describe       |
|                   | "the one with Jake please"                    |                                  |
| `readings`        | "7 o'clock is fine" (shown: 6, 7, 8 pm)       | a time's other readings too      |
| `elsewhere`       | "And the second one (rego 1XY 9ZA) on         | nothing: the option is not on    |
|                   | Thursday the 18th" (Tuesday's shown)          | the days the turn asks for       |
| `unplaced`        | "9 works", "ok cool ill take the wed one"     | the shown option at that hour or |
|                   | (words grounding could not place alone)       | on that weekday, first shown     |
| `unshown`         | "the 1:30", "the 3.30 one" (shown: 12:00,     | the open slot it names, found by |
|                   | 1:00, 1:15; 1:30 open and fits what holds)    | a search, put first (rank 1)     |
| `extreme`         | "tuesday's fine, the earliest one"; "earliest | the earliest (latest) shown      |
|                   | one" (no "the" before "one")                  | option on the days it names      |
| `picks_nothing`   | "ok cancel that appointment then, I'll try    | nothing: a cancellation picks no |
|                   | TurboTax first"; "is it ok to bring my        | option, nor a question about     |
|                   | partner along to the first one?"              | something else                   |
| `latest_first`    | "same time thursday" after "wed" (turn 1) and | the wish said last, first        |
|                   | "wed at 7" (turn 2)                           |                                  |

A context label is what a turn names but asks nothing of (the writers' guide: "a pick by
time, 'the 3pm one', is context: it points at a shown option, it adds no wish"); a time
the turn asks for ("6pm if thats there", "k fri at 3 then") is a wish, not a pick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from slotwise.extractor.grounding import lexicon as lx
from slotwise.schemas import Constraint, Span

if TYPE_CHECKING:
    from slotwise.extractor.pipeline import MessageReading

# the words that number an option, by language (as grounding's lexicon keeps its word
# families): "the second one", "la segunda", "el primero porfa", "Le 2e choix svp",
# "yung pangalawa", "a primeira"; 0 is the middle, -1 the last
_ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "fifth": 5,
        "5th": 5,
        "last": -1,
        "middle": 0,  # of three (or five) shown: "the middle one"
    },
    # not "cuarto" (also a quarter, "las 4 y cuarto", and a room)
    "es": {
        "primero": 1,
        "primera": 1,
        "primer": 1,
        "segundo": 2,
        "segunda": 2,
        "tercero": 3,
        "tercera": 3,
        "tercer": 3,
        "último": -1,
        "última": -1,
        "ultimo": -1,
        "ultima": -1,
    },
    "fr": {
        "premier": 1,
        "première": 1,
        "premiere": 1,
        "1er": 1,
        "1re": 1,
        "1ère": 1,
        "deuxième": 2,
        "deuxieme": 2,
        "2e": 2,
        "2ème": 2,
        "2eme": 2,
        "troisième": 3,
        "troisieme": 3,
        "3e": 3,
        "3ème": 3,
        "3eme": 3,
        "dernier": -1,
        "dernière": -1,
        "derniere": -1,
    },
    # "segunda" is Spanish above; alone in Portuguese it is also Monday (`_MONDAY`)
    "pt": {"primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3},
    # not "una" (the first, also Spanish "a") nor "huli" (the last, also "late")
    "tl": {"pangalawa": 2, "ikalawa": 2, "pangatlo": 3, "ikatlo": 3, "pang-apat": 4},
}
_ORDINALS = {w: n for words in _ORDINAL_WORDS.values() for w, n in words.items()}
_ORDINAL = re.compile(
    r"\b(?P<ord>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")(?![\w-])"
    r"(?P<noun>\s+(?:one|wan|1|option|slot|choice|time|appointment|appt|proposition|proposal|"
    r"suggestion|opci[oó]n|choix|op[cç][aã]o|hora|horario|cr[eé]neau))?",
    re.IGNORECASE,
)
_OPTION_NUMBER = re.compile(r"\b(?:option|slot|choice|number|no\.?|#)\s*(?P<n>[1-9])\b", re.I)
# "last" picks alone only where no noun follows: "the last please", "last works", "the
# last of those", "la última porfa"
_LAST_ALONE = re.compile(
    r"\s*(?:$|[.,!?;:)]|(?:please|pls|plz|thanks|works|is|then|porfa|por|svp|po|est[aá]|"
    r"of\s+(?:those|these|them)|de\s+(?:esas|esos|ces))\b)",
    re.I,
)
_DETERMINER = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
# "first" after an object or a verb that ends a clause is an adverb: "talk to him first",
# "I'll check first", "do that first"
_ADVERB_BEFORE = re.compile(
    r"\b(?:him|her|them|me|us|you|u|it|that|this|myself|himself|herself|themselves|"
    r"check|ask|call|talk|think|see|sort|finish|pay|eat)\s+$",
    re.IGNORECASE,
)
# "the first visit", "my first time", "first thing": an ordinal of something else
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:one|ones|option|slot|choice|pls|please|plz|thanks|thx|ta|then|is|works|"
    r"for|if|again|and|or|but|i|im|we|ok|okay|sounds|looks|would|will|suits?|grand|good|"
    r"great|perfect|fine|proposed|suggested|offered|listed|shown|you|they|she|that|"
    r"which|porfa|por|favor|est[aá]|para|con|svp|stp|merci|gracias|obrigad[oa]|sige)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# "I need to check with my work first and then I will write again": first of two steps
_THEN_AFTER = re.compile(r"\s*(?:,|\band\b)\s*then\b", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:my|his|her|our|their|your|its|lol|mi|mis|su|ma|mon|meu|minha)\s+$", re.IGNORECASE
)
# "a second", "un segundo", "une seconde": a moment, or one more of something, not the
# option shown second ("wait a second", "a second fitting")
# (Portuguese "a" is "the": "a primeira")
_INDEFINITE_BEFORE = re.compile(r"\b(?:un|una|une|um|uma)\s+$", re.IGNORECASE)
_INDEFINITE_BEFORE_EN = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# Portuguese "segunda" alone is Monday: "na segunda", "segunda-feira", "próxima segunda"
_MONDAY = re.compile(
    r"(?:\b(?:na|nesta|essa|pr[oó]xima|toda)\s+segunda\b|\bsegunda[-\s]+feira\b)", re.IGNORECASE
)
# "enough for first time", "for the first time": the customer's first visit
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# a turn that is only a number names the option: "2", "#1", "1 pls", "three"
_BARE_RANK = re.compile(
    r"^\W*#?(?P<n>[1-9]|one|two|three|four|five)\W*(?:pls|please|plz|thanks|thx|ta)?\W*$",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_TOP = re.compile(r"\btop\s+(?:one|option|slot|choice)\b", re.IGNORECASE)
# the words that, before a clock said as a bare number, make it the option at that hour,
# by language ("the 3pm" is read by grounding; these numbers often are not): "la de las
# 9 porfa", "el de las 3:30 está bien", "La de las diez", "kay Dra. Santos po yung 10",
# "celui de 14h", "o das 10"
_CLOCK_DETERMINERS: dict[str, tuple[str, ...]] = {
    "es": ("la de las", "el de las", "la de la", "el de la"),
    "tl": ("yung", "'yung", "ung", "yong"),
    "fr": ("celui de", "celle de"),
    "pt": ("o das", "a das", "o da", "a da"),
}
# hours said in words after those determiners ("la de las diez", "o das dez")
_HOUR_WORDS: dict[str, int] = {
    w: n
    for words in (
        ("una", "dos", "tres", "cuatro", "cinco", "seis"),  # Spanish
        ("siete", "ocho", "nueve", "diez", "once", "doce"),
        ("uma", "duas", "três", "quatro", "cinco", "seis"),  # Portuguese
        ("sete", "oito", "nove", "dez", "onze", "doze"),
    )
    for n, w in enumerate(words, 1 if words[0] in {"una", "uma"} else 7)
}
_DETERMINED_CLOCK = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(
        re.escape(d).replace(r"\ ", r"\s+") for ds in _CLOCK_DETERMINERS.values() for d in ds
    )
    + r")\s+(?P<clock>\d{1,2}(?:[:.h]\d{2})?h?|"
    + "|".join(_HOUR_WORDS)
    + r")"
    # only what closes a pick may follow: not "yung 2 anak ko" (my 2 children)
    r"(?=\s*(?:$|[.,!?;:)]|(?:po|porfa|por|est[aá]|esta|con|w|with|para|pls|please|ok|"
    r"sige|na|svp|stp|s'il|entonces|then|is|works|kay|ni|de\s+la|da|do)\b))",
    re.IGNORECASE,
)
# "book the earliest", "whichever's soonest": the shown option that starts first (last);
# also without "the" before "one", as "2nd one" names the second ("earliest one",
# "great, earliest one then"); not "earliest u got", "earliest pls" (writers split).
# The comparative picks so too, of the options shown ("The later one, please", "I see
# 10:00 and 15:00. I choose the later.", "earlier one"), said before "one" / "option" or
# alone; not "the later the better", "later that day", "the earlier appointment"
_EXTREME = re.compile(
    r"\b(?:(?:the|whichever(?:'s|\s+is)?)\s+(?P<which>earliest|soonest|latest)\b"
    r"(?!\s+(?:you|u|ya|there|in|on|at|possible|available|slot\s+on)\b)"
    r"|(?P<bare>earliest|soonest|latest)(?=\s+(?:one|option)\b)"
    r"|(?:\b(?:the|that)\s+)?(?P<than>earlier|later|sooner)(?=\s+(?:one|option)\b)"
    r"|\b(?:the|that)\s+(?P<alone>earlier|later|sooner)(?=\s*(?:$|[.,!?;:)]|(?:please|pls|"
    r"thanks|thank|then|for\s+me|works|is\s+(?:fine|good|better|perfect))\b)))",
    re.IGNORECASE,
)
_OPTION_AFTER = re.compile(r"\s+(?:one|option|slot|appointment|appt)\b", re.IGNORECASE)
# "yes that one", "that one's fine", "yep that works": the option put first
_CONFIRM = re.compile(
    r"^\W*(?:yes|yep|yeah|ya|yup)\W*(?:please|pls|thanks|thank\s+you)?\W*$|"
    r"^\W*(?:(?:yes|yep|yeah|yea|ya|ok|okay|great|perfect)\W+)*(?:that|this)"
    r"(?:\s+one)?(?:'s|\s+is)?(?:\s+(?:works|fine|good|great|perfect))?"
    r"(?:\W+(?:thank\s+you|thanks|thx|ty|cheers|please|pls))*\W*$",
    re.IGNORECASE,
)
# "ok confirm that", "Yes please confirm.", "Book it, my name is ...", "ok book": the
# option put first, confirmed by a verb and nothing more about when
_CONFIRM_VERB = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|yea|ya|ok|okay|great|good|perfect)\W+)*(?:please\s+|pls\s+)?"
    r"(?:confirm(?:ed)?(?:\s+(?:that|it))?|book(?:\s+(?:it|that))?|go\s+ahead)\b"
    r"(?=\W*(?:$|,|\.|!|thank|thanks|thx|ty|cheers|please|pls))",
    re.IGNORECASE,
)
# "yes that one and actually put me on the schedule this time": a confirmation, then more
_CONFIRM_AND = re.compile(
    r"^\W*(?:yes|yep|yeah|ya|yup)\W+(?:that|this)\s+one\b(?=\s*(?:,|\band\b|\bbut\b))",
    re.IGNORECASE,
)


@dataclass
class Pick:
    """A turn that picks a shown proposal: its rank as shown, and the words that did."""

    rank: int
    span: tuple[int, int]
    proposal: dict[str, Any]
    by_time: bool = False  # "the 3pm", "9am pls": a time the turn names, not a rank
    shown: bool = True  # False: an open slot the turn names that was not shown (`unshown`)


def pick(
    message: str,
    constraints: list[Constraint],
    shown: list[dict[str, Any]],
    anyone: bool = False,
    mentioned: list[Constraint] | None = None,
) -> Pick | None:
    """ "the second one", "2nd one works", "book 3rd": an ordinal no larger than what was
    shown; "the 3pm", "that Thursday slot": a time after a determiner that matches
    exactly one shown proposal; "9am pls": a clock time the turn says alone (not with a
    provider left open: "he can't do half 10? ok whoever then", `anyone`).

    `mentioned`, when given, are those of `constraints` the turn names but asks nothing
    of (context labels): a clock time said alone picks only as one of them ("9am if
    theres one" is a wish), another time among them does not make an ordinal a date
    ("any of the 3 is fine, give me the first"), and when the turn asks for nothing
    itself they pick the option they describe together (`described`: "7pm one!")."""
    if not shown:
        return None

    def is_mention(c: Constraint) -> bool:
        return mentioned is not None and any(c is m for m in mentioned)

    # a time taken back ("forget the after 4 thing") names no option
    times = [c for c in constraints if c.span is not None and c.intervals and not c.retracted]
    for m in _ORDINAL.finditer(message):
        n = _ORDINALS[m.group("ord").lower()]
        noun = (m.group("noun") or "").strip().lower()
        if n == -1 and not ((noun and noun != "time") or _LAST_ALONE.match(message, m.end("ord"))):
            continue  # "she loved him last time", "last week": not the last option
        if n == 0 and not (noun and noun != "time" and len(shown) % 2):
            continue  # "the middle one" of an odd number shown; "in the middle of": none
        rank = len(shown) if n == -1 else (len(shown) + 1) // 2 if n == 0 else n
        if not 1 <= rank <= len(shown):
            continue
        if not noun and (
            _ADVERB_BEFORE.search(message, 0, m.start())
            or _NOUN_AFTER.match(message, m.end())
            or _THEN_AFTER.match(message, m.end())
        ):
            continue  # "talk to him first", "the first visit", "first thing": not an option
        english = m.group("ord").lower() in _ORDINAL_WORDS["en"]
        indefinite = _INDEFINITE_BEFORE_EN if english else _INDEFINITE_BEFORE
        if indefinite.search(message, 0, m.start()) or any(
            d.start() <= m.start() < d.end() for d in _MONDAY.finditer(message)
        ):
            continue  # "wait a second", "un segundo", "na segunda" (Monday): no option
        if _POSSESSIVE_BEFORE.search(message, 0, m.start()) or (
            noun == "time"
            and (_NOUN_AFTER.match(message, m.end()) or _FOR_BEFORE.search(message, 0, m.start()))
        ):
            continue  # "my first time", "she did my last one", "first time getting a massage",
            # "45 mins is enough for first time"
        inside = [c for c in times if c.span and c.span[0] <= m.start() < c.span[1]]
        others = [c for c in times if c not in inside and not is_mention(c)]
        if not noun and mentioned is not None and any(not is_mention(c) for c in inside):
            continue  # "move that to wednesday the 3rd", "Friday 2nd then": a date asked for
        if noun == "choice" and others:
            continue  # "sat morning first choice, mon if not": the customer's own order
        # "the 1st" is also a date: an ordinal is a pick when it names an option
        # ("first one") or nothing else in the turn names a time
        if m.group("noun") or not others:
            if elsewhere(shown[rank - 1], others):
                break  # "the second one (rego ...) on Thursday the 18th": another item
            return Pick(rank, (m.start(), m.end()), shown[rank - 1])
    m2 = _OPTION_NUMBER.search(message)
    if m2 and 1 <= int(m2.group("n")) <= len(shown):
        rank = int(m2.group("n"))
        return Pick(rank, (m2.start(), m2.end()), shown[rank - 1])
    m3 = _TOP.search(message)
    if m3:
        return Pick(1, (m3.start(), m3.end()), shown[0])
    wishes = [c for c in times if c.kind != "exclude"]
    m4 = _EXTREME.search(message)
    # of the options on the days the turn names, when it names an option: "tuesday's
    # fine, the earliest one" (a weekday read as this week's is the one shown:
    # `_matches`); not "by 5 at the latest", "whats the latest today"
    among = [p for i, p in enumerate(shown) if all(i in _matches(c, shown) for c in wishes)]
    if wishes and not (m4 and _OPTION_AFTER.match(message, m4.end())):
        among = []
    if m4 and (m4.group("than") or m4.group("alone")):
        among = shown  # "the earlier one, im out in the afternoon": of every option shown
    if m4 and among:
        key = lambda p: datetime.fromisoformat(str(p["start"]))  # noqa: E731
        said = m4.group("which") or m4.group("bare") or m4.group("than") or m4.group("alone")
        latest = said.lower() in ("latest", "later")
        best = max(among, key=key) if latest else min(among, key=key)
        return Pick(_rank(shown, best), (m4.start(), m4.end()), best)
    for said in times:
        assert said.span is not None
        if said.kind == "exclude":
            continue
        # "7 o'clock is fine" with 6, 7 and 8 pm shown: grounding's other reading of the
        # clock (its `alternatives`, the other half of the day) when the first names none
        c, hits = said, []
        for c in readings(said):
            hits = [p for p in shown if _starts_inside(p, c)]
            if hits:
                break
        clock = _is_clock(c)
        if len(hits) > 1 and clock:  # "the 3pm" among 3:00 and 3:15: the one on the hour
            hits = [p for p in hits if _starts_at(p, c)]
        if len({str(p["start"]) for p in hits}) == 1:
            hits = hits[:1]  # "the 6pm one" shown with two providers: the first shown
        determiner = _DETERMINER.search(message[: said.span[0]])
        # without "the"/"that", a clock time is a pick only when it is all the turn names
        # ("9am pls", "10 is fine") and one shown option starts exactly then
        alone = clock and len(constraints) == 1 and not anyone
        # with the turn's labels at hand, a time it asks for is a wish, not a pick ("can we
        # move it to the thursday instead", "is she there on the tuesday then")
        named = mentioned is None or is_mention(said)
        alone = alone and named
        if len(hits) == 1 and ((determiner and named) or (alone and _starts_at(hits[0], c))):
            return Pick(_rank(shown, hits[0]), said.span, hits[0], by_time=True)
    at_hour = determined_clock(message, shown, [c for c in constraints if is_mention(c)], times)
    if at_hour is not None:  # "la de las diez", "yung 10 po"
        return at_hour
    asks = [c for c in constraints if not c.retracted and not is_mention(c)]
    if mentioned and not asks and not anyone:
        k = described(mentioned, shown)  # "7pm one!", "the one with Jake please"
        if k is not None:
            said = next(c for c in mentioned if c.intervals or c.resources)
            assert said.span is not None
            return Pick(_rank(shown, shown[k]), said.span, shown[k], by_time=True)
    bare = _BARE_RANK.match(message)
    word = bare.group("n").lower() if bare else ""
    n = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    if bare and 1 <= n <= len(shown):  # "2", "#1", "three": the option's number
        rank = n
        return Pick(rank, (bare.start("n"), bare.end("n")), shown[rank - 1])
    m5 = _CONFIRM.search(message) or _CONFIRM_AND.search(message) or _CONFIRM_VERB.search(message)
    if m5 and not wishes:
        return Pick(1, (m5.start(), m5.end()), shown[0])
    return None


def determined_clock(
    message: str,
    shown: list[dict[str, Any]],
    mentioned: list[Constraint],
    times: list[Constraint],
) -> Pick | None:
    """The shown option at the hour a bare number names after a determiner of the table
    (`_CLOCK_DETERMINERS`: "la de las 9 porfa", "La de las diez está bien", "yung 10 po")
    that grounding did not read as a time (`times`); of several at that hour, the first
    shown of those the turn's other context labels describe ("la de las 4 con Luis": Luis's
    4:00; "kay Dra. Santos po yung 10": Dra. Santos's 10:00). None when no option starts
    then (the open slot it names is searched for instead: `unplaced_clocks`)."""
    for m in _DETERMINED_CLOCK.finditer(message):
        a, b = m.span("clock")
        if any(c.span and c.span[0] < b and a < c.span[1] for c in times):
            continue  # grounding read it: the pick by time above
        word = m.group("clock").lower().rstrip("h").replace("h", ":")
        hits = _at_hour(str(_HOUR_WORDS.get(word, word)), shown)
        for c in mentioned:
            narrowed = [i for i in hits if i in _matches(c, shown)]
            hits = narrowed or hits
        if hits:
            return Pick(_rank(shown, shown[hits[0]]), (a, b), shown[hits[0]], by_time=True)
    return None


# a number said alone, as a clock without am/pm: "9", "10:30", "8.30", "the 11"
_BARE_CLOCK = re.compile(r"^(?:the\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?$", re.IGNORECASE)


def _at_hour(word: str, shown: list[dict[str, Any]]) -> list[int]:
    """The indexes of the shown options that start at the clock `word` says without am or
    pm ("9": 9:00 or 21:00; "the 11": 11:00 or 23:00); none when it says no clock."""
    m = _BARE_CLOCK.match(word.strip())
    if m is None or not 1 <= int(m.group("h")) <= 23:
        return []
    h, mins = int(m.group("h")) % 12, int(m.group("m") or 0)
    return [i for i, p in enumerate(shown) if _start(p).hour % 12 == h and _start(p).minute == mins]


# a clock with minutes that grounding reads as no time ("12.15", also a date "12.15"
# in MDY; "the 4.45 one"): not a price ("$12.50") nor part of a longer number
_MINUTES_CLOCK = re.compile(r"(?<![\d.:/$£€])\d{1,2}[.:]\d{2}(?![\d.:/])")
# a bare number before "one" that stands for the option ("the 5 one", "the 12 one then",
# "ok the 7 ones fine"): the number is the clock, "one" the option, not one o'clock;
# not a count ("2 one-hour sessions", "$5 one")
_NUMBER_ONE = re.compile(
    r"(?<![\d.:/$£€])\b(?P<n>\d{1,2})\s+(?P<one>one)(?:'?s)?\b(?![-\s]*hour)", re.I
)


def _said(
    unread: list[tuple[str, tuple[int, int], str]], message: str
) -> list[tuple[str, tuple[int, int], str]]:
    """The words of `message` that may name a shown option's clock: grounding's unread
    words, a clock with minutes it reads as no time (`_MINUTES_CLOCK`) and a number
    before "one" (`_NUMBER_ONE`: "the 5 one" names 5 o'clock, and its "one" no clock)."""
    numbers = list(_NUMBER_ONE.finditer(message))
    ones = {m.span("one") for m in numbers}
    return [
        *[(m.group("n"), m.span("n"), "needs_context") for m in numbers],
        *[u for u in unread if u[1] not in ones],
        *[(m.group(), m.span(), "needs_context") for m in _MINUTES_CLOCK.finditer(message)],
    ]


def _weekday(word: str) -> int | None:
    """The weekday (0 = Monday) a word names alone ("wed", "Thursday"), by grounding's
    lexicon; none for any other word."""
    try:
        return lx.weekday_index(word.strip())
    except KeyError:
        return None


# words after an option's number or hour that turn it down, not take it ("8 is a bit
# early for them", "10's too late", "the 9 doesn't work", "7 no good", "8 is out")
_TURNED_DOWN = re.compile(
    r"(?:\s*(?:'s|’s|\s+is|\s+was|\s+would\s+be))?\s+(?:(?:a\s+bit|a\s+little|too|way|kinda|bit|much|far|rather)\s+){1,2}"
    r"(?:early|late|soon)\b"
    r"|\s+(?:doesn'?t|does\s+not|won'?t|wont|will\s+not|can'?t)\s+(?:work|do|suit)\b"
    r"|(?:\s*(?:'s|’s|\s+is))?\s+(?:no\s+good|not\s+good|out|bad)\b",
    re.IGNORECASE,
)


def unplaced(
    unread: list[tuple[str, tuple[int, int], str]], shown: list[dict[str, Any]], message: str = ""
) -> Pick | None:
    """The shown option named by words grounding could not place without context
    (`unread`, why "needs_context") in a turn that asks for nothing else: a bare number
    the hour of a shown option ("9 works" with 8, 9 and 10 o'clock shown: the 9:00 one),
    a weekday word the day of one ("ok cool ill take the wed one"), a clock with minutes
    grounding reads as no time in `message` ("12.15 one" with 12:00, 11:45 and 12:15
    shown: the 12:15 one), a number before "one" ("the 5 one" with 4, 5 and 6 o'clock
    shown: the 5:00 one, not one o'clock); of several, the one shown first. A bare number
    that starts no option and is no larger than what was shown is the option's number
    ("pick 3" when 12:00, 13:00 and 14:00 were shown: the third)."""
    numbers: list[tuple[int, tuple[int, int]]] = []
    for text, span, why in sorted(_said(unread, message), key=lambda u: u[1]):
        if why != "needs_context" or _TURNED_DOWN.match(message, span[1]):
            continue  # "9 please, 8 is a bit early for them": the 9:00 one
        day = _weekday(text)  # "the wed one"
        if day is not None:
            hits = [i for i, p in enumerate(shown) if _start(p).weekday() == day]
        else:
            hits = _at_hour(text, shown)
        if hits:
            return Pick(_rank(shown, shown[hits[0]]), span, shown[hits[0]], by_time=True)
        m = _BARE_CLOCK.match(text.strip())
        if day is None and m is not None and m.group("m") is None:
            numbers.append((int(m.group("h")), span))
    # no option at that hour: a number no larger than what was shown is the option's
    # number ("pick 3", "ok 3 then", "go with 2" when none starts at 3 or 2 o'clock)
    for n, span in numbers:
        if 1 <= n <= len(shown):
            return Pick(n, span, shown[n - 1])
    return None


def unframed(reading: MessageReading) -> MessageReading:
    """`reading` with the bare numbers that only accept a time ("4 works", "ok 3 then",
    "go with 2": `MessageReading.framed`) taken back to words grounding did not place, for
    a turn after options were shown: `unplaced` reads such a number as the hour of a
    shown option or the option's number, and `unplaced_clocks` as a clock to search
    for when it is neither. A number that corrects the clock ("make it 4", "3 not 2")
    stays the turn's wish."""
    framed = {span for _, span in reading.framed}
    return replace(
        reading,
        constraints=[c for c in reading.constraints if c.span not in framed],
        mentions=[m for m in reading.mentions if m.span not in framed],
        unread=[*reading.unread, *((t, s, "needs_context") for t, s in reading.framed)],
        framed=[],
    )


def unplaced_clocks(
    unread: list[tuple[str, tuple[int, int], str]], shown: list[dict[str, Any]], message: str = ""
) -> list[Constraint]:
    """The clocks `unplaced` reads that start no shown option ("the 3.30 one", "9 works"
    when 8:00, 10:00 and 11:00 were shown), each as the minute it names, morning or
    afternoon, on the days the options were shown: what the turn names, to search for
    (`unshown`), not the option shown first. A bare number no larger than the number of
    options shown is an option's number ("pick 1", "ok 2"), not a clock."""
    days = sorted({_midnight(_start(p)) for p in shown})
    out: list[Constraint] = []
    for text, span, why in _said(unread, message):
        m = _BARE_CLOCK.match(text.strip())
        if why != "needs_context" or m is None or not 1 <= int(m.group("h")) <= 12:
            continue
        if m.group("m") is None and int(m.group("h")) <= len(shown):
            continue  # "pick 1", "ok 2": the option's number, more likely than a clock
        at = timedelta(hours=int(m.group("h")) % 12, minutes=int(m.group("m") or 0))
        starts = [d + at + timedelta(hours=h) for d in days for h in (0, 12)]
        out.append(
            Constraint(
                id=f"u{len(out)}",
                text=text,
                span=span,
                kind="require",
                strength="hard",
                intervals=[Span(start=a, end=a + timedelta(minutes=1)) for a in starts],
            )
        )
    return out


def elsewhere(option: dict[str, Any], wishes: list[Constraint]) -> bool:
    """The turn firmly asks for days or times `option` does not start in (`wishes`: its
    own, not what it names to pick): "And the second one (rego 1XY 9ZA) on Thursday the
    18th" after Tuesday's options were shown is a second item on another day, not the
    option shown second."""
    return any(
        c.kind == "require"
        and c.strength == "hard"
        and not c.retracted
        and c.intervals
        and not _starts_inside(option, c)
        for c in wishes
    )


def _rank(shown: list[dict[str, Any]], p: dict[str, Any]) -> int:
    return int(p.get("rank", shown.index(p) + 1))


def _starts_at(proposal: dict[str, Any], c: Constraint) -> bool:
    start = datetime.fromisoformat(str(proposal["start"]))
    return any(s.start == start for s in _reaching(c, start))


def _starts_inside(proposal: dict[str, Any], c: Constraint) -> bool:
    start = datetime.fromisoformat(str(proposal["start"]))
    return any(s.start <= start < s.end for s in _reaching(c, start))


def _reaching(c: Constraint, start: datetime) -> list[Span]:
    """`c`'s times, and for a time of day said for no day (the same hours on each of a
    run of days, "9am", "7 o'clock": grounding spells out a few weeks of them) the same
    hours on the day of `start` when it lies past them: the option shown on 2 August at
    9:00 is "9am" said on 12 July."""
    spans = c.intervals
    if len(spans) < 2 or start < spans[-1].end:
        return spans
    first, day = spans[0], timedelta(days=1)
    every_day = all(
        b.start - a.start == day and b.end - b.start == first.end - first.start
        for a, b in pairwise(spans)
    )
    if not every_day:
        return spans
    # the said wall-clock time on the option's own day, in the option's own offset (which is
    # the zone's on that day, daylight saving or not)
    at = first.start
    then = start.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return [*spans, Span(start=then, end=then + (first.end - first.start))]


# "one" after a day is the option, not one o'clock: "thu one", "the friday one"
# (not "at one", "till one": a clock)
# ("Wednesday one", "the sat one": grounding's English weekday words)
_ONE_AFTER = re.compile(
    rf"\b(?:(?:{lx.alternation(w for day in lx.WEEKDAYS_EN for w in day if len(w) > 2)})"
    r"(?:s|'s|’s)?|tomorrow|tmrw|today|morning|afternoon|evening|weekend)\s+one$",
    re.IGNORECASE,
)

# how many weeks on a weekday named whole ("the thurs one") may lie from the options
# shown on that weekday: grounding reads a bare weekday as the next one, the options
# may be a week or more later
WEEKS = 4


def _midnight(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def _start(p: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(p["start"]))


def _is_clock(c: Constraint) -> bool:
    return all(s.end - s.start <= timedelta(hours=1) for s in c.intervals)


def readings(c: Constraint) -> list[Constraint]:
    """`c`, then `c` as each other reading grounding kept of its words (`alternatives`)
    that is not part of the first: a clock said without am or pm ("7 o'clock", "at 9",
    "the 4:30") is also the other half of the day; a single day of those it names (Tue
    16 Feb 07:00, a narrowing of every day at 7) adds nothing and is left out."""
    out = [c]
    for alt in c.alternatives:
        if alt.intervals and not all(
            any(s.start <= a.start and a.end <= s.end for s in c.intervals) for a in alt.intervals
        ):
            out.append(c.model_copy(update={"intervals": alt.intervals, "alternatives": []}))
    return out


def read_otherwise(named: list[Constraint]) -> list[list[Constraint]]:
    """What a turn names (`named`) as grounding read it first, then with one of its words
    read as another reading (`readings`): "9:30 then, thanks" after "this Saturday
    night" is also half past nine at night."""
    out = [named]
    for k, c in enumerate(named):
        out += [[*named[:k], other, *named[k + 1 :]] for other in readings(c)[1:]]
    return out


def _one_day(c: Constraint) -> bool:
    """`c` names one day, whole or a time of it ("the thursday", "Monday 8am")."""
    return len(c.intervals) == 1 and c.intervals[0].end - c.intervals[0].start <= timedelta(days=1)


def _matches(c: Constraint, shown: list[dict[str, Any]]) -> list[int]:
    """The indexes of the shown options `c` describes: a provider's options; for a time,
    the options that start inside it (a clock time: the ones that start on it, "the 6pm"
    is not 6:30); a day named whole that holds no option describes the
    options on its weekday in the weeks after ("the thursday one", read as this week's
    Thursday, when next week's was shown)."""
    if not c.intervals:
        return [i for i, p in enumerate(shown) if p.get("resource") in c.resources]
    clock = _is_clock(c)
    if clock and _ONE_AFTER.search(c.text or ""):
        # "thu one", "Wednesday one": the pronoun read as one o'clock; the day is meant,
        # whole, also in the weeks after ("Wednesday one" when next week's were shown)
        c, clock = _whole_days(c), False
    hits = _described_in(c, shown, clock, 0)
    for other in readings(c)[1:]:  # "ok 7 then" with 7pm shown: the clock's other reading
        if hits:
            break
        hits = _described_in(other, shown, _is_clock(other), 0)
    if not hits and not clock:
        # "the 11 works" read as the 11th, a day that holds no option: the 11 o'clock one
        hits = _at_hour(c.text or "", shown)
    if hits or not _one_day(c):
        return hits
    return [i for w in range(1, WEEKS + 1) for i in _described_in(c, shown, clock, w)]


def _whole_days(c: Constraint) -> Constraint:
    """`c` over the whole days its times are on, with no other reading."""
    days = sorted({_midnight(s.start) for s in c.intervals})
    spans = [Span(start=d, end=d + timedelta(days=1)) for d in days]
    return c.model_copy(update={"intervals": spans, "alternatives": []})


def _described_in(c: Constraint, shown: list[dict[str, Any]], clock: bool, weeks: int) -> list[int]:
    """The indexes of the shown options that start inside `c`'s times moved on by `weeks`
    (a clock time: on it)."""
    step = timedelta(weeks=weeks)
    return [
        i
        for i, p in enumerate(shown)
        if any(
            (s.start + step == _start(p)) if clock else (s.start + step <= _start(p) < s.end + step)
            for s in c.intervals
        )
    ]


def described(mentioned: list[Constraint], shown: list[dict[str, Any]]) -> int | None:
    """The index of the shown option a turn's context labels describe together, when it
    names at least one time and asks for nothing itself: each label narrows the options
    (`_matches`), and of those left the one shown first is meant ("7pm one!" when three
    days were shown at 7pm; "ok 10am with Arjun then"; "oh tonight?? yes 6 pls"). A
    provider named alone describes the options when only some of those shown are theirs
    ("the one with Jake please" when 8:00 was shown with Jake and with Mia: Jake's; not
    when every option shown is theirs, which names none of them)."""
    if not shown:
        return None
    if not any(c.intervals for c in mentioned):
        providers = [c for c in mentioned if c.resources]
        if not providers or all(len(_matches(c, shown)) in (0, len(shown)) for c in providers):
            return None
    left = list(range(len(shown)))
    for c in mentioned:
        if not c.intervals and not c.resources:
            continue  # "him": a provider grounding could not name narrows nothing
        hits = set(_matches(c, shown))
        left = [i for i in left if i in hits]
    return left[0] if left else None


def sought(mentioned: list[Constraint], length: timedelta, weeks: int = 0) -> list[Constraint]:
    """What a turn names to pick (`mentioned`), as wishes a search for the slot it names
    can hold: a time said as a start ("the 1:30", read as that minute) is the visit from
    it, `length` long; a day named whole is moved on by `weeks` ("the Thursday one", read
    as this week's Thursday, when next week's days were asked for: as in `_matches`)."""
    out: list[Constraint] = []
    for c in mentioned:
        step = timedelta(weeks=weeks) if _one_day(c) else timedelta(0)
        day = _ONE_AFTER.search(c.text or "") is not None  # "thu one": the day, as `_matches`
        spans = [
            s.model_copy(
                update={
                    "start": _midnight(s.start) + step if day else s.start + step,
                    "end": _midnight(s.start) + timedelta(days=1) + step
                    if day
                    else max(s.end, s.start + length) + step,
                }
            )
            for s in c.intervals
        ]
        out.append(c.model_copy(update={"intervals": spans}))
    return out


def unshown(
    mentioned: list[Constraint],
    found: list[dict[str, Any]],
    shown: list[dict[str, Any]],
    said: list[Constraint] | None = None,
) -> Pick | None:
    """The slot a turn names as it would a shown option ("the 1:30", "9:30 pls", "the
    Thursday one", "Brenda's slot please"), when what it names (`mentioned`) describes none of those `shown`
    (`described`) but an open one that a search for it finds (`found`: the options that
    fit what holds and what the turn names, searched for as `said`, see `sought`): the
    first of them it describes. The customer picks it as they would a shown one; it
    comes first in the turn's answer, so its rank is 1."""
    if not found or described(mentioned, shown) is not None:
        return None
    said = mentioned if said is None else said
    k = described(said, found)
    if k is None and not any(c.intervals or _matches(c, shown) for c in said):
        # "Brenda's slot please", "the one with Rui" when none shown was theirs: the
        # first open slot the search finds with them ("with dr ames" when every option
        # shown was hers names none)
        k = next(
            (i for i, p in enumerate(found) if all(i in _matches(c, found) for c in said)), None
        )
    if k is None:
        return None
    first = next(c for c in mentioned if c.intervals or c.resources)
    assert first.span is not None
    return Pick(1, first.span, found[k], by_time=True, shown=False)


def picks_nothing(intent: str, sure: bool = False, message: str = "") -> bool:
    """A turn read as a cancellation picks no option, whatever ordinal or time it says
    ("ok cancel the lesson, il save up for the test first"); nor does a question read
    surely (`sure`) as about something else than booking, which names an option only to
    ask about it or not at all ("is it ok to bring my partner to the first one?", "I
    should have asked first - do you see under-18s?", "can you email me the
    confirmation? the last one went to spam")."""
    return intent == "cancel" or (intent == "other" and sure and "?" in message)


# what a turn did to an earlier wish, in the order it is reported: what a change it goes
# back from added ("never mind, keep the original": `conversation_revert`), then what it takes back
# in words first ("not luis, put me w dana thurs": luis), then what it rules out, then
# what it replaces, then a "whoever is free" a provider named now narrows ("fine sunday
# after 12 w luis" after "sunday morning" and "whoever's there": sunday morning), then the
# exclusions its wish lifts
_WHY_ORDER = {
    "reverted": -1,
    "retracted": 0,
    "ruled out": 1,
    "replaced": 2,
    "narrowed": 3,
    "lifted": 4,
}


def latest_first(dropped: list[tuple[int, str]]) -> list[int]:
    """The order to report what a turn took back or replaced in (`dropped`: turn and why
    of each; the answer is their indexes): by why (`_WHY_ORDER`), and of what
    it replaced the wish of the latest turn first, else in the order the turn's own
    wishes replaced them ("same time thursday" after "wed" in turn 1 and "wed at 7" in
    turn 2: "wed at 7"; "Monday 28th is fine after all" after "not the 28th, the Wednesday,
    the 30th": the 30th, replaced, before the 28th, lifted)."""

    def key(k: int) -> tuple[int, int, int]:
        turn, why = dropped[k]
        order = _WHY_ORDER.get(why, len(_WHY_ORDER))
        if why != "replaced":
            return order, 0, k
        return order, -turn, k

    return sorted(range(len(dropped)), key=key)
