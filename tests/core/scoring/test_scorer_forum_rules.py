"""The forum rules (issue 8, targeting_forum.py), case by case: fresh examples written
for each rule, English and Italian where the shape exists, with the near-misses that
must keep their verdict. Default settings (`Scorer()`).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.folding import fold
from bot.core.scoring.forum_words import is_abstract
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# A line quoted with ">" holds the words of the comment answered, not the writer's.
QUOTED_CLEAN = (
    "> you're an idiot\n\nThat's not an argument, mate. Try again with a source.",
    "> all immigrants are criminals\n\nSource? Every study I've read says the opposite.",
    "> shut up, moron\nwow, someone's having a rough day",
    "&gt; women are trash\nand yet here you are, asking women for advice",
    ">stupid question but how do I reset it\nnot stupid at all, hold the button for 10s",
    "> sei un coglione\nE questo sarebbe un argomento? Porta le fonti.",
    "  > you absolute clown\n\n  Reported you to the mods, this isn't ok",
)
QUOTED_HOSTILE = (
    # the writer's own line still speaks
    "> source: trust me bro\nlmao shut up you gullible twat",
    "> I think the economy is fine\n\nYou're an idiot. Plain and simple.",
    "> ma che dici\nStai zitto, idiota",
    # a lone quoted line answers nothing: it is read as said
    "> you're a fucking idiot",
    # ">" inside a line is no quote mark
    "you're an idiot > everyone knows it",
)

# An abstract noun, an illness, a hard time: cursed at, it is a thing.
THINGS_CLEAN = (
    "Fuck cancer. My aunt just rang the bell after her last chemo",
    "fuck cancer",
    "screw cancer, seriously",
    "fuck you cancer",
    "fuck inflation",
    "fuck you inflation",
    "fuck anxiety",
    "fuck dementia",
    "fuck leukemia, we beat it",
    "Depression is a lying bitch, don't listen to it",
    "Anxiety is a fucking bitch",
    "grief is a motherfucker",
    "hindsight is a bitch",
    "Procrastination is a bitch and I'm its victim",
    "Addiction is a cunt of a thing",
    "vaffanculo depressione",
)
# Names, people and groups keep their verdict.
NAMED_HOSTILE = (
    "fuck tusk",
    "Putin is a cunt",
    "Sessions is a buffoon",  # a surname: "is" says one person, not "sessions"
    "stupid pudge",
    "fuck you",
    "you're a cancer on this sub",
    "fuck all immigrants",
    "the opposition are a bunch of idiots",
)


@pytest.mark.parametrize("text", QUOTED_CLEAN)
def test_a_quoted_line_answered_is_reported_speech(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", QUOTED_HOSTILE)
def test_the_writers_own_lines_still_speak(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", THINGS_CLEAN)
def test_a_curse_at_an_abstract_noun_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", NAMED_HOSTILE)
def test_names_people_and_groups_stay_aimed(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    ("word", "abstract"),
    [
        ("inflation", True),
        ("depression", True),
        ("racism", True),
        ("sadness", True),
        ("anxiety", True),
        ("leukemia", True),
        ("grief", True),
        ("procrastination", True),
        ("depressione", True),
        ("razzismo", True),
        ("regulations", True),
        ("government", False),  # people: a group, never a thing
        ("minority", False),
        ("audience", False),
        ("sion", False),  # too short to judge by its ending: a champion's name
        ("vance", False),
        ("tusk", False),
        ("putin", False),
    ],
)
def test_what_reads_as_an_abstract_noun(word: str, abstract: bool) -> None:
    assert is_abstract(word) is abstract


def test_a_plural_abstract_noun_said_as_one_is_a_name() -> None:
    assert is_abstract("sessions")
    assert not is_abstract("sessions", plural=False)


@pytest.mark.parametrize(
    "text",
    [
        "Il traffico a Roma è un incubo del cazzo",
        "I tifosi della Roma sono insopportabili.",
        "la Roma ha giocato di merda stasera",
        "vivo a Roma da dieci anni e i mezzi fanno schifo",
    ],
)
def test_roma_after_an_italian_preposition_is_the_city(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "gli zingari sono tutti ladri",
        "Roma are thieves, all of them",
        "a Roma family moved in next door, filthy thieves the lot of them",
        "gli zingari di merda",
    ],
)
def test_the_romani_people_stay_a_group(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


def test_a_line_break_ends_a_sentence() -> None:
    # the targeting rules read sentences; a comment's paragraphs are sentences too
    assert fold("first line\nsecond") == "first line\nsecond"


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # leet read "71" as "ti" (Italian "you"): the disgust looked aimed at the reader
        ("graduated in 71 and this is fucking disgusting", False),
        ("I ATTENDED PENN STATE IN 71 THIS IS FUCKING DISGUSTING", False),
        # and "1", "10" as "i", "io": the name-call looked self-directed
        ("0-10 noob", True),
        ("1-12 noob", True),
        # numbers beside real cues change nothing
        ("I scored 10 points, idiot", True),
        ("10 minutes of my life I won't get back, this video is shit", False),
        ("you are 100% an idiot", True),
    ],
)
def test_a_number_is_no_pronoun(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # another person's body part is no name-call
        ("he showed his dick on stream and got banned lmao", False),
        ("I might eat their pussy though", False),
        ("We don't need to get out of her crusty, cobweb-filled pussy.", False),
        ("the doctor said his cock was fine after the surgery", False),
        # the reader's or the writer's, said to the reader: sexual harassment stays
        ("show me your tits", True),
        ("my cock your face", True),
        ("suck my dick", True),
        # talked of to the face of someone mentioned
        ("@sue I want to strip you naked and lick her pussy", True),
        # name-calls keep theirs
        ("you are a dick", True),
        ("Mike is a dick", True),
    ],
)
def test_a_third_persons_body_part_is_no_name_call(
    scorer: Scorer, text: str, hostile: bool
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # the illness named beside a group attacks nobody
        ("Cervical cancer kills over 250,000 women every year", False),
        ("black women are more likely to die of breast cancer", False),
        ("Muslims have lower rates of lung cancer, says the study", False),
        ("80 percent of women will get the cancer-causing hpv virus", False),
        ("gay men should ask about prostate cancer screening", False),
        ("Il cancro al seno colpisce molte donne", False),
        # said of the group it is still dehumanising
        ("immigrants are a cancer on this country", True),
        ("Islam is a cancer", True),
        ("gli immigrati sono il cancro dell'Italia", True),
        ("muslims are a disease", True),
        ("jews spread disease", True),
        ("you are cancer", True),
    ],
)
def test_an_illness_named_is_no_dehumanising_word(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # a name-call said of a named person, past describing words after the article
        ("Putin is a murderous cunt", True),
        ("Kotick is a greedy piece of shit", True),
        ("Our coach is a clueless dipshit who should be fired tomorrow", True),
        ("Trump is a mentally unbalanced buffoon", True),
        ("Salvini è un povero buffone", True),
        # a thing, or a word that describes the thing after it
        ("Twitter is a stupid platform", False),
        ("Twitter is a shitty idiot magnet", False),
        ("Reddit is a giant circlejerk of losers", True),  # the losers are people
        ("Depression is a lying bitch", False),
        ("Mike is a really nice guy", False),
        ("my brother is a total idiot lol", False),  # family talk stays with the rules
    ],
)
def test_a_described_name_call_of_a_named_person(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # a swear word made a noun for a person, said of one
        ("Biden is a senile old fuck", True),
        ("Her ex is a creepy fuck, get a restraining order", True),
        ("he's a little shit", True),
        ("that guy is a miserable fuck", True),
        ("your husband is a lazy useless shit and you deserve better", True),
        # of things, or an idiom: swearing only
        ("I don't give a flying fuck", False),
        ("this game is a shit show", False),
        ("the patch is a giant shit", False),
        ("Life is a little shit sometimes", False),
        ("my day was a total shit", False),
        ("the ref was shit tonight", False),
    ],
)
def test_a_swear_word_said_of_a_person_as_a_name(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # a person described in the subject: where they are, what they do
        ("the dude in the video is a fucking idiot", True),
        ("The lady filming is an absolute cunt, who does that", True),
        ("the kid playing support is a fucking moron", True),
        (
            "So I read the whole thread and the guy defending the cop is a bootlicking"
            " moron who has the thin blue line flag on his truck",
            True,
        ),
        ("il tizio nel video è un coglione", True),
        # praise, or a thing described
        ("the guy in the video is a genius", False),
        ("I watched it twice and the game in the video is a stupid mess", False),
        ("the song playing in the background is a fucking banger", False),
        # name-calls of Reddit threads
        ("OP is a pathetic manchild who can't handle a breakup", True),
        ("nice repost, karma whore", True),
        ("shut up you mouthbreather", True),
        ("you bootlicker", True),
    ],
)
def test_a_person_described_in_the_subject(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # "fuck me" exclaimed before a clause of its own
        ("Fuck me you are a lifesaver", False),
        ("fuck me that's a big spider", False),
        ("fuck me im tired", False),
        ("fuck me daddy", True),
        ("fuck me you slut", True),
        # admiration in the shape of a name-call
        ("Take my upvote, you magnificent son of a bitch", False),
        ("you cheeky bastard, that was brilliant", False),
        ("you lucky son of a bitch", False),
        ("you bastard", True),
        ("you stupid son of a bitch", True),
    ],
)
def test_exclamations_and_admiration(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation
