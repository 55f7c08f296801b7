"""The word lists of the olid5 targeting rules (issue 8): who is said to lie, and what a
person is said to be, kept apart from the rules that read them (targeting_olid5.py)."""

from __future__ import annotations

from typing import Final

# fmt: off


# The lexicon lines of a lie told ("you lie", "he lied", "stop lying"): counted only with a
# person as the liar (targeting_olid5.py), never "lie down", "the lie detector", "i lied".
LIE_TERMS: Final[frozenset[str]] = frozenset({"lie", "lies", "lied", "lying"})
# Between the liar and the verb: a copula or a helper, maybe an adverb that says how often
# ("you always lie", "he is lying again", "she's lying", "you have lied", "you just lie").
LIE_BRIDGE: Final = frozenset({
    "is", "are", "s", "re", "was", "were", "r", "have", "has", "ve", "had", "just", "always",
    "constantly", "still", "only", "all", "again", "keep", "keeps", "continue", "continues",
    "blatantly", "openly", "obviously", "clearly", "literally", "really", "so", "do", "does",
    "did", "also", "even", "simply", "repeatedly", "habitually", "shamelessly",
})
LIE_REACH: Final = 3  # "you have always lied", "she is obviously lying"
# Orders that stop a lie: "stop lying", "quit lying", "quit your lying".
LIE_ORDERS: Final = frozenset({"stop", "quit", "quite", "stfu"})
# After "lie"/"lying", a place or a posture, not a falsehood: "lying in bed", "lie down".
POSTURES: Final = frozenset({
    "down", "in", "on", "around", "there", "here", "awake", "low", "flat",
    "back", "still", "under", "beside", "next", "face", "dead", "asleep", "outside",
})
# Before the liar: speech reported, denied, hedged or asked about, not the writer's
# accusation ("he said she lied", "i think you're lying", "she denied she lied").
LIE_REPORTED: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "claim", "claims", "claimed", "thought", "think", "thinks",
    "believe", "believes", "guess", "suspect", "feel", "feeling", "bet", "seems", "seem",
    "denied", "denies", "deny", "accused", "accuses", "accuse",
    "suggest", "suggests", "suggested", "implies", "implied", "imply", "assume",
    "if", "unless", "whether", "maybe", "perhaps", "wonder", "doubt", "not", "dont",
    "doesnt", "didnt", "never", "nobody", "no", "isnt", "arent", "wasnt", "call", "called",
    "calling", "calls", "saying", "tweeted", "wrote", "writes", "argued", "argues",
    "don", "didn", "doesn", "isn", "aren", "wasn", "t",
})
# After "your": lies the reader tells ("spare us your lies").
READER_POSSESSORS: Final = frozenset({"your", "ur", "yo"})
# Who may be said to lie: the reader only ("he is lying" claims a falsehood of someone
# spoken of, which OLID's readers counted as no offence far more often than not).
READERS: Final = frozenset({"you", "u", "ya", "ye", "youre", "ur", "yall", "ure"})
# Before an order to stop lying: words that leave it an order ("just stop lying").
ORDER_LEADS: Final = frozenset({"just", "please", "pls", "plz", "so", "now", "and", "then", "ffs"})
# After "lying", someone the lie is told by: "lying politicians", "you lying sack".
LYING_PEOPLE: Final = frozenset({"sack", "piece", "pos", "scumbag", "snake", "media", "press"})

