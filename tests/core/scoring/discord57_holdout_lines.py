"""The discord57 held-back batch (issue 8): other wordings of the same shapes as
discord57_probe_lines.py, written at the same time and before any rule, counted only at
the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "we shouldnt invite her", "we shouldnt invite him ever again",
    "we should not invite her next time", "we shouldn't invite him anymore lol",
    "we shouldnt invite <@8812>", "tbh we shouldnt invite her back",
    "we shouldnt add her to the gc", "we should not add him back to the server",
    "we shouldnt add <@57> back", "yo we shouldnt add him to the vc again",
    "fr we shouldnt invite him", "we shouldnt invite her to anything",
    "can we not invite him again", "can we not invite <@700>", "can we not add her back lol",
    "can we not add him to the squad", "can we not let her join", "can we not let him back in",
    "lets not invite her again", "lets not add him to the server", "let's not add her back",
    "lets not let him join again", "lets not let <@66> join", "bro can we not invite him",
    "we shouldnt let her join", "we should not let him join the gc",
    "we shouldnt let her back", "we shouldnt let him rejoin",
    "were not inviting her", "we're not inviting him again", "we are not inviting her back",
    "we arent adding him to the gc", "were not adding him back", "we aren't adding her again",
    "we're not inviting <@19> next time", "ok were not inviting him anymore",
    "guys were not adding her back", "we are not letting him join", "we arent letting her back in",
    "we shouldnt invite him guys",
)

HELD_CLEAN: tuple[str, ...] = (
    "we should invite her, shes chill", "we should add him to the gc",
    "should we invite her?", "should we not invite him?", "why shouldnt we invite her",
    "can we invite him next time", "lets add her back", "we should let her join",
    "we shouldnt invite him yet, he hasnt finished the quest",
    "we shouldnt invite her, shes away this week", "we shouldnt add him until he has a headset",
    "can we not invite her until the event starts", "lets not add him to the ranked stack, hes new",
    "we cant let her join the lobby is full", "were not inviting her yet",
    "we shouldnt let him join ranked, hes level 3", "we shouldnt invite me im so bad",
    "we shouldnt add the raid bot back", "lets not add another bot",
    "we shouldnt invite the alt account", "were not adding new roles today",
    "they said we shouldnt add her", "my brother thinks we shouldnt invite her",
    "she said were not inviting him", "i never said we shouldnt add him",
    "they shouldnt invite her", "she shouldnt add him", "we didnt add her because she was sleeping",
    "its not like we shouldnt invite her", "we shouldnt not invite her thats mean",
    "\"we shouldnt add him\" is a horrible thing to say", "we should not leave her out",
    "we shouldnt invite him to the raid, hes sick", "we arent inviting him because hes on vacation",
    "can we not add her yet", "we shouldnt invite her to the surprise party",
    "were not adding him to the team for ranked", "we are not inviting her, she asked to skip it",
    "lets not let him join until he updates", "did we not invite her?",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes we finally hit diamond", "shit the vc keeps crashing", "damn that was a crazy game",
    "holy fuck this server is popping tonight", "hell no im not playing that map again lmao",
    "lmao shit i forgot the raid was today",
)
# fmt: on
