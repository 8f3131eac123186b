"""Relatives, pronouns and cancel words are spelled in grounding's lexicon
(`lexicon_people`, `lexicon_context.CANCEL_WORDS`); whom a booking is for
(`conversation_which`), the speaker in a list of people (`back_to_back`) and a visit
placed against another's (`placed_against`) all read them there."""

from __future__ import annotations

import pytest
from slotwise.extractor.back_to_back import visits_counted
from slotwise.extractor.cues import _INTENTS
from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.placed_against import placed_against

from slotwise.conversation_which import _CANCELS, whom, whom_named

_PLACED_PRONOUNS = [
    *(w for w in lx.PRONOUNS if w not in lx.SUBJECT_PRONOUNS),
    *lx.PRONOUNS_MANY,
]


@pytest.mark.parametrize("word", sorted(lx.RELATIVES))
def test_conversation_which_relatives_are_the_lexicons(word: str) -> None:
    assert whom_named(f"cancel my {word}'s") == lx.RELATIVES[word]
    assert whom(f"booking for my {word} please") == lx.RELATIVES[word]


@pytest.mark.parametrize("word", sorted(lx.RELATIVES_MANY))
def test_conversation_which_several_relatives_are_someone(word: str) -> None:
    assert whom_named(f"cancel the {word}") == lx.SOMEONE


@pytest.mark.parametrize("word", sorted(lx.PRONOUNS))
def test_conversation_which_pronouns_are_the_lexicons(word: str) -> None:
    assert whom_named(f"cancel {word}") == lx.PRONOUNS[word]


@pytest.mark.parametrize("word", sorted(lx.RELATIVES))
def test_back_to_back_one_relative_is_the_lexicons(word: str) -> None:
    assert visits_counted(f"me and my {word}, back to back") == 2


@pytest.mark.parametrize("word", sorted(lx.RELATIVES_MANY))
def test_back_to_back_several_relatives_are_the_lexicons(word: str) -> None:
    said = lx.RELATIVES_MANY[word] or 3
    counted = f"me and my {word}" if lx.RELATIVES_MANY[word] else f"me and my 3 {word}"
    assert visits_counted(f"{counted}, back to back") == said + 1


@pytest.mark.parametrize("word", sorted(lx.RELATIVES_EN | lx.RELATIVES_MANY_EN))
def test_placed_against_english_relatives_are_the_lexicons(word: str) -> None:
    (fact,) = placed_against(f"can I come right after his {word}?")
    assert (fact.relation, fact.named, fact.named_sort) == ("after", f"his {word}", "person")


@pytest.mark.parametrize("word", sorted(lx.RELATIVES_ES | lx.RELATIVES_MANY_ES))
def test_placed_against_spanish_relatives_are_the_lexicons(word: str) -> None:
    (fact,) = placed_against(f"y yo justo después de su {word}")
    assert (fact.relation, fact.named, fact.named_sort) == ("after", f"su {word}", "person")


@pytest.mark.parametrize("word", [*_PLACED_PRONOUNS, *lx.PRONOUNS_ES])
def test_placed_against_pronouns_are_the_lexicons(word: str) -> None:
    (fact,) = placed_against(f"ok then right after {word}")
    assert (fact.relation, fact.named, fact.named_sort) == ("after", word, "person")


@pytest.mark.parametrize("word", sorted(lx.SUBJECT_PRONOUNS))
def test_placed_against_subject_pronoun_names_no_booking(word: str) -> None:
    assert placed_against(f"right after {word} finishes") == []


@pytest.mark.parametrize("said", ["cancel it", "Cancelled!", "call off the 3pm", "CALL  OFF"])
def test_lexicon_cancel_words_read_by_cues_and_session(said: str) -> None:
    cancel = next(rx for intent, rx, _ in _INTENTS if intent == "cancel")
    assert cancel.search(said) and _CANCELS.search(said)


@pytest.mark.parametrize("said", ["scrap the nails", "nvm the consult", "never mind the 2nd"])
def test_lexicon_drop_words_read_by_the_session_only(said: str) -> None:
    cancel = next(rx for intent, rx, _ in _INTENTS if intent == "cancel")
    assert _CANCELS.search(said) and not cancel.search(said)
