"""Vietnamese news articles in, extractive summaries and briefings out."""
