"""The discord49 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, counted only at the round's start and end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "don't tell ur parents about us", "dont tell your mum we talk", "dont tell your mom",
    "don't tell your dad we chat", "dont tell ur family about me",
    "do not tell anyone about us", "dont tell anybody we talk ok",
    "dont tell your parents about our chats", "don't tell your mother about this",
    "never tell ur parents we talk", "dont tell ur mom about our dms pls",
    "delete our messages so your parents dont see", "delete these chats before ur mom sees",
    "delete our dms so ur dad doesnt find out", "delete this convo so nobody sees",
    "delete the chat so your mom doesnt see it",
    "this is our secret ok", "its our little secret ok", "keep it between us ok",
    "keep this between us pls",
    "are u alone", "r u home alone", "are you alone rn", "are you home alone right now",
    "are you alone tonight", "are u alone in ur room", "you home alone rn?",
    "are you all alone", "ru alone",
    "ur really mature for your age", "you are so mature for 12",
    "you're so mature for a 13 year old", "u are mature for ur age",
    "youre so mature for your age", "ur very mature for 15",
    "you're mature for 13 honestly", "you seem so mature for your age",
    "you're so mature for a 14 year old girl", "ur mature for a kid your age",
    "dont tell ur parents ok",
)

HELD_CLEAN: tuple[str, ...] = (
    "dont tell ur parents about the party, it's a surprise",
    "don't tell your mom i ate the last cookie", "dont tell anyone the password to the wifi",
    "don't tell anyone the spoilers", "tell your parents about the bully",
    "please tell your parents if a stranger dms you", "tell your dad happy birthday",
    "dont tell your mom about the dent lol she'll freak",
    "delete the messages in #off-topic", "delete these messages, they're in the wrong thread",
    "can a mod delete the spam", "i deleted our old group chat",
    "delete the chat history from the bot", "delete your message before the mod sees lol",
    "keep this between us but the new season is mid",
    "our little secret is the shortcut in level 3", "my dad has a secret recipe",
    "are you alone in the dungeon", "are you alone in the party or should i join",
    "are you alone in this lobby?", "you alone can decide",
    "i was home alone all day", "my parents are not home so we can play loud",
    "i'm alone rn lol", "she is home alone tonight",
    "i am mature for my age", "my brother is mature for his age",
    "this wine is mature", "ur mature for a 40 year old",
    "the content is rated mature", "you're not mature enough for this joke",
    "my cousin is 12 and mature for her age", "mature audiences only",
    "tell your mom she did a great job on the cake", "i told my mom we talk every day",
    "why would you delete our chats?", "he told me to keep it between us and i reported him",
    "someone asked if i was home alone, what do i do",
    "never keep secrets from your parents online", "he said i was mature for my age, is that weird",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck my mom found out i skipped class",
    "shit i'm home alone and the power went out",
    "damn this secret level is hard as hell",
    "holy shit i deleted the wrong channel",
    "bloody hell dont tell me the score",
    "fucking hell my parents are so annoying",
)
