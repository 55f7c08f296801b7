"""The eighteenth review (issue 8), written before reading olid12's, gamechat18's or discord15's
code or tests: lines in the shapes those rounds built (a habitual lie, "ruin/destroy everything",
"has no clue", "go away"/"shut up" wanted of a person, singular sabotage and "running it down",
"<hero> diff", "what are you doing <role>", a curse plus a role, "git gud or quit", disgust at a
girl, "don't be such a", "ratio" chains, the member shunned, a streamer called a fraud), in forms
they may over-read (banter, game talk, reported speech, counter-speech, quotes, denials,
questions answered "no", self-directed lines, neutral and positive group mentions, Italian), and
a third of hostile lines in the same shapes that must stay caught."""

from __future__ import annotations

# fmt: off

REVIEW_CLEAN: tuple[str, ...] = (
    # olid12: habitual lie, ruin everything, no clue, go away / shut up
    "the article says he lies all the time, but the article is wrong",
    "my dog lies on the couch all the time",
    "I always lie about my rank lol",
    "does she lie a lot? no, she is honest",
    "the fog ruins everything in these photos",
    "honestly I ruin everything I cook",
    "the detectives have no clue who did it",
    "we have no clue where the party is",
    "grandma has no clue how to use tiktok and it's adorable",
    "the headache will not go away",
    "my mom told me to shut up and eat my soup lol",
    "tell the dog to shut up, the mailman is gone",
    # gamechat18: sabotage, running it down, diff, what are you doing, curse + role
    "our sage is healing again nice",
    "our jett is carrying hard",
    "I was feeding again sorry guys",
    "messi is running it down the wing",
    "what are you doing this weekend mid",
    "what are you doing after the game",
    "fucking mid game lag spike again",
    "shit support items are expensive",
    "git gud is the name of my clan",
    "ew a girl spider in the bathroom",
    "a girl on my team clutched 1v4",
    # discord15: don't be such a, ratio, shunned, streamer fraud
    "don't be such a stranger, come visit",
    "she said don't be such a loser, then laughed and hugged me",
    "nobody wants to play at 4am",
    "nobody wants to play with me lol",
    "the aspect ratio is 16 by 9",
    "the streamer exposed a fraud",
    "is that youtuber a scammer? no, he refunded everyone",
    # Italian
    "che fai stasera mid?",
    "ma che fai a pranzo",
    "smettila di feedare il gatto, e' grasso",
)

REVIEW_HOSTILE: tuple[str, ...] = (
    "he lies constantly about everything",
    "Pelosi is lying again as usual",
    "they ruin everything they touch",
    "you obviously have no clue what you are talking about",
    "somebody tell her to shut up already",
    "our reyna is feeding on purpose",
    "our support is running it down again",
    "wtf are you doing jungle",
    "fuck this jungler",
    "git gud or quit",
    "ew a girl in my lobby",
    "don't be such a crybaby",
    "L + ratio + cope",
    "no one wants to queue with you",
    "that streamer is a fraud",
    "che cazzo fai jungla",
)

# Near-misses, all clean: one word away from the three rounds' hostile examples.
NEAR_MISSES: tuple[str, ...] = (
    'she lies down all the time after work',
    'he lies all the time in the sun',
    'they lie about everything on the form, says the tax office',
    'he always lies in bed till noon',
    'Schiff is lying on the beach again',
    'my kids ruin everything they touch with jam lol',
    'the rain destroys everything in the garden',
    'storms destroy everything they touch',
    "I have no clue what I'm doing",
    "he has no clue it's a surprise party",
    'the pain just needs to go away',
    'tell my cat to shut up lol',
    'our sage is healing nonstop',
    'pudge is feeding the creeps again',
    'our viper is throwing smokes again',
    'the river is running it down the valley',
    'sage diff on their team gg',
    'what are you doing later tonight',
    'fucking mid tier skin',
    'shit jungle pathing on my part sorry',
    'get good or get out is what my coach used to say',
    'ew a girl scout cookie gone stale',
    "don't be such a stranger",
    'ratio of wins to losses is fine',
    'nobody wants to play with you? I will!',
    'our moderator is a sweetheart',
    'women can aim better than me',
    'girls suck at nothing',
    'che cazzo fai stasera',
    'basta feedare i piccioni',
)
