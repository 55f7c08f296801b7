"""The discord18 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # exclusion and ganging up
    "nobody here even wants u around", "just go already no one will miss u",
    "everyone ignore her from now on", "lets all leave the vc when he joins",
    "dont add him to the gc", "we dont want you here weirdo", "block him everyone hes a creep",
    "no one in this server likes you", "leave already", "nobody asked for u to be here",
    "leave the gc loser", "qui non ti vuole nessuno",
    # appearance and life attacks
    "ur so ugly thats why nobody dms u", "no wonder nobody likes u",
    "no wonder u have no friends", "get a life nerd", "ur mom must be so disappointed in u",
    "imagine being u lmao", "u look like a potato with hair",
    # doxxing and stalking threats
    "i know where u live and where u go to school", "ill leak ur face in every server",
    "gonna expose u to everyone", "ill dox u", "i saved ur pics and ill post them",
    "i found ur insta, watch",
    # self-harm encouragement in other words
    "go drink some bleach", "do the world a favor and disappear",
    "nobody would miss u if u were gone", "just disappear already", "go jump off something",
    # ableist jabs at a person
    "are you slow or something", "u must be special needs", "ur actually autistic lmao",
    "what are u, retarded?",
    # archetype name-calls at a person
    "ok karen calm down", "stop being a pick me", "such a simp lol pathetic",
    "shut up incel", "what a pick me", "youre such a karen omg",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "i look so ugly in this pic lol", "nobody wants me on their team :(",
    "no wonder im tired, i slept at 4", "i need a life fr, been gaming all day",
    "i'm slow at typing sorry", "im such a karen when the food is cold lol",
    "i'm a total simp for my gf", "nessuno vuole giocare stasera",
    # reports and help-seeking
    "someone told me to go drink bleach, is that reportable?",
    "a kid in vc said he had my ip, should i be worried",
    "my friend got called a karen for asking for a refund",
    "she told me nobody wants me here, i'm gonna log off",
    "he threatened to leak my pics, what do i do",
    # shows and games
    "that episode where the karen yells at the waiter lmao",
    "the simp arc in this anime is so funny", "i leaked my own spoilers by accident",
    "the movie exposed how bad the company was", "the guild needs to leave the raid already",
    "dont let the creeper in the base", "just leave the match already it's over",
    "what a save", "what a pick by the jungler", "block the exit so he can't escape",
    "kick the ball to me", "disappear into the bush, they're coming",
    "the autistic character in that show is written so well",
    "in that game u get a life every 100 coins",
    # friendly banter and everyday talk
    "lets all ignore the lag and keep playing", "nobody here wants the vegetables",
    "my parents must be asleep by now", "ur parents are so chill",
    "you're so good at this, how", "ur so funny lol", "no one wants homework on a friday",
    "im gonna expose my bad drawings from 2019", "i have ur gift, ill bring it tmrw",
    "i know ur bday is soon hehe", "the ip address of the server is in the pins",
    "go drink some water and sleep", "ugly christmas sweater party tonight!!",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this patch is good", "damn ur art is so good", "shit thats hilarious",
    "fucking finally friday", "this boss is a bitch to beat lol",
    "what the hell was that plot twist",
)
