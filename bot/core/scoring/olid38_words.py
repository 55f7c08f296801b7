"""Word sets of the olid38 round (issue 8): a verdict on people named by their trade,
office or side ("these scientists are a disgrace", "boy is that professor stupid").
"""

from __future__ import annotations

from typing import Final

# fmt: off
# People named by a trade, office, role or following, singular and plural: the subject
# of a verdict ("the critics are a joke", "the pope is a disgrace"). Never a sports
# official or a coach: older rounds read "the refs were awful tonight" as game talk.
# The older rules know a few person nouns and titles; a noun outside every list read the
# verdict as of a thing.
PERSON_HEADS: Final[frozenset[str]] = frozenset({
    "scientist", "scientists", "economist", "economists", "historian",
    "historians", "professor", "professors", "teacher", "teachers", "reporter",
    "reporters", "journalist", "journalists", "anchor", "anchors", "host", "hosts",
    "pundit", "pundits", "commentator", "commentators", "columnist", "columnists",
    "editor", "editors", "critic", "critics", "blogger", "bloggers", "influencer",
    "influencers", "celebrity", "celebrities", "actor", "actors", "actress", "actresses",
    "expert", "experts", "pollster", "pollsters", "checkers", "lawyer", "lawyers",
    "attorney", "attorneys", "judge", "judges", "doctor", "doctors", "nurse", "nurses",
    "politician", "politicians", "senator", "senators", "congressman", "congressmen",
    "congresswoman", "lawmaker", "lawmakers", "governor", "governors", "mayor", "mayors",
    "councillor", "councillors", "councilor", "councilors", "official", "officials",
    "candidate", "candidates", "president", "sheriff", "general", "generals", "pope",
    "bishop", "bishops", "cardinal", "cardinals", "priest", "priests", "pastor",
    "pastors", "preacher", "preachers", "executive", "executives", "ceo",
    "ceos", "landlord", "landlords", "voter",
    "voters", "supporter", "supporters", "follower", "followers",
    "protester", "protesters", "protestors", "activist", "activists", "members",
})
# Cue lists of identity words: a head described by one is an identity group, read by the
# older rounds ("these black people", "the gay voters").
IDENTITY_CUES: Final[tuple[str, ...]] = ("identity", "identity_adjective")
# Words between a subject and its head that point at it: "these", "the", "his".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "this", "that", "these", "those", "his", "her", "their", "your", "our", "my",
    "ur", "its",
})
# Words that make the noun phrase part of another ("the cost of lawyers", "the price of
# the refs"): never a modifier of the head, nor right before its determiner.
PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "of", "for", "in", "with", "to", "from", "at", "on", "by", "about", "and", "or",
    "against", "like", "than",
})
# Present copulas only: a past verdict is most often a story's complaint ("the lawyer was
# useless, and we're broke").
COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "s", "re"})
# A place word right after the head: "the nurses there are useless".
PLACES: Final[frozenset[str]] = frozenset({"there", "here", "nowadays", "today", "now"})
# Words between the copula and the verdict: "are such a joke", "is a total fraud".
BRIDGE: Final[frozenset[str]] = frozenset({
    "a", "an", "so", "such", "just", "total", "complete", "absolute", "really", "truly",
    "utterly", "pretty", "all", "always", "still", "also", "literally", "clearly",
    "nothing", "but", "bunch", "of", "the", "biggest", "most",
})
BRIDGE_REACH: Final[int] = 4  # tokens of BRIDGE back from the verdict to the copula
OF_REACH: Final[int] = 3  # words of an "of" phrase after the head: "governor of puerto rico"
MODIFIER_REACH: Final[int] = 2  # describing words between the determiner and the head
# Exclamations that invert a verdict: "boy is that professor stupid".
EXCLAIMS: Final[frozenset[str]] = frozenset({
    "boy", "man", "damn", "dang", "god", "gosh", "geez", "jeez", "lord", "wow", "omg",
    "whew", "golly",
})
# Words that may follow the verdict, its clause still said whole: "a joke tbh", "a
# disgrace to the university", "a joke and everyone knows it", "pathetic again".
TAIL_OPENERS: Final[frozenset[str]] = frozenset({
    "and", "but", "or", "to", "for", "again", "too", "tbh", "honestly", "frankly", "lol", "lmao",
    "smh", "imo", "tonight", "today", "now", "anymore", "period", "as", "who", "because",
    "cause", "these", "this", "all",
})
# Words of insult terms with a kind, slang-praise or plain sense ("that professor is a
# genius", "the fans are insane tonight", "the fans are out of control", "the kids are
# adopted"): a term holding one is never raised by this round.
KIND_SENSES: Final[frozenset[str]] = frozenset({
    "genius", "einstein", "sherlock", "legend", "beast", "savage", "monster", "machine",
    "madman", "unit", "wizard", "goat", "boss", "king", "queen", "insane", "crazy", "sick",
    "nuts", "wild", "mad", "cracked", "filthy", "nasty", "unreal", "ridiculous", "control",
    "adopted", "shit", "crap", "dog", "bitch",
})
# The term holds its own tail: "a disgrace to", "a joke of".
TERM_TAILS: Final[frozenset[str]] = frozenset({"to", "of", "for"})
# Words in a verdict's clause that deny it or keep it unsaid.
NEGATIONS: Final[frozenset[str]] = frozenset({
    "not", "never", "isnt", "arent", "wasnt", "werent", "t", "no", "hardly", "nt",
})
UNSAID: Final[frozenset[str]] = frozenset({
    "if", "unless", "whether", "when", "whenever", "said", "says", "say", "told", "claim",
    "claims", "called", "calling", "do", "does", "did", "why", "how", "saying", "not",
    "thinks", "believes", "claimed", "insists", "reckons",
    "some", "most", "many",
})
UNSAID_REACH: Final[int] = 8  # tokens back from the head, within its sentence
# fmt: on
