"""Lesson files (.genviz): a teacher's labs, what each shows, and a script of steps, in one file that loads without
running code.

A lesson is a zip that holds only `lesson.json` and the labs' model files (`.safetensors`, with their timelines):

    {"format": "genviz-lesson", "format_version": 1, "title": "How a language model picks the next word",
     "labs": [{"lab": "text", "model": "text.safetensors", "data": "capitals",
               "prompt": "The capital of France is", "hide": ["settings"], "font_scale": 1.3}],
     "steps": [{"caption": "## This model has never seen text. What will it say?", "lab": "text", "step": 0},
               {"caption": "## 200 steps later", "lab": "text", "step": "now"}]}

Each lab names its model file; `data` (the data set the model learnt), `prompt` (the Text lab only), `hide` (window
controls the class does not need: HIDEABLE) and `font_scale` are optional. Each step is a Markdown caption plus the
state it sets: which lab (the first lab's when left out), which kept timeline step ("now", the default, is the
model as it was saved), which prompt and which panel is enlarged to the whole lab (PANELS; none, the default, shows
every panel). A lesson without panels reads as before: the field is optional, so the format stays at version 1.

Reading trusts nothing: the file is read through a size limit, it may hold only lesson.json and the model files the
labs name (plain names: no folders, no "..", no other kinds of member, so no pickle), every member is read through a
limit too, lesson.json is typed field by field, and every model file is checked by load_model (genviz/core/
modelfile.py) as the lab it is for. Anything else is refused in one sentence.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genviz.core.errors import LessonError, ModelFileError
from genviz.core.modelfile import CONFIG_CLASSES, MODEL_SUFFIX, ModelFile, load_model
from genviz.core.safe_files import read_limited, write_atomically
from genviz.core.translatable import Sentence, translatable

FORMAT = "genviz-lesson"
FORMAT_VERSION = 1
LESSON_SUFFIX = ".genviz"
MANIFEST = "lesson.json"
MAX_LESSON_BYTES = 400_000_000  # the three default models with their timelines take well under 60 MB
MAX_MANIFEST_BYTES = 1_000_000
MAX_CAPTION_CHARS = 5_000
MAX_STEPS = 200
FONT_SCALES = (0.8, 2.5)  # the window's own range (genviz/qt/style.py)
NOW = "now"  # a step's timeline position: the model as it was saved
HIDEABLE = {  # window controls a lesson may hide: name -> what it is, in words
    "settings": "the settings column",
    "transport": "the Train, Step and Reset bar",
    "timeline": "the timeline slider",
    "tabs": "the lab tabs",
}
# The panels of each lab that a double-click enlarges to the whole lab, by the names a lesson step uses for them
# (genviz/qt/panel_zoom.py finds each in its lab's view). The VAE's second picture is the decoder's manifold, or the
# data space for 2-D points: either name enlarges it.
PANELS = {
    "text": ("probabilities", "loss", "attention"),
    "gan": ("pictures", "losses", "verdicts"),
    "diffusion": ("forward", "reverse", "loss", "loss_by_t"),
    "vae": ("latent_map", "walk", "reconstructions", "manifold", "data_space", "samples", "loss"),
    "pixels": ("canvas", "next_pixel", "samples", "loss"),
    "compare": ("families", "results", "copy"),
}
MODEL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,63}\.safetensors")  # a plain name: no folder, no ".."


@dataclass
class LessonLab:
    """One lab of a lesson and what it shows."""

    lab: str
    model: str  # the model file's name inside the lesson
    data: str | None = None  # the data set the model learnt (checked against the model's settings)
    prompt: str | None = None  # the Text lab's prompt
    hide: list[str] = field(default_factory=list)  # names from HIDEABLE
    font_scale: float | None = None

    def to_json(self) -> dict[str, Any]:
        values = {"lab": self.lab, "model": self.model, "data": self.data, "prompt": self.prompt,
                  "hide": self.hide, "font_scale": self.font_scale}
        return {key: value for key, value in values.items() if value not in (None, [])}


@dataclass
class LessonStep:
    caption: str  # Markdown
    lab: str
    step: int | str = NOW  # a training step (the nearest kept one is shown) or NOW
    prompt: str | None = None
    panel: str | None = None  # a name from PANELS[lab], enlarged to the whole lab; None shows every panel

    def to_json(self) -> dict[str, Any]:
        values = {"caption": self.caption, "lab": self.lab, "step": self.step, "prompt": self.prompt,
                  "panel": self.panel}
        return {key: value for key, value in values.items() if value is not None}


@dataclass
class Lesson:
    title: str
    labs: list[LessonLab]
    steps: list[LessonStep]
    # After read_lesson: lab -> the model file extracted to the reader's folder, and its checked contents.
    model_paths: dict[str, Path] = field(default_factory=dict)
    model_files: dict[str, ModelFile] = field(default_factory=dict)

    def lab(self, name: str) -> LessonLab:
        return next(lab for lab in self.labs if lab.lab == name)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": FORMAT_VERSION, "title": self.title,
                "labs": [lab.to_json() for lab in self.labs], "steps": [step.to_json() for step in self.steps]}


def model_data(file: ModelFile) -> str:
    """The data set (or corpus) a model learnt, as its settings name it."""
    return str(file.config.get("corpus") or file.config.get("data") or "")


# Writing
def write_lesson(path: str | Path, lesson: Lesson, models: dict[str, str | Path]) -> Path:
    """Write `lesson` with each lab's model file (`models`: lab -> the model file to put in it), atomically: an
    existing file is replaced only once the new one is written and reads back whole. Every model is checked first
    (load_model, as the lab it is for), so a lesson that could not be opened is never written."""
    for lab in lesson.labs:
        if lab.lab not in models:
            raise LessonError(translatable("The lesson's {lab} lab has no model file to put in it."), lab=lab.lab)
        file = load_model(models[lab.lab], expected_lab=lab.lab)
        lesson.model_files[lab.lab] = file
        if lab.data is None:  # said in lesson.json, for a teacher who reads it
            lab.data = model_data(file)
    _check(lesson, Path(path).name)
    manifest = json.dumps(lesson.to_json(), indent=2, ensure_ascii=False)

    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest)
            for lab in lesson.labs:  # stored: deflating saves a tenth, and inflating slowed opening by 0.4 s
                archive.write(models[lab.lab], lab.model, compress_type=zipfile.ZIP_STORED)

    def read_back(written: Path) -> None:
        with zipfile.ZipFile(written) as archive:
            if archive.testzip() is not None or sorted(archive.namelist()) != sorted(
                    [MANIFEST] + [lab.model for lab in lesson.labs]):
                raise LessonError(translatable("The lesson written to {path} did not read back as written."),
                                  path=path)

    return write_atomically(path, write, read_back)


# Reading
def read_lesson(path: str | Path, folder: str | Path) -> Lesson:
    """The checked lesson at `path`, its model files extracted into `folder` (which the caller owns and cleans up);
    LessonError, one sentence, for anything else."""
    path, folder = Path(path), Path(folder)
    name = path.name
    data = read_limited(path, MAX_LESSON_BYTES, LessonError)
    damaged = LessonError(translatable("{name} is not a genviz lesson, or it is damaged or cut short."), name=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise damaged from None
    names = [member.filename for member in members]
    if MANIFEST not in names:
        raise LessonError(translatable("{name} is a zip file but not a genviz lesson: it holds no {manifest}."),
                          name=name, manifest=MANIFEST)
    for member in members:
        if member.filename != MANIFEST and not MODEL_NAME.fullmatch(member.filename):
            raise LessonError(translatable("{name} holds {member}, which a lesson may not: a lesson holds only "
                                           "{manifest} and .safetensors model files, with plain names."),
                              name=name, member=_shown(member.filename), manifest=MANIFEST)
    if len(set(names)) != len(names):
        raise LessonError(translatable("{name} holds two members of the same name, which a lesson may not."),
                          name=name)
    if sum(member.file_size for member in members) > MAX_LESSON_BYTES:
        raise LessonError(translatable("{name} unpacks to more than {megabytes:g} MB, larger than a lesson may."),
                          name=name, megabytes=MAX_LESSON_BYTES / 1e6)
    lesson = _manifest(_member(archive, MANIFEST, MAX_MANIFEST_BYTES, damaged), name)
    wanted = {lab.model for lab in lesson.labs}
    for extra in sorted(set(names) - wanted - {MANIFEST}):
        raise LessonError(translatable("{name} holds {member}, which none of its labs uses."), name=name,
                          member=_shown(extra))
    folder.mkdir(parents=True, exist_ok=True)
    for lab in lesson.labs:
        if lab.model not in names:
            raise LessonError(translatable("{name} names the model file {model} for its {lab} lab but does not hold "
                                           "it."), name=name, model=_shown(lab.model), lab=lab.lab)
        target = folder / lab.model
        target.write_bytes(_member(archive, lab.model, MAX_LESSON_BYTES, damaged))
        try:
            file = load_model(target, expected_lab=lab.lab)
        except ModelFileError as error:
            raise LessonError(translatable("{name} cannot be opened: in its {lab} lab, {reason}"), name=name,
                              lab=lab.lab, reason=_Clause(error.sentence.template, error.sentence.values)) from None
        lesson.model_paths[lab.lab], lesson.model_files[lab.lab] = target, file
    _check(lesson, name)
    return lesson


def _member(archive: zipfile.ZipFile, member: str, limit: int, damaged: LessonError) -> bytes:
    """A member's bytes, never more than `limit` of them, whatever its header claims."""
    try:
        with archive.open(member) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise damaged from None  # RuntimeError: an encrypted member; NotImplementedError: an unknown compression
    if len(data) > limit:
        raise damaged
    return data


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")


