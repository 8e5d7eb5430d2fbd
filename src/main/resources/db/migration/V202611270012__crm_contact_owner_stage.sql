-- routing counts each rep's open leads for every batch it routes
CREATE INDEX crm_contact_owner_stage ON crm_contact (owner_id, lifecycle_stage);
DROP INDEX crm_contact_owner;
