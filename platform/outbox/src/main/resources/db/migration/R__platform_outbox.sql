-- The transactional outbox of every service that publishes events (shipped by platform/outbox).
-- Repeatable and idempotent: it runs again only when this file changes.
create table if not exists outbox_event (
    seq          bigserial primary key,   -- publication order
    event_id     uuid not null unique,    -- the CloudEvent id consumers deduplicate on
    tenant_id    text not null,
    topic        text not null,
    event_key    text not null,           -- the aggregate id: one partition, so one order, per aggregate
    type         text not null,
    source       text not null,
    subject      text not null,
    occurred_at  timestamptz not null,
    payload      text not null,
    published_at timestamptz
);
create index if not exists outbox_event_unpublished on outbox_event (seq) where published_at is null;
select enable_tenant_rls('outbox_event');
