-- Comments on the record itself (a lead, a deal, a campaign, a meeting), where marketers
-- and reps talk; an @mention tells the person named.
CREATE TABLE notifications_comment (
    id UUID PRIMARY KEY,
    subject_kind VARCHAR(10) NOT NULL,
    subject_id UUID NOT NULL,
    author_id UUID NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_comment_subject ON notifications_comment (subject_kind, subject_id, at);
