-- Customers asked, after a won deal, how likely they are to recommend us: the link's hash
-- only, and the answer once.
CREATE TABLE leadership_pulse (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    token_hash VARCHAR(64) UNIQUE,
    sent_at TIMESTAMP WITH TIME ZONE,
    skipped VARCHAR(100),
    score INTEGER,
    comment VARCHAR(2000),
    answered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX leadership_pulse_contact ON leadership_pulse (contact_id, created_at);
CREATE INDEX leadership_pulse_due ON leadership_pulse (sent_at, created_at);

-- Recognition between colleagues.
CREATE TABLE leadership_kudos (
    id UUID PRIMARY KEY,
    from_id UUID NOT NULL,
    from_name VARCHAR(200) NOT NULL,
    to_id UUID NOT NULL,
    to_name VARCHAR(200) NOT NULL,
    message VARCHAR(500) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX leadership_kudos_at ON leadership_kudos (at);
