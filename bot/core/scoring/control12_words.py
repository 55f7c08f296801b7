"""Word lists for the control12 round (issue 8, targeting_control12.py): group mentions
that attack nobody."""

from __future__ import annotations

from typing import Final

# fmt: off

# Threats and exclusions a writer may report as someone else's intent: "he wants to kill
# all the immigrants", "the senator wants to deport all muslims".
INTENDED: Final[frozenset[str]] = frozenset({
    "kill all", "deport all", "exterminate", "exterminate all", "exterminate every",
    "wipe out", "ban all", "gas all", "get rid of", "kill every", "murder all", "shoot all",
    "lock up all", "round up", "expel all"
})
# Third-person-singular verbs of intent before "to": only "he"/"she"/"the senator" say them
# ("muslims want to ..." is a plural group's, and "i want to ..." the writer's own).
INTENT_3SG: Final[frozenset[str]] = frozenset({
    "wants", "plans", "intends", "vows", "promises", "threatens", "hopes", "tries", "aims",
    "wishes", "dreams", "proposes", "pledges"
})
# Any person's verbs of intent, past tense: kept only after "he"/"she".
INTENT_PAST: Final[frozenset[str]] = frozenset({
    "wanted", "planned", "intended", "vowed", "promised", "threatened", "tried", "hoped",
    "wished", "proposed", "pledged"
})
# Nouns of intent: "her desire to kill all of us", "his plan to deport all muslims".
INTENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"desire", "plan", "plans", "wish", "promise", "threat", "pledge", "call", "vow", "intention"}
)
THIRD_SINGULAR: Final[frozenset[str]] = frozenset({"he", "she"})
THIRD_POSSESSIVE: Final[frozenset[str]] = frozenset({"his", "her"})
# "appears to want to kill all ...": the 3sg verb before "to want to".
SEEMING_3SG: Final[frozenset[str]] = frozenset({"appears", "seems", "claims", "says"})
# Subjects that make a 3sg intent everyone's, the writer's hope: "everyone wants to ...".
EVERYONE: Final[frozenset[str]] = frozenset({"everyone", "everybody", "somebody", "someone"})

# Animal names that dehumanise only when said of people: "refugees who rescue stray
# animals" names real animals.
ANIMAL_NAMES: Final[frozenset[str]] = frozenset(
    {"animals", "animal", "beasts", "pigs", "rats", "dogs", "monkeys", "cattle", "vermin"}
)
# Verbs that take real animals as their object: "they sacrifice animals", "volunteers who
# help abandoned animals". A copula or "like" never stands here, so "are animals" and
# "like animals" keep their reading.
ANIMAL_CARE: Final[frozenset[str]] = frozenset({
    "rescue", "rescues", "rescued", "rescuing", "adopt", "adopts", "adopted", "adopting",
    "feed", "feeds", "fed", "feeding", "help", "helps", "helped", "helping", "sacrifice",
    "sacrifices", "sacrificed", "sacrificing", "shelter", "shelters", "sheltered",
    "sheltering", "protect", "protects", "protecting", "breed", "breeds", "breeding", "hunt",
    "hunts", "hunting", "slaughter", "slaughters", "slaughtering", "vaccinate", "vaccinating",
    "treat", "treating", "raise", "raising", "keep", "keeping", "pet", "petting"
})
# One word that may stand between the verb and the animals: "rescue stray animals".
ANIMAL_KINDS: Final[frozenset[str]] = frozenset({
    "stray", "abandoned", "farm", "wild", "injured", "sick", "homeless", "their", "the",
    "our", "his", "her", "small", "many", "zoo", "lab", "endangered", "domestic", "pet",
    "local"
})

# Names of a criminal subset that a group adjective before them narrows, not smears:
# "the muslim terrorists were arrested", "victims of islamic terrorists". Never names
# people call a whole group ("criminals", "rapists"): "the mexican rapists" is a smear.
SUBSET_NAMES: Final[frozenset[str]] = frozenset({
    "terrorists", "terrorist", "extremists", "extremist", "jihadists", "militants", "gunmen",
    "bombers", "attackers"
})
# What may stand before "GROUP SUBSET": a determiner or a preposition naming these people,
# never a copula ("they are muslim terrorists").
SUBSET_OPENERS: Final[frozenset[str]] = frozenset({
    "the", "two", "three", "four", "five", "several", "number", "by", "against", "from",
    "suspected", "alleged", "convicted", "arrested", "fight", "fighting"
})

