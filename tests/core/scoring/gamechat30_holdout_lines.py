"""The gamechat30 held-back batch (issue 8): written with the probe, in the same shapes
and different wording (a player summed up as an archetype; a player called a thing or a
beast with an intensifier), not looked at while building; counted at the start and the
end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "typical trash support", "another useless jungler", "classic garbage mid",
    "typical useless adc", "another trash duelist", "typical garbage tank",
    "classic trash jungler lol", "yet another useless healer", "typical trash reyna",
    "another garbage carry", "typical useless sova", "classic braindead jungler",
    "another trash keeper", "typical trash teammate", "another useless mid laner",
    "typical garbage jungler smh", "classic trash adc", "typical braindead mercy",
    "another noob support", "typical trash top",
    "our support is a literal dog", "our top is an absolute dog",
    "reyna is a literal potato", "our jungler is an absolute potato",
    "this jett is an actual donkey", "our mid is a literal toddler",
    "the enemy adc is an absolute monkey", "our healer is a literal baby",
    "sova is an absolute dog lol", "our carry is a complete potato",
    "genji is a literal monkey", "our striker is an actual potato",
    "our jungler is a total donkey", "this invoker is an absolute dog",
    "our sup is a literal dog", "the jungler is an absolute potato lol",
    "our offlaner is a literal monkey", "this reyna is an actual baby",
    "our adc is an absolute donkey", "yasuo is a literal toddler",
)

HELD_CLEAN: tuple[str, ...] = (
    "i am a typical trash support", "typical trash loot again", "another trash roll",
    "typical trash queue times", "classic trash luck", "another useless patch",
    "typical useless ability", "typical reyna player", "typical jungle main",
    "another support in the lobby", "classic jungle path", "typical support build",
    "another match another loss", "im the typical useless adc lol sorry",
    "my cat is a literal dog", "my pet is an absolute unit", "the dragon is an absolute dog",
    "the car is a literal potato", "this map is an absolute potato",
    "our support is a literal god", "our top is an absolute beast",
    "reyna is an absolute monster, wp", "the enemy mid is an absolute menace",
    "our healer is a literal angel", "reyna push a", "omen smoke b",
    "support can you ward river", "the enemy sova is really good",
    "how are you even awake rn", "how are u even up this late",
    "how is she even alive", "how are you even online", "how are you even doing this",
    "my laptop is a literal potato", "my pc is an absolute potato lol",
    "this hero is an absolute dog in lane", "our jungler is a literal machine",
    "typical trash talk in this lobby", "another trash can in the map",
    "typical noob question but how do i craft",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit our mid is an absolute beast", "fucking nice ult reyna",
    "damn typical rng lol", "shit another crash", "wtf that was insane",
    "hell yeah classic comeback",
)
# fmt: on
