"""Words of the hatecheck21 round (issue 8, targeting_hatecheck21.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# Harm verbs a hit may hold (any of the entry's tokens): the gate of the conditional
# threat ("if I see a muslim I'll kill them").
HARMS: Final[frozenset[str]] = frozenset({
    "kill", "murder", "shoot", "stab", "beat", "hurt", "burn", "punch", "slap", "hang",
    "drown", "lynch", "strangle", "choke", "smash", "kick", "torch", "rape", "slaughter",
    "gas", "bomb",
})
# Who the harm is done to, right after the verb: the member met before, or their
# belongings ("I'll burn their house down").
PRONOUNS: Final[frozenset[str]] = frozenset({"them", "him", "her", "em", "they", "their", "his"})
# The writer's intent right before the verb: "I'll", "I will", "I'm going to".
WRITER: Final[frozenset[str]] = frozenset({"i", "ill", "im", "we", "imma", "ima"})
INTENT: Final[frozenset[str]] = frozenset({
    "will", "ll", "gonna", "going", "shall", "imma", "ima", "ill", "d", "would",
})
NEGATIONS: Final[frozenset[str]] = frozenset({
    "not", "never", "t", "dont", "wont", "no", "wouldnt", "cant",
})
INTENT_REACH: Final = 5  # tokens back from the verb: "i am really going to"
# The condition that opens the sentence: "if I see a ...", "when a refugee comes ...".
CONDITIONS: Final[frozenset[str]] = frozenset({
    "if", "when", "whenever", "once", "everytime", "anytime",
})
# Before the member met: "a muslim", "any jew", "another refugee", "one of those".
MEMBER_MARKS: Final[frozenset[str]] = frozenset({"a", "an", "any", "another", "one", "some"})
CONDITION_REACH: Final = 12  # tokens back from the verb to the condition
MEMBER_REACH: Final = 5  # tokens from the condition to the member's determiner
# "why are jews allowed to exist?": the existence or life of a group questioned.
ALLOWED: Final[frozenset[str]] = frozenset({"allowed"})
WHY: Final[frozenset[str]] = frozenset({"why", "y"})
ASKING: Final[frozenset[str]] = frozenset({"are", "r", "is", "should", "do", "were"})
ALLOWED_FILLERS: Final[frozenset[str]] = frozenset({
    "even", "still", "ever", "just", "really", "actually", "be", "being", "all", "the",
})
LIVING: Final[frozenset[str]] = frozenset({
    "exist", "live", "breathe", "reproduce", "breed", "procreate", "survive",
})
# Where a group is asked to be allowed: "why are trans people allowed in public?",
# "why are immigrants even allowed here?".
OUT: Final[frozenset[str]] = frozenset({"outside", "here", "near", "around", "among"})
PUBLIC: Final[frozenset[str]] = frozenset({"public", "society", "schools", "our", "this"})
# "why should jews have rights?": hateprobe6's rights word asked of a group.
RIGHTS: Final[frozenset[str]] = frozenset({"rights"})
# What may follow the life word ("why are they allowed to live anymore?"); else the
# clause ends there.
LIVING_ENDS: Final[frozenset[str]] = frozenset({"anymore", "here", "still", "among", "at"})
# A singular member named outright: "a refugee is just a freeloader".
ONE_MARKS: Final[frozenset[str]] = frozenset({"a", "an", "every", "any", "each"})
IS: Final[frozenset[str]] = frozenset({"is", "s"})
CALL_FILLERS: Final[frozenset[str]] = frozenset({
    "just", "basically", "really", "always", "nothing", "but", "more", "than", "only",
    "simply", "literally", "essentially", "still",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Singular members that name a group outside the [identity] cues (hatecheck11's SINGULARS
# read them only after a determiner): a judging word beside them is read by the rules,
# not dropped by the scorer's shortcut ("a refugee is just a freeloader").
ONE_MEMBERS: Final[frozenset[str]] = frozenset({"refugee", "migrant", "foreigner"})
# "in camps" (insult.txt) after a living verb tells how a group lives ("refugees live in
# camps") unless a wish or an order comes before it ("refugees should live in camps").
CAMPS: Final[frozenset[str]] = frozenset({"in camps"})
LIVING_IN: Final[frozenset[str]] = frozenset({
    "live", "lives", "living", "lived", "stay", "stays", "staying", "stayed", "sleep",
    "sleeping", "trapped", "stuck", "suffering", "born", "grew", "raised", "died",
})
WISHED: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "deserve", "deserves", "belong", "ought", "let",
    "make", "gotta", "shall", "better", "want", "wish", "hope", "send", "force", "lets",
})
CAMP_REACH: Final = 8  # tokens back from "in camps"
# "fuck all" (insult.txt, and this round's spellings) counts at a group only right before
# it; elsewhere it says "nothing" ("did fuck all for the jews").
CURSED_ALL: Final[frozenset[str]] = frozenset({"fuck all", "fck all", "fuk all", "fcuk all"})
# Between a curse's pause and its group: "damn, all the jews, everywhere".
THE: Final[frozenset[str]] = frozenset({"all", "the", "those", "these"})
# fmt: on
