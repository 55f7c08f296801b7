"""Point the unmodified discord.py at a fake Discord, and undo it.

discord.py builds every REST URL (bot and webhook/interaction routes alike) from
`discord.http.Route.BASE`, and a non-sharded client connects straight to
`DiscordWebSocket.DEFAULT_GATEWAY`; these two class attributes are all there is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import discord.gateway
import discord.http
import yarl


class HasUrls(Protocol):
    @property
    def api_base(self) -> str: ...

    @property
    def gateway_url(self) -> str: ...


def point_at_urls(api_base: str, gateway_url: str) -> Callable[[], None]:
    """Send discord.py's REST and gateway traffic to these URLs; returns the undo."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)

    def undo() -> None:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    return undo


def point_discord_at(fake: HasUrls) -> Callable[[], None]:
    """Send discord.py's traffic to a started fake; returns the undo callable."""
    return point_at_urls(fake.api_base, fake.gateway_url)
