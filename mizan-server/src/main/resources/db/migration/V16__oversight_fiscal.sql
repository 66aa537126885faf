-- Royalty assessments oversight watches until their payment deadline has passed, then judges once.
create table oversight_royalty_watch (
    assessment text primary key,
    licence    text not null,
    due_on     date not null,
    judged     boolean not null default false
);
create index oversight_royalty_watch_due on oversight_royalty_watch (due_on) where not judged;

-- How far oversight has read the fiscal assessments, by log index (none read yet).
insert into oversight_cursor (name, seq) values ('fiscal-assessments', -1);
