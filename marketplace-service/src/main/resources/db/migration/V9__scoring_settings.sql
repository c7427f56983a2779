-- The operator's scoring settings (one row for the whole network) and the audit of every change: who, when, the
-- settings before and after. Neither holds a tenant's data.
create table scoring_settings (
    id          int primary key check (id = 1),
    settings    jsonb not null,
    version     int not null,
    updated_by  text not null,
    updated_at  timestamptz not null
);
comment on table scoring_settings is 'global: the network''s scoring parameters, set by the operator';

create table scoring_settings_change (
    id          uuid primary key,
    changed_at  timestamptz not null,
    changed_by  text not null,
    before      jsonb,
    after       jsonb not null
);
comment on table scoring_settings_change is 'global: the audit of the operator''s changes to the scoring parameters';
create index scoring_settings_change_by_time on scoring_settings_change (changed_at desc);
