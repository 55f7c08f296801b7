"""Word lists of the discord25 round (targeting_discord25.py): a member called an L
("ur such an L", "bro is an L"), a bare "cope" told in reply ("cope lol", "just cope"),
a chat term explained ("kys means keep yourself safe") and "keep crying" of oneself."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines for a loss made a person (insult.txt, discord25), read only
# with a person's copula before them and nothing but chat tags after: "ur such an L",
# "ur a walking L"; "took an L", "L for me today" are cancelled. Their first words
# already open older lexicon lines: a new opener ("whole", "biggest") changes unrelated
# readings.
L_TERMS: Final[frozenset[str]] = frozenset({
    "an l", "walking l", "huge l", "total l", "absolute l",
})
# Between the copula and the term: intensifiers and articles ("ur literally such an L",
# "ur just a walking L", "ur a huge L").
L_GAP: Final[frozenset[str]] = frozenset({
    "such", "a", "the", "literally", "actually", "honestly", "genuinely", "lowkey", "just",
    "really", "straight", "up", "so", "totally", "fr", "def", "deadass",
})
L_GAP_REACH: Final = 3
# The copula of the reader ("ur", "you're" split "you" "re", "u are", "u r") or of a
# person ("bro is", "he's" split "he" "s", "she is").
READER_COPULAS: Final[frozenset[str]] = frozenset({"ur", "youre", "ure"})
COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "re", "is", "s"})
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
PEOPLE: Final[frozenset[str]] = frozenset({"he", "she", "bro", "blud", "bruh", "dude", "ts"})
# After the term, to the clause's end: chat tags, laughter, a vocative, emoji.
L_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "💀", "😂", "🤣", "bro", "bozo", "kid", "dude", "bruh",
    "fr", "ngl", "tbh", "frfr", "deadass", "honestly", "lowkey", "rn", "here", "ever",
    "huh", "man", "lil", "buddy", "clown", "loser",
})
# "cope" (insult.txt, discord25) counts only as a gloat line's word (discord24's
# LINE_ONLY reading): "cope lol", "just cope", "cope kid"; in a sentence ("how do u cope
# with exams", "i cope by gaming") it is cancelled.
COPE: Final = "cope"
# "cope" alone stays a shrug (the discord probe's friendly chat): a gloat line of at least
# two words ("cope lol", "just cope").
COPE_LINE_MIN: Final = 2
# Beside discord24's gloat-line words, in a line after the opening mentions or a line of
# its own: "ok cope", "okay cope harder".
COPE_OPENERS: Final[frozenset[str]] = frozenset({"ok", "okay", "k", "tbh", "lmaooo"})
# A slang term explained rather than used: the word right after a one-word term.
EXPLAINED: Final[frozenset[str]] = frozenset({"means", "meant", "stands", "meaning"})
# "i just keep crying": the writer's own tears, over at most two adverbs.
KEEP_CRYING: Final = "keep crying"
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "me"})
CRYING_ADVERBS: Final[frozenset[str]] = frozenset({
    "just", "still", "literally", "always", "lowkey", "actually", "cant", "can", "t",
})
