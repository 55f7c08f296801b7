"""The olid33 probe (issue 8): a person called a bigot outright in a tweet reply ("he is a
racist", "she is such a fascist", "trump is a fascist", "the governor is a misogynist"),
which older rounds read as an accusation said faintly of a third person, and clean lines
in the same words that must stay clean (said of a thing or an act, denied, asked,
reported, conditional, said of the writer, history and fiction). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a pronoun called a bigot
    "@USER he is a racist", "@USER she is such a fascist", "@USER he's a bigot, plain and simple",
    "@USER she is racist.", "@USER he is so racist lol", "@USER he is a nazi. always has been",
    "@USER she's a racist and a liar", "@USER he is a raging bigot",
    "@USER he is a blatant racist!!",
    "@USER she is such a bigot smh", "@USER he is literally a nazi",
    "@USER mark my words, he is a racist",
    "@USER he is a racist, end of story", "@USER lol he is such a sexist",
    "@USER honestly he is a racist",
    "@USER he is a misogynist pig", "@USER he was a fascist then and he is a fascist now",
    # a named or described person
    "@USER trump is a fascist", "@USER this guy is a total racist",
    "@USER your mayor is a known racist",
    "@USER the governor is a misogynist", "@USER Biden is a racist", "@USER the coach is a sexist",
    "@USER your boyfriend is a bigot", "@USER that senator is a fascist, period.",
    "@USER Holder is a bigot and a hypocrite", "@USER her husband is a fascist",
    "@USER this dude is such a racist 🙄", "@USER their candidate is a bigot",
    "@USER the host is a racist and everyone knows it",
    "@USER she is the biggest racist in congress",
    "@USER Maybe she is the racist here.", "@USER he is a bigoted old man",
    "@USER the new manager is a sexist", "@USER that woman is a racist",
)

TUNE_CLEAN: tuple[str, ...] = (
    # said of a thing or an act
    "@USER that is racist", "@USER the policy is racist", "@USER his tweet was racist",
    "@USER the joke was sexist", "@USER that ad is so racist",
    "@USER the book was sexist and dated",
    "@USER she wrote a book about racist laws",
    # denied, asked, reported, conditional
    "@USER he is not a racist", "@USER is he a racist?", "@USER they called him a racist",
    "@USER i dont think she is a fascist", "@USER calling him a nazi is wrong",
    "@USER he is accused of being a racist", "@USER people say he is a fascist but i disagree",
    "@USER if he is a racist, show me the proof", "@USER he was called a bigot for no reason",
    "@USER nobody said he is a racist", "@USER he is no fascist", "@USER she never was a racist",
    "@USER is trump a fascist? discuss", "@USER was he a racist? no idea",
    # the writer, counter-speech, history and fiction
    "@USER am i racist for liking this?", "@USER she is anti racist", "@USER i am not a bigot",
    "@USER he says i am a racist lol", "@USER he fought fascists in the war",
    "@USER my grandpa fought the nazis", "@USER the film is about a sexist boss",
    "@USER the villain is a nazi in the movie", "@USER he played a racist cop in that show",
    "@USER she is a historian of fascism", "@USER she is a racism researcher",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this game is amazing", "damn that was a fucking great match",
    "fuck yeah we won", "this shit is so good lol", "oh shit i forgot my keys",
    "hell yeah what a fucking day",
)
