-- SMART goals: a KPI of the catalogue, cut like the KPI page cuts it, a target for a
-- period (absolute, or relative to a baseline period) and owners from both departments.
CREATE TABLE goals_goal (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    kpi VARCHAR(40) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    team_id UUID,
    rep_id UUID,
    channel VARCHAR(30),
    campaign VARCHAR(150),
    segment VARCHAR(20),
    currency VARCHAR(3),
    target NUMERIC(19, 4) NOT NULL,
    relative_percent NUMERIC(9, 2),
    baseline NUMERIC(19, 4),
    baseline_from DATE,
    baseline_to DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX goals_goal_period ON goals_goal (ends_on, starts_on);

CREATE TABLE goals_goal_owner (
    goal_id UUID NOT NULL REFERENCES goals_goal (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    PRIMARY KEY (goal_id, user_id)
);
CREATE INDEX goals_goal_owner_user ON goals_goal_owner (user_id);

-- Every target a goal has had, and why it changed: targets are revised, never rewritten.
CREATE TABLE goals_goal_revision (
    id UUID PRIMARY KEY,
    goal_id UUID NOT NULL REFERENCES goals_goal (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_name VARCHAR(120) NOT NULL,
    target NUMERIC(19, 4) NOT NULL,
    relative_percent NUMERIC(9, 2),
    baseline NUMERIC(19, 4),
    note VARCHAR(1000)
);
CREATE UNIQUE INDEX goals_goal_revision_goal ON goals_goal_revision (goal_id, number);
