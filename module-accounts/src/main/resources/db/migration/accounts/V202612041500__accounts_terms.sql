-- The version of the terms of use an account accepted, and when. Accounts made before have none: their members are
-- asked to accept the version in force at their next page.
alter table accounts_user add column terms_version varchar(10);
alter table accounts_user add column terms_accepted_at timestamp with time zone;
