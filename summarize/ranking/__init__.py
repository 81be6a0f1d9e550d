"""Sentences ranked: duplicates dropped, features, the learned weights, budgeted selection."""
