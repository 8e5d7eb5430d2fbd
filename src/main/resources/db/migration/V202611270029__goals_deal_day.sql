-- Won deals per day (in the reporting time zone) and currency: what the won-revenue, deals
-- won and average deal size KPIs add up when nothing is cut. Kept with the copy of the
-- deals; the next update builds it, as the kept copy is built again once.
CREATE TABLE goals_deal_day (
    on_day DATE NOT NULL,
    currency VARCHAR(3) NOT NULL,
    deals BIGINT NOT NULL,
    amount NUMERIC(21, 2) NOT NULL,
    weighted NUMERIC(26, 4) NOT NULL,
    PRIMARY KEY (on_day, currency)
);
UPDATE goals_feed SET time_zone = NULL;

-- Deals the CRM says changed, waiting for the next update to copy them: written by the
-- event listeners without contention, applied one update at a time under the feed's lock,
-- as the daily won totals they move are shared.
CREATE TABLE goals_deal_dirty (
    id UUID PRIMARY KEY,
    deal_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
