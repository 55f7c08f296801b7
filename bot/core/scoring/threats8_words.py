"""Word lists of targeting_threats8.py (issue 8): the campaign and shut-out phrases that
name their person by a pronoun, and what follows a threat phrase in banter or a game.

The phrases themselves are lexicon lines under "threats8" comments (threat.txt,
exclusion.txt, self_harm.txt); the sets here only say how the rules read them.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Lexicon terms (threats8 sections, [person]) that hold their person: "raid his dms",
# "nobody talk to her", "bloccatelo". The generic rules find no person outside the
# phrase and call them talk about a thing; the pronoun inside is the person.
AT_PERSON: Final = frozenset({
    "raid his dms", "raid her dms", "raid their dms", "raid their server",
    "send him death threats", "send her death threats", "send them death threats",
    "send her hate", "send him hate",
    "till it gets banned", "everyone unfollow him",
    "everyone unfollow her", "block him everyone", "block her everyone", "and block her",
    "and block him", "block her and see", "flood the comments", "harass him", "harass her",
    "harass them", "dox him", "dox her", "dox this guy", "dox them", "where she lives",
    "where he lives", "find her address", "found her address", "found his address",
    "his home address", "her home address", "get this guy cancelled", "get him cancelled",
    "get her cancelled", "spam her inbox", "spam his inbox", "spam her dms", "spam his dms",
    "kick her from the group", "kick him from the group", "she s not one of us",
    "he s not one of us", "make her quit", "make him quit", "make his life miserable",
    "make her life miserable", "tell her to leave",
    "tell him to leave", "nobody talk to her", "nobody talk to him", "no one talk to her",
    "no one talk to him", "nobody invite him", "nobody invite her", "teach her a lesson",
    "teach him a lesson", "bloccatelo", "bloccatela", "isolatelo", "isolatela",
    "cacciatelo", "cacciatela", "segnalate tutti il suo", "segnalate il suo profilo",
    "riempitegli", "riempitele", "nessuno le parli", "nessuno gli parli", "non parlategli",
    "non parlatele", "non invitatelo", "non invitatela", "non fatelo entrare",
    "non fatela entrare", "smettete di seguirla", "smettete di seguirlo",
    "facciamolo chiudere", "facciamola chiudere", "sotto le sue foto",
})
# In the message, these make the "him" of a campaign a program or a scam, not a person:
# "block the scam accounts everyone", "report the spam bot until it's gone".
NOT_A_PERSON: Final = frozenset({
    "bot", "bots", "spammer", "spammers", "scam", "scammer", "scammers", "scams",
    "phishing", "npc", "npcs", "boss", "mob", "spambot",
})
# Veiled threats: phrases that name no harm, only a meeting, a search or a warning. Only
# these are read as a plan, banter or a game call by what follows them; a harm named
# ("hope your pc explodes next round") stays a threat whatever follows.
VEILED: Final = frozenset({
    "coming for you", "come for you", "you re next", "you wont see it coming",
    "you won t see it coming", "i ll find you", "ill find you", "i will find you",
    "wait for you at", "waiting for you at", "days are numbered", "your last days",
    "count your days", "you ll regret", "you re going to regret", "you re gonna regret",
    "regret saying that", "i know where you live", "we know where you live",
    "i know where you work", "we know where you work", "watch your back", "watch yourself",
    "ti vengo a prendere", "ti veniamo a prendere", "ti aspetto fuori", "ti aspetto sotto casa",
    "so dove abiti", "sappiamo dove abiti", "so dove lavori", "sappiamo dove lavori",
    "te la faccio pagare", "te ne pentirai", "vedrai cosa ti succede", "guardati le spalle",
})
# Veiled threats read as banter or a plan when a treat, an outing or a meal follows them
# in their message: "so dove abiti, ti porto la torta", "you'll regret eating that taco".
TREATS: Final = frozenset({
    "party", "lunch", "dinner", "breakfast", "pizza", "cake", "taco", "tacos", "snacks",
    "snack", "gift", "present", "presents", "coffee", "drinks", "beer", "icecream",
    "movie", "movies", "cinema", "concert", "vacation", "holiday", "holidays", "birthday",
    "festa", "pranzo", "cena", "colazione", "torta", "regalo", "regali", "gelato", "caffe",
    "birra", "film", "concerto", "vacanza", "vacanze", "compleanno", "aperitivo",
    "neighbours", "neighbors", "vicini",
})
# A game's things after a threat phrase make it match talk: "you're next in the queue",
# "i'm coming for you, hold the point", "ti trovo sulla mappa".
GAME_THINGS: Final = frozenset({
    "queue", "perk", "perks", "point", "objective", "spawn", "respawn", "lobby", "map",
    "round", "rematch", "ranked", "coda", "mappa", "turno", "partita", "obiettivo",
})
# A clock time after "alle" / "at" makes a meeting phrase a plan: "ti vengo a prendere
# alle otto", "i'll wait for you at 8".
CLOCK: Final = frozenset({
    "una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
    "undici", "dodici", "mezzanotte", "mezzogiorno", "noon", "midnight",
})
CLOCK_BEFORE: Final = frozenset({"alle", "all", "at", "verso"})
# A warning read as a game call when a hazard or a place follows it in its sentence:
# "watch your back, sniper on the roof", "guardati le spalle, ne arriva uno da dietro".
HAZARDS: Final = frozenset({
    "sniper", "snipers", "enemy", "enemies", "camper", "flank", "flanker", "flanking",
    "incoming", "rush", "stairs", "ice", "slippery", "roof", "behind", "there", "theres",
    "cecchino", "nemico", "nemici", "arriva", "arrivano", "dietro", "tetto", "scale",
})
# The warnings of the lexicon that a game or a safety call also says.
WARNINGS: Final = frozenset({
    "watch your back", "guardati le spalle", "watch yourself",
})
# A list where an organiser keeps addresses: "i'll find your address in the signup sheet".
RECORDS: Final = frozenset({
    "sheet", "spreadsheet", "list", "form", "forms", "signup", "roster", "registro",
    "elenco", "modulo", "foglio", "lista",
})
# fmt: on
