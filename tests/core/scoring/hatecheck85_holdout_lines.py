"""The hatecheck85 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as hatecheck85_probe_lines.py and before any rule. Counted only as
totals, at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "we always hated gay people", "we always despised immigrants, period",
    "tbh we always hated trans people", "we have always despised muslims",
    "we've always hated refugees and always will", "we always loathed jews",
    "i've hated refugees for years", "i have hated immigrants all my life",
    "we've despised muslims for generations", "i have hated jews since i was young",
    "we have hated trans people for years", "ive despised black people for ages",
    "i've hated feminists forever", "we've loathed immigrants for decades",
    "i've detested muslims my whole life", "we have hated gay people since day one",
    "been hating jews for years", "i've been hating gay people my whole life",
    "we've been hating refugees since forever", "been hating muslims since the start",
    "we have been despising immigrants for years",
    "we have never liked muslims and never will", "i've never liked trans people and never will",
    "we never liked jews and never will lol", "i have never liked immigrants and i never will",
    "me and my friends hate muslims", "me and my sister can't stand gay people",
    "me and my family have always hated immigrants", "me and the lads despise refugees",
    "me and my husband hate jews", "me and my brothers have hated trans people for years",
    "my friends and i have despised muslims for ages", "me and my dad can't stand black people",
    "me and my crew hate immigrants tbh", "me and my parents have been hating refugees for years",
    "honestly me and my friends despise jews", "my whole family and i have hated muslims forever",
    "we've always hated black people",
    "i have loathed refugees for years",
    "me and my boys hate gay people",
)

HELD_CLEAN: tuple[str, ...] = (
    "my grandma always hated immigrants, we never agreed",
    "my mom has hated muslims for years, it's exhausting",
    "they have hated gay people for decades",
    "my neighbour has been hating refugees since day one, what a creep",
    "she's never liked jews and never will, so i stopped talking to her",
    "i used to hate muslims until i actually met some",
    "i've hated trans people for years, but not anymore",
    "we always hated immigrants until we moved abroad",
    "i used to hate refugees, now i volunteer with them",
    "i've hated this game for years",
    "we always hated that teacher",
    "been hating this weather since day one",
    "me and my friends can't stand this song", "i have hated mushrooms my whole life",
    "we've never liked horror movies and never will", "me and my sister hate the new update",
    "i have never hated jews", "we have never hated immigrants", "have you always hated refugees?",
    "why have people hated muslims for so long?", "me and my friends don't hate gay people",
    "saying we always hated refugees is bigotry",
    "anyone who has hated muslims for years should talk to one",
    "he said he's hated immigrants his whole life, so i reported him",
    "\"i've hated jews for years\" is what the troll posted, report him",
    "me and my friends love our muslim classmates",
    "my family and i have hosted refugees for years",
    "we've welcomed immigrants since day one", "i've been working with trans people for years",
    "me and my wife hate it when people insult gay people", "we have always stood up for muslims",
    "i've hated how refugees are treated for years", "i always hated racists who attack immigrants",
    "me and my dad hate the new stadium", "we've been hating on the refs all season",
    "i have been learning about jewish history for years",
    "my dad always hated gay people and i never did",
    "me and my mates cant stand the heat", "i have never liked soccer and never will",
    "my family and i have loved our immigrant neighbours forever",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i've been stuck in this queue for ages",
    "me and my friends got fucking wrecked lol",
    "shit we've been playing this since launch",
    "damn i've waited for this fucking patch forever",
    "we always suck ass on this map lmao",
    "been farming this shit all day",
)
