"""A network guard: any connection beyond this machine fails at once, with a reason.

The test harness turns it on in every Python process it starts (notebook
kernels included) by setting ``MLEP_OFFLINE=1``; see ``tests/offline``.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

ENV_VAR = "MLEP_OFFLINE"
_LOCAL_NAMES = {None, "", "localhost", "ip6-localhost", "0.0.0.0", "::"}


class OfflineError(ConnectionRefusedError):
    """Raised for a connection to a non-loopback address while the guard is on."""


def is_local(host: Any) -> bool:
    """True for loopback addresses, 'localhost', wildcards and this machine's own name."""
    if isinstance(host, bytes):
        host = host.decode()
    if host in _LOCAL_NAMES or host == socket.gethostname():
        return True
    try:
        address = ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _refuse(host: Any) -> OfflineError:
    return OfflineError(
        f"offline guard: connection to {host!r} blocked. Notebooks must run offline: "
        "make the data with mlep.data or ship it with the project, and bind servers to 127.0.0.1."
    )


def install() -> None:
    """Patch ``socket`` so that only local addresses can be resolved or reached."""
    if getattr(socket.socket.connect, "_mlep_guard", False):
        return
    original_connect, original_connect_ex = socket.socket.connect, socket.socket.connect_ex
    original_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not is_local(address[0]):
            raise _refuse(address[0])

    def connect(self: socket.socket, address: Any) -> None:
        check(self, address)
        return original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address)
        return original_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> list:
        if not is_local(host):
            raise _refuse(host)
        return original_getaddrinfo(host, *args, **kwargs)

    connect._mlep_guard = True  # type: ignore[attr-defined]
    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
