-- This file holds no statement at all: only comments and whitespace.

/* A block comment;
   with /* a nested one */ inside. */

-- SELECT 1;   (commented out)
