import logging
import time
import uuid

logger = logging.getLogger("champions.request")


class RequestLogMiddleware:
    """Logs each request once: method, path, status, duration and an id (echoed in a header)
    that links a complaint to its log line. Never the query string: it can carry personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        request.request_id = request_id
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        logger.info(
            "request",
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": user.pk if user is not None and user.is_authenticated else None,
            },
        )
        response["X-Request-Id"] = request_id
        return response
