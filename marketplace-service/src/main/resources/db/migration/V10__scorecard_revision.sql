-- Routing reads every candidate's live standing and score lower bound. Like the profiles (V7), each replica keeps
-- them in memory and reads only the scorecards written since it last looked: every scorecard write takes the next
-- revision from this one-row counter, so writers queue on its lock and commit in revision order.
create table scorecard_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
comment on table scorecard_revision is 'global: one counter of scorecard writes, holding no tenant''s data';
insert into scorecard_revision values (1, 0);

alter table supplier_scorecard add column revision bigint not null default 0;
create index supplier_scorecard_by_revision on supplier_scorecard (revision);
