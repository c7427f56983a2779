-- In-app notifications (issue 13): each is addressed to the holders of a role in a tenant (a shop's admins, a
-- buyer organization's buyers), made from one event once: a redelivered or replayed event finds its rows there.
create table notification (
    id               uuid primary key,
    tenant_id        text not null,
    recipient_role   text not null,
    category         text not null,
    title            text not null,
    body             text,
    link             text not null,
    source_event_id  uuid not null,
    created_at       timestamptz not null,
    unique (source_event_id, tenant_id, recipient_role)
);
create index notification_by_recipient on notification (tenant_id, recipient_role, created_at desc);
select enable_tenant_rls('notification');

-- Who has read what: per person, since a notification to a role is read by each of its holders on their own.
create table notification_read (
    notification_id  uuid not null references notification (id),
    tenant_id        text not null,
    reader           text not null,
    read_at          timestamptz not null,
    primary key (notification_id, reader)
);
select enable_tenant_rls('notification_read');
