-- Accounts unused for years are told twice (30 days, then 7 days before) and then erased: which notice was sent last.
-- Signing in again starts the count anew (the column goes back to 0).
alter table accounts_user add column inactivity_notice integer not null default 0;
