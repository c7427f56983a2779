create table tenant (
    tenant_id         text primary key,   -- the Keycloak organization id, carried by every token of the tenant
    slug              text not null unique check (slug ~ '^[a-z][a-z0-9-]{2,39}$'),
    name              text not null check (length(name) between 1 and 200),
    kind              text not null check (kind in ('BUYER', 'SHOP', 'OPERATOR')),
    status            text not null check (status in ('ACTIVE', 'SUSPENDED')),
    suspension_reason text,
    admin_email       text not null,
    time_zone         text not null default 'UTC',
    locale            text not null default 'en',
    contact_email     text,
    contact_phone     text,
    logo_file_id      text,
    public_slug       text unique,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null default 0
);
create index tenant_name_search on tenant (lower(name));
select enable_tenant_rls('tenant');
