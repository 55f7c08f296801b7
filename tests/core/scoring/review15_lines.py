"""The review15 lines (issue 8): a review of the three rule rounds merged last
(discord12, italian16, hatecheck17), written from their reports' "What I built" only,
before any of their code or tests was read. For each round: a few hostile lines of its
shapes in new wording, and above all the clean near-misses each shape risks (banter,
game, news, counter-speech, quoted, negated, question-then-denied, self-directed)."""

from __future__ import annotations

# fmt: off

# --- discord12: "L"/"ratio"/dismissal + name-call, bare "who asked", pile-ons,
# "why are you even here", not invited / irrelevant / mid / unfunny, jump off, doxxing
DISCORD12_CLEAN: tuple[str, ...] = (
    "L take from me last night, i was the clown of that match lol",
    "ratio'd by my own mom, im the clown here",
    "nobody cares about the patch notes, just let us play",
    "who asked for extra cheese on this? it was me lol",
    "the teacher who asked us to read chapter 4 is out sick",
    "no one is laughing at you bro, we're laughing with you",
    "everyone was laughing at the cat video in vc",
    "why are you even here this early? welcome back!",
    "im so unfunny today sorry guys",
    "my jokes are mid tonight ngl",
    "the new season is mid honestly",
    "the party was so irrelevant to the plot of the movie",
    "in the game you can jump off a building and glide",
    "he got doxxed last year and it was awful, be careful online",
    "someone said 'L bozo' to me in ranked and i just laughed",
)
DISCORD12_HOSTILE: tuple[str, ...] = (
    "L loser, go cry",
    "ratio + ur a clown",
    "who even asked you, clown",
    "the entire chat is laughing at u rn",
    "you're so unfunny it hurts, leave",
    "go jump off a roof already",
    "got your ip, see you soon",
)

# --- italian16: "il rom", the singular generic claim, group-only phrases in the
# singular, sickness nouns, subject claims ("è un peso", "non capisce niente")
ITALIAN16_CLEAN: tuple[str, ...] = (
    "il rom è una delle lingue più antiche d'europa",
    "secondo me il libro è noioso per natura",
    "il gatto è pigro per natura, dorme tutto il giorno",
    "mio zio controlla tutto in officina",
    "la banca controlla i conti ogni mese",
    "quella serie è un virus, non riesco a smettere di guardarla",
    "il mio fratellino è una peste ma gli voglio bene",
    "dire che la donna deve stare zitta è sessismo puro",
    "non è vero che il disabile è un peso per la società",
    "il portatile non serve a niente senza caricabatterie",
    "io non capisco niente di calcio, scusate",
    "lo zaino è un peso, lo lascio in macchina",
    "il cane è sporco dopo la passeggiata nel fango",
)
ITALIAN16_HOSTILE: tuple[str, ...] = (
    "il rom è un parassita",
    "per me il musulmano è violento per natura",
    "la donna non serve a niente",
    "gli stranieri sono un tumore per l'italia",
    "lo zingaro vive alle nostre spalle",
    "l'ebreo governa il mondo",
)

# --- hatecheck17: group "are awful/the worst", "the worst" + measure, "nothing but a
# <member>", "a <member> as president?", "never let a <member> in my house",
# "<group> should never be allowed"
HATECHECK17_CLEAN: tuple[str, ...] = (
    "saying women are awful drivers is just sexist nonsense",
    "people who think muslims are the worst need to meet my neighbours",
    "the refs are the worst tonight lol",
    "my teammates are terrible but i love them",
    "the lag spikes are awful today",
    "who says immigrants are terrible? nobody sane",
    "im nothing but a tired mom at this point lol",
    "you are nothing but a sweetheart",
    "a woman as president? about time honestly",
    "a muslim running the country would be fine by me",
    "i would never let a stranger in my house at night",
    "i'd never let my cat in the kitchen",
    "guns should never be allowed in schools",
    "bots should never be allowed in ranked",
)
HATECHECK17_HOSTILE: tuple[str, ...] = (
    "jews honestly are the worst",
    "trans people are so awful",
    "you are nothing but a filthy immigrant",
    "a gay man as our president? what a disaster",
    "we'd never let a muslim family into our home",
    "immigrants should never ever be allowed to vote",
)

ALL_CLEAN: tuple[str, ...] = DISCORD12_CLEAN + ITALIAN16_CLEAN + HATECHECK17_CLEAN
ALL_HOSTILE: tuple[str, ...] = DISCORD12_HOSTILE + ITALIAN16_HOSTILE + HATECHECK17_HOSTILE
