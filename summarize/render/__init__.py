"""Briefings out: HTML, charts, PDF, e-mail and briefing.json."""
