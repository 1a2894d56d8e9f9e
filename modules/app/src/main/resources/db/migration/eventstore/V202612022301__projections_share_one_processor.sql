-- Every projection now runs in one processor, 'projections', which reads each event once (issue 14, ADR 0015). The
-- tokens of the six processors it replaces go; without a token the new processor starts from the first event on the
-- next start. The reporting read models were emptied by V202612022300 (reporting_as_of) so that they record every
-- fact with its instant; the others are written idempotently (ADR 0012), so the replay leaves them as they are.
DELETE FROM token_entry WHERE processor_name IN ('programme', 'activities', 'buddies', 'collaboration', 'outreach', 'reporting');
