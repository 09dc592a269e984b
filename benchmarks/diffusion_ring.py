"""Diffusion on the ring of 8 Gaussians: after 30 s of training, how many modes do fresh samples cover?

Target (issue 4): all 8 modes covered and at least 70% of samples within 3 standard deviations of a mode centre,
after 30 s on 2 cores. Judged on the default sampler (DDPM, all T steps); DDIM with 50 steps is reported beside
it. Prints JSON. Other work on the cores means fewer steps: say how busy the machine was.

    python benchmarks/diffusion_ring.py [--seconds 30] [--seed 0] [--samples 2000]
"""

from __future__ import annotations

from report import print_report, training_arguments

from genviz.core.data.evaluation import mode_coverage
from genviz.core.device import configure_threads
from genviz.core.diffusion.config import DiffusionConfig
from genviz.core.diffusion.session import DiffusionSession
from genviz.core.training import train

TARGET_NEAR = 0.7


def main() -> None:
    args = training_arguments(__doc__, seconds=30.0, samples=2000)
    threads = configure_threads()
    session = DiffusionSession(DiffusionConfig(data="ring", seed=args.seed))
    train(session, seconds=args.seconds)
    modes, std = session.dataset.modes, session.dataset.mode_std
    results = {}
    for name, sampler, steps in (("ddpm", "ddpm", None), ("ddim_50_steps", "ddim", 50)):
        samples = session.sampler().sample(args.samples, seed=12345, sampler=sampler, steps=steps)  # unseen noise
        covered, near = mode_coverage(samples, modes, std)
        results[name] = {"modes_covered": covered, "share_near_mode": round(near, 4)}
    print_report("diffusion_ring", session, threads, {
        "modes": len(modes),
        **results,
        "target": {"modes_covered": len(modes), "share_near_mode": TARGET_NEAR},
        "passed": results["ddpm"]["modes_covered"] == len(modes) and results["ddpm"]["share_near_mode"] >= TARGET_NEAR,
    }, seconds=args.seconds)


if __name__ == "__main__":
    main()
