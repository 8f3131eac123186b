"""The words a rule's pattern cannot match without: a cheap prefilter for `find_atoms`.

Most of the rules find nothing in most messages, yet each scans the whole message: a
pattern opening with a word edge and ignoring case gets no fast scan from `re`, so every
alternative is tried at every character. `required(pattern)` reads the pattern (its
parse tree, as `re` builds it) for a set of strings of which every match, or what its
lookarounds ask of the text, contains one: "after" for "(?:not\\s+)?after", the weekday
names for a weekday rule, the digits for a clock. `find_atoms` scans with a rule only
when one of its strings' keys is among the pieces of the folded text (`grams`); a pattern it cannot read (any
character, a count of zero) has none and always runs.

The strings are folded as `re` compares letters when it ignores case (the simple lower
case, and the few letters `re` takes as one: "s" and long "ſ", "i" and dotless "ı"), so
a rule that matches always passes the prefilter; folding a case-sensitive pattern too
only lets more messages through. The rule registry (`atoms.rule`) computes each rule's
strings once, as it compiles the pattern. As `atoms.needs` does for one language's cue
words (G47), but read from each pattern itself, so the rules stay the only data.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from _sre import unicode_tolower
from re._casefix import _EXTRA_CASES
from typing import Any

# A decimal digit (`\d`), which no fold of a letter is: stands for any of them.
DIGIT = "\x00d"
# The most strings a run of letters or an alternation is read as, before it is cut.
_MOST = 256
_CLASS_MOST = 40  # the most characters of a class read one by one ("[ap]", "[0-5]")
# A rule's strings are looked up by their first characters (`grams`): "afte" for "after",
# "mond" for "monday"; one lookup in a set of the text's pieces rather than a search of
# the text for each string.
KEY = 4


def _equal_letters() -> dict[int, str]:
    """Each letter `re` takes as one with others when ignoring case, to one of them."""
    out: dict[int, str] = {}
    for lo, others in _EXTRA_CASES.items():
        same = {lo, *others}
        for other in others:
            same |= {other, *_EXTRA_CASES.get(other, ())}
        out[lo] = chr(min(same))
    return out


_EQUAL = _equal_letters()
_DOTTED_I = {0x130: "i"}
_A_DIGIT = re.compile(r"\d")  # "İ": one letter in `re`'s lower case, two in `str.lower`


def fold_char(code: int) -> str:
    """A letter as `re` compares it when ignoring case."""
    lo = unicode_tolower(code)
    return _EQUAL.get(lo, chr(lo))


def fold(text: str) -> str:
    """`text` with each letter folded (`fold_char`), then `DIGIT` when a digit is in it:
    the text `said` searches."""
    low = text.translate(_DOTTED_I).lower().translate(_EQUAL)
    return low + DIGIT if _A_DIGIT.search(text) else low


def grams(folded: str) -> set[str]:
    """Every piece of the folded text up to `KEY` characters long: what a rule's keys
    (`required`) are looked up in."""
    out = set(folded)
    for k in range(2, KEY + 1):
        out.update([folded[i : i + k] for i in range(len(folded) - k + 1)])
    return out


Strings = set[str] | None  # None: not known (anything)
Needs = list[set[str]]  # a match needs one string of each set
_MOST_SETS = 3  # the sets a rule keeps, those that say most


def required(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of keys (the first `KEY` characters of strings): every match of `pattern`
    (with its lookarounds) needs one key of each set in the folded text. None when the
    pattern does not say."""
    needs = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))[1]
    out: list[frozenset[str]] = []
    for need in sorted(_useful(needs), key=_says, reverse=True):
        # a key holding another is found whenever that one is ("mon" for "mond")
        shortest = sorted({s[:KEY] for s in need}, key=len)
        keys = frozenset(k for i, k in enumerate(shortest) if not any(j in k for j in shortest[:i]))
        if keys not in out:
            out.append(keys)
    return tuple(out[:_MOST_SETS]) or None


def _useful(needs: Needs) -> Needs:
    return [n for n in needs if n and "" not in n]


def _says(need: set[str]) -> tuple[int, int]:
    """How much a set says: its shortest string longest, then the fewest strings."""
    return min(1 if s == DIGIT else len(s) for s in need), -len(need)


def _best(needs: Needs) -> Needs:
    """Of sets each of which a match needs one string of, the one that says most."""
    good = _useful(needs)
    return [max(good, key=_says)] if good else []


def _sequence(items: Any) -> tuple[Strings, Needs]:
    """(what the sequence matches exactly, when few strings; what it needs)."""
    run: set[str] = {""}
    broken = False
    needs: Needs = []
    for op, av in items:
        exact, need = _item(op, av)
        needs += need
        if exact is not None and len(run) * len(exact) <= _MOST:
            run = {a + b for a in run for b in exact}
            continue
        needs.append(run)
        broken = True
        run = exact if exact is not None else {""}
    needs.append(run)
    return (None if broken else run), _useful(needs)


def _item(op: Any, av: Any) -> tuple[Strings, Needs]:
    if op is sre.LITERAL:
        return {fold_char(av)}, []
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        if low == 0:
            return None, []
        exact, needs = _sequence(item)
        return (exact if low == high == 1 else None), needs
    if op is sre.AT:
        return {""}, []
    if op is sre.ASSERT:
        # a lookahead or lookbehind: nothing of the match, but the text holds it
        return {""}, _sequence(av[1])[1]
    if op is sre.ASSERT_NOT:
        return {""}, []
    return None, []  # any character, a group's text again, a condition


def _branch(alternatives: list[Any]) -> tuple[Strings, Needs]:
    """An alternation matches what one of its alternatives does, and needs what one of
    them needs: of each, the set that says most."""
    exacts: Strings = set()
    needs: set[str] = set()
    known = True
    for alt in alternatives:
        exact, need = _sequence(alt)
        if exacts is not None:
            exacts = exacts | exact if exact is not None and len(exacts) < _MOST else None
        best = _best(need)
        if not best:
            known = False
        else:
            needs |= best[0]
    return exacts, ([needs] if known else [])


def _class(items: list[Any]) -> tuple[Strings, Needs]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(fold_char(av))
        elif op is sre.RANGE and av[1] - av[0] < _CLASS_MOST:
            chars |= {fold_char(c) for c in range(av[0], av[1] + 1)}
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT and len(items) == 1:
            return None, [{DIGIT}]
        else:
            return None, []  # a negated class, a wide range, letters or spaces
        if len(chars) > _CLASS_MOST:
            return None, []
    return chars, []
