"""Stand-ins for what cannot be reached from here (Telegram's servers).

They speak the real protocol over loopback."""
