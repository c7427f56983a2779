-- Routing reads the RFQ's market, not the whole network: the shops taking marketplace work that ship to the
-- RFQ's country (or anywhere), found by these indexes; and counts each shop's open marketplace jobs from the
-- orders not yet shipped. (bench/routing.sh measures the difference at 10,000 profiles.)
create index capability_profile_ships_to on capability_profile using gin (ships_to jsonb_path_ops)
    where takes_marketplace_work;
create index capability_profile_ships_anywhere on capability_profile (tenant_id)
    where takes_marketplace_work and ships_to = '[]'::jsonb;
create index capability_profile_processes on capability_profile using gin (processes jsonb_path_ops)
    where takes_marketplace_work;
create index purchase_order_open_by_supplier on purchase_order (supplier_tenant)
    where status in ('AWARDED', 'ACKNOWLEDGED', 'IN_PRODUCTION');

-- A decision keeps every candidate of the market (hundreds of kilobytes at 10,000 shops): LZ4 compresses it
-- several times faster than the default pglz, where the server was built with it.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table routing_wave alter column decision set compression lz4;
    end if;
end
$$;

-- An offer still standing when its RFQ is cancelled is withdrawn (WaveExpiry, on the routing tick).
alter table offer drop constraint offer_status_check;
alter table offer add constraint offer_status_check
    check (status in ('NEW', 'VIEWED', 'DECLINED', 'EXPIRED', 'QUOTED', 'COUNTERED', 'WITHDRAWN'));
