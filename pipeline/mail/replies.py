"""What mail servers answer, in plain words: Exchange Online's and Google's enhanced status codes
(535 5.7.139, 550 5.7.30, 5.7.60 …) turned into what happened and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.mail.budget import GMAIL, GOOGLE_RELAY, MICROSOFT, provider_of
from pipeline.mail.codes import LIMIT, OTHER, SENDER, WAIT, kind_of
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
                 address: str, sender: str = "") -> Refused:
    """A refusal at ``stage`` (auth, mail, rcpt, data, end); ``address`` is the one concerned
    (the user signing in, the sender or the recipient); ``sender`` the sender at rcpt."""
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
                       f'to give {signed_in} the right "Send as" on the sender\'s mailbox.',
                       kind=SENDER)
    if stage == "auth":
        return _sign_in_refused(code, said, where, server, address, microsoft, google)
    if code == 530 or "5.7.57" in said or "authentication required" in text:
        return Refused(f"{where} wants a sign-in before it sends anything ({said}).",
                       "Add --user NAME (with the password in MUS_SMTP_PASSWORD), or use "
                       "--m365 for Microsoft 365.", kind=SENDER)
    kind = kind_of(said, code)
    if kind == WAIT:
        return Refused(f"{where} has too many connections or messages from this mailbox at "
                       f"once ({said}).", "Wait a few minutes; close other programs that send "
                       "from the same mailbox.", kind=WAIT, wait=1.0)
    if kind == LIMIT:
        return limit_reached(where, said, provider_of(server.host, server.token_source == "m365"))
    if code == 552 or "5.3.4" in said or "too large" in text or "size limit" in text:
        return Refused(f"{where} refused the message as too large ({said}).",
                       "Make the form smaller (a smaller logo in templates/form.docx) and run "
                       "`mus generate --force` again.")
    if stage == "rcpt" and "relay" in text:
        return Refused(f"{where} will not pass mail on to {address} ({said}): it does not "
                       "relay for this computer.",
                       "Ask IT to allow this computer on the relay, or sign in with --user or "
                       "--m365.", kind=SENDER)
    if 400 <= code < 500:
        return Refused(f"{where} asked mus to try again later ({said}).",
                       "Wait a few minutes.", kind=OTHER)
    if kind == SENDER:
        who = server.user or (sender if stage == "rcpt" else address) or "this mailbox"
        return sender_refused(where, said, who, microsoft, google)
    if stage == "mail":
        return Refused(f"{where} refused the sender {address} ({said}).",
                       "Check --sender: it must be an address the server may send from.",
                       kind=SENDER)
    if stage == "rcpt":
        return Refused(f"{where} refused the address {address} ({said}).",
                       "Correct the address in the employee list.", only_this=True, kind=kind)
    return Refused(f"{where} refused the message ({said}).", "", kind=kind)


def limit_reached(where: str, said: str, provider: str) -> Refused:
    """The sender's own limit: the provider's numbers, and that it is nobody's mistake."""
    limits = {
        MICROSOFT: "Exchange Online allows one mailbox 10,000 recipients in 24 hours (a copy "
                   "to the leader counts), fewer for a new or trial organisation",
        GMAIL: "Gmail (Google Workspace) allows one account 2,000 messages in 24 hours",
        GOOGLE_RELAY: "Google's SMTP relay allows 10,000 recipients per user in 24 hours",
    }
    known = limits.get(provider, "the server has a limit of its own")
    return Refused(f"{where} will not send more from this mailbox for now: it has reached its "
                   f"sending limit ({said}). {known}; nothing is wrong with the e-mails or the "
                   "addresses.", "Run the same command again tomorrow: the send log keeps "
                   "track of what went.", kind=LIMIT)


def sender_refused(where: str, said: str, who: str, microsoft: bool, google: bool) -> Refused:
    """A refusal about the sender itself: every further message would be refused the same."""
    if "5.1.8" in said:
        todo = ("Ask IT to check the mailbox in the Microsoft Defender portal under "
                "*Restricted entities* and release it; Microsoft blocks a mailbox that sent "
                "more than it may, or that looks compromised." if microsoft else
                "Ask IT why the mailbox is blocked from sending.")
        return Refused(f"{where} has blocked {who} from sending ({said}).", todo, kind=SENDER)
    todo = ("Ask IT what the policy refuses (the code above tells them); for Google Workspace "
            "see the Admin console's routing and compliance settings." if google else
            "Ask IT what the policy refuses (the code above tells them).")
    return Refused(f"{where} refused to take mail from {who} under a policy ({said}). It would "
                   "refuse every further e-mail the same way.", todo, kind=SENDER)


def _sign_in_refused(code: int, said: str, where: str, server: Smtp, user: str,
                     microsoft: bool, google: bool) -> Refused:
    if code == 504 or "unrecognized authentication" in said.lower():
        return Refused(f"{where} does not accept this way of signing in ({said}).",
                       "Check the server address: Microsoft 365 is smtp.office365.com:587, "
                       "Google Workspace smtp.gmail.com:587.")
    if server.token_source == "m365" and server.app_id:
        return Refused(f"{where} did not accept the Microsoft 365 sign-in of the app "
                       f"registration {server.app_id} for {user} ({said}).",
                       "Ask IT for three things (see \"Microsoft 365\" in the README): the "
                       "application permission SMTP.SendAsApp (under Office 365 Exchange "
                       "Online) with admin consent; the app made known to Exchange with "
                       f"New-ServicePrincipal -AppId {server.app_id} -ObjectId <the enterprise "
                       "application's object ID>; and the mailbox granted to it with "
                       f"Add-MailboxPermission -Identity {user} -User <that service principal> "
                       "-AccessRights FullAccess. SMTP AUTH must be on for the mailbox "
                       f"(Set-CASMailbox -Identity {user} -SmtpClientAuthenticationDisabled "
                       "$false). Or leave out --smtp, and mus sends through Microsoft Graph.")
    if server.token_source == "m365":
        return Refused(f"{where} did not accept the Microsoft 365 sign-in for {user} "
                       f"({said}).",
                       "Ask IT to turn SMTP AUTH on for this one mailbox (Set-CASMailbox "
                       f"-Identity {user} -SmtpClientAuthenticationDisabled $false) and to check "
                       "that the app registration has the delegated permission SMTP.Send; or "
                       "leave out --smtp, and mus sends through Microsoft Graph instead.")
    if server.token_source == "google":
        return Refused(f"Google did not accept the sign-in for {user} ({said}).",
                       f"Sign in as {user} (or give --user with the account you signed in as); "
                       "to sign in afresh, delete google-token.json in mus's folder in your "
                       "profile and run again.")
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
