"""The seventeenth review (issue 8), written before reading olid11's or discord13's code or
tests: lines in the shapes those rounds built (a judging word said of a name, a name-call
noun as a sentence or taunted with "much?", a political group judged, "bro thinks he's",
chat adverbs before a put-down, rule talk about a word, closing taunts), in forms they may
over-read (banter, game talk, reported speech, counter-speech, quotes, denials, questions
answered "no", self-directed lines, neutral and positive group mentions, Italian), and a
third of hostile lines in the same shapes that must stay caught."""

from __future__ import annotations

# fmt: off

REVIEW_CLEAN: tuple[str, ...] = (
    # olid11: judging word said of a name
    "Brady is the worst at losing, he always congratulates the winner",
    "Messi is the best, Ronaldo is the second best",
    "the report says Holder is a criminal defense lawyer now",
    "Jake is a joke teller at the comedy club downtown",
    "my cat Luna is the worst at catching mice lol",
    "Biden said the tax plan is corrupt",
    "is Obama evil? no, obviously not",
    "nobody thinks Mark is dishonest",
    "Frank is so crooked in that photo, the frame tilted",
    "Monday is the worst",
    # olid11: name-call noun as a sentence, "much?"
    "We watched the film last night. Hypocrites. Great title, great cast.",
    "Crossword clue 7 across: liars. Six letters.",
    "Tired much? go to bed lol",
    "I lied about my age once. Hypocrite, I know.",
    "Calling people cowards is not okay.",
    "Coffee much? you seem wired",
    # olid11: political group judged
    "democrats are so happy today after the vote",
    "liberals are a big part of the coalition",
    "the article claims conservatives are fake, which is nonsense",
    "why are conservatives so popular in the south?",
    "leftists are people too, stop the hate",
    # discord13: bro thinks he's
    "bro thinks he's gonna be late, should we wait?",
    "my bro thinks he's getting a puppy for christmas",
    "bro thinks he's sick, he's staying home today",
    "my little sis thinks she's a princess and it's adorable",
    # discord13: adverbs before a put-down
    "ur actually so good at this",
    "you're literally so kind, thank you",
    "i'm literally so dumb, forgot my keys again",
    "ur lowkey such a legend",
    "honestly i was such a clown yesterday lol",
    # discord13: rule talk, taunts, nobody asked, leave the server
    "saying kys is bannable here, please don't",
    "the word retard is a slur and it's not okay",
    "nobody asked me but i think the update is good",
    "leave the server icon as it is",
    "my shirt is so washed out now",
    "stay pressed to the wall in the maze level",
    "send feet of snow pics from the mountain trip!",
    # Italian
    "Rossi è il peggiore in classifica, ma è solo la prima gara",
    "il film si chiama Ipocriti, l'hai visto?",
    "bro pensa di essere in ritardo, aspettiamolo",
    "sei davvero bravissimo, grazie",
)

REVIEW_HOSTILE: tuple[str, ...] = (
    "Pelosi is a joke and always has been",
    "Schumer is so corrupt it hurts",
    "Deleting your posts again? Coward.",
    "Liar much? everyone saw you do it",
    "liberals are so fake lmao",
    "bro thinks he's good at the game 💀",
    "ur literally so annoying",
    "you're genuinely such a loser",
    "kys is what you deserve",
    "nobody asked u",
    "ur so washed lol",
    "i will find you irl",
    "send me ur nudes",
    "leave the server now loser",
    "sei davvero un idiota",
)
