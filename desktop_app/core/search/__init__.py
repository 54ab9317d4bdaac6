"""Full-text search across scripts and spellings (FTS5 inside the vault)."""
