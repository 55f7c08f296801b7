"""Word lists of the gamechat61 round (targeting_gamechat61.py): a player named by hero or
role in a short line of its own and called a kid right beside it ("pudge kid", "sf is
kid", "this pa so kid", "kid pudge", "gg kid sf"). The player's words, leads and tails
are gamechat60's; the links between player and "kid" are gamechat58's."""

from __future__ import annotations

from typing import Final

# The lexicon's kid name-calls this round reads beside a player (gamechat55's one-word
# child lines): faint alone, a child is often just a child ("my kid loves pudge").
KID_TERMS: Final[frozenset[tuple[str, ...]]] = frozenset({("kid",), ("kiddo",)})
# Heroes named by a size word: right before "kid" the word is the child's size ("lol tiny
# kid"), the hero only after a side ("our tiny kid").
SIZED: Final[frozenset[str]] = frozenset({"tiny"})