def _lowered(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:] if sentence[1:2].islower() else sentence


class _Clause(Sentence):
    """A sentence said after a comma inside another: in English its first letter is lower case."""

    def __str__(self) -> str:
        return _lowered(super().__str__())


def _manifest(data: bytes, name: str) -> Lesson:
    """lesson.json, typed field by field."""

    def damaged(template: str, **more: Any) -> LessonError:
        """`template`: "{name} has a damaged {manifest}: ..." and what is damaged."""
        return LessonError(template, name=name, manifest=MANIFEST, **more)

    try:
        values = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged(translatable("{name} has a damaged {manifest}: it is not JSON.")) from None
    if not isinstance(values, dict) or values.get("format") != FORMAT:
        raise LessonError(translatable("{name} is a zip file but not a genviz lesson: its {manifest} is not "
                                       "genviz's."), name=name, manifest=MANIFEST)
    version = values.get("format_version")
    if type(version) is not int or version < 1:
        raise damaged(translatable("{name} has a damaged {manifest}: its format_version is not a whole number from "
                                   "1."))
    if version > FORMAT_VERSION:
        raise LessonError(translatable("{name} was written by a newer genviz (lesson format {version}); this one "
                                       "reads format {readable} or older: please update genviz."), name=name,
                          version=version, readable=FORMAT_VERSION)

    title = values.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise damaged(translatable("{name} has a damaged {manifest}: its title is not a line of text."))
    labs_json, steps_json = values.get("labs"), values.get("steps", [])
    if not isinstance(labs_json, list) or not labs_json or not all(isinstance(lab, dict) for lab in labs_json):
        raise damaged(translatable("{name} has a damaged {manifest}: it names no labs."))
    if not isinstance(steps_json, list) or len(steps_json) > MAX_STEPS or not all(
            isinstance(step, dict) for step in steps_json):
        raise damaged(translatable("{name} has a damaged {manifest}: its steps are not a list of at most {most}."),
                      most=MAX_STEPS)
    labs = [_lab(lab, damaged) for lab in labs_json]
    steps = [_step(step, labs[0].lab, damaged) for step in steps_json]
    return Lesson(title=title.strip(), labs=labs, steps=steps)


