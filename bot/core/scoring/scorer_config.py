"""What a server can tune in its scorer: languages, its own terms, allowed terms, the
threshold. Kept apart from scorer.py (the gates and `Scorer.score`): it is read once when
a scorer is built, never per message, so it stays Python beside the compiled scorer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.guild_settings import DEFAULT_THRESHOLD, SUPPORTED_LANGUAGES, GuildSettings
from bot.core.scoring.verdict import Category


@dataclass(frozen=True)
class ScorerConfig:
    """What a server can tune; hashable so the bot caches one Scorer per config."""

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    custom_terms: Mapping[str, Category] = field(default_factory=dict)
    allowed_terms: frozenset[str] = frozenset()
    threshold: float = DEFAULT_THRESHOLD

    def __hash__(self) -> int:
        return hash(
            (
                self.languages,
                tuple(sorted(self.custom_terms.items())),
                self.allowed_terms,
                self.threshold,
            )
        )

    @classmethod
    def from_settings(cls, settings: GuildSettings) -> ScorerConfig:
        """The scorer-relevant part of a server's settings."""
        return cls(
            languages=tuple(settings.languages),
            custom_terms=dict(settings.custom_terms),
            allowed_terms=frozenset(settings.allowed_terms),
            threshold=settings.threshold,
        )
