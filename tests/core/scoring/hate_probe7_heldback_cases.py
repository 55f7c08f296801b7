"""The held-back batch of the seventh functional hate probe (issue 8): other templates
of the same functionalities, written after the studied cases and before any rule;
measured only at the start and end of the round, counts only (never which missed).
"""

from __future__ import annotations

from tests.core.scoring.hate_probe7_cases import EN_GROUPS, IT_GROUPS, Case, build

EN_HELD_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("derog_emotion", "hate", "{G} make my skin crawl."),
    ("derog_attr", "hate", "{G} are pathetic and dirty."),
    ("derog_dehum", "hate", "{G} are a cancer on society."),
    ("derog_implicit", "hate", "This neighbourhood was nice before the {g} moved in."),
    ("threat_direct", "hate", "I'll beat up the next one of those {g} I see."),
    ("threat_norm", "hate", "{G} need to be exterminated."),
    ("slur_hate", "hate", "Filthy {slur}, all of them."),
    ("profanity_hate", "hate", "{G} are such shitty human beings."),
    ("profanity_clean", "clean", "Damn, that {adj} author's new book is fucking brilliant."),
    ("pronoun_hate", "hate", "Have you seen the {g} on my street? They're revolting."),
    ("negation_hate", "hate", "{G} will never be real people to me."),
    ("negated_clean", "clean", "{G} are no worse than anyone else."),
    ("phrasing_hate", "hate", "Isn't it obvious that {g} are a burden?"),
    ("ident_positive", "clean", "So proud of the {adj} community in my town."),
    ("counter_quote", "clean", 'If someone tells you "{g} are trash", call it out.'),
)

IT_HELD_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("derog_emotion", "hate", "{G} mi danno la nausea."),
    ("derog_attr", "hate", "{G} sono sporch{a} e patetic{a}."),
    ("derog_dehum", "hate", "{G} sono un cancro per la società."),
    ("threat_norm", "hate", "{G} vanno eliminat{a}."),
    ("slur_hate", "hate", "Che schifo {S}, tutti uguali."),
    ("profanity_hate", "hate", "{G} sono delle merde."),
    ("profanity_clean", "clean", "Porca miseria, che festa fighissima con {g} del paese!"),
    ("negation_hate", "hate", "{G} non saranno mai come noi."),
    ("negated_clean", "clean", "{G} non sono peggio di nessun altro."),
    ("phrasing_hate", "hate", "Non è ovvio che {g} sono un peso?"),
    ("ident_positive", "clean", "Sono orgoglioso della comunità {dg} della mia città."),
    ("counter_quote", "clean", "Se qualcuno dice che {g} sono feccia, rispondete."),
)

EN_HELD_CASES: tuple[Case, ...] = build(EN_HELD_TEMPLATES, EN_GROUPS, ())
IT_HELD_CASES: tuple[Case, ...] = build(IT_HELD_TEMPLATES, IT_GROUPS, ())
