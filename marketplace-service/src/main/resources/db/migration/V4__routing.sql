-- Routing an RFQ in waves. A wave belongs to the buyer's tenant and keeps its whole decision (every candidate,
-- in or out, with reasons and rank inputs, and the seed); an offer belongs to the supplier's tenant and keeps the
-- RFQ as it was when offered.
create table routing_wave (
    id          uuid primary key,
    tenant_id   text not null,
    rfq_id      uuid not null references rfq (id),
    number      int not null check (number > 0),
    status      text not null check (status in ('DUE', 'OPEN', 'CLOSED')),
    seed        bigint not null,
    due_at      timestamptz not null,
    opened_at   timestamptz,
    expires_at  timestamptz,
    decision    jsonb,
    unique (rfq_id, number)
);
create index routing_wave_due on routing_wave (due_at) where status = 'DUE';
select enable_tenant_rls('routing_wave');

create table offer (
    id            uuid primary key,
    tenant_id     text not null,
    rfq_id        uuid not null,
    buyer_tenant  text not null,
    wave_number   int not null,
    status        text not null check (status in ('NEW', 'VIEWED', 'DECLINED', 'EXPIRED', 'QUOTED', 'COUNTERED')),
    expires_at    timestamptz not null,
    rfq_snapshot  jsonb not null,
    created_at    timestamptz not null,
    unique (rfq_id, tenant_id)
);
create index offer_open_by_supplier on offer (tenant_id) where status in ('NEW', 'VIEWED');
select enable_tenant_rls('offer');
