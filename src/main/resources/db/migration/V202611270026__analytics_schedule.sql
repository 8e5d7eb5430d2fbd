-- Saved reports delivered by email on a schedule, as PDF and/or CSV. The next run is
-- claimed by moving it forward, so that one instance sends each delivery.
CREATE TABLE analytics_schedule (
    id UUID PRIMARY KEY,
    report_id UUID NOT NULL REFERENCES analytics_report (id) ON DELETE CASCADE,
    cadence VARCHAR(10) NOT NULL,
    pdf BOOLEAN NOT NULL,
    csv BOOLEAN NOT NULL,
    recipients VARCHAR(2000) NOT NULL,
    locale VARCHAR(10) NOT NULL,
    owner_id UUID NOT NULL,
    next_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE,
    last_status VARCHAR(10),
    last_error VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_schedule_due ON analytics_schedule (next_run_at);
