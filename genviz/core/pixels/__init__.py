"""The Pixels lab's core: images as sentences of grey levels, learnt by the Text lab's GPT."""
