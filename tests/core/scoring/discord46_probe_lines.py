"""The discord46 probe lines (issue 8): a member's own work or self-expression trashed to
their face in a Discord server ("ur art is trash", "your posts are so cringe", "your
singing is awful", "your pfp is ugly af", "your edits were garbage"), the clean lines in
the same words (the speaker's own work, things that are nobody's, praise, negations,
questions, a member asking for help, reports), and friendly swearing. Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's art and drawings
    "ur art is trash", "your art is garbage", "your art is so bad lol", "ur drawings are ugly af",
    "your drawings are terrible", "your fanart is ass", "your art is horrible ngl",
    "ur art is embarrassing", "your art is shit", "your sketches are trash 💀",
    # the reader's posts, memes, edits and content
    "your posts are so cringe", "ur memes are cringe af", "your memes are trash",
    "your edits are garbage", "your content is cringe", "your videos are trash",
    "ur posts are so annoying", "your jokes are cringe", "your jokes are so bad",
    # the reader's voice and singing
    "your singing is awful", "ur singing is terrible", "your laugh is so annoying",
    "your voice is disgusting", "ur voice is cringe af",
    # the reader's pictures
    "your pfp is ugly", "ur pfp is so ugly lmao", "your selfies are cringe",
    "your pics are ugly", "your oc is ugly af",
    # past tense, tails
    "your art was trash", "your edit was so cringe", "your songs are garbage lol",
    "your posts are so fucking cringe", "your art is hot garbage", "your art sucks",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the speaker's own work
    "my art is trash ngl i need practice", "my drawings are so bad lol", "my voice is so cringe",
    "my edits are garbage compared to yours", "my pfp is ugly i need a new one",
    # things that are nobody's in the room
    "the art in this game is trash", "this meme is cringe", "the new update is trash",
    "that video was so cringe", "the singing in that movie was awful",
    # praise, negations, questions
    "your art is amazing", "your drawings are so good wtf", "your voice is so pretty",
    "your art isnt trash at all", "no your art is not bad", "nobody thinks your posts are cringe",
    "is my art trash?", "are my memes cringe?", "is your pfp new?",
    # help asked, reports, fiction and conditions
    "he keeps saying my art is trash, what do i do",
    "someone dmed me that my voice is annoying, should i tell a mod",
    "everyone says your art is trash but ignore them",
    "if your art is bad just keep practicing", "don't listen to anyone who says your art is trash",
    "she said my singing was awful and i cried",
    # gaming talk and gear
    "your ping is trash today", "your mic is so bad, fix it", "this map is so ugly",
    "your wifi is garbage lol", "the graphics are trash", "your art is trash? nah it's fire",
    "who said your memes are cringe? they're funny",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit your art is sick", "damn ur voice is so good", "fuck yeah new emotes",
    "shit i forgot to post my drawing", "what the fuck this meme is so funny",
    "hell yeah your edit goes hard",
)
