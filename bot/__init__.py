"""Service Coach: the knowledge engine, the command line and the chat front ends."""
