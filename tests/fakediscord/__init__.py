"""A protocol-level fake Discord (REST v10 + gateway) for end-to-end tests.

async with FakeDiscord() as fake:
    guild = fake.add_guild()
    undo = point_discord_at(fake)
    async with connect_client(MyBot(...), fake):
        await fake.send_message(channel_id, user.id, "hello")
        request = await fake.wait_for_request("POST", "/channels/{channel_id}/messages")
    undo()
"""

from tests.fakediscord.client import connect_client
from tests.fakediscord.interactions import (
    CallbackType,
    ChannelOption,
    InteractionType,
    OptionValue,
    RoleOption,
    SentInteraction,
    UserOption,
)
from tests.fakediscord.kinds import ChannelType, Perm
from tests.fakediscord.models import FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser
from tests.fakediscord.patching import point_at_urls, point_discord_at
from tests.fakediscord.ratelimits import RateLimits
from tests.fakediscord.records import FailureRule, HeldRoute, RecordedFile, RecordedRequest
from tests.fakediscord.responses import EPHEMERAL
from tests.fakediscord.server import FakeDiscord

__all__ = [
    "EPHEMERAL",
    "CallbackType",
    "ChannelOption",
    "ChannelType",
    "FailureRule",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "HeldRoute",
    "InteractionType",
    "OptionValue",
    "Perm",
    "RateLimits",
    "RecordedFile",
    "RecordedRequest",
    "RoleOption",
    "SentInteraction",
    "UserOption",
    "connect_client",
    "point_at_urls",
    "point_discord_at",
]
