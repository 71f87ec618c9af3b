CREATE TABLE IF NOT EXISTS packages_build_infos (
    id bigserial PRIMARY KEY,
    package_id bigint NOT NULL,
    pipeline_id bigint,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    updated_at timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT fk_rails_17a9a0dffc FOREIGN KEY (package_id)
        REFERENCES packages_packages (id) ON DELETE CASCADE
);

-- New, empty table: a plain CREATE INDEX is fine here.
CREATE INDEX index_packages_build_infos_on_package_id ON packages_build_infos USING btree (package_id);
CREATE INDEX index_packages_build_infos_on_pipeline_id ON packages_build_infos USING btree (pipeline_id);

COMMENT ON TABLE packages_build_infos IS 'Links a package version to the CI pipeline that built it';
