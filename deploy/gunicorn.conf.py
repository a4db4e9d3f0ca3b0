"""gunicorn on each app host (`gunicorn -c deploy/gunicorn.conf.py champions.wsgi`). Every
value comes from the environment so that one file serves every host; see docs/deployment.md."""

import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Sync workers, one or two per core: a page is mostly database and template work.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20  # a deploy lets requests in flight finish
keepalive = 5  # the balancer reuses connections
# Recycle workers now and then (jitter, so that they never all restart at once).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Our middleware logs each request as one JSON line; gunicorn's own access log would repeat it.
accesslog = None
errorlog = "-"
# Trust X-Forwarded-* only from the balancer.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = os.environ.get("GUNICORN_NAME", "champions-web")
