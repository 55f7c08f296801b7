"""Moderator alerts: what they say, and how a flood is folded into a few readable ones.

Moderators get a jump link (the message itself stays on Discord), the categories,
the severity, why it alerted, and a short censored excerpt so they can triage
without clicking. The excerpt stars out the scorer's own matched spans (no second
profanity pass: that cost 10-30 ms per alert on the event loop) and is cut to about
100 characters at a word boundary. Mentions render but never ping: the bot's
default is `AllowedMentions.none()`.

Folding (`AlertBook`): one alert per member per window; later severe messages
update it (a count, the newest link). Past a server-wide cap of new alerts per
window, one digest message counts the rest. Pure and in memory.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.core.moderation.nudge_decision import AlertReason
from bot.core.scoring.verdict import Verdict

EXCERPT_CHARS = 100
ALERT_WINDOW_SECONDS = 600.0
"""One alert per member per 10 minutes; later ones update it."""
ALERTS_PER_WINDOW = 20
"""New alert messages per server per window; past it, one digest counts the rest."""
DIGEST_MEMBERS_LISTED = 20
MAX_GUILDS = 10_000
_WORD = re.compile(r"\w+", re.UNICODE)
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)


def censored_excerpt(
    text: str,
    *,
    spans: Iterable[tuple[int, int]] = (),
    terms: Iterable[str] = (),
    limit: int = EXCERPT_CHARS,
) -> str:
    """At most `limit` characters of `text`, cut at a word, with the matched spans starred.

    `spans` are (start, end) offsets in `text` (the verdict's matches); `terms` also
    stars whole words equal to a single-word term, for text the spans do not cover.
    """
    chars = list(text[: limit * 10])  # only the start can reach the excerpt
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if not chars[i].isspace():
                chars[i] = "*"
    flat = " ".join("".join(chars).split())
    if len(flat) > limit:
        cut = flat[:limit]
        space = cut.rfind(" ")
        flat = (cut[:space] if space > limit // 2 else cut).rstrip() + "…"
    single_terms = {t.casefold() for t in terms if " " not in t}
    if single_terms:
        flat = _WORD.sub(
            lambda m: "*" * len(m.group()) if m.group().casefold() in single_terms else m.group(),
            flat,
        )
    flat = _MASS_MENTION.sub(lambda m: "@\u200b" + m.group(1), flat)
    return flat.replace("`", "'")


def verdict_excerpt(text: str, verdict: Verdict) -> str:
    """The censored excerpt of a scored message, from the verdict's own matches."""
    return censored_excerpt(text, spans=[(m.start, m.end) for m in verdict.matches])


def alert_text(
    *,
    verdict: Verdict,
    reason: AlertReason,
    jump_url: str,
    author_id: int,
    channel_id: int,
    excerpt: str,
    flags_in_window: int,
    nudged: bool,
    count: int = 1,
    since: float | None = None,
) -> str:
    """The alert posted to the moderators' channel; `excerpt` comes from `censored_excerpt`.

    `count` > 1: the alert was updated with later messages; the link is the newest.
    """
    categories = ", ".join(c.label for c in verdict.categories) or "none"
    why = (
        f"{flags_in_window} flagged messages from this member within the repeat window"
        if reason is AlertReason.REPEATED
        else f"{verdict.severity.label} severity"
    )
    lines = [
        f"\N{WARNING SIGN} **Kindness alert: {reason.value}**",
        f"Who: <@{author_id}> in <#{channel_id}>",
        f"Message: {jump_url}" if count == 1 else f"Newest message: {jump_url}",
    ]
    if count > 1:
        started = f" since <t:{int(since)}:t>" if since is not None else ""
        lines.append(
            f"Alerting messages from this member: **{count}**{started} "
            "(this alert is updated instead of posting again)"
        )
    lines += [
        f"Categories: {categories}",
        f"Severity: {verdict.severity.label} (score {verdict.score:.2f})",
        f"Why: {why}",
        f"Excerpt (censored): `{excerpt}`",
        "The member was nudged." if nudged else "No nudge was sent (cooldown or silent mode).",
    ]
    return "\n".join(lines)


@dataclass(slots=True)
class MemberAlert:
    """One member's open alert: the newest message's details and how many it folds."""

    guild_id: int
    user_id: int
    opened: float
    """The caller's clock when the alert opened (monotonic in the bot)."""
    opened_at: float
    """Wall-clock seconds, shown to moderators."""
    verdict: Verdict
    reason: AlertReason
    jump_url: str
    channel_id: int
    excerpt: str
    flags_in_window: int
    nudged: bool
    count: int = 1
    message_id: int | None = None
    """The posted alert message, once posted."""
    posted_in: int | None = None
    """The channel of `message_id` (the alert channel may change while the alert is open)."""
    syncing: bool = False
    """A post or edit for this alert is queued: later changes ride on it."""

    def text(self) -> str:
        return alert_text(
            verdict=self.verdict,
            reason=self.reason,
            jump_url=self.jump_url,
            author_id=self.user_id,
            channel_id=self.channel_id,
            excerpt=self.excerpt,
            flags_in_window=self.flags_in_window,
            nudged=self.nudged,
            count=self.count,
            since=self.opened_at,
        )


@dataclass(slots=True)
class Digest:
    """Alerts past the server's cap in one window, counted in a single message."""

    guild_id: int
    opened: float
    cap: int
    folded: int = 0
    members: dict[int, None] = field(default_factory=dict)
    jump_url: str = ""
    message_id: int | None = None
    posted_in: int | None = None
    syncing: bool = False

    def text(self) -> str:
        listed = list(self.members)[:DIGEST_MEMBERS_LISTED]
        more = len(self.members) - len(listed)
        who = ", ".join(f"<@{m}>" for m in listed) + (f" and {more} more" if more > 0 else "")
        return "\n".join(
            [
                "\N{WARNING SIGN} **Kindness alerts: too many to post one by one**",
                f"More than {self.cap} alerts in 10 minutes; **{self.folded}** more alerting "
                f"messages from {len(self.members)} member(s) are counted here instead.",
                f"Members: {who}",
                f"Newest message: {self.jump_url}",
                "Check `/kindness stats` and the channels for the whole picture.",
            ]
        )


@dataclass(slots=True)
class _GuildAlerts:
    members: OrderedDict[int, MemberAlert] = field(default_factory=OrderedDict)
    opened: deque[float] = field(default_factory=deque)
    digest: Digest | None = None


@dataclass(frozen=True, slots=True)
class AlertDetails:
    """What one alerting message adds to its member's alert."""

    verdict: Verdict
    reason: AlertReason
    jump_url: str
    channel_id: int
    excerpt: str
    flags_in_window: int
    nudged: bool
    wall_time: float


class AlertBook:
    """Open alerts per server and member, folded by window and capped per server."""

    def __init__(
        self,
        *,
        window: float = ALERT_WINDOW_SECONDS,
        cap: int = ALERTS_PER_WINDOW,
        max_guilds: int = MAX_GUILDS,
    ) -> None:
        self.window = window
        self.cap = cap
        self.max_guilds = max_guilds
        self._guilds: OrderedDict[int, _GuildAlerts] = OrderedDict()

    def fold(
        self, guild_id: int, user_id: int, now: float, details: AlertDetails
    ) -> MemberAlert | Digest:
        """Fold one alerting message; the alert (new or updated) or digest to sync."""
        book = self._book(guild_id, now)
        alert = book.members.get(user_id)
        if alert is not None:
            alert.count += 1
            alert.verdict = _stronger(alert.verdict, details.verdict)
            if details.reason is AlertReason.HIGH_SEVERITY:
                alert.reason = details.reason
            alert.jump_url, alert.channel_id = details.jump_url, details.channel_id
            alert.excerpt = details.excerpt
            alert.flags_in_window = max(alert.flags_in_window, details.flags_in_window)
            alert.nudged = alert.nudged or details.nudged
            return alert
        if len(book.opened) < self.cap:
            book.opened.append(now)
            alert = MemberAlert(
                guild_id,
                user_id,
                now,
                details.wall_time,
                details.verdict,
                details.reason,
                details.jump_url,
                details.channel_id,
                details.excerpt,
                details.flags_in_window,
                details.nudged,
            )
            book.members[user_id] = alert
            return alert
        digest = book.digest
        if digest is None:
            digest = book.digest = Digest(guild_id, now, self.cap)
        digest.folded += 1
        digest.members[user_id] = None
        digest.jump_url = details.jump_url
        return digest

    def open_alerts(self, guild_id: int) -> int:
        book = self._guilds.get(guild_id)
        return len(book.members) if book else 0

    def forget_member(self, guild_id: int, user_id: int) -> None:
        """Drop a member's open alert (after `/kindness forget`)."""
        book = self._guilds.get(guild_id)
        if book is not None:
            book.members.pop(user_id, None)
            if book.digest is not None:
                book.digest.members.pop(user_id, None)

    def _book(self, guild_id: int, now: float) -> _GuildAlerts:
        book = self._guilds.get(guild_id)
        if book is None:
            book = self._guilds[guild_id] = _GuildAlerts()
            while len(self._guilds) > self.max_guilds:
                self._guilds.popitem(last=False)
        self._guilds.move_to_end(guild_id)
        expired = now - self.window
        while book.opened and book.opened[0] <= expired:
            book.opened.popleft()
        while book.members:  # oldest first: alerts are added in opening order
            first = next(iter(book.members.values()))
            if first.opened > expired:
                break
            book.members.popitem(last=False)
        if book.digest is not None and book.digest.opened <= expired:
            book.digest = None
        return book


def _stronger(old: Verdict, new: Verdict) -> Verdict:
    """The verdict to show: the higher severity, then the higher score."""
    return new if (new.severity, new.score) >= (old.severity, old.score) else old
