"""The gamechat32 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a name-call right before a hero or a role, inside its sentence
    "typical braindead jett", "classic stupid support", "lol another useless jungler",
    "blame the dumb healer", "we lost cuz of useless sova", "gg thanks to our retarded carry",
    "ofc the clueless tank ran in alone", "wow trash adc again", "cant carry with idiot supports",
    "imagine dying to braindead reyna", "we got a pathetic genji", "again useless mercy",
    "why do we always get dumb junglers", "our stupid pudge missed every hook",
    "gg stupid tank", "another round with a clueless duelist",
    "lost to a retarded yasuo lmao", "i hate queueing with useless healers",
    "ez win vs braindead jett", "classic idiot jungler",
    # a swear as the adjective on a hero or a role
    "fucking reyna", "this fucking pudge", "omg fucking mercy again", "your fucking jungler is afk",
    "wait for the fucking tank", "FUCKING GENJI", "this fuckin jett",
    "that fucking sova", "blame our fucking support", "fucking zed again",
    "fucking tracer lol", "my fucking carry went afk", "the fucking adc",
    "ur fucking healer never heals", "fucking alch farming again", "FUCKING CARRY",
    # older shapes kept
    "uninstall pls jett", "ez mid", "good job feeding again", "garbage jungler",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words at no one, oneself or a thing
    "the stupid sova arrow missed", "that fucking reyna ult was clean",
    "i'm such a useless tank today", "im a clueless jungler sorry",
    "stupid question but is genji good", "the useless talent on pudge",
    "fucking love playing mercy", "holy shit mercy is fun", "fuck yeah jett nerf reverted",
    "this stupid doom spell", "my fucking keyboard broke mid game",
    "reyna fucking carried", "fucking sova drone saved us", "stupid reyna skin looks great",
    "the tank role is useless this season", "stupid me, forgot to buy",
    "the jett fucking dashed past me lol", "damn genji is fast",
    "shit, genji is behind us", "fucking lag again",
    # denied, asked, reported, quoted
    "he's not a useless support at all", "is our tank useless?",
    "nobody is a useless healer, we all learn", "she typed \"stupid jett\" and left",
    "does anyone think genji is useless now?",
    # kind turns and plain game talk
    "ggwp jett you were insane", "nice shield rein", "focus the healer first",
    "their jungler is fed", "gg ez game lol", "we got stomped lol", "our support is doing great",
    "the useless tips in the guide", "fucking rosh took forever", "kill their carry first",
    "our tank needs heals", "protect the healer", "jett is my favourite agent",
    "pudge is so fun to play", "fucking great game guys",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a game", "fuck yes we won", "damn that clutch was insane",
    "shit i missed the smoke", "what the fuck lol", "fucking finally a win",
)
