"""Model files taken apart and put back together, so tests can damage their header exactly."""

import json
import struct


def split(data: bytes) -> tuple[dict, bytes]:
    """(the JSON header, the weights' bytes) of a safetensors file."""
    (size,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8 : 8 + size]), data[8 + size :]


def join(header: dict, body: bytes) -> bytes:
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)  # safetensors pads its header to 8 bytes
    return struct.pack("<Q", len(text)) + text + body


def with_settings(data: bytes, **changes) -> bytes:
    """The file with some of its config values replaced."""
    header, body = split(data)
    config = json.loads(header["__metadata__"]["config"])
    header["__metadata__"]["config"] = json.dumps({**config, **changes})
    return join(header, body)


def with_config_text(data: bytes, text: str) -> bytes:
    """The file with its whole config replaced by this JSON text."""
    header, body = split(data)
    header["__metadata__"]["config"] = text
    return join(header, body)


def with_first_weight(data: bytes, value: float) -> bytes:
    """The file with the first number of its first tensor replaced (by a NaN, say)."""
    header, body = split(data)
    start = min(entry["data_offsets"][0] for name, entry in header.items() if name != "__metadata__")
    return join(header, body[:start] + struct.pack("<f", value) + body[start + 4 :])
