-- What the shop tells its customer next, and the links that show a job's status to the customer without an account.
alter table job add column next_update_on date;
alter table job add column next_update_message text;

create table share_link (
    id          uuid primary key,
    tenant_id   text not null,
    job_id      uuid not null references job (id),
    -- SHA-256 of the token: the token itself is shown once, to its creator, and never stored.
    token_hash  text not null unique,
    label       text,
    created_by  text not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz,
    last_opened_at timestamptz,
    opened_count   int not null default 0
);
create index share_link_by_job on share_link (job_id);
select enable_tenant_rls('share_link');
