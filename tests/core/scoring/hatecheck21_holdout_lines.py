"""The hatecheck21 held-back batch (issue 8): the probe's shapes in other words, written
at the same time and before any rule, counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # threats
    "if I catch a gay guy in here I will kill him", "if i see a jew i'll stab them",
    "when I find an immigrant I'm going to hurt them", "let's drown all the refugees",
    "let's gas the jews", "we need to shoot all the trans people",
    "black people should be hanged", "muslims deserve to be shot",
    "women should be raped", "immigrants should all be killed",
    # derogation
    "a woman is just a slave to her husband", "a trans person is nothing but a freak",
    "a jew is just a parasite", "refugees are all the same, thieves",
    "disabled people are a waste of space", "gay people are just animals",
    "immigrants are like rats", "black people are no better than apes",
    # dehumanising questions
    "why are gay people allowed to live?", "why do muslims even exist?",
    "why are women allowed to vote?",
    # profanity
    "fuk all jews", "fuck all the refugees", "fuck trans people",
    "black people are fucking animals", "disabled people are shit",
    # pronoun reference
    "I hate them, those immigrants", "I can't stand them, those women",
    "black people? I despise them",
    # negated positive
    "gay people are never normal", "muslims will never be civilised",
    "refugees can never be trusted", "no woman has ever been smart",
    # opinions and questions
    "i really believe jews are evil", "am i wrong that trans people are disgusting?",
    # slurs and spellings
    "all dykes are disgusting", "f4ggots should die", "imm1grants are scum",
    "mulsims are vermin", "j e w s are rats",
)

HELD_CLEAN: tuple[str, ...] = (
    # counter-speech
    "'immigrants are like rats' is a vile thing to post",
    "saying women should be raped is sick", "stop calling gay people animals",
    "you can't say black people deserve to be hanged",
    "people who say jews are parasites are wrong",
    "he posted 'fuck all muslims' and got banned",
    # the threat shapes said of no group
    "if I see a wasp I'll kill it", "let's drown our sorrows tonight",
    "let's burn the trash", "if I see a jewish friend I'll say hi",
    "gay people should be able to marry", "women should be paid the same",
    # neutral and positive mentions, with a swear word too
    "damn, muslims throw the best weddings", "holy shit, disabled athletes are amazing",
    "fuck, women in science are so cool", "shit, immigrants built this city",
    "damn, jews have a long history", "a woman is just as good as a man",
    "a refugee is a human being", "why are trans people treated so badly?",
    "why do immigrants earn less?", "women are never given credit",
    "black people are never shown on tv", "gay people are always so kind to me",
    "refugees are all the same as us",
    # abuse of non-protected targets
    "I hate tuesdays", "I hate them, those spiders", "fuck all these ads",
    "fck this weather", "rats should be exterminated", "why are wasps allowed to exist?",
    "my roommate is a freeloader", "pigeons are disgusting", "i hate them, those taxes",
    "traffic jams should be illegal", "fuck this printer", "I despise homework",
    "mondays are like a disease", "my brother is a thief lol",
    "onions are the worst vegetable",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell what a goal", "holy fuck that was close", "damn that's a good song",
    "shit I'm late again", "fuck yes finally", "that was sick as hell",
    "oh shit it's snowing",
)
