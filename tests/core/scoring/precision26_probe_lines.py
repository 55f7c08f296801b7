"""The precision26 probe (issue 8): friendly or untargeted profanity lines in the round's
shapes ("fuck off with" a thing: "fuck off with this lag", "oh fuck off with the ads",
"piss off with this heat"; "bitch" as a complaining verb in a list: "they just want to
bitch, moan and complain") and the hostile lines in the same words that must stay
caught (the same words at the reader, at a person or at a group). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "fuck off with" the reader, a person or a group
    "fuck off with your lies", "fuck off with you", "fuck off with these immigrants",
    "fuck off with these people", "fuck off with this guy", "fuck off with this crap you troll",
    "fuck off with this, you're not funny", "fuck off with your stupid opinions",
    "fuck off with the rest of your kind", "fuck off with your friends",
    "piss off with your whining", "fuck off with all these foreigners",
    "fuck off with that clown", "fuck off with this idiot and his fans",
    "fuck off with the muslims", "fuck off with the lot of you",
    "oh fuck off with your nonsense", "fuck off with this bs, you liar",
    "fuck off with that attitude of yours", "sod off with your excuses",
    # "fuck off" told to someone, no "with"
    "fuck off", "oh fuck off", "fuck off and die", "just fuck off already",
    # "bitch" at a person or a group, not a verb
    "you bitch, stop moaning", "shut up bitch, whine somewhere else",
    "stop whining, you little bitch", "she is a bitch, whiny and cold",
    "democrats are bitches, moaning all day", "whine all you want bitch",
    "cry more bitch", "you're such a bitch, always moaning",
    "go complain somewhere else, bitch", "what a whiny bitch you are",
    "moan and complain all you want, you bitch",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "fuck off with" a thing: exasperation, no one told off
    "fuck off with this lag", "fuck off with the ads youtube", "fuck off with all this rain",
    "fuck off with this shit", "piss off with this heat",
    "oh fuck off with the daylight saving time",
    "fuck off with this tax nonsense", "fuck off with these ads", "fuck off with this heat",
    "fuck off with this bullshit, nobody was even hurt", "fuck off with these prices",
    "fuck off with the paywalls", "fuck off with this weather honestly",
    "fuck off with the loot boxes", "fuck off with this patch, it broke everything",
    "oh fuck off with the microtransactions", "fuck off with the queue times",
    "fuck off with this humidity", "fuck off with these popups",
    "sod off with this rain", "piss off with these taxes", "fuck off with that stupid rule",
    "fuck off with these pointless updates", "fuck off with all this paperwork",
    # "bitch" as a complaining verb in a list
    "they just want to bitch, moan and complain", "democrats just want to bitch, moan and complain",
    "people will bitch, moan and whine regardless", "all they want is to bitch, whine and cry",
    "they'll bitch, moan and groan either way", "i just want to bitch, moan and vent for a minute",
    "fans love to bitch, moan and complain about refs",
    "reporters want to bitch, moan and groan about trump",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a good game", "fuck yeah we won", "damn this pizza is good",
    "shit, i forgot my charger", "that concert was fucking amazing", "hell yes, friday finally",
)
