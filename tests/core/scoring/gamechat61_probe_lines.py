"""The gamechat61 probe (issue 8): a player in game chat named by hero or role and called
a kid in a short line of its own, "kid" right after the player ("pudge kid", "our carry
kid", "invoker kid gg"), after it over "is" or "so" ("sf is kid", "this pa so kid") or
right before it ("kid pudge", "gg kid sf"); and the clean lines in the same words that
must stay clean (the writer's own child, a skin, childhood, negations, reports,
counter-speech and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "kid" right after the player
    "pudge kid", "sf kid lol", "invoker kid gg", "slark kid", "tinker kid again",
    "our carry kid", "their pa kid", "lol meepo kid", "report riki kid", "wtf sniper kid",
    "axe kid lmao", "lina kid tbh", "jugg kiddo", "support kid", "enemy void kid",
    # "kid" after the player over "is" or "so"
    "sf is kid", "this pa so kid", "pudge so kid lol", "our carry is kid",
    "meepo is so kid", "this invoker too kid", "techies so kid gg", "this lion is kid",
    "ur slark so kid",
    # "kid" right before the player
    "kid pudge", "gg kid sf", "kid invoker lol", "ez kid slark", "lol kid meepo",
    "kid carry gg", "report kid techies", "kid mid", "wow kid riki", "kid jungler xd",
    "bye kid pudge",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own child, a skin, childhood
    "my kid loves pudge", "pudge kid skin is so cute", "i was a kid when i first played sf",
    "when i was a kid tinker was op", "my kid brother mains slark",
    "sniper is a kid friendly hero", "kid pudge arcana looks sick",
    "my kid sister plays lina", "the kid in the stream loves meepo",
    "axe was my first hero as a kid", "even a kid can play wk", "my kid watches me play tinker",
    "the kid who plays techies at ti is insane", "pudge kid voice line is funny",
    "that kid sf player on twitch is cracked", "as a kid i mained sniper",
    "my kid wants to try meepo", "lina is great for a kid to learn",
    "tinker reminds me of being a kid", "our support has a kid, brb he said",
    "karate kid pudge build lol", "is your kid playing jugg?",
    # negations, reports, counter-speech, questions
    "pudge is no kid", "sf is not a kid", "our carry isnt a kid he is 30",
    "dont call pudge a kid", "stop calling our sf a kid", "he called our carry a kid lol",
    "pudge called me kid", "is that kid pudge skin new?", "i'm just a kid pudge player",
    "sf kid skin when",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that hook", "fuck yeah we won", "damn this game is fun",
    "shit i missed my stun lol", "wtf that was sick", "fucking gg what a comeback",
)

# fmt: on
