-- Kept histograms of the times between milestones (lead to won, MQL to SQL, SQL to
-- opportunity, opportunity to won): how many leads took so many whole days, on the day
-- they reached the later milestone. Medians and percentiles of a period are read from
-- them instead of from every lead. The next update builds them, as the kept copy is
-- built again once.
CREATE TABLE goals_span (
    span VARCHAR(30) NOT NULL,
    on_day DATE NOT NULL,
    days INTEGER NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (span, on_day, days)
);
UPDATE goals_feed SET time_zone = NULL;
