"""The precision26 held-back lines (issue 8): the round's shapes ("fuck off with" a thing;
"bitch" as a complaining verb in a list) and the hostile lines in the same words, in
other wording, written at the same time as the studied part and before any rule.
Counted only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fuck off with your fake news", "fuck off with u", "fuck off with these refugees",
    "fuck off with those people", "fuck off with this dude", "fuck off with this garbage you clown",
    "fuck off with this, you're pathetic", "fuck off with your dumb takes",
    "fuck off with the rest of your family", "fuck off with your buddies",
    "piss off with your crying", "fuck off with all these migrants",
    "fuck off with that moron", "fuck off with this loser and his mates",
    "fuck off with the jews", "fuck off with the whole lot of you",
    "oh fuck off with your bullshit", "fuck off with this crap, you fraud",
    "fuck off with that tone of yours", "sod off with your lies",
    "piss off with you", "fuck off with yourself", "fuck off with the feminists",
    "fuck off with your shitty opinions",
    "fuck off mate", "oh just fuck off", "fuck off and never come back", "fuck off already",
    "you bitch, quit moaning", "shut it bitch, go whine elsewhere",
    "quit whining, you dumb bitch", "he's a bitch, whiny and weak",
    "liberals are bitches, whining all day long", "complain all you want bitch",
    "cry harder bitch", "you're such a bitch, always complaining",
    "go cry somewhere else, bitch", "what a moaning bitch you are",
    "whine and complain all you like, you bitch", "she's a whiny little bitch",
)

HELD_CLEAN: tuple[str, ...] = (
    "fuck off with this ping", "fuck off with the commercials", "fuck off with all this snow",
    "fuck off with this crap", "piss off with this cold", "oh fuck off with the clocks changing",
    "fuck off with this new fee", "fuck off with these emails", "fuck off with this wind",
    "fuck off with this bullshit, nothing even happened", "fuck off with these gas prices",
    "fuck off with the subscriptions", "fuck off with this traffic honestly",
    "fuck off with the battle pass", "fuck off with this update, it ruined my saves",
    "oh fuck off with the dlc", "fuck off with the server lag",
    "fuck off with this pollen", "fuck off with these notifications",
    "sod off with this drizzle", "piss off with these fees", "fuck off with that dumb policy",
    "fuck off with these useless menus", "fuck off with all this red tape",
    "fuck off with the cookie banners", "fuck off with this heatwave",
    "fuck off with these captchas", "oh fuck off with the autoplay videos",
    "fuck off with this mud", "fuck off with all the spam calls",
    "they only want to bitch, moan and complain", "voters just want to bitch, whine and moan",
    "people love to bitch, moan and gripe about prices", "all we did was bitch, whine and complain",
    "they'll bitch, moan and cry no matter what", "i need to bitch, moan and rant for a sec",
    "players like to bitch, moan and complain about balance",
    "critics want to bitch, moan and groan about the ending",
    "we're gonna bitch, moan and whine about the weather anyway",
    "let me bitch, moan and complain about mondays",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that goal was insane", "shit yeah, tacos tonight", "damn that sunset",
    "fucking finally, the update is out", "hell of a ride, that was", "oh shit, it's snowing",
)
