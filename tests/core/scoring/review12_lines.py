"""The review12 lines (issue 8): a release review of the seven rule rounds merged on
2026-12-01 (italian12, insults12, hatecheck13, gamechat12, olid8, control12, forum5),
written before any of their rule code was read. For each round: ordinary messages a real
server sees near its shapes, which must stay clean, and hostile messages its cancel
rules (the ones that lower a score) might wrongly clear."""

from __future__ import annotations

# fmt: off

# --- italian12: Italian hate shapes, "troppi", a group denied things, killing approved,
# disgust after a group, insults of the hating as counter-speech
ITALIAN12_CLEAN: tuple[str, ...] = (
    "ci sono troppi compiti per domani, non ce la faccio",
    "troppi turisti in centro oggi, meglio restare a casa",
    "troppi stranieri in squadra? no, il mister ha fatto bene a farli giocare",
    "agli immigrati devono dare più diritti, non meno",
    "hanno ammazzato il boss finale in due minuti, bravissimi",
    "che schifo questa pizza, i napoletani la fanno molto meglio",
    "i razzisti che insultano gli immigrati sono dei poveracci",
    "ho visto un documentario sugli zingari in Romania, molto interessante",
    "troppi gol subiti stasera, la difesa era un disastro",
    "i musulmani festeggiano il ramadan, gli auguro buone feste",
    "non si può negare la casa ai rifugiati, è vergognoso",
    "ammazza che bello questo video!",
)
ITALIAN12_HOSTILE: tuple[str, ...] = (
    "ci sono troppi negri in questo quartiere, vanno cacciati",
    "gli immigrati non dovrebbero avere nessun diritto, sono parassiti",
    "hanno fatto bene ad ammazzarli tutti quegli zingari",
    "i musulmani mi fanno schifo",
    "gli antirazzisti sono idioti e gli immigrati sono peggio, bestie",
    "chi difende i froci è un coglione e i froci vanno bruciati",
    "i razzisti sono stupidi, ma gli ebrei sono davvero dei ladri",
    "troppi froci in giro, bisognerebbe eliminarli",
)

# --- insults12: swearing that is no insult
INSULTS12_CLEAN: tuple[str, ...] = (
    "let's go you fuckers, we won the cup!",
    "let's win this bitch, final round boys",
    "got the job!! holy fuck",
    "god bless you all, thanks for the birthday wishes",
    "i'm so fat after thanksgiving lol",
    "fat tire bikes are so fun in the snow",
    "fuck yeah we passed the exam",
    "this bitch of a hill nearly killed me on my run",
    "damn you're fast, nice run",
    "my diet is going great, lost the fat finally",
    "hell yes, the update dropped, let's fucking go",
)
INSULTS12_HOSTILE: tuple[str, ...] = (
    "let's go you fuckers, i'll find you and kill you",
    "let's win this bitch, and you're still a worthless bitch",
    "god bless you, you stupid fat cow",
    "you're so fat nobody will ever love you",
    "congrats on the job, too bad you're still a fucking idiot",
    "fuck yeah, another day of you being a pathetic loser",
    "lose some fat you disgusting pig",
    "holy fuck you're the dumbest person alive",
)

# --- hatecheck13: adverbs, modal + death verb, distrust, "too many X in", "gas the",
# a reported claim cleared
HATECHECK13_CLEAN: tuple[str, ...] = (
    "my uncle thinks muslims are subhuman and I hate that",
    "there are too many bugs in this patch",
    "too many people in the queue today",
    "gas the car up before the trip",
    "never believe what you read on twitter",
    "you can't trust the weather forecast here",
    "they should die in the next season finale, it would be a great twist",
    "women are really amazing at this game",
    "my grandpa used to say immigrants are lazy, he was so wrong",
    "i can't trust myself around cake",
    "too many women in tech quit because of harassment",
)
HATECHECK13_HOSTILE: tuple[str, ...] = (
    "my dad says women belong in the kitchen and he's right",
    "my uncle thinks muslims are subhuman and honestly he's right",
    "my friend says gay people are disgusting and I agree",
    "people say immigrants are rats, and they are",
    "everyone knows black people are criminals",
    "my uncle thinks muslims are subhuman and I hate them too",
    "trans people should all die",
    "you can never trust a jew",
    "there are too many immigrants in this country, send them back",
)

