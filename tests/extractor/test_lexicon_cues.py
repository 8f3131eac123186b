"""The fallback cues ("otherwise", "failing that", "or else", "if not") are spelled in one
table (`lexicon_cues.FALLBACK_CUES`); every module builds its patterns from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from slotwise.extractor.grounding import lexicon_cues as lc

EXTRACTOR = Path(lc.__file__).parents[1]
# Training-data templates and writer briefs are sentences, not patterns.
NOT_PATTERNS = ("model/data/",)
# A fallback cue spelled in a pattern, or as a whole pattern of its own (`cues._rx`).
_SPELLED = re.compile(r"otherwise|failing(?:\\s[+*]?|\s)+that|\bor(?:\\s[+*]?|\s)+else\b", re.I)
_REGEX_SYNTAX = re.compile(r"\\[sbwd]|\(\?[:=!<]|\[[^\]]*\]|\|")


def _patterns(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that read as regular expressions (docstrings and
    prose have no regex syntax), and those that a call takes as a whole pattern, one
    fallback cue alone (`cues._rx(r"otherwise", ...)`)."""
    tree = ast.parse(path.read_text())
    called = {id(a) for node in ast.walk(tree) if isinstance(node, ast.Call) for a in node.args}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            s = node.value
            if _REGEX_SYNTAX.search(s) or (
                id(node) in called and s.strip().lower() in lc.FALLBACK_CUES
            ):
                out.append((node.lineno, s))
    return sorted(out)


def _modules() -> list[Path]:
    return [
        p
        for p in sorted(EXTRACTOR.rglob("*.py"))
        if not p.name.startswith("lexicon")
        and not any(part in p.as_posix() for part in NOT_PATTERNS)
    ]


def test_lexicon_cues_fallback_spelled_only_in_the_lexicon() -> None:
    spelled = [
        f"{p.relative_to(EXTRACTOR)}:{line}: {s[:70]!r}"
        for p in _modules()
        for line, s in _patterns(p)
        if _SPELLED.search(s) or s.strip().lower() in lc.FALLBACK_CUES
    ]
    assert not spelled, "fallback cues spelled outside lexicon_cues.FALLBACK_CUES:\n" + "\n".join(
        spelled
    )


def test_lexicon_cues_scan_sees_a_respelled_cue(tmp_path: Path) -> None:
    """The scan above finds a cue spelled in a pattern, however it is spaced."""
    module = tmp_path / "m.py"
    module.write_text(
        'import re\nX = re.compile(r"\\b(?:or|failing\\s+that)\\b")\nY = f(r"otherwise")\n'
    )
    assert [line for line, s in _patterns(module) if _SPELLED.search(s)] == [2, 3]


@pytest.mark.parametrize(
    ("pattern", "said", "read"),
    [
        (lc.FALLBACK, "Friday, otherwise Monday", "otherwise"),
        (lc.FALLBACK, "10.30, failing that 11.15", "failing that"),
        (lc.FALLBACK, "Bea at 8 on fri, or failing that Dario", "or failing that"),
        (lc.FALLBACK, "5? if not, 6", "if not"),
        (lc.FALLBACK, "the 3rd or else the 4th", "or else"),
        (lc.FALLBACK, "sat, else sun", "else"),
        (lc.FALLBACK_NOT_ELSE, "sat, else sun", None),
        (lc.FALLBACK_NOT_OR_ELSE, "the 3rd or else the 4th", "else"),
        (lc.FALLBACK_BETWEEN_ITEMS, "5? if not, 6", None),
        (lc.FALLBACK_AFTER_WEAK_DAY, "sat, or else sun", None),
        (lc.FALLBACK_ONE_WORD, "Friday, failing that Monday", None),
        (lc.FALLBACK_CONJUNCTION, "sat, else sun", None),
        (lc.FALLBACK_CONJUNCTION, "Friday, otherwise Monday", "otherwise"),
        (lc.FALLBACK_LIST_JOINER, "Tuesday or else Thursday", "or else"),
        (lc.FALLBACK_LIST_JOINER, "Tuesday, otherwise Thursday", None),
    ],
)
def test_lexicon_cues_fallback_families(pattern: str, said: str, read: str | None) -> None:
    m = re.search(rf"\b{pattern}\b", said, re.I)
    assert (m.group(0) if m else None) == read


def test_lexicon_cues_fallback_sub_family_of_the_table() -> None:
    with pytest.raises(ValueError):
        lc.fallback_cues(leave_out=("instead",))
