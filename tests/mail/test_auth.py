"""Signing in to Microsoft 365 with msal, exercised for real against a loopback stand-in for the
sign-in service (msal's own HTTP session, pointed at loopback), and without any network."""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import main
from pipeline.errors import MailError
from pipeline.forms.generate import GenerateResult
from pipeline.mail.auth import M365, sign_in, token_cache_path
from pipeline.workspace import Workspace
from tests.mail.servers import ENTRA, TOKEN, EntraStandIn, free_port
from tests.mail.test_smtp_oauth import CLIENT_ID, assert_no_secret_anywhere

SECRET = "kL8Q~app-secret-value-never-shown"


class ToLoopback(requests.Session):
    """msal's HTTP client, with login.microsoftonline.com pointed at a loopback port."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base.rstrip("/")

    def request(self, method: str | bytes, url: str | bytes, *args: Any,  # type: ignore[override]
                **kwargs: Any) -> requests.Response:
        url = url.decode() if isinstance(url, bytes) else url
        return super().request(method, url.replace(ENTRA, self.base), *args, **kwargs)


@pytest.fixture
def entra(httpserver: HTTPServer) -> EntraStandIn:
    return EntraStandIn(httpserver).start()


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[ToLoopback]:
    session = ToLoopback(httpserver.url_for("/"))
    yield session
    session.close()


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "profile" / ".cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def config(**env: str) -> M365:
    return M365.configure(CLIENT_ID, None, "HR <hr@eksempel.dk>", env=env)


def test_device_code_sign_in_shows_the_code_and_keeps_the_sign_in_in_the_profile(
        entra: EntraStandIn, client: ToLoopback, cache_home: Path) -> None:
    said: list[str] = []
    token = sign_in(config(), "graph", "hr@eksempel.dk", said.append, http_client=client,
                    device_code=True)
    assert token() == TOKEN
    assert said[0] == ("To sign in to Microsoft 365, open https://microsoft.com/devicelogin in a "
                       "browser and enter the code KQ7M-3XWD (within 15 minutes). Sign in as "
                       "hr@eksempel.dk or as someone allowed to send from it. mus waits here.")
    cache = cache_home / "mus" / "m365-token-cache.json"
    assert said[1] == ("Signed in to Microsoft 365 as hr@eksempel.dk. The sign-in is kept for "
                       f"your user only, in {cache}, so the next run does not ask again; delete "
                       "that file to sign out.")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    assert [r.get("scope", "").split() for r in entra.requests
            if r["path"].endswith("/devicecode")] == [
        ["https://graph.microsoft.com/Mail.Send", "offline_access", "openid", "profile"]]
    assert all(TOKEN not in line for line in said)
    assert len(said) == 2  # signed in as the sender's own mailbox: nothing to warn about

    said.clear()  # the next run: no code to type
    again = sign_in(config(), "graph", "hr@eksempel.dk", said.append, http_client=client,
                    device_code=True)
    assert again() == TOKEN
    assert not any("enter the code" in line for line in said)
    assert sum(r["path"].endswith("/devicecode") for r in entra.requests) == 1


def test_signed_in_as_someone_else_than_the_sender(entra: EntraStandIn, client: ToLoopback,
                                                   cache_home: Path) -> None:
    entra.username = "lone.hansen@eksempel.dk"
    said: list[str] = []
    sign_in(config(), "graph", "hr@eksempel.dk", said.append, http_client=client,
            device_code=True)
    assert said[-1] == ("Note: the e-mails go from lone.hansen@eksempel.dk's mailbox with "
                        "hr@eksempel.dk as the sender; Microsoft 365 refuses that unless "
                        'lone.hansen@eksempel.dk has the right "Send as" on hr@eksempel.dk. '
                        "To send from hr@eksempel.dk itself (a shared mailbox), add --mailbox "
                        "hr@eksempel.dk.")


def test_each_way_asks_for_what_it_needs(entra: EntraStandIn, client: ToLoopback,
                                         cache_home: Path) -> None:
    sign_in(config(), "drafts", "hr@eksempel.dk", http_client=client, device_code=True)
    sign_in(config(), "smtp", "hr@eksempel.dk", http_client=client,  # no new code to type
            device_code=True)
    asked = [(r["path"].rsplit("/", 1)[1], r.get("grant_type", ""), r["scope"].split()[0])
             for r in entra.requests if "scope" in r]
    assert asked == [("devicecode", "", "https://graph.microsoft.com/Mail.ReadWrite"),
                     ("token", "refresh_token", "https://outlook.office.com/SMTP.Send")]


def test_an_app_of_its_own_signs_in_with_its_secret_and_keeps_nothing(
        entra: EntraStandIn, client: ToLoopback, cache_home: Path) -> None:
    token = sign_in(config(MUS_M365_CLIENT_SECRET=SECRET), "graph", "hr@eksempel.dk",
                    http_client=client)
    assert token() == TOKEN
    [request] = [r for r in entra.requests if r["path"].endswith("/token")]
    assert request["grant_type"] == "client_credentials"
    assert request["client_secret"] == SECRET
    assert request["scope"] == "https://graph.microsoft.com/.default"
    assert not cache_home.exists()


@pytest.mark.parametrize(("error", "words"), [
    ({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret "
      "provided. Ensure the secret being sent in the request is the client secret value, not "
      "the client secret ID.\r\nTrace ID: 1"},
     "The client secret in MUS_M365_CLIENT_SECRET is wrong (AADSTS7000215). Ask IT for the "
     "secret's value (not its ID)."),
    ({"error": "invalid_grant", "error_description": "AADSTS65001: The user or administrator "
      "has not consented to use the application."},
     f"Nobody has consented to the app registration {CLIENT_ID} using Mail.Send (application) "
     "(AADSTS65001). Ask IT to grant admin consent for it."),
    ({"error": "unauthorized_client", "error_description": "AADSTS700016: Application with "
      "identifier was not found in the directory."},
     f"Microsoft 365 does not know the app registration {CLIENT_ID} in the organisation "
     '"eksempel.dk" (AADSTS700016). Check --client-id and --tenant.'),
    ({"error": "invalid_request", "error_description": "AADSTS99999: Something new."},
     "Microsoft 365 refused the sign-in (AADSTS99999): AADSTS99999: Something new. See "
     '"Microsoft 365" in the README for what IT sets up.'),
])
def test_the_sign_in_service_says_no_in_plain_words(
        entra: EntraStandIn, client: ToLoopback, cache_home: Path, error: dict[str, str],
        words: str) -> None:
    entra.token_error = error
    with pytest.raises(MailError) as caught:
        sign_in(config(MUS_M365_CLIENT_SECRET=SECRET), "graph", "hr@eksempel.dk",
                http_client=client)
    assert str(caught.value) == words
    assert SECRET not in str(caught.value)


def test_conditional_access_blocks_device_code(entra: EntraStandIn, client: ToLoopback,
                                               cache_home: Path) -> None:
    entra.token_error = {"error": "invalid_grant", "error_description": "AADSTS53003: Access "
                         "has been blocked by Conditional Access policies."}
    with pytest.raises(MailError, match=r"Your organisation's Conditional Access blocked the "
                                        r"sign-in \(AADSTS53003\)\. If you signed in with a "
                                        r"code \(--device-code\), leave that out"):
        sign_in(config(), "graph", "hr@eksempel.dk", http_client=client, device_code=True)


def test_an_unknown_tenant(entra: EntraStandIn, client: ToLoopback, cache_home: Path) -> None:
    wrong = M365.configure(CLIENT_ID, "ingen-saadan.dk", "hr@eksempel.dk", env={})
    with pytest.raises(MailError, match=r'Microsoft does not know the organisation '
                                        r'"ingen-saadan\.dk"\. Give --tenant with'):
        sign_in(wrong, "graph", "hr@eksempel.dk", http_client=client, device_code=True)


def test_the_sign_in_service_cannot_be_reached(cache_home: Path) -> None:
    """The real device-code flow, as far as it goes without a network."""
    nowhere = ToLoopback(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(MailError) as caught:
            sign_in(config(), "graph", "hr@eksempel.dk", http_client=nowhere,
                    device_code=True)
    finally:
        nowhere.close()
    assert str(caught.value) == (
        "The Microsoft sign-in service (login.microsoftonline.com) cannot be reached from this "
        "computer. Check that it is online (and the proxy, if your organisation uses one), "
        "then run again.")


def test_cli_sign_in_unreachable_and_nothing_sent(ws: Workspace, forms: GenerateResult,
                                                  cache_home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    nowhere = ToLoopback(f"http://127.0.0.1:{free_port()}")
    monkeypatch.setattr("pipeline.mail.run.sign_in", partial(sign_in, http_client=nowhere))
    try:
        result = CliRunner().invoke(main, [
            "--dir", str(ws.root), "mail", "--forms", str(forms.out), "--m365", "--sender",
            "hr@eksempel.dk", "--client-id", CLIENT_ID])
    finally:
        nowhere.close()
    assert result.exit_code == 1
    assert result.output.endswith(
        "Error: The Microsoft sign-in service (login.microsoftonline.com) cannot be reached "
        "from this computer. Check that it is online (and the proxy, if your organisation uses "
        "one), then run again.\n")
    log = ws.output_dir / "mail" / "mail-log.jsonl"
    assert not log.exists() or not log.read_text(encoding="utf-8")  # nothing tried
    assert_no_secret_anywhere(ws, result.output)


@pytest.mark.parametrize(("args", "words"), [
    ([], "Error: --m365 needs the application (client) ID of your organisation's app "
         "registration for mus: give it with --client-id or in MUS_M365_CLIENT_ID. IT creates "
         'the registration once. See "Microsoft 365" in the README for what IT sets up.\n'),
    (["--client-id", "mus-app"], 'Error: "mus-app" is not an application (client) ID: it '
     "looks like 00000000-0000-0000-0000-000000000000 and is shown on the app registration's "
     "overview page in Microsoft Entra.\n"),
])
def test_cli_without_an_app_registration(ws: Workspace, forms: GenerateResult,
                                         monkeypatch: pytest.MonkeyPatch, args: list[str],
                                         words: str) -> None:
    monkeypatch.delenv("MUS_M365_CLIENT_ID", raising=False)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms",
                                       str(forms.out), "--m365", "--sender", "hr@eksempel.dk",
                                       *args])
    assert (result.exit_code, result.output) == (1, words)


def test_the_cache_lives_in_the_users_profile_on_every_system(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert token_cache_path({"LOCALAPPDATA": r"C:\Users\hr\AppData\Local"}, "win32", home) == (
        Path(r"C:\Users\hr\AppData\Local") / "mus" / "m365-token-cache.json")
    assert token_cache_path({}, "darwin", home) == (
        home / "Library" / "Application Support" / "mus" / "m365-token-cache.json")
    assert token_cache_path({}, "linux", home) == home / ".cache" / "mus" / "m365-token-cache.json"
    assert token_cache_path({"XDG_CACHE_HOME": "/x"}, sys.platform if sys.platform not in (
        "win32", "darwin") else "linux", home) == Path("/x/mus/m365-token-cache.json")


def _certificate(folder: Path) -> tuple[Path, Path, bytes]:
    """A self-signed certificate as IT would upload it: (.pfx, .pem with key only, key)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mus HR mail")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    pfx = folder / "mus.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"mus", key, cert, None, serialization.BestAvailableEncryption(b"kodeord")))
    pem = folder / "mus-key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    return pfx, pem, cert.fingerprint(hashes.SHA256())


