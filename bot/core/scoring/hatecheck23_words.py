"""Words of the hatecheck23 round (issue 8, targeting_hatecheck23.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# The harm a threat hit ends on ("will hurt", "dead", "is getting stabbed"): the gate of
# the threat shapes, tested on the hit's last word.
HARM: Final[frozenset[str]] = frozenset({
    "hurt", "dead", "stab", "stabbed", "shoot", "shot", "kill", "killed", "burn", "burned",
    "burnt", "torch", "torched", "beat", "beaten", "punch", "punched", "hang", "hanged",
    "lynch", "lynched", "murder", "murdered", "bomb", "bombed", "slaughter", "slaughtered",
    "strangle", "strangled", "stomp", "stomped", "smash", "bash", "bashed", "gut", "gutted",
    "attack", "attacked", "die", "done", "finished", "killing", "hurting", "beating",
})
# Before a member: who is meant is any or every one of the group ("hurt any refugee",
# "the next jew", "some gay people").
MARKS: Final[frozenset[str]] = frozenset({"any", "every", "each", "next", "some", "all"})
# Marks that name any one member as the subject opening a sentence ("the next jew that
# walks in here is dead", "any immigrant who comes near me will get hurt").
SUBJECT_MARKS: Final[frozenset[str]] = frozenset({"any", "every", "next", "each"})
# Words that may stand before a sentence-opening subject mark ("the next ...", "and any").
SUBJECT_LEADS: Final[frozenset[str]] = frozenset({"the", "and", "so", "honestly", "ok", "tbh"})
# A condition naming one member ("if I meet a muslim tonight they're dead").
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "whenever", "once", "should"})
ONE: Final[frozenset[str]] = frozenset({"a", "an", "one"})
# Between a threat and its object: determiners and particles ("hurt [any] refugee",
# "shoot [the next] immigrant", "beat [up every] muslim").
OBJECT_SKIP: Final[frozenset[str]] = frozenset({
    "the", "any", "every", "each", "next", "some", "all", "of", "up", "down", "out",
    "single", "those", "these", "first",
})
OBJECT_REACH: Final = 5
# Right before a threat said of its subject's future: "(is) dead", "will get hurt",
# "is getting stabbed", "they're done".
FUTURE: Final[frozenset[str]] = frozenset({
    "is", "s", "re", "are", "be", "will", "ll", "get", "gets", "getting", "gonna", "dead",
    "going",
})
# The writer: a threat promised or a condition met by the writer.
WRITER: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "id", "ive", "we", "me", "us", "imma", "ima", "lets", "our", "my",
})
# A threat denied ("I'd never hurt a refugee") or reported ("he said he'd hurt ...").
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nobody", "noone", "nothing", "dont", "wont", "wouldnt", "cant",
    "t",
})
REPORTING: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "wrote", "writes", "write", "writing", "posted", "posts",
    "threatened", "threatens", "claims", "claimed", "told", "tweeted", "reported", "quote",
    "yelled", "shouted", "screamed",
})
THREAT_REACH: Final = 12  # tokens back from the harm to its sentence's start
# A virtue denied to every member ("not a single refugee is honest"): between the member
# and the virtue.
PRAISE_FILLERS: Final[frozenset[str]] = frozenset({
    "is", "s", "was", "ever", "really", "truly", "actually", "even", "been", "has", "can",
    "be", "will", "remotely", "at", "all", "fully",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was", "be", "been"})
PRAISE_REACH: Final = 4
NO: Final[frozenset[str]] = frozenset({"no"})
NOT: Final[frozenset[str]] = frozenset({"not"})
SINGLE: Final[frozenset[str]] = frozenset({"single", "one"})
NOT_ONE_REACH: Final = 8  # tokens back from an insult to "not a single" opening its sentence
# Trust denied through a pronoun for a group named before ("Refugees moved in. I'd never
# trust them."): hatecheck9's term, "them" right after it.
TRUST: Final[frozenset[str]] = frozenset({"never trust"})
THEM: Final[frozenset[str]] = frozenset({"them", "em", "dem"})
# A group sent away through a pronoun, the group named in an earlier sentence: the
# lexicon terms (identity_attack.txt). Not insult.txt's "send them back": run-on posts
# send a group back with no stop before it, and its older readings stay.
SENT_OFF: Final[frozenset[str]] = frozenset({
    "want them out", "want them all out",
    "deport them", "deport them all",
})
# Words that may open the sentence before the term: the writer, "just", "so".
SENT_LEADS: Final[frozenset[str]] = frozenset({
    "i", "we", "just", "so", "really", "honestly", "and", "id", "d", "would", "all",
    "only", "simply", "tbh", "ngl", "literally", "seriously", "please", "pls",
    # hatecheck32: the writer's modal, "We should deport them all", "we need to deport them"
    "should", "need", "to", "must", "have", "gotta", "ought", "let", "s", "lets",
})
# A group told to leave ("muslims should leave"): the lexicon terms, each with its modal.
LEAVE: Final[frozenset[str]] = frozenset({
    "should leave", "should all leave", "should just leave", "must leave",
})
# Worth denied to every member ("not one refugee is worth anything"): the lexicon term.
WORTH: Final[frozenset[str]] = frozenset({"worth anything"})
# Every term the round's rules read first (probe4_aim), one gate.
OWN_TERMS: Final[frozenset[str]] = SENT_OFF | LEAVE | WORTH
# fmt: on
