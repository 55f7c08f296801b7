"""The discord55 probe (issue 8): the moderators or the room asked to remove a member of
a Discord server, named by a user mention, a pronoun or "this kid" ("mods ban <@1>",
"can a mod kick him", "someone ban this kid", "pls kick <@3>", "ban him mods"); and the
clean lines in the same words that must stay clean (a report of spam or a broken rule
with its reason, questions and reports of a ban, the writer, bots and spam, game talk,
negations). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the moderators called on, the member right after the verb
    "mods ban <@1>", "mods kick <@1>", "mods ban him", "mods kick her", "mods remove <@2>",
    "admins ban <@3>", "admin kick <@4> pls", "mod ban <@5> already", "mods pls ban <@6>",
    "yo mods kick <@7>", "mods mute <@8> already", "mods timeout <@9> rn",
    "can a mod kick him", "can a mod ban <@1>", "can an admin kick her",
    "could a mod remove <@2> pls", "mods ban this kid", "mods kick this guy",
    # someone or the room called on, or a plea
    "someone ban this kid", "someone kick <@3>", "somebody ban him already",
    "can someone kick <@4>", "can someone timeout <@5>", "pls ban <@6>", "plz kick him",
    "please ban <@7>", "pls kick this kid", "someone mute <@8> lol",
    # the moderators called after the member
    "ban him mods", "kick <@9> mods", "ban <@1> mods pls", "timeout her mods",
    "remove him admins", "kick this kid mods", "mute <@2> mods already",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a report of spam or a broken rule, the reason given
    "mods ban <@1>, he posted a scam link", "mods kick him hes spamming",
    "can a mod ban <@2> hes posting nsfw", "someone ban <@3> its a bot account",
    "pls ban <@4> he keeps raiding", "mods remove <@5>, his account got hacked",
    # questions, reports and talk about bans
    "how do i ban someone", "why did the mods kick him?", "he got banned lol",
    "did the mods ban <@6>?", "they kicked her from vc yesterday", "who banned <@7>",
    "the mods banned him last week", "how do you timeout someone on mobile",
    # the writer
    "kick me from vc im afk", "ban me if i spam", "mods ban me pls i need to study",
    "someone kick me i cant leave", "pls mute me im eating",
    # bots, spam and things
    "kick the spam bot", "ban the bot", "mods ban the spam links",
    "someone remove the music bot", "pls mute the bot its so loud",
    # game talk
    "kick the ball", "ban morgana this game", "vote kick the afk", "ban yasuo every game",
    # negations and mercy
    "mods dont ban him", "pls dont kick <@8> hes new", "nobody kick her pls",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the mods are fast today", "damn the ban wave is fucking huge lol",
    "fuck i got kicked from vc again lmao", "shit my wifi kicked me out",
    "the mods are the fucking best ngl", "wtf this game is so damn laggy",
)
