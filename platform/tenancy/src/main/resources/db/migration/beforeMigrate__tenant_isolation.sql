-- Row-level security helpers, (re)created before every migration of every Routecard service database.
-- A migration makes a table tenant-isolated with one line:   select enable_tenant_rls('my_table');
-- The table needs a tenant_id text column; the application sets app.tenant_id (and, on the few cross-tenant
-- paths, app.cross_tenant = on) on each pooled connection. The owner role is subject to the policy too (FORCE).

create or replace function current_tenant_id() returns text
    language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '') $$;

create or replace function cross_tenant_access() returns boolean
    language sql stable
as $$ select coalesce(current_setting('app.cross_tenant', true), '') = 'on' $$;

create or replace function enable_tenant_rls(target regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists tenant_isolation on %s', target);
    execute format('create policy tenant_isolation on %s'
                   ' using (cross_tenant_access() or tenant_id = current_tenant_id())'
                   ' with check (cross_tenant_access() or tenant_id = current_tenant_id())', target);
end
$$;
