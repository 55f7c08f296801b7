"""The gamechat35 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "jungle is afk farming again", "our mid is afk farming lol", "carry afk farm all game",
    "am afk farming while we lose", "void afk farming jungle again", "mid stealing my farm",
    "jungler keeps stealing my kills", "our top stole my kill", "carry stealing all my farm",
    "jungle ks every time", "mid ksing again wtf", "jungle has 0 ganks",
    "our jungler never ganked once", "jungler never ganks bot", "support never helps",
    "mid isnt helping at all", "jungle not helping", "support doing nothing lol",
    "our top does nothing", "jungler doing nothing all game", "pudge no help",
    "carry does absolutely nothing", "mid 0/11 lol", "adc 1/12 again",
    "0/9 jungle gg", "top 0/8 nice", "our mid is 2/14", "support 0/12 what a surprise",
    "pudge 1/10 gg", "jungle 0/6 again", "great job jungle, really", "wow nice job adc",
    "well played mid, truly", "amazing job support, really amazing", "gj top, really helpful",
    "thanks support, great help", "our carry is feeding", "jungle is throwing again",
    "top is trolling", "thanks for nothing mid",
)

HELD_CLEAN: tuple[str, ...] = (
    "jungle is farming top side", "mid is 12/1 lets go", "top is back in lane",
    "carry is afk for a sec, he said brb", "gj jungle that gank was clean", "nice job guys",
    "support is farming wards", "carry farm the jungle pls", "afk farming is a valid strat",
    "we should farm a bit", "mid is helping top", "our adc is 9/2 nice",
    "their mid is 0/12 lol", "their carry is afk farming", "enemy jungle keeps stealing camps",
    "enemy support doing nothing", "im 1/9 my bad guys", "i was afk farming sorry",
    "i stole your kill sorry", "my bad i ks", "i did nothing this game sorry",
    "i wasnt helping enough", "is mid afk?", "is carry afk farming?",
    "is support doing nothing?", "she said jungle is afk farming", "report pudge ksing",
    "mid isnt stealing anything", "jungle didnt steal, i was dead",
    "\"mid never helps\" lol classic meme", "thanks mid for the help",
    "thanks support great wards", "jungle 3 ganks already nice", "mid is 0/0 so far",
    "top 5/5 even game", "0/10 would not recommend this skin", "the game is 2/12 on steam",
    "nice job team that was clean", "well played everyone", "great job jungle that was sick",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit mid is fed", "fuck the enemy jungle is good", "damn that was close",
    "shit i missed the hook", "fucking insane gank", "hell yeah gg",
)
