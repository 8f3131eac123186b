"""How often an epoch shows each writer's message and conversation turn (reader.train)."""

from __future__ import annotations

from slotwise.extractor.reader.train import epoch_examples, in_dev


def _rows(prefix: str, n: int) -> list[dict]:
    return [{"message": f"{prefix} message number {i}"} for i in range(n)]


def test_an_epoch_repeats_turns_as_often_as_asked() -> None:
    messages, turns, public = _rows("msg", 40), _rows("turn", 30), _rows("pub", 5)
    train = epoch_examples(messages, turns, public, writer_repeat=2, conversation_repeat=3)
    kept_turns = [r for r in turns if not in_dev(r["message"])]
    kept_messages = [r for r in messages if not in_dev(r["message"])]
    assert kept_turns and kept_messages
    for r in kept_turns:
        assert sum(x is r for x in train) == 3
    for r in kept_messages:
        assert sum(x is r for x in train) == 2
    assert all(sum(x is r for x in train) == 1 for r in public)
    assert not any(in_dev(x["message"]) for x in train if x not in public)


def test_without_a_conversation_repeat_the_epoch_is_the_earlier_order() -> None:
    messages, turns, public = _rows("msg", 20), _rows("turn", 10), _rows("pub", 3)
    train = epoch_examples(messages, turns, public, writer_repeat=2)
    seen = [r for r in messages + turns if not in_dev(r["message"])]
    assert train == seen + seen + public
