"""The olid8 probe's studied lines (issue 8, eleventh session): fresh tweet-style replies
in the shapes of OLID's even-row misses that the older rounds left open, written before
any olid8 rule. Never copied from a data row.

Shapes: a dismissal of the reader ("have a seat", "get off my timeline", "take your
nonsense somewhere else"); a wish that harm befalls a person ("hope he rots in jail");
a political group called an animal or a bad kind of people ("liberal sheep", "democrats
are devils", "poor sad liberals"); a person called an animal ("he is a snake").
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dismissals of the reader
    "@USER have a seat", "@USER sit down and have a seat", "@USER get off my timeline",
    "@USER get off twitter", "@USER take your nonsense somewhere else",
    "@USER take your garbage elsewhere", "@USER go crawl back under your rock",
    "@USER nobody asked you", "@USER who asked you?", "@USER go bury your head in the sand",
    "@USER he can go away now", "@USER who gives a damn what you think",
    # harm wished on a person
    "@USER hope he rots in jail", "@USER i hope she chokes on it", "@USER hope he rots in hell",
    "@USER someone please put him out of his misery", "@USER i hope he has a heart attack",
    "@USER may she rot in prison", "@USER hope you choke",
    # a political group called an animal or a bad kind of people
    "@USER liberal sheep", "@USER liberals are sheep", "@USER maga sheep everywhere",
    "@USER democrats are devils", "@USER liberals are bad people", "@USER poor sad liberals",
    "@USER godless liberals", "@USER the left is a cult", "@USER conservatives are snakes",
    "@USER looney liberals again", "@USER these democrats are rats",
    # a person called an animal
    "@USER he is a snake", "@USER she is such a cow", "@USER that man is a rat",
    "@USER he is a worm", "@USER what a snake", "@USER you snake", "@USER he is a vulture",
    "@USER she is a lying snake", "@USER the senator is a spineless worm",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER please have a seat, the doctor will see you soon", "@USER have a seat at the bar",
    "@USER get off the train at the next stop", "@USER take your time",
    "@USER take your coat, it is cold", "@USER nobody asked me to the dance lol",
    "@USER who asked you to bring cake? thank you!", "@USER he can go home now",
    "@USER we can go away for the weekend", "@USER who gives the award this year?",
    "@USER hope he gets well soon", "@USER i hope she wins", "@USER may she rest in peace",
    "@USER i hope he has a great birthday", "@USER the meat rots if you leave it out",
    "@USER liberals are hosting a town hall", "@USER the sheep are in the field",
    "@USER democrats are meeting tonight", "@USER my dog is a little pig at dinner",
    "@USER he is a snake charmer", "@USER she is a cow farmer", "@USER he is a gym rat",
    "@USER the snake is back in its cage", "@USER year of the rat",
    "@USER what a snake, is it a python?",
    "@USER i am a liberal and proud", "@USER conservatives won the seat",
    "@USER the left lane is closed", "@USER holy cow what a game", "@USER he is a bookworm",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit what a game", "@USER fuck this traffic", "@USER damn that was close",
    "@USER shit i forgot my keys", "@USER hell yeah", "@USER this is fucking great",
)
