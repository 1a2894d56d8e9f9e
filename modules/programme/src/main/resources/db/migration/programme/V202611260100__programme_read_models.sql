-- Read models of the programme context (owned by dk.samvaer.programme.query).
CREATE TABLE programme_centre (
    centre_id         UUID         NOT NULL PRIMARY KEY,
    municipality_code VARCHAR(3)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_programme_centre_municipality ON programme_centre (municipality_code);

CREATE TABLE programme_project_year (
    project_year INTEGER NOT NULL PRIMARY KEY,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE programme_enrolment (
    project_year      INTEGER     NOT NULL,
    municipality_code VARCHAR(3)  NOT NULL,
    arm               VARCHAR(16) NOT NULL,
    PRIMARY KEY (project_year, municipality_code)
);
