-- Times are stored in UTC and shown in each person's own zone.
ALTER TABLE identity_user ADD COLUMN time_zone VARCHAR(60) NOT NULL DEFAULT 'UTC';
