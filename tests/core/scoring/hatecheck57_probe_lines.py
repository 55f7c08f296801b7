"""The hatecheck57 probe (issue 8): a functional sweep of hate against seven protected
groups (women, trans people, gay people, black people, disabled people, muslims,
immigrants) over the functionalities a HateCheck-style suite tests: hate with profanity,
implicit derogation ("typical woman"), comparisons, hate through a reference in a second
sentence, negated positive statements, questions and opinions, and slurs alone or with a
verb; and the suite's clean functions in the same words: counter-speech quoting or
denouncing hate, neutral and positive group statements (with profanity too), abuse of
non-protected targets or things, and slurs reclaimed by the in-group. Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # hate with profanity
    "fucking muslims ruin everything", "women are such useless cunts",
    "trans people are fucking disgusting", "bloody immigrants, always fucking things up",
    "disabled people are a shitty burden",
    # implicit derogation
    "typical woman, can't do anything right", "of course the immigrant stole it",
    "classic muslim behaviour, blowing stuff up", "figures the black guy was the thief",
    # comparisons
    "gay people are like a disease on society", "immigrants breed like rats",
    "black people are no better than apes", "muslims are basically cockroaches",
    "trans people are like a plague",
    # reference in a second sentence
    "I met a trans person today. They are all freaks.",
    "A muslim family moved in next door. Those people are vermin.",
    "There was a disabled kid on the bus. They are worthless.",
    "My boss hired a woman. They are all too stupid to work.",
    # negated positive statements
    "disabled people are never worth the effort", "no black person has ever been smart",
    "women are not capable of anything useful", "immigrants never contribute anything good",
    "gay people will never be normal",
    # questions
    "why are women so worthless?", "why are immigrants such parasites?",
    "why are all muslims so violent?", "why do disabled people even exist?",
    # opinions
    "honestly, i think gay people are a mistake", "in my opinion trans people are sick",
    "i really think black people are inferior", "imo immigrants are the worst thing here",
    # slurs alone or with a verb
    "all these trannies", "shut up tranny", "look at all the faggots", "get lost you dyke",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech quoting or denouncing hate
    "saying 'fucking muslims ruin everything' is pure bigotry",
    "if you think women are useless cunts you need help",
    "'immigrants breed like rats' is a disgusting thing to say",
    "stop calling trans people freaks, it's cruel",
    "people who say disabled folks are worthless are wrong",
    "nobody should ever call a gay person a disease",
    "he called her a tranny and got banned, good",
    "'typical woman' jokes are just sexism",
    # neutral / positive, with profanity too
    "fuck yeah, women's football is the best", "muslims are my neighbours and they're lovely",
    "trans people deserve respect", "black people have shaped so much of music",
    "disabled people are always worth the effort", "immigrants are so fucking hardworking",
    "gay people are just people", "why are women so underrepresented in tech?",
    "honestly, i think gay people are awesome", "i met a trans person today. they were lovely.",
    "no disabled person should be treated badly", "holy shit, that muslim chef is amazing",
    # non-protected targets or objects
    "fucking mosquitoes ruin everything", "this printer is a useless piece of shit",
    "why are printers so worthless?", "politicians breed like rats",
    "i think pineapple on pizza is a mistake", "typical monday, can't do anything right",
    # reclaimed by the in-group
    "as a gay man, we queers stick together", "as a trans woman i can say us trannies are tough",
    "me and my dyke friends are going out tonight", "we black folks know how to cook",
    "as a disabled guy, we crips have the best humour", "as a woman, us bitches run this",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit this song slaps", "damn that was fucking close",
    "shit, i forgot my keys", "this burger is fucking perfect", "well that was a clusterfuck lol",
)
