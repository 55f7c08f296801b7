"""The discord22 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # looks mocked
    "ur ugly asf bro 💀", "u so ugly lol", "no one wants to see that face",
    "ur face is actually ugly", "u look like a thumb lmao", "ur hideous fr",
    "ur face makes me sick", "fix ur hairline bro", "ur uglier than my dog",
    "ew ur so ugly", "u look like a goblin 💀",
    # a member told nobody likes them
    "everyone in here hates u", "we all laugh at u behind ur back", "nobody in vc likes u",
    "honestly everyone hates you", "no one here even likes u", "we all think ur a loser",
    "everybody in the gc hates u lol", "the whole gc talks about u", "nobody likes u bro",
    "everyone finds u annoying",
    # dogpiling
    "everyone spam her", "lets all report him lmao", "everybody report her acc",
    "lets mass report her", "yall flood his dms", "everyone ratio her",
    "lets all roast him in general", "everyone block him",
    # doxxing threats
    "i know what school u go to", "gonna leak ur nudes", "i know ur address",
    "ill post ur address in general", "i got ur ip btw", "gonna leak ur face",
    "i know ur real name and ur school", "ill send ur pics to ur mom",
    "i know where u live lol", "i'll dox u",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im ugly af in this pic 💀", "nobody likes me fr", "i look like a goblin when i wake up",
    "everyone hates me at school lol", "my hairline is running away lmao",
    # a show, a game character or a thing
    "that outfit is so ugly", "the new mount is hideous", "everyone hates the new update",
    "nobody likes that map", "the main character in that anime is ugly af",
    "everyone hates that boss lmao", "we all hate homework",
    "the goblin in that game looks so ugly",
    # support and kind words
    "no one hates u, we love u", "everyone in here loves u", "ur not ugly, ur pretty",
    "nobody thinks ur a loser", "we all got u bro", "ur face is cute dont listen to them",
    # reports and asking for help
    "someone said they know my address, mods pls help", "a kid said he'd leak my pics",
    "he told everyone to spam me, pls ban", "someone said everyone hates me, it hurt",
    # game talk
    "everyone report the glitch", "lets all report the cheater to the devs",
    "everyone spam heals on the tank", "i know ur address is on the form, check it",
    "gonna leak the new skin lol", "lets all hop in vc", "everyone ratio the dev tweet",
    "i know where u can farm gold", "gonna post my pics from the con",
    "lets mass report the spam bot", "everybody block the scam links",
    # banter marked friendly
    "ur so ugly lmao jk ily", "we all hate u jk u know we love u",
    "u look like a goblin ily tho", "nobody likes u... except all of us lol",
    "ur face is ugly but we love u anyway",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that skin is ugly", "fuck yes we won the scrim", "damn the new map is huge",
    "shit i forgot my pass", "what the hell was that ult lol", "hell yeah double xp",
    "fucking finally the update dropped",
)
