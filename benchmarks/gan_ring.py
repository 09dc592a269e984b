"""GAN on the ring of 8 Gaussians: after 30 s of training, how many modes do fresh samples cover?

Target (issue 3): all 8 modes covered and at least 80% of samples within 3 standard deviations of a mode
centre, after 30 s on 2 cores. Prints JSON. Run it on a quiet machine: other work on the cores means fewer steps.

    python benchmarks/gan_ring.py [--seconds 30] [--seed 0] [--samples 2000]
"""

from __future__ import annotations

from report import print_report, training_arguments

from genviz.core.data.evaluation import mode_coverage
from genviz.core.device import configure_threads
from genviz.core.gan.config import default_config
from genviz.core.gan.sampler import GanSampler
from genviz.core.gan.session import GanSession
from genviz.core.training import train


def main() -> None:
    args = training_arguments(__doc__, seconds=30.0, samples=2000)
    threads = configure_threads()
    config = default_config("ring", seed=args.seed)
    session = GanSession(config)
    train(session, seconds=args.seconds)
    samples = GanSampler(session.generator).sample(args.samples, seed=12345)  # noise the run never saw
    covered, near = mode_coverage(samples, session.dataset.modes, session.dataset.mode_std)
    print_report("gan_ring", session, threads, {
        "modes": len(session.dataset.modes),
        "modes_covered": covered,
        "share_near_mode": round(near, 4),
        "target": {"modes_covered": 8, "share_near_mode": 0.8},
        "passed": covered == len(session.dataset.modes) and near >= 0.8,
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
