-- What left the shop, when, how, with what proof, and when it arrived.
create table shipment (
    id              uuid primary key,
    tenant_id       text not null,
    job_id          uuid not null references job (id),
    sequence        int not null,
    quantity        int not null check (quantity > 0),
    final_shipment  boolean not null,
    carrier         text,
    tracking_number text,
    shipped_at      timestamptz not null,
    on_time         boolean not null,
    proof_file_ids  jsonb not null default '[]',
    recorded_by     text not null,
    delivered_at    timestamptz,
    delivery_recorded_by text,
    unique (job_id, sequence)
);
select enable_tenant_rls('shipment');
