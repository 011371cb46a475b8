"""Starting, watching and stopping the Rasa and action servers."""
