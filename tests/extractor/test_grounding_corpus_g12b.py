"""The G12b corpus is the test: a day after "or" is the other choice of the day before
the resource said with it, or before the part of the day that narrows it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slotwise.extractor.grounding.coordination import alternative_past_resource
from slotwise.extractor.interpretation import CandidateLabel
from slotwise.extractor.pipeline import _other_choice_past_resource, find_candidates
from slotwise.extractor.windows import joined
from slotwise.schemas import ScheduleRequest

from tests.extractor import grounding_corpus_g12b as g12
from tests.extractor.grounding_corpus import NY, REF

NAMES = {
    "dr-osei": "Dr Osei",
    "nurse-lee": "Nurse Lee",
    "singh": "Singh",
    "bree": "Bree",
    "sam": "Sam",
}


def _request(text: str) -> ScheduleRequest:
    days = [REF.date() + timedelta(days=n) for n in range(60)]
    opening = [{"start": f"{d}T08:00:00-05:00", "end": f"{d}T20:00:00-05:00"} for d in days]
    return ScheduleRequest.model_validate(
        {
            "message": text,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 60,
            "resources": [{"id": k, "name": v, "open": opening} for k, v in NAMES.items()],
        }
    )


def _joins(text: str, first: str, second: str) -> bool:
    """Whether the candidate `second` joins the group of `first`, every candidate its own
    group before it, each label a hard wish narrowing what its mention modifies."""
    cands, sources, _ = find_candidates(_request(text))
    said = [c.text for c in cands]
    at = [i for i, t in enumerate(said) if first in t]  # "the 16th in the afternoon"
    assert at, said
    if second not in said:
        return False
    j = said.index(second)
    labels = []
    for c in cands:
        mod = getattr(sources[c.index], "modifies", None)
        times = [k for k, s in enumerate(sources) if hasattr(s, "modifies")]
        anchor = times[mod] if mod is not None and mod < len(times) else None
        labels.append(CandidateLabel(kind="require", strength="hard", modifies=anchor))
    groups: list[list[int]] = []
    for i in range(j):
        if groups and labels[i].modifies is not None and labels[i].modifies in groups[-1]:
            groups[-1].append(i)  # a narrower stays with its day, as a list would join it
        else:
            groups.append([i])
    prev = groups[-1][-1]
    gap = text[cands[prev].span[1] : cands[j].span[0]]
    if joined(cands[prev], cands[j], labels[prev], labels[j], sources[prev], sources[j], gap):
        return at[0] in groups[-1]  # said as a plain list: "the 3rd in the afternoon, or the 4th"
    k = _other_choice_past_resource(text, cands, labels, sources, groups, j)
    return k >= 0 and at[0] in groups[k]


@pytest.mark.parametrize("case", g12.OR_PAST_RESOURCE, ids=[m for m, *_ in g12.OR_PAST_RESOURCE])
def test_g12b_or_past_a_resource_offers_the_other_day(case: tuple[str, str, str]) -> None:
    assert _joins(*case)


@pytest.mark.parametrize("case", g12.OR_PAST_NARROWER, ids=[m for m, *_ in g12.OR_PAST_NARROWER])
def test_g12b_or_past_a_narrower_offers_the_other_day(case: tuple[str, str, str]) -> None:
    assert _joins(*case)


@pytest.mark.parametrize("case", g12.NOT_ACROSS, ids=[m for m, *_ in g12.NOT_ACROSS])
def test_g12b_other_words_or_lists_do_not_join_across(case: tuple[str, str, str]) -> None:
    assert not _joins(*case)


def test_g12b_alternative_past_resource_reads_the_words_between() -> None:
    text = "wed morning w dr osei. or thurs"
    assert alternative_past_resource(text, (0, 11), (14, 21), (26, 31))
    said = "wed morning as dr osei said. or thurs"
    assert not alternative_past_resource(said, (0, 11), (15, 22), (32, 37))
