"""The lists shipped in summarize/data/ (stop words, abbreviations, boilerplate, places): one
entry a line; blank lines and lines opening with '#' are notes for whoever edits the list."""

from __future__ import annotations

from importlib.resources import files


def shipped_lines(name: str) -> list[str]:
    """The entries of summarize/data/<name>, stripped, in file order (read from the installed
    package, so a wheel install finds them too)."""
    text = files("summarize").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
