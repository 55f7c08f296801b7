"""Words of the formspring4 round (issue 8, targeting_formspring4.py): a boast put in the
reader's mouth and then denied ("you think you're so pretty but ur not")."""

from __future__ import annotations

from typing import Final

# The denials (insult.txt's formspring4 lines): they count only after a boast verb whose
# subject is the reader; "i wanted to go but ur not coming" stays clean.
BOAST_DENIED: Final[frozenset[str]] = frozenset(
    f"but {reader} not" for reader in ("ur", "your", "you re", "youre", "u r", "you are")
)
# Verbs that put a boast in the reader's mouth: "you think", "u act like", "you wish".
BOAST_VERBS: Final[frozenset[str]] = frozenset(
    {"think", "thinks", "thought", "thinkin", "thinking", "wish", "act", "acting", "pretend",
     "pretending", "believe"}
)  # fmt: skip
# The reader as that verb's subject, a word or two before it: "u really think".
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu", "yhu", "yall"})
READER_REACH: Final = 3  # "you actually really think"
BOAST_REACH: Final = 10  # "you think you're so pretty and popular and cool but ur not"
# The writer's own view: "i think ur all that" is praise, not a boast put on the reader.
WRITER: Final[frozenset[str]] = frozenset({"i", "we", "ii", "everyone", "everybody"})
NOT_BOAST_NOTE: Final = "no boast of the reader denied"
PRAISE_NOTE: Final = "the writer's own praise"
