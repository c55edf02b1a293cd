#!/usr/bin/python3
"""A real SMTP server for the receipt tests (Debian's python3-aiosmtpd): stores every message
it accepts as NNNN.eml in OUTDIR; with USER and PASSWORD it requires AUTH (no TLS here).
Usage: smtp_sink.py PORT OUTDIR [USER PASSWORD]; prints "ready" when it listens."""
import itertools
import os
import signal
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, outdir = int(sys.argv[1]), sys.argv[2]
user = sys.argv[3] if len(sys.argv) > 3 else None
password = sys.argv[4] if len(sys.argv) > 4 else None
counter = itertools.count(len([f for f in os.listdir(outdir) if f.endswith(".eml")]) + 1)


class Sink:
    async def handle_DATA(self, server, session, envelope):
        path = os.path.join(outdir, f"{next(counter):04d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(path + ".tmp", path)
        return "250 OK stored"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


options = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False) if user else {}
controller = Controller(Sink(), hostname="127.0.0.1", port=port, **options)
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
