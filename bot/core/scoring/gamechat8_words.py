"""The word lists of the gamechat8 targeting rules (issue 8): who is called a bot, which
words name a player in game chat, and what may stand between a player and a verdict;
kept apart from the rules that read them (targeting_gamechat8.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat7_words

# The lexicon terms only these rules aim: "bot" is a lane, an AI or a Discord bot
# unless said of a player ("ur a pocket bot", "u useless bot", "siete tutti dei bot").
BOTS: Final = frozenset({"bot", "bots", "npc", "npcs"})  # npc: discord14
# fmt: off
# Right before "bot" in a name-call: the article or a word that says how ("a", "such a",
# "pocket", "useless"); the copula or the reader before them (READERS, COPULAS).
BOT_ARTICLES: Final = frozenset({
    "a", "an", "such", "all", "just", "literally", "actually", "absolute", "total",
    "complete", "un", "uno", "dei", "tutti", "solo", "proprio", "the",
})
BOT_MODIFIERS: Final = frozenset({
    "pocket", "useless", "stupid", "dumb", "braindead", "trash", "fucking", "fking", "fkin",
    "default", "skin", "no", "silver", "bronze", "iron", "walking", "aim", "total",
    "absolute", "complete", "literal", "actual", "inutile", "scarso",
})
# gamechat17: a modifier only a player earns ("default skin bot", "silver bot") opening
# the line and "bot" closing it: a name-call, where "useless bot" may curse a Discord
# bot and "skin bot" trades skins.
PLAYER_BOT_MODIFIERS: Final = frozenset({"default", "silver", "bronze", "iron"})
# After such a "bot", the line may close with chat fillers only ("default skin bot lol").
BOT_TAILS: Final = frozenset({"lol", "lmao", "xd", "gg", "ez", "smh", "lmfao", "ffs"})
READERS: Final[frozenset[str]] = frozenset({"u", "you", "ur", "youre", "yall", "ya"})
# "ur a bot": the reader's copula, "he is a bot": a player's; "sei un bot", "siete dei bot".
COPULAS: Final = frozenset({
    "ur", "youre", "is", "are", "hes", "shes", "theyre", "r", "sei", "siete", "e", "sono",
    "was", "s", "re",
})
# The reader's copula in chat spelling ("ur a bot", "u r a bot", "sei un bot"), and in
# full ("you are a bot", "youre a bot"), which a Discord bot is told too: counted only
# with a word that says how or in game talk.
READER_COPULAS: Final = frozenset({"ur", "r", "sei", "siete"})
SPELT_COPULAS: Final = frozenset({"are", "re"})
# Not "this"/"that": "that account is a bot" names no player.
PLAYERS: Final = frozenset({
    "he", "she", "they", "guy", "dude", "kid", "player", "teammate",
    "teammates", "random", "randoms", "u", "you", "yall", "tu", "voi", "lui", "lei",
})
# A thing of a hero's after its name: "worst jett skin ever" judges the skin, and "reyna
# ult useless" the ability, not the one playing it.
HERO_THINGS: Final = frozenset({
    "skin", "skins", "patch", "nerf", "nerfs", "buff", "buffs", "lineup", "lineups", "ult",
    "ults", "ultimate", "ability", "abilities", "kit", "dash", "skill", "skills", "passive",
    "rework", "update", "voiceline", "voicelines", "model", "animation", "design", "lore",
    "release", "bundle", "abilita", "abilità",
})
# In a line about an account or a program, "bot" is one: "that account is a bot", "he is
# a bot, mee6 i mean", "this guy is a bot it's a chatgpt account".
AI_WORDS: Final = frozenset({
    "account", "accounts", "ai", "chatgpt", "gpt", "llm", "mee6", "dyno", "carlbot",
    "script", "scripted", "automated", "program", "spambot", "profile",
})
# After "bot": a lane, a side or a game mode, so the word names no player.
LANE_AFTER: Final = frozenset({
    "lane", "laner", "lanes", "side", "tower", "towers", "turret", "t1", "t2", "t3",
    "games", "game", "match", "lobby", "lobbies", "difficulty", "mode", "account", "accounts",
    "command", "commands", "prefix", "and", "or", "top", "mid", "corsia",
})
# The words between a player and a verdict on them: "our rein is garbage", "why is our jg
# so braindead", "ur kha is a joke", "il nostro adc è proprio scarso".
OPENERS: Final = frozenset({
    "why", "how", "is", "our", "ur", "your", "my", "their", "the", "this", "that", "enemy",
    "il", "lo", "la", "nostro", "nostra", "vostro", "tuo", "questo", "quel", "quello",
})
# Only a possessive makes an unknown word a player's name ("our garen", "ur kha"):
# "this item", "that thing" point at things as often.
OWNERS: Final = frozenset({"our", "ur", "your", "my", "their", "nostro", "nostra", "vostro", "tuo"})
# "jungle diff", "top gap": the lane that lost, said before the verdict on its player.
DIFFS: Final = frozenset({"diff", "gap"})
DIFF_REACH: Final = 3
# Before the player: a surrender vote, a sigh or an address ("ff15 this jungler is a
# feeder", "bruh our mid is useless"); a hero or role called right before "ur" is the
# one addressed ("boomkin ur dps is a joke").
LEADS: Final = frozenset({
    "ff", "ff15", "ff20", "gg", "lol", "lmao", "bruh", "omg", "wtf", "bro", "dude", "man",
    "ngl", "tbh", "honestly", "ffs", "smh", "ugh", "jeez", "ok", "okay", "raga", "ragazzi",
})
LEAD_REACH: Final = 2
BRIDGE: Final = frozenset({
    "is", "s", "are", "was", "so", "such", "a", "an", "really", "actually", "literally",
    "absolutely", "truly", "just", "completely", "totally", "fucking", "fkin", "fking",
    "always", "still", "being", "e", "è", "un", "una", "uno", "proprio", "davvero",
    "veramente", "tutto", "sempre", "cosi", "così", "too",
})
# Lanes and the side a role is on: said with a verdict, they name the players in them.
LANES: Final = frozenset({"bot", "top", "mid", "jungle", "botlane", "toplane", "midlane"})
LANE_NOUNS: Final = frozenset({"lane", "laner", "side"})
# Roles that are also places on the map ("the jungle is trash this patch", "our mid is
# trash this patch"): left to the earlier rules, which read them with their tails.
# "jungle", "mid", "top", "bot", "lane", "base"
PLACES: Final[frozenset[str]] = gamechat7_words.PLACES
# Hero, champion and agent names chat uses for a player; ordinary English words
# ("mercy", "sage", "wraith", "viper") are left out: a verdict after them may judge the
# word. A name no list knows is not enough ("our comp is trash", "ur ult is garbage").
HEROES: Final = frozenset({
    # League of Legends
    "aatrox", "akali", "akshan", "amumu", "anivia", "aphelios", "ashe", "azir", "belveth",
    "blitz", "blitzcrank", "braum", "cait", "caitlyn", "camille", "cassio", "chogath", "corki",
    "darius", "draven", "ekko", "elise", "evelynn", "ezreal", "fiddle", "fiora", "fizz",
    "galio", "gangplank", "garen", "gnar", "gragas", "gwen", "hecarim", "heimer", "illaoi",
    "irelia", "janna", "jarvan", "jax", "jayce", "jhin", "jinx", "kaisa", "kalista",
    "karthus", "kassadin", "kata", "katarina", "kayle", "kayn", "kennen", "kha", "khazix",
    "kindred", "kled", "kogmaw", "leblanc", "leona", "lillia", "lissandra", "lucian", "lulu",
    "lux", "malphite", "malzahar", "maokai", "morgana", "mundo", "nami", "nasus", "naut",
    "nautilus", "neeko", "nidalee", "nilah", "nocturne", "nunu", "olaf", "orianna", "ornn",
    "pantheon", "poppy", "pyke", "qiyana", "rakan", "rammus", "reksai", "rell", "renekton",
    "rengar", "riven", "ryze", "samira", "sejuani", "senna", "seraphine", "sett", "shaco",
    "shen", "shyvana", "singed", "sion", "sivir", "skarner", "sona", "soraka", "swain",
    "sylas", "syndra", "taliyah", "taric", "teemo", "thresh", "trist", "tristana", "trundle",
    "trynd", "tryndamere", "udyr", "urgot", "varus", "vayne", "veigar", "velkoz", "viego",
    "viktor", "vlad", "vladimir", "volibear", "xayah", "xerath", "yasuo", "yone", "yorick",
    "yuumi", "zac", "zed", "ziggs", "zilean", "zoe", "zyra",
    # Valorant
    "jett", "reyna", "sova", "killjoy", "cypher", "raze", "skye", "yoru", "astra", "kayo",
    "gekko", "neon", "omen",
    # Overwatch
    "ana", "bap", "baptiste", "brig", "brigitte", "cassidy", "mccree", "doomfist", "dva",
    "genji", "hanzo", "junkrat", "kiriko", "lucio", "moira", "orisa", "pharah", "rein",
    "reinhardt", "roadhog", "sojourn", "symmetra", "torb", "torbjorn", "tracer", "widow",
    "widowmaker", "winston", "zarya", "zen", "zenyatta",
    # Apex and Rainbow Six
    "bangalore", "bloodhound", "gibby", "gibraltar", "loba", "octane", "valk", "wattson",
    "ash", "thatcher", "jager", "ela", "caveira", "cav", "glaz", "kapkan", "tachanka",
    "hibana", "zofia", "mozzie", "nokk", "iana", "osa",
    # Dota 2
    "pudge", "invoker", "ursa", "tusk", "slark", "sven", "riki", "techies", "huskar",
    "meepo", "jugg", "juggernaut", "alch", "qop", "wk", "sf",
    # gamechat16: Dota 2 heroes CONDA's chat names a player by, none an everyday English
    # word (so not "axe", "lion", "doom", "void", "tiny", "storm", "sniper", "ember")
    # and no two-letter short name a common word reads as ("am", "es", "ta", "pa", "ds")
    "alche", "alchemist", "jugger", "rubick", "slardar", "naix", "nyx", "clinkz", "kunkka",
    "jakiro", "pugna", "necro", "omni", "mirana", "venge", "lycan", "abaddon", "bara",
    "batrider", "brist", "bristleback", "tidehunter", "earthshaker", "morphling", "drow",
    "wisp", "leshrac", "skywrath", "terrorblade", "windranger", "venomancer", "veno",
    "naga", "furion", "kotl", "rhasta", "dusa", "medusa", "invo", "timbersaw", "pango",
    "pangolier", "hoodwink", "grimstroke", "snapfire", "dawnbreaker", "brewmaster",
    "beastmaster", "clockwerk", "underlord", "nevermore", "enchantress", "lc", "dp", "bh",
    "spectre", "enigma", "magnus", "lina", "zeus",
    # WoW specs, CS2 and World of Tanks roles as chat names them
    "boomkin", "dk", "awper", "igl", "entry", "lurker", "fragger", "jumpmaster", "arty",
    "td", "instalocker", "jungla", "supp", "jg", "adc",
})
# fmt: on
# What may close the line after a verdict on a player: fillers, a rank, a noun for a
# player (and the person and name-call nouns of the cue lists); anything else ("this
# patch", "rn", "in this meta") may make it a verdict on a hero's kit.
# fmt: off
TAILS: Final = frozenset({
    "lol", "lmao", "lmfao", "af", "bro", "tbh", "honestly", "ngl", "xd", "omg", "smh",
    "again", "ff", "report", "pls", "plz", "camper", "player", "iron", "bronze", "silver",
    "gold", "plat", "platinum", "diamond", "copper", "herald", "guardian", "crusader",
})
# fmt: on
TAIL_REACH: Final = 3
VERDICT_REACH: Final = 7  # "why is our jungler so fucking braindead"
SHORT_LINE: Final = 4  # "reyna instalocker trash", "default skin trash"
# Before a short line's verdict: the writer's side, praise or thanks, or a pointing
# word, and the verdict is banter or said of a thing ("wp creep", "ty mofo", "we have
# x cancer", "dat tryhard").
# fmt: off
SHORT_BLOCKERS: Final = frozenset({
    "i", "im", "we", "us", "me", "wp", "gj", "ty", "thx", "thanks", "nice", "good", "great",
    "well", "gg", "haha", "hahaha", "lol", "lmao", "dat", "dis", "dem", "have", "has",
}) | HERO_THINGS  # "reyna ult useless" judges the ability
# fmt: on
