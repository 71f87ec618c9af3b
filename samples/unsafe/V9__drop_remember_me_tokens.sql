-- HAZARD: DROP TABLE destroys the table and its data, and any deployed code still using
-- remember_me_tokens fails.
-- HAZARD: this version has no U9__ undo script, although every other version here has one.
DROP TABLE remember_me_tokens;
