"""A probe of forum comments (issue 8): Reddit-style threads, hostile and profanity-only.

Held-out judging includes Reddit comments labelled hate or derogatory against a class
that only swears. These comments were written fresh, before the scorer's rules were
read, in the voice of several subreddits (gaming, politics, sports, relationship
advice, AskReddit, memes; long run-on comments, quotes with ">", "EDIT:", "/s"), about
15% Italian (forum italiani).

Decided borderline, following issue 8 (insults of third persons count, curses at
things and situations do not):
- A name-call of someone not in the thread is hostile: a public figure ("Putin is a
  murderous cunt"), the OP's partner in an advice thread ("your husband is a useless
  lazy slob"), the person in the video, a team's fans.
- A judgment of a performance or a decision, even with profanity, is clean: "the ref
  was shit tonight", "our defence was dogshit", "that penalty call was bullshit",
  "Il Napoli ha giocato di merda". "The ref is a fucking idiot" would be hostile.
- A curse at a thing, a situation or an abstract noun is clean, also when the noun is
  personified with a name-call ("Depression is a lying bitch", "Piss off, winter").
- "Take my upvote, you magnificent bastard" and "Oh fuck off, that's actually
  hilarious" are clean: praise that uses the shape of an insult.
- A quote of an insult answered with counter-speech ("> you're an idiot" then "that's
  not an argument") is clean; quoted lyrics and song titles are clean.
- A sarcastic claim about a group ("Yeah because women are SO good at engineering /s")
  is hostile.

Measured at default settings (`Scorer()`). On main at 00e1039, before any rule of
this round: 84 of 122 hostile comments caught (68.9%), 10 of 154 clean comments
flagged (6.5%; 7 of the 107 that hold profanity), Italian 15 of 18 caught and 2 of 22
flagged. After targeting_forum.py's rules (written after reading these verdicts, so
no longer a held-out figure): 94 of 122 caught (77.0%), 4 of 154 flagged (2.6%; 3 of
107 with profanity), Italian 15 of 18 and 1 of 22. MISSED and FALSE_FLAGS below are
the wrong verdicts at the last measurement; the floor and cap are their counts, so a
later change that loses a comment or flags one more fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.forum_probe_comments import CLEAN, HOSTILE, ITALIAN_CLEAN, ITALIAN_HOSTILE

# The probe's wrong verdicts at the last measurement (see the module docstring).
# fmt: off
MISSED: tuple[str, ...] = (
    "Imagine being this stupid and posting it publicly lmao",
    "Found the incel.",
    "Lol OP is a complete tool",
    "What a fucking dumbass take. Are you twelve?",
    "Did your parents drop you on your head as a kid or are you just naturally this thick?",
    "You're a sad, lonely little man and it shows in every comment you make",
    "Your dad is a deadbeat piece of trash and you don't owe him anything",
    "Anyone who still plays this game is a braindead whale",
    "Console players are mouthbreathing peasants",
    "Streamers like that are parasitic morons farming kids for money",
    "This meme was made by a virgin who lives in his mom's basement",
    "Whoever made this is a fucking degenerate",
    "OP stole this meme, fucking karma whore",
    "Boris Johnson is a buffoon and a liar",
    "MAGA chuds should all be rounded up and shipped off",
    "Refs in this league are blind corrupt fucks",
    "Messi is a diving little rat",
    "Every Yankees fan is a smug prick",
    "Women are too emotional to be in charge of anything",
    "Mexicans are lazy, end of story",
    "Whites are devils, every single one of them",
    "Someone should shoot every illegal at the border",
    "Why are Asian drivers so fucking useless?",
    "Yeah because women are SO good at engineering /s",
    "Say that to my face and I'll break your jaw",
    "L'arbitro è un venduto di merda",
    "Questo utente è un troll, un povero sfigato",
    "Gli zingari rubano, punto",
)
FALSE_FLAGS: tuple[str, ...] = (
    "Piss off, winter. Nobody invited you.",
    "Oh man, that's a tough one. Honestly fuck your landlord's rules about pets, get a lawyer",
    "The bill is a piece of shit and everyone voting for it knows it",
    "Gli immigrati lavorano nei campi per pochi euro, è una vergogna come li trattiamo",
)
# fmt: on


def _flagged(scorer: Scorer, comments: tuple[str, ...]) -> list[str]:
    return [comment for comment in comments if scorer.score(comment).hostile]


def test_the_probe_is_large_balanced_and_has_no_repeats() -> None:
    total = len(HOSTILE) + len(CLEAN)
    assert total >= 250
    assert 0.40 <= len(HOSTILE) / total <= 0.50
    assert len(set(HOSTILE) | set(CLEAN)) == total
    assert HOSTILE[-ITALIAN_HOSTILE] == "OP sei un coglione, leggi prima di scrivere"
    assert CLEAN[-ITALIAN_CLEAN] == "Cazzo che partita ieri sera!"


def test_the_recorded_wrong_verdicts_belong_to_the_probe() -> None:
    assert set(MISSED) <= set(HOSTILE)
    assert set(FALSE_FLAGS) <= set(CLEAN)


def test_recall_on_hostile_comments_holds(scorer: Scorer) -> None:
    caught = len(HOSTILE) - len(MISSED)
    assert len(_flagged(scorer, HOSTILE)) >= caught


def test_profanity_only_and_clean_comments_stay_clean(scorer: Scorer) -> None:
    flagged = _flagged(scorer, CLEAN)
    assert len(flagged) <= len(FALSE_FLAGS), sorted(set(flagged) - set(FALSE_FLAGS))


def test_italian_comments_hold(scorer: Scorer) -> None:
    hostile, clean = HOSTILE[-ITALIAN_HOSTILE:], CLEAN[-ITALIAN_CLEAN:]
    caught_floor = ITALIAN_HOSTILE - len(set(MISSED) & set(hostile))
    assert len(_flagged(scorer, hostile)) >= caught_floor
    assert len(_flagged(scorer, clean)) <= len(set(FALSE_FLAGS) & set(clean))
