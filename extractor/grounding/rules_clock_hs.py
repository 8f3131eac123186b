"""The 24-hour clock as Spanish speakers write it: "18 hs", "17.30hs", "las 19", "tipo 18" (G48).

In Argentina, Uruguay and much of Latin America the everyday clock runs to 23 and is
written with "hs" (horas) after it, or said with the article "las" before it: "a las 18
hs", "17.30hs", "18:30 hs", "después de las 19", "desde las 17 en adelante", "entre las
15 y las 17", "tipo 18" (about 6 pm). A bare number past 12 is no hour of the 12-hour
clock, so the other rules left it (a count, a day of the month), and the bound or range
around it was lost. The same writers keep the clock in English messages ("Thursday 18hs
works", "after 20 hs").

| words | reads |
| --- | --- |
| `18hs`, `18 hs`, `18 hs.`, `17.30hs`, `18:30 hs`, `17.30 hrs`, `a las 18hs` | the clock: an hour from 13 (or 0), or an hour with minutes, as said |
| `las 19`, `las 17:30` (after "después de", "antes de", "desde", "hasta", "a partir de", "entre") | the clock: "las" names an hour, and one past 12 is on the 24-hour clock; the bound words around it are `lexicon_cues.BOUND_PREFIX`'s |
| `tipo 18`, `tipo 18.30`, `tipo 6`, `tipo las 19`, `a eso de las 18 hs`, `cerca de las 18`, `por ahí de las 19`, `around 18hs` | about that clock (as "around 6pm"): "tipo" is the Rioplatense "like"; a morning hour ("tipo 6") reads as a bare hour does |
| `a las 13 horas`, `a las 14 horas` | the clock: "horas" after "a las" is the hour's name, not a length |

Not a clock: a length ("2 hs de clase", "dura 1 hs", "por 2 hs", "aprox 3 hs": an hour
up to 12 without minutes, "las" or "tipo"), a count after "tipo" ("tipo 3 personas",
"tipo 18 años", "tipo 15 minutos"), prices ("18.000 pesos").

Registered in `compose.RULE_MODULES`; the ranges of such hours ("de 14 a 16 hs", "entre
15 y 17 hs") are `rules_h24_range`'s, and "en adelante" after them a bound suffix
(`lexicon_cues.BOUND_SUFFIX`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import Sym

_H = r"(?:[01]?\d|2[0-3])"
_MM = r"(?:[:.](?P<m>[0-5]\d))?"
# The hour's letters after it: Rioplatense "hs", "hs.", "hrs", and "h" with minutes before.
_HS = r"\s*(?:hs\.?|hrs\.?|h(?=\s))(?![\w])"
# Words before the hour that make it about that clock (as "around" does in English).
APPROX_BEFORE: tuple[str, ...] = (
    "tipo",
    "tipo a las",
    "tipo las",
    "tipo a la",
    "a eso de las",
    "a eso de la",
    "cerca de las",
    "cerca de la",
    "por ahí de las",
    "por ahi de las",
    "más o menos a las",
    "mas o menos a las",
    "alrededor de las",
    "sobre las",
    "como a las",
    "around",
    "about",
    "approx",
    "approx.",
    "aprox",
    "aprox.",
    "aproximadamente a las",
    "~",
)
# ... of which these are said before a length too ("about 2 hs", "aprox 3 hs").
LENGTH_TOO = frozenset({"around", "about", "approx", "approx.", "aprox", "aprox.", "~"})
# Words before the hour that make it the clock itself.
AT_BEFORE: tuple[str, ...] = ("a las", "a la", "at", "@")
_PREP = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(APPROX_BEFORE + AT_BEFORE, key=len)[::-1]
)
# After "tipo", a count is no clock: "tipo 3 personas", "tipo 18 años", "tipo 15 minutos".
_COUNT_AFTER = re.compile(
    r"\s*(?:personas?|pers|años|anos|chicos|chicas|niños|ninos|alumnos|pesos|mil|lucas|"
    r"minutos|mins?|min|horas?|hs|hrs|días|dias|semanas|meses|veces|clases|people|years?|"
    r"minutes|hours|days|weeks|%|\$|[.,]\d{3})(?![\w])",
    re.I,
)


@rule(
    "clock_hs",
    # "a las 18hs", "tipo 17.30 hs", "18 hs", "18:30hs"
    rf"(?:(?P<prep>{_PREP})\s*)?(?P<h>{_H}){_MM}(?P<hs>{_HS})"
    # "tipo 18", "tipo las 19", "a eso de las 18": about the clock, no letters after it
    rf"|(?P<tprep>tipo(?:\s+a)?(?:\s+las?)?|a\s+eso\s+de\s+las?|cerca\s+de\s+las?|"
    rf"por\s+ah[ií]\s+de\s+las?)\s+(?P<th>{_H})(?:[:.](?P<tm>[0-5]\d))?(?![\d:.,]\d)"
    # "las 19", "las 17:30": an hour past 12 after the article that names hours
    rf"|(?<=\blas\s)(?P<lh>1[3-9]|2[0-3])(?:[:.](?P<lm>[0-5]\d))?(?![\d:.,]\d)"
    # "de 18 en adelante", "desde 17 en adelante": from that hour on
    rf"|(?:(?<=\bde\s)|(?<=\bdesde\s))(?P<eh>{_H})(?:[:.](?P<em>[0-5]\d))?(?=\s+en\s+adelante\b)"
    # "a las 13 horas": the hour's name
    rf"|(?P<aprep>a\s+las)\s+(?P<ah>{_H})(?:[:.](?P<am>[0-5]\d))?\s+horas",
)
def _clock_hs(m: re.Match[str], o: Options) -> Sym | None:
    """ "18 hs", "17.30hs", "las 19", "tipo 18": the 24-hour clock said the Spanish way."""
    g = m.group
    if g("lh"):
        return _h24(int(g("lh")), int(g("lm") or 0), None)
    if g("ah"):
        return _h24(int(g("ah")), int(g("am") or 0), None)
    if g("eh"):
        return _h24(int(g("eh")), int(g("em") or 0), None)
    if g("th"):
        if _COUNT_AFTER.match(m.string, m.end()):
            return None  # "tipo 3 personas": a count
        return _h24(int(g("th")), int(g("tm") or 0), "around")
    h, mi = int(g("h")), int(g("m") or 0)
    prep = re.sub(r"\s+", " ", (g("prep") or "").lower())
    around = "around" if prep in APPROX_BEFORE else None
    clock_said = h >= 13 or h == 0 or g("m") is not None
    if not clock_said and (prep == "" or prep in LENGTH_TOO):
        return None  # "2 hs de clase", "about 2 hs": a length
    if g("hs").strip().lower() == "h" and not g("m"):
        return None  # "18 h" alone: `rules_hclock.clock_h`'s
    return _h24(h, mi, around)


def _h24(h: int, mi: int, around: str | None) -> Sym | None:
    """The clock as said: 24-hour from 13, a bare hour (business hours) below."""
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    return _clock(h, mi, "", prep=around, grain=grain, h24=h24, bare=not h24)
