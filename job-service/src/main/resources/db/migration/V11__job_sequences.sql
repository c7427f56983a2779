-- Per-job numbers (shipment 1, 2, ...; NCR J-2026-0042-N1, N2, ...), handed out by one atomic upsert instead of
-- "count the existing ones and add one", which two concurrent requests would both compute alike.
create table job_sequence (
    tenant_id  text not null,
    job_id     uuid not null references job (id),
    kind       text not null check (kind in ('NCR', 'SHIPMENT')),
    last_value int not null check (last_value > 0),
    primary key (job_id, kind)
);
select enable_tenant_rls('job_sequence');

-- Carry on from the numbers already handed out, for every tenant (this migration reads across tenants).
select set_config('app.cross_tenant', 'on', true);
insert into job_sequence (tenant_id, job_id, kind, last_value)
select tenant_id, job_id, 'NCR', max(sequence) from ncr group by tenant_id, job_id;
insert into job_sequence (tenant_id, job_id, kind, last_value)
select tenant_id, job_id, 'SHIPMENT', max(sequence) from shipment group by tenant_id, job_id;
select set_config('app.cross_tenant', 'off', true);
