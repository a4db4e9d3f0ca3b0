"""The JSON schemas a credential is validated against in tests.

Always our own: ob_v3p0_required_fields.schema.json, written by us from the Open Badges 3.0
data model. Also 1EdTech's official AchievementCredential schema when OB3_OFFICIAL_SCHEMA
names a downloaded copy of it (`make credential-conformance` fetches it and runs these tests
with it): that file is under 1EdTech's specification licence, so it is not stored here.
"""

import json
import os
from pathlib import Path

import jsonschema

OURS = Path(__file__).parent / "ob_v3p0_required_fields.schema.json"
OFFICIAL_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential-jsonschema1.json"
)


def schemas() -> dict[str, dict]:
    found = {"ours": json.loads(OURS.read_text(encoding="utf-8"))}
    official = os.environ.get("OB3_OFFICIAL_SCHEMA")
    if official:
        path = Path(official)
        assert path.is_file(), f"OB3_OFFICIAL_SCHEMA names {path}, which does not exist"
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schema.get("$id", "").startswith("https://purl.imsglobal.org/spec/ob/v3p0/"), (
            f"{path} is not 1EdTech's Open Badges 3.0 schema"
        )
        found["1EdTech"] = schema
    return found


def validate_with(name: str, credential: dict) -> None:
    jsonschema.Draft201909Validator(
        schemas()[name], format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER
    ).validate(credential)


def validate(credential: dict) -> list[str]:
    """Validates against every schema (raises on the first error); returns their names."""
    for name in schemas():
        validate_with(name, credential)
    return list(schemas())
