"""Support routing's contract: the caller's `Taxonomy` and the `RouteResult`.

The taxonomy is the truth: categories with a description and one to hundreds of
examples, urgency levels lowest first, and optionally a category with the id
``out_of_scope`` that receives what fits nothing (it alone may come without examples).
A bad taxonomy is a `RequestError` whose code says what is wrong and whose field is
the JSON path of it (``categories[2].examples``)::

    empty_examples      a category with no examples
    empty_description   a category whose description is missing or blank
    duplicate_id        two categories (or two urgency levels) with one id
    empty_urgency       an urgency list with no levels
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

MAX_CATEGORIES = 500
MAX_EXAMPLES = 1000  # per category
MAX_EXAMPLE_CHARS = 2000
MAX_ROUTE_CHARS = 4000
OUT_OF_SCOPE = "out_of_scope"
# When a taxonomy gives no urgency list: this scale, with the default cues (routing docs).
DEFAULT_URGENCY = ("low", "normal", "high", "urgent")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,127}$"


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Category(_Input):
    """One place a message can go. `examples` are messages that belong here."""

    id: str = Field(pattern=ID_PATTERN)
    description: str = Field(default="", max_length=MAX_EXAMPLE_CHARS)
    examples: list[str] = Field(default=[], max_length=MAX_EXAMPLES)

    @field_validator("examples")
    @classmethod
    def _texts(cls, value: list[str]) -> list[str]:
        for n, text in enumerate(value):
            if not text.strip():
                raise PydanticCustomError(
                    "invalid_value", "example {n} is blank", {"n": n, "field": f"[{n}]"}
                )
            if len(text) > MAX_EXAMPLE_CHARS:
                raise PydanticCustomError(
                    "text_too_long",
                    "example {n} is longer than {cap} characters",
                    {"n": n, "cap": MAX_EXAMPLE_CHARS},
                )
        return value

    @model_validator(mode="after")
    def _complete(self) -> Category:
        if not self.description.strip():
            raise PydanticCustomError(
                "empty_description",
                "category '{id}' has no description; say in a sentence what belongs here",
                {"id": self.id, "field": "description"},
            )
        if not self.examples and self.id != OUT_OF_SCOPE:
            raise PydanticCustomError(
                "empty_examples",
                "category '{id}' has no examples; give at least one message that belongs here",
                {"id": self.id, "field": "examples"},
            )
        return self


class UrgencyLevel(_Input):
    """A level of the urgency scale, with optional cue phrases that mark it (a level
    given as a bare string has none: the default cues for its place in the scale)."""

    level: str = Field(pattern=ID_PATTERN)
    description: str = Field(default="", max_length=MAX_EXAMPLE_CHARS)
    examples: list[str] = Field(default=[], max_length=MAX_EXAMPLES)


class Taxonomy(_Input):
    """What the caller routes into: categories, and urgency levels lowest first."""

    categories: list[Category] = Field(min_length=2, max_length=MAX_CATEGORIES)
    urgency: list[UrgencyLevel] = Field(
        default_factory=lambda: [UrgencyLevel(level=x) for x in DEFAULT_URGENCY]
    )

    @field_validator("urgency", mode="before")
    @classmethod
    def _levels(cls, value: Any) -> Any:
        if isinstance(value, list):
            if not value:
                raise PydanticCustomError(
                    "empty_urgency",
                    "the urgency list is empty; name the levels lowest first, or leave it "
                    "out for the default scale (low, normal, high, urgent)",
                )
            return [{"level": x} if isinstance(x, str) else x for x in value]
        return value

    @model_validator(mode="after")
    def _unique(self) -> Taxonomy:
        for name, key, ids in (
            ("categories", "id", [c.id for c in self.categories]),
            ("urgency", "level", [u.level for u in self.urgency]),
        ):
            seen: set[str] = set()
            for n, x in enumerate(ids):
                if x in seen:
                    raise PydanticCustomError(
                        "duplicate_id",
                        "'{id}' appears twice in {name}",
                        {"id": x, "name": name, "field": f"{name}[{n}].{key}"},
                    )
                seen.add(x)
        if all(c.id == OUT_OF_SCOPE for c in self.categories):  # pragma: no cover - 2+ ids
            raise PydanticCustomError("invalid_value", "no category to route to")
        return self

    @property
    def category_ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def fingerprint(self) -> str:
        """A hash of everything routing learns from: equal taxonomies share a router."""
        body = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


class RouteRequest(_Input):
    """`POST /v1/route`: a text and a taxonomy, inline or stored (`taxonomy_id`)."""

    text: str = Field(max_length=MAX_ROUTE_CHARS)
    taxonomy: Taxonomy | None = None
    taxonomy_id: str | None = Field(default=None, pattern=ID_PATTERN)

    @model_validator(mode="after")
    def _one_taxonomy(self) -> RouteRequest:
        if (self.taxonomy is None) == (self.taxonomy_id is None):
            raise PydanticCustomError(
                "conflicting_fields" if self.taxonomy is not None else "missing_field",
                "give exactly one of 'taxonomy' and 'taxonomy_id'",
                {"field": "taxonomy"},
            )
        return self


class _Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Scored(_Output):
    id: str
    confidence: float = Field(ge=0, le=1)


class Urgency(_Output):
    level: str
    confidence: float = Field(ge=0, le=1)


class Evidence(_Output):
    """A phrase of the message that led to a category: `text == message[span[0]:span[1]]`."""

    text: str
    span: tuple[int, int]
    supports: str
    why: str
    similarity: float
    """Cosine similarity of the phrase to the closest example of `supports`."""


class RouteResult(_Output):
    category: Scored
    ranking: list[Scored]
    """Every category, best first; confidences sum to 1 and are calibrated."""
    ambiguous: bool
    """Two categories are both fair readings: `category` and `runner_up`."""
    runner_up: str | None = None
    """When ambiguous: the other fair reading (not always `ranking[1]`: one clause of
    the message may read as a category the whole message ranks lower)."""
    urgency: Urgency
    interpretation: list[Evidence] = []
    out_of_scope: bool = False
    """True when the message fits no category: routed to `out_of_scope` if the
    taxonomy has one, else to the best category with low confidence."""
    taxonomy: str = ""
    """The taxonomy's fingerprint: which learned router answered."""
