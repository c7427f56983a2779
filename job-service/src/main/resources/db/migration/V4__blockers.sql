-- What stops a job (or one of its steps) from moving, until someone resolves it.
create table blocker (
    id              uuid primary key,
    tenant_id       text not null,
    job_id          uuid not null references job (id),
    step_id         uuid references route_step (id),
    category        text not null check (category in ('MATERIAL', 'MACHINE', 'TOOLING', 'QUALITY', 'DRAWING',
                                                      'CUSTOMER', 'STAFF', 'OTHER')),
    note            text not null,
    raised_by       text not null,
    raised_at       timestamptz not null,
    resolved_by     text,
    resolved_at     timestamptz,
    resolution_note text
);
create index blocker_open_by_job on blocker (job_id) where resolved_at is null;
select enable_tenant_rls('blocker');
