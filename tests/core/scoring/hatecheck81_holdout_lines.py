"""The hatecheck81 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "let the immigrants starve", "let the refugees rot", "let the muslims starve",
    "let the jews rot", "let the migrants freeze", "let the arabs starve",
    "just let the immigrants rot", "let all the refugees freeze to death",
    "let the trans people rot", "let those migrants rot",
    "so let the refugees freeze", "let the disabled starve",
    "let every refugee starve", "let the mexicans starve",
    "i hope the jews starve", "i hope the migrants starve to death",
    "i hope the refugees rot", "i hope all the muslims freeze",
    "i want the immigrants to starve", "i wish the refugees would rot",
    "i really hope the immigrants starve", "we hope the refugees starve",
    "i hope the gays rot", "i want the jews to starve to death",
    "leave the refugees to die", "leave the immigrants to starve",
    "leave the migrants to rot", "leave the jews to die",
    "leave the muslims to freeze", "just leave the migrants to drown",
    "leave all the refugees to die in the desert", "leave those muslims to starve",
    "leave the trans people to die", "leave the refugees to suffer",
    "we should leave the immigrants to rot", "leave the women to starve",
    "leave every immigrant to die", "just leave the gypsies to rot",
    "let the blacks starve", "leave the disabled to die",
)

HELD_CLEAN: tuple[str, ...] = (
    "the migrants are starving, please help", "we cant let the immigrants starve",
    "dont let the refugees die in the cold", "thousands starved in the famine",
    "we must not leave the migrants to die", "we will never let the refugees freeze",
    "i hope the migrants dont starve", "the refugees were left to starve in the camp",
    "the government let the migrants starve and nobody noticed",
    "nobody should let the immigrants rot in camps", "i hope the refugees get food soon",
    "please dont leave the refugees to freeze", "saying let the migrants starve is evil",
    "she said we should let the refugees rot", "should we leave the migrants to die? no",
    "let the apples rot", "let the bananas rot", "leave the roses to die back",
    "let the dough rest", "leave the sauce to simmer", "i hope the mice starve",
    "let the compost rot down", "leave the cake to cool", "i want the leaves to rot",
    "let the lake freeze", "let the jungle creeps die", "leave the healer to die",
    "let their mid starve", "leave the carry to die lmao", "let the neutrals rot",
    "i hope the enemy team starves", "let the skeletons freeze",
    "no one deserves to starve, not even migrants", "i hope no refugee ever starves",
    "leaving the refugees to die is a crime", "they let the immigrants rot in detention",
    "it is shameful to let the refugees freeze", "we let the muslims starve in bosnia",
    "let the refugees in", "leave the immigrants alone",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck im so hungry im starving", "shit, let the damn bread rot",
    "damn it is freezing as hell", "leave the bloody laundry to dry",
    "holy crap my plants died", "hell yes let the beer chill",
)

# fmt: on
