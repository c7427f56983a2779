-- A job can be a marketplace order's: the award it was created for (one award, one job, whatever the event
-- redeliveries) and the buyer's RFQ, whose drawings the shop sees on the job as customer drawings.
alter table job add column marketplace_award_id uuid;
alter table job add column marketplace_rfq_id uuid;
create unique index job_marketplace_award on job (marketplace_award_id) where marketplace_award_id is not null;
