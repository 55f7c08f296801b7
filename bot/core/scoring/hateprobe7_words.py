"""A group kept from children or put in charge of ruin, as lexicon words (issue 8,
hateprobe7).

"I'd never let one of those immigrants near my kids", "keep muslims away from our
children", "putting women in charge is a recipe for disaster", "con i rom al comando il
paese va a rotoli": implicit derogation with no insult word in it. The `kids7` and
`charge7` cues list the anchor words; each becomes a lexicon entry of its own that
targeting_hateprobe7.py counts only in its shape with a named group, so "keep the dog
away from my kids" and "women in charge of the project" stay clean. Like the hateprobe6
words they are group-only: a message that names no group drops them before any rule
reads them.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Set
from typing import Final

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_sections import PROBE7_CUES
from bot.core.scoring.verdict import Category

__all__ = ["PROBE7_WEIGHT", "add_probe7_words", "probe7_group_only"]

PROBE7_WEIGHT: Final = 0.58  # as hateprobe6's exclusion: a shade over a claim about a group

# The shapes' own words (targeting_hateprobe7.py), English and Italian together: a
# possessive before the children, the word that puts them near or away, a refusal.
# fmt: off
POSSESSIVES: Final = frozenset({
    "my", "our", "miei", "mie", "mio", "mia", "nostri", "nostre", "nostro", "nostra",
    "your", "ur",  # hatecheck15: "don't let a trans person near your kids"
})
NEAR: Final = frozenset({
    "near", "around", "from", "to", "with", "ai", "dai", "alle", "dalle", "agli", "dagli",
    "al", "dal", "alla", "dalla", "coi", "con", "vicino", "accanto",
})
AWAY: Final = frozenset({"away", "lontano", "lontani", "lontane", "lontana", "fuori"})
REFUSING: Final = frozenset({
    "never", "not", "dont", "don", "wouldnt", "wouldn", "wont", "won", "mai", "non",
    "shouldnt", "shouldn",
})
LETTING: Final = frozenset({
    "let", "allow", "want", "trust", "leave", "lascerei", "lascio", "lasciare",
    "lascero", "voglio", "vorrei", "permetterei", "permetto", "farei", "fidare", "affiderei",
})
KEEPING: Final = frozenset({
    "keep", "keeping", "tenete", "tenere", "teniamo", "tieni", "stay", "state", "stare",
})
# Words that turn the refusal into its opposite: "I don't mind gay people near my kids".
UNREFUSED: Final = frozenset({
    "mind", "problem", "problems", "issue", "fine", "ok", "okay", "happy", "problema",
    "problemi", "felice", "contento", "contenta",
})
# "in charge", "al comando": the word before the charge word.
INTO: Final = frozenset({"in", "al", "at", "into"})
RUIN: Final = frozenset({
    "disaster", "disasters", "disastrous", "ruin", "ruins", "ruined", "collapse",
    "catastrophe", "doom", "doomed", "chaos", "hell", "rotoli", "rovina", "disastro",
    "catastrofe", "sfacelo", "caos", "crollo", "fallimento", "rovinati", "finiti", "finita",
    "finito",
})
# "in charge of disaster relief": the ruin word is the charge's object; "saved it from
# collapse": averted.
OF: Final = frozenset({"of", "di", "del", "della", "dei", "delle", "degli"})
AVERTED: Final = frozenset({
    "from", "avoid", "avoided", "prevent", "prevented", "saved", "save", "stop", "stopped",
    "evitato", "evitare", "salvato", "salvare", "impedito", "dal", "dalla",
})
NO: Final = frozenset({"no", "nessun", "nessuna", "senza", "without"})
# fmt: on


def add_probe7_words(
    cue_words: Mapping[str, Set[str]], entries: MutableMapping[tuple[str, ...], Entry]
) -> None:
    """An entry for each of this round's cue words the lexicon does not hold as a word,
    added to `entries`. Unlike hateprobe5's and hateprobe6's words they are not handed to
    the other rules as unknown words: they are group-only, judging no one alone."""
    for name in PROBE7_CUES:
        for word in sorted(cue_words.get(name, ())):
            entry = Entry(word, (word,), Category.EXCLUSION, PROBE7_WEIGHT, None, True)
            entries.setdefault((word,), entry)


# The anger phrases of this round (en/insult.txt) and their last words: anger is hatred
# only of a named group ("immigrants make me angry"); said to the reader or of nobody
# ("you make me angry", "no; makes me angry") it is a feeling, not an attack.
ANGER_GROUP_ONLY: Final = frozenset(
    {"angry", "angrier", "makes me angry", "make me angry", "makes me angrier than"}
)


def probe7_group_only(cue_words: Mapping[str, Set[str]]) -> frozenset[str]:
    """This round's words and anger phrases: dropped by the scorer in a message that
    names no group."""
    own = frozenset().union(*(cue_words.get(name, ()) for name in PROBE7_CUES))
    return own | ANGER_GROUP_ONLY


# Articles and quantifiers that may stand between a run-together verb and its group:
# "odioledonne", "odioineri", "hatethejews"; longest first.
JOINED_ARTICLES: Final = ("those", "these", "tutti", "tutte", "the", "all", "gli", "le", "i")


def group_at_end(
    token: str, groups: Set[str], people: Set[str]
) -> list[tuple[str, int, int]] | None:
    """A run-together token's last words when they are an article and a named group
    ("odio|le|donne", "odio|le|persone|trans", "hate|the|jews"): the pieces from the
    article on, or None. The words before the article are the caller's to split; the
    longest group wins, and a token with no article before its group is left alone
    (the general split reads "odiogay")."""
    for at in range(1, len(token) - 2):
        tail = token[at:]
        pieces = _group_pieces(tail, at, groups, people)
        if pieces is None:
            continue
        head = token[:at]
        for article in JOINED_ARTICLES:
            if head.endswith(article) and len(head) > len(article):
                start = at - len(article)
                return [(article, start, at), *pieces]
        return None
    return None


def _group_pieces(
    tail: str, at: int, groups: Set[str], people: Set[str]
) -> list[tuple[str, int, int]] | None:
    """`tail` as a group's name: one word, or a people word and the name ("personetrans")
    or the name and a people word ("blackpeople")."""
    if tail in groups:
        return [(tail, at, at + len(tail))]
    for cut in range(2, len(tail) - 1):
        first, second = tail[:cut], tail[cut:]
        if (first in people and second in groups) or (first in groups and second in people):
            return [(first, at, at + cut), (second, at + cut, at + len(tail))]
    return None


def without_unshaped7(
    candidates: list[tuple[int, int, Entry]], tokens: list[str], own: Set[str]
) -> list[tuple[int, int, Entry]]:
    """The scorer's candidates less this round's words where their shape cannot start:
    children with no possessive before them ("poor kids suffer the most"), a charge word
    with no "in" / "al" ("the power went out"). Dropped before any rule, they leave the
    message's reading (its target, its explanation) as it was before the round."""
    return [c for c in candidates if not _unshaped7(c, tokens, own)]


def _unshaped7(candidate: tuple[int, int, Entry], tokens: list[str], own: Set[str]) -> bool:
    at, _, entry = candidate
    if entry.term not in own or entry.weight != PROBE7_WEIGHT or not entry.person_only:
        return False
    before = tokens[at - 1] if at > 0 else ""
    return before not in POSSESSIVES and before not in INTO
