"""The word lists of the discord8 targeting rules (issue 8): servers' places, hounding,
prefaces and the members a sentence opens with, kept apart from the rules that read
them (targeting_discord8.py)."""

from __future__ import annotations

from typing import Final

# The lexicon lines sending someone out of a server's place ("get out of the vc", "esci
# dal server"): a send-off unless a fix follows in the sentence ("leave the vc and rejoin").
# fmt: off
SEND_OFFS: Final = frozenset({
    "get out of the server", "get out of this server", "get out of our server",
    "get out of my server", "get off the server", "get off this server", "get off discord",
    "leave discord", "leave this server", "leave our server", "leave my server",
    "get out of vc", "get out of the vc", "get out of the call", "get out of the chat",
    "get out of this chat", "get out of our chat", "leave the vc", "leave vc",
    "leave the chat", "leave this chat", "leave the call",
    "esci dal server", "esci da questo server", "esci dal nostro server", "esci da discord",
    "esci dalla vc", "esci dalla chat", "esci dalla call", "fuori dal server",
    "fuori dalla vc", "fuori dalla chat", "lascia il server", "vattene dal server",
})
# Just before the send-off, the writer leaving: "gotta leave the vc", "i'll leave the call";
# not with "you" ("you gotta leave the vc") or someone else ("he has to leave") there.
OWN_MODALS: Final = frozenset({
    "gotta", "i", "ill", "im", "id", "we", "gonna", "brb", "have", "must",
})
NOT_OWN: Final = frozenset({"he", "she", "they", "hes", "shes", "theyre", "him", "her", "them"})
OWN_LEAVING_REACH: Final = 3  # "i have to leave the vc", "i gotta leave the call"
# In the send-off's sentence: a fix for a bug, not a send-off.
FIXES: Final = frozenset({
    "rejoin", "rejoining", "reconnect", "relog", "relaunch", "restart", "refresh",
    "reboot", "rientra", "rientrare", "rientri", "riconnettiti", "ricollegati", "riavvia",
    # discord18: a bug named is a fix too ("get out of the vc if ur lagging")
    "lagging", "laggy", "echo", "echoing", "crashing", "glitching", "bugged", "freezing",
    "disconnected", "reconnecting",
})
# The hounding lines: "until he", "till she", "finche non" open the end the hounding
# wants; a leaving verb must follow within LEAVING_REACH words.
UNTIL: Final = frozenset({
    "until he", "until she", "until they", "till he", "till she", "till they",
    "til he", "til she", "til they", "finche non",
})
LEAVING: Final = frozenset({
    "leaves", "leave", "quits", "quit", "cries", "cry", "ragequits", "ragequit", "rage",
    "deletes", "delete", "kills", "kill", "uninstalls", "uninstall", "va", "vanno", "esce",
    "escono", "quitta", "piange", "piangono", "cancella", "sparisce", "molla", "abbandona",
})
# Verbs that leave only with a word after them: "until he logs off", "till she gets
# banned"; "until he gets online", "until she logs in" wait for someone.
LEAVING_WITH: Final = frozenset({"logs", "log", "goes", "go", "gets", "get"})
GONE: Final = frozenset({"off", "out", "banned", "kicked", "lost", "away", "offline"})
LEAVING_REACH: Final = 3  # "until he finally leaves", "finche non se ne va"
# Harassing someone in chat: the verbs of a call to hound ("lets all spam him").
HOUNDING: Final = frozenset({
    "spam", "spamming", "ping", "pinging", "tag", "tagging", "report", "reporting",
    "bully", "bullying", "harass", "harassing", "annoy", "annoying", "bother", "pester",
    "roast", "roasting", "flame", "flaming", "mock", "mocking", "troll", "trolling",
    "dm", "dming", "message", "bait", "baiting", "dogpile", "raid", "insult", "insulting",
    "spammate", "pingate", "taggate", "segnalate", "insultate", "tormentate", "spammiamo",
    "insultiamo", "spammatelo", "spammatela", "pingatelo", "pingatela", "insultatelo",
    "insultatela", "segnalatelo", "segnalatela", "spammiamolo", "insultiamolo",
})
# Who is hounded, right after the verb ("spam him", "ping her every minute").
HOUNDED: Final = frozenset({"him", "her", "them", "lui", "lei", "loro", "this", "that"})
HOUNDED_REACH: Final = 2  # "spam him", "ping this guy"
# Before the verb: a rule against it, not a call ("dont ping him until he answers").
NOT_CALLED: Final = frozenset({
    "dont", "don", "never", "not", "stop", "no", "non", "smettila", "smettetela", "pls",
})
# fmt: on

# The lexicon lines of a dismissal ("nobody asked"): after "but", the writer's own news.
NOBODY_ASKED: Final = frozenset({"nobody asked", "no one asked", "who asked"})
BUT: Final = frozenset({"but", "ma", "anyway", "anyways", "however"})
# fmt: off
OWN_NEWS: Final = frozenset({
    "i", "im", "ive", "id", "ill", "my", "me", "here", "heres", "this", "we", "our",
    "io", "ecco", "ho", "mio", "mia", "miei", "mie", "sono",
})
# fmt: on
AT_READER: Final = frozenset({"you", "u", "ur", "your", "youre", "ya", "tu", "sei", "tuo", "tua"})
OWN_NEWS_REACH: Final = 3  # "nobody asked but here's my cat", "no one asked, but i did it"

