-- The bell: what each person was told in the app.
CREATE TABLE notifications_message (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL,
    event_id UUID NOT NULL,
    topic VARCHAR(30) NOT NULL,
    message VARCHAR(100) NOT NULL,
    args VARCHAR(4000) NOT NULL,
    link VARCHAR(300),
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_message_once UNIQUE (user_id, event_id)
);
CREATE INDEX notifications_message_user ON notifications_message (user_id, at);

-- What a person wants to hear of, and where; no row means the bell only.
CREATE TABLE notifications_preference (
    user_id UUID NOT NULL,
    topic VARCHAR(30) NOT NULL,
    in_app BOOLEAN NOT NULL,
    email BOOLEAN NOT NULL,
    digest VARCHAR(10) NOT NULL,
    PRIMARY KEY (user_id, topic)
);

-- Slack and Teams channels and other systems' webhooks. The signing secrets are kept as
-- they are: they sign every delivery.
CREATE TABLE notifications_destination (
    id UUID PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    name VARCHAR(120) NOT NULL,
    url VARCHAR(2000) NOT NULL,
    language VARCHAR(10) NOT NULL,
    secret VARCHAR(100),
    previous_secret VARCHAR(100),
    per_minute INTEGER NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which topics go to a destination: for everyone's events, or for those of a team's people.
CREATE TABLE notifications_route (
    id UUID PRIMARY KEY,
    destination_id UUID NOT NULL REFERENCES notifications_destination (id) ON DELETE CASCADE,
    topic VARCHAR(30) NOT NULL,
    team_id UUID,
    CONSTRAINT notifications_route_once UNIQUE (destination_id, topic, team_id)
);

-- Hosts an admin allows although they are loopback or private (a test server, an intranet).
CREATE TABLE notifications_allowed_host (
    host VARCHAR(255) PRIMARY KEY,
    added_by_name VARCHAR(200) NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The outbox: each message to a mailbox or a destination, until it is delivered or given up.
CREATE TABLE notifications_delivery (
    id UUID PRIMARY KEY,
    event_id UUID NOT NULL,
    topic VARCHAR(30) NOT NULL,
    channel VARCHAR(12) NOT NULL,
    destination_id UUID REFERENCES notifications_destination (id) ON DELETE CASCADE,
    recipient_id UUID,
    target VARCHAR(60) NOT NULL,
    message VARCHAR(100) NOT NULL,
    args VARCHAR(4000) NOT NULL,
    link VARCHAR(300),
    data VARCHAR(8000) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(500),
    sent_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_delivery_once UNIQUE (event_id, target)
);
CREATE INDEX notifications_delivery_due ON notifications_delivery (status, next_attempt_at);