def _text(values: dict[str, Any], key: str, damaged, limit: int = 500) -> str | None:
    value = values.get(key)
    if value is not None and (not isinstance(value, str) or len(value) > limit):
        raise damaged(translatable("{name} has a damaged {manifest}: {key} is not text of at most {limit:,} "
                                   "characters."), key=key, limit=limit)
    return value


def _lab(values: dict[str, Any], damaged) -> LessonLab:
    lab, model = values.get("lab"), values.get("model")
    if not isinstance(lab, str) or lab not in CONFIG_CLASSES:
        raise damaged(translatable("{name} has a damaged {manifest}: it names a lab genviz does not have ({lab})."),
                      lab=_shown(str(lab)))
    if not isinstance(model, str) or not MODEL_NAME.fullmatch(model):
        raise damaged(translatable("{name} has a damaged {manifest}: its {lab} lab's model is not a plain file name "
                                   "ending in {suffix}."), lab=lab, suffix=MODEL_SUFFIX)
    hide = values.get("hide", [])
    if not isinstance(hide, list) or not all(isinstance(item, str) and item in HIDEABLE for item in hide):
        raise damaged(translatable("{name} has a damaged {manifest}: its {lab} lab hides something other than "
                                   "{hideable}."), lab=lab, hideable=", ".join(HIDEABLE))
    scale = values.get("font_scale")
    if scale is not None and (type(scale) not in (int, float) or not math.isfinite(scale)
                              or not FONT_SCALES[0] <= scale <= FONT_SCALES[1]):
        raise damaged(translatable("{name} has a damaged {manifest}: its {lab} lab's font_scale is not a number from "
                                   "{low} to {high}."), lab=lab, low=FONT_SCALES[0], high=FONT_SCALES[1])
    return LessonLab(lab=lab, model=model, data=_text(values, "data", damaged), prompt=_text(values, "prompt", damaged),
                     hide=list(dict.fromkeys(hide)), font_scale=None if scale is None else float(scale))


