"""The sun's times as the edge of a bound: "I don't drive after dark", "home before dark",
"before sunset", "after sunrise", "at sundown", "by dusk", "first light", "before it
gets dark" (G12, G47).

People set limits by the light, and the light moves with the date and the place: in
Dubai in March the sun sets about 18:25, in London in June after 21:00. After a bound
word ("after", "before", "past", "until", "till", "by", "from", "since") or "at" /
"around" / "close to", the sun's words are the sun's time on the day named, computed for the
business's zone as the prayers are (`prayer_times.SUN_TIMES`; `resolve` puts the
computed minute in place of the usual one here):

| words | sun time |
| --- | --- |
| `sunrise`, `sunup`, `sun-up`, `the sun comes up`, `the sun's up` | `sunrise` |
| `dawn`, `first light`, `daybreak`, `break of day` | `dawn` (civil dawn); "the crack of dawn" says very early, the part of the day |
| `sunset`, `sundown`, `sun-down`, `the sun goes down`, `the sun sets` | `sunset` |
| `dusk`, `dark`, `nightfall`, `last light`, `it gets dark`, `it's dark` | `dusk` (civil dusk) |

Alone the words stay what they were: a part of the day ("a sunset shoot", "dawn patrol":
`rules_time.part_of_day`), or no time at all ("a dark room", "in the dark", "dark roast",
"it gets dark early these days"). "Evening" and "morning" are parts of the day, never the
sun's.

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# The words -> the sun time they name (`prayer_times.SUN_TIMES`).
SUN_WORDS: dict[str, str] = {
    "sunrise": "sunrise",
    "sun rise": "sunrise",
    "sunup": "sunrise",
    "sun-up": "sunrise",
    "sun up": "sunrise",
    "the sun comes up": "sunrise",
    "the sun rises": "sunrise",
    "the sun is up": "sunrise",
    "the sun's up": "sunrise",
    "dawn": "dawn",
    "the dawn": "dawn",
    "first light": "dawn",
    "daybreak": "dawn",
    "break of day": "dawn",
    "sunset": "sunset",
    "sun set": "sunset",
    "sundown": "sunset",
    "sun-down": "sunset",
    "sun down": "sunset",
    "the sun goes down": "sunset",
    "the sun sets": "sunset",
    "the sun is down": "sunset",
    "the sun's down": "sunset",
    "dusk": "dusk",
    "nightfall": "dusk",
    "last light": "dusk",
    "dark": "dusk",
    "it gets dark": "dusk",
    "it goes dark": "dusk",
    "it's dark": "dusk",
    "it is dark": "dusk",
    "it starts getting dark": "dusk",
    "it starts to get dark": "dusk",
    "it's getting dark": "dusk",
    "it gets too dark": "dusk",
}
# A usual clock for each (spring, mid-latitudes), which `resolve` replaces with the
# computed one, as `rules_prayer` does.
_USUAL = {"sunrise": 390, "dawn": 360, "sunset": 1110, "dusk": 1135}
# The bound words, "at" and "around" that make the words the sun's time ("after dark").
_SAID_BEFORE = re.compile(
    r"(?<![\w'’])(?:after|before|past|until|till|til|untill|by|b4|from|since|at|around|"
    r"about|near|towards?|up\s+to|prior\s+to|ahead\s+of|between|close\s+to|round|"
    r"roughly|approx\.?|approximately|circa|nearer|closer\s+to|"
    r"between\s+(?:\S+\s+){1,3}(?:and|&))\s+$",
    re.I,
)
_CRACK_OF = re.compile(r"crack\s+of\s+$", re.I)
# The words of those that make it about the sun's time, as "around 4:30pm" is (G48): the
# hour about it, not the half hour from it.
_ABOUT_BEFORE = re.compile(
    r"(?<![\w'’])(?:around|about|near|towards?|close\s+to|round|roughly|approx\.?|"
    r"approximately|circa|nearer|closer\s+to)\s+$",
    re.I,
)
# A capitalised word after a capitalised sun word: a name ("Sunrise Dental").
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# What "dark" may not be: a colour or a thing ("dark roast", "dark room").
_NOT_DARK = r"(?!\s*(?:room|roast|glasses|colou?rs?|green|blue|red|grey|gray|hair|chocolate|mode))"


def said_of_the_sun(text: str, start: int) -> bool:
    """The sun's word at `start` follows a bound word, "at" or "around": its time, not
    the part of the day (`rules_time.part_of_day` leaves it to this module)."""
    return _SAID_BEFORE.search(text, max(0, start - 30), start) is not None


@rule("dark", rf"{lx.alternation(SUN_WORDS)}(?![\w'’-]){_NOT_DARK}")
def _sun(m: re.Match[str], o: Options) -> Sym | None:
    """ "after dark", "before sunset", "at first light": the sun's time on the day named."""
    if not said_of_the_sun(m.string, m.start()):
        return None
    if _CRACK_OF.search(m.string, max(0, m.start() - 9), m.start()):
        return None  # "not at the crack of dawn": very early, the part of the day
    if m.group(0)[:1].isupper() and _NAME_AFTER.match(m.string, m.end()):
        return None  # "at Sunrise Dental", "by Sunset Plaza": a name
    word = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
    sun = SUN_WORDS[word]
    usual = _USUAL[sun]
    about = _ABOUT_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
    return Sym(
        tod=TodSpec(
            "clock", usual // 60, usual % 60, h24=True, grain="minute", prayer=sun, approx=about
        )
    )
