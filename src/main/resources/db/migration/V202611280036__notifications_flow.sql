-- When a person followed an email's link: the email channel's reaction, as read_at is the
-- bell's.
ALTER TABLE notifications_delivery ADD COLUMN clicked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX notifications_delivery_at ON notifications_delivery (at);
CREATE INDEX notifications_message_at ON notifications_message (at);

-- A team's choice of what its people hear and where, for those who made none of their own.
CREATE TABLE notifications_team_preference (
    team_id UUID NOT NULL,
    topic VARCHAR(30) NOT NULL,
    in_app BOOLEAN NOT NULL,
    email BOOLEAN NOT NULL,
    digest VARCHAR(10) NOT NULL,
    PRIMARY KEY (team_id, topic)
);

-- Comments on action items too: ACTION_ITEM is longer than the subjects before it.
ALTER TABLE notifications_comment ALTER COLUMN subject_kind SET DATA TYPE VARCHAR(20);
