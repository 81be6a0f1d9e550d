"""The house rules that keep the code safe to change, read from the source with `ast`: no import
circle, lower stages never import higher ones, render/ reads only the data models, and no function
over 40 lines (STYLE.md)."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarize"
MAX_FUNCTION_LINES = 40

# Modules anyone may import: the data between stages, the errors, atomic output, progress lines,
# and the package itself (its __init__ holds __version__ and imports the rest lazily).
BASE = {"summarize", "models", "errors", "output", "progress"}

# The pipeline's order (STYLE.md): a module may import its own stage, any lower stage and the
# base modules, never a higher stage. Stages sharing a rank (batch, web) may not import each other.
STAGES = {
    "text": 0,
    "ranking": 1,
    "briefing": 2,
    "render": 3,
    "pipeline": 4,
    "corrections": 5,  # a briefing edited after the pipeline ran: the web page's and report's
    "batch": 6,
    "web": 6,
    "cli": 7,
    "__main__": 8,
}


# What render/ may read of the package: the data models and the base modules (errors, atomic
# output, the version). Every row and figure it shows was computed before it (issue 25, item 4);
# beside the standard library it uses only its page engines.
RENDER_READS = {"summarize", "summarize.models", "summarize.errors", "summarize.output"}
RENDER_LIBRARIES = {"jinja2", "markupsafe", "weasyprint", "css_inline"}


def module_name(path: Path) -> str:
    """summarize/ranking/terms.py -> summarize.ranking.terms; a package's __init__ -> its name."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache  # the tree does not change during a test run; read it once
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path) -> Iterator[str]:
    """Every summarize module `name` imports, anywhere in the file (function-local and
    TYPE_CHECKING imports included: they are edges of the graph all the same)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    known = modules()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == "summarize")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if base.split(".")[0] != "summarize":
                continue
            for alias in node.names:  # `from . import centroid` imports a module
                sub = f"{base}.{alias.name}"
                yield sub if sub in known else base


@cache
def graph() -> dict[str, set[str]]:
    return {name: set(imported(name, path)) - {name} for name, path in modules().items()}


def stage(module: str) -> str:
    """The stage a module belongs to: its first name below `summarize`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "summarize"


def test_the_stages_cover_every_module() -> None:
    unplaced = {stage(m) for m in modules()} - BASE - STAGES.keys()
    assert unplaced == set(), "give each new module or folder its place in STAGES"


def test_no_import_circle() -> None:
    edges = graph()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert circles == []


def test_lower_stages_never_import_higher_ones() -> None:
    upward = []
    for module, targets in graph().items():
        for target in targets:
            if stage(target) in BASE or stage(target) == stage(module):
                continue
            if stage(module) in BASE or STAGES[stage(target)] >= STAGES[stage(module)]:
                upward.append(f"{module} -> {target}")
    assert sorted(upward) == []


def test_base_modules_import_only_base_modules() -> None:
    edges = graph()
    leaks = [
        f"{m} -> {t}" for m in edges if stage(m) in BASE for t in edges[m] if stage(t) not in BASE
    ]
    assert leaks == []


def test_render_reads_only_the_data_models() -> None:
    edges = graph()
    leaks = [
        f"{m} -> {t}"
        for m in edges
        if stage(m) == "render"
        for t in edges[m]
        if stage(t) != "render" and t not in RENDER_READS
    ]
    assert sorted(leaks) == []


def test_render_uses_only_the_standard_library_and_its_page_engines() -> None:
    others = set()
    for name, path in modules().items():
        if stage(name) != "render":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                others |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                others.add(node.module.split(".")[0])
    assert others - sys.stdlib_module_names - {"__future__"} - RENDER_LIBRARIES == set()


