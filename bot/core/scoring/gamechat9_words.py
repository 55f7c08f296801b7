"""The word lists of the gamechat9 targeting rules (issue 8): gloating, blame for a loss,
a child or a pet said to play better than the reader, orders to give the game up; kept
apart from the rules that read them (targeting_gamechat9.py). Also the run-together table for a
name-call fused with the player it names ("noobteam", "trashkid", "stfunoob")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

# fmt: off
# The typos of name-calls the lexicon lists under "gamechat9" ("idoit", "lozer"): a
# starred-out word is never read as one of them ("id**t" is "idiot" or nothing).
TYPOS: Final = frozenset({
    "idot", "idoit", "lozer", "lozers", "noobz", "nubz", "stupd",
})
# "ez" and its kin, gloated at the side that lost: the lexicon's lines.
GLOATS: Final = frozenset({
    "ez", "ezz", "ezzy", "izi", "eze", "eziest", "ez game", "ez mid", "ez win", "ez team",
    "ez pts", "easiest",
})
# "easiest" gloats only before the life or the record it beats: "easiest game of my
# life", "easiest mid ever", "easiest jug i have ever vs".
EASIEST_AFTER: Final = frozenset({"life", "ever", "career"})
EASIEST_REACH: Final = 5
# The writer says the enemy had it easy ("ez for them lol we threw", "ez per loro").
FOR_THEM: Final = frozenset({"them", "they", "their", "loro"})
FOR: Final = frozenset({"for", "per", "4"})
# A gloat word denied before it in its sentence ("that was not ez", "its never easy").
DENIALS: Final = frozenset({
    "not", "isnt", "wasnt", "aint", "never", "non", "nt", "hardly", "no",
})
# A question about a thing ("is this boss ez?", "was it ez for u"): asks, gloats at nobody.
ASKING: Final = frozenset({
    "is", "was", "are", "will", "would", "does", "do", "did", "can", "could", "should", "e",
    "è", "sara", "sarà",
})
# Said of a thing that is no game ("that quiz was ez", "the test is ez"), a gloat word
# judges the thing; said of these (or of nothing: "so ez"), it gloats at the losers.
GAME_SUBJECTS: Final = frozenset({
    "game", "games", "round", "rounds", "match", "win", "lane", "mid", "top", "bot", "fight",
    "gg", "this", "that", "it", "its", "one", "dota", "league", "ranked", "partita",
    "questa", "troppo",
})
COPULAS: Final = frozenset({"was", "is", "s", "were", "are", "e", "è", "era"})
GLOAT_BRIDGE: Final = frozenset({
    "so", "too", "really", "pretty", "very", "fucking", "just", "cosi", "così",
})
# "so ez bot": a taunt at a play told to a bot (or the bot lane), left to the earlier rules.
# "ez" before a thing it calls easy is no gloat: "ez fix", "thats an ez way to farm".
EZ_WORDS: Final = frozenset({"ez", "ezz", "ezzy", "izi", "eze"})
EZ_THINGS: Final = frozenset({
    "fix", "fixes", "way", "ways", "mode", "pz", "peasy", "solution", "answer", "question",
    "recipe", "trick", "tip", "tips", "guide", "setup", "method", "steps", "tutorial",
    # gamechat13: a spot, a route or a lineup shown to the team ("ez ward spot here", "ez
    # lineup for a site", "ez route to the boss")
    "ward", "wards", "spot", "spots", "route", "path", "lineup", "lineups", "jump", "strat",
    "shortcut", "smoke", "flank",
    # gamechat21: an objective called easy to take ("ez dragon", "ez baron lets go", "ez
    # rosh go"); a player after "ez" ("ez mid", "ez noob") still gloats
    "dragon", "drake", "drag", "dragons", "drakes", "baron", "nashor", "herald", "rosh",
    "roshan", "tower", "towers", "turret", "turrets", "inhib", "inhibs", "objective",
    "obj", "camp", "camps", "buff", "plant", "rax",
})
GLOAT_NOT_BEFORE: Final = frozenset({"bot", "bots"})
GLOAT_LINE: Final = 12  # a gloat is a chat line, not a paragraph about difficulty

# Blame said of the one before the words: "mid lost us the game", "you cost us the match",
# "gg our adc threw", "il jungla ci ha fatto perdere".
BLAME_BY_SUBJECT: Final = frozenset({"lost us", "cost us", "threw", "ci ha fatto perdere"})
# Between the one blamed and the words: "you just threw", "he literally cost us".
BLAME_SKIP: Final = frozenset({
    "just", "really", "fucking", "fkin", "fking", "literally", "completely", "totally",
    "singlehandedly", "basically", "actually", "always", "so", "has", "have", "again",
    "proprio", "gia", "già",
})
# What is thrown, after "threw the"/"threw our": the game, not a ball or a heal.
THROWN: Final = frozenset({
    "game", "games", "round", "rounds", "match", "lead", "fight", "teamfight", "win", "gg",
    "everything", "pick", "comp",
})
THROWN_DETERMINERS: Final = frozenset({"the", "our", "this", "that", "another", "every", "a"})
THROWN_ALONE: Final = frozenset({"it", "again", "hard", "af", "lol", "lmao"})
# "threw it" and a direction: something thrown ("kobe threw it down"), not a game.
THROWN_IT_AWAY: Final = frozenset({
    "down", "up", "back", "out", "over", "into", "across", "to", "onto", "through",
})
# Blame naming the reader: counted when a loss is in the line ("because of you we lost").
BLAME_READER: Final = frozenset({
    "because of you", "cause of you", "per colpa tua",
    # gamechat21: chat's spellings ("we lost cuz of u", "thx to u we lost"; "thx to u we
    # won" and "cuz of you i got better" name no loss)
    "because of u", "cause of u", "cuz of you", "cuz of u", "coz of you", "coz of u",
    "cus of you", "cus of u", "bc of you", "bc of u", "becuz of u", "thanks to you",
    "thanks to u", "thx to you", "thx to u", "ty to you", "ty to u",
})
LOSS: Final = frozenset({
    "lost", "lose", "losing", "loss", "l", "4v5", "throw", "threw", "thrown", "perso",
    "perdiamo", "perdere", "sconfitta", "persa", "avs",  # "4v5" as the leet map reads it
})
# A loss denied ("never lost"), a loss of no game ("lost 10 pounds", "lost hope") and a
# win said in the line ("because of you i finally won") name no loss to blame.
LOSS_DENIALS: Final = frozenset({
    "never", "not", "didnt", "dont", "wont", "cant", "cannot", "couldnt", "no", "non", "mai",
})
NOT_A_GAME: Final = frozenset({
    "weight", "pounds", "lbs", "kg", "kilos", "hope", "faith", "sleep", "interest", "track",
    "touch", "fat", "count", "peso", "chili", "speranza",
})
WINS: Final = frozenset({"won", "win", "winning", "wins", "vinto", "vinciamo", "vittoria"})
# Things a loss is blamed on, no player: "cant win with this comp", "lost cuz of lag".
BLAME_THINGS: Final = frozenset({
    "comp", "lag", "ping", "server", "servers", "internet", "wifi", "connection", "patch",
    "bug", "bugs", "draft", "matchmaking", "mm", "lineup", "meta", "picks", "pick", "rng",
    "luck", "map", "items", "build", "builds",
})
# Blame naming the one after the words: "we lost because of our healer", "per colpa del
# jungla", "this loss is on you", "cant win with this team".
BLAME_OF_OBJECT: Final = frozenset({
    "lost because of", "lost cause of", "lost thanks to", "loss thanks to",
    "lost due to", "per colpa del", "loss is on", "l is on", "cant win with",
    # gamechat16: chat's spellings and the present tense ("we lose because of jungler")
    "lost coz of", "lost bc of", "lose because of", "lose cause of",
    # gamechat20: more spellings ("we lost becuz of u", "losing bc of our jungle")
    "lost becuz of", "lost bcuz of", "lost bcs of", "lost bcoz of", "lose bc of",
    "losing because of", "losing bc of",
    # gamechat21: "cuz", "cus" and a "gg" that closes a lost game ("gg cuz of our jungle",
    # "lost cuz of this sova"; "lost cuz of lag", "gg cuz of me" name no player)
    "lost cuz of", "lost cus of", "lose cuz of", "losing cuz of", "gg cuz of",
    "gg coz of", "gg bc of", "gg because of", "gg cus of",
})
OBJECT_DETERMINERS: Final = frozenset({
    "our", "the", "this", "that", "these", "those", "ur", "your", "my", "a", "such", "il",
    "lo", "la", "nostro", "nostra", "questo", "questa",
})
# Thanks for a loss: "thanks jungle for the loss", "thanks for throwing genji", "grazie mid
# per la sconfitta"; the thanks opens the sentence a few words before.
BLAME_THANKED: Final = frozenset({"for the loss", "for the l", "for throwing", "per la sconfitta"})
THANKS: Final = frozenset({"thanks", "thank", "thx", "ty", "tnx", "grazie"})
THANKS_REACH: Final = 3
READERS: Final = frozenset({"you", "u", "ya", "yall", "ur", "te", "tu"})
WRITERS: Final = frozenset({"i", "we", "me", "us", "im", "myself", "io", "noi", "mi"})
PLAYER_PRONOUNS: Final = frozenset({"he", "she", "they", "him", "her", "them", "lui", "lei"})

# A child or a pet said to play better than the reader: "my grandma aims better than
# you", "my dog could play better", "mia nonna mira meglio di te".
COMPARING: Final = frozenset({
    "plays better", "play better", "aims better", "aim better", "better than you",
    "better than u", "mira meglio", "meglio di te", "gioca meglio",
})
MOCKERS: Final[frozenset[str]] = frozenset({
    "grandma", "granny", "grandmother", "nan", "nana", "grandpa", "grandad", "dog", "cat",
    "hamster", "goldfish", "toddler", "baby", "nonna", "nonno", "cane", "gatto",
    "fratellino", "sorellina", "criceto",
    # gamechat21: a parent, an ape ("my mom plays better than you", "a monkey could play
    # better than this jett")
    "mom", "mum", "mommy", "mother", "dad", "monkey", "chimp", "mamma",
})
# "little brother": a sibling is a mocker only made small.
SIBLINGS: Final = frozenset({"brother", "sister", "bro", "sis", "cousin"})
SMALL: Final = frozenset({"little", "lil", "baby", "younger", "small", "kid"})
COMPARE_REACH: Final = 6
BETTER_THAN_ME: Final = frozenset({"me", "myself"})  # "plays better than me": self-blame
# "better than you think": than the reader expects, no comparison with the reader's play.
THAN_EXPECTED: Final[frozenset[str]] = frozenset({
    "think", "thought", "expect", "expected", "imagine", "imagined", "believe", "realize",
    "realise", "remember",
})

# Orders to give the game up (the lexicon's "gamechat9" exclusion lines) and the
# words after them that make a fix or a plan: "alt f4 and rejoin", "log off by accident".
LEAVING: Final = frozenset({
    "sell your account", "sell ur account", "sell your acc", "sell ur acc", "sell your pc",
    "sell ur pc", "quit ranked", "quit league", "quit dota", "quit valorant",
    "quit overwatch", "quit fortnite", "quit gaming", "delete league", "delete dota",
    "delete valorant", "delete overwatch", "delete fortnite", "alt f4", "log off",
    "leave the lobby", "leave the match", "leave my lobby", "get out of my lobby",
    "go back to casual", "go back to quickplay", "go back to unrated", "go back to normals",
    "go back to bots", "go back to the tutorial", "go back to tutorial", "stick to bots",
    "stick to casual", "stick to minecraft", "stick to unrated", "stick to normals",
    "stick to quickplay", "stay in unrated", "stay in casual", "stay in normals",
    "stay in quickplay", "get off my server", "never queue again", "dont queue again",
    "esci dalla partita", "cancella il gioco", "cancella l account",
})
PLAN_AFTER: Final = frozenset({
    "and", "to", "by", "then", "for", "so", "if", "after", "before", "when", "till",
    "until", "e", "per", "poi", "quando", "se", "on",
})
# discord18: an adverb may come between the order and its plan ("leave the lobby already
# and queue again", "log off now and rejoin").
PLAN_ADVERBS: Final[frozenset[str]] = frozenset({"already", "now", "rn", "quick", "first"})
# "alt f4 and never come back" stays an order.
NOT_PLAN: Final = frozenset({"never", "dont", "stay", "go", "take", "non"})

# A verdict on a player the earlier shapes miss: in the perfect ("mei has been useless all
# game"), with the player's side ("the striker on blue is garbage"), or "the worst" with
# a record after it ("raze is the worst ive ever seen"). Gate: one of these words.
VERDICT_GATE: Final = frozenset({"been", "on", "all", "whole", "every", "ever", "seen"})
VERDICT_BRIDGE: Final = frozenset({"has", "have", "been", "being", "the", "was"})
SIDES: Final = frozenset({"team", "side", "blue", "red", "orange", "ct", "t", "attack", "defense"})
SIDE_OWNERS: Final = frozenset({"our", "the", "their", "ur", "your", "my", "blue", "red"})
VERDICT_TAILS: Final = frozenset({
    "all", "game", "games", "this", "whole", "every", "round", "match", "long", "tonight",
    "today", "ive", "i", "have", "ever", "seen", "in", "na", "eu", "history", "my", "life",
    "season",
})
# Heroes, agents, legends and positions gamechat8's list lacks (Overwatch, Valorant, Apex,
# Marvel Rivals, football games), none an everyday English word.
HEROES9: Final = frozenset({
    "mei", "bastion", "sombra", "mauga", "illari", "lifeweaver", "ramattra", "sigma",
    "junkerqueen", "breach", "fade", "harbor", "clove", "chamber", "vyse", "iso", "caustic",
    "revenant", "rampart", "seer", "catalyst", "valkyrie", "crypto", "horizon", "magik",
    "psylocke", "namor", "groot", "hela", "loki", "striker", "goalie", "offlaner", "pos1",
    "pos2", "pos3", "pos4", "pos5",
})
VERDICT_OPENERS: Final[frozenset[str]] = frozenset({"our", "ur", "your", "their", "the", "enemy"})

# "sit down" gloats only closing its line, maybe with a vocative or a laugh: "sit down
# kid", not "sit down here and wait".
SIT_DOWN: Final = frozenset({"sit down"})
SIT_TAIL: Final = frozenset({
    "kid", "son", "boy", "noob", "lol", "lmao", "bro", "clown", "loser", "nerd", "xd", "ez",
    "buddy", "pal", "bozo", "please", "pls", "plz",
    "bot", "dog", "dogwater",  # gamechat21: "sit down bot" (a shooter's name-call)
    "kiddo", "child", "sweetie", "champ", "sport",  # discord37: "sit down kiddo"
})
# A player said to play like a child or an animal: only after a play verb ("u play like a
# toddler", "our tank drives like a grandma"); "she cried like a baby" is no put-down.
PLAY_LIKE: Final = frozenset({
    "like a toddler", "like a child", "like a baby", "like a grandma", "like a monkey",
})
PLAY_VERBS: Final = frozenset({
    "play", "plays", "playing", "played", "aim", "aims", "aiming", "drive", "drives",
    "driving", "heal", "heals", "healing", "build", "builds", "building", "farm", "farms",
    "farming", "rotate", "rotates", "shoot", "shoots", "shooting",
})
# "who boosted you", "who carried this guy": only with a player after it.
WHO_BOOSTED: Final = frozenset({"who boosted", "who carried"})

# Run together with the player it names ("noobteam", "trashkid", "idiotteammates"), or
# after "stfu" ("stfunoob"): read as the two words.
JOIN_PLAYER_AFTER: Final = frozenset({
    "team", "teams", "kid", "kids", "teammate", "teammates", "players", "squadra",
})
JOIN_ORDER_BEFORE: Final = frozenset({"stfu", "shutup"})
# fmt: on
_JOIN_MIN: Final = 3  # "nubteam", "noobkid"


def player_joined(
    entries: Mapping[tuple[str, ...], Entry], ordinary: frozenset[str]
) -> dict[str, int]:
    """Tokens that are a name-call of ours run into the player it names ("noobteam" -> 4,
    "trashkid") or after "stfu" ("stfunoob" -> 4), each mapped to where the second word
    starts; a token any list knows ("teamkid"?) is left whole."""
    found: dict[str, int] = {}
    for tokens, entry in sorted(entries.items()):
        if (
            entry.category is not Category.INSULT
            or entry.person_only
            or len(tokens) != 1
            or len(tokens[0]) < _JOIN_MIN
            or not tokens[0].isalpha()
        ):
            continue
        word = tokens[0]
        for after in sorted(JOIN_PLAYER_AFTER):
            found.setdefault(word + after, len(word))
        for before in sorted(JOIN_ORDER_BEFORE):
            found.setdefault(before + word, len(before))
    return {token: cut for token, cut in found.items() if token not in ordinary}
