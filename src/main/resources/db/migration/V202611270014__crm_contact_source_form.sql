-- the web form or ad platform's lead form a person first came through, for the lead-quality
-- report by form
ALTER TABLE crm_contact ADD COLUMN source_form VARCHAR(200);
