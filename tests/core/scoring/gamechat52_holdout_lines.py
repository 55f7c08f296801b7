"""The gamechat52 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i raped your sf all game", "we just raped u", "imma rape ur support",
    "i raped that invoker so bad", "ill rape you in lane", "we gonna rape your team",
    "i rape u every time lol", "i raped ur offlaner twice", "we raped you guys hard",
    "im going to rape your carry", "i will rape that riki", "i raped this jugg 4 times",
    "me and lion raped your mid", "our pudge raped you", "my sven raped your team",
    "you got raped hard", "u got raped by a 1k player", "ur slark got raped",
    "your jungler got raped", "yall got raped", "this sniper got raped bot",
    "that qop got raped mid", "ur support getting raped lol", "you were raped",
    "u getting raped all game", "your team got raped xd", "ur carry just got raped",
    "you got raped lol gg", "their mid got raped", "this invoker got raped again",
    "get raped", "get raped noobs", "lol get raped", "gg get raped",
    "get raped by my pudge", "ez mid get raped", "get raped kid",
    "you get raped every game", "u got raped so bad", "i raped ya",
)

HELD_CLEAN: tuple[str, ...] = (
    "we got raped bot", "i got raped by their carry", "my team got raped",
    "i got raped by creeps lol", "we are being raped top", "me and pudge got raped",
    "my mmr got raped today", "our tower got raped", "the lane got raped",
    "the new patch raped my hero", "this update raped sniper",
    "i never raped you", "u didnt get raped", "no one raped your carry",
    "did u get raped mid?", "who raped you?", "he says i raped u",
    "they said you got raped",
    "please dont say get raped", "stop saying u got raped",
    "typing get raped is not cool", "dont use rape for a game",
    "she was raped when she was young", "he got raped in prison and it ruined him",
    "rape is a serious crime", "rape culture is real",
    "the officer who raped her was fired", "if anyone raped you talk to the police",
    "i was raped by my ex", "survivors of rape need help", "they raped villagers in the war",
    "the soldier raped a girl and was jailed", "my friend got raped last year",
    "rape victims are often ignored", "the film shows a rape scene", "he was accused of rape",
    "a woman was raped in the park", "the rapist got caught", "raped and left for dead",
    "stop the rape of the rainforest",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was close", "fuck i love this game", "damn what a play",
    "holy fuck that rampage", "fucking finally we won", "shit i missed my ult",
)
