"""What the interpretation step produces, and the interface every interpreter meets.

The grounding layer finds *candidates* (time mentions, resource mentions, durations)
with their spans. An interpreter reads the message and the candidates and labels each
one: what it is to the booking (require / prefer / exclude, hard / soft), whether a
later phrase retracts it, what it modifies. Two interpreters meet this interface: the
explicit cue rules (`slotwise.extractor.cues`) and the trained intent model
(`slotwise.extractor.model`). `Interpretation` is the pydantic schema the model's
output is decoded under, so a decoded output is always a valid instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

CandidateType = Literal["time", "resource", "duration"]


@dataclass(frozen=True)
class Candidate:
    """Something the grounding layer found in the message; the interpreter labels it."""

    index: int  # position in the candidate list, 0-based; labels refer to it
    type: CandidateType
    text: str  # exactly message[span[0]:span[1]]
    span: tuple[int, int]
    rule: str  # the grounding rule (or resource matcher) that found it
    negated: bool = False  # the grounding layer saw a negation cue ("not Monday")
    bound: str | None = None  # "before" / "after" from the grounding layer
    resource_id: str | None = None  # for type "resource": the id it names, None for "anyone"
    # Grounding facts (typed; the interpreter may read them, nothing re-reads the text):
    mention_type: str | None = None  # "date", "time", "datetime", "set", "duration", ...
    grain: str | None = None  # of the best reading: "day", "hour", "minute", ...
    approx: bool = False  # "around 7", "4ish"
    has_date: bool = False  # names a day (not only a clock time or part of day)
    linked: int | None = None  # the candidate grounding saw it narrow ("Wed ..., after 2")
    coordinated: bool = False  # joined to the previous candidate by "or" / "," / "and"


class CandidateLabel(BaseModel):
    """The interpreter's decision about one candidate."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["require", "prefer", "exclude", "context"]
    strength: Literal["hard", "soft"]
    retracted: bool = False
    modifies: int | None = Field(
        default=None, ge=0, description="index of the candidate it narrows"
    )
    choice: Literal[1, 2] | None = Field(
        default=None, description="1: the first of ordered options, 2: the fallback"
    )


class Interpretation(BaseModel):
    """The intent and one label per candidate, in candidate order."""

    model_config = ConfigDict(extra="forbid")

    intent: Literal["book", "reschedule", "cancel", "availability", "other"]
    labels: list[CandidateLabel]


@dataclass
class Interpreted:
    """An `Interpretation` plus what the interpreter knows of its own certainty."""

    interpretation: Interpretation
    intent_confidence: float
    interpreter: str  # "rules" or the model's name
    detail: dict[str, Any] = field(default_factory=dict)  # token confidences, raw output, cues
    # per label: the interpreter's probability of its kind, strength and retraction
    # together (None when the interpreter has no such number, as the cue rules)
    label_confidence: list[float] | None = None


class Interpreter(Protocol):
    """Anything that labels candidates: the cue rules, the trained model, a larger LLM."""

    name: str

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted: ...


class ContextInterpreter(Interpreter, Protocol):
    """An interpreter trained to read a conversation's state beside the turn
    (`reads_context` true in its config; the shipped r16 is, r14 was not):
    `slotwise.reader_state`."""

    reads_context: bool

    def interpret(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Interpreted: ...


def with_choices(labels: list[CandidateLabel], weights: list[float]) -> list[CandidateLabel]:
    """Labels whose first choice is marked (`choice=1`) where a weight says so: how the
    baseline interpreters, which weigh a fallback's first choice 2.0, say it in the schema."""
    return [
        lab.model_copy(update={"choice": 1}) if w > 1.0 and lab.kind == "prefer" else lab
        for lab, w in zip(labels, weights, strict=True)
    ]
