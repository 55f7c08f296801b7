"""`--languages` and `--threshold`, for the subcommands that run the scorer.

Apart from `bot.cli.common` (asyncio, settings files, logging, database errors), so
`kindness-bot check`, often started once per batch, imports only what it uses.
"""

from __future__ import annotations

import argparse

from bot.core.guild_settings import DEFAULT_THRESHOLD, SUPPORTED_LANGUAGES
from bot.core.scoring.languages import LanguageError, parse_languages
from bot.core.scoring.scorer import ScorerConfig


def _languages(raw: str) -> tuple[str, ...]:
    """`en,it` → ("en", "it") (`bot.core.scoring.languages`); an unknown one is an error."""
    try:
        return parse_languages(raw)
    except LanguageError:
        raise argparse.ArgumentTypeError(
            f"choose from {', '.join(SUPPORTED_LANGUAGES)} (comma-separated), not {raw!r}"
        ) from None


def _threshold(raw: str) -> float:
    """A score threshold in (0, 1]: scores live in [0, 1], so 0 flags everything and
    anything above 1 flags nothing; both are typos, not settings."""
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number in (0, 1] is needed, not {raw!r}") from None
    if not 0.0 < value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(
            f"must be above 0 and at most 1 (scores run from 0 to 1), not {raw}"
        )
    return value


def add_scorer_arguments(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """`--languages` and `--threshold`, for subcommands that run the scorer.

    `defaults=False` leaves them None when not given, for a caller that has settings
    of its own to fall back on (`replay --guild`).
    """
    parser.add_argument(
        "--languages",
        type=_languages,
        default=SUPPORTED_LANGUAGES if defaults else None,
        help=f"comma-separated, from {','.join(SUPPORTED_LANGUAGES)} (default: all)",
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD if defaults else None,
        help=f"hostile when score >= this, in (0, 1] (default {DEFAULT_THRESHOLD})",
    )


def scorer_config_from_args(args: argparse.Namespace) -> ScorerConfig:
    """The scorer configuration the `--languages` and `--threshold` options describe."""
    return ScorerConfig(languages=args.languages, threshold=args.threshold)
