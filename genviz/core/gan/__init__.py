"""The GAN lab's core: a generator and a discriminator trained against each other, on 2-D points or images."""
