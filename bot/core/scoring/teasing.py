"""Teasing among friends: a mild name-call said to the reader in a message that also
says "love you", "<3" or "jk" ("lmao ur a dork love yah", "Loser !! <3").

Friends tease with the same words bullies use; what tells them apart in one line
is affection or a retraction said alongside. Only mild insults qualify: a slur, a
sexual word, a threat, body shaming or exclusion is never softened, nor "love u
bitch" (a strong name-call). Laughter alone ("lol ur so ugly") is no sign: bullies
laugh too. One regex over the message, run only when every aimed hit qualifies.
"""

from __future__ import annotations

import re

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.verdict import Category, TargetKind

TEASING_NOTE = "teasing with affection"
_MILDEST = 0.7  # "dork" 0.5, "loser" 0.7; "bitch" 0.8 is never softened
_FACTOR = 0.5  # what is left of a teasing name-call's weight
_READER = frozenset({TargetKind.SECOND_PERSON, TargetKind.MENTION, TargetKind.REPLY})
# On folded text: "<3" folds to "<e" (the leet map reads digits as letters).
_AFFECTION_RE = re.compile(
    r"<e|\blo+ve? *(?:you|u|ya|yah|yu|yhu)\b|\bluv\b|\bily\b|\bmiss (?:you|u|ya)\b"
    r"|\bjk\b|\bj/k\b|\bjust (?:kidding|joking)\b"
)


def soften_teasing(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """`hits`, every one weighed at half when the message teases: its only aimed words
    are mild name-calls at the reader ("lmao" may come along) and it says it fondly."""
    aimed = [h for h in hits if h.weight > 0 and h.entry.category is not Category.PROFANITY]
    if not aimed or not all(_mild_at_reader(h) for h in aimed):  # swearing may come along
        return hits
    if _AFFECTION_RE.search(ctx.folded) is None:
        return hits
    return [h._replace(weight=h.weight * _FACTOR, note=TEASING_NOTE) for h in hits]


def _mild_at_reader(hit: Hit) -> bool:
    entry = hit.entry
    return (
        entry.category is Category.INSULT
        and entry.weight <= _MILDEST
        and hit.target in _READER
        and not hit.note
    )
