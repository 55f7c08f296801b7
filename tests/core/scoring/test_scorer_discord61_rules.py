"""Shapes of the discord61 round (targeting_discord61, discord61_words), at default
settings: a mentioned member's removal asked for with a bare removing verb first and the
urging or a reason of contempt after the mention ("ban <@301> plz mods", "kick <@302>
already lmao nobody likes him"), and discord60's place denied with such a reason after a
comma ("<@303> shouldnt be here, everybody hates her"); a bare command, a game's party or
draft, a short mute, a report of spam, a past, a question, a negation or an undoing, a
report of another's words and a joke stay clean, and the older rounds' lines keep their
readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the room's dislike after the room
    "<@305> shouldnt be here, nobody likes her",
    "<@306> shouldnt be here, everyone hates him",
    # the urging with a reason of contempt, no slip
    "remove <@303> pls, shes toxic",
    # a bare verb, the mention, the urging said whole
    "ban <@301> plz mods",
    "yo remove <@304> from this server already",
    "boot <@305> forever",
    "kick <@306> out already",
    "timeout <@307> asap",
    "perma ban <@308> now",
    "mute <@309> permanently pls",
    # a bare verb, the mention, a reason of contempt
    "ban <@310> shes literally ruining this place",
    "kick <@302> everyone hates him",
    "remove <@311>, nobody wants her in here",
    # discord60's place denied with a reason of contempt after the comma
    "<@303> shouldnt be here, everybody hates her",
    "<@312> doesnt belong in this server, hes insufferable",
    # the older rounds' readings kept
    "mods ban <@313>",
    "get <@314> out of here",
    "<@315> deserves a ban",
    "kick muslims out",
)

CLEAN = (
    # the member's own liking or dislike is no reason of contempt
    "<@305> shouldnt be here, she hates horror movies",
    "<@306> shouldnt be here, he wants to sleep",
    # a slip of the writer's after the urging
    "remove <@303> pls, wrong person",
    "kick <@304> pls, misclicked",
    # a bare command: nothing urges it
    "ban <@301>",
    "kick <@302>",
    # a game's party, draft or lobby, the mention's own pick
    "kick <@306> from the party, we need a healer",
    "ban <@310>'s jett first round",
    "remove <@311> from the draft",
    # a short spell, a report of spam or a broken rule
    "mute <@309> for like 2 mins, his mic is peaking",
    "ban <@308> asap he is posting phishing links",
    # a past, a question, a negation, an undoing, a report
    "did the mods ban <@301> already?",
    "nobody kick <@302>, he is just lagging",
    "unban <@304> asap",
    "my brother said ban <@305> pls",
    "kick <@306> already?",
    # praise or a joke
    "ban <@307> for being this cracked lmao",
    # discord60's place denied, the reason no contempt
    "<@303> shouldnt be here, hes on holiday",
    "i shouldnt be here, nobody wants me",
    "she said <@312> shouldnt be here, no one wants him",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord61_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord61_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_discord61_aims(scorer: Scorer) -> None:
    assert scorer.score("ban <@301> plz mods").target is TargetKind.MENTION
    assert scorer.score("<@303> shouldnt be here, everybody hates her").target is TargetKind.MENTION


def test_discord61_gated_hit_cancelled_out_of_the_shape(scorer: Scorer) -> None:
    verdict = scorer.score("remove <@311> from the draft")
    assert [(m.term, m.weight) for m in verdict.matches] == [("remove", 0.0)]
