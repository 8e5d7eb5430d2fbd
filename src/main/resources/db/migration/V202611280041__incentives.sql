-- Shared incentive programmes: the formula, the participants and the statements computed.
CREATE TABLE incentives_programme (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    currency VARCHAR(3) NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE incentives_component (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES incentives_programme (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name VARCHAR(120) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    weight NUMERIC(7, 4) NOT NULL,
    goal_id UUID,
    threshold NUMERIC(9, 6) NOT NULL,
    cap NUMERIC(9, 6) NOT NULL,
    accelerator NUMERIC(9, 6) NOT NULL
);
CREATE INDEX incentives_component_programme ON incentives_component (programme_id, position);

CREATE TABLE incentives_participant (
    programme_id UUID NOT NULL REFERENCES incentives_programme (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    base NUMERIC(19, 4) NOT NULL,
    goal_id UUID,
    PRIMARY KEY (programme_id, user_id)
);

-- A calculation: a preview while the programme runs, or the final one when it closes.
CREATE TABLE incentives_run (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES incentives_programme (id) ON DELETE CASCADE,
    kind VARCHAR(10) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    by_name VARCHAR(200) NOT NULL
);
CREATE INDEX incentives_run_programme ON incentives_run (programme_id, at);

-- Each person's statement in a run, with every input behind it (the lines, as JSON).
CREATE TABLE incentives_statement (
    run_id UUID NOT NULL REFERENCES incentives_run (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    base NUMERIC(19, 4) NOT NULL,
    total NUMERIC(19, 4) NOT NULL,
    lines VARCHAR(20000) NOT NULL,
    PRIMARY KEY (run_id, user_id)
);
