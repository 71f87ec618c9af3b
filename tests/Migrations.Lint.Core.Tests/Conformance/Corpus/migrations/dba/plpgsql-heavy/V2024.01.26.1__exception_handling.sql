CREATE OR REPLACE FUNCTION billing.charge_invoice(p_invoice_id bigint)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    v_invoice billing.invoices%ROWTYPE;
    v_msg     text;
    v_detail  text;
    v_state   text;
BEGIN
    SELECT * INTO STRICT v_invoice
      FROM billing.invoices
     WHERE id = p_invoice_id
       FOR UPDATE NOWAIT;

    IF v_invoice.status <> 'open' THEN
        RAISE EXCEPTION 'invoice % is %, expected open', p_invoice_id, v_invoice.status
            USING ERRCODE = 'P0001', HINT = 'Only open invoices can be charged.';
    END IF;

    BEGIN
        INSERT INTO billing.charges (invoice_id, amount_cents, charged_at)
        VALUES (v_invoice.id, v_invoice.amount_cents, clock_timestamp());
    EXCEPTION
        WHEN unique_violation THEN
            RAISE NOTICE 'invoice % already charged, skipping', p_invoice_id;
            RETURN 'duplicate';
    END;

    UPDATE billing.invoices SET status = 'paid', paid_at = now() WHERE id = v_invoice.id;
    RETURN 'ok';
EXCEPTION
    WHEN no_data_found THEN
        RAISE WARNING 'invoice % not found', p_invoice_id;
        RETURN 'missing';
    WHEN lock_not_available THEN
        RETURN 'busy';
    WHEN SQLSTATE '23503' OR foreign_key_violation THEN
        RETURN 'fk';
    WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_msg = MESSAGE_TEXT,
                                v_detail = PG_EXCEPTION_DETAIL,
                                v_state = RETURNED_SQLSTATE;
        INSERT INTO billing.errors (invoice_id, sqlstate, message, detail)
        VALUES (p_invoice_id, v_state, v_msg, v_detail);
        RAISE;
END;
$$;
