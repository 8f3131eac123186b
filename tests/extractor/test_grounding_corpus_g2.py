"""The G2 corpus (clock phrasing, approximations, extremes, parts of the day) is the test."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g2 as g2
from tests.extractor.grounding_corpus import Group
from tests.extractor.grounding_corpus_texting import TUE
from tests.extractor.test_grounding_corpus import check

CASES = [(g, text) for g in g2.CORPUS for text in g.texts]


@pytest.mark.parametrize("case", CASES, ids=[f"{g.name}::{t}" for g, t in CASES])
def test_grounding_corpus_g2_example(case: tuple[Group, str]) -> None:
    g, text = case
    check(g, text)


@pytest.mark.parametrize("case", g2.MESSAGES, ids=[m for m, _ in g2.MESSAGES])
def test_grounding_corpus_g2_message_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    got = tuple(m.text for m in ground(text, TUE, "America/New_York"))
    assert got == want


@pytest.mark.parametrize("text", g2.NEGATIVE)
def test_grounding_corpus_g2_negative(text: str) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    found = ground(text, now, "America/New_York")
    assert found == [], [(m.text, m.rule) for m in found]


def test_grounding_corpus_g2_names_unique() -> None:
    from tests.extractor.grounding_corpus import CORPUS
    from tests.extractor.grounding_corpus_texting import CORPUS as TEXTING

    names = [g.name for g in (*CORPUS, *TEXTING, *g2.CORPUS)]
    assert len(names) == len(set(names))
