"""A generated corpus for what no public dataset labels: hedges, firm cues, retractions,
exclusions, fallbacks, distractor times, refinements, reschedules and cancellations.

Every example is built piece by piece, so each candidate's span is known exactly; the
model never sees the grounding layer's code. Templates are grouped into *phrasing
families* and every family has held-out templates (and cue words) that only the
`heldout` split uses, so the evaluation measures generalisation to phrasings the model
never saw.

Labelling conventions (also in docs/model_card_0.2.md):

- plain mention ("Tuesday at 3") and firm cue ("it has to be", "only") -> require, hard
- hedge ("maybe", "ideally", "if possible") -> prefer, soft
- exclusion ("not", "can't do", "except") -> exclude, hard; a hedged one ("I'd rather
  not") -> exclude, soft
- retraction ("no wait", "scratch that"): the withdrawn candidate keeps its kind and is
  `retracted`; when the user says they cannot do it, it is exclude, hard, `retracted`
- fallback ("A, otherwise B"): both prefer, soft (the first weighted higher downstream)
- the user's own event ("my recital is Tuesday evening") -> exclude, hard
- reschedule: the old slot -> exclude, hard, retracted; the new one as phrased
- cancel: the slot being cancelled -> exclude, hard, retracted
- "whoever is free" -> prefer, soft; a named resource -> require, hard
- a time-of-day or bound that narrows an earlier day in the same clause `modifies` it
- "not after 3pm" with the negation inside the span: the bound is flipped by grounding,
  so -> require, hard (the contract's example)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

# The generator's tables live in modules of their own and are re-exported here:
# generator_expressions (times, providers, lengths), generator_families (time-clause
# phrasing families and labels), generator_templates (the rest of a message),
# generator_noise (SMS spellings, typos).
from slotwise.extractor.model.data.generator_expressions import (  # noqa: F401
    ANYONE,
    DAY_ABBR,
    DAYS,
    FIRST_NAMES,
    GIVEN,
    MONTHS,
    PARTS,
    _bound,
    _clock,
    _day,
    _part,
    duration_expr,
    resource_expr,
    time_expr,
)
from slotwise.extractor.model.data.generator_families import (  # noqa: F401
    _FAMILY,
    EXC,
    EXCS,
    FAMILIES,
    GONE,
    PREF,
    REQ,
    RETR,
    RETR_P,
    Family,
    L,
)
from slotwise.extractor.model.data.generator_noise import noise_text
from slotwise.extractor.model.data.generator_templates import (
    ASIDES,
    ASK_TO_BOOK,
    CANCEL,
    CANCEL_NO_TIME,
    CLOSERS,
    DURATION_CLAUSES,
    JOINERS,
    OPENERS,
    OTHER,
    OTHER_PAST,
    OTHER_RESOURCE,
    OTHER_TIME,
    RESCHEDULE,
    RESCHEDULE_NO_NEW,
    RESCHEDULE_REVERSED,
    RESOURCE_CLAUSES,
    SEE_OPENERS,
)

# ----------------------------------------------------------------------------- assembly


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    cands: list[dict[str, Any]] = field(default_factory=list)
    length: int = 0

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def cand(self, s: str, ctype: str, label: dict[str, Any]) -> int:
        start = self.length
        self.text(s)
        self.cands.append(
            {
                "span": [start, start + len(s)],
                "type": ctype,
                "text": s,
                "label": {**label, "modifies": label.get("modifies")},
            }
        )
        return len(self.cands) - 1

    def fill(
        self,
        template: str,
        slots: dict[str, tuple[str, str, dict[str, Any]]],
        r: random.Random,
        noise: float,
    ) -> dict[str, int]:
        """Append a template; slots name -> (text, type, label); returns name -> index."""
        out: dict[str, int] = {}
        for piece in re.split(r"(\{\w+\})", template):
            m = re.fullmatch(r"\{(\w+)\}", piece)
            if m:
                text, ctype, label = slots[m.group(1)]
                out[m.group(1)] = self.cand(text, ctype, label)
            elif piece:
                self.text(noise_text(piece, r, noise))
        return out

    def message(self) -> str:
        return "".join(self.parts)


def _pick(
    r: random.Random, items: list[Any] | tuple[Any, ...], held: bool, key: Any = lambda x: x
) -> Any:
    """Training sees only templates without "*"; the held-out split prefers starred ones."""
    pool = (
        [x for x in items if key(x).endswith("*") == held]
        if held
        else [x for x in items if not key(x).endswith("*")]
    )
    if not pool:
        pool = [x for x in items if not key(x).endswith("*")]
    return r.choice(pool)


def _strip(t: str) -> str:
    return t[:-1] if t.endswith("*") else t


_REFINE_EXC = (
    "but not",
    "is out",
    "just not",
    "not {b} though",
    "isn't {b}",
    "anything but",
    "too early",
)
_REFINE_PREF = (
    "ideally",
    "preferably",
    "if possible",
    "maybe",
    "hopefully",
    "preferred",
    "would be best",
    "say {b}",
    "around {b}",
)


def _refine_label(template: str, flipped: bool) -> dict[str, Any]:
    t = template.lower()
    if any(w in t for w in _REFINE_EXC):
        return dict(EXC)
    if any(w in t for w in _REFINE_PREF):
        return dict(PREF)
    return dict(REQ)


def _clause(b: _Builder, r: random.Random, held: bool, noise: float, case: str) -> bool:
    """One time clause from a random family; True if a held-out template was used."""
    weights = {
        "plain": 3,
        "firm": 2,
        "hedge": 3,
        "exclude": 2.5,
        "soft_exclude": 0.7,
        "distractor": 1.2,
        "retract": 1.5,
        "retract_cant": 1,
        "retract_cant_firm": 0.6,
        "fallback": 1.5,
        "refine": 1.5,
        "either": 0.8,
    }
    fam = _FAMILY[r.choices(list(weights), weights=list(weights.values()))[0]]
    tpl = _pick(r, fam.templates, held)
    used_held = tpl.endswith("*")
    tpl = _strip(tpl)
    if r.random() < 0.15:
        tpl = tpl[0].upper() + tpl[1:]
    slots: dict[str, tuple[str, str, dict[str, Any]]] = {}
    if fam.name == "refine":
        day = _day(r)
        if any(w in tpl.lower() for w in _REFINE_EXC):
            bt, flipped = r.choice(
                [
                    ("after " + _clock(r), False),
                    ("before " + _clock(r), False),
                    ("in the " + r.choice(PARTS[:3]), False),
                ]
            )
        else:
            bt, flipped = r.choice([_bound(r), (_part(r), False), ("at " + _clock(r), False)])
        lab_b = _refine_label(tpl, flipped)
        slots = {
            "a": (case_of(day, case), "time", dict(REQ)),
            "b": (case_of(bt, case), "time", lab_b),
        }
    else:
        for name, lab in zip("ab", fam.labels, strict=False):
            if "{" + name + "}" not in tpl:
                continue
            text = time_expr(r)
            label = dict(lab or REQ)
            if fam.name in ("plain", "firm", "hedge") and r.random() < 0.12:
                text, flipped = _bound(r)
            label = _soften(text, label)
            slots[name] = (case_of(text, case), "time", label)
    idx = b.fill(tpl, slots, r, noise)
    if fam.modifies and "a" in idx and "b" in idx:
        b.cands[idx["b"]]["label"]["modifies"] = idx["a"]
    return used_held


def _soften(text: str, label: dict[str, Any]) -> dict[str, Any]:
    """ "around 8" / "11ish" is a hedge: a plain require becomes prefer, soft."""
    t = text.lower()
    if label == REQ and (t.startswith("around ") or " around " in t or t.endswith("ish")):
        return dict(PREF)
    return label


def case_of(s: str, case: str) -> str:
    return s.lower() if case == "lower" else s


def generate_one(r: random.Random, held: bool = False) -> dict[str, Any]:
    """One message with its candidates, gold labels and intent."""
    b = _Builder()
    used_held = False
    noise = r.choice([0.0, 0.0, 0.3, 0.6, 1.0])
    case = "lower" if r.random() < 0.35 else "as-is"
    x = r.random()
    if x < 0.62:
        intent = "book" if r.random() < 0.8 else "availability"
        if intent == "book" and r.random() < 0.15:
            opener = _pick(r, ASK_TO_BOOK, held and r.random() < 0.3)
        else:
            opener = _pick(r, OPENERS[intent], held and r.random() < 0.3)
        used_held |= opener.endswith("*")
        if intent == "book" and r.random() < 0.08:  # no opener at all: "tuesday at 3 pls"
            pass
        elif intent == "book" and r.random() < 0.2:  # "I need to see Dr. Smith ..." opens a booking
            tpl = r.choice(SEE_OPENERS)
            b.fill(tpl, {"r": (case_of(resource_expr(r), case), "resource", dict(REQ))}, r, noise)
        else:
            b.text(noise_text(_strip(opener), r, noise))
        if r.random() < 0.35:
            used_held |= _resource_clause(b, r, held, noise, case, lead=" ")
        n_clauses = r.choices([1, 2, 3], weights=[5, 4, 1.5])[0]
        aside_at = r.randrange(n_clauses + 1) if r.random() < 0.3 else -1
        for k in range(n_clauses + 1):
            if k == aside_at:
                aside = _pick(r, ASIDES, held and r.random() < 0.4)
                used_held |= aside.endswith("*")
                b.text(r.choice(JOINERS) if b.length else "")
                b.text(noise_text(_strip(aside), r, noise))
            if k < n_clauses:
                b.text(r.choice(JOINERS) if b.length else "")
                used_held |= _clause(b, r, held and not used_held, noise, case)
        if r.random() < 0.15:
            b.text(r.choice(JOINERS))
            used_held |= _resource_clause(b, r, held, noise, case, lead="")
        if r.random() < 0.12:
            b.text(r.choice(JOINERS))
            tpl, lab = _pick(r, DURATION_CLAUSES, held, key=lambda t: t[0])
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"d": (duration_expr(r), "duration", dict(lab))}, r, noise)
        if intent == "availability":
            b.text("?")
    elif x < 0.8:
        intent = "reschedule"
        y = r.random()
        if y < 0.15:
            tpl, lab = r.choice(RESCHEDULE_REVERSED)
            b.fill(
                tpl,
                {
                    "a": (case_of(time_expr(r), case), "time", dict(GONE)),
                    "b": (case_of(time_expr(r), case), "time", dict(lab)),
                },
                r,
                noise,
            )
        elif y < 0.87:
            tpl, lab = _pick(r, RESCHEDULE, held, key=lambda t: t[0])
            used_held |= tpl.endswith("*")
            b.fill(
                _strip(tpl),
                {
                    "a": (case_of(time_expr(r), case), "time", dict(GONE)),
                    "b": (case_of(time_expr(r), case), "time", dict(lab)),
                },
                r,
                noise,
            )
        else:
            tpl = _pick(r, RESCHEDULE_NO_NEW, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(GONE))}, r, noise)
            b.text(r.choice(JOINERS))
            used_held |= _clause(b, r, held and not used_held, noise, case)
    elif x < 0.94:
        intent = "cancel"
        if r.random() < 0.8:
            tpl = _pick(r, CANCEL, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(GONE))}, r, noise)
        else:
            tpl = _pick(r, CANCEL_NO_TIME, held)
            used_held |= tpl.endswith("*")
            b.text(noise_text(_strip(tpl), r, noise))
        if r.random() < 0.25:
            b.text(r.choice([" with ", ", the one with "]))
            b.cand(resource_expr(r), "resource", dict(GONE))
    else:
        intent = "other"
        y = r.random()
        if y < 0.3:
            b.text(noise_text(r.choice(OTHER), r, noise))
        elif y < 0.45:
            tpl = _pick(r, OTHER_TIME, held)
            used_held |= tpl.endswith("*")
            b.fill(_strip(tpl), {"a": (case_of(time_expr(r), case), "time", dict(REQ))}, r, noise)
        elif y < 0.8:
            b.fill(
                r.choice(OTHER_PAST),
                {
                    "a": (
                        case_of(
                            r.choice(
                                [
                                    "yesterday",
                                    "last week",
                                    "on the 2nd",
                                    "last tuesday",
                                    "this morning",
                                    "on monday",
                                ]
                            ),
                            case,
                        ),
                        "time",
                        dict(EXC),
                    )
                },
                r,
                noise,
            )
        else:
            b.fill(
                r.choice(OTHER_RESOURCE),
                {"r": (case_of(resource_expr(r), case), "resource", dict(REQ))},
                r,
                noise,
            )
    b.text(r.choice(CLOSERS))
    msg = b.message()
    if case == "lower":
        msg = msg.lower()
    for c in b.cands:
        c["text"] = msg[c["span"][0] : c["span"][1]]
    return {
        "message": msg,
        "candidates": [{"span": c["span"], "type": c["type"], "text": c["text"]} for c in b.cands],
        "labels": [c["label"] for c in b.cands],
        "intent": intent,
        "source": "generated",
        "heldout_family": used_held,
    }


def _resource_clause(
    b: _Builder, r: random.Random, held: bool, noise: float, case: str, lead: str
) -> bool:
    tpl, lab, what = _pick(r, RESOURCE_CLAUSES, held and r.random() < 0.5, key=lambda t: t[0])
    text = resource_expr(r) if what == "named" else r.choice(ANYONE)
    b.text(lead)
    b.fill(
        _strip(tpl),
        {"r" if what == "named" else "any": (case_of(text, case), "resource", dict(lab))},
        r,
        noise,
    )
    return tpl.endswith("*")


def generate(n: int, seed: int, heldout: bool = False) -> list[dict[str, Any]]:
    """`n` examples. `heldout=False`: no starred template ever; `True`: only examples that
    used at least one starred (held-out) template."""
    r = random.Random(seed)
    out: list[dict[str, Any]] = []
    while len(out) < n:
        ex = generate_one(r, held=heldout)
        if ex["heldout_family"] == heldout:
            out.append(ex)
    return out
