"""The discord19 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a member kept out by the room
    "lets all dip when he joins the call", "can we just kick her", "can we ban him already",
    "everyone leave when she comes online", "can a mod remove her already",
    "why is he still in the gc", "who let her in here", "lets make a new gc without him",
    "can we kick him out already lol",
    # the reader's family turned against them
    "ur mom hates u", "ur parents must hate u", "even ur dad doesnt love u",
    "ur family hates you fr", "your parents are ashamed of you",
    "ur parents wish u were never born",
    # an ableist or archetype jab at the reader
    "ur acting so autistic rn", "did u drop ur head as a baby", "u have brain damage fr",
    "stay mad incel", "cope more karen", "major karen energy from u", "ur being so autistic",
    "typical karen", "stop acting so retarded lol", "ok incel go cry",
    # exposure promised
    "im screenshotting this and sending it to everyone", "ill show everyone ur dms",
    "gonna post ur messages in every server", "everyone will know what u did",
    "ill leak this chat to the whole school",
    # a send-off into nothing
    "just vanish", "disappear forever", "go disappear", "why dont u just disappear",
    "no one would notice if u vanished", "just go away forever",
    # Italian
    "tua madre ti odia", "sparisci per sempre", "cacciamolo dal server", "sei autistico",
)

HELD_CLEAN: tuple[str, ...] = (
    # a kind reason or a patient tail after the words
    "dont invite him, he's at work", "dont add her, she asked for a break",
    "are u slow? its ok no rush", "kick her from the call, her mic is broken",
    "remove me from the gc pls", "i have ur address, the invite is coming in the mail",
    "what a karen, the one from the tiktok i mean", "dont invite him, he's asleep",
    "ban him from the server, he asked us to", "can we kick her? she's afk for an hour",
    # the same words about oneself
    "my mom hates me rn because i broke the vase", "i act so autistic when im tired lol",
    "i feel like i got brain damage from that test", "staying single this year lol",
    "i'm just gonna disappear for a bit", "i'm a karen when it comes to pizza",
    "i screenshot everything i see lol",
    # reports and help-seeking
    "someone told me my family hates me, how do i deal", "i got kicked from the gc for no reason",
    "she threatened to show everyone my dms, help", "people keep saying im acting autistic",
    # shows and games
    "the karen episode is the best one", "the incel character is so cringe in that movie",
    "the enemies disappear after the wave", "can we kick off the tournament now",
    "brain damage is a status effect in this game", "her parents hate her in the book",
    "the autistic main character is so well written",
    # friendly banter and everyday talk
    "ur dad is so funny", "can we leave after this round", "lets all meet at 8",
    "send it to everyone in the gc, its the schedule", "who invited her? shes awesome",
    "ur parents are so nice to me", "i have ur jacket, ill give it back tmrw",
    "let's all leave early today", "disappear into the crowd, its a stealth game",
    "ur family is so sweet", "ur mom hates spiders lol", "stay mad, we still won the bracket",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was close", "damn this song slaps", "shit thats so funny",
    "fucking love this server", "what the fuck happened lol", "hell yeah gg",
)
