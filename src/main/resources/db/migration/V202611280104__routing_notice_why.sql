-- The reason a hand-off notice gives, as a message code and its arguments (JSON), so that
-- the inbox words it in the reader's language.
ALTER TABLE routing_notice ADD COLUMN why VARCHAR(1000);
