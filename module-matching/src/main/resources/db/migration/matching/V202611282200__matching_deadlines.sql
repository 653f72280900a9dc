-- Reminders and lapses of unanswered interests, notices before a need expires.
alter table matching_interest add column reminded_at timestamptz;
alter table matching_need add column expiry_notice_at timestamptz;
create index matching_interest_pending on matching_interest (expressed_at) where status = 'PENDING';
