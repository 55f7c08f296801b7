"""The gamechat52 probe (issue 8): match chat's "rape" for beating a player, aimed at the
reader or at a player named by hero or role: the writer's side as the doer ("i raped lina
three times", "imma rape you bot"), the player as the one it happened to ("ur invoker got
raped", "you got raped mid lol"), and the order "get raped". Clean lines in the same words:
the writer's own side beaten ("we got raped that fight"), negations, questions, reports,
counter-speech, a thing beaten ("my mmr got raped") and serious talk of the crime. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer (or the writer's side) as the doer, a player as the object
    "i raped lina three times already", "imma rape you bot", "im gonna rape u next fight",
    "i just raped ur carry lol", "we raped your mid so hard", "ill rape your jungler",
    "i raped you twice this game", "we will rape ur team", "i totally raped that slark",
    "my invoker raped your whole team", "gonna rape this pudge again",
    "i raped u in lane ez", "we raped their carry all game",
    # a hero as the doer, the reader as the object
    "pudge raped you so hard", "my ursa rapes u every fight", "our lina raped ur mid",
    # the reader or a named player as the one it happened to
    "you got raped", "u got raped mid lol", "ur invoker got raped", "slark got raped top",
    "your carry got raped so hard", "u getting raped by a support", "this riki got raped",
    "ur team got raped gg", "you just got raped xd", "that lina got raped again",
    "u were raped by my pudge", "enemy mid got raped", "ur mid is getting raped",
    "their jugg got raped all game",
    # the order
    "go get raped", "get raped by a 2k player", "ez get raped", "get raped sf",
    "get raped lmao",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own side beaten
    "we got raped that fight", "i got raped mid by their sf", "our team got raped gg",
    "i just got raped by a creep wave", "we are getting raped bot", "me and lion got raped",
    # a thing beaten, or a thing as the doer
    "my mmr got raped this week", "the tower got raped", "my lane got raped",
    "this patch raped invoker", "the nerf raped sniper",
    # negated, asked, reported
    "i didnt rape you", "you didnt get raped, you got outplayed", "nobody raped your mid",
    "did you get raped?", "who raped ur carry?", "he said i raped you lol",
    "she says you got raped mid",
    # counter-speech
    "dont say get raped", "stop saying you got raped, its gross",
    "saying get raped in chat is not ok", "never use rape as a word for winning",
    # the crime itself, talked of seriously
    "he was raped as a kid", "she got raped and nobody believed her", "rape is no joke",
    "rape jokes are not funny", "the court heard he raped a woman",
    "if someone raped you please tell someone", "i was raped years ago",
    "victims of rape deserve support", "the man who raped her got ten years",
    "they raped and looted the town in the war",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was fun", "fuck yeah we won", "damn that ult was insane",
    "shit my internet died", "fucking hell what a comeback", "that was sick as fuck gg",
)
