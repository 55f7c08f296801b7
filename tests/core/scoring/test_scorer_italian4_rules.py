"""The italian4 shapes (issue 8, targeting_italian4.py, lexicon_italian4.py and the
"italian4" lexicon and cue lines): English shapes the scorer already reads, said with
Italian grammar. Fresh examples for each rule, with the near-misses that must stay clean.
Default settings (every language) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_italian4 import dialect_twins, reader_questions
from bot.core.scoring.masked_words import truncated_fits
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.targeting_italian4 import CALLED_NOTE, CUDDLE_NOTE
from bot.core.scoring.verdict import Category, TargetKind


@pytest.fixture(scope="module")
def italian_only() -> Scorer:
    return Scorer(ScorerConfig(languages=("it",)))


# A person named by their role, as English "the referee is an idiot": an elided article
# ("l'arbitro") or the Roman "er", and a complement after the noun ("la prof di mate").
ROLE_HOSTILE = (
    "l'arbitro è un idiota",
    "il preside è un buffone",
    "l'allenatore è proprio un coglione",
    "la prof di mate è una stronza",
    "il mister della primavera è un incapace",
    "er capitano è un deficiente",
)
ROLE_CLEAN = (
    "l'arbitro ha fischiato la fine",
    "il preside è un grande, ci ha dato il giorno libero",
    "la prof di mate è una santa",
    "il mister è un genio della tattica",
)

# People in the plural or by the reader's possessive, as "these kids are trash", "your
# friends are idiots": "quei ragazzi sono stupidi", "i tuoi colleghi sono degli idioti".
PEOPLE_HOSTILE = (
    "quei ragazzi sono stupidi",
    "sti tizi sono dei falliti",
    "quelli della 3b sono degli sfigati",
    "i tuoi colleghi sono degli idioti",
    "le tue amiche sono delle troie",
)
PEOPLE_CLEAN = (
    "sti ragazzi sono dei geni",
    "i tuoi amici sono dei grandi",
    "le tue scarpe sono orribili",
    "quelle scarpe sono orribili",
)

# "cazzo di <group>" curses the group as "fucking gypsies" does; a thing stays a thing.
CURSED_GROUP = (
    "cazzo di zingari",
    "sti cazzo di immigrati",
    "quei cazzo di musulmani",
    "cazzo di froci ovunque",
)
CURSED_THING = (
    "che cazzo di partita ragazzi",
    "cazzo di wifi, si è staccato di nuovo",
    "sto cazzo di boss non muore mai",
    "cazzo di freddo stamattina",
)

# Italian drops the subject: "è un fallito" says what "he is a loser" says.
DROPPED_SUBJECT = (
    "è un fallito",
    "lascialo perdere, è un fallito",
    "è davvero una stupida",
    "è un cretino totale",
)
DROPPED_SUBJECT_CLEAN = (
    "è un idiota chi ci crede",  # whoever does it, nobody named
    "è un genio",
    "ho perso le chiavi, è un disastro",
    "il film è bello e un po' lungo",
)

# A line of two name-calls, the adjective after the noun: "cicciona schifosa" is said to
# the reader as "schifosa cicciona" is; a curse or a threat beside a name-call is not a
# second name-call, and a thing judged stays a thing.
PAIRED_CALLS = (
    "cicciona schifosa",
    "verme schifoso",
    "cretina ignorante",
    "sfigato schifoso",
)
PAIRED_CLEAN = (
    "partita schifosa",
    "die liar",  # game chat: "die" is a kill
)

# Dialect twins: "te" for "ti", any body part of a beating, "'na" / "nu" for "una" / "un".
DIALECT_HOSTILE = (
    "te meno",
    "te gonfio appena esci",
    "ti sfascio la testa",
    "ti rompo il naso",
    "sei 'na merda",
    "sei nu cesso",
)

# An optative "che" opening its sentence is a wish; inside a sentence it needs a wishing
# verb before it ("ho paura che ..." fears it).
WISHES = (
    ("che tu possa crepare", TargetKind.SECOND_PERSON),
    ("che tu possa morire male", TargetKind.SECOND_PERSON),
    ("che muoiano tutti i rom", TargetKind.GROUP),
    ("che possano crepare tutti gli zingari", TargetKind.GROUP),
)
NOT_WISHED = (
    "ho paura che tu possa morire, guida piano",
    "temo che ti investano se attraversi lì",
    "che tu possa vincere il torneo!",
    "mamma ha detto: che tu possa morire di fame? mangia",
    '"che tu possa crepare" è una frase orribile',  # quoted: talked about, not wished
)

# Cuddles and calls to dinner: a threat verb "di baci", an order to stop "e vieni".
CUDDLES = (
    "ti ammazzo di baci quando torni",
    "ti strozzo di abbracci",
    "ti uccido di coccole",
)
CALLS = (
    "smetti di giocare e vieni a cena",
    "smettila di giocare e scendi a tavola",
    "quit playing and come eat",
)
STILL_THREATS = (
    "ti ammazzo di botte",
    "smetti di giocare e vattene",
)

# A question word, a curse noun and the reader's verb: "who the fuck are you" in Italian.
READER_QUESTIONS = (
    "che cazzo vuoi",
    "ma chi cazzo sei",
    "cosa minchia guardi",
    "chi cazzo ti credi di essere",
    "che cazzo ridete voi due",
)
PLAIN_QUESTIONS = (
    "che cazzo vuoi mangiare stasera?",  # what the reader wants to do
    "cosa cazzo è successo qui",
    "che cazzo di partita",
    "mi ha scritto 'che cazzo vuoi', cosa rispondo?",  # reported
)

# "è vero che" affirms a claim; "non è vero che" denies it, on an Italian-only server too.
AFFIRMED = ("è vero che le donne sono inferiori", "si sa, è vero che i gay sono malati")
DENIED = ("non è vero che le donne sono inferiori", "non è vero che gli immigrati sono criminali")

# Game words Italian chat says in English: a match, on an Italian-only server too.
GAME_TALK_IT_ONLY = (
    "ti spacco in ranked stasera",
    "ti distruggo a fifa",
    "vi faccio a pezzi in competitiva",
)

# A word cut short with stars is the lexicon word it opens; a cut that is a word of its
# own keeps its star (a footnote or emphasis).
TRUNCATED_HOSTILE = (
    "vaff* tu e la tua famiglia",
    "sei un cogli***",
    "sei un idio*",
)
TRUNCATED_CLEAN = (
    "feed*",
    "*hugs*",
    "gioco* stasera?",
    "ci vediamo alle 9*",
)


@pytest.mark.parametrize("line", ROLE_HOSTILE)
def test_role_noun_names_a_person(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("line", ROLE_CLEAN)
def test_role_noun_praised_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", PEOPLE_HOSTILE)
def test_people_in_the_plural_are_named(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("line", PEOPLE_CLEAN)
def test_people_praised_and_things_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", CURSED_GROUP)
def test_curse_noun_bound_to_group(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize("line", CURSED_THING)
def test_curse_noun_bound_to_thing_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


def test_cazzo_di_zingari_on_an_italian_only_server(italian_only: Scorer) -> None:
    assert italian_only.score("cazzo di zingari").hostile


@pytest.mark.parametrize("line", DROPPED_SUBJECT)
def test_dropped_subject_names_someone(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("line", DROPPED_SUBJECT_CLEAN)
def test_dropped_subject_near_misses(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", PAIRED_CALLS)
def test_two_name_calls_make_a_vocative(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("line", PAIRED_CLEAN)
def test_paired_near_misses(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", DIALECT_HOSTILE)
def test_dialect_twins(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


def test_twins_keep_the_term_and_skip_existing_phrases() -> None:
    words = ("ti", "spacco", "la", "faccia")
    threat = Entry(" ".join(words), words, Category.THREAT, 0.9, None)
    insult = Entry("sei una merda", ("sei", "una", "merda"), Category.INSULT, 0.85, None)
    twins = dialect_twins({threat.tokens: threat, insult.tokens: insult})
    assert twins[("te", "spacco", "la", "faccia")].term == "ti spacco la faccia"
    assert ("ti", "spacco", "la", "testa") in twins
    assert ("te", "spacco", "i", "denti") in twins
    assert twins[("sei", "na", "merda")].term == "sei una merda"
    assert threat.tokens not in twins


@pytest.mark.parametrize(("line", "target"), WISHES)
def test_optative_che_is_a_wish(scorer: Scorer, line: str, target: TargetKind) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


@pytest.mark.parametrize("line", NOT_WISHED)
def test_feared_or_good_wishes_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", CUDDLES)
def test_cuddles_are_no_threat(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile
    assert CUDDLE_NOTE in verdict.explanation


@pytest.mark.parametrize("line", CALLS)
def test_called_to_dinner_is_no_exclusion(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile
    if verdict.matches:
        assert CALLED_NOTE in verdict.explanation


@pytest.mark.parametrize("line", STILL_THREATS)
def test_threats_and_send_offs_stay(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("line", READER_QUESTIONS)
def test_cursed_question_at_the_reader(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("line", PLAIN_QUESTIONS)
def test_plain_questions_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


@pytest.mark.parametrize("line", AFFIRMED)
def test_is_true_that_affirms(scorer: Scorer, italian_only: Scorer, line: str) -> None:
    assert scorer.score(line).hostile
    assert italian_only.score(line).hostile


@pytest.mark.parametrize("line", DENIED)
def test_not_true_that_denies(scorer: Scorer, italian_only: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile
    assert not italian_only.score(line).hostile


@pytest.mark.parametrize("line", GAME_TALK_IT_ONLY)
def test_game_words_in_english_on_an_italian_only_server(italian_only: Scorer, line: str) -> None:
    assert not italian_only.score(line).hostile


def test_real_threat_on_an_italian_only_server(italian_only: Scorer) -> None:
    assert italian_only.score("ti spacco la faccia appena ti vedo").hostile


@pytest.mark.parametrize("line", TRUNCATED_HOSTILE)
def test_truncated_word_reads_as_its_word(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("line", TRUNCATED_CLEAN)
def test_truncated_near_misses(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


def test_truncated_fits_need_four_letters_and_stars_only_at_the_end() -> None:
    maskable = {10: (("vaffanculo", 0.85),), 4: (("vaff", 0.1),)}
    assert truncated_fits("vaff*", maskable) == [(0.85, "vaffanculo")]
    assert truncated_fits("vaf*", maskable) == []
    assert truncated_fits("va*f*", maskable) == []


def test_truncated_flood_stays_a_verdict(scorer: Scorer) -> None:
    verdict = scorer.score("vaff* " * 700)
    assert verdict.hostile


def test_reader_questions_only_with_the_italian_lexicon() -> None:
    curse = Entry("cazzo", ("cazzo",), Category.PROFANITY, 0.15, None)
    assert reader_questions({}) == {}
    made = reader_questions({curse.tokens: curse})
    assert made[("che", "cazzo", "vuoi")].aim is TargetKind.SECOND_PERSON
