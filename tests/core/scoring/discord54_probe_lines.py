"""The discord54 probe (issue 8): a member of a Discord server kept out by a call to the
room, a ban before "let <member> in" ("no one let him in", "we shouldnt let her in",
"dont let <@1> in the server", "lets not let him in the vc again"), named by a pronoun
or a user mention; and the clean lines in the same words that must stay clean
(logistics with a reason, the writer, game talk, bots and spam, questions and reports).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a ban said to the room, then "let <member> in"
    "no one let him in", "nobody let her in", "noone let him in the vc",
    "nobody let her in the server", "no one let her in again", "nobody let him in lol",
    "we shouldnt let her in", "we shouldnt let him in the gc", "we shouldn't let her in",
    "we should not let him in", "we shouldnt let him in again",
    "lets not let her in", "let's not let him in the call", "lets not let her in this time",
    "never let him in again", "never let her in the discord", "dont ever let him in",
    "dont ever let her in the vc again", "guys dont let her in", "yall dont let him in",
    "pls nobody let him in", "everyone dont let her in the gc", "no one let him in ever",
    "no one should let her in", "nobody should let him in the server",
    # a user mention
    "dont let <@1> in the server", "dont let <@2> in the vc", "don't let <@3> in",
    "dont let <@4> in again", "guys dont let <@5> in the gc", "do not let <@6> in the call",
    "pls dont let <@7> in", "dont ever let <@8> in", "never let <@9> in the discord",
    "dont let <@10> in lmao",
)

TUNE_CLEAN: tuple[str, ...] = (
    # logistics with a reason
    "we shouldnt let him in, the vc is full", "dont let <@1> in the server until he verifies",
    "no one let him in yet, hes still at work", "nobody let her in until shes done with exams",
    "dont let <@2> in the vc his mic is looping", "we shouldnt let her in, she asked to sit out",
    "dont let him in the call hes asleep", "lets not let her in yet the lobby is bugged",
    # the writer
    "dont let me in the vc im eating", "nobody let me in lol im afk",
    "no one let us in the server", "dont let me in again im too tired",
    # game talk and things
    "dont let them take baron", "dont let them in our base", "no one let the creeper in",
    "dont let the zombies in", "dont let the water in", "never let the enemy in mid",
    "dont let him in the base hes on red team", "dont let the cat in",
    # bots and spam
    "dont let the bot in the server", "nobody let the spam bots in",
    # questions, reports, negations, quotes
    "why did no one let him in", "who let him in the vc lol, welcome",
    "they said no one let her in, what did i do", "she told everyone dont let me in",
    "why didnt you let her in", "should we let him in?", "can we let her in now",
    "pls let him in", "she said \"dont let him in\" as a joke",
    "i didnt let him in because i was asleep",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the server is finally back", "lets fucking go we won",
    "damn this vc is lit tonight", "shit i forgot to join the call",
    "fuck yeah new emotes", "bro this map is so damn good",
)
# fmt: on
