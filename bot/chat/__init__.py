"""Chat front ends that talk to Rasa over its REST channel."""
