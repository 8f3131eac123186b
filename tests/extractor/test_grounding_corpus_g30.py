"""The G30 corpus is the test: days and times said in Spanish, Quebec French, Tagalog and
Hindi inside English messages ("el martes después de las 5", "pas avant 10h", "bukas ng
hapon", "kal ya parso"), and the words that stay words ("hasta la vista", "Kal")."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g30 as g30
from tests.extractor.grounding_corpus import NY, REF

_ROWS = g30.SPANISH + g30.FRENCH + g30.TAGLISH + g30.HINGLISH


@pytest.mark.parametrize("case", _ROWS, ids=[f"{m}|{s}" for m, s, *_ in _ROWS])
def test_grounding_foreign_time_words_read_as_said(case: g30.Row) -> None:
    text, said, start, end, negated = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    lo, hi = m.reading.intervals[0]
    assert (lo.strftime("%Y-%m-%d %H:%M"), hi.strftime("%Y-%m-%d %H:%M")) == (start, end)
    assert m.negated == negated


def test_grounding_foreign_corpus_size() -> None:
    assert min(len(g30.SPANISH), len(g30.FRENCH), len(g30.TAGLISH)) >= 15


@pytest.mark.parametrize("text", g30.NEGATIVE)
def test_grounding_foreign_words_that_are_words_ground_nothing(text: str) -> None:
    assert [(m.text, m.rule) for m in ground(text, REF, NY)] == []


# "the earliest" and "the latest" wished in Spanish and French (`lexicon_cues.SOONEST`,
# `LATEST`): set aside as the English ones are.
WISHES: tuple[tuple[str, str, str], ...] = (
    ("filler touch up. el 23 o el 25, lo que esté primero", "lo que esté primero", "earliest_of"),
    (
        "Quiero la consulta, lo más pronto posible, pero no antes de las 12",
        "lo más pronto posible",
        "soonest",
    ),
    ("Necesito cita lo antes posible, me duele mucho", "lo antes posible", "soonest"),
    ("cuanto antes porfa, it hurts", "cuanto antes", "soonest"),
    ("le 4 ou le 11 décembre, ce qui vient en premier", "ce qui vient en premier", "earliest_of"),
    ("un rendez-vous le plus tôt possible svp", "le plus tôt possible", "soonest"),
    ("dès que possible, merci", "dès que possible", "soonest"),
    ("kahit sino na lang po, mas maaga mas ok", "mas maaga mas ok", "soonest"),
    (
        "Faudrait que ce soit le plus tard possible, après le travail",
        "le plus tard possible",
        "latest",
    ),
    ("el viernes, lo más tarde posible", "lo más tarde posible", "latest"),
)


@pytest.mark.parametrize("case", WISHES, ids=[t for t, _, _ in WISHES])
def test_grounding_foreign_earliest_and_latest_set_aside(case: tuple[str, str, str]) -> None:
    text, said, reason = case
    assert (said, reason) in {(u.text, u.reason) for u in unread(text)}
