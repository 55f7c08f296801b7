"""One place that configures logging for the bot process.

discord.py logs whole gateway payloads and request bodies at DEBUG, which would
put message text in the logs; such library loggers are therefore never set below INFO,
whatever LOG_LEVEL says. Our own modules never log message text at any level.
"""

from __future__ import annotations

import logging
import sys

LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
# Library loggers that echo payloads at DEBUG: discord.py (message content), aiosqlite
# (every SQL call with its parameters, one line per query).
_CHATTY_LOGGERS = ("discord", "websockets", "aiohttp", "aiosqlite")
# discord.py warns at every start that voice needs PyNaCl; this bot never speaks.
_VOICE_WARNINGS = ("PyNaCl is not installed", "davey is not installed")


class _NoVoiceWarnings(logging.Filter):
    """Drops discord.py's voice warnings, so a healthy start prints only what matters."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_VOICE_WARNINGS)


def setup_logging(level: int | str = logging.INFO) -> None:
    """Log to stderr at `level`; library loggers that leak payloads stay at INFO or above."""
    numeric = level if isinstance(level, int) else logging.getLevelNamesMapping()[level.upper()]
    root = logging.getLogger()
    root.setLevel(numeric)
    if not any(getattr(h, "_kindness", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler._kindness = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(max(numeric, logging.INFO))
    client_logger = logging.getLogger("discord.client")
    if not any(isinstance(f, _NoVoiceWarnings) for f in client_logger.filters):
        client_logger.addFilter(_NoVoiceWarnings())
