-- Every change of a supplier's standing (issue 12), written with the scorecard that made it: what the operator's
-- leaderboards and the supplier's own scorecard list as "standing changes", with the reason (the observation
-- that moved the score, or the operator's words for a suspension or reinstatement) and who made it.
create table standing_change (
    id               uuid primary key,
    tenant_id        text not null,
    from_standing    text check (from_standing in ('NEW', 'EXCELLENT', 'GOOD', 'WATCH', 'PROBATION', 'SUSPENDED')),
    to_standing      text not null check (to_standing in ('NEW', 'EXCELLENT', 'GOOD', 'WATCH', 'PROBATION',
                                                          'SUSPENDED')),
    composite        double precision not null,
    composite_lower  double precision not null,
    changed_at       timestamptz not null,
    reason           text,
    changed_by       text
);
create index standing_change_by_time on standing_change (changed_at desc);
create index standing_change_by_supplier on standing_change (tenant_id, changed_at desc);
select enable_tenant_rls('standing_change');
