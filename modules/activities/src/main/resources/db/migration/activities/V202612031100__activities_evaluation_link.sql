-- The activity's public evaluation link (issue 16): the random token of /e/{token}; a new link replaces the old one.
ALTER TABLE activities_activity ADD COLUMN evaluation_token VARCHAR(64);
CREATE UNIQUE INDEX activities_activity_evaluation_token ON activities_activity (evaluation_token);