# A member named with where they are ("the girl in vc", "the mods here") before the copula.
# fmt: off
PLACES: Final = frozenset({
    "vc", "chat", "general", "server", "discord", "call", "voice", "channel", "lobby",
    "dms", "gc", "thread", "stream",
})
PLACE_PREPOSITIONS: Final = frozenset({"in", "on", "at", "nel", "nella"})
PLACE_ARTICLES: Final = frozenset({
    "the", "this", "our", "my", "that", "il", "la", "questo", "questa",
})
HERE: Final = frozenset({"here", "there", "qui", "qua"})
OPENERS: Final = frozenset({
    "the", "this", "that", "these", "those", "our", "il", "la", "lo", "quel", "quella",
    "quei", "i", "gli", "le",
})
# (forum2 reads these too: the copula before a name-call said of someone)
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "s", "re", "e", "sono", "era", "erano",
})
# After a verdict, laughter and fillers that leave it said ("emma is so ugly lol").
TAILS: Final = frozenset({
    "lol", "lmao", "lmfao", "xd", "tbh", "fr", "ngl", "bro", "af", "asf", "ahah", "ahahah",
    "honestly", "imo", "srsly", "frfr",
})
# fmt: on
TAIL_REACH: Final = 2  # "lol fr"

# What stands for the reader after "your" ("ur personality is trash", "your whole vibe is
# pathetic"): the person's own traits, never their work ("ur code is trash" is a thing)
# nor "character", as often a game's or a story's as the reader's.
# fmt: off
TRAITS: Final = frozenset({
    "personality", "attitude", "existence", "vibe", "vibes", "soul", "mind",
    "iq", "face", "voice", "presence", "behaviour", "behavior", "whole", "personalita",
    "faccia", "voce", "carattere", "esistenza", "cervello", "atteggiamento", "presenza",
})
READER_POSSESSIVES: Final = frozenset({"your", "ur", "yo", "yer", "tua", "tuo"})
# fmt: on
TRAIT_REACH: Final = 7  # "ur whole personality is literally so annoying"

# Things a study, coding, art or language server curses ("fuck css", "fuck calculus"):
# not a member's name, though no word list knew them.
# fmt: off
SERVER_THINGS: Final = frozenset({
    "css", "html", "regex", "docker", "npm", "webpack", "java", "javascript", "typescript",
    "linux", "excel", "leetcode", "rust", "kubernetes", "golang", "php", "sql", "mysql",
    "postgres", "git", "github", "gitlab", "vscode", "vim", "emacs", "eclipse", "intellij",
    "xcode", "android", "ios", "macos", "ubuntu", "nodejs", "node", "django", "flask",
    "unity", "unreal", "godot", "blender", "photoshop", "procreate", "krita", "illustrator",
    "figma", "canva", "duolingo", "anki", "kahoot", "moodle", "zoom", "slack", "chatgpt",
    "copilot", "cpp", "kotlin", "matlab", "latex", "pandas", "numpy", "cmake", "gradle",
    "maven", "vite", "react", "angular", "vue", "nextjs", "tailwind", "jquery", "wordpress",
    "aws", "azure", "firebase", "heroku", "nginx", "bash", "powershell", "segfaults",
    "pointers", "recursion", "async", "calculus", "algebra", "chemistry", "physics",
    "biology", "geometry", "trig", "trigonometry", "stats", "statistics", "organic",
    "finals", "midterms", "grammar", "kanji", "hiragana", "katakana", "conjugations",
    "subjunctive", "congiuntivo", "ao3", "wattpad", "tumblr", "reddit", "twitter", "tiktok",
    "instagram", "youtube", "spotify", "netflix", "crunchyroll", "mee6", "dyno", "carlbot",
})
# fmt: on

# Fondness for the one a name-call is said of ("he's such an idiot, love him", "che
# scemo, gli voglio bene"): a loving verb and a third person right after it.
LOVING: Final = frozenset({"love", "luv", "adore", "ly", "adoro", "amo"})
LOVED: Final = frozenset({"him", "her", "them", "lui", "lei", "lo", "la"})
ITALIAN_FOND: Final = frozenset(
    {("gli", "voglio"), ("le", "voglio"), ("lo", "adoro"), ("la", "adoro")}
)
# Between the name-call and the loving words: fillers only ("he's an idiot but i love
# him", "che scemo, comunque gli voglio bene"), never "nobody could", "i'd", "his mom must".
# fmt: off
FOND_FILLERS: Final = frozenset({
    "but", "i", "we", "all", "still", "really", "just", "so", "much", "though", "tho",
    "lol", "lmao", "tbh", "ngl", "honestly", "ma", "pero", "comunque", "e", "io",
})
# fmt: on
FOND_REACH: Final = 5  # "but i still really love him"
# As teasing.py's: "idiot" 0.7 may be fond, "bitch" or "asshole" 0.8 never is.
FOND_MILDEST: Final = 0.7
