"""An import-linter contract of our own: nothing imports a private name (one starting with a
single underscore) from another module. A helper another module needs is part of its module's
public interface: give it a public name (or move it to where both can reach it)."""

import ast
import importlib.util
from pathlib import Path

from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _source_file(module: str) -> str | None:
    """The module's file, found without importing it or its parent packages (importing a
    package that imports models needs Django's apps loaded, which the linter does not do)."""
    top, *rest = module.split(".")
    spec = importlib.util.find_spec(top)
    if spec is None:
        return None
    folders = list(spec.submodule_search_locations or [])
    origin = spec.origin
    for part in rest:
        origin = None
        for folder in folders:
            package, plain = Path(folder, part, "__init__.py"), Path(folder, f"{part}.py")
            if package.exists():
                origin, folders = str(package), [str(package.parent)]
                break
            if plain.exists():
                origin, folders = str(plain), []
                break
        if origin is None:
            return None
    return origin if origin and origin.endswith(".py") else None


def private_imports(module: str) -> list[str]:
    """Lines in ``module`` that import a private name from a different module."""
    origin = _source_file(module)
    if origin is None:
        return []
    with open(origin, encoding="utf-8") as source:
        tree = ast.parse(source.read(), origin)
    found = []
    is_package = origin.endswith("__init__.py")
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        source_module = _resolve(module, is_package, node)
        for alias in node.names:
            if _is_private(alias.name) and source_module != module:
                found.append(f"{module}:{node.lineno} imports {alias.name} from {source_module}")
    return found


class PrivateNamesContract(Contract):
    type_name = "private_names"

    containers = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        modules = sorted(
            m
            for container in self.containers  # type: ignore[attr-defined]
            for m in graph.find_descendants(container) | {container}
            if ".migrations." not in m
        )
        violations = [line for module in modules for line in private_imports(module)]
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        from importlinter.application import output

        for line in check.metadata["violations"]:
            output.print_error(line)
