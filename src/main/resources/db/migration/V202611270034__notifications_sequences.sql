-- Email sequences to leads: a behaviour (a webinar attended, say) enrols the lead, and each
-- step goes out its number of days after the one before.
CREATE TABLE notifications_sequence (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    trigger_type VARCHAR(30) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE notifications_sequence_step (
    sequence_id UUID NOT NULL REFERENCES notifications_sequence (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    delay_days INTEGER NOT NULL,
    subject VARCHAR(200) NOT NULL,
    body VARCHAR(8000) NOT NULL,
    PRIMARY KEY (sequence_id, position)
);

CREATE TABLE notifications_enrolment (
    id UUID PRIMARY KEY,
    sequence_id UUID NOT NULL REFERENCES notifications_sequence (id) ON DELETE CASCADE,
    contact_id UUID NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_step INTEGER NOT NULL,
    next_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(10) NOT NULL,
    stopped_reason VARCHAR(200),
    failures INTEGER DEFAULT 0 NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_enrolment_once UNIQUE (sequence_id, contact_id)
);
CREATE INDEX notifications_enrolment_due ON notifications_enrolment (status, next_due_at);
CREATE INDEX notifications_enrolment_contact ON notifications_enrolment (contact_id);

CREATE TABLE notifications_sequence_send (
    id UUID PRIMARY KEY,
    enrolment_id UUID NOT NULL REFERENCES notifications_enrolment (id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_sequence_send_enrolment ON notifications_sequence_send (enrolment_id);

-- The unsubscribe link of each email a lead got; only its hash is kept.
CREATE TABLE notifications_unsubscribe (
    token_hash VARCHAR(64) PRIMARY KEY,
    contact_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notifications_unsubscribe_contact ON notifications_unsubscribe (contact_id);
