"""Cue words as tables: exceptions and negations around a time, fallbacks ("otherwise",
"if not"), bounds ("until", "not before"), and the wishes for the earliest or the latest
slot. Re-exported by `lexicon`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Fallback cues: the words that offer what follows as the second choice, should the first
# not be had ("Friday, otherwise Monday", "5? if not, 6", "10.30, failing that 11.15",
# "Bea at 8 on fri, or failing that Dario", "the 3rd or else the 4th", "sat, else sun").
# The one table every module reads them from, as a pattern (`fallback_cues`); a module
# that reads fewer of them names the sub-family it reads (below).
FALLBACK_CUES = ("otherwise", "failing that", "or failing that", "if not", "or else", "else")


def fallback_cues(leave_out: Iterable[str] = ()) -> str:
    """A regex alternation of the fallback cues, less `leave_out` (each a cue of the
    table), in the table's order; a space stands for any run of spaces."""
    gone = set(leave_out)
    if not gone <= set(FALLBACK_CUES):
        raise ValueError(f"not fallback cues: {sorted(gone - set(FALLBACK_CUES))}")
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in FALLBACK_CUES if w not in gone) + ")"


FALLBACK = fallback_cues()
# Sub-families, where a module reads fewer (each kept as it was read before the table):
# - without bare "else", also "anyone else", "something else": read anywhere in a message
#   (`clauses.choice_said`), or before a clause of its own (`compose_clocks`);
FALLBACK_NOT_ELSE = fallback_cues(leave_out=("else",))
# - without "or else" where "or" and "else" are read one by one (`compose_clocks`: the
#   strong words between two clocks; `CLOCK_COORDINATION`);
FALLBACK_NOT_OR_ELSE = fallback_cues(leave_out=("or else",))
# - without "if not" and bare "else" between two items of a list (`coordination`: "else"
#   is read there after "or", "if not" between items is a condition of its own);
FALLBACK_BETWEEN_ITEMS = fallback_cues(leave_out=("if not", "else"))
# - the one-word cues, which end a clause as "or" and "but" do (`hedged_part`);
FALLBACK_ONE_WORD = fallback_cues(leave_out=(w for w in FALLBACK_CUES if " " in w))
# - "otherwise" alone, the one that joins two clauses as "or" does ("Friday the 22nd,
#   otherwise any time that week"), where bare "else" would also be "anyone else";
FALLBACK_CONJUNCTION = fallback_cues(leave_out=(w for w in FALLBACK_CUES if w != "otherwise"))
# - "or else" alone, a list's joiner like "or maybe" (`coordination.JOINER`: "Tuesday or
#   else Thursday");
FALLBACK_LIST_JOINER = fallback_cues(leave_out=(w for w in FALLBACK_CUES if w != "or else"))
# - only the three said after a weak weekday and a comma ("sat, if not then sun",
#   "sat, otherwise sun"; `WEAK_DAY_AFTER`).
FALLBACK_AFTER_WEAK_DAY = fallback_cues(leave_out=("or failing that", "or else", "else"))

