"""The review14 lines (issue 8): a review of the five rounds merged on 2026-12-02
(italian15, precision14, hatecheck16, gamechat14, olid10), written from their reports'
"What I built" sections before any of their rule code or tests was read. For each round:
hostile lines in its shapes written differently, and the clean near-misses those shapes
risk (friendly, game, news, counter-speech, quoted, negated, question-then-denied and
self-directed uses; Italian for italian15)."""

from __future__ import annotations

# fmt: off

# --- italian15: clitic orders on a named group, deeds said of a group, singular orders
# of harm, group claims, "non tutti", disgust at a thing done to a group
ITALIAN15_HOSTILE: tuple[str, ...] = (
    "gli albanesi? affogateli tutti",
    "i marocchini rubano sempre",
    "gli zingari scippano tutti",
    "stermina tutti gli ebrei",
    "i musulmani dovrebbero tornare a casa loro",
    "le donne sono un errore della natura",
    "i froci? bruciateli vivi",
    "gli immigrati stuprano le nostre donne",
    "i rom sono la razza peggiore che esista",
)
ITALIAN15_CLEAN: tuple[str, ...] = (
    "i rom rubano? non è vero",
    "gli immigrati rubano il lavoro? falso, lo dicono i dati",
    "dire che i marocchini rubano è razzismo",
    "il giornale scrive che gli immigrati rubano, che vergogna di articolo",
    "i ladri rubano, non gli immigrati",
    "mio cugino ruba sempre il telecomando",
    "gli orchi? bruciateli con la magia di fuoco",
    "i nemici? eliminateli prima che arrivino",
    "brucia le foglie secche in giardino",
    "uccidi il drago e prendi il tesoro",
    "i gay sono un errore? no, sono persone",
    "non tutti gli immigrati rubano, anzi quasi nessuno",
    "che schifo le battute contro i gay",
    "odio il razzismo contro i rom",
    "i musulmani dovrebbero essere rispettati",
    "io sono clandestino in questo gruppo lol",
    "il nostro attaccante ruba palla e segna",
)

# --- precision14: "the fuck you mean", "X is a bitch" of a thing, apology for a past
# name-call, cheers without "you", "son of a bitch!", transcript lines, doubled laughs
PRECISION14_HOSTILE: tuple[str, ...] = (
    "the fuck you staring at, loser",
    "the fuck you mean, you absolute clown",
    "my boss is a bitch",
    "i called you a moron and i meant every word",
    "not sorry i called you trash",
    "get lost bitches",
    "son of a bitch, you did this on purpose",
    "hahah you're so pathetic",
    "lmaoo shut up idiot",
)
PRECISION14_CLEAN: tuple[str, ...] = (
    "the fuck you mean the server is down again",
    "the fuck you talking about, that was a great play",
    "chemistry is a bitch this semester",
    "mondays are a bitch",
    "sorry i called you a noob earlier, that was uncalled for",
    "my bad for calling you dumb yesterday",
    "let's gooo motherfuckers!",
    "come on bitches, we got this",
    "son of a bitch! lagged out again",
    "my mom: you're an idiot for buying that. me: fair",
    "what my coach yells every practice: you're lazy",
    "i hate mondays lmaoo",
    "this patch is trash lolol",
)

# --- hatecheck16: swapped/spaced/joined spellings, "never date", keep away from kids,
# "not allowed in here", "better if ... were dead", rat/sub-human/scourge/ugly/no brains
HATECHECK16_HOSTILE: tuple[str, ...] = (
    "gyas should all burn",
    "jwes are parasites",
    "k i l l all muslims",
    "deathto gays",
    "keep muslims away from our kids",
    "trans people are not allowed around here",
    "it would be better if all gays were dead",
    "immigrants are subhuman trash",
    "black women are so ugly",
    "muslims have no brains",
)
HATECHECK16_CLEAN: tuple[str, ...] = (
    "gays are not allowed in here? that's illegal discrimination",
    "dogs are not allowed in here, sorry",
    "saying trans people are not allowed around here is bigotry",
    "i would never date a smoker",
    "my friend said she'd never date a gamer lol",
    "keep the knives away from kids",
    "it would be better if all the bugs were dead",
    "calling immigrants subhuman is disgusting",
    "the old skins are so ugly",
    "this map is the scourge of ranked",
    "jungler has no brain damage thankfully",
    "the zombies have no brains, aim for the legs",
    "w h a t a g a m e",
    "he's a total gym rat",
    "killall discord && restart it",
    "rats are not allowed in here",
)

# --- gamechat14: role called a thing/animal, role has no brain, sarcastic praise before
# sabotage, give-up orders, "thanks for nothing", "gg no jungle"
GAMECHAT14_HOSTILE: tuple[str, ...] = (
    "our adc is a literal potato",
    "mid is a donkey lmao",
    "support has no brain",
    "great job inting again",
    "wow nice throwing mid",
    "just abandon already",
    "thx for nothing jungle",
    "gg no support",
    "worst toplaner ever",
)
GAMECHAT14_CLEAN: tuple[str, ...] = (
    "my adc is a potato pc so im lagging",
    "the mid tower is a dog to take down",
    "our top is a beast",
    "our jungler is a baby but he's learning fast",
    "my jungler has no brain damage, he just plays weird",
    "the boss has no brain, it just follows you",
    "nice job feeding the dragon buff to our carry",
    "stop throwing the game guys, we can still win",
    "i have to go afk 5 min, sorry",
    "thanks for nothing? no, thanks for everything!",
    "gg no re, that was fun",
    "gg no support needed, we carried anyway",
    "worst toplaner matchup for me is darius",
    "i'm the worst laner on this team lol",
)

# --- olid10: villain nouns of a person, adjective + person noun, "crazy liberals"
OLID10_HOSTILE: tuple[str, ...] = (
    "she's a liar and a tyrant",
    "you are a predator and everyone knows it",
    "biden is a dictator",
    "he is such a sleazeball",
    "what a pathetic little man",
    "she is a sick woman",
    "these demonic democrats want to ruin us",
    "crazy leftists everywhere",
)
OLID10_CLEAN: tuple[str, ...] = (
    "he is not a murderer, the jury got it right",
    "is he a predator? no, he's a teacher",
    "the tyrant in the movie was terrifying",
    "my cat is a little tyrant lol",
    "sharks are predators",
    "the dictator was overthrown in 1989",
    "he's a crazy good player",
    "you're crazy man, that shot was insane",
    "she is a sick woman, she needs our prayers",
    "i am such a sad person today lol",
    "calling them crazy liberals is unfair",
    "crazy liberals? nah, they're my friends",
    "he played a madman in the play and was brilliant",
)

ALL_HOSTILE: tuple[str, ...] = (
    ITALIAN15_HOSTILE + PRECISION14_HOSTILE + HATECHECK16_HOSTILE + GAMECHAT14_HOSTILE
    + OLID10_HOSTILE
)
ALL_CLEAN: tuple[str, ...] = (
    ITALIAN15_CLEAN + PRECISION14_CLEAN + HATECHECK16_CLEAN + GAMECHAT14_CLEAN
    + OLID10_CLEAN
)
