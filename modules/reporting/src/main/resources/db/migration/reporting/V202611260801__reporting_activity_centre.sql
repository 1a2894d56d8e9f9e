-- The centre of each activity, so that outreach can be set beside the evaluations of the centre's activities.
ALTER TABLE reporting_activity ADD COLUMN centre_id UUID;
