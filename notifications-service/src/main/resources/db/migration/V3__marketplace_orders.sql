-- Which marketplace order a shop's job makes, so the job's shipments can tell the buyer: the order (its buyer and
-- number) from marketplace.award.created, the job from job.created naming the award. Kept in the shop's tenant.
create table marketplace_order (
    award_id      uuid primary key,
    tenant_id     text not null,
    buyer_tenant  text not null,
    order_number  text not null
);
select enable_tenant_rls('marketplace_order');

create table marketplace_job (
    job_id     uuid primary key,
    tenant_id  text not null,
    award_id   uuid not null
);
select enable_tenant_rls('marketplace_job');
