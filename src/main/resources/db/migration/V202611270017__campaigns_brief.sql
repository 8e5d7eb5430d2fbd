-- The campaign brief marketing writes and the sales head approves, and the comments on it.
ALTER TABLE campaigns_campaign ADD COLUMN target_segment VARCHAR(300);
ALTER TABLE campaigns_campaign ADD COLUMN offer VARCHAR(1000);
ALTER TABLE campaigns_campaign ADD COLUMN expected_leads INTEGER;
ALTER TABLE campaigns_campaign ADD COLUMN talking_points VARCHAR(4000);
ALTER TABLE campaigns_campaign ADD COLUMN approval VARCHAR(20) NOT NULL DEFAULT 'NO_BRIEF';
ALTER TABLE campaigns_campaign ADD COLUMN decided_by VARCHAR(120);
ALTER TABLE campaigns_campaign ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE campaigns_comment (
    id UUID PRIMARY KEY,
    campaign_id UUID NOT NULL REFERENCES campaigns_campaign (id) ON DELETE CASCADE,
    author_id UUID,
    author_name VARCHAR(120) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_comment_campaign ON campaigns_comment (campaign_id, at);
