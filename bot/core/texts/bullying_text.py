"""What the bot says about bullying patterns: the moderators' alert and the member's DM.

The alert is for moderators (English, like the other alerts): who may be targeted, how
many hostile messages from how many members over what time, links to the most recent
few and the categories; ids render as names and never ping (the bot sends with
`allowed_mentions` none). The DM is for the member, in the server's language, in the
house voice: warm, never their fault, where block, mute and report are, whether the
moderators were told, and how to stop these messages. It never quotes anyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.texts.escape import escape_name
from bot.core.texts.nudge_texts import texts_for

SHIELD = "\N{SHIELD}"
HEART = "\N{YELLOW HEART}"
MAX_NAMED = 10


def jump_url(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def span_text(seconds: float) -> str:
    """'under a minute', '9 minutes', '3 hours', '2 days'."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} hours"
    return f"{hours // 24} days"


def episode_alert_text(
    *,
    persistent: bool,
    guild_id: int,
    target_id: int,
    messages: int,
    author_ids: Sequence[int],
    author_count: int,
    first_at: float,
    last_at: float,
    days: int,
    links: Iterable[tuple[int, int]],
    categories: Sequence[str],
) -> str:
    """The alert posted once per episode and edited as it goes on."""
    named = ", ".join(f"<@{a}>" for a in author_ids[:MAX_NAMED])
    more = author_count - min(len(author_ids), MAX_NAMED)
    who = named + (f" and {more} more" if more > 0 else "")
    span = span_text(last_at - first_at)
    if persistent:
        what = (
            f"**{messages}** hostile message{'s' if messages != 1 else ''} from {who}, "
            f"on **{days}** different days within a week (since <t:{int(first_at)}:d>)"
        )
        kind = "the same member, again and again"
    else:
        what = (
            f"**{messages}** hostile messages from **{author_count}** members over {span} "
            f"(since <t:{int(first_at)}:t>)"
        )
        kind = "a pile-on"
    recent = " · ".join(jump_url(guild_id, c, m) for c, m in reversed(list(links)))
    lines = [
        f"{SHIELD} **A member may be being targeted** ({kind})",
        f"Who: <@{target_id}>",
        f"What: {what}",
    ]
    if not persistent:
        lines.append(f"From: {who}")
    lines += [
        f"Most recent: {recent}",
        f"Categories: {', '.join(categories) or 'none'}",
        "This alert is updated as the episode goes on instead of posting again. "
        "Consider checking in on them; `/kindness bullying` has the settings.",
    ]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class SupportTexts:
    """The member's DM and its button, in one language."""

    intro: str  # "{guild}" is filled in
    not_your_fault: str
    moderators_told: str
    moderators_not_told: str
    opt_out_label: str
    opt_out_done: str
    opt_out_already: str


EN = SupportTexts(
    intro=f"{HEART} Hi. In **{{guild}}**, the kindness bot noticed several unkind messages "
    "aimed at you recently.",
    not_your_fault="That is not your fault, and you don't have to put up with it. "
    "Behind every account is a real person, you included.",
    moderators_told="The server's moderators have been told, so you don't have to explain "
    "it all yourself.",
    moderators_not_told="If you want help, you can reach the server's moderators with "
    "**Report to moderators**, as shown above.",
    opt_out_label="Don't message me about this again",
    opt_out_done=f"Done: I won't message you about this again for that server. Take care. {HEART}",
    opt_out_already="You already asked me not to; I won't message you about this again.",
)

IT = SupportTexts(
    intro=f"{HEART} Ciao. In **{{guild}}** il bot della gentilezza ha notato di recente diversi "
    "messaggi poco gentili rivolti a te.",
    not_your_fault="Non è colpa tua, e non devi sopportarlo. Dietro ogni account c'è una "
    "persona vera, anche tu.",
    moderators_told="I moderatori del server sono stati avvisati, quindi non devi spiegare "
    "tutto tu.",
    moderators_not_told="Se vuoi aiuto, puoi contattare i moderatori del server con "
    "**Report to moderators**, come spiegato sopra.",
    opt_out_label="Non scrivermi più per questo",
    opt_out_done=f"Fatto: non ti scriverò più per questo per quel server. Abbi cura di te. {HEART}",
    opt_out_already="Me l'avevi già chiesto; non ti scriverò più per questo.",
)

SUPPORT_TEXTS: dict[str, SupportTexts] = {"en": EN, "it": IT}


def support_texts(languages: Sequence[str]) -> SupportTexts:
    """The server's first language that has these texts (English otherwise)."""
    for language in languages:
        if language in SUPPORT_TEXTS:
            return SUPPORT_TEXTS[language]
    return EN


def support_dm_text(languages: Sequence[str], *, guild_name: str, moderators_told: bool) -> str:
    """The one private message to a member who may be being targeted.

    Warm, not their fault, the safety tools (block, mute, report), whether the moderators
    were told; the server's name is escaped (its owner chose it).
    """
    texts = support_texts(languages)
    told = texts.moderators_told if moderators_told else texts.moderators_not_told
    return "\n\n".join(
        [
            texts.intro.format(guild=escape_name(guild_name)),
            texts.not_your_fault,
            texts_for(languages).safety_tools,
            told,
        ]
    )


def bullying_status_text(
    *,
    pile_on: tuple[bool, int, int, int],
    persistent: tuple[bool, int],
    dm: bool,
    alert_channel_id: int | None,
) -> str:
    """`/kindness bullying status` (and the answer to every change): the settings in words.

    `pile_on` is (enabled, messages, members, minutes); `persistent` is (enabled, days).
    """
    on_off = {True: "**on**", False: "**off**"}
    pile_enabled, messages, members, minutes = pile_on
    persistent_enabled, days = persistent
    where = (
        f"Alerts go to <#{alert_channel_id}>, one per episode, updated as it goes on; "
        "they never ping anyone."
        if alert_channel_id
        else "No alert channel is set (`/kindness setup`), so episodes are only counted, "
        "in `/kindness stats` and the weekly summary."
    )
    return "\n".join(
        [
            f"{SHIELD} **Bullying patterns**: hostile messages aimed at one member "
            "(replies and mentions, as Discord reports them).",
            f"- Pile-on: {on_off[pile_enabled]}: {messages} hostile messages from at least "
            f"{members} different members within {minutes} minutes.",
            f"- Persistent targeting: {on_off[persistent_enabled]}: the same member, on at "
            f"least {days} different days within 7 days.",
            f"- Private message to the member: {on_off[dm]}: at most one every 7 days, with "
            "the safety tools and a button to never get it again.",
            where,
            "Who aimed at whom is kept in memory only and forgotten when the window passes.",
        ]
    )
