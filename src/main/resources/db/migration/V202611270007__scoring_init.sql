-- Scoring rules are data, edited in the UI: a field test or a behaviour, and its points.
CREATE TABLE scoring_rule (
    id UUID PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    label VARCHAR(150) NOT NULL,
    attribute VARCHAR(30),
    operator VARCHAR(30),
    match_value VARCHAR(500),
    event_type VARCHAR(30),
    points INTEGER NOT NULL,
    half_life_days INTEGER,
    cap INTEGER,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE scoring_settings (
    id INTEGER PRIMARY KEY,
    mql_threshold INTEGER NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO scoring_settings (id, mql_threshold) VALUES (1, 50);

-- Scoring's own copy of the behaviour that counts (fed by intake's events).
CREATE TABLE scoring_event (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    type VARCHAR(30) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scoring_event_contact ON scoring_event (contact_id, at);

CREATE TABLE scoring_score (
    contact_id UUID PRIMARY KEY,
    points INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    qualified_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX scoring_score_points ON scoring_score (points);

INSERT INTO scoring_rule (id, kind, label, attribute, operator, match_value, event_type, points, half_life_days, cap, position) VALUES
 ('00000000-0000-0000-0005-000000000001', 'FIT', 'Decision-making title', 'TITLE', 'CONTAINS', 'chief, head, director, cfo, ceo, cmo, vp, founder, owner', NULL, 20, NULL, NULL, 1),
 ('00000000-0000-0000-0005-000000000002', 'FIT', 'Target industry', 'INDUSTRY', 'ONE_OF', 'finance, insurance, technology, manufacturing', NULL, 10, NULL, NULL, 2),
 ('00000000-0000-0000-0005-000000000003', 'FIT', 'Company of 250 people or more', 'SIZE_BAND', 'ONE_OF', 'LARGE, ENTERPRISE', NULL, 15, NULL, NULL, 3),
 ('00000000-0000-0000-0005-000000000004', 'FIT', 'Served region', 'REGION', 'ONE_OF', 'russia, cis, emea', NULL, 5, NULL, NULL, 4),
 ('00000000-0000-0000-0005-000000000011', 'ENGAGEMENT', 'Visited the pricing page', NULL, NULL, NULL, 'PRICING_VIEW', 10, 14, 30, 11),
 ('00000000-0000-0000-0005-000000000012', 'ENGAGEMENT', 'Registered for a webinar', NULL, NULL, NULL, 'WEBINAR_REGISTERED', 10, 30, 20, 12),
 ('00000000-0000-0000-0005-000000000013', 'ENGAGEMENT', 'Attended a webinar', NULL, NULL, NULL, 'WEBINAR_ATTENDED', 20, 30, 40, 13),
 ('00000000-0000-0000-0005-000000000014', 'ENGAGEMENT', 'Downloaded content', NULL, NULL, NULL, 'CONTENT_DOWNLOAD', 5, 30, 15, 14),
 ('00000000-0000-0000-0005-000000000015', 'ENGAGEMENT', 'Clicked an email', NULL, NULL, NULL, 'EMAIL_CLICK', 3, 14, 9, 15),
 ('00000000-0000-0000-0005-000000000016', 'ENGAGEMENT', 'Viewed a page', NULL, NULL, NULL, 'PAGE_VIEW', 1, 7, 10, 16),
 ('00000000-0000-0000-0005-000000000021', 'NEGATIVE', 'Free-mail address', 'EMAIL_DOMAIN', 'FREE_MAIL', NULL, NULL, -15, NULL, NULL, 21),
 ('00000000-0000-0000-0005-000000000022', 'NEGATIVE', 'Competitor domain', 'EMAIL_DOMAIN', 'ONE_OF', 'competitor.example', NULL, -100, NULL, NULL, 22),
 ('00000000-0000-0000-0005-000000000023', 'NEGATIVE', 'Unsubscribed', NULL, NULL, NULL, 'UNSUBSCRIBE', -30, NULL, -30, 23),
 ('00000000-0000-0000-0005-000000000024', 'NEGATIVE', 'Asked not to be contacted', 'CONTACT_PREFERENCE', 'DO_NOT_CONTACT', NULL, NULL, -100, NULL, NULL, 24);
