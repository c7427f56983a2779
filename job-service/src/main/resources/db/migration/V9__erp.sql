-- Jobs imported from an ERP's production orders: one job per order, whatever the number of retries.
alter table job add column erp_order_id text;
create unique index job_by_erp_order on job (tenant_id, erp_order_id) where erp_order_id is not null;
