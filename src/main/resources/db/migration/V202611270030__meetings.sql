-- Meeting series of both departments: weekly status, monthly and quarterly strategy, ad hoc.
CREATE TABLE meetings_series (
    id UUID PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    title VARCHAR(150) NOT NULL,
    time_zone VARCHAR(60) NOT NULL,
    weekday SMALLINT NOT NULL,
    start_time TIME NOT NULL,
    duration_minutes INTEGER NOT NULL,
    prepare_days INTEGER NOT NULL,
    first_on DATE NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE meetings_participant (
    series_id UUID NOT NULL REFERENCES meetings_series (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    PRIMARY KEY (series_id, user_id)
);
CREATE INDEX meetings_participant_user ON meetings_participant (user_id);

-- The agenda's sections in order; a title of its own replaces the section's usual name.
CREATE TABLE meetings_section (
    series_id UUID NOT NULL REFERENCES meetings_series (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section VARCHAR(30) NOT NULL,
    title VARCHAR(150),
    PRIMARY KEY (series_id, position)
);

-- One occurrence of a series.
CREATE TABLE meetings_meeting (
    id UUID PRIMARY KEY,
    series_id UUID NOT NULL REFERENCES meetings_series (id) ON DELETE CASCADE,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(12) NOT NULL,
    minutes VARCHAR(20000),
    prepared_at TIMESTAMP WITH TIME ZONE,
    held_at TIMESTAMP WITH TIME ZONE,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT meetings_meeting_once UNIQUE (series_id, starts_at)
);
CREATE INDEX meetings_meeting_starts ON meetings_meeting (starts_at);

-- The agenda: lines filled from the numbers (a message and its arguments, rendered in the
-- reader's language) and topics participants add themselves.
CREATE TABLE meetings_agenda_line (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meetings_meeting (id) ON DELETE CASCADE,
    section VARCHAR(30) NOT NULL,
    position INTEGER NOT NULL,
    source VARCHAR(20) NOT NULL,
    message VARCHAR(100) NOT NULL,
    args VARCHAR(4000) NOT NULL,
    link VARCHAR(300),
    added_by_name VARCHAR(200)
);
CREATE INDEX meetings_agenda_line_meeting ON meetings_agenda_line (meeting_id, section, position);

CREATE TABLE meetings_decision (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meetings_meeting (id) ON DELETE CASCADE,
    text VARCHAR(1000) NOT NULL,
    recorded_by_name VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meetings_decision_meeting ON meetings_decision (meeting_id, recorded_at);

-- Action items belong to the series: an open one carries over to every next meeting.
CREATE TABLE meetings_action_item (
    id UUID PRIMARY KEY,
    series_id UUID NOT NULL REFERENCES meetings_series (id) ON DELETE CASCADE,
    meeting_id UUID NOT NULL REFERENCES meetings_meeting (id) ON DELETE CASCADE,
    title VARCHAR(300) NOT NULL,
    owner_id UUID NOT NULL,
    owner_name VARCHAR(200) NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE,
    version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX meetings_action_item_series ON meetings_action_item (series_id, status, due_on);
CREATE INDEX meetings_action_item_owner ON meetings_action_item (owner_id, status, due_on);

-- A person's calendar feed, reached by a secret link; only its hash is kept.
CREATE TABLE meetings_feed (
    user_id UUID PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
