-- Deviation alerts: rules that watch a KPI week by week (against the mean and spread of
-- the weeks before) or a goal's pace, and the alerts they raised with the numbers behind
-- them. One alert per rule and week, however often the rules are checked.
CREATE TABLE goals_alert_rule (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    kpi VARCHAR(40),
    team_id UUID,
    rep_id UUID,
    channel VARCHAR(30),
    campaign VARCHAR(150),
    segment VARCHAR(20),
    weeks INTEGER NOT NULL,
    sigmas NUMERIC(5, 2) NOT NULL,
    currency VARCHAR(3),
    goal_id UUID REFERENCES goals_goal (id) ON DELETE CASCADE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE goals_alert_rule_owner (
    rule_id UUID NOT NULL REFERENCES goals_alert_rule (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    PRIMARY KEY (rule_id, user_id)
);

CREATE TABLE goals_alert (
    id UUID PRIMARY KEY,
    rule_id UUID NOT NULL REFERENCES goals_alert_rule (id) ON DELETE CASCADE,
    week_start DATE NOT NULL,
    week_end DATE NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kpi VARCHAR(40) NOT NULL,
    observed NUMERIC(19, 4) NOT NULL,
    mean NUMERIC(19, 4),
    deviation NUMERIC(19, 4),
    threshold NUMERIC(19, 4) NOT NULL,
    history TEXT NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(120),
    UNIQUE (rule_id, week_start)
);
CREATE INDEX goals_alert_raised ON goals_alert (raised_at);
