"""Words of the precision21 round (issue 8, targeting_precision21.py): the writer sorry
for a slur or an insult said earlier; slurs or insults listed and named as words."""

from __future__ import annotations

from typing import Final

# fmt: off
# The speech verb of an earlier name-call: "sorry for calling you a ...", "i'm sorry i
# said you were a ...", "i was wrong to call you a ...".
SAYING: Final[frozenset[str]] = frozenset({
    "call", "called", "calling", "say", "said", "saying",
})
SAYING_REACH: Final = 5  # the verb at most this many tokens before the hit
# Right after the verb, who was called it: "calling you a ...", "said you were ...",
# "called my brother a ...". Not "sorry to say but you are ignorant": no one after "say".
CALLED: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "him", "her", "them", "my", "his", "your", "their", "that",
    "this", "those", "these", "ur",
})
# Before the verb in its sentence, the writer sorry for it: "sorry", "i feel bad for",
# "i regret", "i owe you an apology", "forgive me", "i was wrong to".
SORRY: Final[frozenset[str]] = frozenset({
    "sorry", "apologize", "apologise", "apology", "apologies", "regret", "forgive",
    "bad", "awful", "terrible", "guilty", "ashamed", "wrong", "scusa", "scusami",
    "perdonami",
})
# Anywhere between the sentence's start and the verb, the apology denied or asked:
# "i'm not sorry i called you ...", "sorry not sorry", "why would i apologize for ...",
# "i dont regret calling you ...".
NOT_SORRY: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nt", "t", "dont", "didnt", "wont", "cant", "why", "nothing",
    "non", "mai",
})
SORRY_REACH: Final = 12  # the sentence looked back over from the hit
# In the next few tokens after the hit, the name-call said again or kept: "sorry i
# called you a retard, but you are one", "..., you're actually worse".
KEPT: Final[frozenset[str]] = frozenset({
    "but", "meant", "mean", "deserve", "deserved", "because", "cause", "cuz", "since",
    "actually", "still", "again", "worse", "one", "ma", "perche",
})
KEPT_REACH: Final = 8
# Slurs or insults listed and named as words: "retard and faggot are words you shouldnt
# use", "nigga retard and faggot, three words that get people angry". The list's joiners.
JOINERS: Final[frozenset[str]] = frozenset({"and", "or", "an", "n", "nor", "e", "o"})
# Between the list and its noun: a copula, a count, a determiner, a judging adjective.
LIST_FILLERS: Final[frozenset[str]] = frozenset({
    "are", "r", "were", "is", "was", "all", "both", "the", "these", "those", "just",
    "two", "three", "four", "five", "number", "some", "such", "ugly", "bad", "offensive",
    "worst", "different", "old", "medical", "clinical", "racist", "ableist", "rude",
    "dirty", "swear", "curse", "hateful", "hurtful", "sexist", "homophobic", "same",
    "considered", "not", "only", "sono", "erano", "non", "tre", "due",
})
LIST_FILLER_REACH: Final = 4
# The plural noun that names the list as words (one word named is older rounds' reading,
# and "do not believe a word these muslims say" names none).
WORD_NOUNS: Final[frozenset[str]] = frozenset({
    "words", "slurs", "terms", "insults", "names", "expressions", "parole", "insulti",
    "termini",
})
LIST_REACH: Final = 10  # list members and joiners looked over on each side of the hit
# After a joiner, a member the lexicon does not hold ("retard, spaz and cripple"), unless
# it names people: "retard and faggot and you, words fail me".
PEOPLE: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "your", "ya", "yall", "him", "her", "them", "he", "she", "they",
    "his", "their", "we", "i", "me", "my", "tu", "te", "voi", "lui", "lei", "loro",
})
# Right after the noun, the words given to someone: "words that describe you", "words
# that fit you", "two words for you", "words you deserve".
AIMED_AFTER: Final[frozenset[str]] = frozenset({
    "describe", "describes", "describing", "fit", "fits", "for", "suit", "suits",
    "define", "defines", "deserve", "deserves", "earned",
})
AIMED_AFTER_REACH: Final = 4
# A name-call told with a third person's speech tag after it: "i hate you, she said",
# "shut up idiot he yelled at his brother", "you're pathetic, dad said quietly", "go to
# hell, my mom shouted at the tv". The speaker: one word, or a determiner and a noun
# ("the teacher", "my coach"), never the writer ("i yelled": the writer's own words).
SPEAKERS: Final[frozenset[str]] = frozenset({
    "he", "she", "they", "mom", "mum", "dad", "someone", "somebody",
})
SPEAKER_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "my", "his", "her", "their", "our", "a",
})
# The noun after the determiner: a person, never a text ("nice try genius, the article
# says the opposite" stays aimed).
SPEAKER_NOUNS: Final[frozenset[str]] = frozenset({
    "teacher", "coach", "mom", "mum", "dad", "mother", "father", "brother", "sister",
    "boss", "captain", "villain", "hero", "guard", "bully", "witch", "kid", "guy", "girl",
    "man", "woman", "friend", "teammate", "ref", "referee", "cop", "officer", "neighbor",
    "neighbour", "boyfriend", "girlfriend", "wife", "husband", "son", "daughter", "grandma",
    "grandpa", "uncle", "aunt", "cousin", "character", "king", "queen", "stranger", "driver",
    "manager", "principal", "nurse", "doctor", "soldier", "sergeant", "landlord", "ex",
})
TAG_VERBS: Final[frozenset[str]] = frozenset({
    "said", "says", "yelled", "yells", "mumbled", "mumbles", "whispered", "whispers",
    "screamed", "screams", "shouted", "shouts", "told", "tells", "replied", "replies",
    "laughed", "laughs", "muttered", "mutters", "snapped", "snaps", "cried", "cries",
    "roared", "roars", "sneered", "sneers", "spat", "spits", "hissed", "hisses", "typed",
    "texted", "mouthed", "cackled", "cackles", "growled", "growls", "barked", "barks",
    "snarled", "snarls", "sighed", "sighs", "added", "adds", "wrote", "writes",
})
# Between the name-call and the speaker: the call's other words ("you stupid bitch she
# screamed") and a few of these ("i hate you so much he cried", "fuck you too she said").
TAG_FILLERS: Final[frozenset[str]] = frozenset({
    "too", "so", "much", "both", "all", "again", "already", "now", "then",
})
TAG_GAP: Final = 3  # at most this many tokens between the call and the speaker
# Right before the speaker, a head the tag is a relative clause of: "since he is a
# hypocrite, nothing he says counts", "everything she says is a lie".
TAG_HEADS: Final[frozenset[str]] = frozenset({
    "nothing", "everything", "anything", "something", "what", "whatever", "all", "which",
    "that", "because", "cause", "since", "when", "if",
})
QUOTE_REACH: Final = 6  # the told call opens its sentence at most this far before the hit
# After the tag, the writer taking the words up: "... he said and he was right", "...,
# she said, and i feel the same", "fuck you he said, so fuck you too", "he said it best",
# "you're an idiot he says? no, you are" (the reader named again).
ENDORSED: Final[frozenset[str]] = frozenset({
    "right", "true", "agree", "same", "correct", "facts", "too", "best", "first", "so",
    "you", "u", "ur", "youre", "your", "also",
})
ENDORSED_REACH: Final = 8
