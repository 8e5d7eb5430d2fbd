-- Launching a campaign tells sales what is coming: when, and by whom.
ALTER TABLE campaigns_campaign ADD COLUMN launched_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaigns_campaign ADD COLUMN launched_by VARCHAR(200);

-- Campaigns sales proposes to marketing, and what marketing made of them.
CREATE TABLE campaigns_proposal (
    id UUID PRIMARY KEY,
    proposed_by UUID NOT NULL,
    proposed_by_name VARCHAR(200) NOT NULL,
    name VARCHAR(150) NOT NULL,
    channel VARCHAR(30) NOT NULL,
    target_segment VARCHAR(300) NOT NULL,
    rationale VARCHAR(2000) NOT NULL,
    starts_on DATE,
    status VARCHAR(10) NOT NULL,
    decided_by_name VARCHAR(200),
    decided_at TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(1000),
    campaign_id UUID REFERENCES campaigns_campaign (id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_proposal_status ON campaigns_proposal (status, created_at);

-- Marketing materials for sales, tied to a campaign, a segment and a funnel stage.
CREATE TABLE campaigns_material (
    id UUID PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    description VARCHAR(1000),
    link VARCHAR(1000),
    body VARCHAR(8000),
    campaign_id UUID REFERENCES campaigns_campaign (id) ON DELETE SET NULL,
    segment VARCHAR(20),
    stage VARCHAR(20),
    archived BOOLEAN DEFAULT FALSE NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);

-- Each time a rep sends a material to a contact.
CREATE TABLE campaigns_material_send (
    id UUID PRIMARY KEY,
    material_id UUID NOT NULL REFERENCES campaigns_material (id) ON DELETE CASCADE,
    contact_id UUID NOT NULL,
    sent_by UUID NOT NULL,
    sent_by_name VARCHAR(200) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaigns_material_send_material ON campaigns_material_send (material_id, sent_at);
CREATE INDEX campaigns_material_send_contact ON campaigns_material_send (contact_id);
