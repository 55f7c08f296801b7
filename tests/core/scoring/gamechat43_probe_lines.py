"""The gamechat43 probe (issue 8): performance shaming in game chat (Dota 2, LoL,
shooters): a bad K/D record thrown at a hero or a role ("drow 0-12 gg", "0/10 pudge
lol", "sf 2-15 and still talking"), a player said to play badly ("he plays like shit",
"our carry is a feeder", "report techies feeding"), a team or a role called noob or the
worst ("nood team", "worst mid ever lol", "this jungler is brain dead"), and the clean
lines in the same words that must stay clean (the writer's own record, a good record, a
score of the match, feeding a rune or a lane, the writer's own bad play). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a bad record thrown at a hero or a role
    "lina 0-9 gg", "0/11 axe lol", "mid 1-14 wow", "pa 2-13 gg end", "our carry 0-8 lol",
    "riki 1/12 ff", "jungle 0/7 again", "adc 0/10 gg", "void 3-16 nice game",
    "tinker 0-11 and still flaming", "ur 1-13 and still typing",
    # a player said to play badly
    "he plays like trash", "u play like shit", "she plays like a bot", "our mid plays like garbage",
    "this sniper plays like shit", "you play like my grandma",
    # a feeder
    "our support is a feeder", "this mid is a feeder lol", "report lion feeding",
    "report the feeder", "invoker keeps feeding", "stop feeding axe", "pudge is feeding again",
    "sven feeder", "ty for the feed jugg",
    # a team or role called noob / worst / brain dead
    "nood team", "noob team gg", "worst carry ever lol", "worst support in the world",
    "this adc is brain dead", "our jungler is braindead", "brain dead mid",
    "this team is so bad", "ur the worst player ive ever seen",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own record
    "i'm 0-9 sorry guys", "im 1/12 my bad", "i went 0-8 lol", "sorry i'm 0/10",
    # a good record
    "lina 9-0 carry us", "axe 11/0 gg", "mid 14-1 wow", "void 16-3 nice game",
    # the match's score
    "score is 0-12 push now", "kills are 3-16 we need to group", "we are 2-13 but can still win",
    # the writer's own bad play
    "that was a shit play by me", "i play like trash today sorry", "i played like shit lol",
    "i was feeding my bad", "sorry i fed mid",
    # feeding the rune, a lane, a creep
    "feed me the rune", "dont feed the courier", "feed the ancients", "lion feeds on mana",
    # lanes and roles doing their job
    "mid is pushing", "our carry is farming", "our support is warding", "jungle is ganking top",
    "worst case we defend high ground", "this adc is strong late", "noob question how do i buy",
    # negation, question, reported
    "he doesnt play like trash", "is pudge feeding?", "he said i play like a bot",
    "you're not a feeder", "dont call the team noob",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we won", "damn that rampage was sick",
    "shit i forgot my boots", "what the fuck was that ult lol", "hell yeah gg wp",
)
