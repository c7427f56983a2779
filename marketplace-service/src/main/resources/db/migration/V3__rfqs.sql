-- A buyer's request for quotes: its lines, what the suppliers must hold, when and where the parts go.
create table rfq (
    id                    uuid primary key,
    tenant_id             text not null,
    number                text not null,
    title                 text not null,
    status                text not null check (status in ('DRAFT', 'OPEN', 'QUOTING_CLOSED', 'AWARDED',
                                                          'PARTLY_AWARDED', 'CANCELLED')),
    certifications        jsonb not null default '[]',
    target_ship_date      date not null,
    quote_deadline        timestamptz not null,
    ship_to_country       char(2) not null,
    ship_to_subdivision   text,
    currency              char(3) not null,
    invite_only           boolean not null,
    invited               jsonb not null default '[]',
    blocked               jsonb not null default '[]',
    notes                 text,
    cancel_reason         text,
    created_by            text not null,
    created_at            timestamptz not null,
    posted_at             timestamptz,
    cancelled_at          timestamptz,
    version               int not null default 0,
    unique (tenant_id, number)
);
create index rfq_by_status on rfq (tenant_id, status, created_at desc);
select enable_tenant_rls('rfq');

create table rfq_line (
    id               uuid primary key,
    tenant_id        text not null,
    rfq_id           uuid not null references rfq (id) on delete cascade,
    position         int not null check (position > 0),
    part_number      text not null,
    revision         text,
    quantities       jsonb not null,
    process          text not null,
    material         text not null,
    finish           text,
    tolerance_class  text,
    length_mm        numeric(8, 1),
    width_mm         numeric(8, 1),
    height_mm        numeric(8, 1),
    notes            text,
    unique (rfq_id, position)
);
select enable_tenant_rls('rfq_line');

-- Per-tenant yearly numbers (R-2026-0001): one upsert allocates the next under a row lock.
create table number_series (
    tenant_id  text not null,
    series     text not null,
    year       int not null,
    last_value int not null,
    primary key (tenant_id, series, year)
);
select enable_tenant_rls('number_series');
