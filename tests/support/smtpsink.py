#!/usr/bin/python3
"""The SMTP sink of scripts/test: accepts every message on 127.0.0.1:PORT and stores it as
DIR/NNNN.eml with the envelope in DIR/NNNN.envelope ("from ADDRESS", then "to ADDRESS" per
recipient), so that the tests read back exactly what a server received.

    smtpsink.py PORT DIR [USER:PASSWORD]

With USER:PASSWORD it offers AUTH (PLAIN, LOGIN, without TLS) and refuses any other login with
535, as a server refuses a wrong password; the sink of scripts/test takes no login at all.
"""

import os
import signal
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Store:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # A domain no one serves is refused, as a real server refuses an unknown mailbox.
        if address.endswith("@invalid.example"):
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".envelope", "w", encoding="utf-8") as f:
            f.write("from %s\n" % envelope.mail_from)
            for rcpt in envelope.rcpt_tos:
                f.write("to %s\n" % rcpt)
        os.replace(base + ".eml.part", base + ".eml")
        return "250 2.0.0 Ok: queued as DD%04d" % self.count


def authenticator(account):
    user, password = account.split(":", 1)

    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        return AuthResult(success=ok, handled=False)
    return check


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    extra = {}
    if len(sys.argv) > 3:
        extra = {"authenticator": authenticator(sys.argv[3]), "auth_require_tls": False}
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port,
                            data_size_limit=30 * 1024 * 1024, **extra)
    controller.start()
    if extra:
        print("ready", flush=True)  # for a test that starts a sink of its own
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    main()
