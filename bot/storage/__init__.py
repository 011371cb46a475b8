"""App data (profiles, self-check answers) with SQLAlchemy: SQLite by default,
PostgreSQL by setting SERVICECOACH_DATABASE_URL."""
