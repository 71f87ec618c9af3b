SET statement_timeout = 0;
ALTER TABLE issues VALIDATE CONSTRAINT check_issues_description_html_length;
RESET statement_timeout;
