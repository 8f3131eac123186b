"""More context that makes a weak weekday ("sat", "sun", "wed", "mon") a day, or a word.

`rules._weak_day_said` reads the words right after the abbreviation (a list, a clock, a
booking word); these are the further signs, each a general habit of texting:

- a capital inside a sentence: "Running late at work Wed, can ...", "push Sat's shoot"
  (a verb or "we'd" is not capitalised mid-sentence; at a sentence's start it may be,
  and "Sun Life", "Mon Amour" are names, so a capitalised word after it keeps it one);
- a day before it joined by a move or range word: "move my fri to sat", "wed thru sat";
- an availability word before it: "any slot wed", "anything open wed", "free sun?";
- "pref" after a comma, and "might"/"should" after it: "wed, pref before 11",
  "now I'm thinking sun might be better";
- a goodbye before it: "see u wed", "c ya sat" (`seen_off`; "see you sat there" stays).

And one sign that keeps "mon" a word: a friendly address after thanks or a greeting
("cheers mon", "ya mon", "no problem mon").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words between two days that make the second one a day ("fri to sat", "mon thru wed").
DAY_LINK_BEFORE = r"\s*(?:to|thru|through|till|til|until|->|instead\s+of|rather\s+than)\s+$"
# Availability words right before a weak weekday ("any slot wed", "anything open wed").
AVAIL_BEFORE = r"(?<![\w'’])(?:open|free|available|avail|slots?|openings?|appts?)\s+$"
# Words right after a weak weekday that make it a day ("wed, pref before 11").
AFTER = r"\s*,\s*pref\b|\s+(?:might|should)\b"
# A goodbye before a weak weekday: "see u wed", "c ya sat", "see you sun then" (not "I
# can see you sat there": a place or posture word after it keeps the verb).
SEE_YOU_BEFORE = r"(?<![\w'’])(?:see|c)\s+(?:you|u|ya|yah|yas|y'all|yall)\s+(?:on\s+)?$"
SEE_YOU_NOT_AFTER = r"\s+(?:down|up|there|here|outside|inside|in|on|next|by|with|alone|quietly)\b"
# Thanks or greetings before "mon" as a friendly address ("cheers mon", "ya mon").
MON_ADDRESS_BEFORE = (
    r"(?<![\w'’])(?:cheers|thanks|thank\s+you|thx|ta|ya|yah|yeah|yes|hey|hi|yo|respect|"
    r"problem|worries|man)[\s,!]+$"
)

_LINK = re.compile(DAY_LINK_BEFORE, re.I)
_AVAIL = re.compile(AVAIL_BEFORE, re.I)
_AFTER = re.compile(AFTER, re.I)
_MON_ADDRESS = re.compile(MON_ADDRESS_BEFORE, re.I)
_SEE_YOU = re.compile(SEE_YOU_BEFORE, re.I)
_SEE_YOU_NOT = re.compile(SEE_YOU_NOT_AFTER, re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?;:\n—–-]|\s-)\s*[\"'(]*$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_TIME_WORD = re.compile(
    r"\s+(?:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Morning|Afternoon|"
    r"Evening|Night|Am|Pm|Eve|Arvo)",
)


def address(text: str, start: int, word: str) -> bool:
    """ "cheers mon", "ya mon": "mon" as a friendly address, not Monday."""
    return (
        word.lower() == "mon" and _MON_ADDRESS.search(text, max(0, start - 14), start) is not None
    )


def seen_off(text: str, start: int, end: int) -> bool:
    """ "see u wed", "c ya sat": a goodbye names the day of the visit, though "u" before
    a weak weekday otherwise keeps it a word ("u sat")."""
    return bool(_SEE_YOU.search(text, max(0, start - 16), start)) and not _SEE_YOU_NOT.match(
        text, end
    )


@lru_cache(maxsize=8)
def _day_before(day_before: str) -> re.Pattern[str]:
    """The day a link word follows, compiled once (a long pattern that `re`'s own cache
    may have let go)."""
    return re.compile(day_before + r"\.?$", re.I)


def said(text: str, start: int, end: int, day_before: str) -> bool:
    """Whether the words around the weak weekday text[start:end] make it a day; a
    `day_before` pattern (any weekday spelling) is the day a link word follows."""
    word = text[start:end].rstrip(".")
    before = text[max(0, start - 24) : start]
    if _AFTER.match(text, end) or _AVAIL.search(before):
        return True
    link = _LINK.search(before)
    if link and _day_before(day_before).search(before[: link.start()]):
        return True
    if word[:1].isupper() and word[1:].islower() and not _SENTENCE_START.search(before):
        return not (_NAME_AFTER.match(text, end) and not _TIME_WORD.match(text, end))
    return False
