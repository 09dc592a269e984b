"""genviz: watch small generative models learn, live, on your own laptop."""

__version__ = "0.1.0"