# Exception cues: a negation that presupposes the days around it ("any day but Friday
# next week" wants next week, without its Friday). A prefix of `NEG_PREFIX`.
EXCEPTION_CUES = (
    "any",
    "except",
    "excluding",
    "other than",
    "apart from",
    # Spanish and French: "esta semana, menos el miércoles", "sauf mercredi"
    "menos",
    "excepto",
    "salvo",
    "sauf",
)
# Retraction cues: what is said before them is taken back ("3pm, actually make that 4",
# "Tuesday, no wait, Wednesday"). Regex alternatives, read as whole words by the cue rules
# (`cues.RETRACTION`) and by the clock corrections (`compose_clocks`).
RETRACTION_CUES = (
    r"actually",
    r"no wait",
    r"wait,? no",
    r"scratch that",
    r"on second thought",
    r"change (?:that|it) to",
    r"make (?:it|that)",
    r"i mean",
    r"sorry,? i meant",
    r"correction",
    r"never ?mind",
    r"forget",
    r"let'?s say",
    r"instead",
)
# Negation cues placed before a time ("except Friday") or after it ("mornings are out").
NEG_PREFIX = (
    "anything but",
    "anytime but",
    "any time but",
    "any day but",
    "anything except",
    "anytime except",
    "any time except",
    "any day except",
    "except for",
    "except",
    "excluding",
    "other than",
    "apart from",
    "but not",
    "not",
    "no",
    "never",
    "can't do",
    "cant do",
    "can't make",
    "cant make",
    "cannot do",
    "cannot make",
    "can not do",
    "can't",
    "cant",
    "cannot",
    # an inability to be there: "can't come before 1", "can't get there till 3"
    "can't come",
    "cannot come",
    "can not come",
    "couldn't come",
    "can't get there",
    "cannot get there",
    "can't get here",
    "can't get in",
    "cannot get in",
    "can't be there",
    "cannot be there",
    "can't be here",
    "won't be there",
    "can't make it",
    "cannot make it",
    "can't do anything",
    "cannot do anything",
    # Northern English "owt" (anything): "can't do owt before 10", "cant do owt after 4"
    "can't do owt",
    "cant do owt",
    "cannot do owt",
    # ... into the place, and as texting drops the apostrophe: "cant come in before 10",
    # "can't come in on fridays", "cant get in till 2"
    "can't come in",
    "cannot come in",
    "can not come in",
    "couldn't come in",
    "can't make it in",
    "cannot make it in",
    "cant come in",
    "cant come",
    "cant get in",
    "cant get there",
    "cant make it",
    "cant make it in",
    "cant be there",
    # what the slot may not be: "it can't be before 7", "it can't be later than 12",
    # "can't be tuesday", "mustn't be after 5"
    "can't be",
    "cant be",
    "cannot be",
    "can not be",
    "couldn't be",
    "mustn't be",
    "must not be",
    "shouldn't be",
    "should not be",
    "can't start",
    "cannot start",
    "can't arrive",
    "won't be able to do",
    "unable to do",
    "not available",
    "unavailable",
    "busy",
    "not free",
    # "neither Monday nor Tuesday": the list after it is ruled out ("nor" joins it)
    "neither",
    # Spanish and French, before the day ruled out ("menos el miércoles", "excepto el
    # lunes", "sauf jeudi"); "pas le" / "no el" (`rules_foreign`: only before a day)
    "menos el",
    "menos",
    "excepto el",
    "excepto",
    "salvo el",
    "salvo",
    "sauf le",
    "sauf",
)
NEG_SUFFIX = (
    "is out",
    "are out",
    "'s out",
    "is no good",
    "are no good",
    "is not good",
    "isn't good",
    "is bad",
    "are bad",
    "is a no",
    "is off the table",
    "are off the table",
    "doesn't work",
    "doesnt work",
    "does not work",
    "don't work",
    "dont work",
    "do not work",
    "won't work",
    "wont work",
    "will not work",
    "is not possible",
    "isn't possible",
    "not possible",
    "is impossible",
    "is not an option",
    "isn't an option",
    # Spanish, said right after the day or the bound ruled out (G49): "el jueves no puedo",
    # "Lunes, martes y miércoles no puede", "los viernes no me vienen bien", "después de
    # las 6 no puedo", "a las 14 no llego", "por la mañana imposible", "Más tarde de las
    # 21 preferiría que no"; Portuguese "sexta não dá", "depois das 6 não posso"
    "no puedo",
    "no podemos",
    "no puede",
    "no pueden",
    "ya no puedo",
    "ya no podemos",
    "no me sirve",
    "no nos sirve",
    "no le sirve",
    "no me queda bien",
    "no nos queda bien",
    "no me viene bien",
    "no me vienen bien",
    "no me viene muy bien",
    "no me vienen muy bien",
    "no nos viene bien",
    "no me va",
    "no me da",
    "no llego",
    "no llegamos",
    "no llega",
    "imposible",
    "es imposible",
    "me es imposible",
    "se me complica",
    "preferiría que no",
    "preferiria que no",
    "prefiero que no",
    "preferimos que no",
    "mejor que no",
    "não dá",
    "nao da",
    "não posso",
    "nao posso",
    "não podemos",
    "nao podemos",
    "impossível",
    "impossivel",
)
# A day ruled out by what fills it, said after the day (G47): "Wednesday's full of
# appointments", "Thursday is fully booked for me", "Monday's packed", "Friday's a
# write-off", "tuesdays are chaos", "weekend is slammed", "Monday's out". The verb ("is",
# "'s", "are", "looks"), a word of degree, then what fills it: `NEG_SUFFIX` said with the
# words `NEG_SUFFIX` lists can't bend ("'s" touches its day; "pretty full"), the rule
# `rules_time`'s neg_suffix too. Not a length ("Monday is a full day", "full day Monday")
# nor a question about the business ("is Wednesday fully booked?", "Wednesday's full?").
DAY_FILLED_VERB = (
    r"(?:['’]s|(?<![\w'’])(?:is|are|looks?|will\s+be|['’]ll\s+be))"
    r"(?:\s+(?:looking|gonna\s+be|going\s+to\s+be))?"
)
DAY_FILLED_DEGREE = (
    "fully",
    "totally",
    "completely",
    "pretty",
    "really",
    "super",
    "so",
    "too",
    "way too",
    "quite",
    "absolutely",
    "already",
    "just",
    "kinda",
    "very",
    "crazy",
    "mad",
)
DAY_FILLED: tuple[str, ...] = (
    "full",
    "fully booked",
    "booked up",
    "booked solid",
    "booked out",
    "all booked",
    "packed",
    "jam-packed",
    "jammed",
    "rammed",
    "slammed",
    "swamped",
    "stacked",
    "chocka",
    "chockers",
    "chock-a-block",
    "maxed out",
    "chaos",
    "chaotic",
    "manic",
    "hectic",
    "mental",
    "insane",
    "nuts",
    "crazy",
    "busy",
    "taken",
    "spoken for",
    "a write-off",
    "a write off",
    "a writeoff",
    "a nightmare",
    "a no-go",
    "a no go",
    "a no",
    "out",
    "no good",
    "bad",
    "off the table",
    "impossible",
    "not possible",
    "not an option",
)
# After "full": a length or a kind of visit, no ruled-out day ("is full day", "full body").
DAY_FILLED_NOT_AFTER = (
    r"(?!\s+(?:day|days|hour|hours|session|service|set|colou?r|body|head|leg|legs|face|"
    r"treatment|clean|detail|groom|price|refund|payment|time|week|length|size|team|house)\b)"
    # ... nor when the hours it is filled say more ("is busy until 5", "packed in the
    # morning", "full from 2"): the bound or the part of the day is the time ruled out
    r"(?!\s+(?:until|till|til|untill|from|before|after|by|between|in|on|at|this|that|the|"
    r"every|most|mornings?|afternoons?|evenings?|am|pm|\d))"
)
# The words that open a mention said with a negation of its own ("not before 10",
# "can't come before 10", "nothing before 9"): the bound cues below fold the negation
# into the bound's direction, so a mention's first words are where it is still seen
# (`negated_bound_list`). A regular-expression alternation: the negation words, then the
# words of inability. The negation words alone are read after "any day but" ("but not",
# "but never": `rules_time`).
NEGATION_WORDS = ("not", "no", "nothing", "never")
NEGATION_OPENERS = "|".join(NEGATION_WORDS) + (
    r"|can['’]?t|cannot|can\s+not|won['’]?t|couldn['’]?t|unable\s+to"
)
# Bound cues: cue words -> (bound, inclusive). Negated forms are folded here. Inclusive:
# the named day itself is in ("until the 3rd", "not before the 5th", "from the 5th");
# not: it is out ("after the 5th" starts on the 6th, "before the 5th" ends on the 4th).
BOUND_PREFIX: dict[str, tuple[str, bool]] = {
    "not after": ("before", True),
    "not later than": ("before", True),
    "no later than": ("before", True),
    "nothing after": ("before", True),
    "nothing past": ("before", True),  # "Nothing past half two though" (G44)
    # Northern English "nowt" (nothing): "nowt after 4", "Nowt past 7 though"
    "nowt after": ("before", True),
    "nowt past": ("before", True),
    "not past": ("before", True),
    "not a minute after": ("before", True),
    "not a minute later than": ("before", True),
    "not a minute past": ("before", True),
    "not one minute after": ("before", True),
    "can't stay later than": ("before", True),
    "cannot stay later than": ("before", True),
    "can't stay past": ("before", True),
    "cannot stay past": ("before", True),
    "can't go later than": ("before", True),
    "cannot go later than": ("before", True),
    "can't go past": ("before", True),
    "cannot go past": ("before", True),
    "cant stay later than": ("before", True),
    "cant stay past": ("before", True),
    "cant go later than": ("before", True),
    "cant go past": ("before", True),
    "not run past": ("before", True),
    "not run later than": ("before", True),
    "not go past": ("before", True),
    "not stay past": ("before", True),
    "at the latest by": ("before", True),
    "not before": ("after", True),
    "not earlier than": ("after", True),
    "no earlier than": ("after", True),
    "nicht nach": ("before", True),  # German, in an English message (`rules_foreign`)
    "nicht später als": ("before", True),
    "nicht vor": ("after", True),
    "nicht früher als": ("after", True),
    # Spanish and French, said with the clock ("después de las 5", "no antes de las 12",
    # "hasta las 5", "pas avant 10h", "après 15h30"); Tagalog "bago mag 10" (before 10)
    "después de las": ("after", False),
    "despues de las": ("after", False),
    "después de la": ("after", False),
    "despues de la": ("after", False),
    "antes de las": ("before", False),
    "antes de la": ("before", False),
    # before a masculine noun: "antes del mediodía", "después del mediodía"
    "antes del": ("before", False),
    "después del": ("after", False),
    "despues del": ("after", False),
    "no antes de las": ("after", True),
    "no antes de la": ("after", True),
    "no después de las": ("before", True),
    "no despues de las": ("before", True),
    "hasta las": ("before", True),
    "hasta la": ("before", True),
    "hasta": ("before", True),
    "a partir de las": ("after", True),
    "desde las": ("after", True),
    "avant": ("before", False),
    "après": ("after", False),
    "apres": ("after", False),
    "pas avant": ("after", True),
    "pas après": ("before", True),
    "pas apres": ("before", True),
    "jusqu'à": ("before", True),
    "à partir de": ("after", True),
    "nada antes de las": ("after", True),
    # ... "never before", "no earlier than", "no later than", "from ... on" (G48)
    "nunca antes de las": ("after", True),
    "nunca después de las": ("before", True),
    "nunca despues de las": ("before", True),
    "no más temprano de las": ("after", True),
    "no mas temprano de las": ("after", True),
    "no más temprano que las": ("after", True),
    "no más tarde de las": ("before", True),
    "no mas tarde de las": ("before", True),
    "no más tarde que las": ("before", True),
    "nada después de las": ("before", True),
    "nada despues de las": ("before", True),
    # "pasadas las 5", "pasado el mediodía": past (G49)
    "pasadas las": ("after", False),
    "pasada la": ("after", False),
    "pasado el": ("after", False),
    # "más tarde de las 21", "más temprano que las 9": later / earlier than (G49)
    "más tarde de las": ("after", False),
    "mas tarde de las": ("after", False),
    "más tarde que las": ("after", False),
    "mas tarde que las": ("after", False),
    "más temprano de las": ("before", False),
    "mas temprano de las": ("before", False),
    "más temprano que las": ("before", False),
    "mas temprano que las": ("before", False),
    "a partir de la": ("after", True),
    "desde la": ("after", True),
    # Portuguese, said with the clock: "depois das 3", "antes das 10", "não antes das 10",
    # "até as 5", "a partir das 9", "nada antes das 11" ("depois da 1": one o'clock)
    "depois das": ("after", False),
    "depois da": ("after", False),
    "antes das": ("before", False),
    "antes da": ("before", False),
    "não antes das": ("after", True),
    "nao antes das": ("after", True),
    "não antes da": ("after", True),
    "nao antes da": ("after", True),
    "nada antes das": ("after", True),
    "não depois das": ("before", True),
    "nao depois das": ("before", True),
    "até as": ("before", True),
    "até às": ("before", True),
    "ate as": ("before", True),
    "até a": ("before", True),
    "até": ("before", True),  # "até meio-dia e meia", "até 5"
    # before a masculine noun ("de" + "o"): "depois do meio-dia", "não depois do meio-dia"
    "depois do": ("after", False),
    "antes do": ("before", False),
    "não depois do": ("before", True),
    "nao depois do": ("before", True),
    "não antes do": ("after", True),
    "nao antes do": ("after", True),
    # texting's "dps" for "depois": "quinta dps das 3"
    "dps das": ("after", False),
    "dps da": ("after", False),
    "a partir das": ("after", True),
    "a partir da": ("after", True),
    "bago mag": ("before", False),
    "bago ang": ("before", False),
    # learners' "of" for "than" ("not earlier of 10", "no later of 6")
    "not earlier of": ("after", True),
    "no earlier of": ("after", True),
    "not earlier then": ("after", True),
    "not later of": ("before", True),
    "no later of": ("before", True),
    "not later then": ("before", True),
    "nothing before": ("after", True),
    "nowt before": ("after", True),  # "Nowt before 9 for the ultrasound"
    "not until": ("after", True),
    "not till": ("after", True),
    "not til": ("after", True),
    "before": ("before", False),
    "b4": ("before", False),
    "befor": ("before", False),
    "earlier than": ("before", False),
    "not any later than": ("before", True),
    "any later than": ("after", False),  # said after a negation: "can't start any later than"
    "any earlier than": ("before", False),
    "nothing later than": ("before", True),
    "no later then": ("before", True),
    "no sooner than": ("after", True),
    "not any earlier than": ("after", True),
    "nothing earlier than": ("after", True),
    "no earlier then": ("after", True),
    "aft": ("after", False),
    "afta": ("after", False),
    "aftr": ("after", False),
    "efter": ("after", False),  # Scots ("efter 5 if yous can", "efter school", "efter that")
    # Hawaiian Pidgin writes the unstressed "-er" as "-ah" ("aftah 2", "Thursday aftah
    # 1530", "like aftah 10"), as it writes "aftanoon", "whichevah", "den" (then)
    "aftah": ("after", False),
    "aftahs": ("after", False),
    "prior to": ("before", False),
    "ahead of": ("before", False),
    "by": ("before", True),
    "until": ("before", True),
    "till": ("before", True),
    "til": ("before", True),
    "'til": ("before", True),
    "up to": ("before", True),
    "up until": ("before", True),
    "through": ("before", True),
    "thru": ("before", True),
    "up through": ("before", True),
    "after": ("after", False),
    "later than": ("after", False),
    "past": ("after", False),
    "post": ("after", False),  # Indian English: "post 3 pm", "tomorrow post 3"
    "starting": ("after", True),
    "starting from": ("after", True),
    "starting on": ("after", True),
    "beginning": ("after", True),
    "as of": ("after", True),
    "since": ("after", True),
    # the start said with "latest" ("latest start 4pm", "latest start time is 3"):
    # `windows.bound_on_start` reads the start word inside the bound's words
    "latest start": ("before", True),
    "latest start time": ("before", True),
    "latest start time is": ("before", True),
    "latest start is": ("before", True),
    "latest start at": ("before", True),
}


