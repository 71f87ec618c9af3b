BEGIN;

CREATE TABLE oms.order_lines (
    order_id    bigint  NOT NULL,
    line_no     smallint NOT NULL,
    sku         text    NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id)
        REFERENCES oms.orders (order_id)
        ON UPDATE CASCADE ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);

-- Renumbering lines swaps primary keys; the deferrable PK makes that work
-- inside one transaction.
SET CONSTRAINTS oms.order_lines_pkey DEFERRED;
UPDATE oms.order_lines SET line_no = line_no + 1 WHERE order_id = 1;
SET CONSTRAINTS ALL IMMEDIATE;

ALTER TABLE oms.orders
    ALTER CONSTRAINT orders_customer_id_fkey DEFERRABLE INITIALLY DEFERRED;

COMMIT;
