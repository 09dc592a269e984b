"""Two labs training at once, each in its own process, against each alone.

Target (issue 10): on 2 cores each runs at >= 0.45 x its solo speed: nothing but the cores is shared. Solo
and together phases take turns in one run. Prints JSON.

    python benchmarks/two_labs.py [--labs text gan] [--seconds 5] [--rounds 3]
"""

from __future__ import annotations

import os
import statistics
import time

from host_steps import listen, paused_step, wait_started
from report import parser, print_json

SPECS = {
    "text": ("genviz.core.text.session:TextSession", "genviz.core.text.config:TextConfig"),
    "gan": ("genviz.core.gan.session:GanSession", "genviz.core.gan.config:GanConfig"),
    "diffusion": ("genviz.core.diffusion.session:DiffusionSession", "genviz.core.diffusion.config:DiffusionConfig"),
    "vae": ("genviz.core.vae.session:VaeSession", "genviz.core.vae.config:VaeConfig"),
}


def train_for(hosts, seconds: float, at: dict) -> dict:
    """Steps a second of each host while all of `hosts` train together for `seconds`."""
    start = time.perf_counter()
    for host in hosts:
        host.send("train")
    listen(hosts, seconds)
    for host in hosts:
        host.send("pause")
    elapsed = time.perf_counter() - start
    rates = {}
    for host in hosts:
        now = paused_step(host)
        rates[host] = (now - at[host]) / elapsed
        at[host] = now
    return rates


def main() -> None:
    from importlib import import_module

    from genviz.core.host import HostProcess, SessionSpec

    options = parser(__doc__)
    options.add_argument("--labs", nargs=2, default=["text", "gan"], choices=sorted(SPECS))
    options.add_argument("--seconds", type=float, default=5.0)
    options.add_argument("--rounds", type=int, default=3)
    args = options.parse_args()
    threads = max(1, (os.cpu_count() or 2) // 2)  # two training at once share the cores
    hosts = []
    for lab in args.labs:
        session, config = SPECS[lab]
        module, name = config.split(":")
        hosts.append(HostProcess(SessionSpec(session, (getattr(import_module(module), name)(),)), threads))
    for host in hosts:
        wait_started(host)
    at = {host: paused_step(host) for host in hosts}
    solo = {host: [] for host in hosts}
    together = {host: [] for host in hosts}
    for _ in range(args.rounds):
        for host in hosts:
            solo[host].append(train_for([host], args.seconds, at)[host])
        for host, rate in train_for(hosts, args.seconds, at).items():
            together[host].append(rate)
    for host in hosts:
        host.stop()
    print_json("two_labs", {
        "torch_threads_each": threads,
        "labs": {lab: {"solo_steps_per_s": round(statistics.median(solo[host]), 1),
                       "together_steps_per_s": round(statistics.median(together[host]), 1),
                       "ratio": round(statistics.median(together[host]) / statistics.median(solo[host]), 3)}
                 for lab, host in zip(args.labs, hosts, strict=True)},
        "target_ratio": ">= 0.45",
    })


if __name__ == "__main__":
    main()
