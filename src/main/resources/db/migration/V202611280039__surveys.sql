-- Divergence diagnostics: questionnaires, the rounds sent with them, and the answers.
CREATE TABLE surveys_questionnaire (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A question's text and options are words, or message names after '#'.
CREATE TABLE surveys_question (
    id UUID PRIMARY KEY,
    questionnaire_id UUID NOT NULL REFERENCES surveys_questionnaire (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    dimension VARCHAR(20) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    text VARCHAR(500) NOT NULL,
    options VARCHAR(4000) NOT NULL
);
CREATE INDEX surveys_question_questionnaire ON surveys_question (questionnaire_id, position);

CREATE TABLE surveys_round (
    id UUID PRIMARY KEY,
    questionnaire_id UUID NOT NULL REFERENCES surveys_questionnaire (id),
    title VARCHAR(200) NOT NULL,
    anonymous BOOLEAN NOT NULL,
    opens_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    reminded_at TIMESTAMP WITH TIME ZONE
);

-- Who was asked, and whether they answered: never which answers are theirs, nor when,
-- so that an anonymous answer cannot be matched to its author.
CREATE TABLE surveys_invitation (
    round_id UUID NOT NULL REFERENCES surveys_round (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    department VARCHAR(20) NOT NULL,
    answered BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (round_id, user_id)
);

-- A person's answers; who and when only in a named round.
CREATE TABLE surveys_response (
    id UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES surveys_round (id) ON DELETE CASCADE,
    department VARCHAR(20) NOT NULL,
    respondent_id UUID,
    submitted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX surveys_response_round ON surveys_response (round_id);

CREATE TABLE surveys_answer (
    response_id UUID NOT NULL REFERENCES surveys_response (id) ON DELETE CASCADE,
    question_id UUID NOT NULL,
    number_value INTEGER,
    choices VARCHAR(200),
    text_value VARCHAR(2000),
    PRIMARY KEY (response_id, question_id)
);

-- The heads' scores of a divergence point: impact, frequency and risk, 1 to 5 each.
CREATE TABLE surveys_point (
    round_id UUID NOT NULL REFERENCES surveys_round (id) ON DELETE CASCADE,
    question_id UUID NOT NULL,
    impact INTEGER NOT NULL,
    frequency INTEGER NOT NULL,
    risk INTEGER NOT NULL,
    scored_by_name VARCHAR(200) NOT NULL,
    scored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, question_id)
);

-- The action items given on a divergence point, and the kind of remedy each is.
CREATE TABLE surveys_point_item (
    item_id UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES surveys_round (id) ON DELETE CASCADE,
    question_id UUID NOT NULL,
    direction VARCHAR(30) NOT NULL
);
CREATE INDEX surveys_point_item_round ON surveys_point_item (round_id);
