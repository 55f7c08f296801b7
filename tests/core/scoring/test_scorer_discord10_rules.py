"""Discord and game-chat shapes with no hostile word (targeting_discord10 and its
lexicon lines): exclusion, intimidation, belongings, blame, ability, pile-ons."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# Lines written after each rule, never seen by it while it was built, plus the shapes'
# first examples. Each was missed on main.
HOSTILE = (
    # exclusion
    "ur not welcome in this guild", "no one invited u here",
    "we dont want your kind in our clan", "the discord is better off without you",
    # intimidation
    "u better watch your back", "watch your back.", "you should sleep with one eye open",
    "watch your back at school monday", "watch your back when you get home",
    "watch your back tonight kid", "watch your back, i'll find you", "watch your back im coming",
    "i know your real name lmao", "i know where u go to school btw", "i know your last name now",
    # belongings
    "ill kick your door down tonight", "im gonna burn all your clothes",
    # blame
    "u lost us the match", "thanks to u we lost the final",
    # ability
    "their goalie is blind", "your keeper is blind lol", "my grandpa plays better than u",
    "grandma plays better lmao", "my cat aims better than you lol",
    # pile-ons
    "lets all report him", "lets all report their accounts", "lets all report that guy",
    "get her account banned lol",
    # Italian
    "nessuno ti ha invitato qui", "non sei benvenuto nel clan",
)  # fmt: skip
CLEAN = (
    "watch your back, rogue stealthed", "watch your back on the stairs",
    "watch your back theres a camper",
    "i know your last name is rossi like mine", "i know your real name too haha",
    "i know what school you go to, same one as my brother",
    "the keeper is blind to the near post corner",
    "their goalie is blind on crosses from the right",
    "my bot aims better than you would think",
    "my grandpa plays better than me at chess", "my grandma plays better than you expect",
    "my grandma plays better piano than anyone",
    "lets all report the glitch", "lets all report back at 8",
    "lets all report our scores in #results",
    "you're not welcome to spam in general", "you are welcome to join anytime",
    "the mod said we dont want spam here", "kick the door in at b main",
    "i burned all my gold on skins", "report the exploit", "everyone spam the emote in chat",
    "benvenuto nel clan", "nessuno ha invitato il bot",
    # a control in the shape a "cuz" term once turned (the term was dropped)
    "stupid cuz tall girls always wear boots in summer",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_discord10_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_discord10_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_warning_said_in_quotes_is_not_said(scorer: Scorer) -> None:
    """A quoted warning is reported, not made (the rules leave quotes to earlier rounds)."""
    assert not scorer.score('he typed "watch your back" b site lol').hostile
