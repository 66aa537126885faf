-- How far oversight has re-judged the extractions a backdated licence decision concerns: the last
-- licence_status_change it looked at. Decisions recorded before this cursor existed are looked at too.
insert into oversight_cursor (name, seq) values ('licence-decisions', 0);

-- Extractions by the licence their mine was under, for the few decisions that reach back in time.
create index custody_event_extraction_by_licence on custody_event ((facts ->> 'licence'), event_time)
    where type = 'extracted';
