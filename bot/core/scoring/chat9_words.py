"""Word lists of targeting_chat9.py (issue 8): harm to a person's things, calls for harm
by someone else, raids, kicks from a server, a named person's looks, machines called
names. The phrases themselves are lexicon lines under "chat9" comments.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words

# fmt: off
# Lexicon terms (threat.txt, chat9): a damage verb before the reader's things ("smash
# your monitor", "break every window in your house").
DAMAGE_TERMS: Final = frozenset({
    "smash your", "smash ur", "break your", "break ur", "burn your", "burn ur", "wreck your",
    "wreck ur", "slash your", "slash ur", "trash your", "destroy your", "destroy ur",
    "torch your", "key your", "burn down your", "smash every", "break every",
    "smash all", "break all",
})
# What such a verb harms that is a person's: their things, their body, their pets.
BELONGINGS: Final = frozenset({
    "house", "home", "car", "tires", "tyres", "windows", "window", "room", "apartment",
    "bike", "truck", "pc", "computer", "setup", "phone", "door", "garage", "monitor",
    "monitors", "keyboard", "console", "xbox", "ps5", "tv", "stuff", "things", "shit",
    "legs", "leg", "arms", "arm", "nose", "face", "fingers", "hands", "teeth", "jaw", "skull",
    "neck", "ribs", "head", "knees", "dog", "cat", "family", "mom", "headset", "laptop",
    "belongings", "property", "mailbox", "fence",
})
# Before the thing: "every window", "all your stuff", "the windows in your house".
THING_FILLERS: Final = frozenset({
    "every", "all", "the", "of", "in", "single", "last", "those", "fucking", "damn",
    "stupid", "little", "precious", "new", "front",
})
OWNERS: Final = frozenset({"your", "ur", "yo"})
THIRD_OWNERS: Final = frozenset({"his", "her", "their"})
# Someone else called on to do the harm: "someone should", "somebody go", "hope someone".
CALLERS: Final = frozenset({"someone", "somebody", "sum1", "someon"})
CALL_VERBS: Final = frozenset({"should", "needs", "need", "go", "gotta", "has", "pls"})
# New call terms (threat.txt, chat9): "someone go beat him up".
CALL_TERMS: Final = frozenset({"someone go", "somebody go", "someone pls", "somebody pls"})
# Before a call, words that make it no call: a condition, a denial.
UNSAID: Final = frozenset({
    "if", "unless", "whether", "nobody", "noone", "dont", "don", "not", "never", "se",
    "would", "wouldnt", "doesnt", "didnt", "no",
})
CALL_FILLERS: Final = frozenset({
    "just", "go", "and", "pls", "please", "really", "to", "actually", "seriously", "finally",
})
# Harm verbs after a call: the forum3 ones and the damage verbs.
HARM_VERBS: Final = frozenset({
    "shoot", "kill", "stab", "punch", "beat", "hang", "run", "slap", "strangle", "choke",
    "murder", "shank", "smack", "deck", "hit", "drown", "burn", "torch", "bomb", "smash",
    "break", "set", "wreck", "slash", "trash", "key", "destroy", "hurt", "jump", "dox",
    "swat", "stomp", "kick", "bash", "cut", "end",
})
PEOPLE_OBJECTS: Final = frozenset({"him", "her", "them", "that", "this"})
READER_OBJECTS: Final = frozenset({"you", "u", "ya"})
# Who "that"/"this" point at after a harm verb: "punch that kid".
POINTED_PEOPLE: Final = frozenset({
    "kid", "guy", "dude", "girl", "boy", "loser", "idiot", "noob", "bitch", "clown",
    "man", "woman", "person", "streamer", "player",
})
# "hope your dog dies": the term, the kin and things, the harm.
HOPE_TERMS: Final = frozenset({"hope your", "hope ur"})
HOPED_HARM: Final = frozenset({
    "dies", "die", "died", "burns", "burn", "explodes", "explode", "crashes", "breaks",
    "catches", "rots", "drowns", "starves",
})
GETS: Final = frozenset({"gets", "get"})
GOT_HARM: Final = frozenset({
    "stolen", "hacked", "broken", "smashed", "destroyed", "burned", "burnt", "run", "hit",
    "cancer", "killed", "shot", "stabbed", "robbed", "wrecked", "crushed", "hurt", "sick",
})
# Raids and pile-ons (exclusion.txt, chat9): a crowd verb, then a person's place online.
RAID_VERBS: Final = (
    "raid", "raiding", "brigade", "brigading", "flood", "flooding", "spam", "spamming",
    "invade",
)
# What a crowd sends that is hostile: "spam his channel with slurs"; any other payload
# ("flood his stream with follows") is no raid.
HOSTILE_PAYLOADS: Final = frozenset({
    "slurs", "hate", "insults", "threats", "death", "gore", "porn", "screamers", "abuse",
    "harassment", "hateful", "racist", "nudes", "dislikes", "reports", "spam", "bots",
})
PLATFORMS: Final = frozenset({
    "discord", "server", "servers", "stream", "streams", "chat", "dms", "dm", "channel",
    "twitch", "account", "inbox", "comments", "insta", "instagram", "twitter", "tiktok",
    "yt", "youtube", "subreddit", "gc", "mentions", "profile", "socials", "page", "vods",
    "posts", "post", "video", "videos", "guild", "clan", "group", "reddit",
})
# Whose place: a person's ("his", "their") or the one pointed at ("this server").
PLACE_OWNERS: Final = frozenset({"his", "her", "their", "this", "that", "your", "ur", "ops"})
# Kicks (exclusion.txt, chat9): the verb, a person, "from"/"out of", a place people meet.
KICK_VERBS: Final[tuple[str, ...]] = ("kick", "ban", "remove", "boot", "yeet")
SPACES: Final = frozenset({
    "server", "discord", "party", "clan", "lobby", "group", "vc", "call", "team", "guild",
    "chat", "gc", "squad", "crew", "club", "channel", "game", "match", "stack",
})
FROM: Final = frozenset({"from", "out"})
# Not a person to kick: a machine, a program, a spammer.
NOT_PEOPLE: Final = frozenset({
    "bot", "bots", "ai", "npc", "npcs", "cpu", "computer", "spammer", "spambot", "scammer",
    "ball", "account", "alt", "alts", "afk",
})
# A named person's looks: a mocking likeness after "looks like a".
LIKENESS_TERMS: Final[frozenset[str]] = frozenset({"looks like a", "looks like an", "look like a"})
LIKENESSES: Final[frozenset[str]] = frozenset({
    "potato", "goblin", "thumb", "troll", "pug", "rat", "gremlin", "ogre", "toad", "pig",
    "cow", "whale", "hobbit", "shrek", "foot", "frog", "horse", "walrus", "monkey", "orc",
    "hippo", "mole", "rodent", "hag", "witch", "zombie", "corpse", "worm",
    "bulldog", "melted", "egg", "peanut", "walnut", "raisin", "ferret", "possum", "beached",
})
# Said before a body-shaming word of a named person: "sarah is so ugly", "mike is hideous".
COPULAS: Final = frozenset({"is", "s", "was", "looks", "look", "e", "sembra", "era"})
DEGREE: Final = frozenset({
    "so", "really", "very", "super", "such", "fr", "literally", "honestly", "lowkey",
    "highkey", "kinda", "mad", "hella", "genuinely", "actually", "an", "a", "straight",
    "up", "ugly", "fucking", "fkn", "cosi", "troppo", "proprio", "davvero", "molto", "tanto",
    "veramente", "parecchio", "cosa", "un", "una", "uno",
})
# Clause openers that are no name: "it is so ugly", "everything looks like a potato".
NOT_NAMES: Final = frozenset({
    "this", "that", "thing", "everything", "everyone", "something", "nothing", "game",
    "map", "skin", "skins", "boss", "hero", "champ", "character", "model", "art",
    "drawing", "graphics", "texture", "textures", "design", "update", "patch", "weapon",
    "gun", "outfit", "mount", "pet", "house", "base", "build", "car", "one", "which",
    "what", "who", "there", "here", "mine", "yours", "ours", "theirs", "his", "hers",
    "lol", "lmao", "bro", "dude", "man", "guys", "still", "also", "and", "but", "tho",
    "villain", "monster", "creature", "mob", "npc", "bot", "ai", "mascot", "logo",
    "icon", "emote", "sticker", "meme", "pfp", "avatar", "banner", "thumbnail", "lobby",
    "the", "your", "ur", "my", "our", "their", "its", "she", "you", "they", "ui", "font",
    "color", "colour", "colors", "weather", "life", "world", "city", "room", "phone",
    "screen", "hud", "menu", "site", "website", "app", "cover", "album", "video", "trailer",
    "cutscene", "ending", "face", "hair", "dog", "cat", "baby", "song", "show", "movie",
    "anime", "manga", "episode", "season", "level", "dungeon", "raid", "armor", "armour",
    "helmet", "sword", "bow", "staff", "shield", "cape", "dress", "shirt", "hat", "shoes",
    "truck", "horse", "dragon", "fish", "bird", "plant", "tree", "water", "sky", "food",
    "pizza", "cake", "brother", "sister", "mom", "dad",
})
# Pronouns that name a person: "he looks like a goblin".
HE_SHE: Final = frozenset({"he", "she", "hes", "shes"})
# discord18: the reader as the one who looks like it, opening the sentence ("u look like a
# thumb"), maybe after one chat opener ("lol you look like a goblin").
READER_SUBJECTS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu"})
READER_OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "bro", "bruh", "dude", "ngl", "honestly", "fr", "omg", "ok", "damn",
})
# A machine said to be the one called names: "the ai teammate is trash".
MACHINES: Final = frozenset({
    "ai", "bot", "bots", "computer", "cpu", "cpus", "npc", "npcs", "a.i", "robot", "robots",
    "ia",
})
MACHINE_LEADS: Final = frozenset({
    "the", "my", "our", "this", "these", "that", "those", "his", "il", "i", "la", "l", "gli",
    "lo", "questo", "questi", "sto",
})
MACHINE_COPULAS: Final = frozenset({
    "is", "are", "was", "were", "s", "re", "be", "r", "e", "sono", "era", "erano",
})
# People named by a machine word: "ai bros", "bot users", "npc people", "bot lane".
MACHINE_PEOPLE: Final = frozenset({
    "bros", "bro", "guys", "people", "users", "fans", "artists", "folks", "nerds", "devs",
    "dudes", "crowd", "enthusiasts", "boys", "girls", "simps", "lovers", "haters", "shills",
    "ceos", "supporters", "cultists", "weirdos", "creeps", "makers", "owners", "writers",
    "grifters", "freaks", "addicts", "zealots", "fanboys", "stans", "mods", "admins", "lane",
    "laner", "laners", "lanes", "duo",
})
# A game thrown whole: "you threw the whole match".
WHOLE: Final = frozenset({"whole", "entire", "full", "fucking", "damn"})
# "leave the game and die": a give-up order opening the line, then "and die".
DIE_TERMS: Final = frozenset({"and die", "then die"})
LEAVE_VERBS: Final = frozenset({
    "leave", "quit", "uninstall", "log", "alt", "dodge", "go", "get", "delete", "unplug",
    "afk", "disconnect", "dc", "ff", "surrender",
})
# "you absolute <noun>": the noun is the name-call unless it is praise.
ABSOLUTE_TERMS: Final = frozenset({"you absolute", "ur an absolute", "you re an absolute"})
PRAISE: Final = frozenset({
    "legend", "king", "queen", "god", "goat", "madman", "madlad", "unit", "beast", "genius",
    "champion", "champ", "icon", "angel", "star", "gem", "hero", "chad", "saint", "sweetheart",
    "sweetie", "darling", "treasure", "wizard", "monster", "machine", "savage", "lad", "boss",
    "gentleman", "lifesaver", "mvp", "ray", "delight", "menace", "gremlin",
    "chaos", "mad", "cracked", "cutie", "sweet", "diamond", "superstar", "rockstar",
})
# "get out of <space>" opening its line: the reader sent out of a place people meet.
OUT_TERMS: Final = frozenset({"get out of"})
OUT_OWNERS: Final = frozenset({"our", "my", "this", "the", "me", "ma"})
OUT_SPACES: Final = SPACES - {"game", "match", "team", "stack", "call"}
# Sabotage laid on the reader (insult.txt, chat9): "why are you throwing", "stop
# griefing"; a player's play reported ("sova is trolling") is no blame.
SABOTAGE_TERMS: Final = frozenset({
    "throwing", "trolling", "griefing", "feeding",
    "running it down",  # gamechat18: League's inting, read as "feeding" is
})  # fmt: skip
# After the verb: nothing, or a tail that keeps it about the player ("throwing again",
# "trolling on purpose", "feeding lol"); any other word makes it an object's verb
# ("throwing nades", "feeding the cat", "trolling the enemy").
SABOTAGE_TAILS: Final = frozenset({
    "again", "so", "hard", "lol", "lmao", "af", "gg", "ff", "smh", "wtf", "now", "every",
    "all", "on", "purpose", "intentionally", "rn", "pls", "plz", "bro", "dude", "man",
    "kid", "noob", "idiot", "agane", "asf", "already", "still", "tho", "lmfao", "xd",
    "constantly", "nonstop", "for", "since", "this", "ffs", "omg", "we", "and", "or",
})
# Between the subject and the verb: "you are throwing", "hes literally trolling".
SABOTAGE_BRIDGE: Final = frozenset({
    "is", "s", "are", "re", "r", "keeps", "keep", "been", "has", "have", "always", "just",
    "literally", "still", "so", "clearly", "obviously", "actually", "again", "now",
    "was", "were", "fucking", "fkn", "straight", "up", "only", "legit", "lowkey", "deadass",
})
NOT_VOCATIVE: Final = frozenset({
    "her", "his", "him", "them", "their", "my", "your", "ur", "our", "its", "it", "me", "us",
    "you", "u", "he", "she", "they", "yourself", "himself", "herself", "themselves", "people",
})
SABOTAGE_ORDERS: Final = frozenset({"stop", "quit"})
# "you", "u", "ur", "youre", "ya", "yall"
SABOTAGE_READERS: Final[frozenset[str]] = gamechat8_words.READERS
SABOTAGE_WRITERS: Final = frozenset({"i", "im", "me", "we", "were", "ive", "my"})
# A question that asks rather than accuses: "are you trolling?", "is he throwing or".
ASKING: Final = frozenset({"are", "is", "r", "was", "were", "am"})
# A question that still accuses: "why are you throwing?", "wtf are you griefing?".
WHY: Final = frozenset({"why", "wtf", "y", "whyd", "how"})
# "<role> diff" / "<role> gap" (insult.txt, chat9): a loss blamed on a role by the gap
# between the two sides' players ("jungle diff", "healer gap"); not the enemy's ("their
# jungle diff") or a number's ("gold diff", "elo gap").
DIFF_TERMS: Final = frozenset({"diff", "gap"})
DIFF_TAILS: Final = frozenset({
    "gg", "lol", "ff", "again", "xd", "ez", "tbh", "honestly", "lmao", "smh", "as", "always",
    "fr", "btw", "ggs", "ggwp",
    # gamechat13: a time tail ("jungle diff all game", "mid gap every game", "top diff
    # this match", "support diff hard")
    "all", "game", "games", "every", "whole", "entire", "this", "match", "round", "today",
    "tonight", "hard", "af",
})
DIFF_THEIRS: Final = frozenset({"their", "enemy", "enemies", "red", "blue", "my", "i"})
# gamechat18: a teammate's sabotage told with the team's owner or with the blame's own
# intensifiers is blame, not the bare report chat9 leaves clean ("sova is trolling"):
# "our sage is throwing", "pudge is feeding again", "zed is feeding nonstop". "keeps"
# alone stays a report ("reyna keeps throwing", chat9's table).
SABOTAGE_OURS: Final = frozenset({"our", "ur", "your"})
# Dota's positions said as the player: "our pos 5 is feeding" ("pos" before it).
POSITIONS: Final[frozenset[str]] = frozenset({"1", "2", "3", "4", "5"})
SABOTAGE_BLAME_TAILS: Final = frozenset({
    "again", "nonstop", "constantly", "every", "purpose", "intentionally", "hard", "af",
    "asf", "agane",
})
# Italian kicks with the person inside the verb (it/exclusion.txt, chat9): "bannatelo",
# "buttatela fuori dal gruppo"; not a bot or a spammer ("bannatelo, è uno spambot").
IT_KICK_TERMS: Final = frozenset({
    "bannatelo", "bannatela", "bannateli", "kickatelo", "kickatela", "kickateli",
    "buttatelo fuori", "buttatela fuori", "buttateli fuori", "espellete", "espellilo",
    "espellila", "bannalo", "bannala", "kickalo", "kickala",
})
IT_NOT_PEOPLE: Final = frozenset({"spambot", "truffa", "truffatore", "account", "profilo"})
# The lexicon's raid and kick lines: each verb with the word after it, so a message
# with "spam" or "kick" alone never reaches the rules ("spam the q ability").
RAID_TERMS: Final = frozenset(f"{verb} {owner}" for verb in RAID_VERBS for owner in PLACE_OWNERS)
KICKED: Final[frozenset[str]] = frozenset({"him", "her", "them", "this", "that", "the"})
KICK_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} {person}" for verb in KICK_VERBS for person in KICKED
)
# review10: after a harm verb's person, "at"/"in" and a game or contest make it a win
# over them, no harm ("someone should beat him at chess", "somebody go beat her at mario
# kart"); "beat him at school" names no contest.
CONTEST_AFTER: Final = frozenset({"at", "in"})
CONTESTS: Final = frozenset({
    "chess", "cards", "poker", "kart", "smash", "fifa", "darts", "pool", "tennis", "golf",
    "1v1", "trivia", "checkers", "scrabble", "monopoly", "uno", "arm", "bowling", "ranked",
    "game", "games", "match", "round", "race", "own", "mario", "league", "fortnite",
    "valorant", "minecraft", "overwatch", "rocket", "tekken", "ping", "pong", "basketball",
    "football", "soccer", "something", "anything", "everything",
})
# review10: a raid verb in "-ing" after a copula, its subject not the writer, reports a
# raid going on ("someone is flooding his chat", "people are spamming her dms"); "we're
# raiding his stream tonight" is the writer's plan.
RAID_ONGOING: Final = frozenset({"is", "are", "s", "re", "keeps", "keep", "been", "was", "were"})
RAID_PLANNERS: Final = frozenset({"we", "i", "lets", "let", "us"})
# review10: a kick asked of the people who run the place is a report, not a pile-on
# ("can a mod kick him from the server? he's posting slurs").
MODERATORS: Final[frozenset[str]] = frozenset({
    "mod", "mods", "moderator", "moderators", "admin", "admins", "staff", "owner", "owners",
})
# review10: after the object of a sabotage verb, a place or a receiver makes it a thing
# thrown or fed, not a player named ("why are you throwing grenades at the wall").
OBJECT_PLACES: Final = frozenset({
    "at", "to", "into", "onto", "across", "over", "through", "off", "down", "around",
})
# fmt: on
