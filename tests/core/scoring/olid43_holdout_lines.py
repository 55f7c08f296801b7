"""The olid43 held-back lines (issue 8): other wordings of the round's shape, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER your feeble mind can't follow a simple argument",
    "@USER such a tiny brain you have", "@USER you have a puny mind",
    "@USER what a pea brain you have", "@USER your small brain is the problem",
    "@USER u have a tiny brain", "@USER you're so small minded",
    "@USER listen you small minded bigot", "@USER your little brain must hurt",
    "@USER your weak mind believes anything", "@USER use that pea brain of yours for once",
    "@USER your simple mind can't grasp it", "@USER with that tiny brain of yours",
    "@USER you have the feeble mind of a child",
    "@USER his tiny brain can't handle criticism", "@USER her feeble mind is showing",
    "@USER he has a pea brain", "@USER she has a tiny brain",
    "@USER what a small mind she has", "@USER he's so small minded",
    "@USER that small minded man is a disgrace", "@USER his weak mind got played again",
    "@USER her puny brain can't keep up", "@USER pelosi's feeble mind is gone",
    "@USER the governor has a pea brain", "@USER such a tiny brain he has",
    "@USER this man's small mind is the issue",
    "@USER their feeble minds can't handle it", "@USER liberals have tiny brains",
    "@USER republicans and their pea brains", "@USER these small minded people",
    "@USER democrats have such feeble minds", "@USER the left with their tiny brains",
    "@USER small minded conservatives again", "@USER trump supporters have puny brains",
    "@USER those feeble minded leftists", "@USER their weak minds are easily led",
    "@USER antifa and their tiny brains", "@USER maga and their small minds",
    "@USER you and your pea brain",
)

HELD_CLEAN: tuple[str, ...] = (
    "my feeble mind can't remember names", "@USER my tiny brain can't do taxes",
    "i have a pea brain today, too tired", "sorry my small mind missed the joke",
    "@USER my little brain needs a nap", "we're all so small minded before coffee",
    "my weak mind gave in to the cake",
    "ants have tiny brains yet build cities", "the stegosaurus had a tiny brain",
    "a hummingbird has a pea sized brain", "the little brain controls balance",
    "our dog has a tiny brain but a big heart", "a small brain bleed was found on the scan",
    "a goldfish has a tiny brain",
    "a weak mind can be trained like a muscle", "great minds discuss ideas, small minds people",
    "the old tale of a feeble mind and a clever fox",
    "don't listen to small minded critics of your art",
    "reading strengthens a weak mind", "never let a small mind tell you your dreams are too big",
    "@USER you don't have a tiny brain, it's a hard problem",
    "@USER she is not small minded at all", "@USER is my brain tiny or is this hard?",
    "@USER was i being small minded?", "@USER he claimed she had a feeble mind, which is false",
    "@USER mocking someone's tiny brain is cruel", "@USER no one has a pea brain here",
    "@USER your mind isn't weak, you're tired",
    "@USER you have a wonderful mind", "@USER her big brain figured it out",
    "@USER what a creative mind he has", "@USER such a bright mind you have",
    "@USER his brilliant mind will be missed", "@USER your brain is amazing",
    "@USER great minds think alike", "@USER open your mind to new music",
    "@USER never mind the weather", "@USER small brain moment on my part lol",
    "@USER mind the gap", "@USER a tiny brain teaser for you",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck my brain is fried after this shift", "damn my mind is blown",
    "holy shit this game broke my tiny brain", "shit i lost my mind at that ending",
    "hell no my brain can't handle mondays", "fucking hell what a day, mind is mush",
)
