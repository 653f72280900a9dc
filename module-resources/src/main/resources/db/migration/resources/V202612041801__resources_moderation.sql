-- A resource hidden by the moderation (the reason's code): out of the library for everyone but its proposer and the curators.
alter table resources_resource add column hidden_reason varchar(20);
