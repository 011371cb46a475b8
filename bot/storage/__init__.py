"""App data with SQLAlchemy: SQLite by default, PostgreSQL by setting
SERVICECOACH_DATABASE_URL. models.py declares every table; migrations/ (Alembic, run by
migrate.py) creates and upgrades the schema; the stores (profiles, access, repository,
insights, notices) read and write it."""
