-- Forecasts count the open deals expected to close by a period's end. The kept copy of
-- the deals learns their expected close date; forgetting the time zone it was built for
-- makes the next update build it again, with the new column filled.
ALTER TABLE goals_deal ADD COLUMN expected_close DATE;
UPDATE goals_feed SET time_zone = NULL;
