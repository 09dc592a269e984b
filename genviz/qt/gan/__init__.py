"""The GAN lab's view: the duel of generator and discriminator, live."""
