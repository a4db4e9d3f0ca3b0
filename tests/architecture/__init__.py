"""Architecture rules that import-linter checks in CI (`make lint`)."""
