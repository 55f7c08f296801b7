"""The gamechat36 probe (issue 8): game chat that gives a verdict on a teammate named by
hero, agent or role ("this jett is trash", "our legion is shit", "our sova has no aim",
"sage never heals", "adc 0/10") and clean chat that looks alike (the hero's balance, the
enemy, the writer, questions, reported speech, praise). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a demonstrative or "our" + hero + verdict
    "this jett is trash", "this pudge is garbage", "this invoker is useless",
    "that pudge is terrible", "this riven is actually awful", "this sven is so bad holy",
    "this lina is absolutely horrible", "our legion is shit", "this pa is so trash",
    "this jett is dogshit", "this pudge is pathetic", "this invoker is so useless",
    "this jett trash", "lol this sova is garbage", "that reyna is actually useless",
    "omg this slark is so bad", "this meepo is hopeless",
    # a hero or role + a skill failing
    "our sova has no aim", "jett no aim", "sage never heals", "our support never heals",
    "our healer never heals lol", "our mid has no map awareness", "our jett cant aim",
    "pudge cant hit a single hook", "reyna literally has no aim",
    "this cypher has zero map awareness",
    "omen never smokes", "our sage never heals anyone",
    # a bad score quoted at a role or hero
    "adc 0/10", "mid 2/12 gg", "pa 1/9 gg", "our carry is 0/8 lmao",
    "invoker 0/11 gg go next", "pudge 0 hooks landed gg",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the hero's balance, a thing of the hero's
    "jett is trash tier this patch", "this hero is trash", "this jett skin is trash",
    "this pudge arcana is garbage", "this invoker build is useless",
    "sova is useless in this meta", "sage heals are trash since the nerf",
    # praise
    "our jett is cracked", "this pudge is insane", "adc is 10/0 nice",
    "this invoker is so good", "our sova has insane aim", "sage always heals me ty",
    # the enemy
    "their adc is 0/10 lol", "their jett is trash", "enemy sova has no aim lol",
    "their pudge cant hit a hook",
    # the writer
    "im 0/10 sorry guys", "my jett is trash, still learning", "i have no aim today",
    "i cant aim tonight sorry", "my pudge is garbage i know", "i never heal sorry",
    # asked, reported, denied
    "is jett trash now?", "is this invoker useless?", "he said our mid is trash",
    "our jett isnt trash", "this pudge is not bad at all", "does sage never heal?",
    # everyday words
    "this lag is so bad", "this game is garbage", "no aim assist on pc",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this jett is cracked", "fuck yeah pudge hook", "damn nice heal sage",
    "shit lag again", "fucking insane ult invoker", "hell yeah gg ez game boys",
)
