"""The runner shares the cores fairly and reports a family that fails in its one sentence."""

from genviz.core.compare.runner import run_compare, threads_per_family


def test_the_cores_are_shared_fairly_and_every_family_gets_at_least_one():
    assert threads_per_family(4, cores=2) == 1
    assert threads_per_family(2, cores=8) == 4
    assert threads_per_family(3, cores=16) == 5


def test_a_family_that_cannot_start_says_why_in_one_sentence():
    results = run_compare(("vae",), "digits", train_images=5000, seconds=1)
    assert results["vae"].error == "digits has 1797 images; ask for at most 1797."
    assert results["vae"].metrics is None and results["vae"].samples is None
