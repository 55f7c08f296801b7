"""Shape words of the review12 fixes (issue 8, targeting_review12.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off

# --- a reported claim or intent endorsed by the writer ("... and he's right") ---
# Token runs after the claim that take it up as the writer's own. Contractions split:
# "he's right" is ("he", "s", "right"); "he's not right" matches none.
ENDORSING: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("s", "right"), ("is", "right"), ("re", "right"), ("are", "right"), ("was", "right"),
    ("were", "right"), ("s", "correct"), ("is", "correct"), ("re", "correct"),
    ("are", "correct"), ("s", "not", "wrong"), ("is", "not", "wrong"),
    ("re", "not", "wrong"), ("isn", "t", "wrong"), ("aren", "t", "wrong"),
    ("i", "agree"), ("totally", "agree"), ("fully", "agree"), ("i", "agreed"),
    ("i", "do", "too"),
    ("it", "s", "true"), ("which", "is", "true"), ("and", "it", "s", "true"),
})
# Runs that endorse only when they close the sentence: "and they are" / "and he should"
# / "so do i" (never "and he should be arrested", "and they are wrong", "so do i think
# ...?").
ENDORSING_LAST: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("and", "they", "are"), ("and", "he", "should"), ("and", "she", "should"),
    ("and", "they", "should"), ("and", "they", "do"), ("so", "do", "i"), ("me", "too"),
    ("same", "here"),
})
# A message needs one of these before the endorsement is looked for at all.
ENDORSING_WORDS: Final[frozenset[str]] = frozenset(
    {word for run in ENDORSING | ENDORSING_LAST for word in run[-1:]}
)
ENDORSE_REACH: Final = 14  # tokens after the claim's hit ("... and honestly he's right")
GROUP_AFTER: Final = 4  # a group just after an intent's threat ("kill all the immigrants")

# --- a death or a name-call inside a story ("i hope he dies in the next episode") ---
FICTION: Final[frozenset[str]] = frozenset({
    "episode", "episodes", "ep", "finale", "season", "movie", "movies", "film", "films",
    "show", "series", "sequel", "prequel", "book", "books", "novel", "anime", "manga",
    "cartoon", "sitcom", "chapter", "comic", "comics", "spinoff", "remake", "trailer",
})
# The words that open the story's place after the hit: "dies in the finale".
FICTION_OPENERS: Final[frozenset[str]] = frozenset({"in", "at", "by", "before", "during"})
FICTION_REACH: Final = 5  # tokens after the opener ("in the next season finale")
# The last word of a death a story gives its characters ("should die", "drops dead").
STORY_DEATHS: Final[frozenset[str]] = frozenset({
    "die", "dies", "died", "drown", "drowns", "rot", "rots", "choke", "chokes", "suffer",
    "suffers", "perish", "perishes", "burn", "burns", "dead",
})
