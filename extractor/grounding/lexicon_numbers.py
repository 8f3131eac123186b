"""Number words as tables: cardinals, hours, minutes, ordinals, days and spelled years.

"three", "a couple of", "twenty-five", "third", "twenty nine", "nineteen ninety six".
`lexicon.py` re-exports these; rules read them through it.
"""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "twenty five": 25,
    "twenty-five": 25,
    "thirty": 30,
    "thirty five": 35,
    "forty five": 45,
    "forty-five": 45,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
}
HOUR_WORDS = {k: v for k, v in NUMBER_WORDS.items() if v <= 12 and " " not in k and len(k) > 2}
_DIGITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MINUTE_WORDS: dict[str, int] = {
    **{f"oh {w}": i + 1 for i, w in enumerate(_DIGITS)},
    **{
        f"{tens}{sep}{unit}": tv + i + 1
        for tens, tv in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50))
        for i, unit in enumerate(_DIGITS)
        for sep in (" ", "-")
    },
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty five": 25,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "forty-five": 45,
    "fifty": 50,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty first": 21,
    "twenty-first": 21,
    "twenty second": 22,
    "twenty-second": 22,
    "twenty third": 23,
    "twenty-third": 23,
    "twenty fourth": 24,
    "twenty-fourth": 24,
    "twenty fifth": 25,
    "twenty-fifth": 25,
    "twenty sixth": 26,
    "twenty-sixth": 26,
    "twenty seventh": 27,
    "twenty-seventh": 27,
    "twenty eighth": 28,
    "twenty-eighth": 28,
    "twenty ninth": 29,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty first": 31,
    "thirty-first": 31,
}

# Cardinal words for a day of the month ("May twenty nine", "twenty five January").
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: tuple[str, ...] = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen")
_TEENS += ("sixteen", "seventeen", "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twenty": 20,
    "thirty": 30,
    **{f"twenty{sep}{u}": 21 + i for i, u in enumerate(_UNITS) for sep in (" ", "-")},
    "thirty one": 31,
    "thirty-one": 31,
}
# Spelled years: "nineteen ninety six", "two thousand and fifteen", "seventeen hundred
# thirty three", "twenty twenty". The pattern is in `YEAR_WORDS`; `spelled_year` reads it.
_TWO = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)
_ONE = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_CENT = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
YEAR_WORDS = (
    rf"(?:{_CENT}\s+hundred(?:\s+and)?(?:\s+(?:{_TWO}|{_ONE}))?|(?:nineteen|twenty)\s+{_TWO}"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TWO}|{_ONE}))?)"
)


def _small_number(words: list[str]) -> int:
    """Value of words under 100: "ninety six", "oh five", "fifteen"."""
    total = 0
    for w in words:
        if w in _TENS:
            total += _TENS[w]
        elif w in _UNITS:
            total += _UNITS.index(w) + 1
        elif w in _TEENS:
            total += _TEENS.index(w) + 10
    return total


def spelled_year(text: str) -> int:
    """Value of a spelled year matched by `YEAR_WORDS`."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _small_number(words[2:])
    if len(words) > 1 and words[1] == "hundred":
        return _small_number(words[:1]) * 100 + _small_number(words[2:])
    return _small_number(words[:1]) * 100 + _small_number(words[1:])


def number_value(word: str) -> int:
    """Value of a digit string or a number word ("three", "a couple of")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS[w]


def ordinal_value(word: str) -> int:
    """Value of "3rd", "3", "third", "twenty-third", "twenty nine"."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    m = re.match(r"(\d{1,2})", w)
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS[w] if w in ORDINAL_WORDS else DAY_WORDS[w]
