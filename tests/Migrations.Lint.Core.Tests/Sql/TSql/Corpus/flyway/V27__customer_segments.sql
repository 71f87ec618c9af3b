CREATE TABLE dbo.customer_segment (
    segment_id TINYINT NOT NULL CONSTRAINT pk_customer_segment PRIMARY KEY,
    name VARCHAR(30) NOT NULL
);
INSERT INTO dbo.customer_segment VALUES (1, 'consumer'), (2, 'small_business'), (3, 'enterprise');
ALTER TABLE dbo.Customers ADD segment_id TINYINT NOT NULL CONSTRAINT df_customers_segment DEFAULT 1
    CONSTRAINT fk_customers_segment REFERENCES dbo.customer_segment (segment_id);
