CREATE OR REPLACE PROCEDURE audit.audit_table(target_table regclass, audit_rows boolean DEFAULT true, ignored_cols text[] DEFAULT '{}')
LANGUAGE plpgsql
AS $proc$
DECLARE
    stm_targets text = 'INSERT OR UPDATE OR DELETE OR TRUNCATE';
    _q_txt text;
    _ignored_cols_snip text = '';
BEGIN
    EXECUTE format('DROP TRIGGER IF EXISTS audit_trigger_row ON %s', target_table);
    EXECUTE format('DROP TRIGGER IF EXISTS audit_trigger_stm ON %s', target_table);

    IF audit_rows THEN
        IF array_length(ignored_cols, 1) > 0 THEN
            _ignored_cols_snip = ', ' || quote_literal(ignored_cols);
        END IF;
        _q_txt = 'CREATE TRIGGER audit_trigger_row AFTER INSERT OR UPDATE OR DELETE ON ' ||
                 target_table ||
                 ' FOR EACH ROW EXECUTE PROCEDURE audit.if_modified_func(''true''' ||
                 _ignored_cols_snip || ');';
        RAISE NOTICE '%', _q_txt;
        EXECUTE _q_txt;
        stm_targets = 'TRUNCATE';
    END IF;

    _q_txt = 'CREATE TRIGGER audit_trigger_stm AFTER ' || stm_targets || ' ON ' ||
             target_table ||
             $$ FOR EACH STATEMENT EXECUTE PROCEDURE audit.if_modified_func('true');$$;
    RAISE NOTICE '%', _q_txt;
    EXECUTE _q_txt;
END;
$proc$;

CALL audit.audit_table('public.accounts');
CALL audit.audit_table('public.invoices', true, ARRAY['updated_at', 'last_seen_at']);
CALL audit.audit_table(target_table => 'public.settings'::regclass, audit_rows => false);
