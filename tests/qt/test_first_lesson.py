"""What a teacher meets in the first minutes, in every lab: settings that say when they wait, a new model that
keeps training."""

from genviz.core.text.config import TextConfig

START_TIMEOUT = 60_000  # a training process imports torch first


def test_changed_settings_are_counted_until_a_new_model_applies_them(qtbot, window):
    controller = window.controllers["text"]
    settings = controller.view.settings
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    assert settings.pending.isHidden()
    settings.learning_rate.setValue(0.5)
    settings.batch_size.setValue(settings.batch_size.value() + 4)
    assert not settings.pending.isHidden()
    assert settings.pending.text() == "2 changes: press New model to apply"
    settings.batch_size.setValue(TextConfig().batch_size)
    assert settings.pending.text().startswith("1 change:")
    settings.apply.click()
    assert settings.pending.isHidden()
    qtbot.waitUntil(lambda: controller.spec.args[0].learning_rate == 0.5)


def test_a_new_model_while_training_goes_on_training(qtbot, window):
    controller = window.controllers["text"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 20, timeout=20_000)
    controller.view.settings.seed.setValue(7)
    controller.view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] < 20, timeout=20_000)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 5, timeout=20_000)
    assert controller.training
    assert window.transport.train_button.text() == "Pause"
