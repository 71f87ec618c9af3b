CREATE TABLE inventory.supplier_contact (
    supplier_id INT NOT NULL REFERENCES inventory.supplier (id),
    contact_no TINYINT NOT NULL,
    email NVARCHAR(320) NOT NULL,
    phone VARCHAR(32) NULL,
    is_primary BIT NOT NULL DEFAULT (0),
    PRIMARY KEY (supplier_id, contact_no)
);
CREATE UNIQUE INDEX ux_supplier_contact_primary ON inventory.supplier_contact (supplier_id) WHERE is_primary = 1;
