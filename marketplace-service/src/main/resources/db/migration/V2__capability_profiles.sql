-- A SHOP tenant's capability profile: what it makes, holds and ships, and how much marketplace work it takes.
-- One row per tenant; routing reads it with the supplier's open offers and jobs.
create table capability_profile (
    id                     uuid primary key,
    tenant_id              text not null unique,
    takes_marketplace_work boolean not null,
    processes              jsonb not null default '[]',
    materials              jsonb not null default '[]',
    certifications         jsonb not null default '[]',
    max_length_mm          numeric(8, 1) not null check (max_length_mm > 0),
    max_width_mm           numeric(8, 1) not null check (max_width_mm > 0),
    max_height_mm          numeric(8, 1) not null check (max_height_mm > 0),
    min_quantity           int not null check (min_quantity >= 1),
    max_quantity           int not null check (max_quantity >= min_quantity),
    ship_from_country      char(2) not null,
    ship_from_subdivision  text,
    ships_to               jsonb not null default '[]',
    max_open_offers        int not null check (max_open_offers between 1 and 500),
    max_open_jobs          int not null check (max_open_jobs between 1 and 500),
    blackouts              jsonb not null default '[]',
    typical_lead_days      int not null check (typical_lead_days between 1 and 365),
    updated_by             text not null,
    updated_at             timestamptz not null,
    version                int not null default 0
);
select enable_tenant_rls('capability_profile');
