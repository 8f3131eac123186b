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
    extra: dict[str, Any] = field(default_factory=dict)


class CandidateLabel(BaseModel):
    """The interpreter's decision about one candidate."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["require", "prefer", "exclude"]
    strength: Literal["hard", "soft"]
    retracted: bool = False
    modifies: int | None = Field(
        default=None, ge=0, description="index of the candidate it narrows"
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


class Interpreter(Protocol):
    """Anything that labels candidates: the cue rules, the trained model, a larger LLM."""

    name: str

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted: ...
