"""The VAE lab's core: a variational autoencoder, its losses, its training session and its sampler."""
