"""The seventeenth game-chat held-back batch (issue 8), written before any rule and
counted only twice: at the start and at the end. Other games than Dota: League,
Overwatch, Valorant, CS, Fortnite, Roblox, Minecraft."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "our adc is inting on purpose", "stop inting jungler", "teemo is inting lmao",
    "lee sin keeps inting", "bot lane gap", "top gap again", "jungle gap gg",
    "sage diff", "their jungler is better than ours, jungle diff", "our ana is throwing",
    "genji stop throwing", "you are throwing the whole game", "jett bottom frag every round",
    "phoenix bottom fragging again lol", "you re the bottom frag shut up",
    "ff this garbage team", "ff our jungle is trash", "ff15 cause of this bot",
    "rush a you morons", "stop baiting you coward", "bot awper missing every shot",
    "default skin noob", "ur so bad at editing", "ur building is trash noob",
    "oof ur so bad", "you noob griefer", "stop griefing my base you clown",
    "get out of my world noob", "uninstall valorant", "go back to silver",
    "go back to fortnite kid", "uninstall pls you are useless",
    "instalock reyna and still bottom frag", "mercy diff", "yasuo main so trash",
    "our tank is inting", "report jinx she is inting", "stop feeding yasuo",
    "hardstuck iron player", "you belong in bronze",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that pentakill", "fucking insane flick", "shit i missed the smite",
    "damn that ace was clean", "fuck the enemy baron steal", "wtf that headshot",
    "shit my house burned down", "hell yeah we won", "fucking creeper", "oh fuck dragon",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "ff at 20?", "open mid sounds good", "support diff, sorry guys", "gg wp all",
    "i am inting sorry", "their reyna is cracked", "nice clutch raze",
    "sorry guys im throwing hard", "top gap was me, my bad", "we should rush a",
    "stop baiting their abilities", "ur building is so good", "oof lag spike",
    "who griefed the server spawn?", "going back to base", "uninstall and reinstall fixed it",
    "i'm bottom frag but its fine", "heal me mercy pls", "nice shot sova",
    "lets duo later", "jungle was hard this game", "the gap between ranks is huge",
    "default skins are cool", "go back to lobby",
    "minecraft griefing is a problem", "wp jungle", "ty for the heals",
    "bronze to silver finally", "i'm hardstuck iron lol", "I can't aim today",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
