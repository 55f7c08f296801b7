"""The discord58 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "<@101> needs to be banned", "<@102> should get kicked", "<@103> should be banned now",
    "<@104> must be kicked", "<@105> needs to get removed", "<@106> has to be kicked",
    "<@107> should be removed from the server", "<@108> needs to be kicked from here",
    "<@109> should get banned already", "<@110> needs to be banned fr",
    "<@111> should be kicked asap", "<@112> needs to get banned",
    "mods <@113> should be banned", "tbh <@114> needs to get kicked",
    "<@115> seriously needs to be banned", "<@116> has to get banned",
    "<@117> must be removed", "imo <@118> should be kicked",
    "<@119> should get kicked out", "<@120> needs to be banned from this server",
    "dont let <@121> join", "don't let <@122> rejoin", "do not let <@123> join",
    "dont let <@124> back in", "please don't let <@125> join again",
    "mods do not let <@126> back", "pls dont let <@127> join",
    "dont let <@128> rejoin ever again", "dont let <@129> back in the server",
    "guys don't let <@130> join", "dont let <@131> join again mods",
    "do not let <@132> back in here", "dont let <@133> rejoin lol",
    "admins dont let <@134> join", "dont let <@135> join the server",
    "<@136> should get banned tbh", "<@137> needs to be kicked out",
    "<@138> should be banned from here", "dont let <@139> back",
    "<@140> must get kicked",
)

HELD_CLEAN: tuple[str, ...] = (
    "<@141> can you kick the spam bot", "<@142> was kicked by accident, pls reinvite",
    "kick <@143> from the lobby when he goes afk?", "kick it over to <@144>",
    "dont let <@145> carry the whole team", "<@146> shouldnt get banned",
    "<@147> should not be kicked", "should <@148> get kicked?", "<@149> needs to be unbanned",
    "<@150> should get kicked from the lobby, hes afk", "i need to be banned lmao",
    "<@151> says i should be banned", "people think <@152> should get kicked",
    "the music bot should be removed <@153>", "<@154> needs to be added to the roster",
    "<@155> should never get banned", "does <@156> have to be kicked?",
    "dont let <@157> join yet, we are still setting up", "dont let <@158> lose",
    "dont let <@159> join the dungeon, hes too low level", "dont let me rejoin lmao",
    "dont let the music bot join", "he said dont let <@160> join",
    "dont let <@161> back off", "dont let <@162> in on it",
    "dont let <@163> join until after the tournament", "dont let <@164> push alone",
    "<@165> got kicked earlier lol", "why should <@166> be banned?",
    "<@167> needs to be unmuted pls", "<@168> was removed by mistake",
    "dont let <@169> join without the verified role, jk welcome",
    "<@170> needs to get kicked in the shin in the game lol",
    "<@171> needs to be kicked from the queue, hes afk", "dont let <@172> feed",
    "<@173> should get kicked off the tower", "dont let <@174> die",
    "<@175> wasnt banned", "<@176> needs to be promoted", "dont let <@177> get away with that kill",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck <@178> that was clean", "damn <@179> you fucking legend",
    "shit <@180> that was a close one", "fuck me <@181> got kicked from the queue again",
    "<@182> hell yeah, fucking nice", "lmao <@183> you crazy bastard, gg",
)
