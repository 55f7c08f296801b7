"""The gamechat31 held-back batch (issue 8): written with gamechat31_probe_lines.py, in the
same shapes with other wording, and counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the enemy jungler is a donkey", "the enemy top is a potato lol", "the enemy adc is a dog",
    "our top laner is a monkey", "our mid laner is a dog", "their bot laner is a baby",
    "our jungle player is a potato", "their mid player is a donkey lol",
    "our support player is a dog smh", "the enemy sova is a potato", "the enemy mercy is a baby",
    "the enemy support is a monkey", "our top lane is a dog", "their top laner is a literal monkey",
    "the enemy mid is an absolute dog", "our jungle main is a literal potato",
    "the enemy yasuo is a dog", "the enemy goalie is a donkey", "our adc player is a potato",
    "the enemy carry is a complete potato lol", "enemy top laner is a dog",
    "the enemy reyna is a baby", "their duelist main is a monkey", "the enemy awper is a potato",
    "this sage is trash", "this jett is garbage smh", "this yasuo is trash lol",
    "this pudge is useless", "this reyna is useless fr", "this mercy main is trash",
    "this lucian is garbage", "this riven is braindead", "this ana is useless lol",
    "this tracer is trash tbh", "this omen is garbage", "this techies is trash smh",
    "this sniper is useless", "this lux is trash", "this raze is dogshit",
    "this ezreal is trash fr",
)

HELD_CLEAN: tuple[str, ...] = (
    "the enemy jungler is bot", "the enemy top is back", "our top lane is pushing",
    "the enemy adc is a god", "our mid laner is a machine", "their support player is a beast",
    "the enemy jungler is a menace gj", "the enemy carry is a monster", "the enemy mid is a legend",
    "our bot lane is a disaster", "my dog is a dog", "the enemy jungler is a dog in fights",
    "the enemy adc is a dog main", "our mid laner is a potato farmer",
    "the enemy support is a baby sitter", "the enemy sova is a monkey king player",
    "the enemy top is a dog person lol", "our jungle main is a god",
    "this jett is nuts", "this sage is fed", "this yasuo is actually good",
    "this reyna is cracked lol", "this pudge is hooking everything",
    "this skin is garbage", "this patch is trash", "this mode is useless",
    "this server is trash smh", "this queue is garbage", "this weapon is trash",
    "this ult is useless lol", "this rank is trash", "this lobby is garbage",
    "im trash this game", "my sage is trash today lol", "is this sage useless?",
    "this jett is not useless", "this yasuo is trash at laning vs ranged",
    "the enemy team is pushing mid", "our top laner is afk", "the enemy mid is roaming bot",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the enemy adc is a god", "damn this sage is fed", "fuck the enemy top is back",
    "shit this mode is fun", "wtf our top lane is pushing", "fucking hell this jett is nuts",
)
# fmt: on
