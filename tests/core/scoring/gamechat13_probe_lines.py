"""The thirteenth game-chat probe's studied lines (issue 8), written before reading the rules.

Chat from Dota 2, League, CS2, Overwatch, Valorant, Fortnite, Minecraft and Roblox in the
shapes of flaming: a role, hero or position named with a slur on its play ("our jungler
is a bot", "support gap", "pos 5 is braindead"), blame with a surrender call ("ff15 this
team is hopeless", "carry afk again gg"), telling a player to quit, uninstall or delete
the game, mockery ("ez", "cry", "tilted?", "bad kid", "dog water"), typos, leet, all caps
and letter repeats ("n00bbb", "retrded"), non-English chat common on EU servers aimed at
a player (Russian transliteration "idi nahui", "ty debil"; Spanish "eres malisimo") and
short insult-only messages.

Clean lines are untargeted swearing (its own list: the held-out game-chat floor's control)
and gaming talk that looks hostile: kill/destroy/push talk, "feed the tank", "gg wp",
"nice shot fuck", "this game is trash" said of an object, self-blame, friendly Russian
or Spanish exclamations ("blyat that was close", "puta madre que jugada").

The held-back batch is in gamechat13_holdout_lines.py, written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # role / hero / position flame
    "our jungler is a bot", "support gap", "pos 5 is braindead", "jungle diff all game",
    "our adc is a walking ward", "this tracer is garbage", "pudge is clueless",
    "our healer is asleep again", "top laner is a donkey", "rat sage again",
    "mid player is a clown", "worst jett i've ever seen",
    # blame with surrender / afk
    "ff15 this team is hopeless", "gg carry afk again", "ff our carry is useless",
    "gg this team is brain dead", "lost because of this idiot mid", "our team is a joke",
    "we lost cuz of you noob", "its your fault we lost idiot",
    # quit / uninstall / delete the game
    "delete the game", "delete dota pls", "please quit the game forever",
    "uninstall and go play roblox", "quit gaming you are hopeless", "do us a favour and uninstall",
    "never queue again", "stop playing ranked you clown",
    # mockery
    "ez", "ez noobs", "cry", "tilted?", "bad kid", "dog water", "ur dog water",
    "cry more kid", "ez game ez life noobs", "stay mad noob", "sit kid",
    "tilted much loser", "go cry to mommy",
    # typos / leet / caps / repeats
    "n00bbb", "retrded", "u r trashhh", "n0obs", "IDIOT", "YOU ARE A NOOB",
    "noooob team", "ur so baddd", "stfu n00b", "fcking id10t",
    # non-English at a player
    "idi nahui", "ty debil", "suka ty tupoi", "pidor mid", "cyka noob",
    "eres malisimo", "puta madre que malo eres", "jungla manco", "eres un inutil",
    # short insult-only
    "trash", "loser", "clown", "bot", "idiot", "moron",
)

TUNE_SWEARING: tuple[str, ...] = (
    "nice shot fuck", "fuck what a game", "holy shit that ult", "damn this is close",
    "shit i missed", "fuck this lag", "what the fuck was that spawn", "fucking clutch",
    "oh hell yes", "son of a bitch that hurt", "blyat that was close", "puta madre que jugada",
    "suka so close", "mierda se me fue", "fuck yeah gg",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "kill the support first", "destroy their tower", "push mid now", "feed the tank ult",
    "gg wp", "gg wp all", "this game is trash", "this patch is garbage", "the servers are dogshit",
    "i'm so bad today", "i'm a noob at this hero", "my bad guys", "i was the bot sry",
    "i played like trash", "their jungler is a beast", "report bug on this wall",
    "the bot lane is pushed", "need a healer", "care the mid is missing", "support buy wards",
    "ez ward spot here", "don't cry if you lose the coinflip",
    "uninstall discord and reinstall fixes it",
    "delete the old replay files", "quit queue i need to go", "that bot is op in custom games",
    "spasibo team", "davai push", "vamos equipo", "buena jugada", "nice one mid",
    "the tracer skin is ugly", "kill the bots in coop", "our carry is fed let him farm",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
