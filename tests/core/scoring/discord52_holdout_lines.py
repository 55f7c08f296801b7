"""The discord52 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "dont invite him next time", "stop inviting her", "never invite him again",
    "dont invite <@4> again", "guys stop inviting him to the call", "no one invite her again",
    "lets not invite him next time", "dont let him join", "dont let her join vc",
    "dont let her back in", "dont let <@5> back in the gc", "stop adding him to the gc",
    "pls never add her back", "nobody invite <@6> to the next movie night",
    "yall stop inviting her to everything", "dont invite her ever again",
    "stop adding <@7> to the server", "dont even invite her next time lmao",
    "dont let him in the vc anymore", "everybody stop inviting <@8>",
    "can we kick <@2> from the call", "somebody kick <@13> from vc",
    "can someone remove <@3> from the server", "get her out of the vc",
    "take him out of the group chat", "throw her out of the gc",
    "leave him out of the server", "uninvite her", "lets uninvite him",
    "guys get <@9> out of this gc", "can a mod remove <@1> from the gc pls",
    "kick <@4> out of the server already", "pls get him out of the call",
    "somebody uninvite <@5>", "boot <@6> from the gc", "can we get <@7> out of the vc",
    "someone take <@8> out of the group chat", "stop inviting them", "dont invite em again",
    "yeet <@9> from the server",
)

HELD_CLEAN: tuple[str, ...] = (
    "can we kick the raid bot", "ban <@2> he posted nsfw in general",
    "can we kick <@3> from vc he keeps screaming", "get the dj bot out of the call",
    "remove <@5> from the server, he got hacked", "someone kick <@6> from the call his echo is bad",
    "kick him from the gc, its a scam account", "boot <@7> from vc he is afk",
    "dont invite him next time, hes on vacation", "cant invite her, the lobby is full",
    "stop inviting her she said shes busy with exams", "dont let him join yet the server is down",
    "dont add her back until she gets her account back",
    "never invite him to karaoke, he hates singing",
    "take him out of the gc he asked to leave", "dont invite <@4> its a surprise for his birthday",
    "kick me from the call im going to bed", "dont invite me again im busy",
    "stop adding me to random gcs", "get me out of this gc lol",
    "kick the door", "ban top", "get her out of the circle shes low",
    "dont let her back in the base shes on blue team",
    "they removed me from the gc and idk why", "why did they kick him from vc",
    "he told everyone to stop inviting her", "why would you kick her from the server?",
    "please dont remove <@1> from the gc, she did nothing wrong",
    "never leave him out of the server stuff", "leave her out of it", "leave <@8> out of this",
    "i never invite her because she lives so far away", "we should invite him next time",
    "did you invite him to the call?", "i cant add her back, my phone died",
    "should we kick the bot from the server", "im so glad they didnt kick her from the gc",
    "invite him next time hes fun", "she got kicked from vc for lagging lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit vc is packed tonight", "fuck yes everyone finally joined the call",
    "damn the gc is wild today lol", "shit i forgot to add everyone to the gc",
    "hell yeah add the whole squad", "fucking internet kicked me from the call again",
)
