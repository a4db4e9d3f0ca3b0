"""The issuer's signing keys for certificates' Open Badges credentials.

    manage.py credential_keys generate   # the first key, at CREDENTIAL_KEY_PATH (never overwrites)
    manage.py credential_keys rotate     # a new current key; old public keys kept for verifying
    manage.py credential_keys show       # the key ids, current first, and the public JWKS

The private key never leaves the file (mode 600); `show` prints public halves only."""

import json

from django.core.management.base import BaseCommand, CommandError

from recognition import keys


class Command(BaseCommand):
    help = "Generate, rotate or show the Ed25519 keys that sign certificates' credentials."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["generate", "rotate", "show"])

    def handle(self, *args, action: str, **options):
        path = keys.key_path()
        if path is None:
            raise CommandError(
                "Set CREDENTIAL_KEY_PATH to a file outside the repository (for example "
                "/etc/champions/credential-keys.json) first."
            )
        try:
            if action == "generate":
                kid = keys.generate(path)
                self.stdout.write(
                    f"Generated key {kid} in {path}. Back this file up (see docs/operators.md)."
                )
            elif action == "rotate":
                kid = keys.rotate(path)
                self.stdout.write(f"Rotated: new current key {kid}; earlier public keys kept.")
            else:
                for info in keys.key_list():
                    self.stdout.write(f"{info.kid}{'  (current)' if info.current else ''}")
                self.stdout.write(json.dumps(keys.public_jwks(), indent=2))
        except keys.KeyFileExists as exc:
            raise CommandError(f"{exc} Use `credential_keys rotate` for a new key.") from exc
        except keys.NoSigningKey as exc:
            raise CommandError(f"{exc} Use `credential_keys generate` first.") from exc
        except FileNotFoundError as exc:
            raise CommandError(f"There is no key at {path}: `credential_keys generate`.") from exc
