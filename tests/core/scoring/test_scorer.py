"""The scorer, table by table: one table per rule of the hostility spec (issue 2)."""

from __future__ import annotations

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Severity, TargetKind


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(ScorerConfig(languages=("en", "it")))


def _hostile(scorer: Scorer, text: str, **flags: bool) -> bool:
    return scorer.score(text, **flags).hostile


# --- obfuscation: each trick still finds the word -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you are an IDIOT",  # case
        "you are an ｉｄｉｏｔ",  # fullwidth / NFKC
        "you are an i\u200bd\u200bi\u200bo\u200bt",  # zero-width characters
        "you are an i\u0336d\u0301i\u0317o\u035ct",  # zalgo
        "you are an іdіоt",  # Cyrillic look-alikes
        "you are an ιdιοt",  # Greek look-alikes
        "you are an 1d10t",  # leet
        "you are a l0$3r",  # leet with symbols
        "you are so stuuuupid",  # squeezed repeats
        "you loooooser",  # squeezed repeats
        "f u c k you",  # spaced letters
        "f.u.c.k you",  # dotted letters
        "k.y.s",  # dotted letters, phrase on its own
        "k y s",  # spaced letters
        "f u c k y o u",  # spaced letters split back into words
        "s h u t  u p  i d i o t",
        "you are an i diot",  # one of our words split in two
        "you are one du mb ph uck",
        "you are an @$$hole",  # symbols inside a word
        "f*ck you",  # starred-out letters
        "you're a b*tch",
        "you a**hole",
    ],
)
def test_obfuscated_hostility_is_found(scorer: Scorer, text: str) -> None:
    assert _hostile(scorer, text), scorer.score(text)


# --- Scunthorpe: whole words only -----------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Scunthorpe",
        "assassin",
        "Dickens",
        "classic",
        "cocktail",
        "analysis",
        "therapist",
        "Essex",
        "shiitake",
    ],
)
def test_scunthorpe_words_stay_clean(scorer: Scorer, word: str) -> None:
    verdict = scorer.score(f"you should read about {word}, you would like it")
    assert not verdict.hostile
    assert verdict.matches == ()


def test_numbers_are_not_read_as_leet_words(scorer: Scorer) -> None:
    assert scorer.score("you owe me 455 dollars").matches == ()


# --- categories -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you are a worthless idiot", Category.INSULT),
        ("I will kill you", Category.THREAT),
        ("i know where you live", Category.THREAT),
        ("kys", Category.SELF_HARM),
        ("go kill yourself", Category.SELF_HARM),
        ("the world would be better without you", Category.SELF_HARM),
        ("nobody likes you", Category.EXCLUSION),
        ("no one wants you here", Category.EXCLUSION),
        ("faggot", Category.IDENTITY_ATTACK),
        ("go back to your country", Category.IDENTITY_ATTACK),
        ("you are so fat", Category.BODY_SHAMING),
        ("die in a fire", Category.SELF_HARM),
        ("ur mom is a whore", Category.SEXUAL_HARASSMENT),
        ("you're ugly", Category.BODY_SHAMING),
        ("send nudes", Category.SEXUAL_HARASSMENT),
        ("you are a slut", Category.SEXUAL_HARASSMENT),
    ],
)
def test_each_category_is_hostile_and_named(scorer: Scorer, text: str, category: Category) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.categories[0] is category


def test_stfu_nobody_cares_combines_into_hostility(scorer: Scorer) -> None:
    verdict = scorer.score("stfu nobody cares")
    assert verdict.hostile
    assert verdict.target is TargetKind.IMPERATIVE


def test_profanity_alone_is_weak(scorer: Scorer) -> None:
    verdict = scorer.score("shit")
    assert not verdict.hostile
    assert verdict.matches[0].category is Category.PROFANITY
    assert 0 < verdict.score < 0.5


# --- severity tiers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("hello there", Severity.NONE),
        ("I'm such an idiot", Severity.NONE),
        ("you are an idiot", Severity.LOW),
        ("you fucking idiot", Severity.MEDIUM),
        ("nobody likes you", Severity.MEDIUM),
        ("I will kill you", Severity.HIGH),
        ("kys", Severity.HIGH),
        ("go die", Severity.HIGH),
        ("faggot", Severity.HIGH),
    ],
)
def test_severity_tiers(scorer: Scorer, text: str, severity: Severity) -> None:
    assert scorer.score(text).severity is severity


