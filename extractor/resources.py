"""Resource mentions: the providers, rooms or people a message names.

A resource is found by its `name` ("Dr. Smith"), by the name without its title
("Smith", "dr smith"), or by its id ("dr-smith"). "Anyone", "whoever is free" and
"doesn't matter who" are mentions too, with no resource: they tell the trace that the
choice was left to the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_TITLES = r"(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|nurse|dentist|therapist)\.?"
_ANYONE = re.compile(
    r"\b(?:any(?:one|body)(?:\s+(?:who(?:'s| is)?\s+)?(?:free|available))?"
    r"|who(?:ever|mever)(?:'s|\s+is)?(?:\s+(?:free|available|first))?"
    r"|(?:it\s+)?does(?:n'?t| not)\s+matter\s+who"
    r"|any\s+(?:doctor|provider|dentist|therapist|stylist|room|one\s+of\s+them)"
    r"|no\s+preference(?:\s+(?:on|for)\s+(?:who|the\s+doctor|provider))?"
    r"|first\s+available)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ResourceMention:
    text: str
    span: tuple[int, int]
    resource_id: str | None  # None: "anyone", the choice is left to the engine
    rule: str


def _name_patterns(resource_id: str, name: str | None) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    if name:
        words = [w for w in re.split(r"[\s.]+", name.strip()) if w]
        core = [w for w in words if not re.fullmatch(_TITLES, w, re.IGNORECASE)]
        if core:
            full = r"[\s.]*".join(re.escape(w) for w in core)
            out.append(
                ("resource.name", re.compile(rf"\b(?:{_TITLES}\s*)?{full}\b", re.IGNORECASE))
            )
            if len(core) > 1:  # "Dr. Anna Smith" is also "Dr. Smith" and "Anna"
                last = re.escape(core[-1])
                out.append(
                    ("resource.surname", re.compile(rf"\b(?:{_TITLES}\s*)?{last}\b", re.IGNORECASE))
                )
    rid = re.escape(resource_id).replace(r"\-", r"[\s-]?")
    out.append(("resource.id", re.compile(rf"(?<![\w-]){rid}(?![\w-])", re.IGNORECASE)))
    return out


def find_resources(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[ResourceMention]:
    """Mentions of the given ``(id, name)`` resources and of "anyone", in text order.

    Overlapping matches keep the longest; a name shared by two resources ("Smith" for
    two Smiths) is kept once per resource, so the ambiguity reaches the interpreter.
    """
    found: list[ResourceMention] = []
    for rid, name in resources:
        for rule, pattern in _name_patterns(rid, name):
            for m in pattern.finditer(message):
                found.append(ResourceMention(m.group(0), (m.start(), m.end()), rid, rule))
    for m in _ANYONE.finditer(message):
        found.append(ResourceMention(m.group(0), (m.start(), m.end()), None, "resource.anyone"))
    found.sort(key=lambda f: (f.span[0], -(f.span[1] - f.span[0])))
    kept: list[ResourceMention] = []
    for f in found:
        clash = [k for k in kept if k.span[0] < f.span[1] and f.span[0] < k.span[1]]
        if not clash or all(k.span == f.span and k.resource_id != f.resource_id for k in clash):
            kept.append(f)
    return kept
