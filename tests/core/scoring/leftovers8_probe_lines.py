"""The leftovers8 probe's lines (issue 8): the shapes the seventh session left behind in
Discord-style chat, written before reading the rules.

Misses: a person noun as the subject of "is a joke/clown" ("the ref is a joke"); harm
wished on the reader by a third party ("i hope someone kicks you"); harm verbs on the
reader's belongings ("i'll burn your house down"); calls to pile on someone ("send her
hate", "everyone go spam his dms"); "bitches"/"troie" said of women as a group or of
girls present. False flags: a pet or object called by a name ("my cat mochi is so ugly
lol"); an admiring vocative with praise of a feat ("you crazy bastard you actually did
it"); a game boss, level or thing called a bitch; a creature in a relative clause read as
a person in a reply; and the reverse, an unknown person noun read as a thing in a reply
("the lifeguard is an idiot").

Lines with a user mention ("<@", "@USER") are scored with `mentions_someone=True`, the
*_REPLY lines with `is_reply=True`, as bot/discord/message_scoring.py does. TUNE_* were
studied; HELD_* (leftovers8_holdout_lines.py) were written after them and before any
rule, and measured only at the start and the end of the round.
"""

from __future__ import annotations

M = "<@123456789012345678>"

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person noun as subject of a put-down predicate
    f"{M} the ref is a joke", "the ref is a joke", "our coach is a joke honestly",
    "the teacher is a clown", "this streamer is a joke lmao", "the host is a total clown",
    "our captain is a disgrace", "the admin is a joke, unban me",
    "l'arbitro è un pagliaccio", "il prof è una barzelletta",
    # harm wished on the reader by a third party
    "i hope someone kicks you", "i hope someone punches you in the face",
    "hope somebody stabs you", "i hope someone beats the shit out of you",
    "i wish someone would slap you", "hope someone runs you over",
    f"{M} i hope someone breaks your legs", "hope someone punches u in the mouth",
    "spero che qualcuno ti picchi", "spero che qualcuno ti spacchi la faccia",
    # harm on the reader's belongings
    "i'll burn your house down", "i will slash your tires", "im gonna smash your car",
    "ill burn ur house with u inside", f"{M} i will key your car",
    "i'll break every window in your house",
    "gonna set your house on fire", "ti brucio la casa", "ti rigo la macchina",
    # calls to pile on someone
    "send her hate", "everyone go spam his dms", "lets all flood her dms with hate",
    f"everyone go spam {M}'s dms", "go tell her how ugly she is",
    "everyone dm him and tell him to kys", "spam her with hate until she leaves",
    "raid his server lol", "go harass her on twitter", "mandategli insulti in dm",
    # bitches / troie said of women or girls present
    "girls are all bitches", "women are bitches", "these bitches in vc are so annoying",
    "bitches ain't shit", "the girls in this server are all bitches", "shut up bitches",
    "le ragazze di questo server sono tutte troie", "le donne sono tutte troie",
    "siete delle troie",
    # the contrasts of the false-flag shapes: people, scorned feats
    "sarah is so ugly lol", "jake is such an idiot", "this guy is a bitch",
    "your sister is a bitch", "you stupid bastard you ruined it",
    "you lazy bastard you didn't even try", "giulia è una cretina",
)

TUNE_HOSTILE_REPLY: tuple[str, ...] = (
    "@USER the lifeguard is an idiot", f"{M} the cashier is a moron",
    "@USER the plumber is a clown", "the bus driver is an idiot",
    "the guy who lives next door is an idiot", "the janitor is a loser",
    "@USER the ref is a joke", "that referee is a clown",
    "@USER the barista is so stupid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing as subject of "is a joke"
    "the game is a joke lol", "this patch is a joke", f"{M} the matchmaking is a joke",
    "the ref's call was a joke", "the new season is a joke", "questa patch è una barzelletta",
    # hopes for the reader that are not harm
    "i hope someone helps you", "i hope someone carries you in ranked",
    "i hope someone kicks the ball to you", "hope someone beats the boss for you",
    f"{M} i hope someone fixes your pc", "i hope someone hugs you today",
    "spero che qualcuno ti aiuti", "spero che qualcuno ti porti in ranked",
    # the reader's things, not harm
    "i'll burn your cd for you", "ill fix your pc tomorrow", "i will beat your high score",
    "i'll break your record tonight", "gonna smash your speedrun time",
    "i'll burn your base down in minecraft lol", "ti sistemo la macchina domani",
    # calls to pile on that are kind
    "send her love", "everyone go wish him happy birthday", "send him the link",
    "everyone go spam F in chat", "go follow her on twitch",
    "send her some support, she's having a rough day", "everyone dm him congrats",
    f"everyone go say hi to {M}", "mandategli gli auguri",
    # bitch said of things, not people
    "this boss is a bitch", "this level is a bitch", "the last boss is such a bitch",
    "this puzzle is a bitch to solve", "that jump is a bitch", "life's a bitch",
    "son of a bitch that was close", "questo boss è una troia",
    # pets and objects with names
    "mochi is so ugly lol", "my cat mochi is so ugly lol i love her",
    "my dog biscuit is such an idiot, he ate a sock", "my car betsy is a piece of junk",
    "my hamster nugget is so dumb", "il mio gatto pippo è scemo",
    # admiring vocatives
    "you crazy bastard you actually did it", "you mad bastard, you pulled it off",
    "you lucky bastard, gg", "you absolute madman, 1v5 clutch",
    "you beautiful bastard you did it!", "you crazy son of a bitch, you did it",
)

TUNE_CLEAN_REPLY: tuple[str, ...] = (
    "the monster who lives under my bed", "the monster who lives under my bed is scarier",
    "the ghost that haunts my house is a jerk lol", "@USER the update is a joke",
    "@USER the printer is an idiot lol", "the wifi is trash", "the soundtrack is garbage",
    f"{M} the dragon that guards the cave is a pain",
)