def test_an_app_of_its_own_signs_in_with_a_certificate(entra: EntraStandIn, client: ToLoopback,
                                                       tmp_path: Path) -> None:
    import base64
    import json

    pfx, pem, fingerprint = _certificate(tmp_path)
    token = sign_in(config(MUS_M365_CERTIFICATE=str(pfx),
                           MUS_M365_CERTIFICATE_PASSWORD="kodeord"), "drafts",
                    "hr@eksempel.dk", http_client=client)
    assert token() == TOKEN
    [request] = [r for r in entra.requests if r["path"].endswith("/token")]
    assert request["client_assertion_type"] == (
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    header = json.loads(base64.urlsafe_b64decode(request["client_assertion"].split(".")[0]
                                                 + "=="))
    assert base64.urlsafe_b64decode(header["x5t#S256"] + "==") == fingerprint
    assert "client_secret" not in request
    with pytest.raises(MailError, match=r"The certificate .*mus-key\.pem holds only a private "
                                        r"key: set MUS_M365_CERTIFICATE_THUMBPRINT"):
        sign_in(config(MUS_M365_CERTIFICATE=str(pem)), "graph", "hr@eksempel.dk",
                http_client=client)
    with pytest.raises(MailError, match=r"The certificate .*mus\.pfx cannot be opened: the "
                                        "password in MUS_M365_CERTIFICATE_PASSWORD is wrong"):
        sign_in(config(MUS_M365_CERTIFICATE=str(pfx), MUS_M365_CERTIFICATE_PASSWORD="forkert"),
                "graph", "hr@eksempel.dk", http_client=client)
    with pytest.raises(MailError, match="Both MUS_M365_CLIENT_SECRET and MUS_M365_CERTIFICATE "
                                        "are set"):
        config(MUS_M365_CERTIFICATE=str(pfx), MUS_M365_CLIENT_SECRET=SECRET)



def test_end_to_end_device_code_then_graph_with_no_token_left_behind(
        ws: Workspace, forms: GenerateResult, httpserver: HTTPServer, client: ToLoopback,
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`mus mail --m365` as HR runs it: the code shown, signed in, every form sent once; the
    token is in the profile's cache only, never in the working folder or on the terminal."""
    from tests.mail.servers import GraphStandIn

    graph = GraphStandIn(httpserver).start()  # /v1.0/… first, then the sign-in service
    EntraStandIn(httpserver).start()
    monkeypatch.setattr("pipeline.mail.graph.GRAPH_URL", graph.url)
    monkeypatch.setattr("pipeline.mail.run.sign_in", partial(sign_in, http_client=client))
    monkeypatch.delenv("MUS_M365_CLIENT_SECRET", raising=False)
    result = CliRunner().invoke(main, [
        "--dir", str(ws.root), "mail", "--forms", str(forms.out), "--m365", "--sender",
        "HR <hr@eksempel.dk>", "--client-id", CLIENT_ID, "--pause", "0", "--device-code"])
    assert result.exit_code == 0, result.output
    assert "enter the code KQ7M-3XWD" in result.output
    assert "Sent 6 e-mail(s) through Microsoft 365." in result.output
    assert len(graph.who()) == len(set(graph.who())) == 6
    assert_no_secret_anywhere(ws, result.output)
    cache = cache_home / "mus" / "m365-token-cache.json"
    assert TOKEN in cache.read_text(encoding="utf-8")  # where it belongs, and only there
    assert not cache.is_relative_to(ws.root)
