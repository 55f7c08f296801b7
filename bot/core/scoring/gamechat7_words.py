"""The word lists of the gamechat7 targeting rules (issue 8): who is sarcastic, planning,
judged or answered, kept apart from the rules that read them (targeting_gamechat7.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_kinds import Kind

# The lexicon terms that are mock titles only as a vocative.
MOCK_TITLES: Final = frozenset({"genius", "einstein", "sherlock", "captain obvious", "genio"})
# Sarcastic praise or a weary answer before the title, in its sentence ("nice job",
# "thanks a lot", "wow amazing play", "ok", "bravo"; gamechat20: "well played", "well
# done", "gj", "wp").
# fmt: off
SARCASTIC: Final = frozenset({
    "nice", "great", "good", "thanks", "thank", "thx", "ty", "wow", "amazing",
    "awesome", "brilliant", "smart", "ok", "okay", "k", "sure", "yeah", "right", "bravo",
    "brava", "bravi", "grazie", "ottimo", "complimenti", "ottima", "bella", "well", "gj",
    "wp",
})
# Right before the title: a claim or a describing use ("a genius", "was genius", "un genio").
CLAIMED: Final = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "such", "what", "real", "true",
    "pure", "no", "un", "uno", "e", "sei", "era", "sono", "vero", "proprio", "like", "as",
    "of", "my", "our",
})
# What may close the line after the title: fillers, laughter, praise words said again.
TITLE_TAIL: Final = frozenset({
    "lol", "lmao", "lmfao", "xd", "bro", "dude", "man", "pls", "complimenti", "davvero",
    "proprio", "ahah", "ahahah", "again", "there", "here", "ffs", "smh",
})
# fmt: on
SARCASM_REACH: Final = 4  # "thanks a lot for that genius"
TITLE_TAIL_REACH: Final = 3  # "genio complimenti davvero"
# Before a send-off: the writer plans it or tells of it ("i need to touch grass", "lets
# go outside", "we should go outside", "he told me to touch grass", "devo uscire").
# fmt: off
SEND_OFFS: Final = frozenset({
    "touch grass", "touch some grass", "go outside", "toccare l erba", "tocca l erba",
    "tocca erba", "esci di casa",
})
PLANNERS: Final = frozenset({
    "i", "im", "ill", "id", "ive", "we", "were", "lets", "let", "us", "me", "gonna",
    "wanna", "gotta", "need", "should", "to", "will", "could", "might", "can", "cant",
    "must", "going", "io", "devo", "dobbiamo", "voglio", "vado", "andiamo", "posso",
    "dovrei", "di", "per",
})
# A place right after "go outside": a direction in the match ("go outside the zone").
DIRECTIONS: Final = frozenset({
    "the", "of", "this", "that", "ur", "your", "my", "our", "their", "to", "into", "zone",
    "circle", "base", "storm", "wall", "walls", "range", "il", "la", "lo", "dalla", "dal",
})
# fmt: on
PLAN_REACH: Final = 3  # "i really need to touch grass"
# "can't": one token, or "can" "t" / "couldn" "t" as the tokenizer splits it.
# fmt: off
CANT: Final = frozenset({"cant", "cannot", "couldnt", "cnt", "cudnt"})
CANT_STEMS: Final = frozenset({"can", "couldn", "could"})
SELF: Final = frozenset({"i", "im", "ive", "we", "me", "us", "myself"})
READER: Final = frozenset({"u", "you", "ya", "yall", "youre", "ur", "ure"})
THIRD: Final = frozenset({"he", "she", "they", "hes", "shes", "ppl", "people", "players", "guys"})
SKILL_REACH: Final = 4  # "u cant even aim for shit": words from "can't" to "for shit"
# Said after a verdict, a time or an aside: "again", "this game", "as always", "oggi".
TAILS: Final = frozenset({
    "again", "always", "as", "usual", "today", "tonight", "rn", "lately", "this", "game",
    "match", "round", "every", "each", "time", "lol", "lmao", "af", "ffs", "tbh", "smh",
    "fr", "honestly", "ngl", "omg", "bro", "oggi", "sempre", "ancora", "come", "al",
    "solito", "stasera", "questa", "partita", "raga",
})
# Before the subject of a verdict: who on which side ("our", "the", "random", "il").
OPENERS: Final = frozenset({
    "the", "our", "their", "ur", "your", "my", "this", "that", "these", "those", "random",
    "whole", "il", "lo", "la", "i", "gli", "le", "nostro", "nostra", "vostro", "vostra",
    "questo", "questa", "quel", "quella",
})
# Between the subject and the verdict: a copula and intensifiers only.
VERDICT_BRIDGE: Final = frozenset({
    "is", "are", "s", "re", "r", "was", "were", "so", "such", "a", "an", "literally",
    "actually", "really", "just", "too", "very", "completely", "absolutely", "totally",
    "fucking", "fkin", "fking", "e", "sono", "proprio", "davvero", "un", "una", "uno",
    "cosi", "troppo",
})
# A role that is also a place on the map: "the jungle is trash this patch".
PLACES: Final[frozenset[str]] = frozenset({"jungle", "mid", "top", "bot", "lane", "base"})
VERDICT_REACH: Final = 5  # "our whole team is literally so braindead"
DEED_REACH: Final = 10  # "center cant rebound for his life useless"
UNAIMED: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON, Kind.OBJECT})
# In the deed before a closing verdict: someone or something else it may judge ("the
# healer picked an item which is useless", "our tank said i am trash").
DEED_BREAKS: Final = frozenset({
    "it", "its", "which", "who", "what", "i", "im", "me", "my", "we", "you", "u", "ur",
    "your", "they", "them", "said", "says", "thinks", "item", "items", "build", "pick",
})
TAIL_REACH: Final = 3  # "as always lol"
MOTHERS: Final = frozenset({
    "your mom", "ur mom", "yo mom", "your mother", "ur mother", "your mum", "ur mum",
    "your momma", "ur momma", "mamma tua", "tua madre", "tua mamma",
})
# Warmth or concern anywhere in a line about someone's mother.
KIND_TO_MOTHERS: Final = frozenset({
    "hi", "hello", "say", "tell", "thanks", "thank", "ok", "okay", "doing", "how", "hope",
    "birthday", "bday", "nice", "sweet", "kind", "sorry", "miss", "better", "sick",
    "hospital", "proud", "condolences", "saluta", "salutami", "auguri", "come", "sta",
    "grazie", "ciao", "dinner", "home", "dad", "and", "e", "for", "per", "love", "loves",
    "lovely", "adore", "where", "who", "what", "whats", "when", "why", "amo", "dove",
})
# fmt: on
RETORT_LENGTH: Final = 4  # "like ur mom boom", "your mother is pro"
# Every lexicon term of this round that only its own rule aims.
OWN_TERMS: Final = MOCK_TITLES | SEND_OFFS | MOTHERS | {"for shit", "fa schifo"}
