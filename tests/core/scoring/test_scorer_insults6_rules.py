"""The insults6 shapes (issue 8) as a table: words that only look aimed at the reader.

- Someone else's words relayed without quotation marks: one person (he, she, "my mom",
  "the cop") said, yelled or wrote them, so the "you" inside belongs to that person's
  listener, not the reader: "the cop kept screaming stop resisting you idiot", "lui ha
  detto sei un idiota". The writer's own repeat ("I said shut up you idiot"), a crowd
  ("everyone says you are a loser") and words said to the reader ("she said to you")
  stay aimed.
- A bare name-call noun right after "not", closing its clause, is a vocative: "no your
  not dickhead"; "you're not an idiot" stays denied.
- A person named as the subject after a discourse opener: "by the way, Kevin is a jerk",
  "comunque Marco è un coglione"; "btw Twitter is trash" stays a thing.
- A singular compound name-call noun opening a sentence names someone: "Shithead keeps
  stealing my kills"; plurals ("assholes exist everywhere") name people in general.
- A name-call and a group word with a stop or comma between them are two clauses, no
  slur compound: "that movie was disgusting. jews celebrate hanukkah this week".
- A judgement of the reader held by "nobody": "nobody thinks you're stupid".
- Praise with a swear word: "you're one smart son of a bitch" (benign.txt lines).
- The subject of a name-call: "we" is the writer among others ("we were all idiots in
  high school"), a pet is no person ("our dog is a little moron").
- Sarcasm read backwards in set phrases: "nice try genius" (insult.txt lines).
- A star slipped between the letters of a word to dodge a filter ("jer*k", "los*er",
  "dou*che*bag") is the word; a star over a letter ("f*ck") already was.

Every line is written for this file, none taken from the data.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

RELAYED_CLEAN = (
    "the cop kept screaming stop resisting you idiot while filming",
    "my dad yelled get off the couch you lazy bum and we all laughed",
    "he said you are an idiot if you buy that phone",
    "she wrote shut up you moron on the whiteboard",
    "he was shouting move you loser at the bus driver",
    "my sister texted me you absolute clown lol",
    "a guy on the bus was waving his arms while yelling sit down you idiot",
    "lui ha detto sei un idiota, cosa faccio?",
    "mia madre urlava alzati pigrone tutte le mattine",
)
RELAYED_HOSTILE = (
    "I said shut up you idiot",  # the writer, again
    "like i said you moron",
    "everyone says you are a loser",  # a crowd agrees: said of the reader
    "they all say you're trash",
    "she said it was fine. you idiot",  # a new sentence: the writer's own
    "he said to you that you are an idiot and he was right, you idiot",
    "he told you you're a moron and you are",
    "ti ho detto che sei un idiota",
    "while yelling at me you idiot forgot to mute",  # at me: the writer heard it
)

# A bare name-call noun after "not", closing the clause: a vocative.
VOCATIVE_HOSTILE = (
    "no your not dickhead",
    "nope you are not asshole!",
    "no u r not dumbass, sit down",
    "no you're not, moron",
)
DENIED_CLEAN = (
    "you're not an idiot",
    "you are not stupid, you were tired",
    "no you're not evil",
    "i am not idiot",  # the writer
    "you're not a dickhead for asking",
    "not idiots at all, just new players",
    "nah hes not noob, just lagging",  # game chat's grammar: denied
    "u not noob bro",
)

# A person named as the subject past a discourse opener.
OPENER_HOSTILE = (
    "by the way, Kevin is a jerk.",
    "btw Dana is such an idiot",
    "and honestly Rorschach is a clown",
    "lol the ref is an idiot",
    "ps: Mulroney is a liar",
    "comunque Marco è un coglione",
    "tra l'altro Giulia è una stronza",
)
OPENER_CLEAN = (
    "btw Twitter is trash",  # maybe a thing: weighed as before
    "also the printer is garbage",
    "and my brother is an idiot lol",  # family talk, as without the opener
    "tbh this game is trash",
    "by the way, nobody is an idiot for asking",
    "comunque la partita è stata una merda",
)

# A singular compound name-call opening a sentence names someone, as "Idiot ..." does.
COMPOUND_HOSTILE = (
    "Shithead keeps stealing my kills",
    "Scumbag. Blocked.",
    "Fucktard left the match again",
    "Douchebag thinks he is funny",
    "Jackass will just copy it",  # "-ass" is one of the person ends too
    "Dumbass keeps feeding mid",
)
COMPOUND_CLEAN = (
    "assholes exist in every fandom, ignore them",  # a plural: people in general
    "jackasses exist in every fandom",
    "no dickhead would ever do that here",
    "don't let a couple of douchebags ruin it for you",
    "badass play in the final round",
)

# A group word beside a name-call is a compound only with no pause between them.
PARTED_CLEAN = (
    "that movie was disgusting. jews celebrate hanukkah this week",
    "this is ridiculous. women deserve equal pay",
    "lol so stupid. immigrants are welcome here",
    "che schifo di partita. i musulmani festeggiano oggi",
)
COMPOUND_GROUP_HOSTILE = (
    "savage muslims",
    "filthy jew",
    "muslim rats everywhere",
)

# A judgement of the reader that "nobody" holds.
NOBODY_CLEAN = (
    "nobody thinks you're stupid",
    "no one said you were an idiot",
    "no one here thinks you are dumb",
    "nobody thinks that you're a loser",
    "nessuno pensa che tu sia stupido",
)
NOBODY_HOSTILE = (
    "nobody cares, you're stupid",
    "nobody likes you, idiot",
    "no one thinks you're smart, idiot",
    "everyone thinks you're stupid",
    "nobody thinks you're stupid, they think you're a lazy idiot",
)

# Praise with a swear word.
PRAISE_CLEAN = (
    "you're one smart son of a bitch",
    "you sly son of a bitch, well played",
    "you sneaky bastard, nice flank",
)
PRAISE_NEAR_HOSTILE = (
    "you stupid son of a bitch",
    "you're one ugly son of a bitch",
)

# The subject of the name-call: the writer among others, or a pet.
SUBJECT_CLEAN = (
    "we were all idiots in high school",
    "we're all idiots sometimes",
    "siamo tutti degli idioti",
    "our dog is a little moron and we love him",
    "that cat is an idiot, she fell off the couch",
    "quel gatto è un coglione",
)
SUBJECT_HOSTILE = (
    "we know you are idiots",
    "you are idiots and we are not",
    "the dog owner is an idiot",
    "your dog is an idiot and so are you",
)

# Sarcasm read backwards: a title of praise said as a put-down, in set phrases.
SARCASM_HOSTILE = (
    "nice try genius, the article says the opposite",
    "nice going genius you broke it",
    "ok captain obvious",
    "sure thing sherlock",
)
SARCASM_CLEAN = (
    "you're a genius",
    "nice try! genius move by the other team though",
    "the sherlock series is great",
    "einstein was a genius",
)

STARRED_HOSTILE = (
    "you are such a jer*k",
    "shut up you los*er",
    "a dou*che*bag like you",
    "you absolute idi*ot",
    "sei proprio uno stro*nzo",
)
STARRED_CLEAN = (
    "*hugs you*",
    "you are 5*5 today",
    "2*3 is six, you know",
    "you are a star*",  # a footnote
    "you got a*b wrong",
    "i see you bo**s at the party lol",  # two stars hide letters: no "boss" here
)


HOSTILE = (
    RELAYED_HOSTILE
    + VOCATIVE_HOSTILE
    + OPENER_HOSTILE
    + COMPOUND_HOSTILE
    + COMPOUND_GROUP_HOSTILE
    + NOBODY_HOSTILE
    + PRAISE_NEAR_HOSTILE
    + SUBJECT_HOSTILE
    + SARCASM_HOSTILE
    + STARRED_HOSTILE
)
CLEAN = (
    RELAYED_CLEAN
    + DENIED_CLEAN
    + OPENER_CLEAN
    + COMPOUND_CLEAN
    + PARTED_CLEAN
    + NOBODY_CLEAN
    + STARRED_CLEAN
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", RELAYED_CLEAN[:7])
def test_relayed_words_are_reported(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.REPORTED, text


@pytest.mark.parametrize(
    ("text", "term"),
    [("you are such a jer*k", "jerk"), ("a dou*che*bag like you", "douchebag")],
)
def test_inserted_star_names_the_word(scorer: Scorer, text: str, term: str) -> None:
    assert term in {match.term for match in scorer.score(text).matches}, text
