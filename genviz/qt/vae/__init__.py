"""The VAE lab's view: the latent map, reconstructions, the decoded manifold, walks and prior samples."""