# The lexicon lines of what a person is said to be ("he is evil", "you are a menace", "she
# is nothing"): counted only as the predicate of a person's copula (targeting_olid5.py).
PREDICATES: Final = frozenset({
    "evil", "fake", "terrible", "awful", "horrible", "nothing", "puppet", "puppets",
    "menace", "danger", "satan", "thief", "criminal", "spy", "unfit", "treasonous",
    "devil", "devils", "embarrassing", "shameful",
})
# The subjects a predicate may be said of: the reader, one person, people pointed at.
SINGULAR_SUBJECTS: Final = frozenset({"you", "u", "ya", "he", "she"})
# subject and copula in one
JOINED_SUBJECTS: Final[frozenset[str]] = frozenset({"youre", "ur", "hes", "shes", "ure"})
PLURAL_SUBJECTS: Final = frozenset({"they", "theyre"})
POINTERS: Final = frozenset({"these", "those"})  # "these people are sick"
# People a pointer names: "these people", "those guys"; "these rules are insane" names none.
POINTED_PEOPLE: Final = frozenset({
    "people", "ppl", "folks", "guys", "men", "women", "idiots", "clowns", "morons", "fools",
    "democrats", "republicans", "liberals", "conservatives", "libs", "leftists", "dems",
    "politicians", "protesters", "lefties", "socialists", "commies", "cops", "kids",
    "students", "supporters", "fans", "voters", "senators", "reporters", "journalists",
    "animals",
})
COPULAS: Final = frozenset({"is", "are", "s", "re", "r", "was", "were"})
# Between the copula and the predicate: articles and intensifiers ("is a total menace",
# "are just evil", "is so fake", "is pure evil", "is the devil", "is nothing but").
PREDICATE_BRIDGE: Final = frozenset({
    "a", "an", "the", "so", "such", "just", "pure", "truly", "really", "totally", "utterly",
    "absolutely", "completely", "simply", "literally", "very", "too", "clearly",
    "obviously", "downright", "plain", "purely", "straight", "fucking", "damn", "freaking",
    "effing", "all", "both", "still", "also", "always", "beyond", "bat", "shit", "batshit",
    "complete", "total", "real", "fn", "f", "frickin", "friggin", "certifiably", "dead",
    "seriously", "genuinely", "actually",
})
PREDICATE_REACH: Final = 4  # "you are a total fucking menace"
# After the predicate, in its clause: a person noun ("an evil man", "a fake christian") or
# the clause's end; "is nothing but ..." too. Anything else describes on ("he is fake news",
# "she is terrible at golf", "they are sick of it", "it is a danger to ...").
PERSON_AFTER: Final = frozenset({
    "man", "woman", "person", "human", "being", "guy", "dude", "individual", "people",
    "men", "women", "humans", "beings", "creature", "soul", "lady", "boy", "girl", "kid",
    "christian", "politician", "president", "liar", "liars", "leader", "hypocrite",
    "bastard", "witch", "actor", "clown", "fraud", "idiot", "monster", "senator",
    "lol", "lmao", "smh", "af", "period", "too", "also", "to",
})
# Words a pointed or plural subject may be: only those said of people ("they are evil",
# "these people are sick"); "they are terrible" may be the policies, "insane" the prices.
PLURAL_PREDICATES: Final = frozenset({"evil", "devils", "treasonous", "puppets", "shameful"})
# Before the subject: the predicate is reported, asked, hedged or denied.
PREDICATE_REPORTED: Final[frozenset[str]] = LIE_REPORTED | frozenset({
    "like", "as", "than", "whether", "even",
})


# Exclamations that judge a person: "what a (contemptuous) clown he is", "how foolish she
# is", "how ugly you are". After the name-call: the person, then the copula.
EXCLAIMED: Final[frozenset[str]] = frozenset({"he", "she", "you", "u", "they"})
EXCLAIMED_COPULAS: Final = frozenset({"is", "are", "was", "were", "r"})
WHAT_ARTICLES: Final = frozenset({"a", "an"})
EXCLAIM_MODIFIERS: Final = 2  # words between "what a" and the name-call: "what a smug little clown"
HOW_MODIFIERS: Final = 1  # between "how" and the judging word: "how easily triggered she is"
POINTING: Final = frozenset({"this", "that"})  # "what a clown this governor is"
# Noun predicates that may take one describing word after the article: "a war criminal",
# "a russian spy", "a corporate puppet"; adjectives never do ("a total evil" is no shape).
NOUN_PREDICATES: Final = frozenset({
    "puppet", "puppets", "menace", "danger", "satan", "thief", "criminal", "spy", "devil",
    "devils",
})
ARTICLES: Final = frozenset({"a", "an", "the"})
# Laughter anywhere in the message: "you're lying 😂", "girl you are lyingggg lmao" is
# disbelief at good news, not an accusation.
LAUGHS: Final = frozenset({
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jk", "lool", "omg", "xd",
    "bruh", "girl", "sis", "bro", "dead",
})
LAUGH_MARKS: Final = ("😂", "🤣", "💀", "😭", "😆", "😅")

