-- Saved report definitions: a dashboard and its filters, under a name, opened by link.
CREATE TABLE analytics_report (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    view_name VARCHAR(20) NOT NULL,
    query VARCHAR(2000) NOT NULL,
    owner_id UUID NOT NULL,
    owner_name VARCHAR(120) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_report_view ON analytics_report (view_name, name);
