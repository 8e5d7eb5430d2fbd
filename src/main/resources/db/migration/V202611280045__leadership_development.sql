-- Individual development plans: a person's goals for growing in the joint work, and the
-- check-ins on them.
CREATE TABLE leadership_plan (
    id UUID PRIMARY KEY,
    person_id UUID NOT NULL UNIQUE,
    focus VARCHAR(300) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE leadership_plan_goal (
    id UUID PRIMARY KEY,
    plan_id UUID NOT NULL REFERENCES leadership_plan (id) ON DELETE CASCADE,
    text VARCHAR(500) NOT NULL,
    due_on DATE NOT NULL,
    done_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE leadership_checkin (
    id UUID PRIMARY KEY,
    plan_id UUID NOT NULL REFERENCES leadership_plan (id) ON DELETE CASCADE,
    author_name VARCHAR(200) NOT NULL,
    note VARCHAR(2000) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
