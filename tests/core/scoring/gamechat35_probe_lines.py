"""The gamechat35 probe (issue 8): game chat that blames a teammate by role or hero for an
in-game failing (afk farming, stealing farm or kills, ganking nobody, not helping, doing
nothing), quotes a bad score at a role ("adc 0/10 again"), or praises a failing with
sarcasm ("great job top, really great"); and clean game talk that looks alike (plain
farming, the enemy's score, the writer's own, asked, reported, kind praise). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a role or a hero blamed for a failing
    "this jungler is afk farming", "our jungler afk farming again",
    "jungle afk farming while we die", "mid afk farming the whole game",
    "riki afk farming as usual", "jungle stealing my farm again",
    "our mid keeps stealing my kills", "carry stole my farm again wtf",
    "mid ks again", "jungler ksing every fight", "jungle never ganks",
    "our jungler ganked nobody all game", "jungle 0 ganks in 20 min",
    "support not helping at all", "carry isnt helping", "adc doing nothing",
    "our carry does nothing all game", "jungle no help at all", "ember no help",
    "top is doing nothing again",
    # a bad score quoted at a role
    "adc 0/10 again what a surprise", "0/10 adc", "mid 2/12 gg", "jungle 0/7 lol",
    "support 0/8 btw", "sniper 0/9 gg", "our carry is 1/11",
    # sarcastic praise of a failing
    "great job top, really great", "nice job mid", "well played jungle, really",
    "nice one jungle, another death", "thanks jungle, really helpful",
    # older shapes kept
    "our support is feeding again", "mid is throwing", "thanks for nothing jungle",
)

TUNE_CLEAN: tuple[str, ...] = (
    # plain game talk
    "jungler is farming bot side", "adc is 10/0 nice", "mid is back",
    "our jungle is afk, brb he said", "gj mid that was sick", "nice job team",
    "jungle is farming top camps", "mid go farm the jungle", "go afk farm the jungle",
    "we need to farm more", "support is helping bot", "our carry is 8/1 lets go",
    # the enemy
    "their adc is 0/10 lol ez", "their jungle is afk farming lol",
    "enemy mid keeps stealing our camps", "enemy carry doing nothing lol",
    # the writer
    "im 0/10 sorry guys", "im afk farming sorry", "sorry i stole your farm",
    "i ks again my bad", "i did nothing that fight my bad", "im not helping much sorry",
    # asked, reported, denied, quoted
    "is jungle afk?", "is jungle afk farming?", "is mid doing nothing?",
    "he said mid is afk farming", "report oracle ksing", "jungle isnt stealing, relax",
    "mid didnt ks, i was low", "\"jungle never ganks\" is such a meme",
    # kind
    "thanks jungle for the gank", "support thanks for the help",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that gank was insane", "fuck i died again", "damn mid is fed lol",
    "shit the jungle camps respawned", "fucking nice play", "hell yeah we won",
)
