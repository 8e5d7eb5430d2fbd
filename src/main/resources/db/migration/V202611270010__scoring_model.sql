-- Learned scoring models: trained on sales' verdicts, kept with how well they did on held-out leads.
CREATE TABLE scoring_model (
    id UUID PRIMARY KEY,
    trained_at TIMESTAMP WITH TIME ZONE NOT NULL,
    examples INTEGER NOT NULL,
    positives INTEGER NOT NULL,
    held_out INTEGER NOT NULL,
    auc DOUBLE PRECISION NOT NULL,
    rule_auc DOUBLE PRECISION NOT NULL,
    model TEXT NOT NULL
);
CREATE INDEX scoring_model_trained ON scoring_model (trained_at);
