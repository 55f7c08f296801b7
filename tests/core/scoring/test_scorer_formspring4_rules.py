"""The formspring4 round's rules and phrases (issue 8, fourteenth session:
targeting_formspring4.py) as their specification: each shape with fresh lines (written
after the rule, never tuned on) and the clean near-misses beside it (a "but ur not" with
no boast before it, the writer's own praise, a thing's existence questioned, a body word
with no act). The shapes are English; Italian lines check nothing leaks into Italian."""

from __future__ import annotations

import pytest

from bot.core.scoring import formspring4_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

_READER = frozenset({TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE})  # said or ordered

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a boast put on the reader, then denied
    "u think ur so cute but ur not",
    "you act like you're popular but you're not",
    "you wish you were pretty but ur not",
    "u think your smart but your not",
    "you really think you're cool but you are not",
    # the boast alone
    "you think ur better than everybody",
    "u think you are so special",
    "you think your all that",
    "you think youre hot shit",
    "u think u r so perfect",
    # the reader's life questioned
    "why do u even exist",
    "seriously why are you still alive",
    "why were you even born",
    "why r u even alive lol",
    "why do you exist",
    # a sexual act said onto the reader's body or pictures
    "i wanna nut on ur face",
    "i jerked off to ur pics",
    "id cum all over your tits",
    "i fapped to pics of you",
    "let me pee in ur mouth",
    # "your so fake"
    "omg your so fake",
    # orders to shrink
    "u need to lose some weight",
    "go on a diet already",
    "maybe you should go on a diet",
    "lose some weight then talk",
    # "fatty" as a name-call
    "shut up fatty",
    "move fatty",
    "ur such a fatty",
    # a sexual rumour about the reader
    "stop sleeping around",
    "everyone says you sleep around",
    "u sleep around n everyone knows it",
    # nobody could want the reader, asked
    "why would anybody be friends with you",
    "who would ever kiss u lol",
    "seriously why would anyone even like you",
    "ew who could ever love you",
    # everyone laughing at the reader
    "everybody laughs at u",
    "the whole class laughs at you",
    "people laugh at you behind ur back",
    # "no wonder" affirms (groups' quantifier rule, fixed at its depth)
    "no wonder nobody likes you",
    "no wonder everyone hates you lol",
    # "your" for "you're" before kisses that end the line (formspring's rule)
    "your so annoying xx",
    "your fat xo",
    "your stupid x",
    "your such a loser xxx",
    # loneliness foretold, the reader's birth wished away, the family's rejection
    "u gonna die alone lol",
    "you're gonna die alone and sad",
    "nobody will ever like you",
    "no one will ever date u",
    "nobody will ever love u",
    "you shouldve been aborted fr",
    "your mom regrets having you",
    "ur dad must regret having u",
    # trying too hard
    "stop being such a wannabe",
    "ur such a poser",
    "you're such a pick me",
    # Italian: the boast and its denial, nobody could want the reader, orders to shrink
    "ti credi tanto bella ma non lo sei",
    "ti credi superiore a tutti",
    "ti credi chissà chi",
    "ti credi figo ma non lo sei",
    "ti credi tanto furba eh",
    "ti credi migliore di noi",
    "chi ti vorrebbe mai",
    "ma chi ti amerebbe mai",
    "chi mai ti vorrebbe",
    "dai chi uscirebbe mai con te",
    "morirai sola",
    "vai a dieta",
    "mettiti a dieta cicciona",
    "dimagrisci",
    "perché non vai a dieta",
    "who would ever date you? nobody lol",
    "go on a diet with ur fat friends",
)
HOSTILE_OF_OTHERS: tuple[str, ...] = (
    "she sleeps around with everyone",
    "she should of been aborted",
)
CLEAN: tuple[str, ...] = (
    "i texted you but ur not online",
    "sorry but ur not late lol",
    "i thought about it but you're not wrong",
    "she said yes but ur not going",
    "we tried but you are not home",
    "i think you're so special <3",
    "i think ur better than everyone at this game",
    "we think you are all that",
    "i think your so perfect for him",
    "why do dinosaurs even exist",
    "why does this app even exist",
    "why are you still awake",
    "why are u even up this late",
    "do you even exist anymore lol",
    "come on your turn",
    "whats in your mouth",
    "can i come in your room",
    "your fake plants look real",
    "did you lose some weight?",
    "how do i lose some weight fast",
    "my dad had to go on a diet",
    "im gonna go on a diet tomorrow",
    "when did u go on a diet",
    "have you ever tried to lose some weight",
    "eat less fatty meat",
    "fatty liver is common",
    "i love fatty tuna",
    "omega 3 fatty acids",
    "the fatty bits of bacon",
    "he slept around 8 hours",
    "you slept around 8 hours",
    "the baby sleeps around 12 hours a day",
    "my cat sleeps around the house",
    "i dont sleep around",
    "i wonder who would even like you more than me <3",
    "she asked who would ever date you",
    "who would you date",
    "who would like to come",
    "lol who would ever date me",
    "nobody laughs at you here, dont worry",
    "no wonder ur so tired",
    "no immigrant deserves to die",
    # "shut up" beside praise of the reader (formspring3's rule; "hilarious" added there)
    "stfu ur hilarious",
    "your stupid x box is broken",
    "i was a wannabe emo in 2010 lol",
    "can you pick me up at 5",
    "pick me pick me!!",
    "i wanna be a doctor",
    "i should have been asleep",
    "im not gonna die alone, i have my cats",
    "nobody will ever guess it",
    "im gonna die alone lol",
    "i try hard in school",
    "pensavo fosse facile ma non lo sei",
    "volevo venire ma non lo sei",
    "non ti credi tanto bella, sei bellissima",
    "domani vado a dieta",
    "come dimagrisci cosi in fretta?",
    "mi chiedo chi ti amerebbe mai più di me",
    "why did you go on a diet",
    "shut up youre so hilarious lol",
    "ma tu pensi di essere perfetta? sei dolcissima",
    "perché esisti nei miei sogni",
    # the coordinator's review: the question answered by the writer, the order shared
    "who would ever date you? me, obviously",
    "who would even like you? i would lol",
    "why would anyone ever be friends with you? because ur the best",
    "go on a diet with me this january?",
    "vai a dieta con me a gennaio?",
    "lose some weight with us at the gym club",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in _READER, text


@pytest.mark.parametrize("text", HOSTILE_OF_OTHERS)
def test_rumour_about_someone_else(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_denial_needs_the_readers_boast(scorer: Scorer) -> None:
    """The same "but ur not" flags after "you think" and not after "i think": the rule,
    not the phrase alone, decides."""
    assert scorer.score("you think ur pretty but ur not").hostile
    assert not scorer.score("i think ur pretty but ur not sure").hostile


def test_the_rule_and_the_lexicon_agree() -> None:
    """Every term the rule reads is an English or Italian lexicon line (a typo in either would
    leave the rule reading nothing)."""
    terms = {
        entry.term
        for category in (
            Category.INSULT,
            Category.BODY_SHAMING,
            Category.SEXUAL_HARASSMENT,
            Category.EXCLUSION,
        )
        for language in ("en", "it")
        for entry in category_file(language, category)[0]
    }
    missing = sorted(w.OWN - terms)
    assert not missing, missing
