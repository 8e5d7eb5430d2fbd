-- Assignment rules, evaluated in order after the account owner: which leads (one field's
-- values, or any) go to which reps (a team, or all; optionally only those whose
-- specialisation matches the lead).
CREATE TABLE routing_rule (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    position INTEGER NOT NULL,
    attribute VARCHAR(30) NOT NULL,
    match_values VARCHAR(500),
    team_id UUID,
    match_specialisation BOOLEAN NOT NULL DEFAULT TRUE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO routing_rule (id, name, position, attribute, match_values, team_id, match_specialisation) VALUES
 ('00000000-0000-0000-0006-000000000001', 'Specialist for the lead''s industry, region and language', 1, 'ANY', NULL, NULL, TRUE),
 ('00000000-0000-0000-0006-000000000002', 'Any rep with room', 2, 'ANY', NULL, NULL, FALSE);

-- Every assignment and why: the rule, the candidates weighed, the winner.
CREATE TABLE routing_assignment (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    rep_id UUID,
    previous_rep_id UUID,
    rule_name VARCHAR(150) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    candidates TEXT NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX routing_assignment_contact ON routing_assignment (contact_id, at);
CREATE INDEX routing_assignment_rep ON routing_assignment (rep_id, at);

-- Hand-off deadlines per stage and segment, in working minutes of the rep.
CREATE TABLE routing_sla_policy (
    id UUID PRIMARY KEY,
    stage VARCHAR(20) NOT NULL,
    segment VARCHAR(20) NOT NULL,
    respond_minutes INTEGER NOT NULL,
    warn_minutes INTEGER NOT NULL,
    reassign_minutes INTEGER NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    UNIQUE (stage, segment)
);
INSERT INTO routing_sla_policy (id, stage, segment, respond_minutes, warn_minutes, reassign_minutes) VALUES
 ('00000000-0000-0000-0007-000000000001', 'MQL', 'ANY', 60, 15, 120),
 ('00000000-0000-0000-0007-000000000002', 'MQL', 'ENTERPRISE', 30, 10, 60),
 ('00000000-0000-0000-0007-000000000003', 'SQL', 'ANY', 15, 5, 60);

-- Running and finished deadlines; they live in the database, so they survive restarts.
CREATE TABLE routing_sla_timer (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    rep_id UUID NOT NULL,
    stage VARCHAR(20) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    warn_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reassign_at TIMESTAMP WITH TIME ZONE NOT NULL,
    warned_at TIMESTAMP WITH TIME ZONE,
    breached_at TIMESTAMP WITH TIME ZONE,
    closed_at TIMESTAMP WITH TIME ZONE,
    outcome VARCHAR(20)
);
CREATE INDEX routing_sla_timer_open ON routing_sla_timer (closed_at, due_at);
CREATE INDEX routing_sla_timer_contact ON routing_sla_timer (contact_id);
CREATE INDEX routing_sla_timer_rep ON routing_sla_timer (rep_id, closed_at);

-- In-app notices for reps and heads: assignments, warnings, breaches, escalations.
CREATE TABLE routing_notice (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL,
    contact_id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    detail VARCHAR(500),
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX routing_notice_user ON routing_notice (user_id, read_at, at);
