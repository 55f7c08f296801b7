"""The scorer, table by table (issue 2), part three: the rules that keep precision on real
comments (clause shapes, orders, endearments, wished harm, negation at a pause).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind


def _hostile(scorer: Scorer, text: str, **flags: bool) -> bool:
    return scorer.score(text, **flags).hostile


# --- rules that keep precision on real comments ---------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I raze your pathetic orchard", TargetKind.OBJECT),
        ("how stupid you are", TargetKind.SECOND_PERSON),
        ("what a pathetic little man you are", TargetKind.SECOND_PERSON),
        ("Can I say dick on here? Your a dick.", TargetKind.SECOND_PERSON),
        ("all I have to say to you is: fuck you", TargetKind.SECOND_PERSON),
    ],
)
def test_possessives_inversions_and_sentences(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    assert scorer.score(text).target is target


@pytest.mark.parametrize(
    "text",
    [
        "your leader is a loser",  # about the leader, not the reader
        "Lmao trash",  # a verdict on a thing, not a name-call
        "nudes are trash",
        "the stupid job hunt is over",
        "I don't think you can blame him, that call was stupid",
        "three counts of mail fraud. Federal prosecutors said so.",
        'the motto will be "just to piss off the liberals"',
        "they had to go away for a while",
    ],
)
def test_words_about_things_and_quotes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text), scorer.score(text)


@pytest.mark.parametrize(
    "text",
    ["Fucking idiot!", "hey moron", "Get a clue, moron.", "you are wrong, idiot!"],
)
def test_name_calls_at_a_clause_edge_are_aimed(scorer: Scorer, text: str) -> None:
    assert _hostile(scorer, text), scorer.score(text)


def test_profanity_only_never_hostile_and_says_so(scorer: Scorer) -> None:
    verdict = scorer.score("damn this shit is hard as hell")
    assert not verdict.hostile
    assert verdict.explanation.startswith("not hostile: profanity only:")


def test_a_flood_of_hits_is_weighed_but_bounded(scorer: Scorer) -> None:
    verdict = scorer.score("this stupid printer. " * 100 + "you idiot")
    assert len(verdict.matches) <= 64
    assert scorer.score("kys " * 1000).severity is Severity.HIGH


def test_explanation_names_at_most_a_few_terms(scorer: Scorer) -> None:
    verdict = scorer.score("you idiot moron loser jerk clown fool")
    assert verdict.hostile
    assert "(+" in verdict.explanation
    assert "\n" not in verdict.explanation


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("f*ck you", "fuck you"),
        ("sh*t happens", "shit"),  # profanity only: weak, not hostile
        ("s**t", "shit"),  # ambiguous: the weakest reading wins
        ("you are an id**t", "idiot"),
    ],
)
def test_starred_out_words_read_as_the_lexicon_word(scorer: Scorer, text: str, term: str) -> None:
    assert [m.term for m in scorer.score(text).matches] == [term]


@pytest.mark.parametrize("text", ["5 * 3 = 15", "***", "*hugs*", "a * b"])
def test_stars_that_hide_nothing_stay_clean(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).matches == ()


def test_allowed_terms_are_never_unmasked() -> None:
    scorer = Scorer(ScorerConfig(allowed_terms=frozenset({"idiot"})))
    assert scorer.score("you id**t").matches == ()


# --- name-calls found by clause shape, with their must-stay-clean counterparts --------


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # exclamations: "what a <name>!" ends the clause
        ("what a loser!", True),
        ("lol what a fucking idiot.", True),
        ("what a stupid question!", False),  # descriptive word judging a thing
        ("what a loser he is", False),  # about a third person
        ("what a dork this guy is", False),
        ("I'm such a loser, what a day", False),  # self-directed, no exclamation
        # interjection, then a name-call at a clause edge
        ("No idiot, read it again.", True),
        ("Sorry dickhead.", True),
        ("no idiot would do that", False),  # "no" is a determiner here
        ("sorry, I'm an idiot today.", False),  # self-directed
        # stacked names: a name right after another name
        ("hate that fucking asshole moron", True),
        ("you dumb ignoramus.", True),
        ("these guys are fucking idiots.", False),  # predicate about a third party
        ("my stupid idiotic phone.", False),  # descriptive words about a thing
        # a name-call opening the sentence, then the reader addressed
        ("Idiot, you forgot the link", True),
        ("Moron you need glasses", True),
        ("Idiot proof design, you will love it", False),  # the reader is not the name
        ("Idiots like him never learn, do they?", True),  # a third person (issue 8: hostile)
    ],
)
def test_name_calls_by_clause_shape(scorer: Scorer, text: str, hostile: bool) -> None:
    assert _hostile(scorer, text) is hostile, scorer.score(text)


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # judging adjectives count only when bound to the reader
        ("you are so arrogant", True),
        ("you're brainwashed", True),
        ("I was so gullible back then", False),  # self-directed
        ("that plan is hypocritical", False),  # about a thing
        ("you're not spineless", False),  # negated
        # contempt for the reader's mind
        ("your ignorance is showing", True),
        ("you know nothing about this", True),
        ("ignorance is bliss", False),
        ("he said your ignorance is showing, is that fair?", False),  # reported
        # well-known name-calls and respellings
        ("shut up you bozo", True),
        ("you low life", True),
        ("you dumb ass", True),
        ("bozo the clown was on tv", False),  # no target
        ("he is a knobhead", True),  # a third person present: name-calling (issue 8)
        # orders with swearing in them
        ("get the fuck out", True),
        ("get fucked", True),
        ("he told me to get the fuck out, what do I do?", False),  # reported
        ("grow up", False),  # mild on its own
        ("grow up, you moron", True),
    ],
)
def test_bound_adjectives_vocabulary_and_orders(scorer: Scorer, text: str, hostile: bool) -> None:
    assert _hostile(scorer, text) is hostile, scorer.score(text)


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("you fuck-tard", True),  # a swear compound built on a name-call
        ("shut up, fuck-tard.", True),
        ("I am such a fuck-tard", False),  # self-directed
        ("that fuck-tard of a printer", False),  # about a thing
    ],
)
def test_swear_compounds_are_name_calls(scorer: Scorer, text: str, hostile: bool) -> None:
    assert _hostile(scorer, text) is hostile, scorer.score(text)


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # only a real order aims the name-calls near it; one after a modal is about someone else
        ("shut up, you awful person", True),
        ("Sam is a person who needs to grow up", False),
        # denied opinions: a negated thinking or saying verb before "you"
        ("I think you're an idiot", True),
        ("I don't think you're an idiot, the post was just unclear", False),
        ("I'm not saying you are stupid", False),
        # a judging word right before an ordinary noun describes the thing, even in an order
        ("go away, stupid", True),
        ("stop asking stupid questions, you idiot", True),
        ("stop asking stupid questions", False),
        ("go back to picking through trash barrels", False),
        # "such as you" binds a name-call like "like you" does
        ("full of cretins such as yourself", True),
        ("full of cretins such as him", True),  # a third person (issue 8: hostile)
        # "you suck" said to several readers or in chat spelling
        ("you all suck", True),
        ("u suck", True),
        ("this game sucks", False),
        ("we all suck at this game", False),
        # wishing the reader dead, said plainly
        ("you need to die", True),
        ("you should jump off a cliff", True),
        ("this trend needs to die", False),  # about a thing
        ("the car went off a cliff", False),
        # a name-call after "that little" is about someone else, even with "you" nearby:
        # a third person, hostile since issue 8, but not aimed at the reader
        ("you are spot on about that stupid little idiot", True),
        ("you are spot on, stupid little idiot", True),
        # well-known name-calls
        ("you are nothing but a keyboard warrior", True),
        ("you lazy slob", True),
        ("keyboard warriors are a myth, he said", False),
        # "like me" after a name-call counts the writer in: self-directed
        ("to all of you cowards", True),
        ("to all of you cowards, like me, who hide behind fake names", False),
        # "your <insult> ass" stands for the reader; "your <insult> <thing>" does not
        ("take your ignorant ass somewhere else", True),
        ("we are watching your fat azz.", True),
        ("your stupid car broke down again", False),
        ("sitting on your overgrown ass all day", False),
        # a split word is read whole only when the pieces are no words of ours
        ("go ok, whatever you say", False),  # not "gook"
        ("who're you to say it's pic time", False),  # not "whore", not "spic"
        # "your mom's basement" is aimed at the reader; someone else's is not
        ("how's your mom's basement doing?", True),
        ("he still lives in his mom's basement", False),
        # "whatever the fuck you want" is an idiom, not "fuck you"
        ("fuck you", True),
        ("do whatever the fuck you want", False),
        ("whatever the fuck you want, idiot", True),
    ],
)
def test_orders_denials_and_idioms(scorer: Scorer, text: str, hostile: bool) -> None:
    assert _hostile(scorer, text) is hostile, scorer.score(text)


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # "your" for "you're": before an indefinite article or ending the description
        ("your still a loser", True),
        ("your really an idiot", True),
        ("your ignorant as fuck", True),
        ("your stupid if you think that", True),
        ("your stupid for believing him", True),
        ("your stupid idea", False),  # the idea is stupid, not the reader
        ("your ignorant comments", False),
        ("go back to your stupid job", False),
        ("your a little high on the points", False),  # no name-call at all
    ],
)
def test_your_for_youre(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # harm wished on the reader is a threat; the "I" before it is not the target
        ("I really hope you die", True),
        ("i hope you rot in hell", True),
        ("I hope you get stabbed", True),
        ("hope u die", True),
        ("I hope you choke on it", True),
        ("i wish you were dead", True),
        ("i hope you get better soon", False),
        ("i hope you don't die out there", False),
        ("hope you burn calories on that hike", False),
        ("he said he hopes you die", False),  # no "hope you" phrase: reported
    ],
)
def test_wished_harm_is_a_threat(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile
    if hostile:
        assert Category.THREAT in verdict.categories
        assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # a pause ends a negator's reach
        ("you're not stupid, just dumb", True),
        ("you are not, idiot", True),
        ("you're not stupid", False),
        ("you're not stupid or dumb", False),
        ("No you're not an idiot", False),
        # a negator that opens another clause denies nothing
        ("not because losers like you are selfish", True),
        ("you're not that stupid", False),
    ],
)
def test_negation_stops_at_a_pause(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # mock endearment opening a sentence is said to the reader
        ("my dear little idiot", True),
        ("Yes my filthy little troll... you proved my point", True),
        ("oh my sweet summer idiot", True),
        ("my little brother is an idiot", False),  # describes the brother
        ("my stupid little printer broke", False),
        ("I love my little idiot", False),  # not at the start of the sentence
    ],
)
def test_mock_endearment_is_aimed(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # judging adjectives count only when bound to the reader
        ("you are so incompetent", True),
        ("Sounds like you're a scummy family.", True),
        ("you are insufferable", True),
        ("that movie was creepy", False),
        ("what an obnoxious ad", False),
        ("the service was incompetent", False),
    ],
)
def test_more_judging_adjectives(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("you is shit", True),
        ("you are crap", True),
        ("you are the shit", False),  # praise
        ("I'm sure dumb-asses, like yourself, will be trolling", True),
        ("You sir/madam, are a d*ck.", True),  # forms of address bridge "you" and "are"
        ("the shit you post is funny", False),
    ],
)
def test_swear_words_called_and_forms_of_address(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile
