-- Every installation starts with one deal pipeline; admins edit it or add more.
INSERT INTO crm_pipeline (id, name, product_line, position) VALUES
 ('00000000-0000-0000-0000-00000000a001', 'Sales', NULL, 0);
INSERT INTO crm_pipeline_stage (id, pipeline_id, name, position, probability, outcome) VALUES
 ('00000000-0000-0000-0000-00000000b001', '00000000-0000-0000-0000-00000000a001', 'Discovery', 0, 10, 'OPEN'),
 ('00000000-0000-0000-0000-00000000b002', '00000000-0000-0000-0000-00000000a001', 'Proposal', 1, 40, 'OPEN'),
 ('00000000-0000-0000-0000-00000000b003', '00000000-0000-0000-0000-00000000a001', 'Negotiation', 2, 70, 'OPEN'),
 ('00000000-0000-0000-0000-00000000b004', '00000000-0000-0000-0000-00000000a001', 'Won', 3, 100, 'WON'),
 ('00000000-0000-0000-0000-00000000b005', '00000000-0000-0000-0000-00000000a001', 'Lost', 4, 0, 'LOST');
