"""The gamechat50 probe lines (issue 8): Dota-style match chat aimed at a player named by
hero or role that the older rules missed (a curse at "this"/"the"/"that" hero or role, a
player named by hero or role then called a piece of shit, a "wtf is this lina doing" blame
question), the clean lines in the same words (the game, a hero's kit or a thing of the
hero's cursed, questions about things, game talk), and friendly swearing. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a curse at a player named by hero or role after a player's determiner
    "fuck this pudge", "fuck the sf", "fuck that riki", "fuck this invoker lol",
    "fuck our alche", "fk this slark", "fuck this jungler", "fuck that support",
    "fuck this stupid lina", "ugh fuck this meepo", "fucking hell, fuck this techies",
    "fuck this huskar report him",
    # a player named by hero or role called a piece of shit
    "this sf piece of shit", "that riki is a piece of shit", "our carry piece of shit",
    "this pudge | piece of shit", "that slark absolute piece of shit", "this mid piece of shit",
    "that invoker fucking piece of shit", "this lion is such a piece of shit",
    "our support is a piece of shit lol", "report this meepo piece of shit",
    # a "wtf is this lina doing" blame question
    "wtf is this lina doing", "wtf is our sf doing", "what the fuck is that pudge doing",
    "wtf is this carry doing?", "wtf is our mid doing lol", "wtf is that support doing",
    "wtf is wrong with this riki", "wtf is wrong with our jungler", "wtf is wrong with this guy",
    "what the fuck is wrong with that slark", "wtf is this techies doing again",
    "wtf is wrong with our carry smh", "wtf is this dazzle even doing",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the game, a hero's kit, a thing of the hero's, a lane cursed
    "fuck this game", "fuck this hero", "fuck this lag", "fuck this pudge ult",
    "fuck that slark ult", "fuck this lane", "fuck this patch", "fuck this sf matchup",
    "dont fuck this up sf", "fuck the servers today", "fuck yeah sf nice", "fuck it sf go mid",
    # a thing called a piece of shit, a player praised
    "this patch is a piece of shit", "my pc is a piece of shit", "this sf build piece of shit",
    "this keyboard piece of shit", "that riki blink was a piece of art",
    "our carry is a piece of work lol jk", "this mouse is a piece of shit",
    # questions about things, admiration, game talk
    "wtf is this item", "wtf is this build", "wtf is wrong with my pc",
    "wtf is wrong with the servers", "wtf is this patch", "wtf is this hero lol so broken",
    "what is this lina doing", "sf go mid", "kill the tank first", "gg wp sf", "ez game",
    "lina wtf that was insane", "wtf is wrong with my mouse",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that rampage", "fuck yeah we won", "shit shit shit they have aegis",
    "what the fuck that was sick", "fucking finally we pushed", "damn that was close as fuck",
)

# fmt: on
