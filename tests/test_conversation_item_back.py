"""What a turn is about when its asking sentence names its thing only as "they" / "those"
(`conversation_items.item_span`): the span reaches back to the sentence that names it."""

import pytest

from slotwise.conversation_items import item_span


def _asks_questions(sentence: str) -> float:
    """A stand-in for the reader's score: questions ask more than statements."""
    return 0.9 if sentence.rstrip().endswith("?") else 0.1


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Hi, I ordered the Horizon progressive lenses last week. How much will they cost?",
            "Hi, I ordered the Horizon progressive lenses last week. How much will they cost",
        ),
        (
            "I picked up the blue frames on Monday. Are those covered by the warranty?",
            "I picked up the blue frames on Monday. Are those covered by the warranty",
        ),
        (
            "My son left his winter coat in the studio. Could you keep it until Friday?",
            "My son left his winter coat in the studio. Could you keep it until Friday",
        ),
    ],
)
def test_item_span_reaches_back_to_the_thing_named(message: str, expected: str) -> None:
    a, b = item_span(message, [], _asks_questions)
    assert message[a:b] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Hi, I have two questions. First, do you review lease agreements?",
            "First, do you review lease agreements",
        ),
        ("Good morning there. How much is a deep cleaning?", "How much is a deep cleaning"),
    ],
)
def test_item_span_keeps_a_question_that_names_its_thing(message: str, expected: str) -> None:
    a, b = item_span(message, [], _asks_questions)
    assert message[a:b] == expected
