"""The hatecheck81 probe (issue 8): harm wished on a named group by neglect, the writer
letting them die: "let the refugees starve", "i hope the muslims starve", "leave the
migrants to die", "let the immigrants rot", "let the jews freeze to death"; and the clean
lines in the same words that must stay clean (sympathy and news, things, plants and game
units left to die, denials, questions, counter-speech and reports). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the order "let" opening its sentence, a named group, a death by neglect
    "let the refugees starve", "let the immigrants rot", "let the migrants starve",
    "let the muslims rot", "let the jews freeze", "let the gypsies starve",
    "just let the refugees starve", "let all the immigrants starve to death",
    "let the gays freeze to death", "let the asylum seekers rot",
    "let those refugees starve", "honestly let the migrants starve",
    # the writer's wish
    "i hope the muslims starve", "i hope the refugees starve to death",
    "i hope the immigrants rot", "i hope all the jews freeze to death",
    "i want the refugees to starve", "i wish the migrants would starve",
    "i really hope the gypsies starve", "we hope the immigrants rot",
    "i hope the trans people starve", "i want the muslims to rot",
    # "leave" opening its sentence, a named group and "to <death>"
    "leave the migrants to die", "leave the refugees to starve",
    "leave the immigrants to rot", "leave the muslims to die",
    "leave the jews to freeze", "just leave the refugees to drown",
    "leave all the migrants to die at sea", "leave those immigrants to starve",
    "leave the gays to die", "leave the asylum seekers to rot",
    "we should leave the refugees to starve", "leave the black people to suffer",
    "leave every single migrant to drown",
)

TUNE_CLEAN: tuple[str, ...] = (
    # sympathy, news and history
    "the refugees are starving, please donate", "we cant let the refugees starve",
    "dont let the migrants die at sea", "millions starved under stalin",
    "we must not leave the refugees to die", "we will never let the immigrants starve",
    "i hope the refugees dont starve this winter", "the migrants were left to die at sea",
    "europe let the refugees starve and nobody cared", "no one should let the refugees freeze",
    "i hope the refugees find food soon", "please dont leave the migrants to drown",
    "saying let the refugees starve is cruel", "he said we should let the migrants rot",
    "should we let the refugees starve? of course not",
    # things, plants and animals
    "let the dough rot", "let the tomatoes rot", "leave the plants to die back",
    "let the bread rise", "leave the soup to cool", "i hope the weeds starve",
    "let the leftovers rot in the fridge", "leave the meat to rest",
    "i want the pumpkins to rot", "let the pond freeze",
    # game chat
    "let the creeps die", "leave the tank to die", "let the enemy jungler starve",
    "leave the support to die lol", "let the minions rot", "i hope their carry starves",
    "let the zombies freeze",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit im starving", "fuck it, let the damn dough rot",
    "damn this cold, im freezing my ass off", "leave the fucking dishes to soak",
    "shit, the plants died again", "hell yeah let the bread rise",
)

# fmt: on
