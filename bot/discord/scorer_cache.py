"""The scorer cache: one `Scorer` per distinct config in use, shared by every server with it.

The bot holds one (`bot.scorers`); settings read or saved through the bot are
prepared here first (the language set's shared lexicon compiled in a worker thread),
so `scorer_for` on the hot path only layers a server's own terms on it.
"""

from __future__ import annotations

import asyncio
import gc
import logging

from bot.core.guild_settings import GuildSettings
from bot.core.scoring.lexicon_compile import language_key
from bot.core.scoring.lexicon_shared import SharedLexicon, is_shared_ready, shared_lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig

logger = logging.getLogger(__name__)

GC_YOUNG_LIMIT = 10_000
"""Young objects past which a newly built scorer is frozen out of the collector's way."""


def _settle() -> None:
    """Move long-lived objects out of the cyclic collector's way once enough are young.

    A scorer lives until its server's config changes, like the caches `prime`
    freezes. After a restart thousands are built, and with the young-generation
    threshold `prime` sets (50,000) each young pass would walk tens of thousands of
    their objects (about 25 ms) and the first middle-generation pass all of them
    (hundreds of ms). Frozen objects are still freed by reference counting, and
    scorers hold no reference cycles; only cyclic garbage young at this moment would
    outlive its time, and this runs only when a new scorer is built.
    """
    if gc.get_count()[0] > GC_YOUNG_LIMIT:
        gc.freeze()


class ScorerCache:
    """Scorers by server and by config, and the shared-lexicon compiles in flight."""

    def __init__(self) -> None:
        self._scorers: dict[int, tuple[GuildSettings, Scorer]] = {}
        self._by_config: dict[ScorerConfig, Scorer] = {}
        self._config_users: dict[ScorerConfig, int] = {}  # servers per config in _by_config
        self._compiling: dict[tuple[str, ...], asyncio.Future[SharedLexicon]] = {}

    async def prepare(self, settings: GuildSettings) -> None:
        """Compile the shared lexicon of the server's languages in a worker thread, once.

        That compile takes tens of milliseconds; done here, `scorer_for` only layers
        the server's own terms on it, which is cheap enough for the event loop.
        Concurrent callers for one language set wait for the same compile.
        """
        languages = language_key(settings.languages)
        if is_shared_ready(languages):
            return
        compiling = self._compiling.get(languages)
        if compiling is None:
            compiling = asyncio.ensure_future(asyncio.to_thread(shared_lexicon, languages))
            self._compiling[languages] = compiling
            compiling.add_done_callback(lambda _: self._compiling.pop(languages, None))
        await asyncio.shield(compiling)

    def scorer_for(self, settings: GuildSettings) -> Scorer:
        """A scorer for these settings; shared by every server with the same config.

        The hot path is one dict lookup: settings objects are immutable and replaced on
        every change, so identity says whether the cached scorer still applies. A new
        config costs a layer on the shared lexicon (well under a millisecond) as long
        as `prepare` compiled its language set; settings read or saved through
        this object always are. One scorer is kept per config in use, no more.
        """
        cached = self._scorers.get(settings.guild_id)
        if cached is not None and cached[0] is settings:
            return cached[1]
        config = ScorerConfig.from_settings(settings)
        scorer = self._by_config.get(config)
        if scorer is None:
            if not is_shared_ready(config.languages):
                logger.info(
                    "compiling the lexicon for %s on the event loop (not prepared)",
                    ", ".join(language_key(config.languages)),
                )
            scorer = Scorer(config)
            self._by_config[config] = scorer
            _settle()
        self._config_users[config] = self._config_users.get(config, 0) + 1
        self._scorers[settings.guild_id] = (settings, scorer)
        if cached is not None:
            self._release(cached[1].config)
        return scorer

    def _release(self, config: ScorerConfig) -> None:
        """One server fewer uses `config`; its scorer goes when none does."""
        users = self._config_users[config] - 1
        if users:
            self._config_users[config] = users
        else:
            del self._config_users[config]
            del self._by_config[config]
