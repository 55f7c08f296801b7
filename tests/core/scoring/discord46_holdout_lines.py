"""The discord46 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, their verdicts not looked at until the final count.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur art is garbage lol", "your artwork is trash", "your art is so ugly",
    "your drawing is trash", "ur drawings are so bad", "your paintings are horrible",
    "your art is dogshit", "ur fanart is cringe", "your ocs are so ugly",
    "your art is terrible ngl",
    "ur memes are trash", "your posts are cringe af", "ur edits are cringe",
    "your vids are trash", "ur videos are so cringe", "your streams are boring af",
    "your content is garbage", "ur jokes are so cringe", "your memes are so bad",
    "your post was cringe",
    "ur singing is awful", "your voice is so ugly", "your voice is annoying af",
    "ur laugh is cringe", "your songs are trash", "your music is garbage",
    "ur music is so bad", "your singing was terrible lmao",
    "ur pfp is ugly", "your pfp is cringe af", "your selfie is ugly",
    "ur pics are so ugly", "your cosplay is cringe", "your banner is ugly",
    "your drawings were trash", "ur art was so bad", "your memes were cringe",
    "your art is absolute garbage", "ur edits are hot garbage", "your singing sucks",
)

HELD_CLEAN: tuple[str, ...] = (
    "my art is garbage lol", "my drawings are trash", "my memes are cringe i know",
    "my singing is awful but i love it", "my selfies are so ugly", "my edits were so bad back then",
    "the art style in this game is ugly", "this song is trash", "that post was cringe",
    "the memes in general are so bad today", "the voice acting is terrible",
    "your art is so pretty", "ur memes are so funny", "your edits are fire",
    "your voice is really nice", "your art is not trash", "ur drawings arent ugly",
    "i never said your art was bad", "is my pfp ugly?", "are my edits bad?",
    "do you think my art is trash?", "was my post cringe?",
    "someone keeps telling me my art is ugly, what should i do",
    "he dms me that my voice is cringe, how do i block him",
    "my sister said my drawings are bad and i'm sad",
    "people say your memes are cringe, whatever",
    "if your edits are bad, use a better app", "ignore anyone saying your art is trash",
    "your ping is so bad rn", "ur connection is garbage", "your headset is trash",
    "the servers are garbage tonight", "your camera quality is terrible",
    "your art is trash? no way it's amazing", "who told you your voice is ugly? it's lovely",
    "my voice sounds terrible on mic", "the pfp trend is cringe",
    "their art is trash and i'm a critic", "that meme format is so bad",
    "your old art was bad but now its amazing",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck your drawing is insane", "damn your pfp goes hard", "shit that meme killed me",
    "fuck i love this server", "your edit is so fucking good", "hell yeah new art drop",
)
