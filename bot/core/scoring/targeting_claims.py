"""Counter-speech that names a hateful claim as a claim and judges it wrong in the same
sentence ("the stereotype that women are lazy is false"): read before a group's
insult is weighed (GroupRules._framed_as_false)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit

# A claim named as a claim ("the stereotype that ...") and judged after it ("... is false").
# "a myth that" and "a lie that" deny the claim before any judgement: DENIAL_PAIRS reads them.
CLAIM_NOUNS: Final = frozenset(
    {"stereotype", "idea", "claim", "notion", "assumption", "belief", "narrative", "trope"}
    | {"rumor", "rumour", "misconception"}
)
_CLAIM_JUDGED: Final = frozenset(
    {"false", "wrong", "untrue", "racist", "sexist", "bigoted", "homophobic", "transphobic"}
    | {"xenophobic", "ableist", "bullshit", "nonsense", "garbage", "offensive", "harmful"}
    | {"ignorant", "outdated", "ridiculous", "absurd", "baseless", "disgusting", "dangerous"}
    | {"lie", "myth", "hateful", "insulting", "bs", "antisemitic", "islamophobic"}
    | {"misogynistic", "misogynist", "prejudiced", "unfair", "inaccurate", "debunked"}
    | {"stupid", "idiotic", "dumb", "moronic", "silly", "laughable"}
)
_JUDGING_COPULA: Final = frozenset({"is", "s", "was", "are", "seems", "sounds"})
_HEDGES: Final = frozenset({"a", "so", "just", "totally", "simply", "completely", "pure"})


def claim_judged(ctx: Context, hit: Hit) -> bool:
    """ "The stereotype that women are lazy is false", "the idea that immigrants are
    criminals is racist": the claim named and judged wrong in its own sentence, and the
    judging word is about the claim. Judged right ("... is true", "... exists for a
    reason") it stays the writer's claim."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    that = next(
        (
            i + 1
            for i in range(start, hit.first - 1)
            if tokens[i] in CLAIM_NOUNS and tokens[i + 1] == "that"
        ),
        None,
    )
    if that is None:
        return False
    before = hit.first - 1
    if before > that and tokens[before] in _HEDGES:
        before -= 1
    if tokens[before] in _JUDGING_COPULA and any(
        tokens[i] in _JUDGING_COPULA for i in range(that + 1, before)
    ):  # the judgement itself, after the claim's own verb: "... are useless is ignorant"
        return True
    end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
    for i in range(hit.last, end - 1):
        if tokens[i] not in _JUDGING_COPULA:
            continue
        judged = tokens[i + 1]
        if judged in _HEDGES and i + 2 < end:  # "is a lie", "is just wrong"
            judged = tokens[i + 2]
        if judged in _CLAIM_JUDGED:
            return True
    return False
