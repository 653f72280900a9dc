-- The sign-in before the latest: "Mon espace" shows what is new since then.
alter table accounts_user add column previous_login_at timestamp with time zone;
