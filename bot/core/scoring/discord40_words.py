"""Words of the discord40 round (issue 8, targeting_discord40.py): slang threats of
violence aimed at the reader in Discord and teen chat that the older lines missed: the
writer's slang blow ("i'll curb stomp you", "imma pull up and smoke you", "i'll lay you
out", "i'll put you in the ground", "i'll beat the brakes off you"), a slang beating
promised or needed ("you're gonna get clapped irl", "you need your ass beat"), a fight
offered ("catch these hands", "square up kid", "you want smoke"), and a dare with a
warning after it ("keep running your mouth and see what happens")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
AND: Final[frozenset[str]] = frozenset({"and", "n", "an"})
# The writer's slang blow to the reader: a verb and the reader right after it.
READERS: Final[tuple[str, ...]] = ("you", "u", "ya", "yall")
# Verbs that are a blow with the reader alone after them ("i'll smoke you", "imma clap
# u irl"), in game talk a play ("i'll smoke you in the 1v1"), so read only outside it.
BARE_BLOWS: Final[frozenset[str]] = frozenset({
    "curbstomp", "stomp", "smoke", "clap", "body", "fade", "fold", "drop", "merk", "murk",
    "clock", "deck", "sock", "smack", "whoop", "whup", "jump", "rock", "slap", "knock",
    "lay", "put", "beat", "bust",
})
# Verbs that need a word after the reader to be a blow: "lay you out", "knock you out
# cold", "beat you senseless", "put you in the ground".
NEEDS_AFTER: Final[dict[str, frozenset[str]]] = {
    "lay": frozenset({"out", "flat"}),
    "knock": frozenset({"out", "unconscious", "cold", "flat", "senseless"}),
    "beat": frozenset({"senseless", "unconscious", "black", "bloody", "silly", "till",
                       "until", "til"}),
    "put": frozenset(),
    "bust": frozenset({"open", "up"}),
}
# Places the reader's body is put: "in the ground", "six feet under", "in a body bag".
GRAVES: Final[frozenset[str]] = frozenset({
    "ground", "dirt", "grave", "coffin", "casket", "bag", "hospital", "wheelchair", "icu",
    "morgue", "under", "ditch", "earth", "dust", "concrete", "pavement",
})
GRAVE_REACH: Final[int] = 5
# The possessive that may stand for the reader before "ass": "smoke ur bitch ass".
OWNERS: Final[frozenset[str]] = frozenset({"ur", "your", "yo", "yor"})
ASS_MODIFIERS: Final[frozenset[str]] = frozenset({
    "bitch", "fat", "dumb", "lil", "little", "stupid", "ugly", "punk", "pussy", "weak",
    "skinny", "broke", "goofy", "whole", "sorry", "fake", "clown", "soft",
})
# The reader's part after "ur": "smoke ur ass", "knock your lights out".
ASS_PARTS: Final[frozenset[str]] = frozenset({"ass", "arse", "butt", "lights"})
# Particles and words of the blow's end read past before the tails: "stomp you out",
# "knock you out cold".
BLOW_PARTICLES: Final[frozenset[str]] = frozenset({"out", "up", "down", "flat", "cold"})
# Words after the reader that go on into the rest of the blow, and the word that must
# follow them: "beat you [till] you can't walk", "beat you [black] and blue".
OPENS_ON: Final[dict[str, frozenset[str]]] = {
    "till": frozenset(READERS), "until": frozenset(READERS), "til": frozenset(READERS),
    "black": frozenset({"and", "n"}),
}
# Words read back over from the verb to the writer: "imma [pull up and] smoke you",
# "i'll [curb] stomp you", "i'm [finna come] fade you".
APPROACH: Final[frozenset[str]] = frozenset({
    "pull", "pullup", "up", "and", "run", "roll", "slide", "come", "go", "curb", "then",
    "just", "straight", "lowkey", "gon", "gunna", "boutta", "bouta", "finna",
})
APPROACH_REACH: Final[int] = 4
# The writer's people as the doer: "me and the boys gonna jump you".
CREW: Final[frozenset[str]] = frozenset({
    "boys", "gang", "homies", "bros", "squad", "crew", "guys", "friends", "brothers",
    "cousins", "mans", "niggas", "dudes", "lads",
})
OWN_PEOPLE: Final[frozenset[str]] = frozenset({"me", "my", "our", "mah"})
CREW_REACH: Final[int] = 3
# Chat's tails that leave the blow said whole: d39's, and where it will happen.
TAILS: Final[frozenset[str]] = d39.TAILS | frozenset({
    "outside", "after", "school", "on", "sight", "lil", "pussy", "nerd", "punk", "clown",
    "ass", "bitchass", "fool", "homie", "n", "yo", "dawg", "dog", "bozo", "lmfaooo",
    "foo", "boi", "twin", "g", "yk", "istg", "frfr", "deadass", "ong", "real", "quick",
})
TAIL_REACH: Final[int] = 4
BLOW_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} {reader}" for verb in BARE_BLOWS for reader in READERS
) | frozenset(
    f"{verb} {owner}" for verb in BARE_BLOWS for owner in ("ur", "yo")
) - d39.BODY_TERMS
# Idioms whose verb stands before them: "beat the brakes off you", "smack the taste out
# your mouth", "rock your shit".
IDIOM_TERMS: Final[frozenset[str]] = frozenset({
    "the brakes off", "the breaks off", "the taste out", "your shit", "ur shit",
})
IDIOM_VERBS: Final[frozenset[str]] = frozenset({
    "beat", "beating", "smack", "slap", "knock", "rock", "rocking", "split", "bust",
})
# The verbs that make "your shit" a beating: "i'll rock your shit".
SHIT_VERBS: Final[frozenset[str]] = frozenset({"rock", "rocking", "split", "bust"})

# A slang beating promised or wished on the reader in the passive: "you're gonna get
# clapped irl", "ur getting folded", "you gonna get your shit rocked".
PASSIVE_PARTS: Final[frozenset[str]] = frozenset({
    "clapped", "smoked", "folded", "dropped", "rocked", "merked", "murked", "laid",
    "knocked", "clocked", "socked", "whupped", "slumped", "packed", "aired",
})
# Parts that need a particle: "get laid out", "get knocked out".
OUT_PARTS: Final[frozenset[str]] = frozenset({"laid", "knocked"})
PASSIVE_TERMS: Final[frozenset[str]] = frozenset(
    f"{lead} {part}" for lead in ("get", "getting", "gettin") for part in PASSIVE_PARTS
) | frozenset(
    f"{lead} {owner} shit" for lead in ("get", "getting", "gettin") for owner in ("your", "ur")
)
# "get your shit [rocked]", "get ur shit [pushed in]".
SHIT_PARTS: Final[frozenset[str]] = frozenset({
    "rocked", "pushed", "kicked", "beat", "split", "slapped", "smacked", "caved",
})
# The reader needs or deserves their body beaten: "you need your ass beat", "u need ur
# teeth knocked out"; the part in the term, so it outlasts the older "ur ass".
NEEDED_PARTS: Final[frozenset[str]] = d39.ASS_PARTS | frozenset({
    "shit", "jaw", "skull", "lights", "nose", "mouth",
})
NEED_TERMS: Final[frozenset[str]] = frozenset(
    f"{need} {owner} {part}" for need in ("need", "needs", "deserve", "deserves")
    for owner in ("your", "ur", "yo") for part in NEEDED_PARTS
)
BEATEN: Final[frozenset[str]] = frozenset({
    "beat", "beaten", "whooped", "whupped", "whipped", "kicked", "rocked", "knocked",
    "smacked", "slapped", "bashed", "caved", "stomped", "busted", "split", "punched",
    "clapped", "snapped", "pushed", "broken", "broke", "beated",
})
# A reason after the beating needed: "you need your ass beat for that".
REASONS: Final[frozenset[str]] = frozenset({"for", "fr", "frfr"})

# A fight offered: "catch these hands", "you want these hands", "square up kid", "u want
# smoke".
HANDS_TERMS: Final[frozenset[str]] = frozenset({"these hands", "dese hands", "deez hands"})
TAKERS: Final[frozenset[str]] = frozenset({
    "catch", "catching", "catchin", "want", "wants", "wanna", "throw", "throwing",
    "throwin", "get", "getting", "gettin", "square",
})
# One word between the taker and "these hands": "catch [all] these hands".
HANDS_FILLERS: Final[frozenset[str]] = frozenset({"all", "some", "of"})
# Read back from the taker: "you [finna] catch", "u [tryna] catch"; the word before must
# be the reader or a joint ("keep talking and catch these hands"), never a third person
# ("whoever posts spoilers is catching these hands").
HANDS_AUX: Final[frozenset[str]] = d39.READER_AUX | frozenset({
    "tryna", "wanna", "boutta", "bouta", "gon", "to",
})
HANDS_SUBJECTS: Final[frozenset[str]] = d39.READER | AND | frozenset({"then", "or", "who"})
HANDS_REACH: Final[int] = 4
# "square up with me", "u want smoke with me".
WITH_ME: Final[frozenset[str]] = frozenset({"with"})
# Words that may open the offer's clause: "u wanna square up", "come square up", "bet,
# square up".
OFFER_OPENERS: Final[frozenset[str]] = frozenset({
    "come", "then", "bet", "ok", "okay", "u", "you", "yall", "ya", "wanna", "tryna",
    "aight", "just", "go", "so", "nah", "and", "bro", "fr", "stfu", "pls", "now", "lol",
    "imma", "ima", "finna", "gonna", "want", "to", "boutta", "or",
})
SQUARE_TERMS: Final[frozenset[str]] = frozenset({"square up", "squa up"})
SMOKE_TERMS: Final[frozenset[str]] = frozenset({"want smoke", "wants smoke", "want the smoke"})
# Who wants smoke: the reader or anyone at all.
ASKED: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "who", "anybody", "anyone", "somebody", "someone",
    "y", "all", "do", "does",
})

# A dare with a warning after it: "keep running your mouth and see what happens".
DARE_TERMS: Final[frozenset[str]] = frozenset({"see what happens", "see wat happens"})
# The dare's verb opening its clause, and the words that must follow it (none listed:
# any): "keep [talking]", "talk [shit]", "touch [me]", "open [your] mouth".
DARES: Final[dict[str, frozenset[str]]] = {
    "keep": frozenset({
        "talking", "talkin", "runnin", "running", "yapping", "yappin", "barking",
        "popping", "poppin", "mouthing", "disrespecting", "chatting", "chattin", "talkn",
        "flapping", "fucking", "capping", "cappin",
    }),
    "talk": frozenset({"again", "shit", "trash", "crap", "back", "smack", "sum"}),
    "say": frozenset({"that", "it", "sum", "one", "another", "shit"}),
    "touch": frozenset({"me", "her", "him", "my", "them", "mine"}),
    "come": frozenset({"at", "near", "outside", "closer"}),
    "step": frozenset({"to", "up", "on", "outside"}),
    "open": frozenset({"your", "ur", "yo"}),
    "run": frozenset({"up", "your", "ur", "yo"}),
    "pull": frozenset({"up"}),
    "call": frozenset({"me"}),
    "disrespect": frozenset(),
    "swing": frozenset({"on", "at"}),
    "push": frozenset({"me"}),
    "mess": frozenset({"with"}),
    "fuck": frozenset({"with", "around"}),
    "test": frozenset({"me"}),
    "lay": frozenset({"a", "one", "your", "ur", "hands"}),
    "put": frozenset({"your", "ur", "hands"}),
    "try": frozenset({"me"}),
}
# Talk turned to someone or something else after "keep talking", "talk shit": "keep
# talking [to] the npc and see what happens" is advice, not a dare.
TALK_DARES: Final[frozenset[str]] = frozenset({"keep", "talk"})
TALKED_TO: Final[frozenset[str]] = frozenset({"to", "about", "with"})
# Words that may open the dare's clause before its verb: "just keep talking", "go
# ahead and say that", "ok talk shit".
DARE_OPENERS: Final[frozenset[str]] = frozenset({
    "just", "go", "ahead", "and", "ok", "okay", "k", "bet", "then", "yeah", "yea", "aight",
    "alright", "bro", "lol", "u", "you", "ya", "yall", "bitch", "pls", "please", "cmon",
    "c", "mon", "on", "gon", "gonna", "wanna", "can",
})
DARE_OPENER_REACH: Final[int] = 3
DARE_REACH: Final[int] = 10  # the dare's clause read back from "and"

OWN_TERMS: Final[frozenset[str]] = (
    BLOW_TERMS | IDIOM_TERMS | PASSIVE_TERMS | NEED_TERMS | HANDS_TERMS | SQUARE_TERMS
    | SMOKE_TERMS | DARE_TERMS
)
