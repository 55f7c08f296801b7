"""Teasing among friends: a mild name-call said to the reader in a message that also
says "love you", "<3", "jk" or "bestie" ("lmao ur a dork love yah", "Loser !! <3").

Friends tease with the same words bullies use; what tells them apart in one line
is affection or a retraction said alongside. Only mild insults qualify: a slur, a
sexual word, a threat, body shaming or exclusion is never softened, nor "love u
bitch" (a strong name-call). Laughter alone ("lol ur so ugly") is no sign: bullies
laugh too. A few set tests over the message, run only when every aimed hit qualifies.
"""

from __future__ import annotations

import itertools

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind

TEASING_NOTE = "teasing with affection"
_MILDEST = 0.7  # "dork" 0.5, "loser" 0.7; "bitch" 0.8 is never softened
_FACTOR = 0.5  # what is left of a teasing name-call's weight
_READER = frozenset({Kind.SECOND_PERSON, Kind.MENTION, Kind.REPLY})
# Said fondly: "ily", "jk", "luv", "just kidding"; "love you", "miss u" (a verb and
# the reader); "<3" (folded to "<e": the leet map reads digits as letters).
_FOND = frozenset({"ily", "jk", "luv", "xoxo", "tvb", "tvtb", "scherzavo"})  # italian11: it
# The reader called a friend, first or last word (issue 8, Discord probe): "bestie you're
# unhinged", "ur a dork bff"; "my bestie says you are an idiot" names someone else.
_FRIEND = frozenset({"bestie", "besties", "bff", "bffs"})
_KIDDING = frozenset({"kidding", "joking"})  # after "just"; "not kidding" is no retraction
_LOVING = frozenset({"love", "lov", "miss", "luv", "loves"})
_YOU = frozenset({"you", "u", "ya", "yah", "yu", "yhu", "yall"})
_LOVING_IT = frozenset({"adoro", "amo"})  # italian11: after "ti"
_LOVED_IT = _LOVING_IT | {"bene"}  # the set test before the pair walk


def soften_teasing(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """`hits`, every one weighed at half when the message teases: its only aimed words
    are mild name-calls at the reader ("lmao" may come along) and it says it fondly."""
    aimed = [h for h in hits if h.weight > 0 and h.entry.category is not Cat.PROFANITY]
    if not aimed or not all(_mild_at_reader(h) for h in aimed):  # swearing may come along
        return hits
    if not fond(ctx):
        return hits
    return [h._replace(weight=h.weight * _FACTOR, note=TEASING_NOTE) for h in hits]


def _mild_at_reader(hit: Hit) -> bool:
    entry = hit.entry
    return (
        entry.category is Cat.INSULT
        and entry.weight <= _MILDEST
        and hit.target in _READER
        and not hit.note
    )


def fond(ctx: Context) -> bool:
    """Affection or a retraction anywhere in the message; set tests first (C speed).
    Public for a rule that lifts a swear word at the reader, which this softening leaves
    out (olid39: "you're a shitty friend lmao jk love you" stays a tease)."""
    tokens = ctx.tokens
    if "<e" in ctx.folded or not _FOND.isdisjoint(tokens):
        return True
    if tokens and (tokens[0] in _FRIEND or tokens[-1] in _FRIEND):
        return True
    if not _LOVED_IT.isdisjoint(tokens) and _fond_it(tokens):
        return True  # italian11: "ahah sei un idiota ti adoro"
    loving, kidding = not _LOVING.isdisjoint(tokens), not _KIDDING.isdisjoint(tokens)
    if not (loving or kidding):
        return False
    return any(
        (a in _LOVING and b in _YOU) or (a == "just" and b in _KIDDING)
        for a, b in itertools.pairwise(tokens)
    )


def _fond_it(tokens: list[str]) -> bool:
    """italian11: "ti adoro", "ti amo", "ti voglio bene" (the reader, then the verb)."""
    return any(
        (a == "ti" and b in _LOVING_IT) or (a == "voglio" and b == "bene")
        for a, b in itertools.pairwise(tokens)
    )
