"""Words of the precision28 round (issue 8, targeting_precision28.py): a threat to the
reader that someone else will carry out, said as a warning or in jest ("she's gonna kill
you when she finds out", "your dad is going to murder you", "they will dox you if you
post that", "their jungler is gonna destroy you")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Threat terms with these words keep their reading whoever the doer is: harm on "your
# ass" is aimed at the reader (formspring2's "she gonna whoop yo ass tomorrow").
ASS_WORDS: Final[frozenset[str]] = frozenset({"ass", "arse", "butt", "azz", "booty"})
# The words between the doer and the threat: auxiliaries, "going to" and a few adverbs
# ("she's [gonna]", "your mom [is going to]", "he [will probably]", "they['ll]").
AUXILIARIES: Final[frozenset[str]] = frozenset({
    "will", "ll", "would", "d", "gonna", "gon", "finna", "going", "goin", "to", "is", "s",
    "are", "re", "be", "can", "could", "might", "may", "definitely", "probably",
    "prob", "prolly", "literally", "actually", "really", "totally", "so", "just", "def",
    "surely", "absolutely", "also", "legit",
})
# At least one of these must stand in that run or open the hit: the doer's future act,
# a prediction, not a present report or a wish ("he will", "she's gonna", "they'd").
FUTURE: Final[frozenset[str]] = frozenset({
    "will", "ll", "would", "d", "gonna", "gon", "finna", "going", "goin", "can", "could",
    "might", "may",
})
AUX_REACH: Final = 5  # auxiliaries and adverbs read back from the threat
# The third persons who may be the doer: a pronoun, or any noun that is not one of the
# words below (the writer, the writer's side, an ominous someone, people at large).
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "that", "this"})
NOT_DOERS: Final[frozenset[str]] = frozenset({
    # the writer and the writer's side ("i'll", "we will", "me and the boys will")
    "i", "me", "we", "us", "im", "ima", "imma", "ill", "id", "ive", "myself", "ourselves",
    "mine", "ours",
    # the reader ("you will regret it")
    "you", "u", "ya", "yall", "ye", "ur", "youre", "yourself", "yourselves",
    # an ominous someone or people at large ("someone is going to kill you", "people will
    # hunt you down", "black people will hurt you")
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "noone",
    "one", "people", "ppl", "peeps", "folks", "persons", "others", "all", "who", "whoever",
    "which", "what",
    # not a subject at all ("not", "gotta", "should" stop the run: a negation or a wish)
    "not", "never", "and", "or", "but", "if", "when", "then", "let", "lets",
})
# A determiner of the doer's noun that makes it the writer's own people ("my boys will",
# "our guys are gonna"): a threat by proxy, still the writer's.
OWN: Final[frozenset[str]] = frozenset({"my", "our", "me", "mah", "ma", "mi"})
# Words in the threat's sentence that make it the writer's threat or wish ("i swear he
# and i will", "i hope they will hunt you down", "hopefully they'll hunt you down",
# "someone should beat you up"); read from the sentence's start to a few words after
# the threat.
WRITER_OR_WISH: Final[frozenset[str]] = frozenset({
    "i", "me", "we", "us", "im", "ima", "imma", "ill", "id", "ive", "myself", "ourselves",
    "my", "our",
    "hope", "hopefully", "hoping", "wish", "pray", "praying", "inshallah", "deserve",
    "deserves", "should", "shall", "ought", "must", "need", "needs", "gotta", "better",
    "let", "lets",
})
AFTER_REACH: Final = 8  # words after the threat read for the writer joining in
SENTENCE_REACH: Final = 16
# The cue list whose words name an identity group: a group said to be a danger to the
# reader ("immigrants are going to hurt you", "black guys will beat you up") is an
# identity attack.
GROUP_CUES: Final[tuple[str, ...]] = ("identity", "group_named")
