"""Word lists for the precision19 round (issue 8, targeting_precision19.py): clean
lines the chain over-read, a name-call the writer gives themself, a thing named with an
insult word, a slur named and judged as a word, a thing let go, a fact regretted."""

from __future__ import annotations

from typing import Final

# fmt: off
# Name-calls a writer gives themself right before "me" / "io": "idiot me left the oven
# on", "stupido io che ti ho creduto". Not "noob": game chat's "noob me" may ask for help.
SELF_TITLES: Final[frozenset[str]] = frozenset({
    "idiot", "moron", "dumbass", "dummy", "dork", "loser", "clown", "doofus", "dingus",
    "dumbo", "muppet", "numpty", "goof", "bozo", "dipshit", "dweeb",
    "nerd", "fool", "genius",
    "idiota", "coglione", "cretino", "cretina", "scemo", "scema", "stupido", "stupida",
    "fesso", "fessa", "pirla", "deficiente",
})
ME: Final[frozenset[str]] = frozenset({"me", "io"})
# A word that may open the line before "idiot me": "ugh idiot me", "classic idiot me".
SELF_OPENERS: Final[frozenset[str]] = frozenset({
    "ugh", "oh", "classic", "lol", "lmao", "welp", "well", "yep", "and", "so", "of",
    "course", "typical", "smh", "bruh", "fuck", "fml", "damn", "shit", "man",
})
# An insult word before a thing it names: "pussy hat", "losers bracket", "spic and span".
PUSSY_TERMS: Final[frozenset[str]] = frozenset({"pussy", "your pussy"})
HATS: Final[frozenset[str]] = frozenset({"hat", "hats"})
LOSER_TERMS: Final[frozenset[str]] = frozenset({"loser", "losers"})
BRACKETS: Final[frozenset[str]] = frozenset({
    "bracket", "brackets", "round", "rounds", "final", "finals", "side", "semis",
    "semifinal", "semifinals", "run",
})
SPIC_TERMS: Final[frozenset[str]] = frozenset({"spic"})
SPIC_AND: Final[frozenset[str]] = frozenset({"and", "n"})
SPAN: Final[frozenset[str]] = frozenset({"span"})
# "let it all go away": a thing let go, no order to the reader.
GO_AWAY: Final[frozenset[str]] = frozenset({"go away"})
LET: Final[frozenset[str]] = frozenset({"let", "lets", "letting"})
LET_THINGS: Final[frozenset[str]] = frozenset({"it", "that", "this", "everything", "things"})
LET_FILLERS: Final[frozenset[str]] = frozenset({"all", "just", "finally", "simply", "slowly"})
LET_REACH: Final = 4
# "i hate that you're leaving": a fact about the reader regretted, not the reader hated.
HATE_TERMS: Final[frozenset[str]] = frozenset({"hate"})
THAT: Final[frozenset[str]] = frozenset({"that"})
YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
# "you're" / "you were" before what befell the reader; aimed when the reader's being is
# the fact ("i hate that you were born", "... that you're alive", "... that you're a ...").
BE: Final[frozenset[str]] = frozenset({"re", "are", "r", "were", "was"})
BEING: Final[frozenset[str]] = frozenset({
    "born", "alive", "here", "around", "real", "breathing", "living", "existing", "a", "an",
    "such", "like", "even", "ever", "still", "in", "on", "my", "the",
})
# A verb of what befell the reader or what they must do: "that you got hurt", "that you
# have to go", "that you moved away".
BEFELL: Final[frozenset[str]] = frozenset({
    "got", "get", "have", "has", "had", "need", "needed", "moved", "move", "left", "leave",
    "lost", "missed", "miss", "hurt", "broke", "went", "go", "work", "worked", "gotta",
    "can", "cant", "couldn", "couldnt", "didn", "didnt", "won", "wont", "will", "ll", "d",
    "must", "live", "feel", "felt",
})
# A slur named and judged as a word: "ching chong is racist", "tranny is offensive".
# "e" is a folded "è" ("frocio è un termine offensivo"); "and" ("frocio e negro") meets
# no judgement after it.
IS: Final[frozenset[str]] = frozenset({"is", "s", "was", "e"})
JUDGE_FILLERS: Final[frozenset[str]] = frozenset({
    "a", "an", "so", "very", "really", "literally", "super", "pretty", "extremely",
    "kinda", "just", "actually", "incredibly", "deeply", "term", "word", "expression",
    "un", "una", "molto", "davvero", "proprio", "termine", "parola", "espressione",
})
JUDGES: Final[frozenset[str]] = frozenset({
    "racist", "offensive", "xenophobic", "derogatory", "ableist", "homophobic",
    "transphobic", "sexist", "hurtful", "bigoted", "antisemitic", "insulting", "slur",
    "misogynistic", "razzista", "offensivo", "offensiva", "dispregiativo", "dispregiativa",
    "spregiativo", "spregiativa", "omofobo", "omofoba", "insulto",
})
JUDGE_REACH: Final = 3
# A slur's Spanish homonym ("negro" is black, "Kike" a name) in a Spanish sentence:
# "el gato negro es muy bonito", "kike soy de madrid". Two Spanish words a few tokens
# around it, none shared with Italian or English chat ("solo", "pero", "yo", "y", "con").
FOREIGN_TERMS: Final[frozenset[str]] = frozenset({"negro", "negros", "negra", "negras", "kike"})
SPANISH: Final[frozenset[str]] = frozenset({
    "el", "los", "las", "soy", "eres", "somos", "es", "estoy", "esta", "esto", "eso",
    "que", "por", "muy", "para", "tengo", "tiene", "mismo", "joder", "mierda", "vuestra",
    "vuestro", "nosotros", "ustedes", "usted", "pues", "porque", "tambien", "de", "mas",
    "mucho", "muchos", "ese", "esa", "hombre", "gracias", "hermano", "amigo",
})
SPANISH_REACH: Final = 5
# Speech quoted with "like": "he was like fuck you and left", "and then she's like
# you're trash", "they were all like kill yourself", "people be like shut up". The
# speaker is anyone but the reader or "it" ("you're like fuck you", "it's like fuck you
# too" stay aimed); the writer only in the past ("i was like go away", never "im like
# bro shut up", said now and maybe to the reader).
LIKE: Final[frozenset[str]] = frozenset({"like"})
LIKE_FILLERS: Final[frozenset[str]] = frozenset({
    "all", "just", "literally", "totally", "kinda", "lowkey", "then", "straight", "basically",
})
# Not "is" / "are": "murder is like chopping off ...", "they are like animals" compare.
QUOTE_BE: Final[frozenset[str]] = frozenset({"was", "were", "s", "be"})
# "hes like ...": a speaker and its verb in one token.
QUOTE_FUSED: Final[frozenset[str]] = frozenset({"hes", "shes", "theyre"})
NOT_SPEAKERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "youre", "ya", "it", "its", "that", "this", "there", "what", "which",
    "who", "thats", "i", "to",
})
WRITER: Final[frozenset[str]] = frozenset({"i"})
PAST_BE: Final[frozenset[str]] = frozenset({"was"})
# A likeness, not a quote, right after "like": "he's like an idiot", "she's like you, a
# loser", "they're like your typical trolls".
LIKENESS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "some", "such", "so", "your", "his", "her", "their", "my", "our",
    "them", "him", "me", "us", "those", "these", "every", "all",
})
QUOTE_REACH: Final = 4
# The terms whose readings the round looks at (the judged slurs apart: any identity term).
TERMS: Final[frozenset[str]] = (
    SELF_TITLES | PUSSY_TERMS | LOSER_TERMS | SPIC_TERMS | GO_AWAY | HATE_TERMS | FOREIGN_TERMS
)
# fmt: on
