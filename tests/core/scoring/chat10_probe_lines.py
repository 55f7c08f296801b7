"""The chat10 probe (issue 8): sexual acts proposed to the reader, or the reader's sex life
asked about, in words no older lexicon line holds ("will you make love to me", "can i be
your lover", "i want you to lick it", "hows your sex life", "i wanna bang you"), the clean
lines in the same words that must stay clean (films, idioms, stamps and ice cream, games,
negations, reports about other people), and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a sexual act proposed to or ordered of the reader
    "will you make love to me", "i want to make love to you", "make love to me bot",
    "can we make love tonight", "lets make love", "come make love with me",
    "i wanna make sweet love to you", "would you make love with me?",
    "can i be your lover", "will you be my lover?", "be my lover baby",
    "i want you to be my lover tonight",
    "i want you to lick it", "lick it", "lick it slowly", "can you lick it for me",
    "now lick it", "lick this baby",
    "i wanna bang you", "let me bang you", "can i bang you tonight", "i would bang you so hard",
    "get naked for me", "get naked now", "i want you to get naked", "will you get naked?",
    "i want to get into your pants", "can i get in your pants", "let me into your pants",
    # the reader's sex life asked about
    "hows your sex life", "how is your sex life?", "tell me about your sex life",
    "what is your sex life like", "how's ur sex life lately", "describe your sex life to me",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about others, in films, idioms and chores
    "make love not war", "in the movie they make love on a beach",
    "the song is about two people who make love once", "my parents make love to jazz lol",
    "she was his lover for ten years", "he is a dog lover", "are you a cat lover?",
    "my lover left me last week", "i'm a huge lover of sci fi",
    "the dog tried to lick it", "lick it off the spoon, that's the best part",
    "lick your wounds and queue again", "lick the stamp and send it",
    "my cat will lick it clean", "if you drop the candy don't lick it",
    "big bang theory is overrated", "bang your head on the desk lol",
    "bang bang you're dead", "the door went bang", "i heard a bang outside",
    "you can see it with the naked eye", "he got naked in the movie", "naked and afraid is on",
    "i got sand in my pants", "ants in your pants much?", "i spilled coffee in my pants",
    "a new study about the sex life of snails", "the sex life of pandas is weird",
    "my sex life is none of your business", "i don't want to talk about my sex life",
    "i would never make love to a robot", "i don't want to be your lover",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah, we won", "holy shit that cake is huge", "damn this song slaps",
    "shit, i forgot my keys again", "that was fucking hilarious", "oh hell no, not rain again",
)
