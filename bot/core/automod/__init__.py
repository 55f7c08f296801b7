"""Discord AutoMod, planned in pure code: which lexicon terms are hostile whatever their
target (`terms`), how they are spelled against obfuscation (`obfuscation`), and the one
keyword rule that fits Discord's limits (`rule_plan`)."""
