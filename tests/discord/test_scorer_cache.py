"""`bot.scorers` (`ScorerCache`): scorers shared per config, lexicons compiled once in a
worker thread, new scorers frozen out of the collector."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from collections import OrderedDict

import pytest

from bot.client import KindnessBot
from bot.core.guild_settings import GuildSettings
from bot.core.scoring import lexicon_shared
from bot.core.scoring.verdict import Category


async def test_servers_with_one_config_share_a_scorer_and_unused_scorers_go(
    bot: KindnessBot,
) -> None:
    first = GuildSettings(guild_id=1, custom_terms={"zorp": Category.INSULT})
    second = GuildSettings(guild_id=2, custom_terms={"zorp": Category.INSULT})
    shared = bot.scorers.scorer_for(first)
    assert bot.scorers.scorer_for(second) is shared
    assert shared.score("you zorp").hostile
    stricter = bot.scorers.scorer_for(first.replace(threshold=0.9))
    assert stricter is not shared
    assert bot.scorers.scorer_for(second) is shared  # still used by server 2
    moved = bot.scorers.scorer_for(second.replace(custom_terms={"blarg": Category.INSULT}))
    assert moved.score("you blarg").hostile
    # Nobody uses the "zorp" config any more: its scorer is not kept.
    assert shared not in bot.scorers._by_config.values()
    assert len(bot.scorers._by_config) == 2
    await bot.db.close()


async def test_a_new_language_set_is_compiled_once_in_a_worker_thread(
    bot: KindnessBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicon_shared, "_shared", OrderedDict())  # nothing compiled yet
    threads: list[int] = []
    real = lexicon_shared.shared_lexicon

    def recording(languages: tuple[str, ...]) -> lexicon_shared.SharedLexicon:
        threads.append(threading.get_ident())
        return real(languages)

    monkeypatch.setattr("bot.discord.scorer_cache.shared_lexicon", recording)
    for guild_id in range(1, 6):
        await bot.db.save_guild_settings(
            GuildSettings(
                guild_id, languages=("it",), custom_terms={f"zorp{guild_id}": Category.INSULT}
            )
        )
    loaded = await asyncio.gather(*(bot.settings.get(guild_id) for guild_id in range(1, 6)))
    assert len(threads) == 1
    assert threads[0] != threading.get_ident()  # not on the event loop's thread
    assert lexicon_shared.is_shared_ready(("it",))
    assert bot.scorers.scorer_for(loaded[0]).score("sei un zorp1").hostile
    assert len(threads) == 1  # the scorer was layered on it, not compiled again

    await bot.settings.update(loaded[0].replace(languages=("it", "en")))
    assert len(threads) == 2 and threads[1] != threading.get_ident()
    assert lexicon_shared.is_shared_ready(("it", "en"))
    await bot.db.close()


async def test_new_scorers_are_frozen_out_of_the_collector_and_still_freed_when_unused(
    bot: KindnessBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "bot.discord.scorer_cache.GC_YOUNG_LIMIT", -1
    )  # as if thousands were just built
    frozen = gc.get_freeze_count()
    try:
        settings = GuildSettings(guild_id=1, custom_terms={"zorp": Category.INSULT})
        scorer = bot.scorers.scorer_for(settings)
        assert gc.get_freeze_count() > frozen
        gone = weakref.ref(scorer)
        del scorer
        bot.scorers.scorer_for(settings.replace(custom_terms={"blarg": Category.INSULT}))
        assert gone() is None  # no reference cycles: freed at once although frozen
    finally:
        gc.unfreeze()
    await bot.db.close()
