-- The tenant's brand colour (#rrggbb): its e-mails carry it (issue 13). None chosen: Routecard's own.
alter table tenant add column brand_colour text check (brand_colour ~ '^#[0-9a-f]{6}$');
