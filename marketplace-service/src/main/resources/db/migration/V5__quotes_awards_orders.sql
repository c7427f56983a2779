-- Quotes, awards and orders. Row-level security gives every row one tenant, and a quote is the supplier's and the
-- buyer's, an order the buyer's and the supplier's: each party keeps its own row, and both are written in one
-- transaction. The supplier's quote and the buyer's received quote share their id, as the buyer's order and the
-- supplier's award do.

-- What a supplier answered an offer with: a quote (prices per line and quantity break) or a counter-offer (other
-- quantity, lead time or ship date). Revisable and withdrawable until the RFQ's quote deadline.
create table quote (
    id             uuid primary key,
    tenant_id      text not null,
    offer_id       uuid not null unique,
    rfq_id         uuid not null,
    rfq_number     text not null,
    buyer_tenant   text not null,
    kind           text not null check (kind in ('QUOTE', 'COUNTER')),
    status         text not null check (status in ('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED')),
    currency       char(3) not null,
    lines          jsonb not null,
    counter        jsonb,
    valid_until    date not null,
    notes          text,
    revision       int not null check (revision > 0),
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null,
    withdrawn_at   timestamptz
);
create index quote_by_rfq on quote (rfq_id);
select enable_tenant_rls('quote');

-- The buyer's copy of each quote on its RFQ.
create table received_quote (
    id               uuid primary key,
    tenant_id        text not null,
    rfq_id           uuid not null references rfq (id),
    supplier_tenant  text not null,
    supplier_name    text not null,
    kind             text not null check (kind in ('QUOTE', 'COUNTER')),
    status           text not null check (status in ('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED')),
    currency         char(3) not null,
    lines            jsonb not null,
    counter          jsonb,
    valid_until      date not null,
    notes            text,
    revision         int not null check (revision > 0),
    submitted_at     timestamptz not null,
    updated_at       timestamptz not null,
    withdrawn_at     timestamptz,
    unique (rfq_id, supplier_tenant)
);
select enable_tenant_rls('received_quote');

-- One RFQ line awarded to one supplier's quote: the buyer's order, which becomes one job in the supplier's shop.
create table purchase_order (
    id                  uuid primary key,
    tenant_id           text not null,
    number              text not null,
    rfq_id              uuid not null references rfq (id),
    rfq_line_id         uuid not null unique,
    quote_id            uuid not null,
    supplier_tenant     text not null,
    supplier_name       text not null,
    part_number         text not null,
    revision            text,
    quantity            int not null check (quantity > 0),
    unit_price          numeric(14, 4) not null check (unit_price > 0),
    currency            char(3) not null,
    lead_days           int not null,
    promised_ship_date  date not null,
    status              text not null check (status in ('AWARDED', 'ACKNOWLEDGED', 'IN_PRODUCTION', 'SHIPPED',
                                                         'DELIVERED', 'CLOSED', 'CANCELLED')),
    job_number          text,
    job_stage           text,
    steps_done          int not null default 0,
    shipped_quantity    int not null default 0,
    received_quantity   int not null default 0,
    accepted_quantity   int not null default 0,
    rejected_quantity   int not null default 0,
    awarded_by          text not null,
    awarded_at          timestamptz not null,
    acknowledged_at     timestamptz,
    updated_at          timestamptz not null,
    unique (tenant_id, number)
);
create index purchase_order_by_rfq on purchase_order (rfq_id);
select enable_tenant_rls('purchase_order');

-- What the shop did on the order's job, from job-service's events: keyed by the event's id, so applied once.
create table order_update (
    id         uuid primary key,
    tenant_id  text not null,
    order_id   uuid not null references purchase_order (id),
    kind       text not null,
    summary    text not null,
    at         timestamptz not null
);
create index order_update_by_order on order_update (order_id, at);
select enable_tenant_rls('order_update');

-- The buyer's receipts: received, accepted and rejected quantities (ReceiptPolicy: they add up), with the
-- reason for rejections.
create table receipt (
    id           uuid primary key,
    tenant_id    text not null,
    order_id     uuid not null references purchase_order (id),
    received     int not null check (received > 0),
    accepted     int not null check (accepted >= 0),
    rejected     int not null check (rejected >= 0),
    reason       text,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index receipt_by_order on receipt (order_id);
select enable_tenant_rls('receipt');

-- The supplier's side of an order: what was awarded, its acknowledgement, and the job it became.
create table award (
    id                  uuid primary key,
    tenant_id           text not null,
    order_number        text not null,
    buyer_tenant        text not null,
    buyer_name          text not null,
    rfq_id              uuid not null,
    rfq_number          text not null,
    quote_id            uuid not null,
    part_number         text not null,
    revision            text,
    quantity            int not null,
    unit_price          numeric(14, 4) not null,
    currency            char(3) not null,
    promised_ship_date  date not null,
    status              text not null check (status in ('NEW', 'ACKNOWLEDGED', 'CANCELLED')),
    job_id              uuid unique,
    job_number          text,
    awarded_at          timestamptz not null,
    acknowledged_at     timestamptz,
    acknowledged_by     text
);
select enable_tenant_rls('award');
