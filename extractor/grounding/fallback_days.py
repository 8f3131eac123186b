"""A first choice of day and its fallback said with words between them.

"Sunday the 20th if at all possible, otherwise Tuesday the 22nd. Around 3 either day.",
"Saturday would be ideal, if not then Sunday", "the 16th for our growth scan, otherwise
the 18th", "greta on wed? if not, sione on thurs. either way after 11", "Wednesday
ideally, Thursday at a push": two days offered as either, so a time said after both is
said of each (`ground_symbolic`'s `_list_of_days` reads it over the list, the last day
alone as the alternative). The plain gaps ("monday, otherwise tuesday") are
`_FALLBACK_GAP`'s; these are the ones with a few words of the first choice's own before
the fallback word ("would be ideal", "if at all possible", "for our growth scan",
"suit?"), a "but" before it, or a name said with the second day ("sione on").

Not a fallback: words that go on to say something else ("Monday I'm in Leeds, I'll be
back Tuesday"), a gap with no fallback word, or one longer than a short clause.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.lexicon import FALLBACK

# The word that offers the second day as the fallback of the first.
_MARK = (
    rf"(?:{FALLBACK}|"
    r"if\s+(?:that|it|they|she|he)(?:'s|’s|'re|’re|\s+is|\s+are)?\s+"
    r"(?:full|gone|taken|booked(?:\s+up)?|out|no\s+good|not\s+possible|unavailable)|"
    r"second\s+(?:choice|pick|option)(?:\s+is|\s+would\s+be)?)"
)
# A few words of the first choice's own, then a clause break: "would be ideal,",
# "if at all possible,", "for our growth scan,", "suit?", "I'll come in then —".
_OWN = r"(?:[\w'’]+\s+){0,5}?[\w'’]*\s*[,.;:!?—–-]*\s*"
_BUT = r"(?:(?:but|and|or)\s+)?"
# After the fallback word: "then", "let's say", or a name and "on" / "with".
_AFTER = (
    r"\s*[,.]?\s*(?:then\s+)?"
    r"(?:(?:let'?s\s+say|say|maybe|perhaps|how\s+about|what\s+about|try)\s+)?"
    r"(?:[A-Za-z][\w'’.]*\s+(?:on|for)\s+)?"
)
_WORDY_FALLBACK = re.compile(rf"\s*(?:{_OWN})?{_BUT}{_MARK}{_AFTER}", re.I)
_MARK_AT = re.compile(rf"\b{_MARK}", re.I)
# The first choice's own words ruling it out ("Monday I'm away, otherwise Tuesday"):
# the second day is no fallback, and a time after it is its own.
_RULED_OUT = re.compile(r"\b(?:not|no|never|can'?t|cannot|won'?t|busy|away|off)\b|n[’']t\b", re.I)
# "Wednesday ideally, Thursday at a push", "the 3rd preferably, or the 4th": a hedge on
# the first choice and a break, the second day straight after.
_HEDGED_FIRST = re.compile(
    r"\s*(?:ideally|preferably|if\s+possible|if\s+poss|by\s+preference|"
    r"(?:would\s+be|is)\s+(?:ideal|best|perfect|great))\s*[,;—–-]\s*(?:(?:or|but)\s+)?",
    re.I,
)


def fallback_said(gap: str) -> bool:
    """True when `gap`, the words between two days, offers the second as the first's
    fallback in words: "if at all possible, otherwise", "would be ideal, if not then",
    "? if not, sione on", "ideally but if not then", "ideally, "."""
    if len(gap) > 60 or "\n\n" in gap:
        return False
    if _HEDGED_FIRST.fullmatch(gap):
        return True
    if not _WORDY_FALLBACK.fullmatch(gap):
        return False
    mark = _MARK_AT.search(gap)
    return mark is not None and not _RULED_OUT.search(gap, 0, mark.start())
