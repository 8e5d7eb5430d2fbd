-- Meetings a rep booked with a lead: the lead and the rep are reminded the day before.
CREATE TABLE notifications_lead_reminder (
    activity_id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    rep_id UUID NOT NULL,
    meeting_at TIMESTAMP WITH TIME ZONE NOT NULL,
    remind_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notifications_lead_reminder_due ON notifications_lead_reminder (sent_at, remind_at);
