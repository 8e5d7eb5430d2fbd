-- What Tandem wrote on its own on a timeline (a form submitted, a page visited), as a
-- message code and its arguments (JSON), so that each language shows it in its own words;
-- the English words stay in subject.
ALTER TABLE crm_activity ADD COLUMN subject_phrase VARCHAR(1000);
