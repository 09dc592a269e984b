"""The Compare lab's view: the families side by side on the same data, with the results table and "Is it a copy?"."""
