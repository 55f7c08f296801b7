"""The gamechat36 held-back lines (issue 8): the probe's shapes in other words, written at
the same time; counted once at the start and once at the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a demonstrative or "our" + hero + verdict
    "this reyna is trash", "this techies is garbage", "that invoker is useless",
    "this sniper is terrible", "this drow is awful lol", "this lc is so bad",
    "that slark is horrible", "our bloodseeker is shit", "this sf is so trash",
    "this raze is dogshit", "our spectre is pathetic", "this rubick is so useless",
    "this killjoy trash", "omg this medusa is garbage", "that skye is actually useless",
    "wtf this riki is so bad", "this tinker is hopeless", "this pudge is actually dogshit",
    # a hero or role + a skill failing
    "our reyna has no aim", "raze no aim", "healer never heals", "our supp never heals",
    "our sage never heals lmao", "our jungler has no map awareness", "this sova cant aim",
    "pudge cant hit a hook", "jett literally has no aim", "our omen has zero map awareness",
    "our brimstone never smokes", "support never heals anyone", "our carry has no map awareness",
    # a bad score quoted at a role or hero
    "adc 0/12", "top 1/10 gg", "jungle 0/7 ff", "our mid is 1/11 lol",
    "sven 0/9 go next", "pudge 0 hooks in 15 min", "support 0/8 gg",
    "carry 2/14 lmao", "riki 0/6 gg",
)

HELD_CLEAN: tuple[str, ...] = (
    # the hero's balance, a thing of the hero's
    "reyna is trash tier now", "this agent is trash", "this reyna skin is garbage",
    "this invoker set is trash", "this slark build is useless", "drow is useless in this patch",
    "this hero is so bad right now", "healers are trash since the update",
    # praise
    "our reyna is cracked", "this techies is insane lol", "mid is 12/1 gg",
    "this slark is so good", "our jett has crazy aim", "our healer always heals ty",
    "carry 15/2 nice",
    # the enemy
    "their mid is 0/12 ez", "enemy reyna is trash", "their sova has no aim",
    "enemy pudge cant hit anything", "their support never heals lol",
    # the writer
    "im 1/9 my bad", "my reyna is garbage still learning", "i have no aim rn",
    "i cant aim today guys", "my invoker is trash lol", "sorry i never heal",
    # asked, reported, denied
    "is reyna trash now?", "is this slark bad?", "she said our jett is trash",
    "our reyna isnt trash", "this sniper is not that bad", "why does sage never heal?",
    # everyday words and things
    "this ping is so bad", "this map is garbage", "the aim trainer is useless",
    "this patch is trash", "no aim assist lol", "the servers are so bad today",
    "this weather is awful", "this storm is terrible",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit this reyna is insane", "fuck yeah nice hook", "damn gg that was close",
    "shit my ping again", "fucking sick ace jett", "hell yeah comeback boys",
)
