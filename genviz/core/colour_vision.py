"""How far apart two colours look, to normal eyes and to colour-blind ones: the check behind the app's palettes.

Colour-blindness is simulated with the matrices of Machado, Oliveira and Fernandes (2009, "A physiologically-based
model for simulation of color vision deficiency"), severity 1.0, applied to linear sRGB. The difference is
CIEDE2000, as formulated by Sharma, Wu and Dalal (2005, "The CIEDE2000 color-difference formula: implementation
notes, supplementary test data, and mathematical observations"), in CIELAB under D65.
"""

from __future__ import annotations

import numpy as np

VISIONS = ("normal", "protanopia", "deuteranopia", "tritanopia")
MACHADO_2009 = {  # severity 1.0, linear RGB -> linear RGB as the deficient eye sees it
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                        [0.2126729, 0.7151522, 0.0721750],
                        [0.0193339, 0.1191920, 0.9503041]])
D65_WHITE = SRGB_TO_XYZ.sum(axis=1)  # the XYZ of sRGB white


def srgb(hex_code: str) -> np.ndarray:
    """'#RRGGBB' as sRGB in 0..1."""
    code = hex_code.lstrip("#")
    return np.array([int(code[i:i + 2], 16) / 255 for i in (0, 2, 4)])


def to_linear(rgb: np.ndarray) -> np.ndarray:
    rgb = np.asarray(rgb, dtype=float)
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def over(rgb: np.ndarray, alpha: float, background: np.ndarray) -> np.ndarray:
    """A colour drawn with opacity `alpha` (0..1) over `background`, both sRGB, as Qt blends them."""
    return alpha * np.asarray(rgb) + (1 - alpha) * np.asarray(background)


def seen_lab(rgb: np.ndarray, vision: str = "normal") -> np.ndarray:
    """The CIELAB (D65) of sRGB colours `rgb` (..., 3) as an eye with `vision` sees them."""
    linear = to_linear(rgb)
    if vision != "normal":
        linear = np.clip(linear @ MACHADO_2009[vision].T, 0.0, 1.0)  # the simulation leaves the gamut a little
    xyz = linear @ SRGB_TO_XYZ.T / D65_WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 between CIELAB colours (..., 3), with kL = kC = kH = 1 (Sharma et al. 2005, equations 1-17)."""
    l1, a1, b1 = np.moveaxis(np.asarray(lab1, dtype=float), -1, 0)
    l2, a2, b2 = np.moveaxis(np.asarray(lab2, dtype=float), -1, 0)
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean ** 7 / (c_mean ** 7 + 25.0 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360  # arctan2(0, 0) = 0, as the formula asks for a neutral colour
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    chromatic = c1p * c2p != 0
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(chromatic, dh, 0.0)
    d_l, d_c = l2 - l1, c2p - c1p
    d_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    h_sum = h1p + h2p
    h_mean = np.where(np.abs(h1p - h2p) <= 180, h_sum / 2, np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2))
    h_mean = np.where(chromatic, h_mean, h_sum)
    t = (1 - 0.17 * np.cos(np.radians(h_mean - 30)) + 0.24 * np.cos(np.radians(2 * h_mean))
         + 0.32 * np.cos(np.radians(3 * h_mean + 6)) - 0.20 * np.cos(np.radians(4 * h_mean - 63)))
    d_theta = 30 * np.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25.0 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -np.sin(np.radians(2 * d_theta)) * r_c
    return np.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))


def colour_difference(first: np.ndarray, second: np.ndarray, vision: str = "normal") -> float:
    """CIEDE2000 between two sRGB colours as an eye with `vision` sees them."""
    return float(ciede2000(seen_lab(first, vision), seen_lab(second, vision)))


def smallest_difference(colours: list[np.ndarray], vision: str = "normal") -> tuple[float, int, int]:
    """The closest pair of sRGB `colours` for `vision`: its CIEDE2000 and the two indices."""
    lab = seen_lab(np.array(colours), vision)
    differences = ciede2000(lab[:, None, :], lab[None, :, :])
    differences[np.tril_indices(len(colours))] = np.inf
    first, second = np.unravel_index(np.argmin(differences), differences.shape)
    return float(differences[first, second]), int(first), int(second)
