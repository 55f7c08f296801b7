"""The precision23 probe (issue 8): a group named as the victim of a third party's wish
or attempt to wipe it out, told as history or news ("the nazis wanted to kill all the
jews", "the police want to kill all the protesters", "the regime tried to exterminate
the rohingya"), and hostile look-alikes in the same words that must stay caught (the
writer's own wish, a call to do it, the wish given to a group, the attempt cheered).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's own wish or a call to do it
    "i want to kill all muslims",
    "we want to kill all the jews",
    "i really want to kill all gay people",
    "we should kill all the immigrants",
    "lets kill all the arabs",
    "we need to wipe out all muslims",
    "i wanna exterminate all the jews", "we must round up all the immigrants",
    "our soldiers want to kill all muslims", "my boys want to wipe out all the arabs",
    "the army should kill all the refugees", "the police need to kill all the blacks",
    "the government must exterminate all gay people", "the cops should round up all the mexicans",
    # the wish given to a group as its nature
    "muslims want to kill all of us", "jews want to wipe out all white people",
    "immigrants want to kill all the whites", "black people want to kill all the whites",
    "gays want to exterminate all christians",
    "arabs tried to kill all the jews and will try again",
    # the attempt cheered or wished back
    "the nazis wanted to kill all the jews and they were right",
    "hitler tried to kill all the jews too bad he failed",
    "hitler tried to exterminate the jews, he should have finished the job",
    "the nazis tried to wipe out the jews, shame they failed",
    "isis wants to kill all the gays and honestly good",
    "the police want to kill all the protesters and i hope they do",
    "the army tried to wipe out all the muslims, respect",
    "the kkk wanted to kill all the blacks and they deserve to be",
    "hopefully the police want to kill all the immigrants",
    "i hope the army tries to wipe out all the arabs",
    "the soldiers planned to kill all the refugees and they should",
    "the regime wants to exterminate all the gays, based",
    "the cops tried to kill all the blacks lol good",
    "glad the military wants to wipe out all the muslims",
    "the nazis tried to gas all the jews, we should finish it",
)

TUNE_CLEAN: tuple[str, ...] = (
    "the nazis wanted to kill all the jews", "hitler tried to kill all the jews in europe",
    "the police want to kill all the protesters", "the cops just want to kill all of us",
    "the regime tried to exterminate the rohingya", "the soviets tried to wipe out the ukrainians",
    "the army tried to kill all the villagers", "isis wanted to kill all the yazidis",
    "the terrorists wanted to kill all the christians in the church",
    "the gunman wanted to kill all the muslims in the mosque",
    "the shooter planned to kill all the black people in the store",
    "the kkk wanted to kill all the blacks in the south",
    "the government is trying to wipe out the uyghurs", "the junta wants to kill all the monks",
    "the khmer rouge tried to exterminate the educated",
    "the settlers tried to wipe out the natives", "the colonists wanted to exterminate the natives",
    "the militia vowed to kill all the refugees in the camp",
    "the soldiers were trying to kill all the men in the village",
    "the extremists want to kill all the gays", "the hk police clearly want to kill all hk people",
    "the dictator wanted to exterminate all the kurds",
    "the nazis planned to exterminate all the gay people",
    "the crusaders tried to kill all the muslims in jerusalem",
    "the attackers wanted to kill all the jews in the synagogue",
    "the mob wanted to kill all the immigrants in the town",
    "stalin tried to wipe out the kulaks", "the empire tried to wipe out the armenians",
    "the rioters wanted to kill all the sikhs in delhi",
    "the nazis literally wanted to exterminate the jews, read a book",
    "the regime has tried to wipe out the tibetans for decades",
    "the killer wanted to kill all the women at the party",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this game is awesome", "damn that was a fucking good movie",
    "fuck yeah we won the match", "this shit slaps so hard", "hell yeah pizza night",
    "oh crap i forgot my keys lol",
)
