"""The olid7 probe (issue 8): tweet-style replies and claims about people, written before
any olid7 rule from the shapes of the OLID even-row misses (own wording, no tweet
copied): a person called a bad kind of person, a third person's bad trait, exclamations,
questions, political groups said to do harm, telling someone to shut up, sarcasm.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a bad kind of person: adjective + person noun
    "@USER he is an evil little man",
    "she is a vile human being", "@USER you are a boring individual",
    "he is a sad bitter old man", "she's a nasty piece of work", "you are a miserable person",
    "@USER they are disgusting people", "the mayor is a pathetic excuse for a human",
    "he is a horrible person and everyone knows it", "you're a sad lonely man",
    "@USER what a horrible woman", "he is one nasty dude",
    # a third person's bad trait
    "@USER he is so ignorant", "they are completely clueless", "she is too dumb to get it",
    "@USER that senator is so corrupt", "he is as crooked as they come", "they are shameless",
    "@USER she is ugly inside and out",
    "he's a complete moron", "@USER the guy is totally delusional",
    "this woman is unhinged", "@USER he is deranged", "she is incompetent and lazy",
    "@USER her husband is a creep", "that coach is spineless",
    # exclamations
    "@USER what an idiot", "what a disgrace this man is", "@USER what a coward",
    "what a pathetic human", "@USER such a liar", "such a hypocrite lol",
    # questions that carry the insult
    "@USER are you really this stupid?",
    "is he really that dumb?", "@USER how can you be so ignorant?",
    "why are you so dense?",
    "@USER are you always this clueless", "is she mentally ill or just evil?",
    # political groups said to do harm
    "liberals are destroying this country", "@USER democrats are traitors",
    "republicans are ruining everything", "the left is a bunch of lunatics",
    "conservatives are brainwashed sheep", "@USER antifa are thugs",
    # shut up
    "@USER @USER shut up", "@USER just shut up already", "somebody tell him to shut his mouth",
    "@USER shut your mouth", "@USER nobody asked you, shut it",
    # sarcasm with a hostile noun
    "@USER nice work, genius",
    "great take, einstein", "@USER sure thing, sweetie, go back to sleep",
    "@USER ok clown", "@USER keep crying, snowflake",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER he is a kind old man", "she is a wonderful human being", "you are a lovely individual",
    "he is a busy man these days", "she's a hard working woman", "@USER they are good people",
    "he is not a horrible person", "my grandpa is a sad old man since grandma died",
    "@USER he is so talented", "they are completely new to this", "she is too young to vote",
    "that senator is so popular right now", "the weather is so ugly today", "this design is ugly",
    "i was so ignorant back then", "he is not corrupt", "is he corrupt? i doubt it",
    "@USER the guy is totally right", "she is tired and hungry", "@USER her husband is a chef",
    "@USER what an idea", "what a game last night", "@USER such a nice guy",
    "@USER are you really this good at chess?",
    "is he really that tall?", "@USER how can you be so calm?",
    "why are you so tired?", "@USER are you always this early",
    "liberals are meeting tomorrow in the town hall", "@USER democrats are voting on the bill",
    "republicans are holding a rally on sunday",
    "the left lane is closed", "conservatives are split on this",
    "he told me to shut up lol",
    "@USER my mom said shut up and eat", "shut up, that is amazing news!",
    "@USER shut up no way, congrats!!",
    "@USER nice work, thanks for sharing", "great take, i agree", "@USER ok sounds good",
    "saying he is an evil man is unfair", "@USER is he a bad person? no, he is great",
    "the villain is an evil man in the movie", "the clown at the party was great",
    "my dog is so dumb but i love him", "@USER crying at this, so cute",
    "he is clueless about cars, like me", "they are shameless fans of the band and proud of it",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game", "fucking hell this rain", "@USER damn that is wild",
    "shit i forgot my keys", "@USER fuck yeah", "what the fuck was that ending",
    "this traffic is shit", "@USER hell yeah brother", "goddamn this coffee is good",
    "@USER lmao fuck it lets go", "bullshit call by the ref", "@USER oh shit congrats",
)
