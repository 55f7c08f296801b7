"""The hatecheck86 probe (issue 8): a hateful claim about a named group that the writer
attributes to someone before it and agrees with, which is the writer's own claim ("like my
dad says, immigrants are rats", "as my grandpa always said, jews are parasites", "my uncle
says muslims are vermin and hes not wrong"); the clean lines use the same words: the claim
reported and condemned or flagged to the mods, the attribution agreeing with a kind or
neutral line, the claim denied, and a claim named and judged wrong after it. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the attribution before the claim takes it up: "like", "as", "just like"
    "like my dad says, immigrants are rats",
    "as my grandpa always said, jews are parasites",
    "like he said, women are stupid",
    "just like my grandpa said, muslims are vermin",
    "like my dad always says, immigrants are rats",
    "as i always say, women are stupid",
    "like everyone says, black people are apes",
    "like they say, gays are diseased",
    "as my uncle says, refugees are cockroaches",
    "like my mom used to say, gypsies are thieves",
    "as my old man always said, mexicans are animals",
    "like my boss said, muslims are filth",
    "just like my coworker says, immigrants are vermin",
    "as they always say, jews are rats",
    "like my dad said, trans people are freaks",
    "as the saying goes, jews are parasites",
    "as everyone says, muslims are animals",
    "like my grandma always said, black people are lazy",
    "as tucker said last night, immigrants are parasites",
    "lol like my uncle says, women are property",
    # the truth of the saying said before the claim
    "its true what they say, muslims are vermin",
    "its true what my dad says, immigrants are rats",
    "what my grandpa said is true, jews are parasites",
    "my uncle said it best, refugees are vermin",
    # the report, then the writer agreeing after it
    "my uncle says immigrants are rats and hes not wrong",
    "my dad said muslims are vermin and honestly he has a point",
    "my dad always says immigrants are rats and hes right",
    "my grandpa says jews are parasites and he isnt wrong",
    "my coworker says refugees are animals and i agree",
    "someone in chat said gays are diseased and theyre not wrong tbh",
    "my uncle keeps saying mexicans are rats and honestly fair",
    "my dad says muslims are filth and i cant disagree",
    "my brother said women are stupid and hes got a point",
    "people say immigrants are vermin and they have a point",
    "my neighbour says black people are apes and she is not wrong",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the claim reported with the attribution before it, then condemned or flagged
    "a troll wrote 'black people are apes', i reported him",
    "someone in the chat said muslims are vermin, mods pls",
    "my uncle keeps saying immigrants are rats and i hate it",
    "people who say gays are diseased are the problem",
    "'jews are parasites' is an antisemitic lie",
    "some guy in vc said women are stupid, can a mod check",
    "my coworker told me immigrants are cockroaches and i walked out",
    "he literally said black people are monkeys, reported",
    "anyone who says jews are rats is a bigot",
    "my dad says muslims are vermin and hes wrong",
    "my uncle says immigrants are rats and it makes me sick",
    "my grandpa says jews are parasites and i dont talk to him anymore",
    "someone in chat said gays are diseased and they got banned",
    "my coworker says refugees are animals and i told hr",
    "i keep seeing posts saying trans people are freaks and its disgusting",
    "the streamer said jews are rats and chat just laughed, disgusting",
    # the same attribution before a kind or neutral line
    "like my dad says, immigrants built this country",
    "as my grandpa always said, jews are family to us",
    "like he said, women are amazing at this game",
    "as i always say, muslims are welcome here",
    "its true what they say, refugees are the hardest workers",
    "just like my grandpa said, be kind to everyone",
    "like my mom used to say, never judge people by where they are from",
    "my uncle said it best, immigrants are the backbone of this town",
    # the claim denied after the attribution
    "its not true what they say, muslims are not vermin",
    "my dad is wrong, immigrants are not rats",
    "people say gays are diseased but thats a lie",
    # the claim named and judged wrong after it
    "women are stupid is such a dumb take",
    "the idea that muslims are vermin is nazi propaganda",
    "muslims are vermin? thats a disgusting thing to say",
    "trans people are freaks is what my cousin posted and i blocked her",
    "saying immigrants are rats is straight up racist",
)

TUNE_SWEARING: tuple[str, ...] = (
    "like my dad says, fuck it we ball",
    "as they say, shit happens",
    "holy shit my uncle was right lol",
    "like my grandpa always said, dont be a dumbass on the road",
    "its true what they say, this boss is fucking hard",
    "my dad said damn that was a good game and hes right",
)