# A reclaimed slur used as the name of the group's own places and things: "the dyke
# march", "a dyke bar", "peak dyke culture". Said of a person it keeps its reading
# ("you dyke", "a filthy dyke"), and a hostile word about the thing is read on its own.
RECLAIMED_MODIFIERS: Final[frozenset[str]] = frozenset({"dyke"})
COMMUNITY_THINGS: Final[frozenset[str]] = frozenset({
    "march", "marches", "bar", "bars", "culture", "club", "clubs", "pin", "pins", "night",
    "nights", "energy", "vibes", "fashion", "music", "books", "book", "history", "icon",
    "icons", "community", "pride", "flag", "scene", "joy", "rights", "art", "literature",
    "zine", "podcast", "fiction", "solidarity", "space", "spaces", "gentrification", "powers",
    "power"
})
# How far each side of the reclaimed word its sentence is searched for a hostile word.
OWN_THING_REACH: Final = 8

# Judging words that describe a thing a group suffers or does for work, not the group:
# "gay people face violent attacks", "men take the most dangerous jobs", "refugees flee
# violent conflicts". Read as the group's own only when said of it ("migrants are
# dangerous") or of what it does to others ("muslims commit violent crimes").
DESCRIBING: Final[frozenset[str]] = frozenset({
    "violent", "dangerous", "vile", "hateful", "filthy", "nasty", "cruel", "evil", "terrible",
    "awful", "horrible", "disgusting"
})
# Things a group is given or works at, whoever stands before: "the most dangerous jobs".
WORK_NOUNS: Final[frozenset[str]] = frozenset({
    "jobs", "job", "work", "shifts", "crossings", "crossing", "journey", "journeys", "routes",
    "conditions", "camps", "working"
})
# Harm a group suffers: only after a verb of suffering it ("face violent attacks"), as
# "muslims make violent threats" makes the group the doer.
HARM_NOUNS: Final[frozenset[str]] = frozenset({
    "trauma", "abuse", "harassment", "discrimination", "attacks", "attack", "assaults",
    "threats", "persecution", "treatment", "racism", "bigotry", "violence", "backlash",
    "raids", "conflicts", "conflict", "wars", "war", "regimes", "gangs", "crimes", "hate",
    "insults", "comments", "slurs", "rhetoric", "smears", "stereotypes", "propaganda"
})
SUFFERING_VERBS: Final[frozenset[str]] = frozenset({
    "face", "faces", "faced", "facing", "suffer", "suffers", "suffered", "suffering",
    "endure", "endures", "endured", "enduring", "flee", "flees", "fled", "fleeing", "escape",
    "escapes", "escaped", "escaping", "survive", "survives", "survived", "surviving",
    "experience", "experiences", "experienced", "experiencing", "risk", "risks", "risked",
    "risking", "fear", "fears", "feared", "report", "reports", "reported", "reporting",
    "receive", "receives", "received", "receiving", "get", "gets", "got", "from", "against",
    "about", "by"
})
# Words that may stand between the verb and the judging word: "face increasingly violent".
DESCRIBING_GAP: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "most", "more", "increasingly", "often", "very", "such", "so", "extremely"}
)

# Names a group is treated as, reported of someone who mistreats it: "the guards treated
# the refugees like animals", "police are treating protesters as cockroaches".
TREATED_AS: Final[frozenset[str]] = frozenset({
    "animals", "vermin", "cockroaches", "rats", "pigs", "dogs", "cattle", "insects",
    "criminals", "trash", "garbage", "dirt", "parasites", "subhumans", "terrorists",
    # hatecheck18: "women are treated as second class citizens"
    "second class citizens", "second class citizen", "second class humans"
})
TREAT_VERBS: Final[frozenset[str]] = frozenset({"treat", "treats", "treated", "treating"})
LIKENING: Final[frozenset[str]] = frozenset({"like", "as"})
ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an", "some", "mere", "common"})
# Before "treat": the writer's own wish or deed ("we should treat them like ...", "i treat
# them like ...", "they deserve to be treated like ...") keeps the reading.
OWN_TREATMENT: Final[frozenset[str]] = frozenset({
    "i", "we", "im", "should", "must", "need", "needs", "ought", "deserve", "deserves", "let",
    "lets", "gotta", "to", "shall", "will", "gonna"
})
TREAT_REACH: Final = 4  # tokens from "like" back to "treat": "treated the refugees like"
# "... like the vermin they are": the name then claimed of them.
CLAIMED_AFTER: Final[frozenset[str]] = frozenset({"they", "which", "that"})

