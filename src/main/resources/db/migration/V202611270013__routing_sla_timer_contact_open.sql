-- closing a lead's open timers is done for every stage change; lead with the contact so
-- that it never scans all open timers
CREATE INDEX routing_sla_timer_contact_open ON routing_sla_timer (contact_id, closed_at);
DROP INDEX routing_sla_timer_contact;
