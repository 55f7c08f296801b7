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
