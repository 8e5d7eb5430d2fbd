-- Idempotency keys (Stripe's semantics): the same key and body get the stored answer.
CREATE TABLE intake_idempotency (
    owner_id UUID NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    status INTEGER,
    response_body TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner_id, idempotency_key)
);
CREATE INDEX intake_idempotency_created ON intake_idempotency (created_at);

-- Natural keys of submissions: a source's own id for a lead makes its retries safe.
CREATE TABLE intake_submission (
    source VARCHAR(40) NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    contact_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, external_id)
);

-- Behaviour events, anonymous (visitor id) until the visitor identifies.
CREATE TABLE intake_event (
    id UUID PRIMARY KEY,
    visitor_id VARCHAR(100),
    contact_id UUID,
    type VARCHAR(30) NOT NULL,
    url VARCHAR(2000),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_event_visitor ON intake_event (visitor_id);
CREATE INDEX intake_event_contact ON intake_event (contact_id, occurred_at);
