"""The discord60 probe (issue 8): a Discord member's removal asked for in two shapes the
older rounds leave clean: a ban word before "let", a user mention and the joining right
after it ("never let <@9> join again", "nobody let <@4> back in"), and a user mention
opening its line denied a place in the server ("<@9> shouldnt be allowed here", "<@7>
should not be in this server", "<@5> doesnt belong here"). The clean lines use the same
words: game talk, jokes, logistics, reports, questions, praise and counter-speech.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a ban word before "let", a user mention and the joining
    "never let <@9> join again", "nobody let <@4> back in", "no one let <@12> rejoin",
    "dont ever let <@3> join this server again", "pls never let <@7> back",
    "mods never let <@5> rejoin", "guys nobody let <@21> join",
    "never let <@18> back in here", "noone let <@6> rejoin the server",
    "do not ever let <@14> join again", "yo never let <@33> back in this server",
    "nobody let <@40> join the discord ever again", "never ever let <@11> rejoin",
    "seriously nobody let <@27> back", "dont ever let <@8> back in the gc",
    "never let <@15> join the vc again", "no one let <@2> back in this discord",
    # a user mention denied a place in the server
    "<@9> shouldnt be allowed here", "<@7> should not be in this server",
    "<@3> shouldnt be in this server", "<@12> should not be allowed in here",
    "<@5> doesnt belong here", "<@20> doesnt belong in this server",
    "<@4> shouldnt even be allowed in this discord", "mods <@6> shouldnt be here",
    "<@31> should not be allowed in the server",
    "honestly <@8> doesnt belong in this community", "<@17> shouldnt be allowed in this gc",
    "<@2> should not be here", "<@44> does not belong in this server",
    "ngl <@10> shouldnt be in this server at all", "<@13> shouldnt be allowed here anymore",
    "<@25> really doesnt belong here", "<@19> shouldnt be in here fr",
    "<@22> should not even be in this discord",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words, a game, a joke, logistics, a report or a question
    "never let <@9> carry you again lol", "nobody let <@4> solo the boss",
    "never let <@12> pick the map again", "dont ever let <@3> cook, he burned the pasta",
    "no one let <@7> join yet, the server isnt ready", "why did nobody let <@5> back in?",
    "she said never let <@21> join", "never let <@18> down, hes the best",
    "never let <@6> go, shes a keeper", "nobody let <@14> join the raid without the role",
    "i never let <@33> drive my car lol", "never let <@40> back in the lobby, he always leaves",
    # a place in the server, praised, questioned, reported or about a role or channel
    "<@9> shouldnt be allowed to be this good lol",
    "<@7> should be in this server by now, i sent the invite",
    "<@12> shouldnt be here, hes grounded lol", "<@5> doesnt belong here, she belongs in diamond",
    "does <@20> belong in this server?", "<@4> shouldnt be allowed near the oven",
    "i shouldnt be allowed here lol", "<@31> shouldnt be here yet, the event starts at 9",
    "<@8> doesnt belong in bronze", "<@17> should be allowed here, she did nothing wrong",
    "they said <@2> shouldnt be here", "<@44> definitely belongs in this server",
    "who says <@10> doesnt belong here? she does",
    "<@13> shouldnt be allowed to carry this hard",
    "<@25> is not in this server anymore, she left",
    "<@19> shouldnt be in the staff channel, can someone fix his role",
    "saying <@9> doesnt belong here is mean",
    "<@28> doesnt belong here, he belongs in the hall of fame",
    "<@22> you shouldnt be here at 3am go sleep",
    "<@16> should not be in this server yet, wait for the invite",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this boss lmao", "holy shit that clutch was insane",
    "damn bro that was fucking sick", "shit i forgot to queue",
    "lmao what the fuck was that play", "fuck yeah we won",
)
