-- Joint projects: goal, members, success criteria, stages and tasks, reports, retrospective.
CREATE TABLE projects_project (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    goal VARCHAR(2000) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    owner_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE projects_member (
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE TABLE projects_criterion (
    id UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    description VARCHAR(500) NOT NULL,
    kpi VARCHAR(30),
    target NUMERIC(19, 4)
);

CREATE TABLE projects_stage (
    id UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name VARCHAR(120) NOT NULL
);

CREATE TABLE projects_task (
    id UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    stage_id UUID NOT NULL REFERENCES projects_stage (id) ON DELETE CASCADE,
    title VARCHAR(300) NOT NULL,
    owner_id UUID NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX projects_task_project ON projects_task (project_id, due_on);

CREATE TABLE projects_report (
    id UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    health VARCHAR(10) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE projects_retro (
    id UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
    kind VARCHAR(12) NOT NULL,
    text VARCHAR(1000) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    action_item_id UUID
);
