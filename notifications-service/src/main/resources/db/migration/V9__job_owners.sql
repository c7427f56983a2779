-- A job's owner hears of its blockers and deadlines beside the shop's admins (issue 13): a notification to a role
-- may also name one person (by user name, lower case), who sees it and gets its e-mail whatever their role.
alter table notification add column also_person text;
create index notification_by_person on notification (tenant_id, also_person, created_at desc) where also_person is not null;
alter table job_deadline add column owner text;