def _step(values: dict[str, Any], first_lab: str, damaged) -> LessonStep:
    caption = _text(values, "caption", damaged, MAX_CAPTION_CHARS)
    lab = values.get("lab", first_lab)
    if not isinstance(lab, str):
        raise damaged(translatable("{name} has a damaged {manifest}: a step's lab is not a lab's name."))
    step = values.get("step", NOW)
    if step != NOW and (type(step) is not int or step < 0):
        raise damaged(translatable("{name} has a damaged {manifest}: a step's timeline step is neither a whole "
                                   "number from 0 nor \"{now}\"."), now=NOW)
    return LessonStep(caption=caption or "", lab=lab, step=step, prompt=_text(values, "prompt", damaged),
                      panel=_text(values, "panel", damaged, 100))


def _check(lesson: Lesson, name: str) -> None:
    """What ties the parts together: one model per lab, steps that name the lesson's labs, prompts only where there
    is one, and models that learnt the data set the lesson says."""
    labs = [lab.lab for lab in lesson.labs]
    if len(set(labs)) != len(labs):
        raise LessonError(translatable("{name} names a lab twice: a lesson holds one model per lab."), name=name)
    if len({lab.model for lab in lesson.labs}) != len(labs):
        raise LessonError(translatable("{name} gives two labs the same model file."), name=name)
    for lab in lesson.labs:
        if lab.prompt is not None and lab.lab != "text":
            raise LessonError(translatable("{name} gives its {lab} lab a prompt, but only the text lab has one."),
                              name=name, lab=lab.lab)
        learnt = model_data(lesson.model_files[lab.lab]) if lab.lab in lesson.model_files else None
        if lab.data is not None and learnt is not None and lab.data != learnt:
            raise LessonError(translatable("{name} says its {lab} lab shows {data}, but its model learnt {learnt}."),
                              name=name, lab=lab.lab, data=_shown(lab.data), learnt=_shown(learnt))
    for index, step in enumerate(lesson.steps, 1):
        if step.lab not in labs:
            raise LessonError(translatable("Step {index} of {name} shows the {lab} lab, which the lesson does not "
                                           "hold."), index=index, name=name, lab=step.lab)
        if step.prompt is not None and step.lab != "text":
            raise LessonError(translatable("Step {index} of {name} sets a prompt in the {lab} lab, but only the text "
                                           "lab has one."), index=index, name=name, lab=step.lab)
        if step.panel is not None and step.panel not in PANELS.get(step.lab, ()):
            raise LessonError(translatable("Step {index} of {name} enlarges the panel {panel}, which the {lab} lab "
                                           "does not have: its panels are {panels}."), index=index, name=name,
                              panel=_shown(step.panel), lab=step.lab, panels=_known_panels(step.lab))


