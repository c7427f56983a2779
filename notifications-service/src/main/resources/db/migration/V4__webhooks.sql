-- Webhooks (issue 13): a tenant's endpoints, each with the event types it takes (none named: every type) and its
-- signing secret. After a rotation the previous secret keeps signing beside the new one until previous_secret_until,
-- so the receiver can switch without losing a message. failing_since is the first failure since the last success:
-- an endpoint failing for days is disabled and its admins told.
create table webhook_endpoint (
    id                     uuid primary key,
    tenant_id              text not null,
    url                    text not null,
    description            text,
    event_types            text[] not null default '{}',
    secret                 text not null,
    previous_secret        text,
    previous_secret_until  timestamptz,
    enabled                boolean not null default true,
    disabled_reason        text,
    failing_since          timestamptz,
    created_at             timestamptz not null
);
create index webhook_endpoint_by_tenant on webhook_endpoint (tenant_id, created_at);
select enable_tenant_rls('webhook_endpoint');

-- One message to one endpoint, made once per (endpoint, event): a redelivered or replayed event finds it there.
-- Its body is fixed when it is made and its message id (webhook-id) never changes, so a receiver dedupes retries
-- and replays by webhook-id. lease_until marks a send in flight: a sender that dies mid-send leaves the lease to
-- run out and the message is sent again (at least once).
create table webhook_delivery (
    id               uuid primary key,
    tenant_id        text not null,
    endpoint_id      uuid not null references webhook_endpoint (id) on delete cascade,
    message_id       text not null,
    event_id         uuid not null,
    event_type       text not null,
    body             text not null,
    status           text not null check (status in ('PENDING', 'SUCCEEDED', 'DEAD')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    finished_at      timestamptz,
    unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_endpoint on webhook_delivery (endpoint_id, created_at desc);
select enable_tenant_rls('webhook_delivery');

-- Every attempt: the delivery log.
create table webhook_attempt (
    delivery_id   uuid not null references webhook_delivery (id) on delete cascade,
    attempt       integer not null,
    tenant_id     text not null,
    started_at    timestamptz not null,
    status_code   integer,
    error         text,
    duration_ms   integer not null,
    outcome       text not null check (outcome in ('SUCCEEDED', 'RETRYING', 'DEAD')),
    next_attempt_at timestamptz,
    primary key (delivery_id, attempt)
);
select enable_tenant_rls('webhook_attempt');
