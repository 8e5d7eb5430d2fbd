-- What customers said, as reps heard it on calls and in meetings, for marketing to learn
-- from. The lead's campaign and segment are kept as they were when it was said.
CREATE TABLE campaigns_feedback (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    theme VARCHAR(120) NOT NULL,
    theme_key VARCHAR(120) NOT NULL,
    competitor VARCHAR(120),
    sentiment VARCHAR(10),
    quote VARCHAR(1000),
    heard_on VARCHAR(10) NOT NULL,
    campaign VARCHAR(150),
    segment VARCHAR(20),
    recorded_by UUID NOT NULL,
    recorded_by_name VARCHAR(200) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_feedback_at ON campaigns_feedback (at);
CREATE INDEX campaigns_feedback_contact ON campaigns_feedback (contact_id, at);
