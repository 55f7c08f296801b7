"""The gamechat45 probe (issue 8): flaming aimed at a teammate named by a Dota position
("pos 5 is a bot", "our 1 is trash", "the 4 is useless"), a role with its modifier ("soft
support is trash"), or a role or hero after a lead clause ("ff at 15 this jungler is
braindead", "ff now jugg is braindead"), and a bad record said of a position or with a
hero before "0/10" ("pos 1 0-12 gg", "jugg 0/10 gg"); the clean lines in the same words
(role and hero talk, a role judged in a patch, negated, asked, reported, self-directed,
the writer's own record, a score, a rating) and untargeted friendly swearing. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a position named as the subject
    "pos 5 is a bot", "pos 1 is trash", "our pos 1 is a bot", "this pos 4 is so useless",
    "pos 5 trash", "gg pos 5 is a bot", "our 5 is a bot lol", "5 is a bot",
    "position 2 is a retard", "the 4 is trash lol", "wtf our 3 is braindead",
    "ff 20 pos 3 is an idiot",
    # a role with its modifier
    "soft support is trash", "hard support is a noob", "our safelaner is a bot",
    "gg wp our hard support is a bot", "soft support trash gg",
    # the put-down after a lead clause
    "ff at 15 this jungler is braindead", "ff at 20 this carry is useless",
    "ff now jugg is braindead", "gg go next our jungler is braindead",
    "ff at 10 pos 5 is trash", "ff at 15 our support is useless",
    "just ff this mid is a bot", "ff at 15 pos 4 is retarded", "ff at 25 this sf is a noob",
    "report him pos 5 is a noob",
    # a bad record said of a position, or a hero's "0/10"
    "jugg 0/10 gg", "pos 1 0-12 gg", "pos 5 0/8 report", "our pos 1 is 0-12",
    "pa 1/10 gg", "am 0/10 lol", "pos 3 is 1-11 lol", "gg our 5 0-9",
)

TUNE_CLEAN: tuple[str, ...] = (
    # role and hero talk
    "pos 5 buy wards pls", "jugg farming well", "am needs bf", "sf mid 2/0 nice",
    "pos 5 is cm", "our 5 is bot with me", "pos 1 is the carry this game", "pos 3 is offlane",
    "5 is bot lane", "pos 2 is mid, 1 is safe", "the 5 is at bot", "our 4 is a genius",
    "pos 1 0/3 still farming", "pos 5 2-1 nice start",
    # a role judged in a patch or a meta, not a player
    "pos 4 is useless in this patch", "soft support is useless in this meta",
    "hard support is a thankless role", "pos 5 is trash tier this patch",
    # surrender talk with no put-down
    "ff at 15? no we can win", "ff at 15 if we lose rax", "ff at 20, their carry is too fed",
    "gg go next, our jungler did his best",
    # negated, asked, reported
    "our pos 5 isn't a bot, he's just unlucky", "is our pos 5 a bot or afk?",
    "he said pos 5 is a bot", "pos 5 is not trash, stop flaming",
    # self-directed, the writer's own record, a score, a rating
    "i'm pos 5 and i'm a bot today sorry", "i'm a bot today sorry", "i'm 0-12 sorry",
    "score is 0-12 push now", "1/10 lol", "rate this draft 1/10",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit jugg that ult", "fuck yeah pos 5 saved us", "damn that was a close fight",
    "shit, forgot to buy tp", "holy fuck what a rampage", "fucking love this hero",
)
