-- What a tenant's admins did to their organization (members, roles, profile): who, when, what.
create table audit_entry (
    id          uuid primary key,
    tenant_id   text not null,
    occurred_at timestamptz not null,
    actor       text not null,
    action      text not null,
    target      text,
    detail      text
);
create index audit_entry_by_time on audit_entry (tenant_id, occurred_at desc);
select enable_tenant_rls('audit_entry');
