"""Where the index files a term: under one word (its anchor), or under a word pair when
every word of it is an everyday one ("i will find you"), so that a message with just
"will" in it stays on the fast path. Read by lexicon_compile and, for a server's own
terms, lexicon_shared.
"""

from __future__ import annotations

from collections.abc import Container

from bot.core.scoring.lexicon import COMMONEST, anchor


def place(
    tokens: tuple[str, ...], common: frozenset[str], single_words: Container[str]
) -> tuple[str | tuple[str, str], int]:
    """The index key of a term (a word, or a word pair) and the key's offset in the term.

    A phrase of only everyday words ("i will find you") is keyed on a word pair, so
    a message with just "will" in it stays on the fast path.
    """
    if len(tokens) > 1 and common.issuperset(tokens):
        position = _pair(tokens)
        return (tokens[position], tokens[position + 1]), position
    position = anchor(tokens, common, single_words)
    return tokens[position], position


def _pair(tokens: tuple[str, ...]) -> int:
    """Start of the word pair least likely in ordinary text.

    The pair with fewest of the very commonest words ("you are" is in a tenth of all
    tweets, "a joke" is not), then the longest.
    """
    return max(
        range(len(tokens) - 1),
        key=lambda i: (
            -(tokens[i] in COMMONEST) - (tokens[i + 1] in COMMONEST),
            len(tokens[i]) + len(tokens[i + 1]),
        ),
    )
