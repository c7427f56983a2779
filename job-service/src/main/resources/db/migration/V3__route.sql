-- A job's route: its ordered operations on the floor.
create table route_step (
    id             uuid primary key,
    tenant_id      text not null,
    job_id         uuid not null references job (id),
    position       int not null,
    name           text not null,
    work_center    text,
    planned_hours  numeric(8, 2),
    instructions   text,
    status         text not null check (status in ('PENDING', 'RUNNING', 'DONE', 'SKIPPED')),
    started_at     timestamptz,
    finished_at    timestamptz,
    operator       text,
    good_quantity  int check (good_quantity >= 0),
    scrap_quantity int check (scrap_quantity >= 0),
    skip_reason    text,
    unique (job_id, position)
);
select enable_tenant_rls('route_step');
