-- An award its shop has not acknowledged within the response target is reported once (issue 12: responsiveness
-- counts an unanswered award as missed; the notifications of issue 13 tell the shop). The column records that it
-- was reported, so every replica's watch reports it exactly once.
alter table award add column unacknowledged_reported_at timestamptz;
create index award_awaiting_acknowledgement on award (awarded_at)
    where status = 'NEW' and unacknowledged_reported_at is null;
