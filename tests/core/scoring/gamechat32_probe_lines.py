"""The gamechat32 probe (issue 8): game chat (Dota 2, League, Valorant, Overwatch, CS) in
the round's shapes (a name-call right before a hero or a role inside its sentence:
"classic useless mercy", "blame stupid pudge", "gg we lost to braindead jett"; a swear as
the adjective on a hero or a role: "fucking jett", "this fucking alch", "ur fucking carry
is afk") and clean chat that looks alike (the same words at no one, at oneself or at a
thing, denied, asked, reported, quoted, kind turns, plain game talk). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a name-call right before a hero or a role, inside its sentence
    "classic useless mercy", "lol typical useless support", "blame stupid pudge",
    "gg we lost to stupid jett", "wow classic trash jungler", "ofc the useless healer died first",
    "we had a retarded sova", "why do i always get stupid supports",
    "cant win with useless tanks", "imagine losing to braindead yasuo",
    "again clueless jungler", "we have an idiot adc", "thanks to our stupid reyna",
    "gg useless carry", "another game with a braindead support", "i hate playing with dumb healers",
    "wp you beat retarded omni", "this pathetic genji again",
    # a swear as the adjective on a hero or a role
    "fucking jett", "this fucking alch", "omg fucking reyna again", "ur fucking carry is afk",
    "wait for your fucking support", "FUCKING SLARDAR", "this fuckin pudge",
    "that fucking tracer", "blame the fucking healer", "fucking yasuo again",
    "fucking genji lol", "our fucking jungler went afk",
    # older shapes kept
    "uninstall the game jett", "ez noobs", "nice job feeding", "trash mercy", "shitty support",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one, oneself or a thing
    "the stupid pudge hook got me again", "that fucking pudge hook was insane",
    "i'm such a useless support today", "im a useless mercy sorry guys",
    "stupid question but how do i play mercy", "the useless duel talent",
    "fucking love playing jett", "holy shit jett is so fun", "fuck yeah reyna buff",
    "this stupid storm knocked our power out", "my fucking mouse died mid fight",
    "jett fucking carried us", "fucking jett ult saved us", "stupid jett skin is so pretty",
    "the support role is useless this patch", "stupid me, i forgot to ward",
    "the pudge fucking hooked me through the trees lol", "damn jett is strong this patch",
    "shit, tracer is flanking", "fucking ping again",
    # denied, asked, reported, quoted
    "she's not a useless healer at all", "is our jett useless?",
    "no one is a useless support, everyone learns", "he said \"useless mercy\" and left",
    "who else thinks mercy is useless in this meta?",
    # kind turns and plain game talk
    "ggwp mercy you were amazing", "nice heal mercy", "kill the tank first",
    "their mid is fed", "ez game ggwp", "we got destroyed lol", "our healer is doing great",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a fucking sick game", "fuck yeah we won", "damn this map is huge",
    "shit i forgot my ult", "what the fuck was that play lol", "fucking finally ranked is back",
)
