"""An import-linter contract of our own: nothing imports a private name (one starting with a
single underscore) from another module. A helper another module needs is part of its module's
public interface: give it a public name (or move it to where both can reach it)."""

import ast
import importlib.util

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


def private_imports(module: str) -> list[str]:
    """Lines in ``module`` that import a private name from a different module."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return []
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read(), spec.origin)
    found = []
    is_package = spec.origin.endswith("__init__.py")
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
