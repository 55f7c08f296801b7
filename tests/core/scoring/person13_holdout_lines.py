"""The person13 held-back batch (issue 8): written after person13_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # modifier between article and noun, third person
    "the principal is a stupid cow", "my uncle is a racist pig", "that waiter was a rude asshole",
    "her husband is a lazy bum", "the president is a lying sack of shit",
    "my roommate is a filthy slob",
    "this streamer is a huge crybaby", "the referee is a total joke", "that cop is a dirty pig",
    "his mom is a crazy bitch", "the driver was a complete idiot", "my coworker is such a snake",
    "that girl is a stuck up bitch", "the admin is a power hungry loser",
    "our neighbour is an old hag",
    "her brother is a fucking creep", "that guy is a pathetic loser",
    "my stepdad is a worthless drunk",
    "the host is a smug prick", "their captain is a braindead moron",
    # threats at a third person
    "i'm going to kill her", "i will beat him to death", "someone should stab that bitch",
    "i'll hunt him down", "i am gonna smash his face in", "somebody should burn his house down",
    "i'll choke her", "i'm going to hurt him badly", "i will end him", "i'm gonna kill that guy",
    "i'll put him in the hospital", "i want to punch her in the face", "i'll cut him",
    "someone needs to shoot her", "i'm going to make her suffer",
    # reach of the speech verb
    "you told me to calm down so i will destroy you", "he said sorry, but you're a dumbass",
    "she said no; i think you are pathetic", "you said that and i'm going to hurt you",
    "he said it so i know you're a fraud",
    # Italian
    "il vicino è un vecchio porco", "la prof è una grandissima stronza",
)

HELD_CLEAN: tuple[str, ...] = (
    "the principal is a kind woman", "my uncle is a great cook", "that waiter was a nice guy",
    "her husband is a lazy sunday kind of guy", "the president is a tall man",
    "my roommate is a night owl",
    "this streamer is a huge inspiration", "the referee is a total pro",
    "that cop is a good person",
    "his mom is a crazy good baker", "the driver was a complete stranger",
    "my coworker is such a sweetie",
    "my stepdad is a retired teacher", "the host is a smart woman", "their captain is a beast",
    "i'm going to kill this level", "i will beat the final boss", "someone should fix that bug",
    "i'll hunt for a new job", "i am gonna smash this exam", "i'll choke on this pizza lol",
    "i'm going to hurt my back lifting this", "i will end this stream soon",
    "i'm gonna kill it tonight",
    "she said she would hurt me", "he told me i'm a loser", "she called me a stupid cow, help",
    "they said i was a fraud and i cried", "he said 'i will end you' in the movie",
    "i am a pathetic loser", "my phone is a worthless piece of junk", "he is not a bad guy",
    "calling him a moron won't help", "she said hi, and i think that's sweet",
    "you told me to calm down so i did", "he said sorry and i forgave him",
    "i would never hurt him", "never call her a stupid cow",
    "il vicino è un vecchio amico", "la prof è una grandissima persona",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was close", "shit happens", "fucking hell what a match",
    "damn that's a sick combo", "this fucking rain", "oh shit i lost my wallet",
)
