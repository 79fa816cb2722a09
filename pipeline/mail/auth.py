"""Signing in to Microsoft 365 with msal, Microsoft's own library.

Two ways, both with the organisation's own app registration (``--client-id``):
- *device code* (delegated): the HR person opens a web page, types a code and signs in as
  themselves (with MFA and whatever else the organisation requires). The sign-in is kept in the
  user's profile (never in the working folder) with file mode 0600, so the next run does not ask.
- *client credentials* (application): the app signs in with a secret or a certificate from the
  environment; IT limits it to the HR mailbox. Nothing is kept on disk.

A token is only ever handed to the transport that uses it; it is never written to the working
folder, a log or the terminal.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_path
from pipeline.errors import MailError, OutputError

TokenProvider = Callable[[], str]

AUTHORITY_HOST = "https://login.microsoftonline.com"
CLIENT_ID_ENV = "MUS_M365_CLIENT_ID"
TENANT_ENV = "MUS_M365_TENANT"
SECRET_ENV = "MUS_M365_CLIENT_SECRET"
CERTIFICATE_ENV = "MUS_M365_CERTIFICATE"
CERTIFICATE_PASSWORD_ENV = "MUS_M365_CERTIFICATE_PASSWORD"
THUMBPRINT_ENV = "MUS_M365_CERTIFICATE_THUMBPRINT"
CACHE_FILE = "m365-token-cache.json"

# What each way out needs: delegated (the person's own rights) or application (".default": the
# permissions IT granted the app).
# (graph: sendMail, drafts: drafts in the mailbox, read: the non-delivery reports, smtp); a
# person sending from a mailbox not their own (--mailbox) needs the ".Shared" permissions.
DELEGATED_SCOPES = {
    "graph": ["https://graph.microsoft.com/Mail.Send"],
    "drafts": ["https://graph.microsoft.com/Mail.ReadWrite"],
    "read": ["https://graph.microsoft.com/Mail.Read"],
    "modify": ["https://graph.microsoft.com/Mail.ReadWrite"],
    "smtp": ["https://outlook.office.com/SMTP.Send"],
}
APPLICATION_SCOPES = {
    "graph": ["https://graph.microsoft.com/.default"],
    "drafts": ["https://graph.microsoft.com/.default"],
    "read": ["https://graph.microsoft.com/.default"],
    "modify": ["https://graph.microsoft.com/.default"],
    "smtp": ["https://outlook.office365.com/.default"],
}
PERMISSION = {"graph": "Mail.Send", "drafts": "Mail.ReadWrite", "read": "Mail.Read",
              "modify": "Mail.ReadWrite", "smtp": "SMTP.Send"}


def delegated_scopes(purpose: str, shared: bool) -> list[str]:
    scopes = DELEGATED_SCOPES[purpose]
    return [f"{s}.Shared" for s in scopes] if shared and purpose != "smtp" else scopes


def permission(purpose: str, app_only: bool, shared: bool = False) -> str:
    """The permission as IT finds it in the app registration, with its kind."""
    if app_only:
        name = "SMTP.SendAsApp" if purpose == "smtp" else PERMISSION[purpose]
        return f"{name} (application)"
    shared = shared and purpose != "smtp"
    return f"{PERMISSION[purpose]}{'.Shared' if shared else ''} (delegated)"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_AADSTS = re.compile(r"AADSTS(\d+)")
README = 'See "Microsoft 365" in the README for what IT sets up.'


@dataclass(frozen=True)
class M365:
    """Which app registration signs in where, and (for an app of its own) with what."""

    client_id: str
    tenant: str
    secret: str | None = field(default=None, repr=False)
    certificate: Path | None = None
    certificate_password: str | None = field(default=None, repr=False)
    thumbprint: str | None = None
    authority_host: str = AUTHORITY_HOST

    @property
    def app_only(self) -> bool:
        return bool(self.secret or self.certificate)

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant}"

    @classmethod
    def configure(cls, client_id: str | None, tenant: str | None, sender: str,
                  env: Mapping[str, str] | None = None) -> M365:
        """From the options (or their environment variables); the secret, certificate and its
        password only ever from the environment."""
        env = os.environ if env is None else env
        if not client_id:
            raise MailError(
                "--m365 needs the application (client) ID of your organisation's app "
                f"registration for mus: give it with --client-id or in {CLIENT_ID_ENV}. IT "
                f"creates the registration once. {README}")
        if not _GUID.match(client_id.strip()):
            raise MailError(f'"{client_id}" is not an application (client) ID: it looks like '
                            "00000000-0000-0000-0000-000000000000 and is shown on the app "
                            "registration's overview page in Microsoft Entra.")
        address = parseaddr(sender)[1]
        tenant = (tenant or (address.rsplit("@", 1)[1] if "@" in address else "")).strip()
        if not tenant:
            raise MailError("--m365 needs --sender (the mailbox the e-mails come from, e.g. "
                            "hr@kommune.dk) or --tenant (your organisation's domain or tenant "
                            "ID).")
        secret = env.get(SECRET_ENV) or None
        certificate = env.get(CERTIFICATE_ENV) or None
        if secret and certificate:
            raise MailError(f"Both {SECRET_ENV} and {CERTIFICATE_ENV} are set: mus does not "
                            "guess which one the app should sign in with. Remove one and run "
                            "again.")
        path = Path(certificate) if certificate else None
        if path is not None and not path.is_file():
            raise MailError(f"The certificate {path} given in {CERTIFICATE_ENV} is not there. "
                            "Give the path of the .pfx (or .pem) file with the private key.")
        return cls(client_id.strip(), tenant, secret, path,
                   env.get(CERTIFICATE_PASSWORD_ENV) or None,
                   env.get(THUMBPRINT_ENV) or None)


def token_cache_path(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                     home: Path | None = None) -> Path:
    """Where a person's sign-in is kept: in their own profile, never in the working folder."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if platform == "win32":
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "mus" / CACHE_FILE


