"""The collector tuning the bot, `check --jsonl` and bench_scorer share."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.core.collector import YOUNG_THRESHOLD, tune_for_scoring


@pytest.fixture
def restored_collector() -> Iterator[None]:
    """Leave the test process's collector as it was."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_collector")
def test_objects_alive_at_tuning_leave_the_collector_and_young_passes_are_rarer() -> None:
    gc.unfreeze()
    lexicon_like = [{"term": str(i)} for i in range(1_000)]
    tune_for_scoring()
    assert gc.get_freeze_count() >= len(lexicon_like)
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
