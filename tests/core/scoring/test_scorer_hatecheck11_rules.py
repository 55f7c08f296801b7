"""The hatecheck11 rules (issue 8, targeting_hatecheck11.py, spelling11.py, the spelling
changes in spelling7.py and lexicon_compile.py, and the "hatecheck11" lexicon lines) as
their specification: each shape with fresh lines (written after its rule, never tuned
on), English only, and the clean near-misses beside it (no group named, a kind wish, a
negated, reported or countered claim, a singular noun used as an adjective)."""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a singular group noun after a determiner
    "you can never trust a migrant",
    "a foreigner will always be a thief",
    "any refugee is a potential rapist",
    # a name said of a group in an inverted question
    "why are jews always so sneaky?",
    "how are women this stupid?",
    "why are gay people all so annoying?",
    "why are immigrants such leeches?",
    "how come muslims are so backward?",
    # olid6's claims said of an identity group
    "jews are the enemy",
    "immigrants are out of control",
    "trans women are insane",
    "I honestly think lesbians are sick",
    "muslims are nuts",
    # the writer's wish to watch a group's harm
    "I'd love to watch every jew burn",
    "we want to see the refugees starve",
    "can't wait to see all the gays hang",
    "I would really enjoy seeing trans people suffer",
    "it would be fun to watch the muslims die",
    # a named group to be kept out
    "gay people should be excluded from the military",
    "muslims should be locked out of our neighbourhood",
    "refugees must be kept out of europe",
    "jews should be barred from public office",
    "a woman's place is in the kitchen lol",
    # spellings of group names and hostile words
    "I hate gayss",
    "I hate refu gees",
    "I despis muslims",
    "jeews are vermin",
    "gayys are disgusting",
    "musl ims are rats",
    "I despis gay people",
    # a phrase's hostile word with a letter dropped or swapped, a group name shortened to
    # four letters or spelt out letter by letter
    "every muslim should be burnd alive",
    "trans people should be exectued",
    "all refugees should be deportd",
    "jews should be exterminted",
    "wome are trash",
    "I hate wome",
    "I hate b l a c k people",
    "g a y people are disgusting",
    "d i s a b l e d people are a burden",
    "a s i a n people are rats",
    "j e w i s h people are greedy",
)
CLEAN: tuple[str, ...] = (
    # a singular noun as an adjective, or a kind line
    "a migrant worker fixed our roof",
    "never trust a lag free server",
    "every refugee child deserves school",
    "an arab restaurant opened downtown",
    "a foreigner asked me for directions",
    # a harmless inverted question
    "why are immigrants leaving the city?",
    "why are women so underrepresented in chess?",
    "how are refugees coping this winter?",
    "why are muslims so often misunderstood?",
    "why are gay people so happy in this photo?",
    # olid6's words of a liking, a thing, or countered
    "women are crazy about this new phone",
    "saying trans people are insane is cruel",
    "these prices are insane",
    "my teammates are nuts lol",
    "the fans are out of control tonight",
    "immigrants are sick of being blamed",
    "trans people are crazy about this show",
    "women are nuts about football",
    "muslims are sick and tired of stereotypes",
    "black people are insane at basketball",
    # a kind wish, a denied one, or harm seen on the news
    "I'd love to watch the muslims' iftar livestream",
    "we want to see refugees safe and housed",
    "can't wait to see the gays at pride parade",
    "it was heartbreaking to watch the refugees drown on the news",
    # no group kept out, or the exclusion denied or countered
    "sugar should be kept out of kids diets",
    "the press should be barred from the hearing",
    "my dad's place is in the kitchen on sundays",
    "refugees should not be kept out of europe",
    "saying women should be excluded from the military is sexist",
    # respellings with no hostility
    "gayss night out was fun",
    "refu gees welcome event tonight",
    "I love arabb food",
    "I despis mondays",
    "this frek show of a match lol",
    "jeews and friends reunion",
    "musl ims celebrate today",
    "I despis being late",
    "the bread was burnd again lol",
    "my plan got murderd by the boss fight",
    "blac friday deals are insane",
    "I love b l a c k coffee",
    "g a y pride was fun",
    "the refugees were deportd last year, the court said",
    "wome on in, the door is open",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_group_names_split_by_a_space_are_read_whole() -> None:
    split = build_lexicon(("en",)).split_pairs
    assert split[("mus", "lims")] == "muslims"
    assert ("wo", "men") not in split  # "wo" is a word of ours: "wo men" stays two words
