-- A resource's body is a text (it feeds the full-text search) with no length of its own: it is held to what the form
-- and the import accept (ResourceForm.BODY). NOT VALID: a body stored longer before stays readable; every new or
-- changed row is checked.
alter table resources_resource add constraint resources_body_length check (char_length(body) <= 50000) not valid;
