"""The gamechat28 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with other wording; not read while building, counted at the start and
the end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "he is an awful player", "our bot lane is a terrible duo", "our duelist is a horrible player",
    "this guy is such a terrible teammate", "that raze is a garbage player",
    "she's a terrible support", "hes an awful jungler", "our top is a horrible player",
    "the enemy mid is such a trash player", "this dude is a terrible gamer",
    "our healer is an awful player", "that lucio is a horrible teammate",
    "he was such a terrible player", "my jungler is an awful player lol",
    "this omen is a terrible player", "their support is a pathetic player",
    "our goalie is a terrible player", "that widow is a garbage player lmao",
    "he's such a horrible teammate", "the sova is an awful player",
    "our carry was a terrible player tbh", "honestly he is a terrible player",
    "bro our jungler is a horrible player", "that cypher is just an awful player",
    "the worst sova", "the worst jungler ive ever seen", "literally the worst mid",
    "the worst carry lol", "the worst tank ive had", "easily the worst reyna",
    "the worst healer ever", "just the worst jett lmao", "the worst widow in this lobby",
    "bro the worst support", "the worst teammate ever", "the worst invoker ive seen",
    "the worst adc", "honestly the worst player here", "the worst goalie ever",
    "omg the worst ana",
    # added before its rule: a person said to lack the game's sense or any clue of it
    "she has no clue how to play", "our tank has no clue how to play this map",
    "that jett has zero game sense", "our carry has no clue", "she has no game sense",
    "this yasuo has no clue what hes doing", "you have no clue how to play this agent",
    "our adc has zero game sense lmao", "he has no clue how to play his hero",
    "their jungler has no game sense", "this dude has no clue what hes doing",
    "u have no game sense",
)

HELD_CLEAN: tuple[str, ...] = (
    "i am the worst sova", "im literally the worst healer", "im an awful player lol",
    "i'm a terrible support tbh", "i was such a horrible teammate today my bad",
    "he isnt a terrible player", "is she a horrible player?", "our jungler is a terrible player?",
    "she thinks im an awful player", "he is an awful player to lane against",
    "the worst map", "the worst agent in the game", "the worst sova lineup",
    "the worst support item", "the worst mid matchup", "the worst skin ever",
    "who's the worst healer?", "the worst jungler here is me", "i'm the worst adc ever",
    "this mode is a terrible experience", "that patch was a horrible update",
    "he is an awful matchup for our comp", "the enemy sova is a great player",
    "their jett is a cracked player", "he is a terrible player but he tries hard",
    "sova dart on b", "raze nade a main", "he is a decent player", "she is a solid support",
    "the worst thing is the queue time", "worst lag ever", "useless ability",
    "the worst part of the map is mid", "i have no idea how to play sova",
    "the worst player in the game is the one who gives up", "our team is the worst at eco rounds",
    "the worst jett ult is one you never use",
    "she was an awful player when she started, now shes great",
    "he is a terrible loser", "the worst ping ever",
    # added with the clue shape
    "i have no clue how to play this hero", "i have no game sense at all lol",
    "she has no clue how to play around that", "does she have no clue how to play?",
    "he has no clue how to play yet, give him time", "our support has no clue where we are",
    "he has no clue about the patch", "they have no clue whats coming",
    "she has amazing game sense", "the enemy jungler has no clue were there",
    "my brother has no clue how to play but hes having fun",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a shot", "shit gg wp", "damn she is a good player", "fuck this lag",
    "what the fuck that was sick", "hell yeah the worst is over",
)
# fmt: on
