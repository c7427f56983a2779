-- Supplier scorecards (issue 12). An observation belongs to the supplier it judges; the buyer it was done for is
-- kept so a buyer can read the scorecard as it experienced it. One observation per (dimension, subject): an
-- offer is answered once, a job ships complete once, a receipt is recorded once. When two events speak of the same
-- subject (a counter-offer, then a quote), the earlier answer counts, whatever order the events arrive in.
create table score_observation (
    id               uuid primary key,
    tenant_id        text not null,
    dimension        text not null check (dimension in ('ON_TIME', 'QUALITY', 'RESPONSIVENESS')),
    success          double precision not null check (success >= 0 and success <= 1),
    observed_at      timestamptz not null,
    source_event_id  uuid not null,
    buyer_tenant     text,
    subject          text not null,
    unique (tenant_id, dimension, subject)
);
create index score_observation_by_supplier on score_observation (tenant_id, observed_at);
select enable_tenant_rls('score_observation');

-- The live scorecard of each supplier, as of its last observation or refresh: what routing ranks by and the
-- leaderboards sort by. The whole explanation (parameters, per dimension count, weighted count, alpha, beta, score,
-- lower bound) is kept as the card.
create table supplier_scorecard (
    tenant_id          text primary key,
    as_of              timestamptz not null,
    composite          double precision not null,
    composite_lower    double precision not null,
    on_time            double precision not null,
    on_time_lower      double precision not null,
    quality            double precision not null,
    quality_lower      double precision not null,
    responsiveness     double precision not null,
    responsiveness_lower double precision not null,
    observations       int not null,
    delivered_jobs     int not null,
    standing           text not null check (standing in ('NEW', 'EXCELLENT', 'GOOD', 'WATCH', 'PROBATION', 'SUSPENDED')),
    suspended          boolean not null default false,
    suspension_reason  text,
    standing_since     timestamptz not null,
    card               jsonb not null
);
select enable_tenant_rls('supplier_scorecard');
