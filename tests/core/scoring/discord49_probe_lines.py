"""The discord49 probe (issue 8): grooming on Discord, an older member working on a young
reader: the talk hidden from the reader's parents ("dont tell your parents about us",
"delete our chats so your mom doesnt see", "this is our little secret") and the reader
sized up as a child on their own (asked whether they are alone, flattered as mature for
their age: "are you home alone rn", "ur so mature for 13"); and the clean lines in the
same words that must stay clean (a surprise kept from parents, a lobby or a queue, old
messages in a channel, the writer about themselves, reports and warnings). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the talk hidden from the reader's parents or from anyone
    "dont tell your parents about us", "don't tell your parents we talk",
    "dont tell ur mom we talk ok", "don't tell your mom about me",
    "dont tell your dad about our chats", "do not tell your parents about this",
    "dont tell anyone we talk", "don't tell anyone about us ok",
    "dont tell ur parents", "never tell your mom about our dms",
    "dont tell your family we're talking", "don't tell your friends about me",
    "delete our chats so your mom doesnt see", "delete these messages so ur parents dont see",
    "delete our dms before your dad checks your phone",
    "delete this chat so nobody sees it", "delete our convo in case your mom looks",
    "this is our little secret ok", "its our little secret",
    "keep this between us ok", "keep our chats between us",
    # the reader asked whether they are alone
    "are you alone", "are you home alone", "are u home alone rn", "r u alone rn",
    "are you alone right now?", "are you alone in your room",
    "are you home alone tonight", "u home alone?",
    # the reader flattered as mature for their age
    "you're mature for your age", "ur so mature for 13",
    "you are really mature for your age", "u r so mature for a 12 year old",
    "you're very mature for 14", "ur mature for ur age tbh",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a surprise or a mishap kept from parents, among friends
    "don't tell your parents about the surprise party",
    "dont tell ur mom about the gift, it's a surprise",
    "dont tell your dad i broke his controller lol",
    "don't tell anyone the ending of the movie",
    "dont tell anyone the raid strat before friday",
    "you should tell your parents if someone online asks you that",
    "tell your mom i said hi", "i told my parents about it",
    # channels, bots and old messages
    "delete the old messages in #general", "delete these messages, wrong channel",
    "mods please delete our spam in #memes", "delete this chat if you want, i saved the link",
    "i deleted our chats by accident lol", "delete the bot's messages",
    # secrets that are games, gossip or the writer's own
    "keep this between us but i think sam likes jenny",
    "the easter egg is our little secret until the update drops",
    "my mom found my secret stash of candy",
    # alone in a queue, a lobby, a game; the writer alone
    "are you alone in the queue? i can join", "are you alone in the lobby",
    "are you alone in vc or is jake there too", "you alone carried that match",
    "i'm home alone tonight, anyone wanna play", "my parents are home so i have to be quiet",
    "i feel alone sometimes", "are you alone on the server? i can invite people",
    # maturity and age elsewhere
    "i'm mature for my age", "he is mature for his age", "this cheese is mature",
    "you're mature for a 30 year old lol", "the game is rated mature",
    "my sister is 13 and she is mature for her age",
    "you are not mature enough to mod this server",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my mom is gonna kill me if she sees this grade",
    "damn i'm home alone and bored as fuck",
    "fuck, i deleted the whole chat by accident",
    "shit dont tell me the ending",
    "hell yeah the secret boss is fucking hard",
    "bloody hell my parents are loud",
)
