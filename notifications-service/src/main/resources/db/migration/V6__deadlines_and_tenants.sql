-- Deadlines the notifications watch (issue 13): an offer not answered 4 h before it expires, a job due soon or late.
-- Learnt from the events; each reminder is told once (reminded_at, late_told_at, risk_told_at).
create table offer_deadline (
    offer_id     uuid primary key,
    tenant_id    text not null,
    rfq_number   text not null,
    expires_at   timestamptz not null,
    answered_at  timestamptz,
    reminded_at  timestamptz
);
create index offer_deadline_open on offer_deadline (expires_at) where answered_at is null and reminded_at is null;
select enable_tenant_rls('offer_deadline');

create table job_deadline (
    job_id        uuid primary key,
    tenant_id     text not null,
    job_number    text not null,
    due_date      date not null,
    finished_at   timestamptz,
    risk_told_at  timestamptz,
    late_told_at  timestamptz
);
create index job_deadline_open on job_deadline (due_date) where finished_at is null;
select enable_tenant_rls('job_deadline');

-- Each tenant's kind, from the tenant events: the operators' tenants hear of every supplier's standing.
create table tenant_kind (
    tenant_id  text primary key,
    kind       text not null
);
select enable_tenant_rls('tenant_kind');
