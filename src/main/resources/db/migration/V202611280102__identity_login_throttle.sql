-- Failed logins per user name and per address, shared by every instance: after too many
-- in a short while, further attempts are refused for a time.
CREATE TABLE identity_login_throttle (
	subject VARCHAR(300) PRIMARY KEY,
	failures INT NOT NULL,
	first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
	blocked_until TIMESTAMP WITH TIME ZONE
);