# --- targeting that raises hostility --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("you are an idiot", TargetKind.SECOND_PERSON),
        ("u r an idiot", TargetKind.SECOND_PERSON),
        ("ur so stupid", TargetKind.SECOND_PERSON),
        ("your an idiot", TargetKind.SECOND_PERSON),
        ("you're a loser", TargetKind.SECOND_PERSON),
        ("idiots like you ruin everything", TargetKind.SECOND_PERSON),
        ("you, sir, are an idiot", TargetKind.SECOND_PERSON),
        ("you are wrong, idiot!", TargetKind.SECOND_PERSON),
        ("hey moron, read the rules", TargetKind.SECOND_PERSON),
        ("are you really that stupid?", TargetKind.SECOND_PERSON),
        ("you people are idiots", TargetKind.GROUP),
        ("you guys are morons", TargetKind.GROUP),
        ("<@123456789> idiot", TargetKind.MENTION),
        ("<@!123456789> what a loser", TargetKind.MENTION),
        ("go die", TargetKind.IMPERATIVE),
        ("kys", TargetKind.IMPERATIVE),
        ("get lost", TargetKind.IMPERATIVE),
        ("shut up, moron", TargetKind.IMPERATIVE),
    ],
)
def test_targeted_insults_are_hostile(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict
    assert verdict.target is target


def test_shut_up_raises_an_insult_but_is_mild_alone(scorer: Scorer) -> None:
    alone = scorer.score("shut up")
    assert alone.target is TargetKind.IMPERATIVE and alone.score > 0
    assert scorer.score("shut up you idiot").score > scorer.score("you idiot").score


@pytest.mark.parametrize(
    ("flags", "target"),
    [
        ({"mentions_someone": True}, TargetKind.MENTION),
        ({"is_reply": True}, TargetKind.REPLY),
    ],
)
def test_mention_and_reply_flags_give_a_target(
    scorer: Scorer, flags: dict[str, bool], target: TargetKind
) -> None:
    text = "total moron tbh lol honestly"  # five words: longer than a chat name-call
    assert not _hostile(scorer, text)
    verdict = scorer.score(text, **flags)
    assert verdict.hostile
    assert verdict.target is target


# --- targeting that lowers hostility --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I'm such an idiot", TargetKind.SELF),
        ("i feel stupid today", TargetKind.SELF),
        ("I am a loser at chess lol", TargetKind.SELF),
        ("this stupid printer", TargetKind.OBJECT),
        ("that game is garbage", TargetKind.OBJECT),
        ("what a stupid question", TargetKind.OBJECT),
        ("he called me a loser, what do I do?", TargetKind.REPORTED),
        ("someone told me to kys, what do I do?", TargetKind.REPORTED),
        ('he wrote "you idiot" under my post', TargetKind.REPORTED),
        ("saying kys is never ok", TargetKind.REPORTED),
    ],
)
def test_self_object_and_reported_speech_are_not_hostile(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "you're not stupid",
        "you aren't a loser",
        "you are not an idiot",
        "you're never a failure to me",
    ],
)
def test_negated_insults_are_not_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert "negated" in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "saying kys is never ok",
        "telling someone to kys is not okay",
        "don't tell people to kill themselves",
        "calling people retards is wrong",
    ],
)
def test_counter_speech_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)


@pytest.mark.parametrize(
    "text",
    [
        "that was fucking awesome",
        "you're so fucking talented",
        "holy shit",
        "holy shit this is good",
        "damn, you killed it",
        "hell yeah we won",
        "you lucky bastard",
        "you're dead wrong",
        "oh shut up you're too kind",
        "i'm so fucking tired",
        "fuck, I missed the bus",
        "what the hell happened to the server",
        "this is the shit",
        "fuck yeah",
    ],
)
def test_friendly_profanity_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna destroy you in the rematch",
        "kill the boss first",
        "we got killed",
        "i'm gonna kill you in the next round",
        "gg you killed it",
        "go kill the dragon",
        "I could kill for a pizza",
    ],
)
def test_gaming_talk_is_not_hostile(scorer: Scorer, text: str) -> None:
    assert not _hostile(scorer, text)


