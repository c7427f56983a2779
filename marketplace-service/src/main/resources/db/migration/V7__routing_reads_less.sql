-- Routing keeps every shop's parsed profile in memory on each replica and reads the database's profiles again only
-- when this revision has moved (SupplierDirectory). Any change to capability_profile bumps it in the same
-- transaction. The counter is one row, so concurrent writers queue on its lock and commit their revisions in
-- order: a reader that sees revision n also sees every profile change up to n.
create table capability_network_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
comment on table capability_network_revision is
    'global: one counter of changes to the whole network of profiles, holding no tenant''s data';
insert into capability_network_revision values (1, 0);

create function bump_capability_network_revision() returns trigger
    language plpgsql
as $$
begin
    update capability_network_revision set revision = revision + 1 where id = 1;
    return null;
end
$$;

create trigger capability_network_changed
    after insert or update or delete or truncate on capability_profile
    for each statement execute function bump_capability_network_revision();

-- A decision is written once per wave and read whole by the service (StoredDecision), so it is kept as its JSON
-- text: PostgreSQL no longer parses it into jsonb on every wave (about 2 ms of a 10,000-shop wave). "Why not me"
-- casts the few decisions it reads.
alter table routing_wave alter column decision type text using decision::text;
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table routing_wave alter column decision set compression lz4;
    end if;
end
$$;
