"""The corpus is the test: every example of every group grounds to its group's value."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import TimeMention, ground, unread

from tests.extractor import grounding_corpus_texting as texting
from tests.extractor.grounding_corpus import CORPUS, NEGATIVE, Expect, Group, Iv

CASES = [(g, text) for g in (*CORPUS, *texting.CORPUS) for text in g.texts]


def _ids(case: tuple[Group, str]) -> str:
    g, text = case
    return f"{g.name}::{text}"


def _aware(ivs: tuple[Iv, ...], zone: str) -> list[tuple[datetime, datetime]]:
    tz = ZoneInfo(zone)
    return [
        (
            datetime.fromisoformat(s).replace(tzinfo=tz),
            datetime.fromisoformat(e).replace(tzinfo=tz),
        )
        for s, e in ivs
    ]


def _main(mentions: list[TimeMention]) -> TimeMention:
    return max(mentions, key=lambda m: (m.span[1] - m.span[0], -m.span[0]))


def _same(got: list[tuple[datetime, datetime]], want: list[tuple[datetime, datetime]]) -> bool:
    return len(got) == len(want) and all(
        gs == ws and ge == we for (gs, ge), (ws, we) in zip(got, want, strict=True)
    )


def check(g: Group, text: str) -> None:
    horizon = g.now + timedelta(days=g.horizon_days)
    mentions = ground(text, g.now, g.tz, horizon_end=horizon, date_order=g.date_order)
    assert mentions, f"no mention found in {text!r}"
    m = _main(mentions)
    e: Expect = g.expect
    zone = e.zone or g.tz
    where = f"{text!r} -> {m.text!r} [{m.rule}] {m.symbolic}"
    if e.zone is not None:
        assert m.zone == e.zone, where
    if e.type is not None:
        assert m.type == e.type, where
    if e.negated is not None:
        assert m.negated == e.negated, where
    if e.bound != "unset":
        assert m.bound == e.bound, where
    if e.duration is not None:
        assert m.duration_minutes == e.duration, where
    if e.grain is not None:
        assert m.reading is not None and m.reading.grain == e.grain, where
    if e.iv is None and e.first is None:
        return
    assert m.reading is not None, where
    got = list(m.reading.intervals)
    label = (
        f"{where}: got {m.reading.label!r} {[(s.isoformat(), t.isoformat()) for s, t in got[:3]]}"
    )
    if e.iv is not None:
        assert _same(got, _aware(e.iv, zone)), label
    if e.first is not None:
        assert _same(got[:1], _aware(e.first, zone)), label
    if e.count is not None:
        assert len(got) == e.count, label
    for s, t in got:
        assert s.tzinfo is not None and s < t, label
    if e.alt is not None:
        want = _aware(e.alt, zone)
        firsts = [list(a.intervals[:1]) for a in m.alternatives]
        assert any(_same(f, want) for f in firsts), (
            f"{label}; alternatives {[a.label for a in m.alternatives]}"
        )


@pytest.mark.parametrize("case", CASES, ids=[_ids(c) for c in CASES])
def test_grounding_corpus_example(case: tuple[Group, str]) -> None:
    g, text = case
    check(g, text)


@pytest.mark.parametrize("case", texting.MESSAGES, ids=[m for m, _ in texting.MESSAGES])
def test_grounding_corpus_message_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    got = tuple(m.text for m in ground(text, texting.TUE, "America/New_York"))
    assert got == want


@pytest.mark.parametrize("case", texting.LABELS, ids=[f"{m}::{t}" for m, t, _, _ in texting.LABELS])
def test_grounding_corpus_reading_in_context(case: tuple[str, str, str, str | None]) -> None:
    text, mention, best, alt = case
    found = {m.text: m for m in ground(text, texting.TUE, "America/New_York")}
    assert mention in found, list(found)
    m = found[mention]
    assert m.reading is not None and m.reading.label == best
    if alt is not None:
        assert m.alternatives and m.alternatives[0].label == alt, [a.label for a in m.alternatives]


@pytest.mark.parametrize(
    "case", texting.BACKREFS, ids=[f"{m}::{t}" for m, t, _, _ in texting.BACKREFS]
)
def test_grounding_corpus_back_reference(case: tuple[str, str, str, str]) -> None:
    text, mention, best, antecedent = case
    found = ground(text, texting.TUE, "America/New_York")
    m = next(m for m in found if m.text == mention)
    assert m.reading is not None and m.reading.label == best
    assert m.refers_to is not None and found[m.refers_to].text == antecedent


@pytest.mark.parametrize("case", texting.UNREAD, ids=[t for t, _ in texting.UNREAD])
def test_grounding_corpus_set_aside(case: tuple[str, tuple[tuple[str, str], ...]]) -> None:
    text, want = case
    got = unread(text)
    assert tuple((u.text, u.reason) for u in got) == want
    taken = [m.span for m in ground(text, texting.TUE, "America/New_York")]
    for u in got:
        assert text[u.span[0] : u.span[1]] == u.text
        assert not any(s < u.span[1] and u.span[0] < e for s, e in taken)


@pytest.mark.parametrize("text", NEGATIVE + texting.NEGATIVE)
def test_grounding_corpus_negative(text: str) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    found = ground(text, now, "America/New_York")
    assert found == [], [(m.text, m.rule) for m in found]


def test_grounding_corpus_size() -> None:
    assert len(CASES) >= 400
    assert len(NEGATIVE) >= 50
    names = [g.name for g in (*CORPUS, *texting.CORPUS)]
    assert len(names) == len(set(names))
