"""Jinja2 templates and CSS for the briefing, shipped as package data."""