def test_one_budget_type_and_one_default() -> None:
    """models.Budget is the only summary length and models.DEFAULT_BUDGET its only default: no
    other module makes a Budget from numbers it writes itself, names a default length of its own
    or defines another length type (issue 25 found three defaults that disagreed)."""
    found = []
    for name, path in modules().items():
        if name == "summarize.models":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node) == "Budget":
                values = [*node.args, *(k.value for k in node.keywords)]
                if any(isinstance(v, ast.Constant) and type(v.value) is int for v in values):
                    found.append(f"{name}:{node.lineno} Budget of written numbers")
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                if re.fullmatch(r"DEFAULT_\w*(BUDGET|SENTENCES|SYLLABLES|WORDS)", node.id):
                    found.append(f"{name}:{node.lineno} {node.id}")
            elif isinstance(node, ast.ClassDef) and "Budget" in node.name:
                found.append(f"{name}:{node.lineno} class {node.name}")
    assert found == []


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_no_function_is_longer_than_40_lines() -> None:
    long = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {lines} lines")
    assert sorted(long) == []


def test_the_graph_holds_function_local_imports() -> None:
    """The walker sees an import made inside a function, as corrections makes the pipeline's."""
    edges = graph()
    assert "summarize.pipeline" in edges["summarize.corrections"]
    assert "summarize.ranking.centroid" in edges["summarize.ranking.rank"]  # `from . import`


def _block_after(path: Path, heading: str) -> str:
    """The first ``` block after a heading of a markdown file."""
    text = path.read_text(encoding="utf-8")
    return text[text.index(heading) :].split("```")[1]


def test_the_readme_pipeline_listing_names_every_module() -> None:
    listing = _block_after(PACKAGE.parent / "README.md", "## Pipeline")
    words = set(re.findall(r"[\w.]+", listing))
    folders = {m.split(".")[1] + "/" for m in modules() if m.count(".") > 1}
    missing = {m.rpartition(".")[2] for m in modules() if "." in m} - words
    assert missing == set()
    assert {f for f in folders if f not in listing} == set()


def test_every_module_style_names_is_in_the_tree() -> None:
    """STYLE.md's layout is a direction, but each module (and model class) it names exists
    where it says."""
    layout = _block_after(PACKAGE.parent.parent / "shared" / "STYLE.md", "## The layout we aim")
    named = []
    for folder, entry in re.findall(r"^  (\w+)/\s+(.*(?:\n {17}.*)*)", layout, re.M):
        if folder == "data":  # word lists, fonts and weights, not modules
            continue
        entry = re.sub(r"one module per \w+ \(([^)]*)\)", r"\1", entry)  # (learned, centroid)
        for item in re.sub(r"\([^)]*\)", "", entry).split(","):
            name = item.split(":")[-1].strip()
            if re.fullmatch(r"\w+/?", name):
                named.append(PACKAGE / folder / (name if name.endswith("/") else f"{name}.py"))
    assert len(named) > 30  # the layout was read: six folders of modules
    assert [str(p.relative_to(PACKAGE)) for p in named if not p.exists()] == []
    top = re.findall(r"^  (\w+\.py)\b|  (\w+\.py)  ", layout, re.M)
    assert [f for pair in top for f in pair if f and not (PACKAGE / f).exists()] == []
    kinds = re.search(r"models\.py .*\(([^)]*)\)", layout)
    assert kinds is not None  # "Document, Sentence, Budget, Article, Conference, Briefing"
    models = ast.parse((PACKAGE / "models.py").read_text(encoding="utf-8"))
    classes = {node.name for node in models.body if isinstance(node, ast.ClassDef)}
    assert {k.strip() for k in kinds.group(1).split(",")} - classes == set()


def test_bench_imports_only_public_names_of_the_package() -> None:
    """bench/ measures the package through what it offers: never a `_private` module or name."""
    bench = PACKAGE.parent / "bench"
    private = []
    for path in sorted(bench.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                dotted = [a.name for a in node.names if a.name.split(".")[0] == "summarize"]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarize"):
                dotted = [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in dotted:
                if any(part.startswith("_") for part in name.split(".")):
                    private.append(f"{path.name}: {name}")
    assert private == []
