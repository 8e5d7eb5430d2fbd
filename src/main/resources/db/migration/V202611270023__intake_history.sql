-- A CSV import brings in either new leads or the funnel history of another system; a
-- history file's dates are read with the format detected or chosen when it is mapped.
ALTER TABLE intake_import ADD COLUMN kind VARCHAR(10) DEFAULT 'LEADS' NOT NULL;
ALTER TABLE intake_import ADD COLUMN date_format VARCHAR(40);

-- Deals brought in with a history file, by the other system's id, so that a later file
-- updates them instead of adding them again.
CREATE TABLE intake_history_deal (
    external_id VARCHAR(200) PRIMARY KEY,
    deal_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
