-- Each lead as the shared numbers see it: when it first reached each stage, and what
-- reports cut it by. The goals module keeps these rows from the funnel's change feed and
-- the CRM's facts, through their APIs; nobody else writes them.
CREATE TABLE goals_lead (
    contact_id UUID PRIMARY KEY,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mql_at TIMESTAMP WITH TIME ZONE,
    sql_at TIMESTAMP WITH TIME ZONE,
    opportunity_at TIMESTAMP WITH TIME ZONE,
    won_at TIMESTAMP WITH TIME ZONE,
    lost_at TIMESTAMP WITH TIME ZONE,
    rejected_at TIMESTAMP WITH TIME ZONE,
    disqualified_at TIMESTAMP WITH TIME ZONE,
    stage VARCHAR(20) NOT NULL,
    owner_id UUID,
    channel VARCHAR(30),
    campaign VARCHAR(150),
    segment VARCHAR(20)
);
CREATE INDEX goals_lead_entered ON goals_lead (entered_at);
CREATE INDEX goals_lead_mql ON goals_lead (mql_at);
CREATE INDEX goals_lead_sql ON goals_lead (sql_at);
CREATE INDEX goals_lead_opportunity ON goals_lead (opportunity_at);
CREATE INDEX goals_lead_won ON goals_lead (won_at);

-- Kept counters: per measure, per value of one slice (ALL, OWNER, CHANNEL, CAMPAIGN,
-- SEGMENT; '' for none), per day in the reporting time zone. Dashboards read these
-- instead of counting leads.
CREATE TABLE goals_count (
    measure VARCHAR(30) NOT NULL,
    slice VARCHAR(10) NOT NULL,
    slice_value VARCHAR(160) NOT NULL,
    on_day DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (measure, slice, slice_value, on_day)
);

-- Deals as the numbers see them, kept from the CRM's deal events.
CREATE TABLE goals_deal (
    deal_id UUID PRIMARY KEY,
    contact_id UUID,
    owner_id UUID,
    amount NUMERIC(19, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    probability INTEGER NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX goals_deal_closed ON goals_deal (outcome, closed_at);

-- Where the numbers stand in the funnel's change feed; the row is also the lock that
-- lets one instance at a time bring them up to date.
CREATE TABLE goals_feed (
    name VARCHAR(40) PRIMARY KEY,
    position BIGINT NOT NULL,
    gaps TEXT NOT NULL,
    swept_to UUID,
    time_zone VARCHAR(60)
);
INSERT INTO goals_feed (name, position, gaps) VALUES ('funnel', 0, '');
