-- The inbox and dead letters of every service that consumes events (shipped by platform/inbox).
-- Repeatable and idempotent: it runs again only when this file changes.
create table if not exists inbox_event (
    consumer   text not null,          -- the handler's name: one service may follow a topic twice
    event_id   uuid not null,          -- the CloudEvent id the producer's outbox gave it
    tenant_id  text not null,
    type       text not null,
    handled_at timestamptz not null,
    primary key (consumer, event_id)
);
select enable_tenant_rls('inbox_event');

create table if not exists dead_letter (
    id            uuid primary key,
    tenant_id     text not null,       -- the event's tenant, or '-' when the record could not even be read
    consumer      text not null,
    topic         text not null,
    partition_no  int not null,
    record_offset bigint not null,
    event_id      uuid,
    type          text,
    payload       text not null,
    error         text not null,
    attempts      int not null,
    failed_at     timestamptz not null,
    replayed_at   timestamptz,
    replay_error  text
);
create index if not exists dead_letter_open on dead_letter (consumer, failed_at) where replayed_at is null;
select enable_tenant_rls('dead_letter');
