-- Numbers per tenant, year and series: J-2026-0042 for jobs, Q-2026-0007 for quotes.
alter table job_counter add column series text not null default 'J';
alter table job_counter drop constraint job_counter_pkey;
alter table job_counter add primary key (tenant_id, series, year);

-- A shop's quote to its customer; accepting it releases a job per line.
create table quote (
    id               uuid primary key,
    tenant_id        text not null,
    number           text not null,
    customer_name    text not null,
    customer_contact text,
    customer_email   text,
    currency         text not null check (currency ~ '^[A-Z]{3}$'),
    valid_until      date not null,
    note             text,
    status           text not null check (status in ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED')),
    customer_po      text,
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    created_by       text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0,
    unique (tenant_id, number)
);
select enable_tenant_rls('quote');

create table quote_line (
    id             uuid primary key,
    tenant_id      text not null,
    quote_id       uuid not null references quote (id),
    position       int not null,
    part_number    text not null,
    revision       text not null,
    description    text,
    quantity       int not null check (quantity > 0),
    material       text,
    unit_price     numeric(14, 4) not null check (unit_price >= 0),
    lead_time_days int not null check (lead_time_days between 1 and 730),
    job_id         uuid references job (id),
    unique (quote_id, position)
);
select enable_tenant_rls('quote_line');

alter table job add column quote_id uuid references quote (id);