# The send-off "go back to": an order (opening its sentence, maybe after these) with a place
# name after it, or "your" and a hole; ordinary words ("sleep", "work", "the start") are
# no send-off, nor is the writer's own wish ("i want to go back to italy").
SEND_BACK: Final = "go back to"
SEND_BACK_LEADS: Final = frozenset({
    "just", "please", "pls", "plz", "so", "then", "now", "and", "ffs", "you", "u", "can",
    "should", "need", "to", "better", "must", "go", "why", "dont", "not", "t",
})
HOLES: Final = frozenset({
    "cave", "hole", "rock", "basement", "trailer", "swamp", "island", "planet", "cage",
    "caves", "holes", "sewer", "gutter", "bridge", "shack", "village", "jungle", "tribe",
    "reservation", "mom", "moms", "mommy", "mama", "mother",
    # forum24: a commenter's den ("go back to your echo chamber", "... your bubble")
    "echo", "bubble", "subreddit", "cult", "circlejerk",
})
READER_OWNED: Final = frozenset({"your", "ur", "yo", "yer"})
SEND_BACK_OWN: Final = frozenset({
    "i", "we", "lets", "let", "im", "ill", "id", "wanna", "want", "cant", "gotta",
})
# Countries and regions people are sent back to (the lexicon's ordinary words, so a name
# test cannot tell them from "sleep" or "work").
PLACES: Final = frozenset({
    "russia", "mexico", "england", "britain", "uk", "ireland", "scotland", "canada",
    "africa", "asia", "europe", "china", "india", "pakistan", "iran", "iraq", "syria",
    "afghanistan", "somalia", "kenya", "nigeria", "ghana", "haiti", "cuba", "venezuela",
    "honduras", "guatemala", "salvador", "colombia", "brazil", "puerto", "israel",
    "palestine", "gaza", "saudi", "arabia", "turkey", "egypt", "libya", "morocco",
    "poland", "romania", "albania", "ukraine", "germany", "france", "italy", "spain",
    "greece", "sweden", "australia", "japan", "korea", "vietnam", "philippines",
    "jamaica", "chicago", "california", "hollywood", "russland",
    "moscow", "beijing", "islamabad", "tehran", "mecca", "saudia", "europa",
    "usa", "america", "canadia", "hell", "kansas", "texas", "florida", "nyc", "cali",
})
# Before the liar, a helper asked first: "is he lying?", "did you lie?", "have you lied?".
INVERTED: Final = frozenset({
    "is", "are", "was", "were", "r", "did", "do", "does", "have", "has", "had", "will",
    "would", "can", "could", "should",
})
# After "how <judging word>", a thing asked or exclaimed about: "how dumb is this rule",
# "how ugly the weather is", "how stupid is it"; a person after them stays a person.
THING_OPENERS: Final = frozenset({"this", "that", "the", "it", "its", "these", "those"})
# After a judging word in a reply, the thing it judges: "the most idiotic thing i've ever
# seen", "what ridiculous bullshit", "dumb argument"; the reply judges the post, not its
# writer, unless the sentence speaks to the reader too ("this stupid game you're playing").
THING_NOUNS: Final = frozenset({
    "thing", "things", "idea", "ideas", "take", "takes",
    "argument", "arguments", "article", "articles", "tweet", "tweets", "comment",
    "comments", "logic", "statement", "statements", "question", "questions", "post",
    "posts", "thread", "headline", "story", "policy", "policies", "law", "laws", "bill",
    "rule", "rules", "plan", "decision", "excuse", "excuses", "reasoning", "opinion",
    "opinions", "narrative", "propaganda", "nonsense", "video", "response", "answer",
    "point", "points", "comparison", "analogy", "claim", "claims", "theory",
    "thinking", "reply", "replies", "remark", "remarks", "poll", "polls",
})
SPOKEN_TO: Final = frozenset({"you", "u", "your", "ur", "youre", "yourself", "ya", "yo"})

# fmt: on
