"""Lesson files: a round trip keeps every part, and anything else is refused in one sentence."""

import json
import pickle
import zipfile

import pytest

from genviz import cli
from genviz.core.lesson import (
    MANIFEST,
    Lesson,
    LessonError,
    LessonLab,
    LessonStep,
    parse_steps,
    read_lesson,
    write_lesson,
)
from genviz.core.modelfile import load_model


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    gan, diffusion = folder / "ring.safetensors", folder / "moons.safetensors"
    assert cli.main(["train", "gan", "--data", "ring", "--steps", "60", "--out", str(gan)]) == 0
    assert cli.main(["train", "diffusion", "--data", "moons", "--steps", "30", "--out", str(diffusion)]) == 0
    return {"gan": gan, "diffusion": diffusion}


def two_lab_lesson() -> Lesson:
    return Lesson(
        title="Two ways to make points",
        labs=[LessonLab("gan", "gan.safetensors", data="ring", hide=["settings", "transport"], font_scale=1.3),
              LessonLab("diffusion", "diffusion.safetensors")],
        steps=[LessonStep("## Before\n\nWhat will the **untrained** generator draw?", "gan", 0),
               LessonStep("## After", "gan", panel="losses"),
               LessonStep("## Noise to points", "diffusion", 10)])


@pytest.fixture(scope="module")
def lesson_file(models, tmp_path_factory):
    path = tmp_path_factory.mktemp("lesson") / "points.genviz"
    write_lesson(path, two_lab_lesson(), models)
    return path


def sentence(error) -> str:
    text = str(error.value)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text
    return text


def test_a_lesson_reads_back_as_written_with_its_models_and_their_timelines(lesson_file, models, tmp_path):
    lesson = read_lesson(lesson_file, tmp_path / "open")
    written = two_lab_lesson()
    written.labs[1].data = "moons"  # written as the model's own, for a teacher who reads lesson.json
    assert lesson.to_json() == written.to_json()
    assert lesson.title == "Two ways to make points" and lesson.steps[2].step == 10 and lesson.steps[1].step == "now"
    assert lesson.lab("gan").hide == ["settings", "transport"] and lesson.lab("gan").font_scale == 1.3
    assert [step.panel for step in lesson.steps] == [None, "losses", None]  # the other steps show every panel
    for lab, source in models.items():
        extracted = lesson.model_paths[lab]
        assert extracted.parent == tmp_path / "open" and extracted.read_bytes() == source.read_bytes()
        assert lesson.model_files[lab].timeline == load_model(source).timeline
        assert len(lesson.model_files[lab].timeline) > 5


