"""Production settings for the load test, with two differences that a local, plain-HTTP run
needs and say nothing about speed:

- One trusted proxy: each simulated person sends their own address in X-Forwarded-For, as
  they would arrive through a load balancer, so allauth's per-address sign-in limits apply
  to each of them rather than to 200 people sharing 127.0.0.1. The limits are unchanged.
- Cookies without the Secure flag: TLS ends at the proxy in a deployment; here the client
  speaks plain HTTP to 127.0.0.1 and would otherwise never send its session back."""

from champions.settings.env import env_int
from champions.settings.production import *  # noqa: F403

# Two on the cluster (the simulated person's proxy, then HAProxy).
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
