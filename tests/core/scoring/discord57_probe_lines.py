"""The discord57 probe (issue 8): a member of a Discord server kept out by the room's own
decision, "we" or "lets" before a negated invite, add or join ("we shouldnt invite him",
"can we not let her join", "lets not add him back to the gc", "were not inviting <@4>
again"); and the clean lines in the same words that must stay clean (the invite wanted,
logistics and a reason after the member, the writer, things and bots, reports, questions
and negated bans). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # we + should not + invite / add
    "we shouldnt invite him", "we shouldnt invite her again",
    "we should not invite him to the server", "we shouldnt invite him next time",
    "we shouldn't invite her lol", "honestly we shouldnt invite him anymore",
    "we shouldnt add him to the gc", "we shouldnt add her back",
    "we should not add him to the squad", "we shouldnt invite <@4417> again",
    "guys we shouldnt invite her", "ngl we shouldnt add him back to the vc",
    # can we not / lets not
    "can we not invite him", "can we not invite her next time", "can we not add him back",
    "can we not let him join", "can we not let her join the vc", "lets not add him back",
    "lets not add her to the gc", "let's not let him join", "lets not let her back in",
    "guys can we not invite <@221> again", "pls can we not add her to the server",
    # we should not let ... join
    "we shouldnt let him join", "we should not let her join again",
    "we shouldnt let him back", "we shouldnt let <@90> join the server",
    # we are not (doing it)
    "were not inviting him", "we're not inviting her again", "we are not adding him back",
    "were not adding her to the gc", "we arent inviting him next time",
    "we aren't inviting her lol", "we're not adding <@31> back", "yeah were not inviting him",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the invite wanted or asked about
    "we should invite him, hes fun", "we should add her to the gc",
    "should we invite him?", "shouldnt we invite her?", "why would we not invite him",
    "can we invite her next time", "lets add him back", "we should let him join",
    # logistics: a reason after the member, not yet, a full room
    "we shouldnt invite her yet, the server isnt ready", "we shouldnt invite him, hes busy tonight",
    "we shouldnt add her until she gets a mic", "can we not invite him till after the match",
    "lets not add her to the raid team, shes new", "we cant let him join the lobby is full",
    "were not inviting him yet", "we shouldnt let her join ranked, her account is new",
    # the writer, things and bots
    "we shouldnt invite me lol", "we shouldnt add the bot back", "lets not add the music bot",
    "we shouldnt invite the spam account", "were not adding any more channels",
    # reports, third subjects, negated bans, quotes
    "they said we shouldnt invite him", "she thinks we shouldnt invite him",
    "he said were not inviting her", "i never said we shouldnt invite him",
    "they shouldnt invite him", "he shouldnt add her", "we didnt invite him because he was asleep",
    "it's not that we shouldnt invite him, we should", "we shouldnt not invite him thats rude",
    "\"we shouldnt invite him\" is such a mean thing to say", "we should not leave him out",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit we actually won", "fuck this lag, im rejoining", "damn the server is dead tonight",
    "shit i forgot to invite everyone lmao", "this update is fucking sick", "hell yeah gc is back",
)
# fmt: on
