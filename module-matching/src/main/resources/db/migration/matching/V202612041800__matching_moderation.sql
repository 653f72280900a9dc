-- A need or a partner profile hidden by the moderation (the reason's code), shown to nobody but its author and the admins.
alter table matching_need add column hidden_reason varchar(20);
alter table matching_profile add column hidden_reason varchar(20);
