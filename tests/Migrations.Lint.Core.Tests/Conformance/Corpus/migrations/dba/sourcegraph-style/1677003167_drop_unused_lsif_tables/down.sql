-- Irreversible: the dropped tables held derived data that is regenerated on re-index.
SELECT 1;
