"""The API's one error shape, ``{"error": {"code", "message", "details"}}``, for every refusal.

``code`` is a stable word a program can branch on; ``message`` is one plain sentence for a
person; ``details`` holds what the code needs to say more (the fields that failed validation,
the claim as it stands after a conflict), or is empty.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

logger = logging.getLogger("claims.api")

CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    500: "server_error",
}


class ErrorBody(Schema):
    code: str
    message: str
    details: dict[str, Any] | list[Any] = {}


class ErrorOut(Schema):
    error: ErrorBody


class ApiError(Exception):
    """A refusal with its HTTP status, code, message and details."""

    def __init__(self, status: int, message: str, details: Any = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details if details is not None else {}
        self.code = code or CODES.get(status, "error")


def error_response(api: NinjaAPI, request: HttpRequest, status: int, message: str, details: Any = None,
                   code: str | None = None) -> HttpResponse:  # fmt: skip
    body = {"error": {"code": code or CODES.get(status, "error"), "message": message, "details": details or {}}}
    return api.create_response(request, body, status=status)


def _validation_details(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where and what, without echoing the input back (it may be a whole article)."""
    return [
        {"where": ".".join(str(part) for part in error.get("loc", ())), "problem": str(error.get("msg", ""))}
        for error in errors
    ]


def install(api: NinjaAPI) -> None:
    """Replace django-ninja's default handlers so every error has the one shape."""

    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(api, request, exc.status, exc.message, exc.details, exc.code)

    def validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return error_response(
            api, request, 422, "The request does not have the expected fields.", _validation_details(exc.errors)
        )

    def authentication(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(
            api, request, 401, "Send a valid API token (Authorization: Bearer TOKEN) or sign in to the admin."
        )

    def authorization(request: HttpRequest, exc: AuthorizationError) -> HttpResponse:
        return error_response(api, request, 403, "Your role does not allow this.")

    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        message = str(exc)
        if exc.status_code == 403 and "CSRF" in message:
            message = "The CSRF check failed: send the X-CSRFToken header with the session's token."
        elif exc.status_code == 400:
            message = "The request body could not be read (it must be JSON)."
        return error_response(api, request, exc.status_code, message)

    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(api, request, 404, str(exc) or "Not found.")

    def permission(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return error_response(api, request, 403, str(exc) or "Your role does not allow this.")

    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(api, request, 413, "The request body is larger than the limit.")

    def suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
        # Django's own refusals of a malformed request (too many fields, a bad header): the client's fault.
        return error_response(api, request, 400, "The request was refused as malformed.")

    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("API error on %s %s", request.method, request.path)
        return error_response(api, request, 500, "Something went wrong on the server; it has been logged.")

    api.add_exception_handler(Exception, unexpected)
    api.add_exception_handler(SuspiciousOperation, suspicious)
    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(PermissionDenied, permission)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(AuthenticationError, authentication)
    api.add_exception_handler(AuthorizationError, authorization)
    api.add_exception_handler(ValidationError, validation)
    api.add_exception_handler(ApiError, api_error)


def responses(*statuses: int) -> dict[int, type[ErrorOut]]:
    """The error responses an operation may give, for its OpenAPI description (400 and 401 always)."""
    return {status: ErrorOut for status in sorted({400, 401, *statuses})}
