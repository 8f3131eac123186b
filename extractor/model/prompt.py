"""The prompt and target format of a causal-LM interpreter, one place for both.

    prompt = format_prompt(message, candidates)   # task, worked examples, message, candidates
    target = format_target(interpretation)        # the JSON that follows, as the grammar spells it

The prompt ends where the JSON starts (``JSON:`` and a newline). `CausalLMInterpreter`
decodes from exactly this prompt; a fine-tuned model is trained on
``format_prompt(message, candidates, examples=())`` + ``format_target(gold)`` pairs
(and decoded with ``examples=()``), so training and inference see the same text.
Candidates are numbered in their order, with their type and their text as a JSON string;
the message is a JSON string too, so a conversation's newlines keep the layout.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    CandidateType,
    Interpretation,
)

__all__ = ["EXAMPLES", "Example", "format_prompt", "format_target", "prompt_block", "prompt_head"]

_TASK = """\
Label the candidates found in a booking message. Answer with one line of JSON.
intent: book, reschedule, cancel, availability or other.
labels: one per candidate, in order. kind: require, prefer or exclude. strength: hard \
or soft. retracted: true when a later phrase takes it back. modifies: the index of the \
candidate it narrows, or null.
"""


@dataclass(frozen=True)
class Example:
    """A worked example shown before the message (few-shot)."""

    message: str
    candidates: tuple[tuple[CandidateType, str], ...]  # (type, text) in index order
    answer: Interpretation


def _label(
    kind: str, strength: str, retracted: bool = False, modifies: int | None = None
) -> CandidateLabel:
    return CandidateLabel(kind=kind, strength=strength, retracted=retracted, modifies=modifies)


EXAMPLES: tuple[Example, ...] = (
    Example(
        "Could I see Dr. Smith on Thursday, ideally after 2pm?",
        (("resource", "Dr. Smith"), ("time", "Thursday"), ("time", "after 2pm")),
        Interpretation(
            intent="book",
            labels=[
                _label("require", "hard"),
                _label("require", "hard"),
                _label("prefer", "soft", modifies=1),
            ],
        ),
    ),
    Example(
        "Please move my cleaning to Monday morning, not Friday.",
        (("time", "Monday morning"), ("time", "Friday")),
        Interpretation(
            intent="reschedule", labels=[_label("require", "hard"), _label("exclude", "hard")]
        ),
    ),
    Example(
        "Tuesday works for an hour, actually no, make it Wednesday",
        (("time", "Tuesday"), ("duration", "an hour"), ("time", "Wednesday")),
        Interpretation(
            intent="book",
            labels=[
                _label("require", "hard", retracted=True),
                _label("require", "hard"),
                _label("require", "hard"),
            ],
        ),
    ),
)


def prompt_block(message: str, items: Sequence[tuple[str, str]]) -> str:
    lines = [f"Message: {json.dumps(message, ensure_ascii=False)}", "Candidates:"]
    lines += [
        f"{i} {kind} {json.dumps(text, ensure_ascii=False)}" for i, (kind, text) in enumerate(items)
    ]
    if not items:
        lines.append("(none)")
    return "\n".join([*lines, "JSON:"]) + "\n"


def prompt_head(examples: Sequence[Example] = EXAMPLES) -> str:
    """The part of every prompt before the message: the task and the worked examples."""
    blocks = [
        prompt_block(ex.message, ex.candidates) + format_target(ex.answer) + "\n" for ex in examples
    ]
    return "\n".join([_TASK, *blocks]) + "\n"


def format_prompt(
    message: str, candidates: Sequence[Candidate], *, examples: Sequence[Example] = EXAMPLES
) -> str:
    """The prompt: the task, the worked examples, the message and its numbered
    candidates; it ends where the JSON starts (after ``JSON:`` and a newline)."""
    return prompt_head(examples) + prompt_block(message, [(c.type, c.text) for c in candidates])


def format_target(interpretation: Interpretation) -> str:
    """The JSON that follows the prompt: the grammar's own spelling (no whitespace, every
    key), so a model trained on it is never pushed off the grammar."""
    return interpretation.model_dump_json()
