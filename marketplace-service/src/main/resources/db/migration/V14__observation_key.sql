-- The scoring consumer upserts thousands of observations per statement: one index to maintain (the key the upsert
-- needs, which also serves the per-supplier reads) instead of three.
alter table score_observation drop constraint score_observation_pkey;
alter table score_observation drop column id;
drop index score_observation_by_supplier;
alter table score_observation drop constraint score_observation_tenant_id_dimension_subject_key;
alter table score_observation add primary key (tenant_id, dimension, subject);
