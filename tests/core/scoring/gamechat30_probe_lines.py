"""The gamechat30 probe (issue 8): in-game chat lines of many games in the round's shapes
(a player summed up as an archetype: "typical trash jungler", "another useless support";
a player called a thing or a beast with an intensifier: "our jungler is a literal dog",
"our mid is an absolute potato") and clean chat that looks alike: the writer's own play,
loot and servers called trash, pets and things, callouts, plans, enemies praised,
questions asked in earnest ("how are you even awake"), friendly swearing. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a player summed up as an archetype
    "typical trash jungler", "typical useless support", "another useless support",
    "classic trash mid", "typical garbage adc", "another trash jungler lol",
    "typical trash jett", "classic useless tank", "yet another trash support",
    "typical braindead yasuo", "another garbage teammate", "typical trash teammates",
    "typical useless healer", "classic garbage duelist", "another trash goalie",
    "typical noob jungler", "another braindead jett", "typical dogshit support",
    "classic useless mercy", "typical trash carry lol",
    # a player called a thing or a beast with an intensifier
    "our jungler is a literal dog", "our mid is an absolute dog",
    "jett is a literal potato", "our support is an absolute potato",
    "this sova is an actual monkey", "our adc is a literal toddler",
    "the enemy jungler is an absolute donkey", "our tank is a literal baby",
    "yasuo is an absolute dog lol", "our top is a complete potato",
    "mercy is a literal monkey", "our keeper is an actual donkey",
    "our duelist is a total potato", "this pudge is an absolute dog",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer, things and loot, the talk itself
    "im a typical trash jungler lol", "typical trash loot from this boss",
    "another trash drop", "typical trash matchmaking", "classic trash rng",
    "typical trash servers again", "another useless skin", "typical useless item",
    "stop the typical trash talk", "typical jett player", "typical yasuo main",
    "another jungler on the team", "classic support play", "typical mercy pocket",
    "another game another loss", "im a classic useless support, sorry guys",
    # pets, things, callouts, plans
    "my pet is a literal dog", "my dog is an absolute unit", "the boss is an absolute dog",
    "the mount is a literal potato", "this skin is an absolute potato",
    "our jungler is a literal god", "our mid is an absolute beast",
    "jett is an absolute monster, gj", "the enemy jungler is an absolute menace gj",
    "our support is a literal angel", "jett push b", "sage wall mid",
    "jungler can you gank top", "the enemy jett is really good",
    "how are you even awake", "how are you even awake at 4am lol",
    "how is he even alive", "how are u even online rn", "how are you even doing that",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit our jungler is a literal god", "fucking nice shot jett",
    "damn that was an absolute beast play", "shit i forgot to buy again",
    "wtf typical lag spike", "hell yeah another win",
)
# fmt: on
