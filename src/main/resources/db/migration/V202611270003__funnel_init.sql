CREATE TABLE funnel_lifecycle (
    contact_id UUID PRIMARY KEY,
    stage VARCHAR(20) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX funnel_lifecycle_stage ON funnel_lifecycle (stage);

CREATE TABLE funnel_transition (
    id UUID PRIMARY KEY,
    contact_id UUID NOT NULL,
    from_stage VARCHAR(20),
    to_stage VARCHAR(20) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind VARCHAR(10) NOT NULL,
    actor_id UUID,
    actor_name VARCHAR(120) NOT NULL,
    reason_code VARCHAR(60),
    note VARCHAR(1000)
);
CREATE INDEX funnel_transition_contact ON funnel_transition (contact_id, at);
CREATE INDEX funnel_transition_to ON funnel_transition (to_stage, at);

CREATE TABLE funnel_reason (
    id UUID PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    code VARCHAR(60) NOT NULL,
    label_en VARCHAR(150) NOT NULL,
    label_ru VARCHAR(150) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    position INTEGER NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 0,
    UNIQUE (kind, code)
);

INSERT INTO funnel_reason (id, kind, code, label_en, label_ru, position) VALUES
 ('00000000-0000-0000-0001-000000000001', 'REJECTION', 'NO_BUDGET', 'No budget', 'Нет бюджета', 1),
 ('00000000-0000-0000-0001-000000000002', 'REJECTION', 'NOT_DECISION_MAKER', 'Not a decision maker', 'Не принимает решений', 2),
 ('00000000-0000-0000-0001-000000000003', 'REJECTION', 'BAD_TIMING', 'Bad timing', 'Неподходящее время', 3),
 ('00000000-0000-0000-0001-000000000004', 'REJECTION', 'WRONG_FIT', 'Not our target segment', 'Не наш целевой сегмент', 4),
 ('00000000-0000-0000-0001-000000000005', 'REJECTION', 'UNREACHABLE', 'Could not reach', 'Не удалось связаться', 5),
 ('00000000-0000-0000-0002-000000000001', 'DISQUALIFICATION', 'SPAM', 'Spam or fake data', 'Спам или фиктивные данные', 1),
 ('00000000-0000-0000-0002-000000000002', 'DISQUALIFICATION', 'COMPETITOR', 'Competitor', 'Конкурент', 2),
 ('00000000-0000-0000-0002-000000000003', 'DISQUALIFICATION', 'STUDENT', 'Student or job seeker', 'Студент или соискатель', 3),
 ('00000000-0000-0000-0003-000000000001', 'LOSS', 'PRICE', 'Price', 'Цена', 1),
 ('00000000-0000-0000-0003-000000000002', 'LOSS', 'COMPETITOR_WON', 'Chose a competitor', 'Выбрали конкурента', 2),
 ('00000000-0000-0000-0003-000000000003', 'LOSS', 'NO_DECISION', 'No decision', 'Решение не принято', 3);
