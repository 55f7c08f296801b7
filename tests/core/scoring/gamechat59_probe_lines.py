"""The gamechat59 probe (issue 8): a player in game chat named by hero or role and put
down in a short line of its own with "bad" after a link word ("pudge is bad", "sf really
bad", "our mid very bad lol", "invoker bad af"), bare ("pudge bad", "bad pudge"), or with
a verdict whose copula chat drops ("pudge terrible", "sf awful gg", "pudge no brain");
and the clean lines in the same words that must stay clean (the hero, a pick, an item or
a build judged, a matchup or a patch after the word, the writer's own hero, negations,
questions, reports and opinions of the hero). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "bad" after a link word
    "pudge is bad", "sf is bad", "invoker is bad lol", "our mid is bad",
    "pudge really bad", "sniper very bad", "this slark is really bad", "meepo is very bad",
    "gg pudge is bad", "lol tinker really bad", "our carry very bad again", "jugg bad af",
    "support is really bad", "their offlaner is bad lol", "ur pudge is bad",
    # bare "bad"
    "pudge bad", "sf bad", "bad pudge", "bad sf lol", "mid bad", "report pudge bad",
    # a verdict with the copula dropped
    "pudge terrible", "sf awful", "invoker horrible lol", "slark worst", "our mid terrible",
    "gg pudge awful", "tinker terrible again", "this pa horrible",
    # "no brain"
    "pudge no brain", "sf no brain lol", "our carry no brain", "meepo zero brain",
    "techies no brain gg", "mid no brain",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the hero, a pick, an item or a build judged; a matchup or a patch after the word
    "pudge bad pick this patch", "bad item on pudge", "pudge is bad vs sniper",
    "sf is hard", "pudge is bad this patch", "sniper really bad into pudge",
    "invoker is very bad against silencer", "pudge terrible hero", "sf awful pick",
    "slark worst hero in the game", "bad pudge build", "pudge bad hook",
    "tinker is bad at lvl 1", "meepo terrible vs ember",
    # the writer's own hero, negations, questions, reports, opinions
    "my pudge bad lol", "my sf is bad sorry", "i am bad pudge", "pudge is not bad",
    "sf not bad", "is pudge bad?", "is sf really bad now?", "he said pudge is bad",
    "i think pudge is bad", "pudge is bad? no way", "not bad pudge", "pudge no brain hero",
    # the situation, the game, the lag
    "this is bad", "lag is really bad", "mid lane is terrible for ranged heroes",
    "no brain needed for this hero", "that was bad luck", "too bad for pudge",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit pudge hook was insane", "fucking hell that was close",
    "shit this lag is bad", "fuck yeah gg", "lmao what the fuck was that",
    "damn that sf ult was sick as fuck",
)
# fmt: on
