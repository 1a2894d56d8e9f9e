-- The reporting read models were emptied by V202612022300 (reporting_as_of): without its tokens the reporting processor
-- starts from the first event on the next start and records every fact with its instant (issue 14, ADR 0015).
DELETE FROM token_entry WHERE processor_name = 'reporting';
