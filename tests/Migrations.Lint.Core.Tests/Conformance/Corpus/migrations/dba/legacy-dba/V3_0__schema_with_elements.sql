-- CREATE SCHEMA with embedded elements: the sub-statements are NOT separated
-- by semicolons; the whole thing is one statement.
CREATE SCHEMA hr AUTHORIZATION hr_owner
    CREATE TABLE departments (
        dept_id   integer PRIMARY KEY,
        dept_name text NOT NULL
    )
    CREATE TABLE employees (
        emp_id    integer PRIMARY KEY,
        dept_id   integer REFERENCES departments,
        full_name text NOT NULL,
        salary    numeric(10, 2)
    )
    CREATE VIEW department_payroll AS
        SELECT d.dept_name, sum(e.salary) AS payroll
          FROM departments d JOIN employees e USING (dept_id)
         GROUP BY d.dept_name
    CREATE INDEX employees_dept_idx ON employees (dept_id)
    GRANT SELECT ON department_payroll TO oms_readonly;

CREATE SCHEMA AUTHORIZATION reporting_user;
