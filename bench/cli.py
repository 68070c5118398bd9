"""How long the ``invoice-desk`` command takes to start, as whole processes.

    .venv/bin/python -m bench.cli [--rounds 10] [--no-keyring]

Runs each command ``--rounds`` times, the commands taking turns so that a noisy machine slows
all of them alike, next to a bare ``python -c pass``. The company file is made with the real
(default) Argon2id cost. "remembered key" runs under a private D-Bus session bus with
gnome-keyring (the Secret Service), as a desktop would. Prints medians; record them in
docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE = "bench passphrase"
Case = tuple[list[str], dict[str, str]]


def _program() -> list[str]:
    """The installed console script when there is one, else the launcher module."""
    script = Path(sys.prefix) / "bin" / "invoice-desk"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "ui.launcher"]


def _make_company(folder: Path) -> tuple[Path, Path]:
    from app.store.company_file import CompanyFields, create
    from app.store.kdf import DEFAULT_PARAMS

    path = folder / "bench.invoicedesk"
    create(
        path,
        PASSPHRASE,
        CompanyFields(name="Bench GmbH", country="DE", currency="EUR"),
        DEFAULT_PARAMS,
    )
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path, secret


def _wait_for_secrets(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 10
    probe = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.freedesktop.secrets",
    ]
    while time.monotonic() < deadline:
        out = subprocess.run(probe, env=env, capture_output=True, text=True, check=False)
        if "boolean true" in out.stdout:
            return
        time.sleep(0.05)
    raise SystemExit("bench.cli: gnome-keyring did not start on the private bus")


@contextmanager
def secret_service(folder: Path) -> Iterator[dict[str, str]]:
    """A private session bus with gnome-keyring on it; yields the environment to use."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        HOME=str(folder),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert daemon.stdin is not None
        daemon.stdin.write(b"bench keyring password")
        daemon.stdin.close()
        _wait_for_secrets(env)
        yield env
    finally:
        for proc in (daemon, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench.cli: {' '.join(argv)} failed: {proc.stderr.decode()[-2000:]}")
    return elapsed


def _cases(path: Path, secret: Path, keyring_env: dict[str, str] | None) -> dict[str, Case]:
    program = _program()
    plain = dict(os.environ)
    plain.pop("INVOICE_DESK_PASSPHRASE", None)
    plain["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with_file = [*program, "--file", str(path)]
    cases: dict[str, Case] = {
        "python -c pass": ([sys.executable, "-c", "pass"], plain),
        "invoice-desk --help": ([*program, "--help"], plain),
        "invoice-desk invoice list --help": ([*program, "invoice", "list", "--help"], plain),
        "info --json (passphrase file)": (
            [*with_file, "--passphrase-file", str(secret), "info", "--json"],
            plain,
        ),
    }
    if keyring_env is not None:
        cases["info --json (remembered key)"] = ([*with_file, "info", "--json"], keyring_env)
    return cases


def measure(rounds: int, use_keyring: bool) -> dict[str, list[float]]:
    """Median-ready samples (seconds) per command, the commands taking turns."""
    with (
        tempfile.TemporaryDirectory() as name,
        maybe_secret_service(Path(name), use_keyring) as env,
    ):
        path, secret = _make_company(Path(name))
        if env is not None:  # remember the key once, as `--remember` does
            _run(
                [
                    *_program(),
                    "--file",
                    str(path),
                    "--passphrase-file",
                    str(secret),
                    "--remember",
                    "info",
                ],
                env,
            )
        cases = _cases(path, secret, env)
        for argv, case_env in cases.values():  # warm the page cache and the bytecode
            _run(argv, case_env)
        samples: dict[str, list[float]] = {label: [] for label in cases}
        for _ in range(rounds):
            for label, (argv, case_env) in cases.items():
                samples[label].append(_run(argv, case_env))
        return samples


@contextmanager
def maybe_secret_service(folder: Path, use_keyring: bool) -> Iterator[dict[str, str] | None]:
    tools = shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon")
    if not use_keyring or not tools:
        if use_keyring:
            print("no dbus-daemon / gnome-keyring-daemon: skipping the remembered-key case")
        yield None
        return
    with secret_service(folder) as env:
        yield env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--no-keyring", action="store_true", help="skip the remembered key")
    args = parser.parse_args()
    samples = measure(args.rounds, not args.no_keyring)
    print(f"{'command (whole process)':<36} {'median':>9} {'min':>9} {'max':>9}")
    for label, values in samples.items():
        print(
            f"{label:<36} {statistics.median(values) * 1000:7.0f} ms {min(values) * 1000:6.0f} ms"
            f" {max(values) * 1000:6.0f} ms"
        )


if __name__ == "__main__":
    main()