def sign_in(config: M365, purpose: str, mailbox: str,
            notify: Callable[[str], None] = lambda text: None, *,
            http_client: Any = None, cache_path: Path | None = None, shared: bool = False,
            device_code: bool = False) -> TokenProvider:
    """Sign in for ``purpose`` (graph, drafts, read, modify or smtp) now, and return what gives
    a fresh token for each message after (renewed silently while the run lasts). A person signs
    in in the browser, or with ``device_code`` with a code; ``shared``: for a mailbox not their
    own."""
    for name in ("msal", "urllib3"):  # their retries and notes are not for HR's terminal
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    if config.app_only:
        return _application(config, purpose, http_client)
    from pipeline.mail.person import sign_in_person

    return sign_in_person(config, purpose, mailbox, notify, http_client,
                          cache_path or token_cache_path(), shared=shared,
                          device_code=device_code)


def _application(config: M365, purpose: str, http_client: Any) -> TokenProvider:
    import msal

    credential: Any = config.secret
    if config.certificate is not None:
        credential = _certificate(config)
    app = _reach(config, lambda: msal.ConfidentialClientApplication(
        config.client_id, client_credential=credential, authority=config.authority,
        http_client=http_client, timeout=30))
    scopes = APPLICATION_SCOPES[purpose]

    def token() -> str:  # msal keeps the app's token in memory until it is nearly out
        return _token(config, purpose, _reach(config, lambda: app.acquire_token_for_client(
            scopes=scopes)))

    token()
    return token


def _certificate(config: M365) -> dict[str, Any]:
    assert config.certificate is not None
    path = config.certificate
    if path.suffix.lower() in (".pfx", ".p12"):
        return {"private_key_pfx_path": str(path), "passphrase": config.certificate_password}
    try:
        pem = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as err:
        raise MailError(f"The certificate {path} cannot be read: give a .pfx file, or a .pem "
                        "file with the private key.") from err
    credential: dict[str, Any] = {"private_key": pem, "passphrase": config.certificate_password}
    if config.thumbprint:
        credential["thumbprint"] = config.thumbprint.replace(":", "").strip()
    elif "BEGIN CERTIFICATE" in pem:
        credential["public_certificate"] = pem[pem.index("-----BEGIN CERTIFICATE"):]
    else:
        raise MailError(f"The certificate {path} holds only a private key: set "
                        f"{THUMBPRINT_ENV} to the certificate's thumbprint (shown in the app "
                        "registration under Certificates & secrets), or use the .pfx file.")
    return credential


def _lifetime(result: dict[str, Any]) -> float:
    """Seconds to use a token before asking for a fresh one (five minutes to spare)."""
    try:
        return max(0.0, float(result.get("expires_in", 0)) - 300)
    except (TypeError, ValueError):
        return 0.0


def _save(cache: Any, path: Path) -> None:
    """Write the token cache only for this user (0600), atomically; a failure to keep it only
    means signing in again next time."""
    if not cache.has_state_changed:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_path(path, mode=0o600) as tmp, tmp.open("w", encoding="utf-8") as f:
            f.write(cache.serialize())
            f.flush()
            os.fsync(f.fileno())
    except (OSError, OutputError):
        return


