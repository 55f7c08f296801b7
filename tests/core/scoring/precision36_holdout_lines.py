"""The precision36 held-back lines (issue 8): other wordings of the same shapes as
precision36_probe_lines.py, written at the same time and before any rule; counted only
at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "faggot is the only word that fits you", "retard is exactly the word for you",
    "nigger is the right word for them", "dyke is the perfect term for your sister",
    "spic is the word for people like you", "kike is what you are",
    "that retard from accounting lost my files", "this nigger stole my bike",
    "the dyke at the gym stares at everyone", "that tranny in the bathroom is a creep",
    "the paki down the road is a scammer", "a chink cut me off in traffic",
    "what do you call a faggot in a wheelchair, rolling stock",
    "what is the difference between a kike and a boy scout",
    "the difference between a retard and you is the retard tries",
    "difference between a nigger and a bucket of shit, the bucket",
    "shut your mouth you faggot retard", "fuck off you kike spic",
    "i want every nigger kike and spic gone", "faggots dykes and trannies make me sick",
    "get out of here you retard", "dirty kike dirty spic",
    "kill all the faggots", "chinks and pakis ruined my town",
    "trannies are mentally ill", "retards should stay home",
    "kikes run the banks", "niggers are animals",
    "dykes like you disgust me", "spics go back to mexico",
    "faggot grow up", "retard learn to read",
    "you will never be more than a retard", "my neighbour is a dyke and a freak",
    "he is a faggot and everyone knows it", "what a retard",
    "look at this kike", "stupid nigger",
    "every tranny is a pervert", "pakis stink",
)

HELD_CLEAN: tuple[str, ...] = (
    "retard started out as a medical term for slow", "faggot is still a hateful word in my book",
    "negro was the word on the census forms back then", "spic became a slur in the fifties",
    "dyke has turned into a proud label for lots of women", "tranny used to be an everyday term",
    "kike will always be an ugly word", "chink came to be a racist term in the 1800s",
    "paki grew into a slur in british schools", "retard was a normal clinical label once",
    "mong is an old insult from british playgrounds", "faggot can not ever become a casual word",
    "what is the difference between nigga and nigger as words",
    "explain the difference between dyke and lesbian please",
    "the difference between retard and retarded is just grammar",
    "people argue about the difference between negro and colored in old texts",
    "is there a difference between faggot and fag",
    "tranny and trans are not the same word",
    "negro and black are different words in that book",
    "retard and spaz are both slurs now",
    "the word list includes faggot kike spic and chink",
    "i heard nigger kike and spic every day in that town",
    "my coach used to shout retard spaz and mong at us",
    "the app blocks faggot dyke and tranny in usernames",
    "our rules ban retard faggot and tranny in every channel",
    "the study tracked nigger kike and spic across ten years of posts",
    "she got muted for typing retard faggot and chink in chat",
    "that movie threw around faggot and tranny like nothing",
    "back then people said retard and spaz constantly",
    "my grandma says negro and colored without thinking",
    "the writers put chink and jap in the dialogue",
    "slurs like kike spic and paki get you banned here",
    "stop typing retard faggot and tranny in the lobby",
    "the automod catches chink gook and jap now",
    "we grew up hearing faggot and dyke on the bus",
    "the censor bleeps nigger faggot and retard",
    "the teacher listed kike wop and dago as slurs from that era",
    "the old comics used negro and darkie without a second thought",
    "i remember hearing retard spaz and cripple at school",
    "the server filter now catches tranny dyke and faggot",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit this song slaps", "damn the queue is long",
    "fuck yes, double xp weekend", "ugh this lag is shit",
    "hell yeah pizza night", "oh shit i left the oven on",
)
