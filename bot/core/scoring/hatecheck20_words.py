"""Words of the hatecheck20 round (issue 8, targeting_hatecheck20.py)."""

from __future__ import annotations

from typing import Final

# This round's threat lines (threat.txt): harm promised to the next one met ("the next
# trans person I see gets a beating"); also the words of a report ("a gay kid is getting
# beaten at my school"), so a promise must be read before them.
PROMISED: Final[frozenset[str]] = frozenset({
    "gets a beating", "gets his head kicked in", "gets her head kicked in",
    "is getting stabbed", "is getting shot", "is getting punched", "is getting beaten",
    "is getting beat up",
    # coordinator, fifteenth session: the plain present ("the next gay I see gets punched")
    "gets punched", "gets stabbed", "gets shot", "gets beaten", "gets beat up",
    "gets his ass beat", "gets their ass beat",
})  # fmt: skip
# What makes it a promise: "the next <member> I see", or every one who comes ("every
# black guy who walks in gets a beating").
PROMISE_MARKS: Final[frozenset[str]] = frozenset({"next", "every", "any", "each"})
PROMISE_REACH: Final = 8  # tokens back from the harm: "the next trans person I see"
# "get rid of" (threat.txt) whose object is a wrong done to the group, not the group:
# "let's get rid of hate against jews", "getting rid of racism towards black people".
RID: Final[frozenset[str]] = frozenset({
    "get rid of", "got rid of", "getting rid of", "rid the world of", "rid the country of",
})  # fmt: skip
WRONGS: Final[frozenset[str]] = frozenset({
    "hate", "hatred", "racism", "sexism", "bigotry", "prejudice", "discrimination",
    "homophobia", "transphobia", "antisemitism", "islamophobia", "xenophobia", "ableism",
    "misogyny", "violence", "abuse", "harassment", "stigma", "stereotypes", "bias",
})  # fmt: skip
RID_SKIP: Final[frozenset[str]] = frozenset({"the", "all", "this", "that", "any", "our"})
RID_REACH: Final = 3  # tokens after "get rid of": "all the discrimination"
# This round's worth-denying lines (identity_attack.txt) count only of a named group:
# "immigrants contribute nothing", never "my ex contributes nothing to the rent".
GROUP_ONLY: Final[frozenset[str]] = frozenset({
    "contribute nothing", "contributes nothing", "never going to be normal",
    "are a blight", "such a drain", "are a drain",
})  # fmt: skip
