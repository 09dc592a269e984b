"""The Pixels lab: an image drawn one pixel at a time by the Text lab's GPT."""
