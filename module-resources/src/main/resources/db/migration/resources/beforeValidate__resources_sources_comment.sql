-- The first line of V202611290110 (a comment) now points into the repository's docs: a database that applied the
-- earlier wording gets the new checksum, and only when it holds exactly the earlier one (no other change is excused).
do $$
begin
    if to_regclass('flyway_schema_history') is not null then
        update flyway_schema_history set checksum = -470291975
        where version = '202611290110' and checksum = -1207622245;
    end if;
end
$$;
