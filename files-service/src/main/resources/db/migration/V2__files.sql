-- A logical file ("BRKT-1001 drawing") and its revisions A, B, …; the bytes live in S3 under
-- tenants/{tenant_id}/files/{file_id}/rev/{number}.
create table stored_file (
    id             uuid primary key,
    tenant_id      text not null,
    name           text not null,
    purpose        text not null check (purpose in ('DRAWING', 'PROOF')),
    revision_count int not null default 0 check (revision_count >= 0),
    created_by     text not null,
    created_at     timestamptz not null,
    archived_at    timestamptz,
    archived_by    text
);
create index stored_file_by_name on stored_file (tenant_id, lower(name));
select enable_tenant_rls('stored_file');

create table file_revision (
    id            uuid primary key,
    tenant_id     text not null,
    file_id       uuid not null references stored_file (id),
    number        int not null check (number > 0),
    original_name text not null,
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes >= 0),
    sha256        char(64) not null,
    object_key    text not null unique,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null,
    deleted_at    timestamptz,
    unique (file_id, number)
);
select enable_tenant_rls('file_revision');

-- The subjects a file belongs to: a job, a shipment, a quote, later an RFQ (ids of other services' objects).
create table file_attachment (
    id           uuid primary key,
    tenant_id    text not null,
    file_id      uuid not null references stored_file (id),
    subject_type text not null check (subject_type in ('JOB', 'SHIPMENT', 'QUOTE', 'RFQ')),
    subject_id   uuid not null,
    attached_by  text not null,
    attached_at  timestamptz not null,
    unique (file_id, subject_type, subject_id)
);
create index file_attachment_by_subject on file_attachment (subject_type, subject_id);
select enable_tenant_rls('file_attachment');

-- A revision released for a job; releasing a newer revision of the same file for the job supersedes it.
create table file_release (
    id                     uuid primary key,
    tenant_id              text not null,
    file_id                uuid not null references stored_file (id),
    revision_id            uuid not null references file_revision (id),
    job_id                 uuid not null,
    released_by            text not null,
    released_at            timestamptz not null,
    superseded_at          timestamptz,
    superseded_by_revision uuid references file_revision (id)
);
create unique index one_current_release_per_job_and_file on file_release (job_id, file_id)
    where superseded_at is null;
select enable_tenant_rls('file_release');

-- Every download link handed out: who, for which revision, when (the owner's audit).
create table file_download (
    id            uuid primary key,
    tenant_id     text not null,
    file_id       uuid not null references stored_file (id),
    revision_id   uuid not null references file_revision (id),
    downloaded_by text not null,
    by_tenant     text not null,
    via_grant     uuid,
    at            timestamptz not null
);
create index file_download_by_file on file_download (file_id, at);
select enable_tenant_rls('file_download');
