"""The discord19 probe (issue 8): Discord chat lines in the round's shapes (a member
kept out by the room, with or without a reason; the reader's family turned against
them; an ableist or archetype jab at the reader; exposure promised; a send-off into
nothing) and clean chat that looks alike: the same words about oneself, a kind reason
or a patient tail after the words, reports and help-seeking, talk of shows and games,
friendly banter. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a member kept out by the room
    "lets all leave when she joins", "can we kick her already", "can we kick him pls",
    "everyone leave the vc when he joins", "lets leave before he gets on",
    "can someone ban her already", "can we remove him from the gc",
    "why is she even in this server", "who invited him lol",
    # the reader's family turned against them
    "ur parents hate u", "even ur mom hates you", "your dad hates you lol",
    "ur family is embarrassed of u", "even ur parents dont love u",
    "i bet ur parents regret having u",
    # an ableist or archetype jab at the reader
    "ur acting autistic", "u got brain damage or something", "do u have brain damage",
    "stay single incel", "stay mad karen", "cope harder incel", "karen energy fr",
    "ur so autistic lmao", "ur giving karen energy", "stop acting retarded",
    # exposure promised
    "ill screenshot this and send it to everyone", "im sending ur messages to the whole server",
    "ill post this convo everywhere", "everyone is gonna see ur pics",
    "ill tell everyone what u said",
    # a send-off into nothing
    "just disappear", "disappear already", "go disappear lol", "why dont u just vanish",
    "nobody would care if u left forever",
    # Italian
    "i tuoi genitori ti odiano", "sparisci e basta", "cacciamola dal gruppo",
    "sei proprio autistico",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a kind reason or a patient tail after the words
    "dont invite him, he's busy tonight", "are u slow? no worries ill wait",
    "what a karen lmao, the lady in the video i mean",
    "i have ur address, sending the package tmrw",
    "remove him from the group chat, he asked to leave",
    "dont add her, she's on vacation", "kick him from the vc, his mic is echoing",
    "are u slow at this level? take ur time", "dont invite her, she's sick rn",
    # the same words about oneself
    "my parents hate me lol", "im acting so autistic today lmao",
    "i think i have brain damage from this exam",
    "i'm gonna stay single forever lol", "i disappeared for a week sorry guys",
    "im such a karen about my coffee", "i screenshot my own fails to laugh at later",
    # reports and help-seeking
    "someone said my parents hate me, that hurt", "they kicked me from the gc and idk why",
    "he said he'd send my pics to everyone, what do i do",
    "people keep calling me a karen, how do i stop",
    # shows and games
    "the incel guy in that show finally got a gf", "that karen video is so funny",
    "the boss can disappear if you wait", "can we kick the ball around later",
    "the brain damage mechanic in this game is brutal", "the autistic kid in that movie was great",
    "his parents hate him in the show, its so sad",
    # friendly banter and everyday talk
    "ur parents are so sweet", "can we leave when the movie ends", "lets all leave at 9",
    "screenshot this and send it to me later", "i have ur charger, ill bring it tmrw",
    "ur mom makes the best cookies", "who invited him? he's so fun lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clip is insane", "fuck yes we won", "damn ur so good at this",
    "this map is fucking huge", "shit i forgot my homework",
    "bro what the hell lmao",
)
