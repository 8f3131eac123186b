"""The rule prefilter (`prefilter.required`): the words a pattern cannot match without,
and that no rule matching a corpus example is ever skipped."""

from __future__ import annotations

import glob
import importlib
import os
import re

import pytest
from slotwise.extractor.grounding import atoms, prefilter


def _keys(pattern: str, flags: int = re.I) -> list[set[str]] | None:
    said = prefilter.required(re.compile(pattern, flags))
    return None if said is None else [set(k) for k in said]


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"(?<![\w])(?:not\s+)?after(?![\w])", [{"afte"}]),  # the optional word is not needed
        (r"(?:Monday|Mon|tues?)\b", [{"mon", "tue"}]),  # an alternation, folded; "mon" in "mond"
        # each word in turn, the one that says most first
        (r"\b(?:no|not)\s+(?:later|earlier)\s+than\b", [{"late", "earl"}, {"than"}, {"no"}]),
        (r"\d{1,2}\s*(?:am|pm)", [{"am", "pm"}, {prefilter.DIGIT}]),  # letters, then a digit
        (r"\d{1,2}:[0-5]\d", [{":0", ":1", ":2", ":3", ":4", ":5"}, {prefilter.DIGIT}]),  # a class
        (r"\d+", [{prefilter.DIGIT}]),  # any digit
        (r"by(?=\s+noon)", [{"noon"}, {"by"}]),  # a lookahead: the text holds it
        (r"ſat", [{"sat"}]),  # "re" takes long s as s when ignoring case
    ],
)
def test_prefilter_required_reads_the_words_a_match_needs(
    pattern: str, keys: list[set[str]]
) -> None:
    assert _keys(pattern) == keys


@pytest.mark.parametrize(
    "pattern",
    [r"(?:at\s+)?\w+", r"(?:after)?\s*\d?", r".{3}", r"[^,]+", r"(?:x|)"],
)
def test_prefilter_required_says_nothing_of_a_pattern_that_needs_no_word(pattern: str) -> None:
    assert _keys(pattern) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [("FRIDAY", "frid"), ("Nach 5", "nach"), ("fıve", "five"), ("İn 2", "in"), ("at 3", "\x00d")],
)
def test_prefilter_folds_the_text_as_re_ignores_case(text: str, word: str) -> None:
    assert word in prefilter.grams(prefilter.fold(text))


def _corpus_texts(name: str) -> set[str]:
    texts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)

    module = importlib.import_module(f"tests.extractor.{name}")
    for key, value in vars(module).items():
        if key.isupper():
            walk(value)
    return texts


_CORPORA = sorted(
    os.path.basename(f)[:-3]
    for f in glob.glob(os.path.join(os.path.dirname(__file__), "grounding_corpus*.py"))
)


@pytest.mark.parametrize("name", _CORPORA)
def test_prefilter_never_skips_a_rule_that_matches_a_corpus_example(name: str) -> None:
    for text in _corpus_texts(name):
        pieces = prefilter.grams(prefilter.fold(text))
        for r in atoms._RULES:
            if r.said is not None and any(map(pieces.isdisjoint, r.said)):
                assert r.pattern.search(text) is None, (r.name, text)
