"""Language codes as people type them: one parser for the command line and Discord.

`kindness-bot check --languages` and `/kindness languages` accept the same input:
codes separated by commas and/or spaces, any case, repeats ignored, order kept.
"""

from __future__ import annotations

from bot.core.guild_settings import SUPPORTED_LANGUAGES


class LanguageError(ValueError):
    """No code was given, or some are not shipped; `unknown` lists those (may be empty)."""

    def __init__(self, raw: str, unknown: tuple[str, ...]) -> None:
        super().__init__(f"unknown language(s) {', '.join(unknown) or '(none given)'} in {raw!r}")
        self.raw = raw
        self.unknown = unknown


def parse_languages(raw: str) -> tuple[str, ...]:
    """`"en,it"`, `"en it"`, `" EN, it,"` -> `("en", "it")`; raises `LanguageError`."""
    codes = tuple(dict.fromkeys(c.casefold() for c in raw.replace(",", " ").split()))
    unknown = tuple(c for c in codes if c not in SUPPORTED_LANGUAGES)
    if not codes or unknown:
        raise LanguageError(raw, unknown)
    return codes
