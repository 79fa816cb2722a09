"""Signing in to Google Workspace for Gmail's SMTP (and IMAP, for ``--bounces``) with AUTH
XOAUTH2, through google-auth-oauthlib: the installed-app flow, i.e. a browser window on this
computer and the answer taken on ``http://localhost`` (with PKCE).

The organisation's own OAuth client (type *Desktop app*, made once by IT in the Google Cloud
console) is given in ``MUS_GOOGLE_CLIENT_ID`` and ``MUS_GOOGLE_CLIENT_SECRET``. The refresh
token is kept like the Microsoft 365 sign-in: in the user's profile, file mode 0600, never in the
working folder; the next run renews the access token without a browser.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_path
from pipeline.errors import MailError, OutputError
from pipeline.mail.auth import token_cache_path

CLIENT_ID_ENV = "MUS_GOOGLE_CLIENT_ID"
SECRET_ENV = "MUS_GOOGLE_CLIENT_SECRET"
SCOPES = ["https://mail.google.com/"]  # the scope Gmail's SMTP and IMAP take
AUTH_URI = "https://accounts.google.com/o/oauth2/auth"
TOKEN_URI = "https://oauth2.googleapis.com/token"
CACHE_FILE = "google-token.json"
TIMEOUT = 300  # seconds to finish signing in in the browser
README = 'See "Google Workspace" in the README for what IT sets up.'


def google_sign_in(account: str, notify: Callable[[str], None] = lambda text: None, *,
                   env: Mapping[str, str] | None = None, cache_path: Path | None = None,
                   token_uri: str | None = None) -> Callable[[], str]:
    """What gives a fresh access token for ``account``; the sign-in itself happens at the first
    call (so a dry run or a refusal before sending never opens a browser)."""
    env = os.environ if env is None else env
    client_id, secret = env.get(CLIENT_ID_ENV, "").strip(), env.get(SECRET_ENV, "").strip()
    if not client_id or not secret:
        raise MailError(f"--google needs your organisation's OAuth client for mus: its client "
                        f"ID in {CLIENT_ID_ENV} and its secret in {SECRET_ENV}. {README}")
    path = cache_path or token_cache_path().parent / CACHE_FILE
    uri = token_uri or TOKEN_URI
    credentials: list[Any] = []
    lock = threading.Lock()

    def token() -> str:
        with lock:
            if not credentials:
                credentials.append(_signed_in(account, client_id, secret, path, uri, notify))
            current = credentials[0]
            if not current.valid:
                _refresh(current)
            return str(current.token)

    return token


def _signed_in(account: str, client_id: str, secret: str, path: Path, token_uri: str,
               notify: Callable[[str], None]) -> Any:
    from google.oauth2.credentials import Credentials

    kept = _read(path).get(account.lower())
    if isinstance(kept, dict) and kept.get("client_id") == client_id and kept.get("refresh"):
        credentials = Credentials(  # type: ignore[no-untyped-call]
            None, refresh_token=str(kept["refresh"]), token_uri=token_uri, client_id=client_id,
            client_secret=secret, scopes=SCOPES)
        with contextlib.suppress(MailError):
            _refresh(credentials)
            return credentials
    credentials = _browser(account, client_id, secret, token_uri, notify)
    if credentials.refresh_token:
        data = _read(path)
        data[account.lower()] = {"client_id": client_id, "refresh": credentials.refresh_token}
        _write(path, data)
    notify(f"Signed in to Google as {account}. The sign-in is kept for your user only, in "
           f"{path}, so the next run does not ask again; delete that file to sign out.")
    return credentials


def _browser(account: str, client_id: str, secret: str, token_uri: str,
             notify: Callable[[str], None]) -> Any:
    from google_auth_oauthlib.flow import InstalledAppFlow

    flow = InstalledAppFlow.from_client_config(
        {"installed": {"client_id": client_id, "client_secret": secret, "auth_uri": AUTH_URI,
                       "token_uri": token_uri, "redirect_uris": ["http://localhost"]}},
        scopes=SCOPES)
    notify(f"To sign in to Google, a browser window opens on this computer: sign in there as "
           f"{account}. mus waits here (up to {TIMEOUT // 60} minutes).")
    try:
        return flow.run_local_server(
            host="localhost", port=0, timeout_seconds=TIMEOUT, login_hint=account,
            authorization_prompt_message="If no browser window opened, open this address in "
            "a browser on this computer: {url}",
            success_message="Signed in: you can close this window and go back to mus.")
    except AttributeError as err:  # google-auth-oauthlib's WSGITimeoutError
        raise MailError(f"The sign-in to Google was not finished within {TIMEOUT // 60} "
                        "minutes. Run the same command again.") from err
    except (OSError, ValueError) as err:  # oauthlib's errors are ValueErrors
        raise MailError(f"Google did not complete the sign-in ({_plain(err)}). Check "
                        f"{CLIENT_ID_ENV} and {SECRET_ENV}, then run again. {README}") from err


def _refresh(credentials: Any) -> None:
    import google.auth.exceptions
    from google.auth.transport.requests import Request

    try:
        credentials.refresh(Request())
    except google.auth.exceptions.RefreshError as err:
        raise MailError("The Google sign-in has run out or was withdrawn. Run the same command "
                        "again to sign in afresh.") from err
    except google.auth.exceptions.TransportError as err:
        raise MailError("Google's sign-in service cannot be reached from this computer. Check "
                        "that it is online, then run again.") from err


def _plain(err: BaseException) -> str:
    text = getattr(err, "description", "") or getattr(err, "error", "") or type(err).__name__
    return str(text)[:200]


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    """Only for this user (0600), atomically; failing to keep it only means signing in again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_path(path, mode=0o600) as tmp, tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
    except (OSError, OutputError):
        return
