-- Campaigns marketing runs, what they cost, and the people they touched.
CREATE TABLE campaigns_campaign (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    name_key VARCHAR(150) NOT NULL UNIQUE,
    channel VARCHAR(30) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    budget_amount NUMERIC(19, 4),
    currency VARCHAR(3) NOT NULL,
    owner_id UUID,
    goal VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX campaigns_campaign_starts ON campaigns_campaign (starts_on);

CREATE TABLE campaigns_cost (
    id UUID PRIMARY KEY,
    campaign_id UUID NOT NULL REFERENCES campaigns_campaign (id) ON DELETE CASCADE,
    spent_on DATE NOT NULL,
    amount NUMERIC(19, 4) NOT NULL,
    description VARCHAR(300),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_cost_campaign ON campaigns_cost (campaign_id, spent_on);

-- a person touched by a campaign: sent, opened, clicked, registered, attended, submitted
CREATE TABLE campaigns_touch (
    id UUID PRIMARY KEY,
    campaign_id UUID NOT NULL REFERENCES campaigns_campaign (id) ON DELETE CASCADE,
    contact_id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_touch_contact ON campaigns_touch (contact_id, at);
CREATE INDEX campaigns_touch_campaign ON campaigns_touch (campaign_id);
