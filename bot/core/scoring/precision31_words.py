"""Words of the precision31 round (issue 8, targeting_precision31.py): vulgar words aimed
at nobody. The writer's own name-call with "that" or after a plan ("i'm that asshole who
always parks badly", "i hate to be that bitch but", "i'll go and be an asshole and troll
everyone"), and a generic "you"'s body part in an act on it ("cutting off your dick to
stop crime is pointless", "wear a cup or you'll hurt your dick")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The determiners between a copula and the name-call ("be [that] asshole", "being [such
# a] dick", "i'm [the] idiot who").
DETERMINERS: Final[frozenset[str]] = frozenset({"that", "the", "a", "an", "such"})
DETERMINER_REACH: Final[int] = 2
# A copula whose subject is the writer by itself: "i'm" (split "i", "m"), "i am", "im".
FIRST_PERSON_BE: Final[frozenset[str]] = frozenset({"m", "am"})
FUSED_FIRST_PERSON_BE: Final[frozenset[str]] = frozenset({"im"})
I_WORDS: Final[frozenset[str]] = frozenset({"i"})
# A copula whose subject is read back over a plan ("i hate to [be]", "i'll go and [be]",
# "i [was] being"); "is", "are", "'s", "'re" have a third person or the reader.
OPEN_BE: Final[frozenset[str]] = frozenset({"be", "being", "was", "were", "been"})
# The words read back from that copula to its subject: auxiliaries, "to", the writer's
# plan or regret ("hate to", "sorry for", "go and", "go see it and just").
PLAN_WORDS: Final[frozenset[str]] = frozenset({
    "m", "am", "was", "were", "been", "be", "being", "ll", "will", "would", "d", "gonna",
    "gon", "going", "to", "wanna", "want", "hate", "sorry", "for", "gotta", "have", "ve",
    "just", "really", "always", "probably", "prob", "also", "and", "go", "come", "see",
    "watch", "it", "there", "then", "might", "could", "can", "totally", "literally",
})
PLAN_REACH: Final[int] = 9
# The writer as the subject the plan leads back to ("[i] hate to be", "[we] were being").
WRITER: Final[frozenset[str]] = frozenset({"i", "im", "ill", "id", "ive", "we"})
# An apology opening the sentence has the writer as its subject: "sorry for being that
# asshole", "sorry to be that bitch".
APOLOGY: Final[frozenset[str]] = frozenset({"sorry", "soz", "sry"})
# A possessive after the name-call names someone else: "i'll be that asshole['s] worst
# nightmare".
POSSESSIVE_TAIL: Final[frozenset[str]] = frozenset({"s"})
# A name-call that is also a verb, after "and" in the writer's own plan: "be an asshole
# and [troll] everyone", "be a dick and [bitch] about it" ("bully" is harassment).
VERBAL_CALLS: Final[frozenset[str]] = frozenset({"troll", "bitch", "trolling", "bitching"})
AND: Final[frozenset[str]] = frozenset({"and"})

# Whose a body part is in an act on it: a generic "you"'s, or "their" misspelt.
GENERIC_OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "yer", "there"})
# Particles between the act and the owner: "cutting [off] your dick".
PARTICLES: Final[frozenset[str]] = frozenset({"off", "up", "in", "into", "on", "out"})
PARTICLE_REACH: Final[int] = 1
# Acts done to a body part: hurting, cutting, handling it ("hurt your dick", "cutting
# off your dick", "grab there pussy", "tucking your dick").
BODY_ACTS: Final[frozenset[str]] = frozenset({
    "cut", "cuts", "cutting", "chop", "chops", "chopping", "hurt", "hurts", "hurting",
    "injure", "injures", "injuring", "break", "breaks", "breaking", "burn", "burns",
    "burning", "freeze", "freezing", "shave", "shaves", "shaving", "wash", "washes",
    "washing", "stick", "sticks", "sticking", "catch", "catches", "catching", "tuck",
    "tucks", "tucking", "grab", "grabs", "grabbing", "slam", "slams", "slamming",
    "pierce", "piercing", "sprain", "bruise", "bruising", "trap", "trapping", "pinch",
    "pinching", "squash", "crush", "crushing",
})
# Words before the act that make it the writer's act, a call or a wish ("[i'll] cut off
# your dick", "[let] me grab your pussy", "someone [should] cut off your dick"). An act
# opening its sentence as an order ("cut off your dick") is read as one too.
WRITER_OR_WISH: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "id", "ive", "ima", "imma", "me", "my", "mine", "myself", "we", "us",
    "our", "let", "lets", "should", "shall", "hope", "hopefully", "wish", "deserve",
    "deserves", "ought", "must", "need", "needs", "gotta", "better",
})
# Words that may open an order before its act: "go stick your dick in a blender".
ORDER_OPENERS: Final[frozenset[str]] = frozenset({"go", "just", "and", "now", "pls", "please"})
ORDER_REACH: Final[int] = 2
GERUND_END: Final[str] = "ing"
