-- Won and open deal totals are read from the index alone: it holds what they add up.
DROP INDEX goals_deal_closed;
CREATE INDEX goals_deal_totals ON goals_deal (outcome, closed_at, currency, amount, probability);
