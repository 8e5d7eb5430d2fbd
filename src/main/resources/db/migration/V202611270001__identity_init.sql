CREATE TABLE identity_team (
    id UUID PRIMARY KEY,
    name VARCHAR(120) NOT NULL UNIQUE,
    kind VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE identity_user (
    id UUID PRIMARY KEY,
    username VARCHAR(60) NOT NULL UNIQUE,
    display_name VARCHAR(120) NOT NULL,
    email VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    team_id UUID,
    locale VARCHAR(10) NOT NULL DEFAULT 'en',
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE identity_rep_profile (
    user_id UUID PRIMARY KEY,
    product_lines VARCHAR(500) NOT NULL DEFAULT '',
    industries VARCHAR(500) NOT NULL DEFAULT '',
    regions VARCHAR(500) NOT NULL DEFAULT '',
    languages VARCHAR(200) NOT NULL DEFAULT '',
    deal_size_band VARCHAR(20) NOT NULL DEFAULT 'ANY',
    capacity INTEGER NOT NULL DEFAULT 50,
    time_zone VARCHAR(60) NOT NULL DEFAULT 'UTC',
    work_start TIME NOT NULL DEFAULT '09:00:00',
    work_end TIME NOT NULL DEFAULT '18:00:00',
    working_days VARCHAR(60) NOT NULL DEFAULT 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
    out_of_office_from DATE,
    out_of_office_until DATE,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE identity_api_token (
    id UUID PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    token_prefix VARCHAR(12) NOT NULL,
    role VARCHAR(20) NOT NULL,
    owner_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0
);
