"""The threats18 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "good thing i can't kill you irl", "too bad i cant punch you from here",
    "shame i cant kill u in real life", "its too bad i cant slap u through the screen",
    "thank god i cant strangle you irl", "lucky i cant murder you from here",
    "youre lucky i cant kill you in real life", "your so lucky i cant choke you irl",
    "sucks i cant kill you through my phone", "what a shame i cant kill you irl",
    "wish i could punch you through my phone", "i wish i could kill you irl",
    "god i wish i could strangle you from here", "thankfully i cant kill you irl",
    "good thing i cannot kill you in real life", "too bad i couldnt kill you from here",
    "pity i cant stab you through the screen", "bro good thing i cant slap you irl",
    "shame i cant beat you up irl", "luckily i cant kill u from here",
    "if this wasnt the internet id kill u", "if this wasn't online i would kill you",
    "if we met irl i would murder you", "if we ever met face to face id kill you",
    "if i met you in person id kill you", "if this was irl i'd kill you",
    "if we were in the same room id kill you", "if we met in real life i'd kill u",
    "i would murder you if this wasnt the internet", "id kill u if we ever met",
    "i'd kill you if this was real life", "i would kill u if we met in person",
    "if i ever saw you in person i would kill you", "if this wasnt a chat room id kill you",
    "if we lived closer i'd kill you", "if i ever see u irl id kill u",
    "if it wasnt for the screen id kill you", "if we met up id kill you",
    "if we were irl i would kill you", "i'd kill u if we met irl",
)

HELD_CLEAN: tuple[str, ...] = (
    "good thing i cant cook in real life, id burn the house down",
    "too bad i cant wave at you from here",
    "shame i cant send you cookies through the screen", "wish i could high five you in real life",
    "if we met irl id shake your hand", "if this wasnt the internet id bake you a cake",
    "if we ever met in person i would thank you", "i would kill for some pizza if we met up",
    "if we met irl i'd show you my record collection", "its a shame i cant see you irl",
    "good thing i cant kill you in this round, youre on my team",
    "if i had my ult up i would kill you",
    "too bad i cant kill you with this gun lol", "id kill you if i had more hp",
    "shame i cant kill you in creative mode", "if i had a better aim id kill you every time",
    "she said good thing i cant kill you irl", "he told me if we met irl he would kill me",
    "my uncle says if this wasnt online hed fight everyone",
    "typing 'id kill you if we met irl' is so lame",
    "good thing she cant kill me in real life", "if we met irl you'd kill me at ping pong",
    "too bad you cant hit me from there", "if this wasnt online youd kill me lol i know",
    "i would never kill you even if this was real life", "if we ever met i wouldnt hurt you",
    "i could never kill you, you're my bro", "good thing i cant kill houseplants irl",
    "if this wasnt the internet id kill for a nap", "too bad i cant kill this cold from here",
    "id kill you at bowling if we met irl", "wish i could kill these weeds in my yard",
    "if we met irl i'd take you out for lunch", "good thing i cant sing in real life lol",
    "if we met in person i'd hug you so hard", "if i met you irl id say thanks",
    "if we met irl id kill it at karaoke", "too bad i cant give you a hug from here",
    "if this was real life i'd be crying", "if we ever met in person id buy you coffee",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this traffic is insane", "shit that was a good movie", "damn son nice shot",
    "this pizza is fucking amazing", "holy crap its snowing", "hell no im not waking up early",
)
