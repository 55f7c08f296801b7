"""Word lists of targeting_leftovers8.py (issue 8): person nouns the cue lists lack, the
harm verbs a wish names, the reader's belongings, pile-on calls, the things a game
curses and the words of an admiring vocative; kept apart from the rules that read them.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# People by their job or place that no cue list names, many of them in the ordinary-word
# list (words.txt) and so read as things: "@bob the lifeguard is an idiot".
PERSON_NOUNS: Final = frozenset({
    "lifeguard", "plumber", "barista", "mailman", "postman", "receptionist", "janitor",
    "trainer", "umpire", "cashier", "mechanic", "lawyer", "landlady", "tenant", "roommate",
    "flatmate", "classmate", "coworker", "colleague", "supervisor", "intern", "principal",
    "counselor", "counsellor", "tutor", "instructor", "lecturer", "examiner", "assistant",
    "attendant", "clerk", "guard", "bouncer", "chef", "cook", "baker", "butcher", "farmer",
    "pastor", "priest", "vicar", "surgeon", "vet", "paramedic", "firefighter", "officer",
    "sheriff", "detective", "soldier", "sergeant", "stewardess", "babysitter", "nanny",
    "maid", "gardener", "courier", "owner", "founder", "ceo", "editor", "organizer",
    "organiser", "linesman", "goalie", "goalkeeper", "keeper", "striker", "defender",
    "midfielder", "winger", "quarterback", "pitcher", "opponent", "hostess", "dj", "vtuber",
    "dentist", "therapist", "cop", "boyfriend", "girlfriend", "husband", "wife", "cousin",
    "uncle", "aunt", "grandma", "grandpa", "stepdad", "stepmom", "neighbor", "neighbour",
    "bagnino", "idraulico", "cassiere", "cassiera", "postino", "portinaio", "bidello",
    "insegnante", "medico", "infermiere", "infermiera", "commesso", "commessa",
    "cuoco", "cuoca", "capotreno", "controllore", "vigile", "poliziotto", "carabiniere",
    "coinquilino", "coinquilina", "collega", "capo", "preside", "dottore", "dottoressa",
})
# Opening a judged subject: "the ref", "this teacher", "our coach", "l'arbitro".
SUBJECT_DETERMINERS: Final = frozenset({
    "the", "this", "that", "our", "il", "lo", "la", "l", "questo", "questa", "quel",
    "quella", "quello", "nostro", "nostra",
})
PLURAL_COPULAS: Final = frozenset({"are", "were", "re", "sono", "erano", "sembrano"})
# After a verdict, words that still close it: "the ref is a joke lol", "... honestly".
CLOSERS: Final = frozenset({
    "lol", "lmao", "lmfao", "honestly", "tbh", "fr", "ngl", "bro", "smh", "imo", "istg",
    "fam", "man", "dude", "rn", "today", "tonight", "again", "as", "too", "af", "ffs",
    "davvero", "raga", "oggi",
})
# Endings of compounds that name a person ("mailman", "lifeguard", "gatekeeper",
# "saleswoman"); the words below end so and name none.
PERSON_ENDS: Final = ("guard", "guards", "woman", "women", "person", "keeper", "keepers",
                      "man", "men")
NOT_PERSONS: Final = frozenset({
    "talisman", "ottoman", "snowman", "walkman", "pacman", "hangman", "doberman", "omen",
    "amen", "semen", "ramen", "stamen", "specimen", "abdomen", "regimen", "yemen", "oman",
    "lumen", "acumen", "hymen", "caiman", "cayman", "german", "germen",
    # discord15: game mobs ("the enderman is so annoying")
    "enderman", "endermen", "pigman", "pigmen", "iceman", "batman", "superman", "spiderman",
})
# A harm verb after "hope someone" / "wish someone would", beyond forum3's list: "i hope
# someone kicks you", "i hope someone breaks your legs".
WISHED_HARM: Final = frozenset({
    "kick", "kicks", "break", "breaks", "knock", "knocks", "stomp", "stomps", "smash",
    "smashes", "bash", "bashes", "hurt", "hurts", "beat", "beats", "punch", "punches",
    "slap", "slaps", "smack", "smacks", "stab", "stabs", "shoot", "shoots", "kill", "kills",
    "choke", "chokes", "strangle", "strangles", "murder", "murders", "deck", "decks",
    "hit", "hits", "run", "runs", "drown", "drowns", "burn", "burns", "jump", "jumps",
    "rob", "robs", "mug", "mugs", "headbutt", "headbutts", "pummel", "pummels", "hang",
    "hangs", "lynch", "lynches", "shank", "shanks", "behead", "beheads", "torch", "torches",
})
# The wishes that call harm down by someone else, beyond forum3's "hope someone":
# lexicon lines under "leftovers8" (threat.txt).
WISH_CALLS: Final = frozenset({
    "wish someone would", "wish somebody would", "pray someone", "pray somebody",
})
# Before a wish, words that make it none: a condition or a denial.
UNSAID: Final = frozenset({
    "if", "unless", "whether", "nobody", "noone", "dont", "don", "not", "never", "se",
    "wont", "won", "wouldnt", "would",
})
FILLERS: Final = frozenset({
    "just", "really", "finally", "go", "seriously", "actually", "would", "will", "comes",
    "and", "else", "out", "there",
})
# "the shit out of you": the opener, then a word of BEATING.
BEATING_OPENERS: Final = frozenset({"the"})
# A third person a harm verb is done to: "i hope someone punches him".
VICTIMS: Final = frozenset({"him", "her", "them", "that", "this"})
# "this"/"that" before a noun point at it: a person only when the noun names one.
POINTING_VICTIMS: Final = frozenset({"this", "that"})
# After a harm verb and "you": a game or a contest ("beats you at chess", "kicks you from
# the lobby" is left to the exclusion rules), never a body.
CONTEST_AFTER: Final = frozenset({
    "at", "in", "on", "from", "out", "off", "to", "for", "with", "next", "again",
})
BODY: Final = frozenset({
    "face", "head", "legs", "leg", "arms", "arm", "teeth", "tooth", "neck", "jaw", "nose",
    "skull", "ass", "knees", "kneecaps", "ribs", "balls", "nuts", "throat", "stomach",
    "mouth", "eyes", "eye", "back", "spine", "fingers", "hands", "shins", "shin",
})
# "the shit out of you", "the hell out of u": said before the reader, they make any of
# the verbs a beating.
# "hits you with a truck": a weapon after "with" makes the harm no contest ("with the facts").
WEAPONS: Final = frozenset({
    "truck", "car", "bus", "train", "bat", "brick", "bricks", "chair", "hammer", "knife",
    "shovel", "bottle", "pipe", "crowbar", "rock", "rocks", "axe", "machete", "baseball",
})
BEATING: Final = frozenset({"shit", "crap", "hell", "fuck", "daylights", "snot", "piss"})
CONTACT_VERBS: Final = frozenset({"hit", "hits"})  # "hits you up": gets in touch
UP: Final = frozenset({"up", "senseless", "unconscious", "silly"})
# Harm done to what the reader owns: the verbs and the belongings (lexicon lines under
# "leftovers8"); a threat only when the writer promises it.
BELONGING_VERBS: Final = frozenset({
    "burn", "torch", "slash", "smash", "trash", "wreck", "key", "break", "bust", "destroy",
    "vandalize", "vandalise", "egg", "firebomb", "blow", "set", "brick",
})
# The reader's belongings a promise of harm names (lexicon lines "burn your house").
BELONGINGS: Final = frozenset({
    "house", "home", "car", "tires", "tyres", "windows", "window", "room", "apartment",
    "bike", "truck", "pc", "computer", "setup", "phone", "door", "garage", "shop",
})
# The writer as the subject of the promise: "i'll", "imma", "gonna" (chat drops the "i"),
# "watch me", "we will".
PROMISING: Final = frozenset({
    "ill", "imma", "ima", "gonna", "gon", "finna", "will", "shall", "lets", "let", "watch",
})
# A future only with "to" after them: "about to", "going to" ("a video about cars", "how to
# wreck your car" promise nothing).
PROMISING_TO: Final = frozenset({"bout", "about", "going"})
PROMISERS: Final = frozenset({"i", "we", "me", "im", "ill", "imma", "ima", "well", "were"})
# Other subjects make it news, advice or a worry: "you'll break your phone", "the storm
# will wreck your car".
OTHER_SUBJECTS: Final = frozenset({
    "you", "u", "youll", "youre", "ur", "he", "she", "they", "it", "someone", "somebody",
    "storm", "wind", "dog", "cat", "kids", "kid", "rain", "hail", "sun", "who", "what",
})
# A game's things in the message make it game talk: "i'll burn your base in minecraft".
GAME_PLACES: Final = frozenset({
    "minecraft", "mc", "smp", "roblox", "bloxburg", "sims", "gta", "rust", "ark", "server",
    "game", "base", "village", "world", "build", "realm", "island", "valheim", "terraria",
    "fortnite", "creative", "survival", "raid", "faction",
})
# Calls to pile on a person: the place the crowd is sent to ("flood her dms", "raid his
# server"), read with the person's pronoun inside the phrase (threats8's AT_PERSON).
PILE_ON: Final = frozenset({
    "flood her dms", "flood his dms", "flood their dms", "raid his server", "raid her server",
    "brigade her post", "brigade his post", "brigade her posts", "brigade his posts",
    "dogpile her", "dogpile him",
    "spam her mentions", "spam his mentions", "flood her mentions", "flood his mentions",
    "flood her inbox", "flood his inbox", "spam her comments", "spam his comments",
    "send them hate", "mandategli insulti", "mandatele insulti", "insultatelo tutti",
    "insultatela tutti", "tutti a insultarlo", "tutti a insultarla",
})
# What a crowd may be sent with that is kind: "flood his dms with birthday wishes".
KINDNESS: Final = frozenset({
    "love", "wishes", "birthday", "hearts", "support", "congrats", "congratulations",
    "memes", "compliments", "kindness", "kind", "cat", "cats", "hugs", "thanks", "praise",
    "positivity", "affetto", "auguri", "amore",
})
# A crowd sent to tell someone an insult: "go tell her how ugly she is", "everyone dm him
# and tell him to kys". The opener of the order, then the telling verb.
CROWD: Final = frozenset({
    "go", "everyone", "everybody", "yall", "lets", "someone", "somebody", "all", "guys",
    "pls", "please",
})
TELLING: Final = frozenset({"tell", "remind", "dm", "message", "text", "ask"})
TOLD: Final = frozenset({"him", "her", "them"})
# Things a game (or life) makes hard and chat calls a bitch: "this level is a bitch",
# "that jump is a bitch", "the final boss is a real bitch".
GAME_THINGS: Final = frozenset({
    "jump", "jumps", "puzzle", "puzzles", "dungeon", "dungeons", "raid", "stage", "stages",
    "section", "part", "chapter", "fight", "achievement", "trophy", "parkour", "maze", "run",
    "speedrun", "lock", "knot", "climb", "boss", "bosses", "miniboss", "temple", "tower",
    "mission", "level", "levels", "quest", "map", "wave", "trial", "challenge", "exam",
    "test", "assignment", "homework", "essay", "deadline", "week", "day", "commute",
    "hill", "course", "track", "lap", "corner", "checkpoint", "grind", "livello",
})
# Before the person noun: a computer-played one, not a player ("the npc healer is
# useless", "the ai teammate is trash"); not "bot", which is also a lane ("the bot laner").
MACHINE_PLAYED: Final = frozenset({"npc", "npcs", "ai", "cpu", "computer", "robot", "scripted"})
BOSSES: Final = frozenset({"boss", "bosses"})
# Before "boss": a game's boss, not an employer ("my boss is a bitch" stays a person).
GAME_BOSS: Final = frozenset({
    "this", "that", "final", "last", "first", "second", "third", "secret", "optional",
    "raid", "dungeon", "mini", "end", "late", "early", "questo", "quel", "ultimo",
})
# Names a thing a game or a feat may be called by, so the curse is the thing's.
CURSED_NOUNS: Final = frozenset({
    "bitch", "bastard", "son of a bitch", "motherfucker", "pain in the ass", "troia",
    "stronza", "bastardo",
})
# An admiring vocative: "you crazy bastard", "you lucky son of a bitch", "you mad genius".
ADMIRING: Final = frozenset({
    "crazy", "mad", "lucky", "beautiful", "magnificent", "brilliant", "clever", "genius",
    "sneaky", "cheeky", "glorious", "insane", "sick", "absolute", "gorgeous", "wonderful",
    "legendary", "pazzo", "fortunato", "grande",
})
ADMIRED: Final = frozenset({
    "bastard", "bastards", "son of a bitch", "motherfucker", "mf", "fucker", "madman",
    "lunatic", "fool", "bugger", "sob", "bastardo", "bastardi",
})
# A feat spoiled: the curse is meant ("you crazy bastard, you ruined it").
RUINED: Final = frozenset({
    "ruined", "ruin", "broke", "threw", "lost", "fed", "killed", "griefed", "trolled",
    "stole", "cheated", "failed",
})
# A feat praised in the message: "you actually did it", "you pulled it off", "first try".
FEATS: Final = frozenset({
    "did", "pulled", "nailed", "made", "beat", "clutched", "clutch", "won", "hit", "got",
    "finished", "managed", "landed", "cleared", "finally", "gg", "ggs", "try", "legend",
    "fatta", "riuscito", "riuscita", "vinto", "beaten", "done", "aced",
})
# A creature a relative clause houses: "the monster who lives under my bed".
# A feat done to a person is harm, not praise: "you sick bastard, you made her cry".
HARMED: Final = frozenset({"her", "him", "me", "us", "them", "my", "our", "his", "their"})
CREATURES: Final = frozenset({
    "monster", "monsters", "beast", "ghost", "demon", "devil", "troll", "goblin", "gremlin",
    "rat", "rats", "spider", "snake", "creature", "dragon", "mostro", "bestia",
})
RELATIVES: Final = frozenset({"who", "that", "which", "whos", "che"})
DWELLING: Final = frozenset({
    "lives", "lived", "living", "hides", "hid", "lurks", "sleeps", "dwells", "stays",
    "haunts", "vive", "abita", "dorme",
})
HIDEOUTS: Final = frozenset({
    "bed", "closet", "attic", "basement", "walls", "wall", "bridge", "sink", "desk", "couch",
    "sofa", "floor", "floorboards", "cave", "woods", "forest", "lake", "sea", "ocean",
    "stairs", "cupboard", "wardrobe", "drain", "sewer", "letto", "armadio", "soffitta",
    "cantina",
})
# Women called names as a group or as the girls present: "bitches in this server be
# annoying", "sono tutte troie qui", "quelle troie del server".
WOMEN_PLURAL: Final = frozenset({
    "bitches", "hoes", "sluts", "whores", "troie", "puttane", "zoccole", "cagne",
})
# Italian says it of them all with "tutte" and points with "quelle"; English "these hoes",
# "all the bitches" are mostly songs and boasts (Davidson's "offensive" tweets), left to
# the older rules' predicates ("these hoes ain't loyal").
ALL_OF_THEM: Final = frozenset({"tutte", "queste", "quelle", "ste"})
NONE_OF_THEM: Final = frozenset({"no", "any", "nessuna", "niente"})
# The room after the word, behind a preposition ("in this server", "del gruppo"), or
# "here" ("out here" is the world at large: "bunch of fake bitches out here").
PRESENT: Final = frozenset({
    "server", "vc", "chat", "discord", "channel", "call", "lobby", "gc", "group", "gruppo",
    "canale",
})
INTO: Final = frozenset({"in", "on", "del", "nel", "della", "nella", "di", "sul", "from", "of"})
HERE: Final = frozenset({"here", "qui", "qua"})
# A pet the message names as the writer's: "mochi is so ugly lol she's my cat".
PETS: Final = frozenset({
    "cat", "dog", "kitten", "kitty", "puppy", "pup", "doggo", "hamster", "bunny", "rabbit",
    "parrot", "bird", "goldfish", "fish", "lizard", "gecko", "turtle", "tortoise", "horse",
    "pony", "pet", "guinea", "ferret", "rat", "snake", "gatto", "gatta", "cane", "cagnolino",
    "gattino", "criceto", "coniglio",
})
OWNERS: Final[frozenset[str]] = frozenset({"my", "our", "mio", "mia", "nostro", "nostra"})
# Likening a person to a pet keeps the insult: "she looks like my dog", "my cat is
# smarter than him".
LIKENING: Final = frozenset({
    "like", "than", "as", "compared", "smarter", "cuter", "prettier", "better", "more",
    "come", "sembra", "piu",
})
# fmt: on
