-- Per tenant and year, the last job number handed out (J-2026-0042).
create table job_counter (
    tenant_id  text not null,
    year       int not null,
    last_value int not null,
    primary key (tenant_id, year)
);
select enable_tenant_rls('job_counter');

create table job (
    id            uuid primary key,
    tenant_id     text not null,
    number        text not null,
    customer_name text not null,
    part_number   text not null,
    revision      text not null,
    quantity      int not null check (quantity > 0),
    due_date      date not null,
    priority      text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    owner         text,
    stage         text not null,
    held_from     text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0,
    unique (tenant_id, number)
);
create index job_by_stage on job (tenant_id, stage, due_date);
select enable_tenant_rls('job');

-- Every change of a job: who, when, what, why.
create table job_timeline_entry (
    id          uuid primary key,
    tenant_id   text not null,
    job_id      uuid not null references job (id),
    occurred_at timestamptz not null,
    actor       text not null,
    what        text not null,
    why         text
);
create index job_timeline_by_job on job_timeline_entry (job_id, occurred_at);
select enable_tenant_rls('job_timeline_entry');
