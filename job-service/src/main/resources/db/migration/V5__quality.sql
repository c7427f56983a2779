-- Inspections (in-process and final) and the non-conformances a failed one opens.
create table inspection (
    id              uuid primary key,
    tenant_id       text not null,
    job_id          uuid not null references job (id),
    step_id         uuid references route_step (id),
    kind            text not null check (kind in ('IN_PROCESS', 'FINAL')),
    characteristic  text not null,
    nominal         numeric(18, 6),
    tolerance_minus numeric(18, 6) check (tolerance_minus >= 0),
    tolerance_plus  numeric(18, 6) check (tolerance_plus >= 0),
    unit            text,
    measured        jsonb not null default '[]',
    passed          boolean not null,
    inspector       text not null,
    note            text,
    recorded_at     timestamptz not null
);
create index inspection_by_job on inspection (job_id, recorded_at);
select enable_tenant_rls('inspection');

create table ncr (
    id                 uuid primary key,
    tenant_id          text not null,
    job_id             uuid not null references job (id),
    inspection_id      uuid not null unique references inspection (id),
    sequence           int not null,
    number             text not null,
    description        text not null,
    quantity           int not null check (quantity > 0),
    disposition        text check (disposition in ('REWORK', 'SCRAP', 'USE_AS_IS', 'RETURN')),
    opened_by          text not null,
    opened_at          timestamptz not null,
    dispositioned_by   text,
    dispositioned_at   timestamptz,
    disposition_note   text,
    unique (job_id, sequence)
);
select enable_tenant_rls('ncr');
