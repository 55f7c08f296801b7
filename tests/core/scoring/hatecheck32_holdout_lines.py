"""The hatecheck32 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # pronoun reference
    "Some immigrants live on my street. They are all thieves.",
    "jews? get rid of them",
    "muslims... they ruin everything",
    "my aunt is disabled. they are all useless",
    "A trans person joined our gym. They are disgusting.",
    "there were gay couples at the wedding. they are gross",
    "black people moved here last year. they are savages",
    "women in politics. they are all idiots",
    "more immigrants came today. throw them out",
    "a muslim opened a shop nearby. i despise them",
    "those jews again. they are vermin",
    "disabled kids in my school. they should not exist",
    "trans people on tv again. they make me want to puke",
    "gay people? cant stand them",
    "black people in my town. shoot them all",
    "women at work. they are so dumb",
    "lesbians at the bar. they are repulsive",
    "I read about muslims today. They are all terrorists.",
    "immigrants again. those people are scum",
    "jews run the banks. they are all greedy",
    # negated positives
    "women are not fit to lead",
    "trans people will never be real",
    "black people cannot be trusted",
    "gay people are not natural",
    "immigrants are not wanted here",
    "muslims can't ever be trusted",
    "disabled people are not fully human",
    "jews are not people",
    "women are not clever enough to vote",
    "trans men are not real men",
    "black people are not smart",
    "gay men will never be normal",
    "immigrants will never belong here",
    "disabled people are not worth saving",
    "muslims are not decent people",
    "women can't think for themselves",
    "jews will never be trusted",
    "trans people are not legitimate",
    "gay people are not good parents",
    "black people are incapable of learning",
)

HELD_CLEAN: tuple[str, ...] = (
    # pronouns at things or non-protected groups
    "I got new headphones. they are all junk",
    "the umpires? send them all off",
    "these apples... they taste awful",
    "I have two dogs, they are a nightmare",
    "Bankers again. They are all crooks.",
    "the new laptops arrived. they are rubbish",
    "My chores are piling up. I hate them.",
    "the zombies in this level? shoot them all",
    "Lawyers? get rid of them",
    "the weeds in my garden. they ruin everything",
    # kind pronoun reference
    "Some immigrants live on my street. They are so friendly.",
    "there were gay couples at the wedding. they were adorable",
    "my aunt is disabled. she is the strongest person I know",
    "muslims? I respect them a lot",
    "jews in my neighbourhood. they are great neighbours",
    "women at work. they are so smart",
    "trans people on tv again. they look great",
    "black people in my town. they are wonderful",
    # counter-speech and reporting
    "they say muslims are all terrorists, which is nonsense",
    "claiming women are not fit to lead is sexist",
    "don't say trans people will never be real",
    "she said black people cannot be trusted and got banned",
    "It's bigoted to say gay people are not natural.",
    "I'm tired of hearing that immigrants are not wanted here",
    # negated negatives and positives
    "women are not stupid",
    "immigrants are not thieves",
    "gay people are not disgusting",
    "black people are not violent",
    "muslims are not the enemy",
    "disabled people are not useless",
    "jews are not greedy",
    "trans people are not sick",
    "women are fit to lead",
    "trans people are valid",
    "immigrants are wanted here",
    "black people are smart",
    # negated positives at things
    "this laptop is not fit for gaming",
    "the bridge is not safe",
    "the weather can't be trusted",
    "my code is not normal",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that goal", "damn that was close", "shit this pizza is good",
    "fucking love this song", "hell yeah lets go", "what the fuck lol thats wild",
)
