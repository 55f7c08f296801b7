"""The precision14 round's fixes (issue 8, thirteenth session) as their specification:
three readings made at their own depth, not by a later rule that undoes them.

- targeting_insults12.py: a line opening "the fuck you mean" has dropped its "what"; the
  hit is the question's emphasis, as "where the fuck you been" already was.
- forum_words.py (`is_abstract`'s hard times): "revenge is a bitch", "gravity is a bitch"
  name a thing, not a person called by name.
- targeting_formspring.py (`_heard`): "sorry i called you stupid" takes the writer's own
  name-call back, as "i feel bad for calling you stupid" already did.
- targeting_insults12.py (`_cheered`): "let's go motherfuckers!" cheers a team on as "let's
  go you fuckers" already did; the "you" left out, the swear word ends the clause.
- targeting_precision14.py (the round's one rule class): a transcript line, someone
  else's words after a speaker label and a colon ("my sister: you're an idiot. me: no
  u"), is reported; a name, a mention, "me:", "to my ex:", "dear ref:", "PSA:" keep it.
- lexicons/en/cues.txt [laugh]: a laugh with a letter doubled ("lmaoo", "hahah") laughs
  off an "i hate you" as "lmao" already did (runs of 3+ letters are squeezed; two are kept).
- targeting_controls2.py (`_shouted`): "son of a bitch! missed again" is an exclamation
  with the speaker's "i" dropped after the "!", as "son of a bitch, i missed again" was.

The last two shapes were added mid-round from gab_hate's even rows, after the held-back
batch was counted: they have fresh lines (written after the rule) but no held-back batch.

Each shape's clean lines (the fresh ones written after the fix, never tuned on) and the
hostile look-alikes in the same words that must stay flagged. The fixes read English
only; Italian lines check that nothing of theirs reaches Italian chat.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_insults12 import EMPHASIS_NOTE
from bot.core.scoring.verdict import TargetKind

_THIRD = TargetKind.THIRD_PERSON
_READER = TargetKind.SECOND_PERSON

# fmt: off
# "the fuck you mean": flagged before the round as "fuck you" said to the reader.
CLEAN_EMPHASIS: tuple[str, ...] = (
    "the fuck you mean", "the fuck you mean its monday already",
    # fresh, written after the fix
    "the fuck you mean you forgot the tickets", "the fuck you talking about, the match is tomorrow",
    "the fuck you mean it's sold out", "the fuck you meant by that emoji lol",
    "the fuck you mean we have school tomorrow",
)

# "X is a bitch" of a thing or a time: "revenge is a bitch" was read as a name.
CLEAN_THING: tuple[str, ...] = (
    "revenge is a bitch", "mondays are a bitch", "physics is a bitch",
    # fresh, written after the fix
    "irony is a bitch", "gravity is such a bitch lol", "homework is a bitch tonight",
    "karma's a real bitch ain't it", "humidity is a bitch today",
)

# The writer's own name-call taken back: flagged before the round (but for
# "i feel bad for calling you...", which was already read as reported).
CLEAN_APOLOGY: tuple[str, ...] = (
    "sorry i called you stupid, i was tilted", "i'm sorry i called you a moron yesterday",
    "sorry i called you a noob last game", "my bad i called you a clown earlier",
    "i feel bad that i called you dumb", "im sorry i called u a loser man",
    # fresh, written after the fix
    "sorry i called you a bot earlier, good game", "i feel guilty that i called you a liar",
    "really sorry i called you a dumbass last night", "apologies, i called you a troll by mistake",
    "my bad, i called u a noob, you carried",
)

# A team cheered on with no "you": flagged before the round as a name-call of the room.
CLEAN_CHEER: tuple[str, ...] = (
    "let's go motherfuckers",
    # fresh, written after the fix
    "come on bitches!", "lets go fuckers, gg", "cmon bastards", "go go fuckers",
    "let's go, bitches!",
)

# "son of a bitch!" then the speaker's news, its "i" dropped: flagged before the round.
CLEAN_EXCLAIMED: tuple[str, ...] = (
    "Son of a bitch!! Found too soon!", "son of a bitch! missed again",
    # fresh, written after the fix
    "son of a bitch!! forgot the milk", "son of a bitch! lost the whole file",
    "son of a bitch! that's the third flat tire this week",
)

# A transcript line: flagged before the round as said to the reader.
CLEAN_TRANSCRIPT: tuple[str, ...] = (
    "my sister: you're an idiot. me: no u", "him: you're ugly. me: ok",
    "what my dad says when i lose: you idiot", "things people say to me: you're a loser",
    "every ranked teammate ever: you're trash, uninstall",
    # fresh, written after the rule
    "my uncle at thanksgiving: you're a disgrace to this family",
    "him: you're a psycho. me: lol", "what the ref said to me: you're a cheater",
    "my sister every morning: you're so annoying, get out",
    "things my teacher told me: you're lazy",
)

# "I hate you" laughed off with a doubled letter: flagged before the round.
CLEAN_LAUGHED: tuple[str, ...] = (
    "i fucking hate you lmaoo", "i hate you lmaoo",
    # fresh, written after the lexicon lines
    "i hate you lmfaoo", "i hate you so much hahah", "i hate you loll", "ugh i hate you lolol",
    "i fucking hate you hahahah",
)

HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # an insult beside the laugh: only "i hate you" is laughed off
    ("lmaoo you're trash", _READER),
    ("you're so dumb lolol", _READER),
    ("lmfaoo you idiot", _READER),
    ("hahah you are a loser", _READER),
    ("i hate you, you're a loser lmaoo", _READER),
    # a label that names, addresses or announces: the words are said to the reader
    ("Dave: you're a moron", _READER),
    ("@kim: you are an idiot", _READER),
    ("to everyone who voted: you're idiots", _READER),
    ("dear haters: you're pathetic", _READER),
    ("me: you're a clown", _READER),
    ("important: you're an idiot", _READER),
    ("in other words: you're an idiot", _READER),
    ("people: you're all idiots", _READER),
    ("guys: you are morons", _READER),
    # sent away or insulted, not cheered
    ("go away motherfuckers", TargetKind.IMPERATIVE),
    ("shut up bitches", TargetKind.IMPERATIVE),
    ("come on motherfuckers, you suck", _READER),
    # someone named after the exclamation, or no "!" to mark it
    ("son of a bitch! he did it again", _READER),
    ("son of a bitch! you did it again", _READER),
    ("son of a bitch. missed again", _READER),
    ("son of a bitch! idiot", _READER),
    # a challenge or an insult beside "the fuck you"
    ("the fuck you looking at, idiot", _READER),
    ("the fuck you mean, moron", _READER),
    ("the fuck you looking at, moron", _READER),
    ("why the fuck you such an idiot", _READER),
    ("why the fuck you have to do that", _READER),  # insults12's reading, kept
    ("fuck you", _READER),
    # "is a bitch" said of a person
    ("the ref is a bitch", _THIRD),
    ("his sister is a bitch", _THIRD),
    ("my boss is such a bitch", _THIRD),
    ("you're a bitch", _READER),
    ("Mike is a bitch", _THIRD),
    # a name-call restated or not taken back
    ("i called you a moron because you are one", _READER),
    ("i called you an idiot and i meant it", _READER),
    ("i called you a dumbass and you are one", _READER),
    ("sorry but i called you a liar because you lied", _READER),
    ("too bad i called you a loser, you deserved it", _READER),
    ("sorry not sorry, you're a loser", _READER),
    ("i'm sorry you're so stupid", _READER),
)

ITALIAN_CLEAN: tuple[str, ...] = ("scusa, che cazzo dici lol", "la vendetta è una gran cosa")
ITALIAN_HOSTILE: tuple[str, ...] = ("sei un coglione", "scusa ma sei proprio un idiota")
# fmt: on


@pytest.mark.parametrize("text", CLEAN_EMPHASIS)
def test_dropped_what_is_emphasis(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
    assert EMPHASIS_NOTE in verdict.explanation, verdict.explanation


@pytest.mark.parametrize("text", CLEAN_THING)
def test_a_thing_is_a_bitch(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
    assert verdict.target is not _THIRD, verdict.explanation


@pytest.mark.parametrize("text", CLEAN_APOLOGY)
def test_a_name_call_taken_back(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.REPORTED, verdict.explanation


@pytest.mark.parametrize("text", CLEAN_TRANSCRIPT)
def test_a_transcript_reports(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
    # an older rule may clear a word first ("cheater" said of the writer); else reported
    assert verdict.target in (TargetKind.REPORTED, TargetKind.NONE, TargetKind.OBJECT)


@pytest.mark.parametrize("text", CLEAN_TRANSCRIPT[:4])
def test_transcript_rule_reads_the_quote(scorer: Scorer, text: str) -> None:
    """The rule's own reading: the quoted "you" is reported."""
    verdict = scorer.score(text)
    assert verdict.target is TargetKind.REPORTED, verdict.explanation


@pytest.mark.parametrize("text", CLEAN_CHEER + CLEAN_EXCLAIMED + CLEAN_LAUGHED)
def test_cheers_and_exclamations(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_look_alikes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", ITALIAN_CLEAN)
def test_italian_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", ITALIAN_HOSTILE)
def test_italian_insults_stay(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
