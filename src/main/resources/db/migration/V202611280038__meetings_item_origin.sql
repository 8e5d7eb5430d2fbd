-- Action items agreed outside a meeting: on a diagnostics round's divergence, a joint
-- project's retrospective, a conflict's plan. They have an origin instead of a meeting.
ALTER TABLE meetings_action_item ALTER COLUMN series_id DROP NOT NULL;
ALTER TABLE meetings_action_item ALTER COLUMN meeting_id DROP NOT NULL;
ALTER TABLE meetings_action_item ADD COLUMN origin_kind VARCHAR(20);
ALTER TABLE meetings_action_item ADD COLUMN origin_id UUID;
ALTER TABLE meetings_action_item ADD COLUMN origin_title VARCHAR(300);
ALTER TABLE meetings_action_item ADD COLUMN origin_link VARCHAR(300);
CREATE INDEX meetings_action_item_origin ON meetings_action_item (origin_kind, origin_id);
