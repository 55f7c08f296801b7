"""The discord51 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "why is he even in our gc", "why is she even in this vc", "why is <@4> even in here",
    "why is <@1> still in this server",
    "why is he still in vc lmao", "why is mark even in this server",
    "why is she still in the discord", "why tf is <@2> still in the server",
    "why is he even in the squad chat", "why is she still in our group chat",
    "why is that guy even in this server", "why is he even in the call",
    "honestly why is she still in this gc", "why is he still in the server smh",
    "why is <@3> even in this discord lol", "why s she still in the gc",
    "why is he even in this server ngl", "why is tom still in vc",
    "why is she even in the server anymore", "fr why is he even in this gc",
    "lets make a new gc without <@1>", "lets make a new server without her",
    "we should start a new gc without him", "make a new gc without her",
    "can we make a new server without him", "new gc without <@2>",
    "someone make a new group chat without her", "imma start a new gc without him lol",
    "lets make another server without <@1>", "lets create a new gc without him",
    "we should make a new vc without her", "ok lets make a gc without him",
    "can someone start a new gc without <@4>", "time to start a new server without her",
    "lets just make a new chat without him", "guys new gc without <@1>",
    "we need a new gc without her", "lets make a new discord without him fr",
    "can we start a new group chat without her", "make another gc without <@3> lol",
)

HELD_CLEAN: tuple[str, ...] = (
    "why is the spam bot even in this server", "why is it still in the gc",
    "why is everyone even in vc this late", "why is he still in the server, didnt he quit",
    "why is she still in vc, is she asleep", "why am i still in this gc lol",
    "why is this even in the server", "they asked why is she even in the server",
    "someone said why is he still in the gc", "why is the mee6 bot still in the vc",
    "why is he even in vc so early, we start at 9",
    "why is <@1> still in vc? he said he was leaving",
    "\"why is she even in this server\" is bullying",
    "why is she even in this server? shes the best",
    "why is this role even in the server", "why is he still in the gc? thought he got banned lol",
    "why is the old channel still in the server", "why is that emoji even in this server",
    "why is the pinned message still in the gc", "why are we still in vc lol",
    "lets make a new gc for the trip", "make a new gc without the bots pls",
    "make a new server without me, im done with discord",
    "they made a new server without him and he was so hurt",
    "dont start a new gc without her", "a server without her would be dead",
    "we cant make a new gc without him, hes the owner", "why would you make a new gc without him",
    "lets make a new gc without the spam channels",
    "lets make a new gc without her, she wants to quit the old one",
    "new server without the ads", "make a new gc without the old bots",
    "lets start a new vc without the music bot", "i would never start a gc without him",
    "if we make a new gc without her shed be hurt", "he made a new gc without her, thats so mean",
    "lets make a new gc without the lag", "new gc without notifications pls",
    "we should make a new server without all the spam",
    "can we make a new gc without the memes channel",
)

HELD_SWEARING: tuple[str, ...] = (
    "why the hell is the server down again", "shit this new gc is so fucking chaotic",
    "damn vc was lit last night", "lets make a new server, the old one is fucked",
    "holy fuck new channel just dropped", "why is the server so damn slow",
)
