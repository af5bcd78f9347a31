"""The offline guard holds in notebook kernels, and `make lab` serves the collection."""

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from jupyter_client.manager import start_new_kernel

from mlep import offline, serving
from tests.notebooks import ROOT

BLOCKED = "socket.create_connection(('203.0.113.7', 80), timeout=5)"


def test_guard_blocks_the_outside_and_allows_loopback():
    with pytest.raises(offline.OfflineError, match="offline guard"):
        exec("import socket\n" + BLOCKED)
    with pytest.raises(urllib.error.URLError, match="offline guard"):
        urllib.request.urlopen("https://pypi.org", timeout=5)
    assert offline.is_local("127.0.0.1") and offline.is_local("::1") and not offline.is_local("10.0.0.1")


def test_guard_is_on_in_child_processes():
    code = f"import socket\ntry:\n    {BLOCKED}\nexcept ConnectionRefusedError as e:\n    print(e)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "offline guard" in out.stdout, out.stderr


def test_guard_is_on_in_notebook_kernels():
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        reply = client.execute_interactive(f"import socket\n{BLOCKED}", timeout=60)
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "OfflineError"
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_make_lab_serves_the_four_courses_offline_and_quiet():
    port, token = serving.free_port(), "smoke-test-token"
    env = {**os.environ, "JUPYTER_TOKEN": token}
    command = ["make", "-s", "lab", f"PORT={port}", "LAB_FLAGS=--no-browser"]
    lab = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        url = f"http://127.0.0.1:{port}"
        serving.wait_until_healthy(f"{url}/api/status?token={token}", timeout=90)
        with urllib.request.urlopen(f"{url}/lab?token={token}") as response:
            assert response.status == 200 and b"JupyterLab" in response.read()
        with urllib.request.urlopen(f"{url}/api/contents?token={token}") as response:
            names = {item["name"] for item in json.load(response)["content"]}
        assert {"course1", "course2", "course3", "course4"} <= names
        notification = "@jupyterlab/apputils-extension:notification"
        with urllib.request.urlopen(f"{url}/lab/api/settings/{notification}?token={token}") as response:
            defaults = {k: v.get("default") for k, v in json.load(response)["schema"]["properties"].items()}
        assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, (
            "the lab would ask to fetch Jupyter news and check for updates (shared/jupyterlab/overrides.json)"
        )
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=30)
