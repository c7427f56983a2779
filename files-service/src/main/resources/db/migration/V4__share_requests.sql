-- Grants asked for by another service's event (fileshare.requested): the requester's key finds the grant again
-- when the share is withdrawn, and a request sent twice grants once.
alter table file_grant add column share_key text;
create unique index file_grant_share_key on file_grant (tenant_id, share_key) where share_key is not null;
