"""The Diffusion lab's core: noise schedules, denoising networks, samplers and the training session."""
