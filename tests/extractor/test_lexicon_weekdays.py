"""The weekday spellings are written once, in one table per language
(`lexicon.WEEKDAYS_EN` .. `WEEKDAYS_IT`, `lexicon_romanised.WEEKDAYS_ID`, `WEEKDAYS_KO`); `WEEKDAYS` and `WEEKDAYS_SAID_WITH_DATE` are
built from them."""

from __future__ import annotations

from collections import Counter

from slotwise.extractor.grounding import lexicon as lx

_LANGUAGES = (
    lx.WEEKDAYS_EN,
    lx.WEEKDAYS_ES,
    lx.WEEKDAYS_DE,
    lx.WEEKDAYS_FR,
    lx.WEEKDAYS_TL,
    lx.WEEKDAYS_PT,
    lx.WEEKDAYS_NL,
    lx.WEEKDAYS_IT,
    lx.WEEKDAYS_ID,
    lx.WEEKDAYS_KO,
)


def test_lexicon_weekdays_each_spelling_written_once() -> None:
    said = Counter(w for lang in _LANGUAGES for day in lang for w in day)
    assert [w for w, n in said.items() if n > 1] == []
    assert all(len(lang) == 7 for lang in _LANGUAGES)


def test_lexicon_weekdays_joined_day_by_day_english_first() -> None:
    for i, names in enumerate(lx.WEEKDAYS):
        assert names[0] == lx.WEEKDAYS_EN[i][0]
        assert set(names) == {w for lang in _LANGUAGES for w in lang[i]}


def test_lexicon_weekdays_said_with_date_are_the_full_names() -> None:
    said = set(lx.WEEKDAYS_SAID_WITH_DATE)
    assert {"lunes", "sábado", "domingo", "sexta-feira", "mardi", "montag", "maandag"} <= said
    assert not said & set(lx.PT_ORDINAL_DAYS)  # "quinta 4": also an ordinal
    assert not said & {w for day in lx.WEEKDAYS_EN for w in day}  # "Monday 2" is 2pm
    assert len(said) == len(lx.WEEKDAYS_SAID_WITH_DATE)
