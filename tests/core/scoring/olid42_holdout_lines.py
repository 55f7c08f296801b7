"""The olid42 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the lying news networks hid it", "a lying politician lecturing us again",
    "another lying liberal on the panel", "this lying judge must go",
    "that lying governor blocked the bill", "the lying reps voted it down",
    "these lying democrats never learn", "those lying conservatives lied again",
    "your lying buddies on twitter", "you and your lying colleagues",
    "their lying leader spoke today", "her lying attorney made it up",
    "the lying reporters twisted it", "such a lying fraud", "one more lying politician",
    "a shady lying congresswoman", "the lying accuser has no proof",
    "lying leftists again", "lying republicans everywhere", "lying press as always",
    "lying senators all of them", "Lying democrats will say anything to win",
    "nothing but lies from his lying ass mouth", "close your lying mouth",
    "keep your lying face off twitter", "he is a lying pile of crap",
    "she is a lying bag of trash", "take your lying ass home",
    "a sneaky lying politician", "the old lying senator", "a greedy lying banker",
    "the corrupt lying sheriff", "this lying fake journalist", "the lying crooked officials",
    "that lying little rat of a mayor", "the lying msm never quits",
    "what a sleazy lying mayor", "all these lying politicians", "the lying scumbag senator",
    "the lying establishment media",
)

HELD_CLEAN: tuple[str, ...] = (
    "i found twenty bucks lying around", "the baby is lying in her crib",
    "i was lying on the couch watching tv", "the letter lying on the desk is for you",
    "a woman lying on the sidewalk needed help", "the lying position is best for this stretch",
    "the puppies are lying by the fire", "never leave your bike lying around",
    "the dog spent the night lying at my feet", "the snow lying on the roof is heavy",
    "my glasses were lying under the bed", "people lying in the sun all afternoon",
    "lying never solves anything", "lying to your doctor is a bad idea",
    "lying about money ruins marriages", "the lying detective is a great novel",
    "i hate lying, tell me the truth", "the art of lying in a bluff",
    "no lying at the dinner table", "my lying memory tricked me again lol",
    "i'm the lying one here, my bad", "she called him a lying politician in her speech",
    "stop calling journalists the lying media, they work hard",
    "he is not a lying senator, he misspoke", "is she a lying politician or just confused?",
    "were the papers lying or not?", "\"lying liberals\" is the title of his book",
    "calling everyone the lying press is lazy",
    "the honest senator spoke well", "your kind friends came to help",
    "the lying down yoga pose is relaxing", "no lying politician was caught today",
    "a lying-in period after birth", "the cows are lying down, rain is coming",
    "the lyin' tamer is a cute cat meme", "the leaves lying on the ground are wet",
    "the lying posture helps babies sleep", "there's food lying around the kitchen",
    "the lying king meme made me laugh", "he spent his holiday lying on the beach",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that debate was wild", "fuck yes the bill passed",
    "damn lying on the beach is the best", "what the hell just happened on fox lmao",
    "this shit is so funny", "hell yeah fucking finally",
)
