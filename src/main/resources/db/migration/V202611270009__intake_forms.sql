-- Web forms marketing defines and embeds: which fields, the consent text, the campaign.
CREATE TABLE intake_form (
    id UUID PRIMARY KEY,
    name VARCHAR(150) NOT NULL,
    slug VARCHAR(80) NOT NULL UNIQUE,
    source_channel VARCHAR(30) NOT NULL,
    campaign VARCHAR(150),
    fields VARCHAR(200) NOT NULL DEFAULT 'company,title',
    consent_text VARCHAR(1000),
    thank_you_text VARCHAR(1000),
    redirect_url VARCHAR(2000),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO intake_form (id, name, slug, source_channel, campaign, fields, consent_text, thank_you_text, created_at) VALUES
 ('00000000-0000-0000-0008-000000000001', 'Webinar registration', 'webinar', 'WEBINAR', 'Webinar: alignment playbook',
  'company,title,phone', 'I agree to receive emails about this webinar and related offers.',
  'Thank you! Your seat is booked; the link will come by email.', CURRENT_TIMESTAMP),
 ('00000000-0000-0000-0008-000000000002', 'Request a demo', 'demo', 'DEMO_REQUEST', NULL,
  'company,title,phone,message', 'I agree to be contacted about a demo.',
  'Thank you! We will call you within one working day.', CURRENT_TIMESTAMP);
