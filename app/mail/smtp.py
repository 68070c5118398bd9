"""SMTP with STARTTLS or TLS (certificates verified), every failure named by its kind."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

from app.services.errors import MailFailed
from app.services.ports import OutgoingMail

SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # starttls, tls, none (none only for a relay on this computer)
    user: str | None
    password: str | None
    cafile: str | None = None  # a company's own certificate authority, if any
    timeout: float = 30.0


def message(mail: OutgoingMail) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = ", ".join(mail.recipients)
    if mail.copy_to:
        msg["Cc"] = ", ".join(mail.copy_to)
    msg["Subject"] = mail.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = mail.message_id
    msg.set_content(mail.body)
    for item in mail.attachments:
        maintype, subtype = item.media_type.split("/", 1)
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN when offered (one clear answer to a wrong password), else what smtplib picks.

    smtplib's login() falls through to the next mechanism after a refusal, and some servers
    never answer the second attempt: a wrong password would look like a dead connection."""
    client.ehlo_or_helo_if_needed()
    if "PLAIN" in client.esmtp_features.get("auth", "").upper().split():
        client.user, client.password = user, password
        client.auth("PLAIN", client.auth_plain)
    else:
        client.login(user, password)


class SmtpMailer:
    """Implements app.services.ports.Mailer."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.cafile)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "tls":
            return smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context())
        client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        if s.security == "starttls":
            client.starttls(context=self._context())
        return client

    def send(self, mail: OutgoingMail) -> None:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            with self._connect() as client:
                if s.user:
                    _login(client, s.user, s.password or "")
                client.send_message(message(mail))
        except smtplib.SMTPAuthenticationError as exc:
            raise MailFailed(
                "auth", f"{where} refused the user name or password ({exc.smtp_code})"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            refused = ", ".join(
                f"{a} ({code} {text.decode(errors='replace')})"
                for a, (code, text) in exc.recipients.items()
            )
            raise MailFailed("recipient", f"{where} refused the recipient: {refused}") from None
        except smtplib.SMTPSenderRefused as exc:
            raise MailFailed(
                "sender", f"{where} refused the sender {exc.sender} ({exc.smtp_code})"
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise MailFailed("tls", f"{where} does not offer STARTTLS or AUTH: {exc}") from None
        except ssl.SSLCertVerificationError as exc:
            raise MailFailed(
                "tls",
                f"TLS with {where} failed: the server's certificate is not trusted"
                f" ({exc.verify_message}); if it comes from your own authority, set email.ca_file",
            ) from None
        except ssl.SSLError as exc:
            raise MailFailed("tls", f"TLS with {where} failed: {exc.reason or exc}") from None
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            raise MailFailed("connection", f"cannot talk to {where}: {exc}") from None
