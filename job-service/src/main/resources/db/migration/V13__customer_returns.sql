-- An NCR is opened either for a failed inspection in the shop or for parts a marketplace buyer sent back
-- (marketplace.return.recorded): the latter names the buyer's return, once, and no inspection.
alter table ncr alter column inspection_id drop not null;
alter table ncr add column origin text not null default 'INSPECTION'
    check (origin in ('INSPECTION', 'CUSTOMER_RETURN'));
alter table ncr add column customer_return_id uuid unique;
alter table ncr add constraint ncr_names_its_source
    check ((origin = 'INSPECTION' and inspection_id is not null and customer_return_id is null)
        or (origin = 'CUSTOMER_RETURN' and inspection_id is null and customer_return_id is not null));
