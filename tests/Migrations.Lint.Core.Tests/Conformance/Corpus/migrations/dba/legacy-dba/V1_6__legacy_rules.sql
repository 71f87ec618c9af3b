-- Updatable view implemented with rules, from before INSTEAD OF triggers.
CREATE VIEW oms.active_customers AS
    SELECT customer_id, email, display_name
      FROM oms.customers
     WHERE created_at > now() - interval '5 years';

CREATE RULE active_customers_ins AS
    ON INSERT TO oms.active_customers
    DO INSTEAD
    INSERT INTO oms.customers (email, display_name) VALUES (NEW.email, NEW.display_name);

CREATE RULE active_customers_upd AS
    ON UPDATE TO oms.active_customers
    DO INSTEAD (
        UPDATE oms.customers
           SET email = NEW.email,
               display_name = NEW.display_name
         WHERE customer_id = OLD.customer_id;
        INSERT INTO oms.customer_changes (customer_id, changed_at, old_email, new_email)
        VALUES (OLD.customer_id, now(), OLD.email, NEW.email);
    );

CREATE OR REPLACE RULE active_customers_del AS
    ON DELETE TO oms.active_customers
    DO INSTEAD NOTHING;

CREATE RULE orders_log_shipped AS
    ON UPDATE TO oms.orders
    WHERE NEW.status = 'shipped' AND OLD.status <> 'shipped'
    DO ALSO NOTIFY order_shipped;

ALTER RULE active_customers_del ON oms.active_customers RENAME TO active_customers_no_delete;
DROP RULE IF EXISTS orders_log_shipped ON oms.orders;
