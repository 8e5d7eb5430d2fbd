-- Why a lead went where it went, as a message code and its arguments (JSON), so that each
-- language shows it in its own words; the English words stay in reason.
ALTER TABLE routing_assignment ADD COLUMN reason_why VARCHAR(1000);