def test_a_cut_short_lesson_is_refused(lesson_file, tmp_path):
    cut = tmp_path / "cut.genviz"
    cut.write_bytes(lesson_file.read_bytes()[: lesson_file.stat().st_size // 2])
    with pytest.raises(LessonError) as error:
        read_lesson(cut, tmp_path / "open")
    assert sentence(error) == "cut.genviz is not a genviz lesson, or it is damaged or cut short."


def test_a_zip_that_is_not_a_lesson_is_refused(tmp_path):
    foreign = tmp_path / "photos.genviz"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("holiday.txt", "not a lesson")
    with pytest.raises(LessonError) as error:
        read_lesson(foreign, tmp_path / "open")
    assert "not a genviz lesson" in sentence(error) and MANIFEST in str(error.value)


def rewritten(source, target, change=None, extra=None):
    """The lesson at `source` with its manifest changed by change(dict), and members added or replaced."""
    extra = dict(extra or {})
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = (extra or {}).pop(name, None) or old.read(name)
            if name == MANIFEST and change is not None:
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest)
            new.writestr(name, data)
        for name, data in extra.items():
            new.writestr(name, data)
    return target


def test_a_lesson_from_a_newer_genviz_is_refused(lesson_file, tmp_path):
    newer = rewritten(lesson_file, tmp_path / "newer.genviz", lambda m: m.update(format_version=2))
    with pytest.raises(LessonError) as error:
        read_lesson(newer, tmp_path / "open")
    assert sentence(error) == ("newer.genviz was written by a newer genviz (lesson format 2); this one reads format 1 "
                               "or older: please update genviz.")


def test_a_lesson_without_panels_opens_as_before(lesson_file, tmp_path):
    """The panel is optional: a lesson written before genviz had it (still format 1) opens with every panel."""
    older = rewritten(lesson_file, tmp_path / "older.genviz",
                      lambda m: [step.pop("panel", None) for step in m["steps"]])
    lesson = read_lesson(older, tmp_path / "open")
    assert [step.panel for step in lesson.steps] == [None, None, None]


def test_a_step_that_enlarges_a_panel_its_lab_lacks_is_refused_naming_the_panels_it_has(lesson_file, tmp_path):
    wrong = rewritten(lesson_file, tmp_path / "wrong.genviz", lambda m: m["steps"][2].update(panel="losses"))
    with pytest.raises(LessonError) as error:
        read_lesson(wrong, tmp_path / "open")
    assert sentence(error) == ("Step 3 of wrong.genviz enlarges the panel 'losses', which the diffusion lab does not "
                               "have: its panels are forward, reverse, loss, loss_by_t.")
    odd = rewritten(lesson_file, tmp_path / "odd.genviz", lambda m: m["steps"][0].update(panel=["losses"]))
    with pytest.raises(LessonError) as error:
        read_lesson(odd, tmp_path / "open")
    assert sentence(error) == "odd.genviz has a damaged lesson.json: panel is not text of at most 100 characters."


def test_a_pickle_inside_a_lesson_is_refused_before_anything_is_unpacked(lesson_file, tmp_path):
    evil = rewritten(lesson_file, tmp_path / "evil.genviz", extra={"weights.pkl": pickle.dumps({"a": 1})})
    with pytest.raises(LessonError) as error:
        read_lesson(evil, tmp_path / "open")
    assert "'weights.pkl'" in sentence(error) and "only lesson.json and .safetensors" in str(error.value)
    assert not (tmp_path / "open").exists()


def test_a_pickle_named_like_a_model_is_refused_as_no_model(lesson_file, tmp_path):
    disguised = rewritten(lesson_file, tmp_path / "disguised.genviz",
                          extra={"diffusion.safetensors": pickle.dumps({"a": 1})})
    with pytest.raises(LessonError) as error:
        read_lesson(disguised, tmp_path / "open")
    assert sentence(error).startswith(
        "disguised.genviz cannot be opened: in its diffusion lab, diffusion.safetensors is ")


def test_a_path_that_escapes_the_folder_is_refused(lesson_file, tmp_path):
    escaping = rewritten(lesson_file, tmp_path / "escape.genviz", extra={"../../x": b"x"})
    with pytest.raises(LessonError) as error:
        read_lesson(escaping, tmp_path / "a" / "b" / "open")
    assert "'../../x'" in sentence(error)
    assert not (tmp_path / "x").exists() and not (tmp_path / "a").exists()
    named = rewritten(lesson_file, tmp_path / "named.genviz", lambda m: m["labs"][0].update(model="../../x"))
    with pytest.raises(LessonError) as error:
        read_lesson(named, tmp_path / "open")
    assert "gan lab's model is not a plain file name" in sentence(error)


def test_a_model_of_another_lab_is_refused(lesson_file, tmp_path):
    def swap(manifest):
        first, second = manifest["labs"]
        first["lab"], second["lab"] = second["lab"], first["lab"]

    swapped = rewritten(lesson_file, tmp_path / "swapped.genviz", swap)
    with pytest.raises(LessonError) as error:
        read_lesson(swapped, tmp_path / "open")
    assert sentence(error) == ("swapped.genviz cannot be opened: in its diffusion lab, gan.safetensors holds a gan "
                               "model, not a diffusion model.")


def test_a_lesson_whose_data_set_is_not_its_models_is_refused(lesson_file, tmp_path, models):
    wrong = rewritten(lesson_file, tmp_path / "wrong.genviz", lambda m: m["labs"][0].update(data="moons"))
    with pytest.raises(LessonError) as error:
        read_lesson(wrong, tmp_path / "open")
    assert sentence(error) == "wrong.genviz says its gan lab shows 'moons', but its model learnt 'ring'."


def test_steps_written_in_markdown_set_their_lab_step_panel_and_prompt():
    steps = parse_steps("# Title\n\n## Untrained\nlab: text, step: 0, prompt: Hello, world\nWhat will it say?\n\n"
                        "## Trained\nstep: now, panel: attention\n\n## Points\nlab: gan\nLook at the ring.\n",
                        ["text", "gan"])
    assert [(s.lab, s.step, s.prompt, s.panel) for s in steps] == [
        ("text", 0, "Hello, world", None), ("text", "now", None, "attention"), ("gan", "now", None, None)]
    assert steps[0].caption == "## Untrained\n\nWhat will it say?"
    with pytest.raises(LessonError) as error:
        parse_steps("## One\nlab: vae\n", ["text"])
    assert "no --model is of that lab" in sentence(error)
    with pytest.raises(LessonError) as error:
        parse_steps("## Ring\nlab: gan, panel: attention\n", ["gan"], "STEPS.md")
    assert sentence(error) == ("STEPS.md enlarges the panel 'attention' in its step 'Ring', which the gan lab does "
                               "not have: its panels are pictures, losses, verdicts.")


def test_lesson_make_builds_a_lesson_from_models_and_a_steps_file(models, tmp_path, capsys):
    steps = tmp_path / "STEPS.md"
    steps.write_text("## Untrained\nlab: gan, step: 0\nWhere will the fakes go?\n\n## Diffusion\nlab: diffusion\n")
    out = tmp_path / "made.genviz"
    assert cli.main(["lesson", "make", "--model", str(models["gan"]), "--model", str(models["diffusion"]),
                     "--title", "Made", "--steps", str(steps), "--hide", "settings,timeline", "--out", str(out)]) == 0
    lesson = read_lesson(out, tmp_path / "open")
    assert [(s.lab, s.step) for s in lesson.steps] == [("gan", 0), ("diffusion", "now")]
    assert lesson.lab("diffusion").hide == ["settings", "timeline"] and lesson.lab("gan").data == "ring"
    assert cli.main(["lesson", "make", "--model", str(models["gan"]), "--title", "X", "--hide", "menus",
                     "--out", str(tmp_path / "x.genviz")]) == 2
    assert "a lesson can hide settings, transport, timeline, tabs" in capsys.readouterr().err
    assert not (tmp_path / "x.genviz").exists()
