"""Names that servers choose, made safe to put inside the bot's own text.

A server owner picks the server's, channels' and roles' names; put raw into a DM
nudge or a settings answer, `**[Verify here](https://evil.example)**` would render
as a bold masked link in the bot's voice, and `@everyone` as a mention. Every
Discord markdown character is backslashed (so nothing renders as formatting or a
link) and mentions are broken with a zero-width space, as discord.py's
`escape_markdown` and `escape_mentions` do; pure, so the core can use it.
"""

from __future__ import annotations

import re

_MARKDOWN = frozenset("\\*_~`|>#-[]()<:")
_MENTION = re.compile(r"@(everyone|here|[!&]?[0-9]{17,20})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
ZERO_WIDTH_SPACE = "\u200b"


def escape_name(name: str) -> str:
    """`name` as literal text in a message: no markdown, no mention, on one line."""
    flat = _CONTROL.sub(" ", name)
    escaped = "".join("\\" + ch if ch in _MARKDOWN else ch for ch in flat)
    return _MENTION.sub(f"@{ZERO_WIDTH_SPACE}\\1", escaped)