@dataclass(frozen=True)
class CuePhrase:
    """A bound cue said as a phrase: a word of each of `families` in turn, then a bound
    word of `bounds`, which says the bound (bound, inclusive), then a word of each of
    `after` (a family holding "" may be left out). One rule reads the whole phrase
    (`rules_time._cue_rule`), its regex built from these tables rather than each phrase
    spelt out as a word of `BOUND_PREFIX` (a cross product every message scans)."""

    families: tuple[tuple[str, ...], ...]
    bounds: dict[str, tuple[str, bool]]
    after: tuple[tuple[str, ...], ...] = ()


# A negation (with the visits' noun after "no"), then the start or end of the visit, then a
# bound: "nothing ending after 5", "nothing that starts before 9", "no sessions finishing
# later than 6", "none starting past 4" (G47). The bound turns as after "nothing" alone
# ("nothing after 5"); the start words make it a bound on the start
# (`windows.bound_on_start`).
_NEGATED_VISIT = ("nothing", "none", "no", "not", "no sessions", "no appointments", "no slots")
_VISIT_EDGE = (
    "starting",
    "ending",
    "finishing",
    "that starts",
    "that ends",
    "that finishes",
    "which starts",
    "which ends",
    "that runs",
    "running",
    "going",
)
NEGATED_EDGE_BOUND = CuePhrase(
    families=(_NEGATED_VISIT, _VISIT_EDGE),
    bounds={
        "after": ("before", True),
        "past": ("before", True),
        "later than": ("before", True),
        "before": ("after", True),
        "earlier than": ("after", True),
    },
)
BOUND_SUFFIX: dict[str, tuple[str, bool]] = {
    "or later": ("after", True),
    "or after": ("after", True),
    "and later": ("after", True),
    "onwards": ("after", True),
    "onward": ("after", True),
    "en adelante": ("after", True),  # Spanish "18 hs en adelante" (G48)
    "para adelante": ("after", True),
    "pa' delante": ("after", True),
    "or earlier": ("before", True),
    "or before": ("before", True),
    "at the latest": ("before", True),
    "at the very latest": ("before", True),
    "latest": ("before", True),
    "at the earliest": ("after", True),
    "at the very earliest": ("after", True),
    "earliest": ("after", True),  # "knock off at 4 so 4:30 earliest"
}
# "earliest" / "latest" before a clock, as a bound: "He say earliest 2.30, I say latest
# 4", "so earliest 3". Read only before an hour that ends its clause (`rules_time`): "the
# earliest 3pm slot", "latest 3 messages" are no bounds.
# An hour that ends its clause, after "earliest" / "latest" (a lookahead): "earliest 2.30,
# I say latest 4", "so earliest 3. Tuesday", "latest 5pm tomorrow"
HOUR_ENDS_CLAUSE = (
    r"(?=\s+(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday)"
    r"(?:\s*(?:[,.;:!?)\-–—]|$)|\s+(?:and|or|but|so|pls|please|then|if|tho|though|on|tomorrow|"
    r"today|tmrw|tmr)\b"
    # ... or goes on to say why: "I must leave latest 2pm to pick my children" (G46)
    r"|\s+(?:to|for|because|cos|coz|cause|as)\s+[a-z]))"
)
# A clock right before "earliest" (a lookbehind's text): "so 4:30 earliest", "3pm earliest"
CLOCK_BEFORE_BOUND = r"\d(?:[:.][0-5]\d)?\s*(?:am|pm)?\s+$"
CLOCK_BOUND_PREFIX: dict[str, tuple[str, bool]] = {
    "earliest": ("after", True),
    "latest": ("before", True),
    "at earliest": ("after", True),
    "at latest": ("before", True),
    # "max 3 pm", "maximum 4 tomorrow": the latest start said as a cap (G44)
    "max": ("before", True),
    "max.": ("before", True),
    "maximum": ("before", True),
}
# The wish for the earliest said in more of the ways people say it (G21), tried before
# `SOONEST`'s own (a regex alternation takes the first that matches).
_ASKING = ("what's", "whats", "what’s", "what is", "when's", "whens", "when’s", "when is")
_SOONEST_SAID: tuple[str, ...] = (
    # a question for the earliest: "what's the earliest you could get someone out", "whens the soonest I can
    # come in" (without the question "the earliest I can do is 5" is a bound).
    "(?:" + "|".join(f"(?<={w}\\s)" for w in _ASKING) + ")"
    r"(?:the\s+|ur\s+|your\s+)?(?:very\s+)?(?:soonest|earliest)"
    r"(?:\s+(?:time|slot|appointment|appt|day|date|one|opening))?",
    # ... or for the first or next one it has: "whats your first appointment on monday",
    # "when's the next time slot" (not "when's my next appointment": one booked)
    "(?:" + "|".join(f"(?<={w}\\s{d}\\s)" for w in _ASKING for d in ("the", "ur", "your")) + ")"
    r"(?:very\s+)?(?:first|next)\s+(?:time\s+slot|time|slot|appointment|appt|opening|spot)\b",
    # the first one somebody has: "earliest he's got", "first one going", "the first one
    # that's free", "soonest slot u have", "first one open"; never "... is 5"
    r"(?:the\s+)?(?:very\s+)?(?:soonest|earliest|first|next)"
    r"(?:\s+(?:one|slot|appointment|appt|time|opening|spot|space|day|date))?\s+"
    r"(?:(?:u|you|he|she|they)\s+(?:have|has|got|can\s+(?:do|give|offer|fit\s+(?:me|us)\s+in))"
    r"|(?:you|he|she|they|u)\s*['’]?\s*(?:ve|s|re)\s+got|that['’]?s\s+(?:free|open|available|going)"
    r"|going|open|(?:u|you)\s+can)(?=\s*(?:[.,;:!?)\-–—]|$|\s+(?:pls|please|with|w|for|thanks|ta|cheers)\b))",
    # "whoever's first", "whoever can see me first", "whenever is soonest" ("whichever"
    # and "whatever" are `EARLIEST_OF`)
    r"(?:whoever|whenever)(?:\s+(?:one|day|date|time|slot))?"
    r"(?:['’]s|\s+is|\s+comes|\s+can\s+(?:see|fit|take|do)\s+(?:me|us|him|her|them|it)(?:\s+in)?)"
    r"(?:\s+(?:free|open|available|up|in))?\s+(?:soonest|earliest|first|sooner|earlier)\b(?!\s+thing)",
    # the next day someone is in, said with "first" / "nearest": "the first day he is
    # free", "the nearest day they are in"; not "the first day I'm back is Monday"
    r"(?:the\s+)?(?:first|nearest|earliest|soonest)\s+(?:day|time|date)\s+(?:he|she|they|you|u)"
    r"(?:['’]s|['’]re|\s+is|\s+are)\s+(?:in|on|free|available|around|working|here|back)\b"
    r"(?!\s+(?:is|was|will\s+be)\b)",
    # as soon as, however said: "as soon as humanly possible", "soon as you can", "soon
    # as -", "sooner rather than later", "sooner better"
    r"(?:as\s+)?soon\s+as\s+(?:(?:humanly|reasonably|at\s+all|is)\s+)?"
    r"(?:possible|poss|you\s+can|u\s+can|you\s+could|u\s+could|you\s+are\s+able)",
    r"soon\s+as(?=\s*(?:[-–—.,!?]|$))",
    r"(?:the\s+)?sooner\s+rather\s+than\s+later",
    r"sooner\s+better",
    # the earliest asked for in a courtesy formula: "at your earliest convenience", "the
    # earliest convenient date"
    r"(?:at\s+)?(?:your|ur)\s+earliest\s+convenience",
    r"(?:the\s+)?earliest\s+convenient\s+(?:date|time|day|slot|appointment|opportunity)",
    # at once: "can u come right away", "straight away", "now-ish" ("urgent" is not one:
    # writers mark it as a time in 11 of some 40 messages that need help urgently)
    r"(?:right|straight)\s*away",
    r"now[-\s]?ish",
    r"(?:the\s+)?(?:first|next)\s+avail\b",
    # Spanish, French and Tagalog for the same, said inside English: "lo más pronto
    # posible", "lo antes posible", "cuanto antes", "le plus tôt possible", "dès que
    # possible"; "mas maaga mas ok" (the earlier the better) ("lo que esté primero" is
    # `EARLIEST_OF`)
    r"lo\s+m[áa]s\s+pronto\s+(?:posible|que\s+(?:se\s+)?pueda)",
    r"lo\s+antes\s+(?:posible|que\s+(?:se\s+)?pueda)",
    r"lo\s+m[áa]s\s+temprano\s+(?:posible|que\s+(?:se\s+)?pueda)",  # G49
    r"cuanto\s+antes",
    r"(?:le\s+)?plus\s+t[ôo]t\s+possible",
    r"d[èe]s\s+que\s+possible",
    r"(?:mas\s+)?maaga\s+mas\s+(?:ok|maganda|mabuti|okay)",
    # Portuguese: "o mais cedo possível", "o mais rápido possível", "o quanto antes"
    r"(?:o\s+)?mais\s+(?:cedo|r[áa]pido|breve)\s+poss[íi]vel",
    r"o\s+quanto\s+antes",
    # French "au plus vite", "le plus rapidement possible", "dès que vous pouvez" ("au plus
    # tôt" after a day is a bound, "lundi au plus tôt": not here); Spanish "lo más rápido
    # posible", "en cuanto puedan"; German "so bald wie möglich", "so schnell wie möglich",
    # "baldmöglichst", "schnellstmöglich", "möglichst bald"; Italian "il prima possibile",
    # "al più presto", "appena possibile", "quanto prima"; Hindi "jaldi se jaldi", "jitna
    # jaldi ho sake"
    r"au\s+plus\s+vite",
    r"(?:le\s+)?plus\s+rapidement\s+possible",
    r"d[èe]s\s+que\s+(?:vous\s+pouvez|vous\s+le\s+pouvez|possible)",
    r"lo\s+m[áa]s\s+r[áa]pido\s+(?:posible|que\s+(?:se\s+)?pueda)",
    r"en\s+cuanto\s+(?:puedan?|pueda[ns]?|sea\s+posible)",
    r"so\s+(?:bald|schnell|fr[üu]h)\s+wie\s+m[öo]glich",
    r"baldm[öo]glichst",
    r"schnellstm[öo]glich",
    r"m[öo]glichst\s+(?:bald|schnell|fr[üu]h)",
    r"(?:il\s+)?prima\s+possibile",
    r"al\s+pi[ùu]\s+presto",
    r"(?:non\s+)?appena\s+possibile",
    r"quanto\s+prima",
    r"jaldi\s+se\s+jaldi",
    r"jitna\s+jaldi\s+ho\s+sake",
    # Indonesian and Malay "secepatnya", "yang paling cepat" (the soonest; "paling cepat jam
    # 7" is a bound, `rules_indonesian`), "sesegera mungkin"; Vietnamese "càng sớm càng
    # tốt" (the sooner the better), "sớm nhất"; Arabizi "bi asra3 wa2t" (issue 13)
    r"secepatnya",
    r"se(?:cepat|segera)\s+mungkin",
    r"(?:yang\s+|yg\s+)?paling\s+(?:cepat|cepet|awal)(?!\s+(?:jam|pukul|pkl)\b)",
    r"c[àa]ng\s+s[ớo]m\s+c[àa]ng\s+t[ốo]t",
    r"(?:c[àa]ng\s+)?s[ớo]m\s+nh[ấa]t(?:\s+c[óo]\s+th[ểe])?",
    r"(?:bi\s+)?asra3\s+wa2t(?:\s+mumkin)?",
    # English, formal: "at the earliest opportunity", "at your earliest possible convenience"
    r"(?:at\s+)?(?:the|your|ur)\s+earliest\s+(?:possible\s+)?opportunity",
    r"(?:at\s+)?(?:your|ur)\s+earliest\s+possible\s+convenience",
)
# Wishes for the earliest time: "asap", "first available", "whenever is soonest". Each
# grounds to [now, horizon) (`Sym.soonest`); the ranking's earliest-first serves it.
SOONEST: tuple[str, ...] = (
    *_SOONEST_SAID,
    # the next day someone works: "whenever he's next in", "when Dr Ito is next free",
    # "when is she next free?", "the next time she's in" (before "next time" alone); asked
    # whether someone is in ("when's he next in?", "when is Priya next on") it is a
    # question about their days, no wish (writers mark it in 1 of 5 messages)
    r"(?:whenever|when)\s+(?:\w+\.?\s+){0,2}?\w+(?:['’]s|['’]re|\s+is|\s+are)\s+next\s+"
    r"(?:in|on|free|available|around|working|here|back)\b",
    r"when(?:\s+(?:is|are|will)\s+|['’]s\s+)(?:\w+\.?\s+){0,2}?\w+\s+(?:be\s+)?next\s+"
    r"(?:free|available)\b",
    r"(?:the\s+)?next\s+(?:time|day)\s+(?:he|she|they|you|u)(?:['’]s|['’]re|\s+is|\s+are)\s+"
    r"(?:in|on|free|available|around|working|here|back)\b",
    r"asap",
    r"a\.s\.a\.p\.?",
    r"as\s+soon\s+as\s+(?:possible|poss|you\s+can|u\s+can|you\s+have\s+(?:one|space|anything))",
    # not the customer's own first visit: "a first appointment", "my first time", "for
    # (the) first time", "for a first session" (writers never mark it as the earliest)
    # ("for the first available" is one)
    r"(?:(?=(?:the\s+)?(?:soonest|earliest|first|next)\s+(?:possible|available|free|opening|"
    r"thing\s+available|one\s+available|availability))|"
    r"(?<!\ba\s)(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bfor\s)"
    r"(?<!\bfor\sthe\s)(?<!\bfor\sa\s))"
    r"(?:(?:the\s+)?(?:soonest|earliest)\s+(?:possible|available|free|opening|slot|"
    r"appointment|appt|time|thing\s+available|one\s+available|availability|spot)"
    r"(?:\s+(?:slot|appointment|appt|time|you\s+have|you\s+can\s+do|you\s+can\s+give\s+me))?"
    # "first" / "next" with a time, an appointment or a visit is the earliest only when
    # something says it is one open: "the next appointment available", "first time slot
    # you have"; alone it is the customer's own ("First time here", "book first
    # appointment on Tuesday", "with lena next time please": writers never mark it)
    r"|(?:the\s+)?(?:first|next)\s+(?:possible|available|free|opening|slot|"
    r"thing\s+available|one\s+available|availability|spot)"
    r"(?:\s+(?:slot|appointment|appt|time|you\s+have|you\s+can\s+do|you\s+can\s+give\s+me))?"
    r"|(?:the\s+)?(?:first|next)\s+(?:appointment|appt|time)\s+(?:slot|available|free|open|"
    r"possible|you\s+have|you\s+can\s+do|you\s+can\s+give\s+me))",
    # (not the customer's own: "my earliest memory", "her earliest start")
    r"(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)"
    r"(?:the\s+)?(?:soonest|earliest)(?:\s+(?:you\s+have|you\s+can\s+do|possible))?"
    r"(?!\s+(?:i|we|he|she|they|you)\s+(?:can|could|am|are|is|will|would)\b"
    r"|\s+(?:convenience|opportunity|chance|moment)\b)",
    r"whenever(?:['’]s|\s+is)\s+(?:soonest|earliest|first|next)",
    r"(?:whatever|whichever)(?:['’]s|\s+is)\s+next\b",
    r"(?:the\s+)?sooner\s+the\s+better",
    # "earlier the better", "sooner is better", "whichever is sooner", "whatever comes first"
    r"(?:the\s+)?(?:sooner|earlier)\s+(?:the\s+|is\s+)better",
    r"(?:the\s+)?earlier\s+in\s+the\s+(?:day|morning)\s+(?:the\s+|is\s+)better",
    # "as early as she can", "early as u can", "early as ye can"; "early as" alone at the
    # end ("saturday then, early as"), and British "early doors" (early on)
    r"(?:as\s+)?early\s+as\s+(?:possible|poss|(?:you|u|ye|ya|yous|she|he|they)\s+(?:can|could)"
    r"|you\s+have|you['’]ve\s+got)",
    r"(?:as\s+)?early\s+as(?=\s*(?:[-–—.,!?]|$))",
    r"early\s+doors\b",
    r"how\s+soon",
    r"rn(?=\s*(?:[.!?]|$))",
    # a wish for a sooner slot than the one held or shown: "any chance of something
    # sooner?", "anything sooner", "is there one sooner", "sooner if you can" (G44); not
    # "no sooner than Friday" (a bound)
    r"(?:something|anything|any\s*thing|anywhere|one|a\s+(?:slot|spot|time|day)|an\s+"
    r"(?:appointment|appt|opening))\s+(?:a\s+(?:bit|little|lot)\s+)?sooner\b(?!\s+than)",
    r"sooner\s+if\s+(?:possible|poss|you\s+can|u\s+can|there['’]?s\s+(?:one|anything|room))",
)
# The earliest of the items its own message lists ("thurs or fri, whichever is earlier",
# "Dr Wu or Dr Santos, whichever is sooner", "el 23 o el 25, lo que esté primero"):
# the same [now, horizon) as `SOONEST`, but a choice among that message's options, not
# a standing wish (`aside.unread`'s "earliest_of"; said alone, "whichever is soonest"
# is `SOONEST`'s). Writers hold it as no wish of the conversation in any of the 4
# conversation turns that say it after options (c01-c81).
EARLIEST_OF: tuple[str, ...] = (
    # "whichever is earlier", "whichever's free first", "whichever day comes first",
    # "whichever earlier", "whatever comes first", "whichever one is sooner"
    r"(?:whichever|whatever)(?:\s+(?:one|day|date|time|slot))?"
    r"(?:['’]s|\s+is|\s+comes|\s+would\s+be|\s+works)?"
    r"(?:\s+(?:free|open|available|up))?\s+(?:soonest|earliest|first|sooner|earlier)\b"
    r"(?!\s+thing)",
    # Spanish and French inside English: "lo que esté primero", "ce qui vient en premier"
    # ... "el que tengan primero", "la que tengas antes", "lo que sea más pronto", "lo que
    # esté primero disponible", "el primero que tengan libre", "whichever es antes" (G49)
    r"(?:lo|el|la)\s+que\s+(?:est[ée]|sea|venga|llegue|salga|haya|tengan?|tengas|quede)"
    r"\s+(?:m[áa]s\s+(?:temprano|pronto)|primero|antes)(?:\s+(?:disponible|libre))?",
    r"(?:el|la|lo)\s+primer[oa]?\s+que\s+(?:tengan?|tengas|haya|est[ée])"
    r"(?:\s+(?:libre|disponible))?",
    r"whichever\s+(?:es|sea|est[ée])\s+(?:antes|primero|m[áa]s\s+(?:temprano|pronto))",
    r"(?:ce|celui|celle)\s+qui\s+(?:vient|arrive|est|sera)\s+(?:en\s+)?premier",
)
# The latest of the items its own message lists ("Tues or Wed, whichever is later", "the
# 12th or the 13th, whichever's latest"): as `EARLIEST_OF`, the ranking serves it for
# that message and it is no standing wish (`aside.unread`'s "latest_of"); said alone
# ("whichever's later"), it is a standing wish for the latest, as `LATEST`.
LATEST_OF: tuple[str, ...] = (
    # "whichever is later", "whichever's latest", "whichever day comes last", "whatever
    # comes later", "whichever one is later", "whatever's latest in the day"; not
    # "whichever, not later", nor "whichever is free later this week" (a time of its own)
    r"(?:whichever|whatever)(?:\s+(?:one|day|date|time|slot))?"
    r"(?:['’]s|\s+is|\s+comes|\s+would\s+be|\s+works)?"
    r"(?:\s+(?:free|open|available))?\s+(?:latest|last|later)\b"
    r"(?!\s+(?:this|next|today|tonight|tomorrow|tmrw|on|in\s+the\s+(?:week|month|year))\b)",
    # Spanish and French inside English: "lo que sea más tarde", "ce qui vient en dernier"
    r"lo\s+que\s+(?:est[ée]|sea|venga|quede)\s+(?:m[áa]s\s+tarde|despu[ée]s|[úu]ltimo)",
    r"(?:ce|celui|celle)\s+qui\s+(?:vient|arrive|est|sera)\s+(?:en\s+dernier|le\s+plus\s+tard)",
)
# A message that lists options to choose among: joined by "or" ("thurs or fri"), "either",
# Spanish "o" / French "ou" between words, or a slash between two words ("Tue/Wed/Thu").
LISTS_OPTIONS = (
    r"\b(?:or|either|o|ou|atau|atw|hoặc|hoac|aw|walla)\b|[^\W\d_]\s*/\s*[^\W\d_]"  # issue 13
)
# Wishes for the latest time: "as late as possible", "the later the better", "the last
# slot of the day". Set aside like `SOONEST`; the ranking turns round to serve them.
_LAST_THING = (
    r"(?:slot|appointment|appt|time|spot|opening|one|session|booking|lesson|class|visit|"
    r"treatment|consult|consultation|sitting|pickup|pick-up|draw)"
)
LATEST: tuple[str, ...] = (
    # French and Spanish: "le plus tard possible", "lo más tarde posible"
    r"(?:le\s+)?plus\s+tard\s+possible",
    r"lo\s+m[áa]s\s+tarde\s+(?:posible|que\s+(?:se\s+)?pueda)",
    r"(?:as\s+)?late\s+(?:in\s+the\s+(?:day|afternoon|evening)\s+)?as\s+"
    r"(?:possible|poss|(?:you|u|ye|ya|yous|she|he|they)\s+(?:can|could)|you\s+(?:have|go|do)"
    # "as late as he goes", "as late as she works", "as late as they're open" (G44)
    r"|(?:she|he|they|it|the\s+\w+)\s+(?:goes|go|works|work|does|do|runs)"
    r"|(?:she|he|they|you|u|it)['’](?:s|re)\s+(?:open|in|there|on|working))",
    r"(?:as\s+)?late\s+as(?=\s*(?:[-–—.,!?]|$))",
    r"(?:the\s+)?later\s+the\s+better",
    r"(?:the\s+)?later\s+in\s+the\s+(?:day|afternoon|evening)\s+(?:the\s+|is\s+)better",
    r"(?:the\s+)?(?:very\s+)?(?:last|latest)\s+(?:possible\s+|available\s+)?"
    + _LAST_THING
    + r"\s+(?:of|in)\s+the\s+(?:day|afternoon|evening)",
    r"(?:the\s+)?(?:last|latest)\s+" + _LAST_THING + r"\s+(?:you\s+have|available|possible)",
    r"(?:the\s+)?very\s+last\s+" + _LAST_THING,
    r"(?:the\s+)?latest\s+(?:you\s+have|you\s+can\s+do|possible)",
    # a question for the last opening: "what's the latest appt u have thurs?", "latest
    # she's got", "what's the latest you can fit me in"; not "the latest I can do is 5"
    r"(?:the\s+)?latest\s+(?:(?:appt|appointment|slot|time|session|booking|table|one)\s+)?"
    r"(?:(?:u|you)\s+(?:have|got|can|could)|(?:she|he|they)\s+(?:has|have|got)"
    r"|(?:you|she|he|they)['’](?:s|ve)\s+got"
    # "the latest slot anyone has", "latest one anybody's got" (G44)
    r"|(?:any|some)(?:one|body)\s+(?:has|have|got|can\s+do)|(?:any|some)(?:one|body)['’]s\s+got)"
    r"(?!\s+(?:do\s+)?(?:is|was|been|would\s+be|will\s+be)\b)",
    r"what(?:['’]s|\s+is)\s+the\s+latest\s+(?:(?:i|we)\s+(?:can|could)|time\s+(?:i|we)\s+can)",
    # asked outright: "What's the latest appointment Dr Whitfield has", "what is the last
    # lesson you do", "the last slot you've got" (G44)
    r"(?:(?<=what['’]s\s)|(?<=whats\s)|(?<=what\sis\s)|(?<=when['’]s\s)|(?<=when\sis\s))"
    r"the\s+(?:very\s+)?(?:latest|last)\s+" + _LAST_THING + r"\b(?!\s+(?:i|we)\s+had\b)",
    r"(?:the\s+)?(?:very\s+)?(?:latest|last)\s+"
    + _LAST_THING
    + r"\s+(?:(?:u|you)\s+(?:do|offer)|(?:u|you)['’]ve\s+got|(?:u|you)\s+got)\b",
    # a late one asked for: "is there a late appointment on Tuesday?", "does it have late
    # slots?", "any late openings"; not "late morning" (a part of the day), "a late
    # cancellation" or "running late"
    r"(?:(?<=\ba\s)|(?<=\bany\s)|(?<=\bsome\s)|(?<=\bhave\s)|(?<=\bgot\s)|(?<=\bno\s)|(?<=\bdo\s))"
    r"late(?:-in-the-day)?\s+(?:appointment|appt|slot|session|booking|opening|spot|one)s?\b",
    # (G24) the later one of what is said, however worded: "the later start the better",
    # "later is better", "whichever is later", "I prefer the later one", "the later one is
    # better"; not "the later one was cancelled", nor "later is fine" (a move, no wish)
    r"(?:the\s+)?later\s+(?:start|starts|start\s+time|time|slot|appointment|appt|session|one)"
    r"\s+(?:the\s+|is\s+)better",
    r"(?<![\w'’])later\s+(?:is|would\s+be)\s+(?:better|best|preferred|ideal)",
    r"(?:(?<=\bprefer\s)|(?<=\bhave\s)|(?<=\btake\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\blike\s))"
    r"the\s+(?:later|latest|last)\s+"
    r"(?:one|option|of\s+the\s+two|slot|time)\b",
    r"(?:the\s+)?(?:later|latest|last)\s+(?:one|option|of\s+the\s+two)\s+"
    r"(?:is|would\s+be|'d\s+be)\s+(?:better|best|preferred|ideal)",
    # the last opening asked of the business or of a day: "whens your last slot on friday",
    # "what's ur latest appointment", "whichever has the latest slot", "the latest start
    # time you have" ("my last appointment" is the customer's own booking)
    # ... or of a person: "what's Latoya's last opening", "Dr Ng's latest slot" (G44)
    r"(?:(?:your|ur)\s+|(?<=['’]s\s))(?:very\s+)?(?:last|latest)\s+(?:available\s+|possible\s+)?"
    r"(?:start\s+)?" + _LAST_THING + r"s?\b"
    r"(?!\s+(?:was|were|is|went|got|had|did|ended|finished|ran|with\s+(?:me|us)\b))",
    r"(?:(?<=\bhas\s)|(?<=\byou\shave\s)|(?<=\bu\shave\s)|(?<=\bgot\s)|(?<=\bwith\s)"
    # "can i get the last appointment on monday", "gimme the last slot" (G44)
    r"|(?<=\bget\s)|(?<=\bgimme\s)|(?<=\bbook\s)|(?<=\btake\s)|(?<=\bwant\s))"
    r"the\s+(?:very\s+)?(?:latest|last)\s+(?:start\s+)?"
    + _LAST_THING
    + r"\b(?!\s+(?:(?:i|we)\s+(?:can|could)|at\s+\d|was|is|booked)\b)",
    r"(?:the\s+)?latest\s+(?:start|starting)\s+time\s+(?:you\s+have|available|possible|"
    r"(?:u|you)\s+(?:can|could)\s+do)",
)


# Words before a count of days from a day ("at least 2 weeks before", "more than 3 days
# after", "within 2 days of"): "more", a bound past the day moved to; "least", the same
# bound taking that day in (writers book the day exactly two weeks before "at least 2
# weeks before the 11th", A49); "less", the days between (`compose.shifted`).
COUNT_QUALIFIERS: dict[str, str] = {
    "more than": "more",
    "over": "more",
    "at least": "least",
    "no less than": "least",
    "not less than": "least",
    "less than": "less",
    "under": "less",
    "within": "less",
    "no more than": "less",
}
COUNT_QUALIFIER = "(?:" + "|".join(q.replace(" ", r"\s+") for q in COUNT_QUALIFIERS) + ")"
