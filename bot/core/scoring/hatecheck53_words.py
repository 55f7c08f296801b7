"""Words of the hatecheck53 round (issue 8, targeting_hatecheck53.py): the writer's threat
to a named group made to pay, bleed or regret ("i'll make those immigrants pay") and the
group's body parts broken ("i'm gonna break the necks of those muslims")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
# The outcomes the writer will make a group live through: a word opening the hit
# ("pay", this round's own line, or the older "pay for this", "suffer", "regret coming").
OUTCOMES: Final[frozenset[str]] = frozenset({"pay", "bleed", "regret", "suffer"})
# "pay" is money unless it closes the clause or a debt follows: "make women pay for
# this", "make them pay with their blood"; never "make women pay taxes", "pay for their
# own healthcare".
PAY: Final[str] = "pay"
PAY_DEBTS: Final[frozenset[str]] = frozenset({"for", "with", "in", "dearly"})
PAY_OWED: Final[frozenset[str]] = frozenset({
    "this", "that", "it", "what", "everything", "all", "blood", "their", "existing",
    "being", "dearly",
})
# An outcome spared: "make immigrants regret nothing", "make women bleed less".
NOTHING: Final[frozenset[str]] = frozenset({"nothing", "none", "less", "no"})
# A group named only as the owner of the noun after it: "the backs of the women's team".
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"s"})
# The causative verb right before the group: "make those immigrants pay".
MAKE: Final[frozenset[str]] = frozenset({"make", "makes"})
# Words between the verb and the group: "make every one of those trans people suffer",
# "break the necks of all the muslims".
GAP: Final[frozenset[str]] = frozenset({
    "the", "those", "these", "all", "every", "of", "one", "last", "single", "a", "an", "any",
    "some",
})
GAP_REACH: Final[int] = 5
# The group's body parts (this round's own lines, "necks of"), their article before them
# and the writer's harm verb before that: "i'll crack the skulls of black people".
PARTS: Final[tuple[str, ...]] = (
    "necks", "throats", "skulls", "faces", "heads", "legs", "arms", "jaws", "backs",
    "ribs", "neck", "throat",
)
PART_TERMS: Final[frozenset[str]] = frozenset(f"{part} of" for part in PARTS)
# The parts that anchor only these lines: no typo of them is read ("facs", "heds"), so the
# older typos of "head" stay ("heas").
UNSPELLED: Final[frozenset[str]] = frozenset({"arms", "faces", "heads", "jaws", "ribs", "skulls"})
PART_ARTICLES: Final[frozenset[str]] = frozenset({"the"})
HARM_VERBS: Final[frozenset[str]] = d39.BODY_VERBS | frozenset({
    "break", "smash", "snap", "crush", "crack", "bash", "slit", "slice", "cut", "stomp",
    "burn", "shatter", "bust", "rip", "cave", "kick", "shoot",
})
# This round's lexicon lines (en/threat.txt, under "hatecheck53"), read only in the shapes.
# Its one-word lines anchor no older phrase (lexicon_compile._single_words): "do not pay
# taxes" stays filed under "taxes".
SINGLE_TERMS: Final[frozenset[str]] = frozenset({"pay", "bleed"})
# "regret" only with what is regretted after it, so its older phrases keep their typos
# ("you will reget this"): "make women regret it", "make immigrants regret ever coming".
REGRET_TERMS: Final[frozenset[str]] = frozenset(
    f"regret {what}" for what in ("it", "this", "that", "ever", "everything", "being", "the")
)
OWN_TERMS: Final[frozenset[str]] = PART_TERMS | SINGLE_TERMS | REGRET_TERMS
# fmt: on
