"""pip-audit over both lock files, with the allow-list in .ci/pip-audit-allowlist.txt.

Exit 1: an advisory not on the allow-list, or an allow-list entry past its review date.
When the vulnerability service cannot be reached (every package comes back "not found", as on
machines that reach only a package mirror) nothing was audited: it says so loudly and exits 0,
or 1 with AUDIT_STRICT=1."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ["requirements.lock", "requirements-dev.lock"]
ALLOWLIST = ROOT / ".ci" / "pip-audit-allowlist.txt"


def allowed() -> tuple[set[str], list[str]]:
    ids, expired = set(), []
    for line in ALLOWLIST.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        advisory, review_by, *reason = line.split(maxsplit=2)
        if not reason:
            sys.exit(f"{ALLOWLIST.name}: {advisory} needs a review date and a reason")
        if date.fromisoformat(review_by) < date.today():
            expired.append(f"{advisory} (review was due {review_by})")
        ids.add(advisory)
    return ids, expired


def audit(lock: str) -> dict:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    result = subprocess.run(  # noqa: S603 - our own venv's pip-audit on our own lock file
        [str(pip_audit), "--disable-pip", "-r", lock, "-f", "json", "--progress-spinner", "off"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if not result.stdout.strip():
        sys.exit(f"pip-audit failed on {lock}:\n{result.stderr}")
    return json.loads(result.stdout)


def main() -> int:
    ids, expired = allowed()
    found, audited, skipped = [], 0, 0
    for lock in LOCKS:
        for dep in audit(lock)["dependencies"]:
            if "skip_reason" in dep:
                skipped += 1
                continue
            audited += 1
            for vuln in dep.get("vulns", []):
                names = {vuln["id"], *vuln.get("aliases", [])}
                if not names & ids:
                    fixed = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
                    found.append(f"{dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixed})")
    for line in found:
        print(f"VULNERABLE {line}")
    for entry in expired:
        print(f"ALLOW-LIST REVIEW OVERDUE {entry}")
    if audited == 0:
        print(
            f"NOT AUDITED: pip-audit could not reach its vulnerability service for any of the "
            f"{skipped} locked packages (this machine reaches only a package mirror)."
        )
        return 1 if os.environ.get("AUDIT_STRICT") == "1" else 0
    print(f"pip-audit: {audited} packages audited, {skipped} not found, {len(found)} vulnerable")
    return 1 if found or expired else 0


if __name__ == "__main__":
    sys.exit(main())
