ALTER TABLE deployments ALTER COLUMN sha TYPE varchar(40);
ALTER TABLE deployments DROP COLUMN deployment_status;
