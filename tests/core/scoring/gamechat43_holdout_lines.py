"""Held-back lines of the gamechat43 round (issue 8): other wordings of the probe's
shapes (performance shaming in game chat), written at the same time as the probe.
Counted only at the start and at the final count.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sniper 0-10 gg", "0/9 kunkka lol", "top 1-12 ff", "qop 2-14 lol", "their mid 0-7 lmao",
    "jugg 1/11 again", "support 0/8 gg", "slark 4-17 nice one", "adc 2/11 and still talking",
    "bh 0-12 and still flaming", "ur 0-10 and still typing", "zeus 1-9 report",
    "she plays like shit", "they play like trash", "our carry plays like a bot",
    "this tinker plays like garbage", "u play like a child",
    "our mid is a feeder", "this lina is a feeder", "report pudge feeding", "report that feeder",
    "drow keeps feeding", "stop feeding sniper", "riki is feeding again", "tiny feeder",
    "thanks for the feed lion",
    "noob team ez", "nood mid", "worst jungler ever", "worst offlane in the world",
    "this support is brain dead", "our top is braindead", "brain dead carry",
    "this team is so trash", "ur the worst carry ive ever seen", "worst drow ever lol",
    "noob sf", "0-8 sniper still talking", "clockwerk 1-15 lol", "their carry plays like a bot",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm 0-10 sorry team", "im 2/12 my fault", "i went 1-9 lol", "sorry im 0/7",
    "sniper 10-0 carry us", "kunkka 9/0 gg", "top 12-1 wow", "slark 17-4 nice game",
    "score is 1-12 push mid", "kills are 4-15 lets group", "we are 0-10 but can win late",
    "that was a trash play by me", "i play like a bot today sorry", "i played like trash lol",
    "i was feeding sorry", "sorry i fed top",
    "feed me the bounty", "dont feed the creeps", "feed the neutrals", "the ward feeds vision",
    "top is pushing", "our carry is farming jungle", "our mid is rotating", "support is stacking",
    "worst case we take rosh", "this carry is strong late", "noob question what does bkb do",
    "she doesnt play like trash", "is sniper feeding?", "he said i play like a child",
    "you're not a noob", "dont call mid a feeder", "i was the worst mid today lol",
    "our team is doing great", "report button is bugged", "my team is so good",
    "brain dead simple combo", "lina 0-0 so far", "i feed too much sorry", "mid is 5-1 keep going",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that hook", "shit we lost the rax", "damn good game guys",
    "fuck me that was close", "what the hell was that play lol", "hell yes rampage",
)
