SELECT 1;
/* outer /* inner */ the outer comment is never closed;
SELECT 2;
