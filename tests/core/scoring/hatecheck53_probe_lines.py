"""The hatecheck53 probe (issue 8): the writer's threat to a named group in the two cells
of a functional hate suite's grid that the older rules miss most, written across women,
trans people, gay people, black people, disabled people, muslims and immigrants: the
group made to pay, bleed or regret ("i'll make those immigrants pay", "we will make gay
people regret it") and the group's body parts broken ("i'm gonna break the necks of
those muslims", "i'll crack the skulls of black people"); the clean lines in the same
words that must stay clean (a thing, a person or a pet in the group's place, a denial, a
question, a report, counter-speech, neutral and kind mentions of every group); and
untargeted friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group made to pay, bleed or regret
    "i'll make those immigrants pay", "we will make gay people pay for what they did",
    "i'm going to make women pay for this", "i will make black people pay",
    "we're gonna make the muslims pay", "i'll make trans people bleed",
    "i'm gonna make disabled people bleed", "we will make those muslims regret it",
    "i'll make women regret ever opening their mouths",
    "i'm going to make immigrants regret coming here",
    "i will make trans people regret it", "we'll make black people bleed for this",
    "i will personally make gay people pay", "imma make those disabled people pay",
    "i swear i'll make the immigrants pay", "we are going to make women bleed",
    "i'll make every muslim pay", "i will make all trans people pay",
    # the group's body parts broken
    "i'm gonna break the necks of those muslims", "i'll crack the skulls of black people",
    "i want to snap the necks of trans people", "i will slit the throats of immigrants",
    "i'll smash the faces of gay people", "we will break the legs of disabled people",
    "i'm going to cut the throats of those women", "i'll bash the heads of muslims in",
    "we're gonna crack the skulls of immigrants", "i will snap the necks of gay people",
    "i'll break the jaws of those black people", "imma smash the skulls of trans people",
    "i'll gladly slit the throats of women", "i am going to break the necks of immigrants",
    "i will break the arms of every disabled person", "we'll cut the throats of all muslims",
    "i'll stomp the faces of gay people",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing, a person or a pet in the group's place
    "i'll make my landlord pay for the repairs", "we will make the company pay for this",
    "i'm going to make mosquitoes regret biting me", "i'll make the weeds regret growing here",
    "i'll make my brother pay for dinner", "we will make the other team pay next game",
    "i'll crack the shells of these crabs", "i'm gonna break the necks of these bottles open",
    "i'll snap the necks of the chicken wings first", "i will cut the stems of the roses",
    "i'll smash the faces of the boss in this level lol",
    # denied, asked, reported, counter-speech
    "i will never make immigrants pay for being here",
    "no one should make women pay more for the same haircut",
    "why would anyone want to make gay people suffer?",
    "he said he would make muslims pay, which is vile",
    "saying 'we will make black people pay' is pure hate",
    "threatening to break the necks of trans people is a crime",
    "nobody should ever crack the skulls of disabled people",
    "would you really slit the throats of immigrants? sick",
    "people who want to smash the faces of women belong in jail",
    # the same verbs of help or fairness, and kind or neutral mentions
    "i'll make sure women get paid the same", "we will make black people feel welcome here",
    "i'm going to make disabled people a priority in the budget",
    "i will make the muslims in my street a cake",
    "we'll make immigrants part of the community", "i'll make trans people feel safe at work",
    "the heads of the muslim council met the mayor", "gay people have the same rights as everyone",
    "black people built much of this country", "my neighbours are immigrants and they are lovely",
    "disabled people deserve better access", "women can be anything they want",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i'm gonna make this cake so fucking good", "fuck yes we won the damn game",
    "damn this coffee is strong as hell", "shit, i broke my neck pillow again lol",
    "bloody hell that was a crazy match", "what the fuck, this song slaps",
)
