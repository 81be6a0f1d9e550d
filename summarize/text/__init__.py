"""Text in: files read and walked, bytes decoded, lines given roles, sentences split, words."""