def _reach(config: M365, call: Callable[[], Any]) -> Any:
    """Call msal; turn "cannot reach the sign-in service" and "no such tenant" into words."""
    import msal

    host = config.authority_host.split("://", 1)[-1].rstrip("/")
    try:
        return call()
    except msal.exceptions.MsalError as err:  # e.g. an error page from a proxy
        raise MailError(f"The Microsoft sign-in service ({host}) answered with an error "
                        f"({err}). Check --tenant and, if your organisation uses a proxy, that "
                        "it lets this computer through; then run again.") from err
    except OSError as err:  # requests' ConnectionError and Timeout are OSErrors
        raise MailError(f"The Microsoft sign-in service ({host}) cannot be reached from this "
                        "computer. Check that it is online (and the proxy, if your "
                        "organisation uses one), then run again.") from err
    except ValueError as err:
        if config.certificate is not None and any(
                word in str(err).lower() for word in ("password", "pkcs12", "key", "pem")):
            raise MailError(f"The certificate {config.certificate} cannot be opened: the "
                            f"password in {CERTIFICATE_PASSWORD_ENV} is wrong, or the file is "
                            "not a certificate with its private key (.pfx or .pem).") from err
        if "tenant" in str(err).lower() or "authority" in str(err).lower():
            raise MailError(f'Microsoft does not know the organisation "{config.tenant}". '
                            "Give --tenant with your organisation's primary domain (e.g. "
                            "kommune.dk) or its tenant ID (shown in Microsoft Entra).") from err
        raise MailError(f"The sign-in settings were not accepted: {err}. {README}") from err


def _token(config: M365, purpose: str, result: Any) -> str:
    if isinstance(result, dict) and result.get("access_token"):
        return str(result["access_token"])
    raise _refused(config, purpose, result if isinstance(result, dict) else {})


def _refused(config: M365, purpose: str, result: Mapping[str, Any],
             shared: bool = False) -> MailError:
    """The sign-in service said no: what it means and what IT does about it."""
    error = str(result.get("error", "") or "")
    description = str(result.get("error_description", "") or "")
    match = _AADSTS.search(description)
    code = f"AADSTS{match.group(1)}" if match else error
    said = f" ({code})" if code else ""
    needed = permission(purpose, config.app_only, shared)
    app = f"the app registration {config.client_id}"
    known = {
        "AADSTS700016": f"Microsoft 365 does not know {app} in the organisation "
                        f'"{config.tenant}"{said}. Check --client-id and --tenant.',
        "AADSTS90002": f'Microsoft does not know the organisation "{config.tenant}"{said}. '
                       "Give --tenant with your organisation's primary domain or tenant ID.",
        "AADSTS7000218": f"{app} does not allow sign-in with a code{said}. Ask IT to set "
                         '"Allow public client flows" to Yes under Authentication.',
        "AADSTS65001": f"Nobody has consented to {app} using {needed}{said}. "
                       "Ask IT to grant admin consent for it.",
        "AADSTS7000215": f"The client secret in {SECRET_ENV} is wrong{said}. Ask IT for the "
                         "secret's value (not its ID).",
        "AADSTS7000222": f"The client secret in {SECRET_ENV} has expired{said}. Ask IT for a "
                         "new one.",
        "AADSTS700027": f"{app} does not accept this certificate{said}. Ask IT to upload the "
                        "certificate's public part to the app registration.",
        "AADSTS53003": f"Your organisation's Conditional Access blocked the sign-in{said}. "
                       "If you signed in with a code (--device-code), leave that out: mus then "
                       "signs in in the browser, which most policies allow. Otherwise ask IT "
                       "which policy blocks mus, or to set up the app's own sign-in with a "
                       "certificate.",
        "AADSTS50011": f"{app} has no redirect address for signing in in the browser{said}. "
                       "Ask IT to add the platform \"Mobile and desktop applications\" with "
                       "the redirect URI http://localhost under Authentication.",
        "authorization_declined": "The sign-in was declined in the browser. Run again and "
                                  "accept it.",
        "expired_token": "The code was not entered in time. Run again and enter the new code "
                         "within the time shown.",
        "invalid_scope": f"{app} may not ask for {needed}{said}. Ask IT to add the "
                         f"permission {needed} and grant admin consent.",
    }
    text = known.get(code) or known.get(error)
    if text is None:
        first = description.split("\r\n", 1)[0].split("\n", 1)[0][:300].rstrip(". ")
        text = (f"Microsoft 365 refused the sign-in{said}: {first or 'no reason given'}. "
                f"{README}")
    return MailError(text)