# --- gamechat12: kys, "ur fucking bad", "u mad", "cry more", "fu", hero/role/rank
GAMECHAT12_CLEAN: tuple[str, ...] = (
    "i'm so fucking bad at this game lol",
    "that was fucking bad luck, gg",
    "u mad bro? jk that was a great game",
    "i'm gonna cry more if they nerf my main",
    "fu fighters concert was amazing",
    "the support was amazing, gj healer",
    "our tank carried hard, well played",
    "silver players like me need more practice",
    "kill yourself in the tutorial to respawn faster",
    "the bronze medal is still a medal",
    "the jungle needs help at dragon",
    "this map is fucking bad for snipers",
)
GAMECHAT12_HOSTILE: tuple[str, ...] = (
    "kill your fucking self",
    "ur fucking bad uninstall",
    "cry more noob",
    "fu you useless healer",
    "braindead tank, go back to bronze",
    "u mad? cry more trash",
    "our support is a fucking retard",
    "go die in a fire silver trash",
)

# --- olid8: harm wished, dismissals, animals, political groups
OLID8_CLEAN: tuple[str, ...] = (
    "i hope he dies in the next episode, he's the villain",
    "who asked you to bring snacks? thanks!",
    "my cat is a snake lol",
    "have a seat, dinner is almost ready",
    "please have a seat and the doctor will see you",
    "i hope the villain dies a painful death in the finale",
    "the snake in my garden scared me",
    "he is a beast on the court, amazing player",
    "my dog is a pig when it comes to food",
    "who asked you to the prom?",
    "conservatives and liberals both want lower taxes here",
    "i hope my plant doesn't die while i'm away",
)
OLID8_HOSTILE: tuple[str, ...] = (
    "i hope you die",
    "you are a snake and everyone knows it",
    "liberals are a bunch of lying snakes",
    "who asked you, idiot",
    "have a seat, nobody wants to hear from you",
    "may you rot in hell",
    "he is a pig and a creep",
    "i hope he dies, the villain of my life",
)

# --- control12: cancels for reported intent, real animals, criminals named, group suffering,
# mistreatment reported, reclaimed words, hateful remark judged, belief denied, bigot judged
CONTROL12_CLEAN: tuple[str, ...] = (
    "he wants to kill all the immigrants, that's terrifying",
    "the muslim terrorists were arrested yesterday",
    "immigrants suffer so much at the border",
    "women are paid less than men for the same job",
    "we went to a dyke bar last night, so fun",
    "saying gays are sick is a disgusting thing to say",
    "i don't believe black people are inferior at all",
    "my neighbor is a racist bigot who hates immigrants",
    "the rats in the subway are huge",
    "he was beaten just because he was gay",
    "the pigs at the farm were adorable",
)
CONTROL12_HOSTILE: tuple[str, ...] = (
    "he wants to kill all the immigrants and so do I",
    "he wants to kill all the immigrants and he should",
    "immigrants are rats, real animals",
    "muslims are terrorists, all of them",
    "good, immigrants should suffer",
    "women deserve to be beaten",
    "gays are sick and that's not a hateful thing to say, it's the truth",
    "i don't believe black people are human",
    "call me a bigot but jews are vermin",
)

# --- forum5: a plural or named person derogated by what they did
FORUM5_CLEAN: tuple[str, ...] = (
    "the people who designed this law deserve an award",
    "anyone who thinks this is easy hasn't tried it",
    "the guy who wrote this is a genius",
    "the guy who called me a moron was banned, good",
    "anyone who thinks i'm an idiot for liking pineapple pizza is right lol",
    "the morons in this movie were hilarious",
    "i felt like an idiot when i forgot my keys",
    "people who call others idiots online are the worst",
    "the woman who wrote this book is brilliant",
    "the team who designed this game did an amazing job",
)
FORUM5_HOSTILE: tuple[str, ...] = (
    "the morons who designed this law should be fired",
    "anyone who thinks vaccines work is a moron",
    "the guy who wrote this is an idiot",
    "the idiot who posted this should delete his account",
    "whoever made this thread is a complete moron",
    "people who vote like you are braindead idiots",
    "the clowns who run this subreddit are pathetic",
    "the dumbass who replied to me clearly can't read",
)

REVIEW_CLEAN: tuple[str, ...] = (
    ITALIAN12_CLEAN + INSULTS12_CLEAN + HATECHECK13_CLEAN + GAMECHAT12_CLEAN
    + OLID8_CLEAN + CONTROL12_CLEAN + FORUM5_CLEAN
)
REVIEW_HOSTILE: tuple[str, ...] = (
    ITALIAN12_HOSTILE + INSULTS12_HOSTILE + HATECHECK13_HOSTILE + GAMECHAT12_HOSTILE
    + OLID8_HOSTILE + CONTROL12_HOSTILE + FORUM5_HOSTILE
)
