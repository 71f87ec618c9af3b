-- Shell type first, then I/O functions, then the full definition.
CREATE TYPE semver;

CREATE FUNCTION semver_in(cstring) RETURNS semver
    AS 'semver', 'semver_in' LANGUAGE C IMMUTABLE STRICT;
CREATE FUNCTION semver_out(semver) RETURNS cstring
    AS 'semver', 'semver_out' LANGUAGE C IMMUTABLE STRICT;

CREATE TYPE semver (
    INPUT = semver_in,
    OUTPUT = semver_out,
    INTERNALLENGTH = VARIABLE,
    STORAGE = extended,
    CATEGORY = 'U',
    COLLATABLE = false
);

CREATE TYPE release_window AS RANGE (subtype = timestamptz, multirange_type_name = release_windows);

CREATE TYPE deployment_state AS ENUM ('pending', 'running', 'succeeded', 'failed');
ALTER TYPE deployment_state RENAME VALUE 'succeeded' TO 'success';
ALTER TYPE deployment_state OWNER TO deployer;
