"""The discord34 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you better watch out", "u better watch it lol", "ur gonna pay for that",
    "you're gonna pay for this", "u r gonna pay for this", "u will regret this",
    "ur gonna regret that", "you will regret this", "u gonna pay for this bro",
    "ill get u back for that", "i'll get you back for this", "just wait till i see u",
    "wait until i catch u", "wait till i get my hands on u", "watch ur mouth bro",
    "watch your mouth", "u better watch ur mouth", "better watch ur back",
    "u better run lol", "ur gonna get it", "u r gonna get it now", "ill catch u outside",
    "see u outside after school", "u better hope i never see u",
    "keep talking see what happens", "say it again i dare u", "watch ur step kid",
    "u will pay", "u gonna regret it", "ur gonna pay",
    "ur a fkin moron", "stfu u bot", "ngl ur braindead", "cope harder",
    "nobody even likes u", "ur ugly af ngl", "ur actually so ugly lol",
    "log off and never come back", "ur dead to me now", "u stink lol",
)

HELD_CLEAN: tuple[str, ...] = (
    "u better watch out for the boss", "you better watch it, its the best movie",
    "u better watch season 2", "ur gonna pay for this with cash or card",
    "u will pay for this in the next patch lol", "u will regret not coming",
    "ur gonna regret not buying the bundle", "i'll regret this later lol",
    "im gonna regret eating all that", "ill get u back the charger tomorrow",
    "ill get u back ur hoodie monday", "i cant wait till i see u",
    "wait till i see u next week!! so excited", "wait till u see the ending",
    "would u regret it?", "do u think ill pay for this?", "she said u will pay for this lmao",
    "\"ur gonna pay for this\" is the worst villain line", "watch ur mouth lol love u",
    "catch u later guys", "catch u outside the gym at 6?",
    "ill catch u outside school after class", "u better carry this game",
    "u better not forget my bday", "watch out for the sniper on mid",
    "ur gonna love this song", "u gonna pay like 5 bucks for it", "im so cringe lmao",
    "this skin is cringe", "L game honestly", "ur so dumb lol love u",
    "ur so dumb lmao ily", "i'm such a loser at this game", "this patch is trash",
    "is he dead?", "ur gonna get it, the quiz is easy", "u better get some sleep",
    "watch ur step the floor is wet", "im gonna get u back for the pizza",
    "u will pay less if u preorder",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fuck my wifi is slow", "damn that was close",
    "shit i dropped my phone", "fucking finally we won", "hell nah this map again lol",
)
