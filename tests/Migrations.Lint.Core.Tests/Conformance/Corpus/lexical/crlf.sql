-- CRLF line endings throughout, committed byte-exact.
CREATE TABLE crlf_t (
  id int NOT NULL, -- comment ends at CR LF
  note text DEFAULT 'two
lines'
);

/* block
   comment */
SELECT $$ dollar
body; $$;
CREATE INDEX crlf_idx ON crlf_t (id)

;
