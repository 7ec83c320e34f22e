"""Starts, stops and kills `kader serve` as a child process, for the browser and load tests.

The tests treat the server as a user would: a command that prints an address and keeps its data in
one directory. Killing it with SIGKILL is part of the story (nothing the page showed as saved may be
lost), so the process is ours to end in any way.
"""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request


class KaderServer:
    """One `kader serve` process on 127.0.0.1, restartable on the same data directory."""

    def __init__(self, binary, data_dir, port, log_path, extra_args=()):
        self.binary = binary
        self.data_dir = data_dir
        self.port = port
        self.log_path = log_path
        self.extra_args = list(extra_args)
        self.process = None
        self.starts = 0

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        """Starts the server and waits until its start page answers."""
        assert self.process is None, "the server is already running"
        self.starts += 1
        log = open(self.log_path, "a", encoding="utf-8")
        log.write(f"\n==== start {self.starts}\n")
        log.flush()
        command = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                   "--data", self.data_dir, *self.extra_args]
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"kader serve stopped at start with exit code {self.process.returncode}; "
                                   f"see {self.log_path}")
            if self._answers():
                return
            time.sleep(0.1)
        raise RuntimeError(f"kader serve did not answer on {self.base_url} within {timeout} s; see {self.log_path}")

    def _answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                pass
            with urllib.request.urlopen(self.base_url + "/", timeout=5) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def kill(self):
        """SIGKILL: no shutdown code runs, as when the laptop's power is pulled."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = None

    def stop(self, timeout=30):
        """Ctrl-C: SIGINT, then waits for a clean exit (exit code 0)."""
        if self.process is None:
            return 0
        self.process.send_signal(signal.SIGINT)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise RuntimeError(f"kader serve did not stop within {timeout} s after Ctrl-C")
        finally:
            self.process = None
        return code


def free_port():
    """A port nothing listens on now, chosen by the kernel."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kader_binary(root):
    """The `kader` the tests run: $KADER, else the debug build `swift test` made."""
    path = os.environ.get("KADER") or os.path.join(root, ".build", "debug", "kader")
    if not os.access(path, os.X_OK):
        raise SystemExit(f"no kader binary at {path}: build it (swift build --product kader) or set KADER")
    return os.path.abspath(path)


def run_story(story, description, name, prefix, root):
    """The command line of a browser story: --kader and --output, a fresh data folder, and a
    traceback and exit code 1 when the story fails. `story(binary, output)` tells the story."""
    import argparse
    import shutil
    import tempfile
    import traceback
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kader", help="the kader binary (default: .build/debug/kader)")
    parser.add_argument("--output", help="folder for screenshots and the server log")
    arguments = parser.parse_args()
    output = arguments.output or tempfile.mkdtemp(prefix=prefix)
    shutil.rmtree(os.path.join(output, "data"), ignore_errors=True)
    os.makedirs(output, exist_ok=True)
    try:
        story(os.path.abspath(arguments.kader) if arguments.kader else kader_binary(root), output)
    except Exception:
        traceback.print_exc()
        print(f"FAILED: {name} (see {output})")
        return 1
    print(f"passed: {name}; screenshots in {output}")
    return 0
