"""Every text the bot says and every renderer of texts, English and Italian side by side."""
