"""A person signing in to Microsoft 365 (delegated: their own rights, with MFA and whatever else the
organisation requires), with msal:

- in the **browser** (the default): authorization code with PKCE; msal opens the sign-in page and
  takes the answer on ``http://localhost`` (a port of its own, this computer only). Managed
  Conditional Access policies that block sign-in with a code allow this.
- with a **code** (``--device-code``): for a computer without a browser; HR opens a web page
  elsewhere and types the code.

The sign-in is kept in the user's profile (never in the working folder) with file mode 0600, so
the next run does not ask; it is renewed silently while a run lasts.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.errors import MailError
from pipeline.mail.auth import (
    M365,
    TokenProvider,
    _lifetime,
    _reach,
    _refused,
    _save,
    _token,
    delegated_scopes,
)

BROWSER_TIMEOUT = 300  # seconds to finish signing in in the browser


def sign_in_person(config: M365, purpose: str, mailbox: str, notify: Callable[[str], None],
                   http_client: Any, cache_path: Path, *, shared: bool = False,
                   device_code: bool = False) -> TokenProvider:
    import msal

    cache = msal.SerializableTokenCache()
    with contextlib.suppress(OSError, ValueError):
        cache.deserialize(cache_path.read_text(encoding="utf-8"))
    app = _reach(config, lambda: msal.PublicClientApplication(
        config.client_id, authority=config.authority, token_cache=cache,
        http_client=http_client, timeout=30))
    scopes = delegated_scopes(purpose, shared)
    reading = purpose in ("read", "modify")  # mus collect, --bounces: nothing is sent
    signed_in: list[str] = []

    def silent() -> dict[str, Any] | None:
        accounts = app.get_accounts(username=signed_in[0] if signed_in else mailbox)
        if not accounts and not signed_in:
            accounts = app.get_accounts()
        if len(accounts) != 1:
            return None
        result: dict[str, Any] | None = app.acquire_token_silent(scopes, account=accounts[0])
        return result

    result = _reach(config, silent)
    if not result:
        ask = _with_code if device_code else _in_browser
        result = ask(config, app, scopes, mailbox, notify, "read" if reading else "send from")
        if not isinstance(result, dict) or not result.get("access_token"):
            raise _refused(config, purpose, result if isinstance(result, dict) else {}, shared)
    current, good_until = _token(config, purpose, result), time.monotonic() + _lifetime(result)
    claims = result.get("id_token_claims") or {}
    user = str(claims.get("preferred_username") or "")
    if user:
        signed_in.append(user)
    _save(cache, cache_path)
    notify(f"Signed in to Microsoft 365{' as ' + user if user else ''}. The sign-in is kept for "
           f"your user only, in {cache_path}, so the next run does not ask again; delete that "
           "file to sign out.")
    if shared and reading:
        notify(f"mus reads the mailbox {mailbox}; {user or 'you'} need(s) Full Access on it.")
    elif shared:
        notify(f"The e-mails go from the mailbox {mailbox}; {user or 'you'} need(s) Full "
               f'Access and "Send as" on it.')
    elif user and mailbox and user.lower() != mailbox.lower() and not reading:
        notify(f"Note: the e-mails go from {user}'s mailbox with {mailbox} as the sender; "
               f"Microsoft 365 refuses that unless {user} has the right \"Send as\" on "
               f"{mailbox}. To send from {mailbox} itself (a shared mailbox), add --mailbox "
               f"{mailbox}.")

    def token() -> str:
        nonlocal current, good_until
        if time.monotonic() < good_until:
            return current
        fresh = _reach(config, silent)
        if not fresh:
            raise MailError("The Microsoft 365 sign-in has run out and could not be renewed. "
                            "Run the same command again to sign in afresh.")
        current, good_until = _token(config, purpose, fresh), time.monotonic() + _lifetime(fresh)
        _save(cache, cache_path)
        return current

    return token


def _in_browser(config: M365, app: Any, scopes: list[str], mailbox: str,
                notify: Callable[[str], None], verb: str = "send from") -> Any:
    notify("To sign in to Microsoft 365, a browser window opens on this computer: sign in "
           f"there as {mailbox} or as someone allowed to {verb} it. mus waits here (up to "
           f"{BROWSER_TIMEOUT // 60} minutes).")

    def no_browser(uri: str) -> None:
        notify("No browser could be opened. Open this address in a browser on this computer "
               f"and sign in there: {uri}  (On a computer without a browser, run again with "
               "--device-code.)")

    from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

    try:
        return _reach(config, lambda: app.acquire_token_interactive(
            scopes, timeout=BROWSER_TIMEOUT, auth_uri_callback=no_browser))
    except BrowserInteractionTimeoutError as err:
        raise MailError(f"The sign-in in the browser was not finished within "
                        f"{BROWSER_TIMEOUT // 60} minutes. Run the same command again (or use "
                        "--device-code to sign in with a code).") from err
    except RuntimeError as err:  # e.g. an answer that does not belong to this sign-in
        raise MailError(f"The sign-in in the browser did not complete ({err}). Run the same "
                        "command again.") from err


def _with_code(config: M365, app: Any, scopes: list[str], mailbox: str,
               notify: Callable[[str], None], verb: str = "send from") -> Any:
    flow = _reach(config, lambda: app.initiate_device_flow(scopes=scopes))
    if "user_code" not in flow:
        return flow
    minutes = max(1, int(flow.get("expires_in", 900)) // 60)
    notify(f"To sign in to Microsoft 365, open {flow.get('verification_uri')} in a browser "
           f"and enter the code {flow['user_code']} (within {minutes} minutes). Sign in as "
           f"{mailbox} or as someone allowed to {verb} it. mus waits here.")
    return _reach(config, lambda: app.acquire_token_by_device_flow(flow))
