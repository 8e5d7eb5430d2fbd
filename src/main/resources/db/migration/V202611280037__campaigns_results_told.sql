-- When both departments were told how a campaign that ended did: once per campaign.
ALTER TABLE campaigns_campaign ADD COLUMN results_told_at TIMESTAMP WITH TIME ZONE;
