"""The project package: settings, root URLs, WSGI, base templates, accounts, pages, demo data.

It lives in the folder ``site/`` but is imported as ``champions``: see pyproject.toml and
the README.
"""
