"""What mail servers answer, in plain words: Exchange Online's and Google's enhanced status codes
(535 5.7.139, 550 5.7.30, 5.7.60 …) turned into what happened and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.mail.transport import Refused

if TYPE_CHECKING:
    from pipeline.mail.smtp import Smtp

USE_M365 = ("Use --m365 instead: mus then signs in the way Microsoft 365 requires (see "
            '"Microsoft 365" in the README).')


def smtp_reply(code: int, reply: bytes | str) -> str:
    """The server's answer on one line, as it said it (shortened), for messages and the log."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    text = " ".join(text.split())
    if len(text) > 200:
        text = text[:197] + "..."
    return f"{code} {text}".strip()


def explain_smtp(code: int, reply: bytes | str, stage: str, server: Smtp,
                 address: str) -> Refused:
    """A refusal at ``stage`` (auth, mail, rcpt, data, end); ``address`` is the one concerned
    (the user signing in, the sender or the recipient)."""
    said = smtp_reply(code, reply)
    text = said.lower()
    where = f"The mail server {server.host}:{server.port}"
    host = server.host.lower()
    microsoft = server.token_source == "m365" or any(
        h in host for h in ("office365", "outlook", "microsoft"))
    google = any(h in host for h in ("gmail", "google")) or "gsmtp" in text
    if "5.7.139" in said:
        return Refused(f"Microsoft 365 refused the sign-in ({said}): signing in with a user "
                       "name and password (SMTP AUTH) is turned off for this mailbox or for "
                       "the whole organisation, as Microsoft now does by default.", USE_M365)
    if "5.7.30" in said:
        return Refused(f"Microsoft 365 refused the sign-in ({said}): basic authentication (a "
                       "user name and password) is turned off.", USE_M365)
    if "5.7.60" in said or "sendasdenied" in text.replace(" ", ""):
        signed_in = server.user or address
        return Refused(f"{where} does not allow {signed_in} to send as the sender given with "
                       f"--sender ({said}).",
                       "Use --sender with the address of the mailbox that signs in, or ask IT "
                       f'to give {signed_in} the right "Send as" on the sender\'s mailbox.')
    if stage == "auth":
        return _sign_in_refused(code, said, where, server, address, microsoft, google)
    if code == 530 or "5.7.57" in said or "authentication required" in text:
        return Refused(f"{where} wants a sign-in before it sends anything ({said}).",
                       "Add --user NAME (with the password in MUS_SMTP_PASSWORD), or use "
                       "--m365 for Microsoft 365.")
    if "5.4.5" in said or "quota" in text or "limit exceeded" in text:
        return Refused(f"{where} will not send more from this mailbox today: it has reached "
                       f"its sending limit ({said}). Exchange Online allows 10,000 recipients "
                       "a day (a copy to the leader counts too).",
                       "Run the same command again tomorrow: the send log keeps track of what "
                       "went.")
    if code == 552 or "5.3.4" in said or "too large" in text or "size limit" in text:
        return Refused(f"{where} refused the message as too large ({said}).",
                       "Make the form smaller (a smaller logo in templates/form.docx) and run "
                       "`mus generate --force` again.")
    if stage == "rcpt" and "relay" in text:
        return Refused(f"{where} will not pass mail on to {address} ({said}): it does not "
                       "relay for this computer.",
                       "Ask IT to allow this computer on the relay, or sign in with --user or "
                       "--m365.")
    if 400 <= code < 500:
        return Refused(f"{where} asked mus to try again later ({said}).",
                       "Wait a few minutes.")
    if stage == "mail":
        return Refused(f"{where} refused the sender {address} ({said}).",
                       "Check --sender: it must be an address the server may send from.")
    if stage == "rcpt":
        return Refused(f"{where} refused the address {address} ({said}).",
                       "Correct the address in the employee list.", only_this=True)
    return Refused(f"{where} refused the message ({said}).", "")


def _sign_in_refused(code: int, said: str, where: str, server: Smtp, user: str,
                     microsoft: bool, google: bool) -> Refused:
    if code == 504 or "unrecognized authentication" in said.lower():
        return Refused(f"{where} does not accept this way of signing in ({said}).",
                       "Check the server address: Microsoft 365 is smtp.office365.com:587, "
                       "Google Workspace smtp.gmail.com:587.")
    if server.token_source == "m365":
        return Refused(f"{where} did not accept the Microsoft 365 sign-in for {user} "
                       f"({said}).",
                       "Ask IT to turn SMTP AUTH on for this one mailbox (Set-CASMailbox "
                       "-SmtpClientAuthenticationDisabled $false) and to check that the app "
                       "registration has the permission SMTP.Send; or leave out --smtp, and "
                       "mus sends through Microsoft Graph instead.")
    if server.token is not None:
        return Refused(f"{where} did not accept the OAuth token in MUS_SMTP_OAUTH_TOKEN for "
                       f"{user} ({said}).",
                       "Tokens last about an hour: get a new one for this mailbox (for Google "
                       "with the scope https://mail.google.com/) and run again.")
    if google:
        return Refused(f"Google refused the sign-in for {user} ({said}): Google Workspace no "
                       "longer takes an account's ordinary password from programs.",
                       'Use an app password, Google\'s SMTP relay or an OAuth token (see '
                       '"Google Workspace" in the README).')
    if microsoft:
        return Refused(f"Microsoft 365 refused the user name and password for {user} "
                       f"({said}); it turns password sign-in off for most organisations.",
                       USE_M365)
    return Refused(f"{where} did not accept the user name and password for {user} ({said}).",
                   "Check --user and the password in MUS_SMTP_PASSWORD.")
