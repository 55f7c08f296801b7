"""The gamechat44 probe (issue 8): a player shamed by a bad kill/death record in game
chat ("lina 0-9 gg", "0/11 axe lol", "pudge 1-12 report", "our mid is 0 and 8"), said of
a hero, a role, "he", "our X", or standing alone with a shaming word, and the clean lines
in the same words that must stay clean (the writer's own record, a good record, a score,
a time, a date, a rating). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "lina 0-9 gg",
    "0/11 axe lol",
    "sf 2-15 and still talking",
    "pudge 1-12 report",
    "our mid is 0 and 8",
    "0-10 techies uninstall",
    "riki 1-11 lmao",
    "invoker 0/8 report him",
    "0-9 sniper gg",
    "our carry is 1-10",
    "their mid 0-7 haha",
    "he is 0-9 lol",
    "he went 1-13 again",
    "drow 2-14 uninstall pls",
    "2-12 pa noob",
    "0/9 noob",
    "1-11 report",
    "report wk 0-8",
    "jugg 0/10 gg",
    "enemy mid 1-9 lol",
    "our support 0-11 xd",
    "1-14 tinker ggwp",
    "meepo 0 - 9 lmao",
    "3-15 slark lol",
    "zeus 0/12 trash",
    "our pudge is 2-13",
    "she is 0-8 report",
    "0-12 and still flaming",
    "this guy is 1-10",
    "mid 0-9 uninstall dota",
    "void 1-12 noob",
    "lion 0-9-2 lol",
    "0-8 storm haha",
    "gg our mid 0-10",
    "2-16 huskar report pls",
)

TUNE_CLEAN: tuple[str, ...] = (
    "i'm 0-12 sorry guys",
    "my bad i'm 0/7",
    "drow 12-0 carry us",
    "score is 0-12 push now",
    "10-2 lets go",
    "gg wp 20-5",
    "rosh at 0:45",
    "see you on 12-5",
    "im 1-9 my fault",
    "sorry i went 0-8",
    "i was 0-10 lol",
    "my bad 2-11 gg",
    "pudge 11-1 gg",
    "lina 9-0 nice",
    "we are 0-9 in fights",
    "our team is 1-8 in kills",
    "kills are 2-14 gg",
    "it's 0-10 in towers",
    "3-2 good trade",
    "he is 8-0 ward him",
    "sniper 5-6 not bad",
    "gg 12-10",
    "1/10 would not play again",
    "rate it 2/10",
    "game at 1-15 tomorrow",
    "i'm 2-13 uninstalling lol",
    "we went 0-6 in teamfights",
    "axe 15-2 mvp",
    "0-1 down in the series",
    "pick 1-2 heroes",
    "wait 5-10 min",
    "lvl 6-7 gank",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game",
    "fuck this lag",
    "damn that was close",
    "shit i missed the stun",
    "fucking finally we won",
    "hell yeah gg",
)
