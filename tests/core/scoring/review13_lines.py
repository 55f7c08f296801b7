"""The review13 lines (issue 8): a review of the four rounds merged on 2026-12-01/02
(gamechat13, hatecheck15, person13, lead12b), written before any of their rule code was
read. For each round: hostile lines in its shapes written differently, and the clean
near-misses those shapes risk (counter-speech, reported speech, negation, self-directed,
objects, friendly profanity, game talk)."""

from __future__ import annotations

# fmt: off

# --- gamechat13: role/hero player name-called, EU-language name-calls, rank/server
# put-downs, one-word gloats as a whole message
GAMECHAT13_HOSTILE: tuple[str, ...] = (
    "our support is a complete moron",
    "jungler is braindead, zero ganks all game",
    "that pudge player is such an idiot",
    "carry is retarded, still no bkb at 30 min",
    "the tank on our team is a clown",
    "offlaner is a useless donkey",
    "ty debil blyat",
    "idi na hui noob",
    "du bist so ein idiot",
    "eres un idiota, vete",
    "jestes debilem",
    "pizdec team of retards",
    "go back to bronze where you belong trash",
    "typical herald brain, uninstall",
    "stay in low elo, you dont belong here",
    "hardstuck iron and still flaming lol clown",
    "russian server animals as usual",
    "ezzzz",
    "get rekt",
)
GAMECHAT13_CLEAN: tuple[str, ...] = (
    "mid player needs help, can someone gank top",
    "our support is the best player i've queued with",
    "the idiot proof build for carry is bkb first",
    "uninstall the game and reinstall it, that fixed my crash",
    "try to uninstall the drivers and reinstall them",
    "i'm hardstuck silver lol, need to practice more",
    "i used to be a bronze player, now i'm gold",
    "that was an ez fight, nice job everyone",
    "ty for the heal mid",
    "ty guys gg wp",
    "he called me debil, what does that mean",
    "kill the carry first then the support",
    "eu server is lagging like crazy today",
    "my brother is a noob at this game lol",
    "idk why mid is so strong this patch",
    "holy shit that jungler is insane",
    "the enemy carry is fucking good, respect",
    "ez clap? nah that was close, gg",
)

# --- hatecheck15: orders of distrust, what the writer would never do with a group,
# filth heaped on a group, shame/silence after 'should', beatings, keeping out, 'why do X always'
HATECHECK15_HOSTILE: tuple[str, ...] = (
    "never trust a jew with your money",
    "don't you ever believe anything a woman says",
    "I would never hire a muslim",
    "I'd never let a gay man babysit my kids",
    "refugees are a heap of garbage",
    "trans people should be ashamed of existing",
    "black people should keep their mouths shut",
    "women deserve a good slap now and then",
    "keep the immigrants out of our town",
    "why are gay people always so dramatic?",
    "why do muslims always lie about everything?",
    "disabled people are a load of crap",
    "jews should be watched at all times",
    "women should stay silent and obey",
    "I'd never rent my flat to a black guy",
    "don't ever trust a gypsy",
)
HATECHECK15_CLEAN: tuple[str, ...] = (
    "never trust a stranger with your password",
    "don't ever believe what you read on twitter",
    "I would never vote for that party again",
    "I would never date a smoker",
    "saying 'never trust a muslim' is pure bigotry",
    "he said women need a good beating and got banned, good",
    "the stereotype that women always lie is false",
    "why do women always get paid less?",
    "why do muslims fast during ramadan?",
    "gays should be proud of themselves",
    "nobody should be ashamed of being gay",
    "keep the dogs out of the kitchen",
    "this pile of shit code won't compile",
    "immigrants are a huge part of our economy",
    "this steak needs a good beating with the mallet",
    "I would never hurt a woman",
    "you should never believe anyone who says immigrants are criminals",
    "why do cats always knock stuff off tables?",
    "I'd never let my kids play this game unsupervised",
)

# --- person13: third persons with modifiers before the name-call, 'my <person>',
# the writer's promised harm to a third person
PERSON13_HOSTILE: tuple[str, ...] = (
    "the referee is a blind fucking idiot",
    "the teacher is a fat useless cow",
    "my manager is a complete fucking moron",
    "my landlord is a greedy bastard",
    "my coworker is such a lazy bitch",
    "i'm going to smash his face in",
    "i'll snap her neck if she shows up again",
    "i'll stab him when i see him tomorrow at school",
    "she called me fat so i'm going to beat her up",
    "the new neighbour is a nosy old bitch",
    "the president is a corrupt lying pig",
    "my ex is a manipulative psycho bitch",
    "i will hunt him down and hurt him for real",
    "you called me a liar so i will end you",
)
PERSON13_CLEAN: tuple[str, ...] = (
    "he said the mayor is a stupid bitch and got suspended",
    "my boss is a genius, honestly",
    "my brother is an idiot lol love him",
    "my dog is a stupid little idiot and i love him",
    "i'll kill him",
    "i'll break his shield then you go in",
    "i'll break the legs off this old chair",
    "i broke both my legs skiing last year",
    "the stupid bitch of a printer jammed again",
    "my boss said i'm a stupid bitch, should i report him?",
    "i'm a stupid bitch for forgetting my keys",
    "i'll smash his tower, you take mid",
    "i'll stab him in the back with the rogue, he won't see it coming",
    "the teacher is a very kind woman",
    "the mayor is not a stupid bitch, stop saying that",
    "you called me a rat so i called you a mouse lol",
    "my sister is such a dork haha",
    "the referee is a fucking legend",
)

# --- lead12b: plain name-calls of identity groups; 'a lie that' denies its claim
LEAD12B_HOSTILE: tuple[str, ...] = (
    "refugees are clueless",
    "women are so dumb",
    "muslims are morons",
    "gay people are idiots",
    "immigrants are stupid and lazy",
    "jews are pathetic",
    "mexicans are such losers",
    "it's a lie that women are equal to men",
    "it's all a lie that muslims are peaceful",
)
LEAD12B_CLEAN: tuple[str, ...] = (
    "it's a lie that immigrants are stupid",
    "the claim that muslims are morons is a lie",
    "it's a lie that women are dumb",
    "women are so strong",
    "it's a lie that the game is dead",
    "calling immigrants stupid is ignorant",
    "saying women are dumb is sexist and wrong",
    "nobody thinks gay people are idiots",
    "the stereotype that women are lazy is false",
    "newbies are clueless at first, be patient with them",
    "my students are clueless about calculus lol",
    "immigrants are not idiots, they just speak another language",
    "gay people are awesome",
)

ALL_HOSTILE: tuple[str, ...] = (
    GAMECHAT13_HOSTILE + HATECHECK15_HOSTILE + PERSON13_HOSTILE + LEAD12B_HOSTILE
)
ALL_CLEAN: tuple[str, ...] = (
    GAMECHAT13_CLEAN + HATECHECK15_CLEAN + PERSON13_CLEAN + LEAD12B_CLEAN
)
