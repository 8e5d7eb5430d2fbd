-- The conflict register: who, why, the mediation meeting, and how it ended.
CREATE TABLE conflicts_conflict (
    id UUID PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    theme VARCHAR(120) NOT NULL,
    theme_key VARCHAR(200) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    raised_by_id UUID NOT NULL,
    raised_by_name VARCHAR(200) NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(12) NOT NULL,
    meeting_id UUID,
    resolution VARCHAR(2000),
    resolved_at TIMESTAMP WITH TIME ZONE,
    version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX conflicts_conflict_raised ON conflicts_conflict (raised_at);

CREATE TABLE conflicts_party (
    conflict_id UUID NOT NULL REFERENCES conflicts_conflict (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    PRIMARY KEY (conflict_id, user_id)
);
CREATE INDEX conflicts_party_user ON conflicts_party (user_id);

CREATE TABLE conflicts_cause (
    conflict_id UUID NOT NULL REFERENCES conflicts_conflict (id) ON DELETE CASCADE,
    cause VARCHAR(30) NOT NULL,
    PRIMARY KEY (conflict_id, cause)
);

CREATE TABLE conflicts_note (
    id UUID PRIMARY KEY,
    conflict_id UUID NOT NULL REFERENCES conflicts_conflict (id) ON DELETE CASCADE,
    author_name VARCHAR(200) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conflicts_note_conflict ON conflicts_note (conflict_id, at);