def _known_panels(lab: str) -> str:
    return ", ".join(PANELS.get(lab, ()))


# The script of steps as a teacher writes it (genviz lesson make --steps)
STATE_KEYS = ("lab", "step", "panel", "prompt")
STATE_EXAMPLE = "lab: text, step: 200, panel: probabilities, prompt: The capital of France is"


def parse_steps(text: str, labs: list[str], name: str = "the steps file") -> list[LessonStep]:
    """Steps from Markdown: one per "## " heading, the heading and the text under it its caption. The first line
    under a heading may set the step's state, as STATE_EXAMPLE (any of the four, the prompt last: it takes the rest
    of the line). A step without a lab shows the lab of the step before it (the first lab for the first step); one
    without a step shows the model as it was saved; one without a panel shows every panel."""
    sections = re.split(r"(?m)^## ", text)
    if len(sections) < 2:
        raise LessonError(translatable("{name} has no steps: begin each step with a line starting with '## '."),
                          name=name)
    steps, lab = [], labs[0]
    for section in sections[1:]:
        heading, _, body = section.partition("\n")
        lines = body.strip("\n").split("\n")
        state: dict[str, str] = {}
        if lines and re.match(r"\s*(lab|step|panel|prompt)\s*:", lines[0]):
            state = _state_line(lines.pop(0), name)
        lab = state.get("lab", lab)
        if lab not in labs:
            raise LessonError(translatable("{name} shows the {lab} lab in its step {heading}, but no --model is of "
                                           "that lab ({labs})."), name=name, lab=lab, heading=repr(heading.strip()),
                              labs=", ".join(labs))
        step: int | str = NOW
        if "step" in state:
            if state["step"] != NOW and not state["step"].isdigit():
                raise LessonError(translatable("{name} gives the step {heading} the timeline step {step}: write a "
                                               "whole number or now."), name=name, heading=repr(heading.strip()),
                                  step=repr(state["step"]))
            step = NOW if state["step"] == NOW else int(state["step"])
        panel = state.get("panel")
        if panel is not None and panel not in PANELS.get(lab, ()):
            raise LessonError(translatable("{name} enlarges the panel {panel} in its step {heading}, which the {lab} "
                                           "lab does not have: its panels are {panels}."), name=name,
                              panel=repr(panel), heading=repr(heading.strip()), lab=lab, panels=_known_panels(lab))
        caption = f"## {heading.strip()}\n\n" + "\n".join(lines).strip()
        steps.append(LessonStep(caption=caption.strip(), lab=lab, step=step, prompt=state.get("prompt"),
                                panel=panel))
    return steps


def _state_line(line: str, name: str) -> dict[str, str]:
    state: dict[str, str] = {}
    rest = line.strip()
    while rest:
        key, colon, rest = rest.partition(":")
        key = key.strip()
        if not colon or key not in STATE_KEYS or key in state:
            raise LessonError(translatable("{name} has a state line genviz cannot read ({line}): write it as "
                                           "{example}"), name=name, line=_shown(line.strip()), example=STATE_EXAMPLE)
        if key == "prompt":  # the rest of the line, commas and all
            state[key], rest = rest.strip(), ""
        else:
            value, _, rest = rest.partition(",")
            state[key] = value.strip()
    return state
