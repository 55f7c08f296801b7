"""The discord52 probe (issue 8): a member of a Discord server shut out by a call to the
room, named by a pronoun or a user mention: the invite withheld for good ("dont invite her
next time", "stop inviting him", "never add <@1> back", "dont let her join vc") and the
member removed from the room ("can we kick <@1> from vc", "get him out of the gc",
"uninvite him"); and the clean lines in the same words that must stay clean (bots, spam
and rule-breakers with a reason, logistics with a reason, the writer, game talk, reports,
negations and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the invite withheld for good
    "dont invite her next time", "stop inviting him", "never invite her again",
    "dont invite <@1> anymore", "guys stop inviting her to vc", "no one invite him again",
    "lets not invite her next time", "dont let her join", "dont let him join vc",
    "dont let him back in", "dont let <@2> back in the server", "stop adding her to the gc",
    "pls never add him back", "nobody invite <@3> to the next game night",
    "yall stop inviting him to everything", "dont invite them ever again",
    "stop adding <@4> to our gc", "dont even invite him next time lol",
    "dont let her in the call anymore", "everyone stop inviting <@5>",
    # the member removed from the room
    "can we kick <@1> from vc", "someone kick <@12> from the gc",
    "can someone remove <@6> from the group chat", "get him out of the vc",
    "take her out of the gc", "throw him out of the server",
    "leave her out of the group chat", "uninvite him", "lets uninvite her",
    "yall get <@7> out of this server", "can a mod remove <@8> from the server pls",
    "kick <@9> out of the gc already", "pls get her out of the call",
    "someone uninvite <@2>", "boot <@3> from vc",
)

TUNE_CLEAN: tuple[str, ...] = (
    # bots, spam and rule-breakers with a reason
    "can we kick the spam bot", "ban <@1> he posted gore",
    "can we kick <@1> from vc he keeps spamming", "get the music bot out of the vc",
    "remove <@4> from the gc, his account got hacked",
    "someone kick <@5> from vc his mic is looping",
    # logistics with a reason
    "dont invite her next time, she's away that week", "cant invite him, the party is full",
    "stop inviting him he said hes busy all week", "dont let her join yet the lobby is bugged",
    "dont add him back until he gets a new phone",
    "never invite her to horror nights, she hates scary movies",
    "take her out of the gc she asked to leave", "dont invite <@2> its a surprise party for him",
    # the writer about themselves
    "kick me from vc im going to sleep", "dont invite me next time im busy",
    "stop inviting me to vc lol", "get me out of this server",
    # game talk
    "kick the ball", "ban mid", "get him out of the zone hes low",
    "dont let him back in the base hes on red team",
    # reports, negations, questions and counter-speech
    "they kicked me from the gc, what do i do", "why did they remove her from the gc",
    "she told everyone to stop inviting me", "why would you uninvite him?",
    "please dont kick <@3> from vc, he did nothing wrong", "never leave her out of the group chat",
    "leave him out of it", "leave <@6> out of this argument",
    "i never invite him because he lives so far away", "we should invite her next time",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the server is popping tonight", "fuck yeah we finally got everyone in vc",
    "damn this gc is chaotic lmao", "shit i forgot to invite everyone to the event",
    "hell yeah invite the whole crew", "fucking lag kicked me from vc again",
)
