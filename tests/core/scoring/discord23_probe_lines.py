"""The discord23 probe (issue 8): Discord chat lines in the round's shapes (a member's
words dismissed, "nobody asked u", "who asked"; mock pity, "cry harder", "stay mad";
the reader's life mocked, "touch grass loser", "get a job"; the reader's family made
a jab, "ur mom ..."; a pile of "ratio + L") and clean chat that looks alike: the same
words about oneself, support with a kind turn, talk of games, shows and updates,
friendly banter. Written before any rule; the lines of chat's "bro" as the subject of a
looks word were added before that shape's rule, and have no held-back batch.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a member's words dismissed
    "nobody asked u", "no one asked u lol", "who asked tho", "literally nobody asked",
    "ok and? nobody asked", "who even asked u", "no one cares what u think",
    "nobody cares bro", "and who asked you", "didnt ask + ratio",
    # mock pity
    "cry harder", "cry about it lmao", "stay mad loser", "keep crying kid",
    "go cry to ur mommy", "cope harder", "seethe and cope", "mald harder",
    "cry more lol", "stay mad 💀",
    # the reader's life mocked
    "touch grass loser", "go touch grass nerd", "get a job bum", "get a life lmao",
    "go outside for once weirdo", "u need to get a life fr", "u have no life lol",
    "ur a basement dweller", "imagine having no friends 💀", "bro has no friends",
    # the reader's family made a jab
    "ur mom is so fat", "ur mom works at mcdonalds lmao", "ur dad went to get milk 💀",
    "ur dad left u for a reason", "even ur mom thinks ur a joke",
    # a pile of ratio and L
    "ratio + L + ur ugly", "L + ratio + no friends", "take the L loser",
    "ratio + cope + no bitches",
    # added before the third shape's rule (chat's "bro" as the subject of a looks or an
    # insult word): no held-back lines of it
    "bro is so ugly", "bro is fat af", "bro is ugly 💀", "bro is so ugly lmao",
    "bruh is ugly fr", "dude is so ugly",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "i need to touch grass lol", "L for me today", "i need to get a life fr",
    "i have no life this week, exams", "i cried about it ngl", "im so mad at this game rn",
    "i need a job so bad", "i took the L on that one", "nobody asked me to the dance lol",
    "i have no friends online rn, everyone's asleep",
    # support with a kind turn
    "no one asked but i'm proud of u", "its ok to cry about it, ur allowed",
    "stay safe out there bro", "u should go outside for a bit, it helps with stress",
    "dont cry, it'll be ok", "nobody cares about the score, just have fun",
    "who asked? doesnt matter, i'll help u",
    # games, shows and updates
    "who asked for this update lol", "nobody asked for a sequel but here we are",
    "the final boss made me cry", "we took the L in ranked", "that L was on the whole team",
    "the ratio on that tweet is insane", "the main character has no friends in s1",
    "get a job quest is so long in this game", "touch grass achievement unlocked lmao",
    # friendly banter and everyday talk
    "ur mom's lasagna was fire", "tell ur mom i said hi", "ur mom is so nice",
    "ur dad is so funny", "got a job at the mall!! first shift tmrw",
    "cry harder at the ending than i did, i dare u", "stay mad at the refs not me lol",
    "ur mom drove us to the game, so nice of her",
    # added with the third shape's lines
    "bro the map is ugly", "bro is ugly crying at this movie", "bro this skin is so ugly",
    "bro is the ugly duckling of the squad now lol, he grew up so fast",
    "bro ugly sweater day is tmrw",
    "bro is fat? no hes just tall",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking nice shot bro", "damn that was sick",
    "shit i forgot my charger lol", "bro what the fuck was that play",
    "hell yeah we won",
)
