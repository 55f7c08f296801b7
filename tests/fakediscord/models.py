"""The fake's world: users, guilds, roles, channels and members, and their wire payloads.

Payload shapes follow what discord.py 2.7 reads (see discord/guild.py, channel.py,
member.py, role.py, user.py), so the unmodified client builds real objects from them.
Permissions are computed the way Discord does, so `channel.permissions_for(guild.me)`
in the bot and the fake's own 403 checks agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tests.fakediscord.kinds import JSON, TIMESTAMP, ChannelType, Perm, Snowflakes


@dataclass
class FakeUser:
    """A Discord user; `dms_open=False` makes DM sends fail with 50007 like real Discord."""

    id: int
    username: str
    bot: bool = False
    dms_open: bool = True

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.username,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class FakeRole:
    """A guild role; the @everyone role has the guild's id."""

    id: int
    name: str
    permissions: int
    position: int = 1

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }


@dataclass(frozen=True)
class Overwrite:
    """A per-channel permission overwrite for a role (`kind=0`) or a member (`kind=1`)."""

    id: int
    kind: int
    allow: int = 0
    deny: int = 0

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "type": self.kind,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


@dataclass
class FakeChannel:
    """A guild channel, thread or DM channel."""

    id: int
    type: int
    name: str
    guild_id: int | None = None
    position: int = 0
    parent_id: int | None = None
    overwrites: list[Overwrite] = field(default_factory=list)
    owner_id: int | None = None
    recipient: FakeUser | None = None

    @property
    def is_thread(self) -> bool:
        return self.type in ChannelType.THREADS

    def payload(self) -> JSON:
        if self.type == ChannelType.DM:
            return {
                "id": str(self.id),
                "type": ChannelType.DM,
                "last_message_id": None,
                "recipients": [self.recipient.payload()] if self.recipient else [],
            }
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "guild_id": str(self.guild_id),
            "position": self.position,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "permission_overwrites": [o.payload() for o in self.overwrites],
            "nsfw": False,
        }
        if self.type in (ChannelType.TEXT, ChannelType.NEWS):
            data.update(topic=None, rate_limit_per_user=0, last_message_id=None)
        elif self.type == ChannelType.VOICE:
            data.update(bitrate=64000, user_limit=0, rtc_region=None)
        elif self.is_thread:
            del data["permission_overwrites"], data["position"]
            data.update(
                owner_id=str(self.owner_id or 0),
                message_count=0,
                member_count=1,
                rate_limit_per_user=0,
                thread_metadata={
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": TIMESTAMP,
                    "locked": False,
                },
            )
        return data


@dataclass
class FakeMember:
    """A user's membership of a guild, with role ids (never including @everyone)."""

    user: FakeUser
    roles: list[int] = field(default_factory=list)
    nick: str | None = None

    def payload(self, *, with_user: bool = True, permissions: int | None = None) -> JSON:
        data: JSON = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "joined_at": TIMESTAMP,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class FakeGuild:
    """A guild the bot is in. Build it with `FakeDiscord.add_guild` and the `add_*` methods."""

    id: int
    name: str
    owner_id: int
    bot_user_id: int
    bot_role_id: int
    _ids: Snowflakes
    _users: dict[int, FakeUser]
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)

    @property
    def everyone_role(self) -> FakeRole:
        return self.roles[self.id]

    @property
    def bot_role(self) -> FakeRole:
        """The bot's managed role: change its `permissions` to test missing-permission paths."""
        return self.roles[self.bot_role_id]

    def add_role(self, name: str, permissions: int = 0) -> FakeRole:
        role = FakeRole(self._ids.next(), name, permissions, position=len(self.roles))
        self.roles[role.id] = role
        return role

    def _add_channel(self, kind: int, name: str, parent_id: int | None) -> FakeChannel:
        position = sum(1 for c in self.channels.values() if not c.is_thread)
        channel = FakeChannel(self._ids.next(), kind, name, self.id, position, parent_id)
        self.channels[channel.id] = channel
        return channel

    def add_text_channel(self, name: str, *, category_id: int | None = None) -> FakeChannel:
        return self._add_channel(ChannelType.TEXT, name, category_id)

    def add_voice_channel(self, name: str, *, category_id: int | None = None) -> FakeChannel:
        return self._add_channel(ChannelType.VOICE, name, category_id)

    def add_category(self, name: str) -> FakeChannel:
        return self._add_channel(ChannelType.CATEGORY, name, None)

    def add_thread(
        self, parent_id: int, name: str, *, owner_id: int | None = None, private: bool = False
    ) -> FakeChannel:
        kind = ChannelType.PRIVATE_THREAD if private else ChannelType.PUBLIC_THREAD
        thread = self._add_channel(kind, name, parent_id)
        thread.owner_id = owner_id or self.owner_id
        return thread

    def add_member(
        self, user: FakeUser, *, roles: Iterable[int] = (), nick: str | None = None
    ) -> FakeMember:
        self._users[user.id] = user
        member = FakeMember(user, list(roles), nick)
        self.members[user.id] = member
        return member

    def set_overwrite(
        self,
        channel_id: int,
        target_id: int,
        *,
        allow: int = 0,
        deny: int = 0,
        member: bool = False,
    ) -> None:
        """Set (replace) the overwrite for a role or member on one channel."""
        channel = self.channels[channel_id]
        kept = [o for o in channel.overwrites if o.id != target_id]
        channel.overwrites = [*kept, Overwrite(target_id, 1 if member else 0, allow, deny)]

    def base_permissions(self, user_id: int) -> int:
        """Guild-level permissions of a member, as Discord computes them."""
        if user_id == self.owner_id:
            return Perm.ALL
        member = self.members.get(user_id)
        perms = self.everyone_role.permissions
        for role_id in member.roles if member else ():
            role = self.roles.get(role_id)
            if role is not None:
                perms |= role.permissions
        return Perm.ALL if perms & Perm.ADMINISTRATOR else perms

    def permissions_in(self, user_id: int, channel_id: int) -> int:
        """Channel permissions of a member: base, then @everyone, role and member overwrites."""
        perms = self.base_permissions(user_id)
        if perms & Perm.ADMINISTRATOR:
            return Perm.ALL
        channel = self.channels[channel_id]
        if channel.is_thread and channel.parent_id in self.channels:
            channel = self.channels[channel.parent_id]
        member = self.members.get(user_id)
        member_roles = set(member.roles) if member else set()
        by_id = {o.id: o for o in channel.overwrites}
        everyone = by_id.get(self.id)
        if everyone is not None:
            perms = (perms & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for o in channel.overwrites:
            if o.kind == 0 and o.id in member_roles:
                allow |= o.allow
                deny |= o.deny
        perms = (perms & ~deny) | allow
        own = next((o for o in channel.overwrites if o.kind == 1 and o.id == user_id), None)
        if own is not None:
            perms = (perms & ~own.deny) | own.allow
        if not perms & Perm.VIEW_CHANNEL:
            return 0
        return perms

    def payload(self) -> JSON:
        """The full GUILD_CREATE payload."""
        plain = [c for c in self.channels.values() if not c.is_thread]
        threads = [c for c in self.channels.values() if c.is_thread]
        return {
            **self.rest_payload(),
            "unavailable": False,
            "large": False,
            "member_count": len(self.members),
            "joined_at": TIMESTAMP,
            "channels": [c.payload() for c in plain],
            "threads": [c.payload() for c in threads],
            "members": [m.payload() for m in self.members.values()],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def rest_payload(self) -> JSON:
        """The guild object as GET /guilds/{id} returns it."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }
