"""Words of the forum35 round (issue 8, targeting_forum35.py): people named by a
contempt label called to be executed in a forum post ("those filthy traitors must
hang", "the pedos should be shot", "lynch the traitors", "death to the traitors", "find
the guilty bastards and hang them")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Contempt labels for people (en/insult.txt terms): the shape's target. Labels of the
# capital-punishment debate ("murderers", "rapists", "terrorists") are left out: "murderers
# should be executed" is an opinion on the law, not a call against people named in scorn.
HUMAN_LABELS: Final[frozenset[str]] = frozenset({
    "traitor", "traitors", "pedo", "pedos", "pedophile", "pedophiles", "scumbag",
    "scumbags", "scum", "bastard", "bastards", "degenerate", "degenerates", "savage",
    "savages", "filth", "commie", "crooks", "thugs", "invaders",
})
# Beast labels also name real animals ("the rats in the basement need to be poisoned",
# "that rabid dog needs to be shot"): read only with an execution word for people.
BEAST_LABELS: Final[frozenset[str]] = frozenset({
    "rat", "rats", "animal", "animals", "vermin", "parasite", "parasites", "cockroaches",
    "pigs", "swine",
})
LABELS: Final[frozenset[str]] = HUMAN_LABELS | BEAST_LABELS
# Labels that name one person ("that lying bastard"): said of a third person, the rest
# of a group.
SINGULAR: Final[frozenset[str]] = frozenset({
    "traitor", "pedo", "pedophile", "scumbag", "bastard", "degenerate", "savage", "commie",
    "rat", "animal", "parasite",
})
# Execution words used of people only ("hang", "lynched", "beheaded"), and those that
# also kill animals or fire at targets ("shot", "gassed"), read with a human label only.
FOR_PEOPLE: Final[frozenset[str]] = frozenset({
    "hang", "hanged", "hung", "hanging", "lynch", "lynched", "lynching", "execute",
    "executed", "behead", "beheaded", "guillotine", "guillotined", "impale", "impaled",
    "impaling",
})
FOR_ANY: Final[frozenset[str]] = frozenset({"shoot", "shot", "gas", "gassed"})
EXECUTIONS: Final[frozenset[str]] = FOR_PEOPLE | FOR_ANY
# An order to execute, the plain verb for people only: "shoot the bastards on b site" is
# match chat, "we hung the bastards' picture" is told, not ordered.
ORDERS: Final[frozenset[str]] = frozenset({
    "hang", "lynch", "execute", "behead", "guillotine", "impale",
})
# Words after "hang"/"hung" that make it spending time or putting up a thing ("hang
# out with the bastards", "the bastards hung up on me", "hang on").
HANG_PARTICLES: Final[frozenset[str]] = frozenset({
    "out", "up", "on", "around", "with", "about", "over", "onto", "in", "tight", "loose",
})
HANGS: Final[frozenset[str]] = frozenset({"hang", "hung", "hanging"})
# The subject's call: a modal run between the label and the execution word ("must",
# "should all", "need to be", "deserve to be", "needs" before a gerund), at least one
# modal among it; a negation stops the run ("must not hang").
MODALS: Final[frozenset[str]] = frozenset({
    "must", "should", "shall", "need", "needs", "ought", "deserve", "deserves", "gotta",
})
MODAL_RUN: Final[frozenset[str]] = MODALS | frozenset({
    "to", "be", "all", "get", "just", "really", "immediately", "publicly", "simply",
    "definitely", "each", "every", "one", "of", "them", "have", "has",
})
MODAL_REACH: Final[int] = 5
# A short place or body after the label before its modal ("the traitors in washington
# must hang", "the filth in the senate needs hanging").
PLACE_OPENERS: Final[frozenset[str]] = frozenset({"in", "at", "from", "inside", "within"})
PLACE_REACH: Final[int] = 4  # "in the fbi", "in the mainstream media"
# The order's object: determiners and quantifiers before the label ("hang every last one
# of these bastards"), and at most one word more right before it ("the filthy traitors").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "every", "each", "any", "last", "one", "of", "single",
    "them", "a", "this", "that",
})
DETERMINER_REACH: Final[int] = 5
# Words that may open the order's clause before the execution word ("publicly hang the
# scumbags", "let's lynch the traitors", "we should hang the traitors").
ORDER_OPENERS: Final[frozenset[str]] = frozenset({
    "just", "publicly", "simply", "please", "now", "so", "then", "and", "honestly",
    "frankly", "let", "s", "us", "we", "should", "must", "gotta", "need", "to", "lol",
})
ORDER_REACH: Final[int] = 3
# A call by a noun of death before "to"/"for" and the label ("death to the traitors",
# "death penalty for all pedos", "a noose for every traitor", "public hangings for").
DEATHS: Final[frozenset[str]] = frozenset({
    "death", "penalty", "squad", "rope", "noose", "nooses", "gallows", "hangings",
    "hanging", "guillotine", "executions", "execution",
})
DEATH_RUN: Final[frozenset[str]] = DEATHS | frozenset({"a", "the", "public", "firing"})
DEATH_LINKS: Final[frozenset[str]] = frozenset({"to", "for"})
DEATH_REACH: Final[int] = 3
# The words that end the walk back over the order's object: one word more (an adjective,
# "the filthy traitors") is read past anything else.
ORDER_OR_LINK: Final[frozenset[str]] = ORDERS | DEATH_LINKS
# The label first, then an order to hang "them" ("find the guilty bastards and hang
# them", "these animals, hang them all"): the order after a pause or "and"/"then".
THEM: Final[frozenset[str]] = frozenset({"them", "him", "her", "em"})
ORDER_LINKS: Final[frozenset[str]] = frozenset({"and", "then"})
THEN_REACH: Final[int] = 10  # "the traitor son of a bitches off the bench and hang them"
# fmt: on
