"""The word lists of the gamechat17 targeting rules (issue 8): who is called the bottom
frag, and what may close a clause after "you rat"; kept apart from the rules that read
them (targeting_gamechat17.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words

# "bottom frag" (insult.txt, gamechat17): Valorant's and CS's last place on the
# scoreboard, said of a teammate ("reyna bottom frag again", "you are bottom frag every
# game"); the writer's own ("i am bottom frag, my bad") and a bare report of it ("bottom
# frag but got the plant") blame no one.
BOTTOM_FRAG: Final[frozenset[str]] = frozenset({
    "bottom frag", "bottom fragging", "bottom fragger", "bottom frags",
})  # fmt: skip
# Between the player and "bottom frag": "our jett is still bottom fragging".
FRAG_BRIDGE: Final[frozenset[str]] = frozenset({
    "is", "s", "are", "re", "r", "still", "again", "always", "literally", "keeps", "keep",
    "just", "so", "the", "a", "was", "were", "been", "fucking", "fkn", "somehow", "being",
    "stays", "staying", "only", "every", "game", "round", "and",
})  # fmt: skip
FRAG_REACH: Final = 5
# "you", "u", "ur", "youre", "yall", "ya"
FRAG_READERS: Final[frozenset[str]] = gamechat8_words.READERS
# "their reyna bottom frag": the enemy's last place is no blame of a teammate.
FRAG_THEIRS: Final[frozenset[str]] = frozenset({"their", "enemy", "enemies", "red", "blue"})

# "you rat" (insult.txt, gamechat17) only closing its clause ("stop baiting you rat"):
# "you rat me out", "did you rat on him" use the verb.
YOU_RAT: Final[frozenset[str]] = frozenset({"you rat", "u rat"})
# "ur an inter" (insult.txt, gamechat17) only closing its clause too: "you are an inter
# fan?" names the football club's supporter.
AN_INTER: Final[frozenset[str]] = frozenset({
    "ur an inter", "you are an inter", "youre an inter", "you re an inter",
})  # fmt: skip
# May close the clause after "you rat" or "ur an inter".
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "xd", "smh", "ffs", "omg", "wtf", "bro", "man", "again", "pls", "gg",
    "lmfao", "honestly", "fr", "ngl",
})  # fmt: skip
TAIL_REACH: Final = 3
