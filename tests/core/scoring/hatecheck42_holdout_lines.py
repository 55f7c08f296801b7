"""The hatecheck42 held-back lines (issue 8): other wordings of the round's shapes (a list
of judging words before a person or a group; a group taken up by a pronoun after a comma,
a dash or a question mark), written at the same time as the probe and counted only at
the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "those dumb, lazy people", "these ugly, smelly immigrants", "disgusting, filthy muslims",
    "that fat, stupid loser", "all those greedy, lying jews", "these worthless, lazy women",
    "those dirty, disgusting refugees", "stupid, ugly gays everywhere",
    "these pathetic, useless feminists", "those filthy, violent arabs",
    "lazy, dirty mexicans again", "these sick, perverted trans people",
    "those ignorant, stupid black people", "that ugly, pathetic bitch",
    "these fat, lazy slobs", "those gross, disgusting lesbians",
    "dumb and useless women", "these vile, filthy immigrants", "that stupid, fat idiot",
    "those lazy, worthless disabled people",
    "immigrants, they are all criminals", "muslims - they are savages",
    "women? they are so dumb", "gays, they're all perverts", "jews - they are rats",
    "refugees, they are all parasites", "black people? they are lazy",
    "trans people - they are disgusting", "feminists, they're so ugly",
    "mexicans, they are all thieves", "arabs - they're animals", "those women, they are trash",
    "lesbians? they're gross", "the immigrants, they are filth",
    "muslims, they are all rapists", "women, they're all whores",
    "disabled people - they are a burden", "gay men, they are sick",
    "these refugees, they are vermin", "jews? they are all liars",
)

HELD_CLEAN: tuple[str, ...] = (
    "these dumb, annoying mosquitoes", "those lazy, rainy sundays",
    "her stupid, lazy excuses", "this ugly, boring wallpaper",
    "those dirty, greasy pans", "that stupid, slow printer",
    "these disgusting, soggy fries", "those pointless, stupid rules",
    "this filthy, muddy path", "that fat, lazy cat of mine is adorable",
    "immigrants, they are part of our history", "muslims - they fast during ramadan",
    "women? they are so good at this game", "gays, they can marry here now",
    "jews - they light candles tonight", "refugees, they are safe now",
    "black people? they built this city", "trans people - they exist, deal with it",
    "feminists, they organised the march", "mexicans, they won the match",
    "arabs - they invented algebra", "lesbians? they are welcome in our guild",
    "disabled people, they deserve access", "the muslims, they are our neighbours",
    "immigrants - they are not criminals", "women, they are not useless at all",
    "gays? they are not perverts, grow up",
    "calling muslims dirty, violent people is bigotry",
    "don't call women dumb, useless creatures", "he wrote \"lazy, dirty mexicans\" and got banned",
    "they said those filthy, disgusting gays should leave, which is horrible",
    "people claim immigrants, they're all criminals, which is false",
    "she tweeted \"jews, they are rats\" and lost her job",
    "it is bigoted to say black people, they are lazy",
    "no one should call refugees filthy, lazy people",
    "my uncle says women - they're useless, and it's gross",
    "saying trans people, they are sick, is hateful",
    "the article quoted him: \"arabs, they're animals\"",
    "stop saying gays, they are disgusting", "those stupid, rude comments about women",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was a great match", "holy shit the boss is huge", "damn, i love this map",
    "shit, i burned the toast", "this is fucking awesome", "well shit, that went sideways",
)
