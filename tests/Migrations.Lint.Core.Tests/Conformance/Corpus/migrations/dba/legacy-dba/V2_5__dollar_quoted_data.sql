-- Seed e-mail templates. Dollar quoting avoids escaping the quotes and
-- backslashes in the bodies.
INSERT INTO oms.mail_templates (code, locale, subject, body) VALUES
('order_confirmed', 'en', 'Your order #{{order_id}} is confirmed', $tpl$Hi {{name}},

thanks for your order! We'll let you know when it's on its way.
Questions? Reply to this e-mail -- we don't bite.

Regards,
The "Shop" team
$tpl$),
('order_confirmed', 'de', 'Ihre Bestellung #{{order_id}} ist bestätigt', $tpl$Hallo {{name}},

vielen Dank für Ihre Bestellung! Wir melden uns, sobald sie unterwegs ist.
Pfad für Rücksendungen: C:\Versand\Retouren\ (nur intern).

Grüße
Ihr „Shop“-Team
$tpl$),
('password_reset', 'en', $$Reset your password$$, $body$Click <a href="{{url}}">here</a>; the link is valid for 2 hours. Cost: $5 $$ not charged $$.$body$);

UPDATE oms.mail_templates
   SET body = replace(body, E'\r\n', E'\n')
 WHERE body LIKE E'%\r\n%';

INSERT INTO oms.settings (key, value) VALUES ('regex.sku', $re$^[A-Z]{3}-\d{4}(?:-[a-z]+)?$$re$)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