# Judgements of a hateful remark, not of the group it names: "saying that gay people are
# diseased is disgusting", "what a vile thing to say about women".
COUNTER_JUDGEMENTS: Final[frozenset[str]] = frozenset({
    "disgusting", "vile", "hateful", "sick", "gross", "despicable", "awful", "terrible",
    "horrible", "pathetic", "shameful", "evil", "nasty", "ugly", "cruel", "repulsive"
})
# The remark as a clause before "is": "saying (that) X are Y is ...", "to call X Y is ...".
SPEECH_GERUNDS: Final[frozenset[str]] = frozenset({
    "saying", "claiming", "calling", "suggesting", "implying", "pretending", "arguing",
    "insisting", "tweeting", "posting", "writing", "telling", "spreading", "shouting",
    # hatecheck22: a wish or a question of a group judged ("asking if muslims are even
    # human is disgusting", "wishing jews would disappear is hateful")
    "asking", "wishing", "hoping", "questioning",
})
SPEECH_VERBS: Final[frozenset[str]] = frozenset({"say", "call", "claim", "suggest", "imply"})
# hatecheck20: a naming is its own claim, no link needed ("calling gays a lower form of
# life is vile", "to call muslims a plague is disgusting").
NAMING_VERBS: Final[frozenset[str]] = frozenset({"calling", "call"})
# Inside the remark, its own claim: "... gay people are diseased ...".
CLAIM_LINKS: Final[frozenset[str]] = frozenset({
    "are", "is", "r", "should", "must", "deserve", "deserves", "belong", "need", "would",
    "shouldn", "shouldnt",  # hatecheck27: "saying trans people shouldn't exist is vile"
})
JUDGED_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s", "sounds", "seems"})
JUDGEMENT_FILLERS: Final[frozenset[str]] = frozenset({
    "so", "really", "just", "truly", "absolutely", "completely", "utterly", "very", "a", "an",
    "such", "pretty", "deeply", "frankly", "honestly", "quite"
})
SPEECH_REACH: Final = 12  # tokens back from the judgement to the gerund
# "a vile thing to say", "vile comments about women": a remark judged.
REMARK_THINGS: Final[frozenset[str]] = frozenset({"thing", "things"})
SAYING_AFTER_TO: Final[frozenset[str]] = frozenset({"say", "post", "tweet", "write", "said"})
REMARK_NOUNS: Final[frozenset[str]] = frozenset({
    "comment", "comments", "remark", "remarks", "statement", "statements", "tweet", "tweets",
    "post", "posts", "joke", "jokes", "slur", "slurs", "lies", "stereotypes", "rhetoric",
    "words", "attacks", "abuse"
})
REMARK_ABOUT: Final[frozenset[str]] = frozenset({"about", "against", "towards", "toward", "on"})
# What opens a judged remark: a determiner ("what a vile thing", "his vile comments") or a
# verb of making it, whose subject is then no group ("muslims post vile comments ...").
REMARK_DETERMINERS: Final[frozenset[str]] = frozenset({
    "what", "a", "an", "such", "the", "those", "these", "his", "her", "your", "my", "their",
    "s"
})
# Every word that opens a remark clause, for the message-level gate of the claim inside it.
SPEECH_OPENERS: Final[frozenset[str]] = SPEECH_GERUNDS | SPEECH_VERBS
CLAIM_REACH: Final = 8  # tokens from the gerund to a hit in its claim, and on to "is"
REMARK_VERBS: Final[frozenset[str]] = frozenset({
    "posted", "made", "said", "wrote", "tweeted", "shared", "makes", "posts", "shares",
    "making", "posting", "sharing", "condemned", "reported", "deleted", "removed"
})

