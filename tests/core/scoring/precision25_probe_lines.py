"""The precision25 probe (issue 8): lines in the round's shape (a slur the writer calls
themselves, in frames older rounds read as aimed at the group: "i am such a retard", "i
feel like a retard today", "i looked like a faggot in that hat", "being a retard i
forgot my keys again") and the hostile lines in the same words that must stay caught
(the same slurs for the reader, a third person or the group, the writer's frame denied
or turned on the reader). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the same slurs for the reader or a third person
    "you are such a retard", "ur such a retard lol", "you look like a faggot",
    "you sound like a retard on voice chat", "he is such a retard", "she looks like a dyke",
    "that kid is a fucking retard", "my brother is such a faggot", "your friend is a retard",
    "being a retard you wouldn't get it", "being a faggot, he cried again",
    "shut up retard", "stop acting like a retard", "you act like a faggot every day",
    # the writer's frame denied or turned on the reader
    "i am not the retard here, you are", "i'm not a faggot like you",
    "unlike you i am not a retard", "i feel like you're a retard",
    "i am sure he is a retard", "i swear this guy is a faggot",
    "i was a retard to trust a faggot like you", "i look at you and see a retard",
    "i am done with that faggot", "i am talking to a retard right now",
    "i feel sorry for the retard who raised you",
    # the group
    "all gays are faggots", "dykes should not be teachers", "being a faggot is a sin",
    "being a dyke is disgusting", "i'd rather die than be a faggot",
    "i hate every dyke in this town", "i am so tired of retards", "i am surrounded by retards",
    "faggots like you ruin everything", "every retard in this server should leave",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's slur for themselves
    "i am such a retard", "im such a retard lol", "i'm such a faggot for crying at that movie",
    "i feel like a retard today", "i felt like such a retard in class",
    "i looked like a faggot in that hat", "i look like a dyke with this haircut lol",
    "i sound like a retard on voice chat", "i really am a retard",
    "im a fucking retard, i left the oven on", "being a retard i forgot my keys again",
    "being the retard i am i locked myself out", "i was such a retard in high school",
    "i'm a total retard with money", "i feel like a dyke in these boots and i love it",
    "im such a dyke for her lol", "i literally look like a faggot in this jacket",
    "i was acting like a retard last night sorry guys", "i am the biggest retard alive",
    "i feel like such a faggot singing this song", "i m such a retard i missed the bus",
    "honestly i am a dumb retard sometimes", "i sounded like a retard in that interview",
    "i am lowkey a retard at maths",
    # the same words reported, asked, quoted, denied
    "he called me a retard and i laughed", "nobody should say faggot", "is retard a slur?",
    "the word dyke was reclaimed", "stop using retard as an insult",
    "she said i looked like a dyke, rude", "you're not a retard for asking",
    "my teacher called me a faggot in 2005",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this is awesome", "fuck yeah we won", "damn that was close",
    "this song is fucking amazing", "shit i forgot my keys lol", "hell yes pizza night",
)
