"""The cue-rule interpreter: explicit phrases decide what each candidate is.

This is the baseline the intent model must beat, and the fallback when no model is
loaded. Each decision names the cue that made it, so the trace can say why.

- negation the grounding layer saw ("not Monday", "except Friday") -> exclude, hard
- inability in the same clause ("I can't do", "I have meetings", "is out") -> exclude, hard
- a hedge near the candidate ("maybe", "ideally", "if possible") -> prefer, soft
- a firm cue ("it has to be", "only", "must") -> require, hard
- a fallback ("otherwise X", "if not, X") -> both soft, the first weighted higher
- a retraction ("actually", "no wait", "scratch that") before a later candidate of the
  same sort -> the earlier one is retracted; followed by inability -> it is excluded
- otherwise a plain mention -> require, hard
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    Interpretation,
    Interpreted,
    with_choices,
)


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


HEDGE = _rx(
    r"maybe",
    r"perhaps",
    r"possibly",
    r"ideally",
    r"preferably",
    r"prefer(?:ably|red)?",
    r"would (?:be|work) (?:great|nice|good|ideal|best|perfect|lovely)",
    r"if possible",
    r"if you can",
    r"if you have",
    r"if (?:there'?s|there is) (?:room|space|anything)",
    r"i'?d (?:like|love|rather)",
    r"would like",
    r"would love",
    r"hopefully",
    r"i guess",
    r"might",
    r"could (?:work|do)",
    r"better",
    r"best for me",
    r"works best",
    r"not (?:a )?(?:big deal|must)",
    r"nice to have",
    r"if it'?s? (?:possible|available|free)",
    r"open to",
    r"flexible",
    r"either way",
    r"ish",
    r"or so",
    r"roughly",
    r"kind of",
    r"sort of",
    r"probably",
    r"would suit",
    r"suits? me best",
    r"if that works",
)
FIRM = _rx(
    r"has to be",
    r"have to be",
    r"needs? to be",
    r"must(?: be)?",
    r"only",
    r"nothing else",
    r"no other",
    r"at the latest",
    r"no later than",
    r"absolutely",
    r"definitely",
    r"sharp",
    r"strictly",
    r"without fail",
    r"it'?s the only",
    r"can only",
    r"only (?:time|day|option)",
    r"non-?negotiable",
    r"i need it",
)
INABILITY = _rx(
    r"can'?t",
    r"cannot",
    r"can not",
    r"won'?t work",
    r"doesn'?t work",
    r"don'?t work",
    r"not (?:available|free|good|possible|an option|great|ideal)",
    r"unavailable",
    r"busy",
    r"booked",
    r"(?:have|got) (?:a |an |my |some )?(?:meetings?|appointments?|class(?:es)?|"
    r"work|shifts?|plans|a conflict|conflicts|school run|commitments?)",
    r"out of (?:town|office|the office)",
    r"away",
    r"i'?m (?:off|out|traveling|travelling)",
    r"no good",
    r"is (?:out|bad|full|taken)",
    r"are (?:out|bad|full|taken)",
    r"bad for me",
    r"impossible",
    r"not going to work",
    r"isn'?t (?:good|possible|going to work)",
    r"conflicts?",
    r"tied up",
    r"swamped",
    r"won'?t be (?:around|available|able)",
    r"unable",
    r"no way",
)
DISTRACTOR = re.compile(
    r"\b(?:my|our|his|her|their|the kids'?|a|an)\s+(?:[\w']+\s+){0,2}?"
    r"(?:recital|meeting|class|game|practice|flight|appointment|shift|lecture|exam|party|"
    r"wedding|call|interview|rehearsal|trip|work|lesson|pickup|dinner|lunch)s?\b"
    r"\s*(?:is|are|was|on|at|starts?|ends?|runs?|till|until|from)?\s*(?:on|at)?\s*$",
    re.IGNORECASE,
)
RETRACTION = _rx(*lx.RETRACTION_CUES)
INSTEAD_OF = _rx(r"instead of", r"rather than", r"in place of", r"not on")
FALLBACK = _rx(
    lx.FALLBACK,
    r"if that doesn'?t work",
    r"as a (?:backup|fallback|second choice)",
    r"second choice",
    r"if that'?s (?:full|taken|not possible)",
    r"or if",
    r"if (?:there'?s|there is) nothing",
    r"if nothing'?s? (?:is )?(?:free|available|open|left)",
    r"if (?:that|it|she|he|they)(?:'?s| is|'re| are) (?:not (?:on|available|doable|free|possible)|full|booked|gone|taken|busy)",
    r"if (?:that|it) (?:isn'?t|is not|doesn'?t|does not) (?:on|available|doable|free|work|possible)",
    r"if (?:that|it) can'?t be done",
    r"(?:plan|option) b",
)
OLD_SLOT_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:appointment|appt|booking|slot|session|reservation|visit|one|class)\b",
    re.IGNORECASE,
)
OLD_SLOT_BEFORE = re.compile(
    r"\b(?:from|(?:booked|scheduled|set)\s+(?:for|on|at)|currently(?:\s+\w+)?\s+(?:on|at))\s*$",
    re.IGNORECASE,
)
NEGATE_RESOURCE = _rx(
    r"not",
    r"anyone but",
    r"anybody but",
    r"except",
    r"no",
    r"don'?t want",
    r"rather not",
    r"avoid",
    r"other than",
    r"besides",
)
_CLAUSE_BREAK = re.compile(
    rf"[.!?;\n]|,|\b(?:but|so|though|although|however|{lx.FALLBACK_CONJUNCTION}|because|since|"
    r"and then)\b",
    re.IGNORECASE,
)

IntentName = Literal["book", "reschedule", "cancel", "availability", "other"]

_INTENTS: list[tuple[IntentName, re.Pattern[str], float]] = [
    (
        "cancel",
        _rx(*lx.CANCEL_WORDS, r"won'?t (?:be )?(?:mak|com)ing", r"can'?t make it"),
        0.85,
    ),
    (
        "reschedule",
        _rx(
            r"reschedul\w*",
            r"re-?book",
            r"move (?:my|the|our|it)",
            r"push (?:my|the|it)",
            r"change (?:my|the|our) (?:appointment|booking|reservation|time)",
            r"bring (?:it|my \w+) forward",
            r"postpone",
            r"switch (?:my|the)",
        ),
        0.85,
    ),
    (
        "availability",
        _rx(
            r"do you have (?:any )?(?:availability|openings|slots|times|space)",
            r"what (?:times|days|slots)",
            r"when (?:are you|is (?:s?he|the doctor)) (?:free|available|open)",
            r"any (?:availability|openings|slots)",
            r"are you open",
            r"is there any",
            r"what'?s (?:available|free|open)",
            r"availability",
        ),
        0.75,
    ),
    (
        "book",
        _rx(
            r"book\w*",
            r"appointment",
            r"see (?:dr|doctor|the)",
            r"schedule",
            r"reserv\w*",
            r"table for",
            r"come in",
            r"get in",
            r"sign (?:me )?up",
            r"set up",
            r"visit",
            r"slot",
            r"need to see",
            r"want to see",
            r"i'?d like",
            r"can i",
            r"could i",
        ),
        0.8,
    ),
]


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int


def _clauses(message: str) -> list[_Clause]:
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(message):
        cuts.extend([m.start(), m.end()])
    cuts.append(len(message))
    out = [_Clause(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]
    return out or [_Clause(0, len(message))]


def _clause_of(clauses: list[_Clause], pos: int) -> _Clause:
    for c in clauses:
        if c.start <= pos < c.end:
            return c
    return clauses[-1]


def _sort(c: Candidate) -> str:
    """Which candidates can replace each other: days with days, clock times with times."""
    grain = c.grain or ""
    if c.type != "time":
        return c.type
    return "clock" if grain in {"minute", "hour"} and not c.has_date else "day"


class CueRules:
    """The explicit-cue interpreter (`Interpreter` protocol)."""

    name = "rules"

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted:
        clauses = _clauses(message)
        intent, confidence, intent_cue = self._intent(message, candidates)
        labels: list[CandidateLabel] = []
        weights = [1.0] * len(candidates)  # a fallback's first choice gets more, below
        why: list[str] = []
        for cand in candidates:
            label, reason = self._label(message, clauses, cand, intent)
            labels.append(label)
            why.append(reason)
        self._retractions(message, candidates, labels, why)
        self._fallbacks(message, candidates, labels, weights, why)
        labels = with_choices(labels, weights)
        return Interpreted(
            interpretation=Interpretation(intent=intent, labels=labels),
            intent_confidence=confidence,
            interpreter=self.name,
            detail={"cues": why, "weights": weights, "intent_cue": intent_cue},
        )

    def _label(
        self, message: str, clauses: list[_Clause], c: Candidate, intent: str
    ) -> tuple[CandidateLabel, str]:
        clause = _clause_of(clauses, c.span[0])
        left = message[max(clause.start, c.span[0] - 60) : c.span[0]]
        right = message[c.span[1] : min(clause.end, c.span[1] + 40)]
        near = left + " " + right
        modifies = c.linked
        if c.type == "resource":
            if NEGATE_RESOURCE.search(message[max(0, c.span[0] - 25) : c.span[0]]):
                return CandidateLabel(kind="exclude", strength="hard"), "negated resource"
            if HEDGE.search(near):
                return CandidateLabel(kind="prefer", strength="soft"), "hedge"
            return CandidateLabel(kind="require", strength="hard"), "named resource"
        if c.type == "duration":
            return CandidateLabel(kind="require", strength="hard"), "duration"
        if intent in {"reschedule", "cancel"} and (
            OLD_SLOT_AFTER.match(message[c.span[1] :]) or OLD_SLOT_BEFORE.search(left)
        ):
            return CandidateLabel(kind="exclude", strength="hard"), "the booking being moved"
        if c.negated:
            return (
                CandidateLabel(kind="exclude", strength="hard", modifies=modifies),
                "negation",
            )
        if INSTEAD_OF.search(left[-20:]):
            return (
                CandidateLabel(kind="exclude", strength="soft", modifies=modifies),
                "instead of",
            )
        if DISTRACTOR.search(left):
            return (
                CandidateLabel(kind="exclude", strength="hard", modifies=modifies),
                "the user's own event",
            )
        if INABILITY.search(near):
            return (
                CandidateLabel(kind="exclude", strength="hard", modifies=modifies),
                "inability",
            )
        if FIRM.search(near):
            return (
                CandidateLabel(kind="require", strength="hard", modifies=modifies),
                "firm cue",
            )
        if HEDGE.search(near) or c.text.lower().endswith("ish"):
            return CandidateLabel(kind="prefer", strength="soft", modifies=modifies), "hedge"
        return (
            CandidateLabel(kind="require", strength="hard", modifies=modifies),
            "plain mention",
        )

    def _retractions(
        self, message: str, cands: list[Candidate], labels: list[CandidateLabel], why: list[str]
    ) -> None:
        for m in RETRACTION.finditer(message):
            before = [i for i, c in enumerate(cands) if c.span[1] <= m.start() and c.type == "time"]
            after = [i for i, c in enumerate(cands) if c.span[0] >= m.end() and c.type == "time"]
            if not before:
                continue
            tail = message[m.end() : cands[after[0]].span[0] if after else len(message)]
            last = before[-1]
            if INABILITY.search(tail) or (not after and INABILITY.search(message[m.end() :])):
                labels[last] = CandidateLabel(kind="exclude", strength="hard")
                why[last] = f"retracted by {m.group(0)!r}, then inability"
                continue
            if not after:
                continue
            sort = _sort(cands[after[0]])
            narrows = cands[after[0]].linked
            for i in reversed(before):
                if labels[i].retracted or labels[i].kind == "exclude":
                    continue
                # "Tuesday at 10, no wait, 10:30": 10:30 narrows Tuesday and replaces it
                if _sort(cands[i]) == sort or narrows == i:
                    labels[i] = labels[i].model_copy(update={"retracted": True})
                    why[i] = f"retracted by {m.group(0)!r}"
                    break

    def _fallbacks(
        self,
        message: str,
        cands: list[Candidate],
        labels: list[CandidateLabel],
        weights: list[float],
        why: list[str],
    ) -> None:
        for m in FALLBACK.finditer(message):
            before = [
                i
                for i, c in enumerate(cands)
                if c.span[1] <= m.start()
                and c.type == "time"
                and labels[i].kind != "exclude"
                and not labels[i].retracted
            ]
            after = [
                i
                for i, c in enumerate(cands)
                if c.span[0] >= m.end()
                and c.type == "time"
                and labels[i].kind != "exclude"
                and not labels[i].retracted
            ]
            if not before or not after:
                continue
            for i in before:
                labels[i] = labels[i].model_copy(update={"kind": "prefer", "strength": "soft"})
                weights[i] = max(weights[i], 2.0)
                why[i] = f"first choice before {m.group(0)!r}"
            for i in after:
                labels[i] = labels[i].model_copy(update={"kind": "prefer", "strength": "soft"})
                why[i] = f"fallback after {m.group(0)!r}"

    def _intent(self, message: str, cands: list[Candidate]) -> tuple[IntentName, float, str | None]:
        for name, pattern, confidence in _INTENTS:
            m = pattern.search(message)
            if m:
                return name, confidence, m.group(0)
        if any(c.type == "time" for c in cands):
            return "book", 0.6, None
        return "other", 0.5, None
