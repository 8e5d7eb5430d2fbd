-- Cross-functional training: programmes, their skills and sessions, and who came.
CREATE TABLE training_programme (
    id UUID PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    taught_by VARCHAR(20) NOT NULL,
    skills VARCHAR(2000) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE training_session (
    id UUID PRIMARY KEY,
    programme_id UUID NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    title VARCHAR(200) NOT NULL,
    format VARCHAR(20) NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes INTEGER NOT NULL,
    trainer_id UUID NOT NULL,
    trainer_name VARCHAR(200) NOT NULL,
    materials VARCHAR(4000),
    capacity INTEGER NOT NULL
);
CREATE INDEX training_session_programme ON training_session (programme_id, starts_at);

CREATE TABLE training_enrolment (
    session_id UUID NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    attendance VARCHAR(10) NOT NULL,
    rating INTEGER,
    comment VARCHAR(2000),
    rated_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX training_enrolment_user ON training_enrolment (user_id);
