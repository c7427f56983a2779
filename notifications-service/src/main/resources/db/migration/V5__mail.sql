-- E-mail (issue 13). Each person's choice per category of notification: in the portal only, e-mail at once, a daily
-- digest, or off. No row: the category's default. Keyed by the person's user id (the token's subject).
create table notification_preference (
    tenant_id   text not null,
    user_id     text not null,
    category    text not null,
    channel     text not null check (channel in ('IN_APP', 'EMAIL', 'DIGEST', 'OFF')),
    updated_at  timestamptz not null,
    primary key (user_id, category)
);
select enable_tenant_rls('notification_preference');

-- A notification is turned into e-mails (or digest items) for the people holding its role once: this marks it done.
alter table notification add column mailed_at timestamptz;
create index notification_not_mailed on notification (created_at) where mailed_at is null;

-- One e-mail to one person: for a notification (once per person, whatever the redeliveries) or a day's digest
-- (once per person and day). Sent by a sender that leases it, retries on failure and records the outcome.
create table email_message (
    id               uuid primary key,
    tenant_id        text not null,
    kind             text not null check (kind in ('NOTICE', 'DIGEST')),
    notification_id  uuid references notification (id),
    digest_day       date,
    recipient_user   text not null,
    recipient_email  text not null,
    recipient_name   text,
    status           text not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    last_error       text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (notification_id, recipient_user),
    unique (recipient_user, digest_day)
);
create index email_message_due on email_message (next_attempt_at) where status = 'PENDING';
select enable_tenant_rls('email_message');

-- What the digest holds back for a person, until a day's digest takes it.
create table digest_item (
    notification_id  uuid not null references notification (id),
    recipient_user   text not null,
    tenant_id        text not null,
    recipient_email  text not null,
    recipient_name   text,
    created_at       timestamptz not null,
    digest_id        uuid references email_message (id),
    primary key (notification_id, recipient_user)
);
create index digest_item_waiting on digest_item (recipient_user) where digest_id is null;
select enable_tenant_rls('digest_item');
