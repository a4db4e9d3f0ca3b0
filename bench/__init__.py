"""Benchmarks and load tests, and the commands that make their data (installed only with the
development and test settings)."""
