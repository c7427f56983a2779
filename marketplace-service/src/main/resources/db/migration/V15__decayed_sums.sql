-- Each supplier's observations per dimension reduced to exact decayed sums (DecayedSums): a scorecard is computed
-- from them, not from the whole history, so a batch of events or the quarter-hourly ageing costs the same whatever
-- a supplier's past. Sums are kept for one half-life; totals_half_life on the scorecard says which, and a scorecard
-- without it (every one from before this migration) is counted again from its observations on its next refresh.
create table score_sums (
    tenant_id       text not null,
    dimension       text not null check (dimension in ('ON_TIME', 'QUALITY', 'RESPONSIVENESS')),
    half_life_days  double precision not null,
    observations    int not null,
    successes       numeric not null,
    weights         numeric not null,
    latest          timestamptz,
    primary key (tenant_id, dimension)
);
select enable_tenant_rls('score_sums');

alter table supplier_scorecard add column totals_half_life double precision;
