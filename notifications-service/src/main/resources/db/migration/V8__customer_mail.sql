-- E-mails to a shop's customer, who has no account (job.customer_update.sent): the share link and the shop's
-- message. Made once per event; what the mail says is kept with it, since no notification stands behind it.
alter table email_message drop constraint email_message_kind_check;
alter table email_message add constraint email_message_kind_check check (kind in ('NOTICE', 'DIGEST', 'CUSTOMER'));
alter table email_message add column source_event_id uuid unique;
alter table email_message add column content jsonb;
