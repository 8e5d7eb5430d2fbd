-- intake matches companies by name without regard to case, for every lead: by an index,
-- not by lower-casing every account's name
ALTER TABLE crm_account ADD COLUMN name_key VARCHAR(200);
UPDATE crm_account SET name_key = LOWER(TRIM(name));
ALTER TABLE crm_account ALTER COLUMN name_key SET NOT NULL;
CREATE INDEX crm_account_name_key ON crm_account (name_key);
