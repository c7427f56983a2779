-- Parts the buyer accepted and later sends back (issue 12: "an NCR on the job that the buyer raises later"): each
-- return becomes an NCR on the shop's job and a quality observation of 0 on the shop's scorecard.
create table order_return (
    id           uuid primary key,
    tenant_id    text not null,
    order_id     uuid not null references purchase_order (id),
    quantity     int not null check (quantity > 0),
    reason       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index order_return_by_order on order_return (order_id);
select enable_tenant_rls('order_return');

alter table purchase_order add column returned_quantity int not null default 0;
