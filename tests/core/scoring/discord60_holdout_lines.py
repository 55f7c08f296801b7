"""The discord60 held-back lines (issue 8): other wordings of the probe's two shapes, a
ban word before "let", a user mention and the joining, and a user mention denied a place
in the server, with clean lines in the same words. Written with the probe, before any
rule; counted only as totals, at the start and at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "nobody ever let <@9> back", "never let <@61> rejoin this server",
    "no one should let <@3> back in", "pls nobody let <@7> join again",
    "never let <@52> back into the discord", "dont u ever let <@23> rejoin",
    "admins never let <@19> join again", "no one let <@48> back in the gc",
    "bro never let <@2> rejoin ever", "nobody let <@71> join this discord again",
    "never let <@35> back in, mods", "do not ever let <@16> back",
    "guys never let <@90> join", "noone ever let <@12> rejoin",
    "never let <@29> back in this community", "nobody let <@57> in here again",
    "never let <@38> back in the server", "yo nobody let <@26> rejoin pls",
    "never let <@81> join our server again", "no one let <@64> back ever",
    "<@9> shouldnt be allowed in this server", "<@42> should not be allowed here",
    "<@15> shouldnt even be here", "<@36> doesnt belong in this discord",
    "<@8> should not be in this discord", "mods <@27> shouldnt be allowed here",
    "<@53> does not belong here", "<@11> shouldnt be in this gc",
    "tbh <@30> should not be here", "<@74> shouldnt be allowed in here anymore",
    "<@6> doesnt belong in this server at all", "<@47> should not be in here",
    "<@18> really shouldnt be allowed here", "<@62> doesnt even belong here",
    "<@24> shouldnt be in this community", "<@39> should not be allowed in this discord",
    "fr <@5> doesnt belong in this server", "<@83> shouldnt be here, mods",
    "<@14> should not even be allowed here", "<@58> shouldnt be in the server",
)

HELD_CLEAN: tuple[str, ...] = (
    "never let <@9> take the last slice", "nobody let <@61> hold the aggro",
    "no one let <@3> near the snacks lol", "never let <@7> pick the song again",
    "dont ever let <@52> talk you out of it", "why would nobody let <@23> rejoin?",
    "he said never let <@19> join", "never let <@48> forget this",
    "nobody let <@2> join yet, we're still setting up the roles",
    "never let <@71> back in the lobby, he leaves every game",
    "i never let <@35> borrow my headset", "never let <@16> go, hes a real one",
    "no one let <@90> solo the dragon", "never let <@12> win a coin toss again",
    "dont ever let <@29> down, she trusts you",
    "nobody let <@57> in the base, he's on the other team",
    "<@9> shouldnt be allowed to be this funny",
    "<@42> should be allowed here, the ban was a mistake",
    "<@15> shouldnt be here yet, the tourney starts tomorrow",
    "<@36> doesnt belong in silver, he's way better", "does <@8> belong in this discord?",
    "<@27> shouldnt be allowed near a microphone lmao", "<@53> belongs here more than anyone",
    "they think <@11> shouldnt be in this gc",
    "<@30> shouldnt be in the mod channel, can someone fix her role",
    "<@74> is not allowed here until he verifies",
    "i shouldnt even be here, i have an exam tomorrow",
    "<@47> should be in here by now", "<@18> doesnt belong on the bench, start him",
    "who said <@62> doesnt belong here?",
    "<@24> shouldnt be in this community? nonsense, she built it",
    "<@39> should not be allowed in this discord? come on, he did nothing",
    "<@5> shouldnt be allowed to cook this well", "<@83> shouldnt be here this late, go sleep",
    "<@14> should not have to be here alone, someone join vc",
    "<@58> isnt in the server anymore, invite him back",
    "saying <@6> doesnt belong here is just mean",
    "dont let anyone tell you <@20> doesnt belong here",
    "<@66> shouldnt be allowed to be this cracked at aim",
    "<@77> doesnt belong in the lower bracket, she carried",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was close", "fuck me that boss is hard", "damn that's some good shit",
    "what the hell lmao", "holy fuck we actually won", "bro this map is so fucking big",
)
