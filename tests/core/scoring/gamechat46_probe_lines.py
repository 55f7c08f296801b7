"""The gamechat46 probe (issue 8): Dota-style game chat put-downs that older rules read
as something else: the "says the noob pudge" retort (read as reported speech), a
name-call closing "not today" / "not this time" (read as a denied insult), and a
person-only swear noun for players after "those" / "these" ("those 2 little cunts",
read as about a thing); the clean lines in the same words that must stay clean
(reported speech with its speaker, real denials, questions, the writer, friendly
swearing), and untargeted friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the retort: "says the <name-call> (<hero>)"
    "says the noob pudge", "oh says the idiot with 0 kills", "lol says the trash invoker",
    "said the braindead sniper", "says the clown who fed mid all game", "says the moron techies",
    "ok says the idiot", "says the noob lol", "said the loser lion xd",
    "says the stupid riki | ok", "says the dumbass", "haha says the retard who bought midas",
    # a name-call closing "not today" / "not this time"
    "not today cunt", "not today noob", "not this time idiot", "not again retard",
    "not now loser", "not me pls idiot", "not happening noob", "nice try but not today clown",
    "not so fast moron", "nope not today bitch", "not on my watch noob", "not tonight idiot xd",
    # a person-only swear noun for players after "those" / "these"
    "those 2 little cunts", "these cunts wont stop diving me", "those fucktards on my team",
    "these assholes keep stealing my farm", "those wankers in mid", "look at these dickheads",
    "these twats cant ward", "those 3 cunts again", "these cunts ruin every game",
    "those stupid assholes fed again", "gg those fucktards threw",
)

TUNE_CLEAN: tuple[str, ...] = (
    # reported speech with its speaker, no name-call, asked
    "he says the noob was afk", "my friend said the idiot pudge left",
    "she says the retard thing a lot",
    "who says the noob is me?", "says the patch notes lol", "says the guy with the best kda",
    "says the pudge who carried us, respect", "so he said the loser buys the pizza",
    "the guide says the noob build is fine", "says the lion main, fair enough",
    # a real denial, the writer, no name-call
    "not today, i feel like such a noob", "im not an idiot today", "not today satan",
    "not this time bro", "not again, my internet is dying", "not now, buying wards",
    "he is not a noob", "not me, i was the idiot there", "not happening, we defend high ground",
    "not tonight, too tired", "not so fast, wait for bkb",
    # a swear noun of no one, the writer's friends, asked, reported
    "i love these cunts", "miss those cunts from uni", "are these assholes serious?",
    "he called us those cunts", "dont call them those fucktards", "these fuckers are heavy",
    "those boxes are a pain in the ass", "these creeps are so fucking annoying",
    "my boys these cunts are legends", "those tickets were a bitch to get",
    "these wards are shit",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck this lag", "shit happens lol",
    "what the fuck was that stun", "fucking hell my internet", "damn this game is fucking fun",
)
