/*
 * Loyalty programme (ticket SHOP-412).
 * /* Old approach, kept for reference:
 *    ALTER TABLE customer ADD COLUMN points integer NOT NULL DEFAULT 0;
 * */
 * Points live in their own ledger table instead.
 */
SET lock_timeout = '3s';

CREATE TABLE loyalty_ledger (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    delta       integer NOT NULL CHECK (delta <> 0),
    reason      varchar(64) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_loyalty_ledger_customer ON loyalty_ledger (customer_id, created_at);

ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_strict
    FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer_strict;
