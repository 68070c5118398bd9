"""How long the ``invoice-desk`` command takes to start, as whole processes.

    .venv/bin/python -m bench.cli [--rounds 10] [--no-keyring] [--compare DIR]

Runs each command ``--rounds`` times, the commands taking turns so that a noisy machine slows
all of them alike, next to a bare ``python -c pass``; prints the median wall time and the
median CPU time (user + system) of the process, which a busy machine disturbs less.
``--compare DIR`` also runs every command from another checkout (``python -m ui.launcher`` in
DIR, e.g. a ``git worktree`` of an older commit), taking turns with this one.

The company file is made with the real (default) Argon2id cost. "remembered key" runs under
a private D-Bus session bus with gnome-keyring (the Secret Service), as a desktop would.
Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import resource
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
Case = tuple[list[str], dict[str, str], Path | None]  # argv, environment, working folder


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


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(case: Case) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    argv, env, cwd = case
    cpu, started = _cpu(), time.perf_counter()
    proc = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    if proc.returncode != 0:
        raise SystemExit(f"bench.cli: {' '.join(argv)} failed: {proc.stderr.decode()[-2000:]}")
    return elapsed, cpu


def _elsewhere(cases: dict[str, Case], folder: Path) -> dict[str, Case]:
    """The same commands run from another checkout."""
    program = _program()
    moved: dict[str, Case] = {}
    for label, (argv, env, _) in cases.items():
        if argv[: len(program)] == program:
            launcher = [sys.executable, "-m", "ui.launcher", *argv[len(program) :]]
            moved[f"{label} [{folder.name}]"] = (
                launcher,
                dict(env, PYTHONPATH=str(folder)),
                folder,
            )
    return moved


def _cases(path: Path, secret: Path, keyring_env: dict[str, str] | None) -> dict[str, Case]:
    program = _program()
    plain = dict(os.environ)
    plain.pop("INVOICE_DESK_PASSPHRASE", None)
    plain["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    with_file = [*program, "--file", str(path)]
    cases: dict[str, Case] = {
        "python -c pass": ([sys.executable, "-c", "pass"], plain, None),
        "invoice-desk --help": ([*program, "--help"], plain, None),
        "invoice-desk invoice list --help": ([*program, "invoice", "list", "--help"], plain, None),
        "info --json (passphrase file)": (
            [*with_file, "--passphrase-file", str(secret), "info", "--json"],
            plain,
            None,
        ),
    }
    if keyring_env is not None:
        cases["info --json (remembered key)"] = ([*with_file, "info", "--json"], keyring_env, None)
    return cases


def measure(
    rounds: int, use_keyring: bool, compare: Path | None = None
) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) samples in seconds per command, the commands taking turns."""
    with (
        tempfile.TemporaryDirectory() as name,
        maybe_secret_service(Path(name), use_keyring) as env,
    ):
        path, secret = _make_company(Path(name))
        if env is not None:  # remember the key once, as `--remember` does
            _run(
                (
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
                    None,
                )
            )
        cases = _cases(path, secret, env)
        if compare is not None:
            cases |= _elsewhere(cases, compare)
        for case in cases.values():  # warm the page cache
            _run(case)
        samples: dict[str, list[tuple[float, float]]] = {label: [] for label in cases}
        for _ in range(rounds):
            for label, case in cases.items():
                samples[label].append(_run(case))
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
    parser.add_argument("--compare", type=Path, metavar="DIR", help="another checkout to run too")
    args = parser.parse_args()
    samples = measure(args.rounds, not args.no_keyring, args.compare)
    width = max(len(label) for label in samples) + 2
    print(f"{'command (whole process)':<{width}} {'wall median':>12} {'min':>8} {'CPU median':>11}")
    for label, values in samples.items():
        wall = [w * 1000 for w, _ in values]
        cpu = [c * 1000 for _, c in values]
        print(
            f"{label:<{width}} {statistics.median(wall):9.0f} ms {min(wall):5.0f} ms"
            f" {statistics.median(cpu):8.0f} ms"
        )


if __name__ == "__main__":
    main()
