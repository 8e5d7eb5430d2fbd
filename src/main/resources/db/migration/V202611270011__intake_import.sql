-- CSV imports: the uploaded file, its column mapping, the duplicate policy and the progress.
CREATE TABLE intake_import (
    id UUID PRIMARY KEY,
    owner_id UUID NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    stored_file VARCHAR(1000) NOT NULL,
    size_bytes BIGINT NOT NULL,
    delimiter VARCHAR(4) NOT NULL,
    headers TEXT NOT NULL,
    mapping TEXT,
    policy VARCHAR(10) NOT NULL DEFAULT 'MERGE',
    status VARCHAR(10) NOT NULL,
    bytes_read BIGINT NOT NULL DEFAULT 0,
    processed INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE intake_import_error (
    import_id UUID NOT NULL,
    line BIGINT NOT NULL,
    field VARCHAR(60) NOT NULL,
    message VARCHAR(500) NOT NULL
);
CREATE INDEX intake_import_error_import ON intake_import_error (import_id, line);
