"""The discord18 probe (issue 8): Discord chat lines in the round's shapes (exclusion and
ganging up, appearance and life attacks, doxxing and stalking threats, self-harm
encouragement in other words, ableist jabs at a person, archetype name-calls) and clean
chat that looks alike: the same words about oneself, reports and help-seeking, talk of
shows and games, friendly banter. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # exclusion and ganging up
    "no one here wants you", "just leave already", "lets all ignore her",
    "nobody wants u here", "dont let him in the group", "dont invite her to the vc",
    "everyone block him", "kick her from the gc lol", "we all hate you",
    "no one wants to play with u", "leave the group chat nobody likes u",
    "nessuno ti vuole qui",
    # appearance and life attacks
    "no wonder ur single", "ur parents must be ashamed of u",
    "ur so ugly no wonder no one talks to u", "imagine being this ugly", "get a life loser",
    "go outside for once u no life", "no wonder ur dad left", "u look like a thumb",
    # doxxing and stalking threats
    "imma expose u", "i know where u go to school", "ill leak ur address",
    "i have ur ip and ur address", "ill post ur nudes", "im gonna dox u",
    # self-harm encouragement in other words
    "go drink bleach", "do us all a favor and disappear",
    "the world would be better without u", "jump off a bridge", "just unalive already",
    # ableist jabs at a person
    "are u slow", "r u dumb or something", "ur literally special needs",
    "stop being such a retard",
    # archetype name-calls at a person
    "what a karen", "ok karen", "ur such a pick me", "shut up simp",
    "typical incel behavior from u", "ur a pick me girl lmao",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im so ugly today lol", "no one wants me in their group :(",
    "im such a simp for this character", "i need to get a life honestly",
    "i'm so slow at this game lol", "no wonder im single lmao",
    "my parents are gonna be so mad at me", "nessuno mi vuole nel gruppo :(",
    # reports and help-seeking
    "someone said kys to me", "he said he has my ip, what do i do?",
    "someone told me to drink bleach, should i report it?",
    "a guy in vc said he knows my address, im scared",
    "she keeps calling me a pick me, how do i make it stop",
    "they all ignored me in the group today", "my friend got doxxed last week",
    # shows and games
    "the karen in that video was wild", "i leaked the boss fight strat",
    "that karen meme never gets old", "the villain is such a simp for the princess lol",
    "he exposed the whole scam in his video", "block the door so the zombies cant get in",
    "no one wants to play the new season lol", "the ugly sweater contest is tomorrow",
    "the incel episode of that podcast was interesting",
    "we need to leave the dungeon already",
    # friendly banter and everyday talk
    "lets all ignore the homework and play", "just leave it already, it's fine",
    "ur parents are so nice, tell them hi", "im gonna expose my own cringe old art lol",
    "can someone leak the setlist pls", "leave the vc and rejoin, ur mic is broken",
    "no one here wants pineapple pizza", "just leave the lobby already and queue again",
    "lets all ignore the drama and chill", "what a clutch", "ok karen is such an old meme",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that edit is clean", "fuck this boss fight lmao", "damn thats so cute",
    "this song goes hard as fuck", "shit my wifi died", "bro what the fuck was that ending",
)
