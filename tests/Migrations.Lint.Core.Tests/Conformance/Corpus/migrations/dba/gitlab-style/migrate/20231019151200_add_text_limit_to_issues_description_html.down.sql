ALTER TABLE issues DROP CONSTRAINT IF EXISTS check_issues_description_html_length;
