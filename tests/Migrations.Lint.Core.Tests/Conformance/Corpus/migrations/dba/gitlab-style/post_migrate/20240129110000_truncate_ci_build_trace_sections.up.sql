-- Table has been unused since 15.0; data is not needed.
TRUNCATE TABLE ci_build_trace_sections;
DROP TABLE ci_build_trace_sections;
DROP TABLE IF EXISTS ci_build_trace_section_names CASCADE;
