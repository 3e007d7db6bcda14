"""Storage: Peewee models, opening the database, migrations and backups. Never imports Qt."""
