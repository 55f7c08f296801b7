"""The gamechat31 probe (issue 8): in-game chat lines of many games in the round's shapes
(a player called a thing or a beast with a two-word role or "the enemy" before the role:
"the enemy jungler is a dog", "our mid laner is a potato", "our bot lane is a literal
dog"; a hero with "this" before it called trash: "this jett is trash smh") and clean chat
that looks alike: callouts and plans, pets and things, enemies praised, the writer's own
play, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a two-word role, or "the enemy" before the role, called a thing or a beast
    "the enemy jungler is a dog", "the enemy mid is a potato", "the enemy adc is a monkey",
    "our mid laner is a potato", "our top laner is a dog lol", "their support player is a baby",
    "our bot lane is a dog", "our jungle main is a donkey", "the enemy carry is a monkey",
    "the enemy support is a literal dog", "our mid laner is an absolute potato",
    "our top laner is a complete donkey", "their jungle player is a dog smh",
    "the enemy jett is a monkey", "the enemy keeper is a potato", "our support main is a baby",
    "the enemy pudge is a dog lol", "our bot laner is a total potato",
    "the enemy top is a donkey", "our mid player is a dog",
    "enemy mid laner is a potato", "the enemy tank is a baby",
    # a hero with "this" before it called a name, a chat tag at most after it
    "this jett is trash", "this jett is trash smh", "this yasuo is useless",
    "this pudge is garbage lol", "this reyna is trash fr", "this genji is useless smh",
    "this sova is braindead", "this teemo is trash", "this invoker is garbage",
    "this widow is useless tbh", "this zed is trash lol", "this phoenix is dogshit",
)

TUNE_CLEAN: tuple[str, ...] = (
    # callouts, plans, enemies praised, things
    "the enemy jungler is top", "the enemy mid is missing", "our bot lane is pushing",
    "our mid laner is a god", "the enemy jungler is a god", "our top laner is a beast",
    "the enemy adc is a monster gj", "their support player is a legend",
    "the enemy carry is a smurf", "our bot lane is a mess", "the enemy dog is a dog",
    "the enemy mid is a dog in lane", "my pet is a dog", "the enemy jungler is a dog main lol",
    "the enemy jungler is a doggo", "our mid laner is a potato farmer lol",
    "the enemy support is a baby bot", "the enemy jett is a monkey skin user",
    "this jett is cracked", "this jett is insane", "this yasuo is fed",
    "this skin is trash", "this build is trash", "this patch is garbage",
    "this map is trash smh", "this game is useless", "this item is garbage lol",
    "this champ is trash in the current meta", "im a trash jett", "my jett is trash smh",
    "is this jett trash?", "this jett is not trash", "this jett is trash at eco rounds",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the enemy jungler is a god", "fucking nice shot jett",
    "damn this jett is cracked", "shit our bot lane is pushing", "wtf this map is so big",
    "hell yeah the enemy mid is dead",
)
# fmt: on
