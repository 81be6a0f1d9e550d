"""Vietnamese news articles in, extractive summaries and briefings out.

The public API (imported lazily so that `summarize clusters` starts fast)::

    from summarize import Budget, Options, build_briefing, write_report
    briefing = build_briefing(["seeds/"], Options(budget=Budget(sentences=4, syllables=None)))
    write_report(briefing, "reports")

Every name in `__all__` is one of the three uses: a briefing (`build_briefing`, `write_report`),
an e-mail (`build_message`, `write_eml`, `send_message`), a folder (`run_batch`).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Options": "models",
    "BriefingOptions": "models",
    "Budget": "models",
    "Briefing": "models",
    "ArticleResult": "models",
    "Conference": "models",
    "SummarizeError": "errors",
    "InputError": "errors",
    "OutputError": "errors",
    "build_briefing": "pipeline",
    "summarize_text": "pipeline",
    "summarize_file": "pipeline",
    "write_report": "render.report",
    "summarize_cluster": "batch.clusters",
    "run_clusters_file": "batch.clusters",
    "run_batch": "batch.run",
    "BatchItem": "batch.run",
    "BatchOptions": "batch.run",
    "build_message": "render.mail",
    "write_eml": "render.mail",
    "send_message": "render.mail",
    "SmtpSettings": "render.mail",
}
__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    """PEP 562 lazy exports: importing the package costs nothing until a name is used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
