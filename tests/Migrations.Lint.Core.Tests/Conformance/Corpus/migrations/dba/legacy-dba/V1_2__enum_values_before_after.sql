-- Must run outside a transaction on PG < 12. One value per statement.
ALTER TYPE oms.order_status ADD VALUE IF NOT EXISTS 'pending_payment' BEFORE 'paid';
ALTER TYPE oms.order_status ADD VALUE IF NOT EXISTS 'partially_shipped' AFTER 'paid';
ALTER TYPE oms.order_status ADD VALUE IF NOT EXISTS 'returned';
ALTER TYPE oms.order_status ADD VALUE 'on hold' BEFORE 'cancelled';
