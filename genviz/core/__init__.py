"""The Qt-free core: models, data, sampling math, training sessions and model files."""
