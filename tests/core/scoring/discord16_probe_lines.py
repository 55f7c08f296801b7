"""The discord16 probe (issue 8): Discord chat lines in the round's shapes (exclusion,
threats, self-harm encouragement, body shaming, sexual harassment, insults to the reader
and to a third person in chat slang) and clean chat that looks alike: support for an
excluded friend, praise in hostile words, quoted sayings and memes, game talk with
"jump", "fat", "send", "watch your back". Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # exclusion
    "literally nobody asked bro", "nobody asked 💀", "no one likes you here",
    "everyone in this server hates you", "just leave nobody will miss you",
    "why are u even in this server", "go back to ur own server nobody wants u",
    # threats
    "i know where u live", "i know where you live btw", "watch ur back irl",
    "im gonna find u and beat ur ass", "say that again and ill break ur face",
    "ur dead when i see u",
    # self-harm encouragement
    "kys", "just kys already", "unalive yourself", "go jump off a bridge", "go jump lol",
    "do everyone a favor and disappear forever", "the world would be better without u",
    # body shaming
    "ur so fat lmao", "ur fat and ugly", "she's a fat cow", "bro looks like a thumb 💀",
    "nobody wants to see ur ugly face", "ur built like a fridge lmao ugly",
    # sexual harassment
    "send nudes", "show me ur feet or ur lying", "what are u wearing rn 😏",
    "nice ass send more pics", "sit on my face",
    # insults to the reader and to a third person
    "he's so annoying fr", "she's a pick-me", "ur actually so cringe",
    "ngl ur the worst person here", "bro ur so braindead", "he's such a creep ngl",
    "she's so fake fr", "imagine being this dumb 💀", "ur opinion is trash and so are u",
    "he's a weirdo fr stay away from him",
)

TUNE_CLEAN: tuple[str, ...] = (
    # support for the excluded, praise in hostile words
    "no one invited you? that's so rude of them", "they ruin everything in the best way",
    "nobody asked but im telling u anyway lol", "nobody asked me either lol",
    "wait nobody likes you here? that's so mean of them",
    "they're killing it in the best way", "ur insane at this game fr",
    "bro ur sick with the sniper",
    # quoted sayings and memes
    "curiosity killed the cat lol", "'kill them with kindness' is my motto",
    "as they say, misery loves company", "no one expects the spanish inquisition",
    "'nobody asked' is the most overused comeback ngl", "the 'i know where you live' meme lmao",
    # game and everyday talk that looks alike
    "i'll leave the server link in general", "leaving the server for a bit brb",
    "no one likes mondays", "everyone here hates this patch",
    "i know where u can find it, check pins",
    "i know where you're coming from", "watch ur back in ranked, campers everywhere",
    "jump off the ledge to get the chest", "go jump on the trampoline map",
    "my cat is so fat lmao", "i ate so much im fat now",
    "this song is so annoying fr but i love it",
    "the ads are so annoying fr", "send pics of ur cat", "show me ur setup",
    "what are u playing rn", "nice shot send more clips", "im such a pick-me lol",
    "i'm so cringe sometimes 💀", "imagine being this good at the game 💀",
    "ur not the worst player here dont worry", "bro im dead 💀💀",
    "she's so sweet fr", "he's so funny ngl",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice clutch bro", "holy shit that was clean", "damn ur cracked",
    "shit i forgot to queue lmao", "hell yeah gg", "bro thats fucking hilarious 💀",
)
