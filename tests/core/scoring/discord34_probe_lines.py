"""The discord34 probe (issue 8): Discord lines between teenagers aimed at the reader in
chat spelling, mostly threats and warnings in chat form ("u better watch out", "ur gonna
pay for this", "u will regret that", "wait till i see u", "watch ur mouth", "ill catch u
outside") with a few chat insults, and clean chat that looks alike (the same words at a
thing, at oneself or in a game, kind turns, plans, asked, reported, quoted). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # threats and warnings in chat form
    "u better watch out", "you better watch it", "u better watch it bro",
    "ur gonna pay for this", "u will pay for this", "ur gonna regret this",
    "u will regret that", "you're gonna pay for that", "u gonna regret this fr",
    "ill get u back for this", "i'll get u back", "wait till i see u",
    "just wait till i catch u", "wait till i find u lol", "watch ur mouth",
    "better watch ur mouth", "u better watch ur mouth kid", "ur so gonna get it",
    "u better run", "ill catch u outside bro", "catch u outside after school",
    "u better hope i dont see u", "keep talking and see what happens",
    "say that again i dare u", "u better watch ur step",
    # chat insults at the reader
    "ur a fkn idi0t", "stfu u clown", "ngl ur actually braindead", "cope harder loser",
    "nobody likes u", "log off forever", "u smell", "go touch grass weirdo",
    "ur actually so ugly", "ur dead to me",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at a thing, in a game, or of oneself
    "u better watch out for the sniper", "you better watch it tonight its so good",
    "u better watch the new episode", "i better watch out lol",
    "ur gonna pay for this with ur card right", "u will pay for this later in the game",
    "u will regret not buying it", "ur gonna regret skipping leg day lol",
    "i will regret this tomorrow lol", "im gonna regret this",
    "ill get u back for lunch tomorrow", "ill get u back the money friday",
    "cant wait till i see u", "wait till i see u tomorrow!! missed u",
    "wait till u see the new map", "watch out for the gank bot", "ur gonna love this",
    "u r gonna pay like 10 bucks", "u better win this", "u better not be late lol",
    # asked, reported, quoted, kind
    "will u regret it?", "do u think ill regret this?", "he said ur gonna pay for this lol",
    "\"u will pay for this\" is such a villain line", "watch ur mouth lol ily",
    "catch u later", "catch u outside the mall at 5?", "ill catch u outside the cinema",
    # the self and things
    "im so cringe", "this update is cringe", "L patch tbh", "u r so dumb haha love u bro",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck i forgot my charger", "damn this game is hard af",
    "shit im gonna be late", "fucking hell the lag", "hell yeah we won lmao",
)
