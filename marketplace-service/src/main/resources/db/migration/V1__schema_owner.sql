-- The database belongs to marketplace-service alone; the service checks this row at start-up.
create table schema_owner (
    service    text primary key,
    created_at timestamptz not null default now()
);
insert into schema_owner (service) values ('marketplace-service');
