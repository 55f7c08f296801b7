"""The olid47 probe (issue 8): contempt for one person through a vice noun without
olid46's verdict frame: "the <vice> of" a pointed person or a name said whole ("the
hypocrisy of this woman, wow", "the nerve of this guy"), "such"/"peak" vice "from" a
person ("such arrogance from that man"), a person "showing his <vice> again", and a
possessive vice that never ends ("her lies never stop"). The clean lines use the same
words about things, ideas, places and companies, as praise in game chat ("the insanity
of faker is unreal"), of the writer, reported, quoted, denied or as a story; and friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "the <vice> of" a person, said whole over chat's tails
    "the hypocrisy of this woman, wow", "the arrogance of this guy smh",
    "the nerve of this guy", "the nerve of that man lol", "the audacity of this woman",
    "the hypocrisy of pelosi lmao", "the cowardice of that senator",
    "the ignorance of this dude, jesus", "the greed of that landlord smh",
    # "such"/"peak" vice "from" a person
    "such arrogance from that man", "peak stupidity from our governor",
    "such hypocrisy from him", "such ignorance from this woman",
    "peak arrogance from the mayor", "more lies from this guy",
    "pure greed from that ceo", "such cowardice from her", "peak hypocrisy from biden",
    "absolute idiocy from this dude",
    # a person showing a vice of theirs again
    "showing his ignorance again", "showing her hypocrisy once again",
    "he keeps showing his arrogance", "she showed her ignorance yet again",
    "trump showing his racism again", "once again showing his cowardice",
    "and there he goes showing his stupidity", "displaying her greed for all to see",
    # a possessive vice that never ends
    "her lies never stop", "his lies never end", "his greed has no limit",
    "her hypocrisy has no end", "his arrogance never stops",
    "his stupidity has no limits", "her incompetence never ends lol",
    "his lies just never stop",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things, ideas, places and companies
    "the hypocrisy of the system", "ignorance is bliss", "the nerve damage was bad",
    "the arrogance of youth, wow", "the nerve of my tooth is exposed",
    "such arrogance from that company", "peak stupidity from this patch",
    "such greed from ea", "more lies from the ads", "the hypocrisy of this policy, wow",
    "the greed of this industry smh",
    # game chat praise
    "the insanity of faker is unreal", "the insanity of this play is unreal",
    "such insanity from faker today", "peak insanity from that outplay",
    # the writer's own
    "my ignorance showed, sorry", "peak stupidity from me lol",
    "showing my ignorance here but what is a rune", "sorry for my arrogance earlier",
    "such stupidity from me today",
    # reported, quoted, denied, a story
    "she wrote that his lies never stop", "they keep saying her greed has no limit",
    "\"the nerve of this guy\" is such a boomer phrase",
    "in the movie his lies never stop",
    # praise and virtues in the same frames
    "showing his kindness again", "showing his skills again", "his patience has no limit",
    "her kindness never stops", "such kindness from that man",
    "peak generosity from our governor", "the courage of this woman, wow",
    "the nerve block wore off",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah that was sick", "holy shit what a game", "damn this lag is killing me",
    "shit i forgot my charger", "fucking hell that boss", "lmao what the fuck was that play",
)