# A belief denied or disbelieved: "nobody here thinks immigrants are animals", "i can't
# believe anyone still thinks ...". "everybody knows ..." and "i think ..." hold it.
BELIEF_VERBS: Final[frozenset[str]] = frozenset({
    "thinks", "think", "believes", "believe", "says", "say", "claims", "buys", "assumes"
})
NO_BELIEVERS: Final[frozenset[str]] = frozenset({"nobody", "noone"})
ANY_BELIEVERS: Final[frozenset[str]] = frozenset({"anyone", "anybody", "people"})
BELIEF_FILLERS: Final[frozenset[str]] = frozenset({
    "here", "really", "still", "seriously", "actually", "honestly", "sane", "else", "in",
    "their", "right", "mind", "would", "could", "can", "does", "do", "ever"
})
DISBELIEF: Final[frozenset[str]] = frozenset({"believe", "imagine", "understand", "fathom"})
DISBELIEF_NEGATORS: Final[frozenset[str]] = frozenset({
    "t", "not", "cannot", "cant", "dont", "never"
})
# A message needs one of these and a belief verb before a belief is read as denied.
BELIEF_CUES: Final[frozenset[str]] = NO_BELIEVERS | DISBELIEF | frozenset({"no"})
BELIEF_REACH: Final = 10
# The reader inside the belief: "no one thinks you're smart" is a jab, not a denial.
READER: Final[frozenset[str]] = frozenset({"you", "your", "youre", "ur", "u", "re", "yours"})
# A bigot judged: "people who hate gay people are pathetic", "racists who attack
# immigrants are scum", "hating immigrants is stupid". The hate is the bigot's, and so
# is the name: "gay people who hate us are pathetic" names a group as the bigots.
BIGOT_HEADS: Final[frozenset[str]] = frozenset({
    "people", "those", "anyone", "anybody", "someone", "somebody", "racists", "bigots",
    "guys", "folks", "person", "whoever", "men", "idiots", "morons", "homophobes", "one"
})
RELATIVES: Final[frozenset[str]] = frozenset({"who", "that"})
BIGOTRY_VERBS: Final[frozenset[str]] = frozenset({
    "hate", "hates", "attack", "attacks", "insult", "insults", "mock", "mocks", "bully",
    "bullies", "harass", "harasses", "discriminate", "discriminates", "call", "calls",
    "think", "thinks", "believe", "believes", "say", "says", "spread", "spreads", "beat",
    "beats", "target", "targets", "abuse", "abuses", "hurt", "hurts", "threaten",
    "threatens", "demonize", "demonise", "blame", "blames", "treat", "treats", "hated",
    "attacked", "called", "said", "thought", "harassed", "bullied", "mocked", "insulted",
    "wish", "wishes",  # hatecheck22: "people who wish jews would disappear are evil"
})
BIGOTRY_GERUNDS: Final[frozenset[str]] = frozenset({
    "hating", "attacking", "insulting", "mocking", "bullying", "harassing", "discriminating",
    "demonizing", "demonising", "blaming", "targeting", "dehumanizing", "dehumanising",
    "excluding", "hurting", "beating", "abusing", "scapegoating", "stereotyping"
})
BIGOT_VERDICTS: Final[frozenset[str]] = frozenset({
    "pathetic", "scum", "idiots", "idiot", "stupid", "morons", "moron", "disgusting", "sick",
    "trash", "garbage", "losers", "loser", "cowards", "coward", "evil", "dumb", "ignorant",
    "wrong", "vile", "despicable", "cowardly", "disgrace", "shameful", "gross", "awful",
    "terrible", "horrible", "ridiculous", "absurd", "unacceptable", "bigots", "racist",
    "bigoted", "cruel", "hateful", "worst", "lame", "weak", "sad", "animals", "criminals",
    "monsters"
})
# A message needs one of these before a bigot is read as judged.
BIGOTRY_CUES: Final[frozenset[str]] = BIGOTRY_VERBS | BIGOTRY_GERUNDS
VERDICT_COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "r", "was", "were"})
VERDICT_FILLERS: Final[frozenset[str]] = frozenset({
    "so", "really", "just", "truly", "absolutely", "complete", "total", "utter", "the",
    "a", "an", "such", "pure", "nothing", "but", "pretty", "very", "plain", "simply", "real"
})
FRAME_REACH: Final = 10
# A group's suffering judged: "it's disgusting how refugees are treated".
HOW: Final[frozenset[str]] = frozenset({"how", "that", "what"})
SUFFERING_JUDGEMENTS: Final[frozenset[str]] = COUNTER_JUDGEMENTS | frozenset({
    "sickening", "sad", "wrong", "outrageous", "appalling", "disgraceful", "shocking"
})
PASSIVE_LINKS: Final[frozenset[str]] = frozenset({
    "are", "were", "is", "was", "get", "gets", "got", "being", "been"
})
VICTIM_PARTICIPLES: Final[frozenset[str]] = frozenset({
    "treated", "attacked", "killed", "abused", "ignored", "mistreated", "discriminated",
    "harassed", "bullied", "targeted", "excluded", "murdered", "beaten", "persecuted",
    "demonized", "demonised", "portrayed", "dehumanized", "dehumanised", "left", "denied",
    "deported", "detained", "caged", "hunted", "shot", "slaughtered", "oppressed", "used",
    "exploited", "neglected", "forgotten", "spoken", "talked", "insulted", "mocked"
})
# fmt: on
