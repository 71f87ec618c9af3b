-- Produktkatalog mit Übersetzungen (de/ja/fr). Nicht-ASCII in Bezeichnern
-- und Zeichenketten ist hier Absicht.
create table public.produkte (
  id bigint generated always as identity primary key,
  sku text not null unique,
  "Bezeichnung" text not null,
  größe text,
  preis_€ numeric(10, 2) not null check (preis_€ >= 0),
  "説明" text,
  created_at timestamptz not null default now()
);

comment on column public.produkte.größe is 'Konfektionsgröße, z. B. „XL“ oder 42';
comment on column public.produkte."説明" is '商品の説明文（日本語）';

insert into public.produkte (sku, "Bezeichnung", größe, preis_€, "説明") values
  ('TS-001', 'T-Shirt „Café Zürich“', 'M', 19.90, 'カフェ・チューリッヒのTシャツ'),
  ('MG-002', 'Tasse – Crème brûlée', null, 9.50, 'マグカップ'),
  ('ST-003', 'Aufkleber 🐘 Postgres', null, 1.99, 'ステッカー');

alter table public.produkte enable row level security;

create policy "Jeder darf Produkte lesen" on public.produkte for select to anon, authenticated using (true);
create policy "Nur Admins ändern Produkte" on public.produkte for all to authenticated
  using ((auth.jwt() -> 'app_metadata' ->> 'role') = 'admin')
  with check ((auth.jwt() -> 'app_metadata' ->> 'role') = 'admin');
