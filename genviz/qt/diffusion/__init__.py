"""The Diffusion lab's view: forward noising, the reverse process frame by frame, and the losses."""
