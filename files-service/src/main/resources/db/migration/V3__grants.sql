-- Read-only access to a file, or to every file of a subject, for another tenant until it expires or is revoked.
-- The row belongs to the owner (tenant_id); the grantee finds it only through the service's cross-tenant lookup.
create table file_grant (
    id             uuid primary key,
    tenant_id      text not null,
    grantee_tenant text not null,
    file_id        uuid references stored_file (id),
    subject_type   text check (subject_type in ('JOB', 'SHIPMENT', 'QUOTE', 'RFQ')),
    subject_id     uuid,
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_by     text,
    created_by     text not null,
    created_at     timestamptz not null,
    source_event   uuid unique,
    check ((file_id is not null and subject_type is null and subject_id is null)
        or (file_id is null and subject_type is not null and subject_id is not null)),
    check (grantee_tenant <> tenant_id)
);
create index file_grant_by_grantee on file_grant (grantee_tenant, expires_at) where revoked_at is null;
select enable_tenant_rls('file_grant');
