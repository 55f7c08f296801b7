"""Words of the discord39 round (issue 8, targeting_discord39.py): threats and calls for
harm aimed at the reader that the older lines missed: the writer's harm to the reader's
body ("i'll rip your head off", "imma knock your teeth out"), harm wished or promised on
the reader in the passive ("you should get shot", "ur getting jumped after school"), a
blow the reader needs or deserves ("you need a slap", "you deserve a kick in the
teeth"), and deadly places for the reader's head or body ("go stick your head in a
blender", "go jump in front of a train")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck45_words as h45

# fmt: off
# The round's lexicon lines (threat.txt, discord39), read only by its rules.
# The writer's harm to the reader's body: a harm verb and the reader's possessive.
BODY_VERBS: Final[frozenset[str]] = frozenset({
    "rip", "chop", "cut", "slit", "snap", "gouge", "bash", "tear", "knock", "punch",
    "cave", "stomp", "pull", "slice", "crush", "kick", "twist", "yank", "bite",
    "skin", "stab", "choke", "crack", "split", "pluck", "hack",
})
# Verbs that harm the part only with a particle after it ("rip your head off", "knock
# your teeth out", "punch your teeth in"); the others harm it bare ("slit your throat").
PARTICLE_VERBS: Final[frozenset[str]] = frozenset({
    "rip", "chop", "cut", "tear", "knock", "punch", "cave", "stomp", "pull", "kick",
    "yank", "pluck", "hack", "bite", "skin", "twist", "crack", "split",
})
PARTICLES: Final[frozenset[str]] = frozenset({"off", "out", "in", "apart", "open", "up"})
# Parts any verb harms bare: "i'll cut your throat".
THROATS: Final[frozenset[str]] = frozenset({"throat", "neck", "jugular", "windpipe", "wrists"})
POSSESSIVES: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "youre"})
BODY_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} {owner}" for verb in BODY_VERBS for owner in ("your", "ur")
)
BODY_PARTS: Final[frozenset[str]] = frozenset({
    "head", "heads", "dick", "cock", "balls", "nuts", "throat", "neck", "teeth", "tooth",
    "eyes", "eye", "eyeballs", "skull", "face", "arms", "arm", "legs", "leg", "hands",
    "hand", "fingers", "finger", "toes", "tongue", "spine", "guts", "heart", "kneecaps",
    "knees", "jaw", "nose", "ears", "ear", "lungs", "ribs", "limbs", "intestines",
    "organs", "brain", "brains", "windpipe", "wrists", "skin", "lips", "mouth",
})
# One word between the possessive and the part: "your fucking head", "ur tiny dick".
PART_MODIFIERS: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "fkn", "stupid", "dumb", "ugly", "fat", "little", "tiny", "small",
    "big", "whole", "own", "damn", "goddamn", "bloody", "pathetic", "worthless",
    "two", "both", "front", "bitch", "bitchass", "skinny",
})
# Who carries it out, read back from the verb over auxiliaries: the writer.
WRITERS: Final[frozenset[str]] = frozenset({
    "i", "we", "ill", "imma", "ima", "im", "iam", "lemme",
})
DOER_AUX: Final[frozenset[str]] = frozenset({
    "will", "ll", "shall", "gonna", "going", "to", "wanna", "want", "am", "m", "re",
    "are", "gotta", "finna", "would", "d", "just", "literally", "really", "fucking",
    "actually", "personally", "gladly", "happily", "swear", "come", "and", "definitely",
    "totally", "seriously", "so", "about", "go", "ma", "bout",
})
# Or someone called on to do it: "someone should rip your head off".
CALLED: Final[frozenset[str]] = frozenset({"someone", "somebody"})
CALL_AUX: Final[frozenset[str]] = frozenset({"should", "needs", "need", "to", "gotta", "oughta"})
DOER_REACH: Final[int] = 5

# Harm wished or promised on the reader in the passive: "get"/"be"/"getting" and a harm.
WISH_PARTS: Final[frozenset[str]] = frozenset({
    "shot", "stabbed", "punched", "slapped", "beaten", "beat", "jumped", "hanged",
    "lynched", "smacked", "curbstomped", "strangled", "choked", "whooped", "shanked",
    "decked", "bodied", "kicked", "murdered", "killed", "stomped", "mugged",
})
# Promised (gonna, getting, will) rather than wished: game chat's "you'll get shot",
# "u getting killed" are warnings, so only street violence counts there.
PROMISE_PARTS: Final[frozenset[str]] = frozenset({
    "stabbed", "punched", "slapped", "beaten", "beat", "jumped", "smacked", "curbstomped",
    "whooped", "shanked", "decked", "stomped", "mugged", "kicked",
})
# Promised, "beat" and "beaten" are a loss unless "up" follows ("get beat up").
BEATS: Final[frozenset[str]] = frozenset({"beat", "beaten"})
UP: Final[frozenset[str]] = frozenset({"up"})
PASSIVE_LEADS: Final[frozenset[str]] = frozenset({"get", "be", "getting", "gettin"})
# "get your ass kicked", "get ur head kicked in": the possessed part, then the harm.
ASS_PARTS: Final[frozenset[str]] = frozenset({"ass", "arse", "head", "face", "teeth", "butt"})
# Older lines of the same words ("be shot"), read as before.
OLDER_PASSIVES: Final[frozenset[str]] = frozenset({"be shot", "be hanged", "be killed"})
PASSIVE_TERMS: Final[frozenset[str]] = frozenset(
    f"{lead} {part}" for lead in PASSIVE_LEADS for part in WISH_PARTS
) - OLDER_PASSIVES | frozenset(
    f"{lead} {owner} {part}" for lead in ("get", "getting", "gettin")
    for owner in ("your", "ur") for part in ("ass", "arse", "head", "face", "teeth")
)
WISHERS: Final[frozenset[str]] = frozenset({
    "should", "need", "needs", "deserve", "deserves", "ought", "oughta", "shud", "shld",
})
PROMISERS: Final[frozenset[str]] = frozenset({
    "gonna", "going", "will", "ll", "getting", "gettin", "gunna", "finna", "bout", "about",
})
# Between the reader and the lead: modals, "to", "are", intensifiers.
READER_AUX: Final[frozenset[str]] = frozenset({
    "should", "need", "needs", "deserve", "deserves", "ought", "oughta", "shud", "shld",
    "to", "gonna", "going", "will", "ll", "re", "r", "are", "gunna", "finna", "bout",
    "about", "really", "seriously", "totally", "definitely", "fucking", "just", "so",
    "honestly", "literally", "all", "actually", "prolly", "probably", "gotta",
})
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ur", "youre", "yall", "yu"})
READER_REACH: Final[int] = 5
# What after the harm makes it a warning or another sense: an agent or a condition
# ("you'll get shot by their sniper if you peek"), a win ("get beat the game").
WARNING_AFTER: Final[frozenset[str]] = frozenset({
    "by", "if", "unless", "when", "whenever", "once", "the", "a", "an", "this", "that",
    "it", "at", "from", "with", "for", "less", "more", "first", "instead", "again",
})
# "for" is a reason, not a warning, after a wish ("you should get shot for that").
WISH_AFTER_OK: Final[frozenset[str]] = frozenset({"for"})
# A particle of the harm itself, read past before the words after it.
PASSIVE_PARTICLES: Final[frozenset[str]] = frozenset({"up", "in", "out", "down", "over"})

# A blow the reader needs or deserves.
BLOWS: Final[frozenset[str]] = frozenset({
    "slap", "punch", "kick", "beating", "smack", "whooping", "hiding", "thrashing",
    "backhand", "asswhooping", "beatdown", "headbutt",
})
BLOW_TERMS: Final[frozenset[str]] = frozenset(
    f"a {blow}" for blow in BLOWS
) | frozenset(f"a good {blow}" for blow in BLOWS) | frozenset({"a bullet"})
# "i'll put a bullet in your head": the writer puts it there.
PUTS: Final[frozenset[str]] = frozenset({"put", "putting", "pump", "send"})
NEEDS: Final[frozenset[str]] = frozenset({
    "need", "needs", "deserve", "deserves", "want", "earned",
})
# "you need a slap in the face", "a kick to the teeth", "a bullet in your head".
BLOW_PLACES: Final[frozenset[str]] = frozenset({"in", "to", "across", "upside", "round", "between"})
PLACE_OWNERS: Final[frozenset[str]] = frozenset({"the", "your", "ur", "ya", "yo"})
# Chat's tails that may close the line after the blow ("you need a slap lol").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "bro", "bruh", "dude", "man", "mate", "fr", "tbh", "honestly",
    "srsly", "seriously", "rn", "now", "tbf", "ngl", "idiot", "moron", "bitch", "kid",
    "son", "boy", "girl", "dumbass", "loser", "pal", "buddy", "m8", "fam", "frfr",
    "tomorrow", "today", "tonight", "irl", "asap", "ffs", "smh",
})
TAIL_REACH: Final[int] = 3
# Older terms of the same call from hatecheck45 ("need a slap", "should get shot"), read
# here with the reader as the subject.
OLDER_CALLS: Final[frozenset[str]] = h45.HARM_CALL_TERMS

# A deadly place for the reader's head: "go stick your head in a blender".
HEAD_TERMS: Final[frozenset[str]] = frozenset({
    "your head in", "ur head in", "your head into", "ur head into",
})
PUT_VERBS: Final[frozenset[str]] = frozenset({
    "stick", "put", "shove", "stuff", "jam", "place", "dunk",
})
DEADLY: Final[frozenset[str]] = frozenset({
    "blender", "oven", "microwave", "woodchipper", "chipper", "toaster", "furnace", "fire",
    "toilet", "noose", "guillotine", "grinder", "shredder", "lava", "volcano", "fan",
    "bonfire", "incinerator", "crusher",
})
# "go jump in front of a train".
FRONT_TERMS: Final[frozenset[str]] = frozenset({
    "jump in front", "step in front", "walk in front", "run in front", "lie in front",
})
VEHICLES: Final[frozenset[str]] = frozenset({
    "train", "bus", "car", "truck", "lorry", "tram", "subway", "semi", "bullet",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "the", "some", "moving", "speeding"})
# An order to go and do it: "go", "just go", "pls go", or the verb opening its sentence.
GO: Final[frozenset[str]] = frozenset({"go", "goo", "pls", "please", "plz", "just", "now", "and"})
GO_REACH: Final[int] = 3

NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "never", "nt", "dont", "don", "won", "wont", "no", "nobody", "noone", "cant",
    "shouldn", "shouldnt", "didn", "didnt", "t",
})
# Reported: "he said you should get shot", "she told me you need a slap".
SAYING: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "claims",
    "claimed", "thinks", "heard", "wrote", "writes", "joked", "yelled", "texted",
})
NEGATION_REACH: Final[int] = 6

OWN_TERMS: Final[frozenset[str]] = (
    BODY_TERMS | PASSIVE_TERMS | BLOW_TERMS | HEAD_TERMS | FRONT_TERMS
)
# The verbs of "go jump in front of a train", read before the front terms' own words.
ORDER_VERBS: Final[frozenset[str]] = PUT_VERBS | frozenset({"jump", "step", "walk", "run", "lie"})
# A question's opening before the reader: "do you need a slap", "will you get shot".
ASKING_LEADS: Final[frozenset[str]] = frozenset({
    "do", "does", "did", "will", "would", "should", "could", "can", "are", "r", "why",
    "how", "if", "when", "whether", "unless",
})
