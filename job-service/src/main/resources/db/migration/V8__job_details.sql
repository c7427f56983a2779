-- What the floor must know about a job beyond its route, and the released files it is made from.
alter table job add column special_instructions text;
-- [{"fileId": uuid, "name": text, "revision": text}]: references to files-service's released files.
alter table job add column released_files jsonb not null default '[]';
