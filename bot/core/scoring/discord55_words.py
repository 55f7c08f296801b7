"""Words of the discord55 round (issue 8, targeting_discord55.py): the moderators or the
room asked to remove a member of a Discord server named by a user mention, a pronoun or
"this kid" ("mods ban <@1>", "can a mod kick him", "someone ban this kid", "pls kick
<@3>", "ban him mods")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_words as c9
from bot.core.scoring import discord52_words as d52

# fmt: off
# The removing verbs, said to the moderators: never a bare one-word line ("ban the
# idiot", "kick the ball" stay the older lines' and threat's).
VERBS: Final[tuple[str, ...]] = ("ban", "kick", "remove", "mute", "timeout")
# Who is asked, right before the verb in this round's own lines ("mods ban", "someone
# kick", "pls ban"): the moderators, someone in the room, or a plea.
MODERATORS: Final[frozenset[str]] = c9.MODERATORS
ASKED: Final[tuple[str, ...]] = (
    "mods", "mod", "admins", "admin", "someone", "somebody", "pls", "plz", "please",
)
CALLS: Final[frozenset[str]] = frozenset(
    f"{asked} {verb}" for asked in ASKED for verb in VERBS
)
# "timeout" holds no older line with its pronoun ("kick him", "ban her" do, exclusion.txt):
# this round's own, the member inside.
MEMBERS: Final[frozenset[str]] = frozenset({"him", "her", "them", "em"})
TIMEOUTS: Final[frozenset[str]] = frozenset(f"timeout {member}" for member in MEMBERS)
OWN_TERMS: Final[frozenset[str]] = CALLS | TIMEOUTS
# The older lines re-read here: chat9's "kick him", "ban this" (a kick asked of the
# moderators, or no place named: left clean there; never "kick the", which names no
# member) and discord47's "mute" (no rally).
OLDER_TERMS: Final[frozenset[str]] = frozenset(
    term for term in c9.KICK_TERMS if not term.endswith(" the")
) | {"mute"}
REMOVERS: Final[frozenset[str]] = frozenset(VERBS) | frozenset(c9.KICK_VERBS)
# The member: a pronoun, a user mention (targeting_discord47.user_mention_at), or "this"
# or "that" and a person ("this kid", "that guy"); never the writer, a bot or a thing
# ("kick me", "ban the bot", "kick the ball", "ban morgana").
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "dis", "dat"})
PERSONS: Final[frozenset[str]] = frozenset({
    "kid", "kiddo", "guy", "dude", "girl", "boy", "person", "user", "man", "woman", "lady",
    "child", "fella", "gal",
})
# Before the verb, only chat's openers and who is asked ("yo mods", "can a mod", "bro
# someone", "guys can an admin"): a subject, a report, a negation or a question word
# leaves it no call ("he got banned", "why did the mods kick him", "mods dont ban him",
# "did someone mute <@6>?"); the moderators asked as "you" ("mods can you ban him").
CALLERS: Final[frozenset[str]] = d52.CALLERS | MODERATORS | frozenset(ASKED) | {
    "an", "ok", "you", "u",
}
OPENER_REACH: Final = 5
# Who is asked, before the verb for the older lines ("mods ban him", "someone kick
# him"): the moderators, someone, or a plea; "can we" alone asks nobody to act.
ASKERS: Final[frozenset[str]] = MODERATORS | frozenset(ASKED) | {"some1", "sum1"}
# After the member, chat's tails before the moderators called last ("ban him mods",
# "ban <@1> mods pls", "mute <@2> mods already").
TAILS: Final[frozenset[str]] = frozenset({
    "pls", "plz", "please", "already", "rn", "now", "asap", "lol", "lmao", "fr", "ffs",
})
TAIL_REACH: Final = 2
# After the member, in the next few words: a reason that makes it a report of spam or a
# broken rule, logistics or the member's own wish (discord52's: "... he posted a scam
# link", "... hes posting nsfw", "... its a bot account", "... his account got hacked",
# "... she asked to leave"), and the rule breaker's own words.
EXCUSES: Final[frozenset[str]] = d52.EXCUSES | {
    "slur", "slurs", "porn", "link", "links", "advertising", "advertises", "dox",
    "doxxing", "doxxed", "underage", "troll", "trolling", "raided", "spammed", "scamming",
    "scammed", "phishing", "virus", "malware", "nitro",
}
AFTER_REACH: Final = 8
# fmt: on
