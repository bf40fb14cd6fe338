"""The package layout: stages in their own subpackages, no import cycles, heavy libraries where they belong."""

from __future__ import annotations

import ast
from pathlib import Path

import extractor

PACKAGE = Path(extractor.__file__).resolve().parent
STAGE_PACKAGES = ("sources", "html", "textdump", "metadata", "boilerplate", "images", "quotes", "batch", "cli")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module of ours that `path` imports, anywhere in the file (imports inside functions and
    under TYPE_CHECKING count: a cycle hidden in a function still ties the modules together)."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [f"{target}.{alias.name}" for alias in node.names] + [target]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        for candidate in candidates:
            if candidate in known:
                found.add(candidate)
                break
    # Importing a module runs its package's __init__ first: an edge to every enclosing package
    # that the importer is not itself inside.
    for target in list(found):
        parent = target.rpartition(".")[0]
        while parent and parent != "extractor":
            if not (name == parent or name.startswith(parent + ".")):
                found.add(parent)
            parent = parent.rpartition(".")[0]
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imported_modules(name, path, known) for name, path in found.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_cycle_finder_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles_inside_extractor():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_every_stage_has_its_own_subpackage():
    for package in STAGE_PACKAGES:
        init = PACKAGE / package / "__init__.py"
        assert init.exists(), package
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "\n" not in doc.strip(), f"{package}/__init__.py needs a one-line docstring"


def test_pipeline_imports_stage_packages_only():
    graph = import_graph()
    for target in graph["extractor.pipeline"]:
        package = target.split(".")[1]
        assert target.count(".") == 1, f"pipeline.py imports {target}, inside the {package} stage"


def third_party_importers(library: str) -> set[str]:
    importers = set()
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and not node.level and node.module else []
            if any(n.split(".")[0] == library for n in names):
                importers.add(name)
    return importers


def test_only_the_cli_imports_click_and_rich():
    for library in ("click", "rich"):
        assert {name.split(".")[1] for name in third_party_importers(library)} == {"cli"}, library


def test_only_the_html_stage_imports_trafilatura():
    assert {name.split(".")[1] for name in third_party_importers("trafilatura")} == {"html"}
