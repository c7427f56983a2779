-- The next update a shop promised its customer on a job, and who owns the job (job.customer_update.scheduled):
-- on that day the owner is reminded, once per promised date.
create table customer_update_deadline (
    job_id      uuid primary key,
    tenant_id   text not null,
    job_number  text not null,
    due_on      date not null,
    message     text not null,
    owner       text,
    told_at     timestamptz
);
create index customer_update_due on customer_update_deadline (due_on) where told_at is null;
select enable_tenant_rls('customer_update_deadline');
