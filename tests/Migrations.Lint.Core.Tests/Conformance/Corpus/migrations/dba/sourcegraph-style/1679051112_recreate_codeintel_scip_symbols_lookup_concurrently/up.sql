-- Replace an index in place without blocking writes: build the new one, drop
-- the old one, rename. Every statement here runs outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS codeintel_scip_symbols_lookup_reversed_descriptor_suffix_name_new
    ON codeintel_scip_symbols_lookup (upload_id, (reverse(name)) text_pattern_ops)
    WHERE segment_type = 'DESCRIPTOR_SUFFIX';

DROP INDEX CONCURRENTLY IF EXISTS codeintel_scip_symbols_lookup_reversed_descriptor_suffix_name;

ALTER INDEX IF EXISTS codeintel_scip_symbols_lookup_reversed_descriptor_suffix_name_new
    RENAME TO codeintel_scip_symbols_lookup_reversed_descriptor_suffix_name;
