"""The discord51 probe (issue 8): a member of a Discord server shut out of the room by a
question about their place in it ("why is he even in this server", "why is <@1> still in
the gc") or by a call to split off a new room without them ("lets make a new gc without
her", "new server without <@1>"); and the clean lines in the same words that must stay
clean (bots and things, the writer, logistics with a reason, reports, negations and
genuine questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a member's place in the room questioned
    "why is he even in this server", "why is she even in this server",
    "why is <@1> even in this server", "why is <@1> still in the gc",
    "why is he still in the gc", "why is she still in vc", "why tf is he even in vc",
    "why is kyle even in this gc", "why is she even in our server lol",
    "why is he still in the group chat", "why is <@2> even in the vc rn",
    "why is she even in here", "bro why is he even in this discord",
    "why is he still in this server after what he said", "why is that kid even in the gc",
    "why is <@1> even in this call", "seriously why is she still in the server",
    "why s he even in this gc", "why is jess still in our gc",
    # a new room without the member
    "lets make a new gc without her", "lets make a new gc without him",
    "we should make a new server without <@1>", "can we make a new gc without <@1>",
    "make a new group chat without him", "new gc without her lol",
    "lets start a new server without him fr", "someone make a gc without <@3>",
    "imma make a new gc without her", "we need a new vc without him in it",
    "time to make a new chat without <@1>", "lets create a new discord without her",
    "ok new server without him", "guys lets make another gc without her",
    "lets just make a gc without him tbh", "can someone make a new gc without <@2>",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the place: bots, things, the writer, genuine questions, reports, quotes
    "why is the bot even in this server", "why is it even in this server",
    "why is this channel even in this server", "why is everyone still in vc at 4am lol",
    "why is he still in the gc, i thought he left",
    "why is she still in vc? she said she was going to sleep",
    "why is he still in vc hes afk", "why am i even in this server lol",
    "why is he even in this server so early, the event starts at 8",
    "she asked me why is he even in this server", "he said why is she still in the gc",
    "\"why is he even in this server\" is such a mean thing to say",
    "why is the music bot still in the vc",
    "why is <@1> still in the gc? didnt he say he was leaving",
    "why is this server even still up", "why is he even in this server? hes so fun we love him",
    # the new room: logistics, things, the writer, negations, reports, questions
    "lets make a new gc for the raid", "make a new gc without the bots",
    "make a new gc without me im leaving anyway", "they made a new gc without her and she cried",
    "dont make a new gc without her", "a gc without him would be so boring",
    "we cant start a new server without him, he owns the bot",
    "why did you make a new gc without her", "lets make a new gc without the spam",
    "lets make a new gc without her, she asked to be left out",
    "new gc without the ads lol", "make a new server without all the old channels",
    "lets make a new vc without music", "can we make a new gc without the mods? jk",
    "i would never make a gc without her", "if we make a new gc without him hed be sad",
)

TUNE_SWEARING: tuple[str, ...] = (
    "why the fuck is the server lagging so much", "holy shit the new gc is lit",
    "damn this vc is fucking chaotic lol", "lets make a new gc, this one is shit",
    "fuck yeah new server dropped", "why is this shit even in the server lmao",
)
