"""Run an ASGI app (FastAPI, Starlette) under uvicorn on loopback, for a notebook."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def serve(app: Any, *, port: int | None = None, health: str = "/health", timeout: float = 20.0) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 in a background thread; yield its base URL.

    Waits until ``GET health`` answers 200 (pass ``health=None`` to only wait for
    the socket), and always shuts the server down when the block ends.
    """
    import uvicorn

    if not callable(app):
        raise TypeError(f"serve needs an ASGI app such as fastapi.FastAPI(), got {type(app).__name__}")
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    url = f"http://{HOST}:{port}"
    try:
        wait_until_healthy(url + (health or ""), timeout=timeout, expect_http=health is not None, alive=thread.is_alive)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout)


def wait_until_healthy(url: str, *, timeout: float = 20.0, expect_http: bool = True, alive: Any = None) -> None:
    """Poll ``url`` until it answers 200 (or, with ``expect_http=False``, until its port accepts)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if alive is not None and not alive():
            raise RuntimeError(f"the server behind {url} stopped before it became healthy; see its log above")
        try:
            if not expect_http:
                host, port = url.split("//")[1].split("/")[0].split(":")
                socket.create_connection((host, int(port)), timeout=1).close()
                return
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            time.sleep(0.05)
    raise TimeoutError(f"{url} did not become healthy within {timeout} s")