# --- Italian --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("sei un idiota", True),
        ("vaffanculo", True),
        ("nessuno ti vuole qui", True),
        ("ammazzati", True),
        ("sei proprio uno stronzo", True),
        ("ti ammazzo", True),
        ("sei una merda", True),
        ("stai zitto idiota", True),
        ("cazzo che partita", False),
        ("non sei stupido", False),  # negated before the verb
        ("vaffanculo al lunedì", False),  # sent at Monday, not at the reader
        ("ti ammazzo alla prossima partita lol", False),  # gaming talk
        ("sono un idiota, ho perso le chiavi", False),
        ("che bella giornata", False),
    ],
)
def test_italian(scorer: Scorer, text: str, hostile: bool) -> None:
    assert _hostile(scorer, text) is hostile


def test_italian_is_off_unless_chosen() -> None:
    assert not Scorer(ScorerConfig(languages=("en",))).score("sei un idiota").hostile


# --- per-server extras ----------------------------------------------------------------


def test_custom_terms_with_category() -> None:
    config = ScorerConfig(
        custom_terms={"noobface": Category.INSULT, "zorp off": Category.EXCLUSION}
    )
    scorer = Scorer(config)
    verdict = scorer.score("you noobface")
    assert verdict.hostile
    assert verdict.categories == (Category.INSULT,)
    assert scorer.score("zorp off").hostile


def test_allowed_terms_are_never_matched() -> None:
    scorer = Scorer(ScorerConfig(allowed_terms=frozenset({"idiot"})))
    verdict = scorer.score("you idiot")
    assert not verdict.hostile
    assert verdict.matches == ()


def test_threshold_decides_hostile() -> None:
    strict = Scorer(ScorerConfig(threshold=0.9))
    assert not strict.score("you are an idiot").hostile
    assert strict.score("kys").hostile


def test_profanity_ok_drops_profanity_but_keeps_hostility(scorer: Scorer) -> None:
    swearing = scorer.score("you're so fucking talented", profanity_ok=True)
    assert swearing.score == 0.0
    assert scorer.score("you fucking idiot", profanity_ok=True).hostile


def test_from_settings_maps_guild_fields() -> None:
    settings = GuildSettings(
        guild_id=1,
        languages=("en", "it"),
        custom_terms={"noobface": Category.INSULT},
        allowed_terms=frozenset({"loser"}),
        threshold=0.7,
    )
    config = ScorerConfig.from_settings(settings)
    assert config.languages == ("en", "it")
    assert dict(config.custom_terms) == {"noobface": Category.INSULT}
    assert config.allowed_terms == frozenset({"loser"})
    assert config.threshold == 0.7
    assert hash(config) == hash(ScorerConfig.from_settings(settings))


# --- verdict shape and explanation ----------------------------------------------------


def test_match_spans_point_into_the_original_text(scorer: Scorer) -> None:
    text = "ok so you are an i\u200bd\u200bi\u200bo\u200bt!!"
    verdict = scorer.score(text)
    (match,) = verdict.matches
    assert match.term == "idiot"
    assert text[match.start : match.end].replace("\u200b", "") == "idiot"


def test_explanation_is_one_line_of_canonical_terms(scorer: Scorer) -> None:
    verdict = scorer.score("you are such an 1d10t")
    assert verdict.explanation == "insult aimed at the reader (second person): 'idiot'"
    assert "1d10t" not in verdict.explanation
    assert "\n" not in verdict.explanation


def test_clean_message_verdict(scorer: Scorer) -> None:
    verdict = scorer.score("have a lovely day everyone")
    assert not verdict.hostile
    assert verdict.score == 0.0
    assert verdict.severity is Severity.NONE
    assert verdict.categories == ()
    assert verdict.target is TargetKind.NONE


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "😀🎉🔥",
        "\ud800",
        "you idiot \udfff",
        "a\x00b\x00 you idiot",
        "x" * 5000,
        "you idiot " * 500,
        "\u200b" * 4000,
        "i\u0336" * 2000,
        "k y s " * 700,
    ],
)
def test_bad_input_gives_a_verdict(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.to_json_dict()["severity"] in {"none", "low", "medium", "high"}


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
        ("Idiots like him never learn, do they?", False),  # about a third person
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
        ("Sam is an absolutely awful person who needs to grow up", False),
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
        ("full of cretins such as him", False),
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
        # a name-call after "that little" describes someone else, even with "you" nearby
        ("you are spot on about that stupid little idiot", False),
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
