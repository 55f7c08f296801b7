"""The word lists of the hatecheck9 targeting rules (issue 8): the lexicon terms they
aim and the words their shapes read, kept apart from the rules (targeting_hatecheck9.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid6_words

# fmt: off
# This round's lexicon terms said of a group (lines under "hatecheck9"): a claim, a call
# for harm or exclusion in the passive, a trope. They count only with a named identity
# group as their subject ("disabled people are a drain on everyone", "jews should be
# wiped off the earth", "i rom rubano i bambini"); "the battery is a drain on the phone"
# or "the bug needs to be fixed" name no group.
GROUP_CLAIMS: Final = frozenset({
    "a drain on", "a threat to", "taking over", "be fixed", "be cured", "even exist",
    "never worth", "not worth", "flooding in",
    "replace us", "replacing us", "steal children", "steal babies",
    "be euthanised", "be euthanized", "be sterilised", "be sterilized", "be castrated",
    "be eradicated", "be purged", "be culled", "be rounded up", "be put in camps",
    "be wiped off the earth", "be wiped off the planet", "be wiped off the map",
    "be sent back", "be thrown out of the country", "be thrown out of our country",
    "be kicked out of the country", "be kicked out of our country", "be locked away",
    "be locked in an asylum",
    "non saranno mai italiani", "non saranno mai veri italiani", "non sono italiani",
    "non sono veri italiani", "non lavorano mai", "non vogliono lavorare",
    "rubano i bambini", "rubano bambini", "rapiscono i bambini",
    "a stain on", "beneath me", "beneath us", "would all die", "would all disappear",
    "would all drown", "would just die", "sono i peggiori", "sono le peggiori",
})
# Terms whose group comes after them, in their clause ("I'd rather die than date a
# black person", "never trust a single word said by women", "non fidarti mai dei rom",
# "sono stufo dei musulmani"); their negation is part of the idiom.
GROUP_AFTER: Final = frozenset({
    "rather die than", "never trust", "angers me more than", "disgusts me more than",
    "preferirei morire", "niente di peggio", "non fidarti mai", "mai fidarsi", "sono stufo",
    "sono stufa", "sono stufi",
    # italian24: "non ne posso più dei rifugiati", "sono disgustato dai musulmani",
    # "non rispetto nessun ebreo"
    "non ne posso piu", "sono disgustato", "sono disgustata", "sono disgustati",
    "sono disgustate", "non rispetto nessun", "non rispetto nessuna",
})
# Between the group and a claim: modals, auxiliaries and adverbs ("need to be fixed",
# "should all be sent back", "do ... even exist"); the older rule skips the rest.
MODALS: Final = frozenset({
    "should", "must", "need", "needs", "to", "ought", "have", "has", "got", "gotta",
    "deserve", "deserves", "all", "just", "really", "be", "simply", "do", "does", "will",
    "ll", "are", "is", "always", "basically", "literally", "honestly", "clearly",
    "shud", "shld", "shoud", "shuld",  # hatecheck18: chat's "should"
})
# The writer's own threat verbs against a group (lines under "hatecheck9"), counted with
# the group right after them ("we will gas the jews", "caccerei tutti gli zingari") or,
# in Italian, with a pronoun for a group named just before ("i rom? li caccerei tutti").
HARM_VERBS: Final = frozenset({
    "gas", "push", "run over", "caccerei", "rimanderei", "eliminerei", "affogherei",
    "espellerei", "rimpatrierei", "deporterei",
})
# Where "push" sends its object for it to be harm: "push disabled people down the stairs".
PUSH_WAYS: Final = frozenset({"down", "off", "into", "under", "front", "out", "over"})
PUSH_REACH: Final = 6  # "push all the disabled people down": the group, then the way
# The writer's hatred with a pronoun for the group: "women, I can't stand them", "le
# donne? le odio" (the last token of the hit).
HATE_VERBS: Final = frozenset({
    "hate", "despise", "loathe", "detest", "stand", "odio", "odiamo", "detesto", "disprezzo",
    "detestiamo",
})
# A group the writer wishes to see suffer: "vorrei vedere tutti i neri soffrire"; the
# verb right after the group, "vedere" before it and no negation in the clause.
SUFFER: Final = frozenset({"soffrire", "crepare", "affogare", "annegare"})
SEE: Final = frozenset({"vedere", "veder", "guardare"})
# The pronoun for a group: after the English verb, before the Italian one ("le" is also
# an article, but never before these verbs).
THEM: Final = frozenset({"them", "em", "dem"})
# hatecheck18: "those people" for the group named before ("black people moved in and I hate
# those people"); with no group named earlier it stays as before.
THOSE: Final = frozenset({"those", "these"})
THOSE_PEOPLE: Final = frozenset({"people", "ones", "folks"})
WHO: Final = frozenset({"who", "that", "which", "whom"})  # "those people who troll": others
# Who must say the English verb for it to be the writer's hatred: "I/we (really) hate them".
WRITER: Final = frozenset({"i", "we", "id", "ive", "weve"})
WRITER_REACH: Final = 4  # "i just really can't stand them": i, just, really, can, t
CLITICS: Final = frozenset({"li", "le"})
# "i musulmani ci stanno invadendo": the "us" between a group and its deed.
US: Final = frozenset({"ci", "vi"})
US_AUXILIARIES: Final = frozenset({"stanno", "hanno", "sono", "continuano", "stan"})
# What leaves the claim unsaid: a negation in the clause before it, a word of saying.
NEGATIONS: Final = frozenset({
    "not", "t", "never", "no", "dont", "don", "doesnt", "isnt", "arent", "non", "mai",
    "nessuno", "nobody", "wouldn", "wouldnt", "didn", "didnt",
})
SAYING: Final = frozenset({
    "say", "says", "said", "saying", "claim", "claims", "claiming", "called", "calling",
    "complain", "complains", "complaining", "whine", "whining",
    "dire", "dice", "dicono", "detto", "chi", "who", "stop", "basta",
    "thinks", "believes",  # review9a: "my grandpa thinks immigrants are a drain ..."
    "scrive", "scrivono", "diceva", "dicevano", "writes", "wrote",  # review14: a paper's
})
# fmt: on
# Between an idiom and its group, words that make the group the victim or the topic:
# "sono stufo del razzismo contro i neri", "sick of people who mock gay people".
# fmt: off
DEFENDED: Final = frozenset({
    "contro", "against", "razzismo", "racism", "odio", "hate", "hating", "hatred",
    "discriminazione", "discrimination", "chi", "who", "those", "insulti", "insultare",
    "bullying", "mocking", "attacks", "attacchi", "violenza", "violence", "without",
    "senza", "hurt", "hurting", "help", "let",
})
# fmt: on
AFTER_REACH: Final = 8  # tokens after a GROUP_AFTER term to its group
GROUP_REACH: Final = 12  # tokens back from a pronoun to the group it stands for
MODAL_REACH: Final = 6  # modals and adverbs between a group and its claim
# review9a: a group after one of these is the object of a phrase, not the claim's subject
# nor what a pronoun stands for ("housing for refugees needs to be fixed", "jokes about
# gay people? I can't stand them", "le battute sui gay? le detesto").
# fmt: off
GOVERNING: Final = frozenset({
    "for", "about", "against", "towards", "toward", "sui", "sugli", "sulle", "contro",
    "verso", "per",
})
# The one word that may stand between: "contro gli immigrati", "for the refugees".
GROUP_ARTICLES: Final = frozenset({"the", "all", "these", "those", "i", "gli", "le", "tutti"})
# review9a: a claim asked and answered "no" is counter-speech: "are muslims a threat to
# europe? of course not", "is it true that jews are a threat to us? no".
ANSWER_NO: Final[frozenset[str]] = olid6_words.ANSWER_NO  # the same "no", "nope", "nah"
# review15: a denial the answer "no" runs straight into ("no they are not", "no it isn t"),
# and whole answers of denial, English and Italian ("of course not", "ma per favore").
ANSWER_NO_THEN: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("they", "are", "not"), ("they", "re", "not"), ("they", "aren", "t"),
    ("that", "isn", "t"), ("it", "isn", "t"), ("non", "e", "vero"),
    # hatecheck20: "no, you are wrong", "no, that's false"
    ("you", "are", "wrong"), ("you", "re", "wrong"), ("that", "s", "wrong"),
    ("that", "s", "false"), ("not", "true"),
    # review19: the same answer in other words, "no, that's nonsense"
    ("that", "s", "nonsense"), ("that", "s", "rubbish"), ("that", "s", "untrue"),
    ("that", "s", "ridiculous"), ("that", "s", "absurd"),
})
# review15: "no" that outbids the claim: "no, è peggio", "no, they're even worse".
ANSWER_WORSE: Final[frozenset[str]] = frozenset({"peggio", "worse", "peggiori"})
ANSWER_DENIAL: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("of", "course", "not"), ("ma", "per", "favore"), ("certo", "che", "no"),
    ("assolutamente", "no"), ("macche",), ("figurati",), ("neanche", "per", "sogno"),
})
# The words an answer read above may open with (Context.answered's gate).
ANSWER_OPENERS: Final[frozenset[str]] = ANSWER_NO | frozenset(t[0] for t in ANSWER_DENIAL)
# review9a: "it's a lie that ...", "the myth that ...": the claim is framed as false.
FALSE_THAT: Final = frozenset({"lie", "myth", "false", "untrue", "nonsense"})
# review9a: the Italian wish before "vedere" that makes the suffering wanted ("vorrei
# vedere ..."); without it ("fa male vedere i migranti annegare") it is only seen.
WISH: Final = frozenset({
    "vorrei", "voglio", "vogliamo", "vorremmo", "spero", "speriamo", "piacerebbe",
    "sogno", "godrei", "godo", "voglia",
})
# review9a: a verb of harm suffered right after the idiom's group (past a "get") makes the
# group the victim: "I'd rather die than see gay people lose their rights", "sono stufo
# di vedere immigrati morire in mare".
SUFFERED: Final = frozenset({
    "lose", "suffer", "suffering", "die", "dying", "hurt", "harmed", "attacked", "mocked",
    "bullied", "beaten", "killed", "drown", "drowning", "morire", "soffrire", "annegare",
    "affogare", "discriminati", "discriminate", "insultati", "insultate", "picchiati",
    "picchiate", "maltrattati", "maltrattate", "uccisi", "uccise",
    "morti", "annegati", "sfruttati", "sfruttate", "feriti", "ferite",  # italian24
})
GET: Final = frozenset({"get", "getting", "be", "being", "essere", "venire"})
# review9a: "women are taking over esports and i love it": the writer cheers the takeover.
CHEERED: Final = frozenset({
    "love", "proud", "amazing", "awesome", "yay", "congrats", "incredible", "finally",
})
# fmt: on
CHEER_REACH: Final = 8  # tokens after "taking over" read for the cheer
