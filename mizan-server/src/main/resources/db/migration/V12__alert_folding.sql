-- Repeated findings of one rule on one subject fold into one alert: the alert counts its occurrences
-- over a period and carries a risk score for ordering the queue. Each finding's cause is claimed in
-- its own table, so evaluating an event again can never count it twice, whether its finding opened
-- an alert or was folded into one.
alter table oversight_alert add column fold_key text;
alter table oversight_alert add column occurrences int not null default 1;
alter table oversight_alert add column first_at timestamptz;
alter table oversight_alert add column last_at timestamptz;
alter table oversight_alert add column score int not null default 0;
update oversight_alert set first_at = raised_at, last_at = raised_at,
    score = case severity when 'critical' then 80 when 'high' then 60 when 'medium' then 40 else 20 end;
alter table oversight_alert alter column first_at set not null;
alter table oversight_alert alter column last_at set not null;
create index oversight_alert_open_fold on oversight_alert (fold_key) where status <> 'resolved' and fold_key is not null;
create index oversight_alert_by_score on oversight_alert (score desc, id);

create table oversight_alert_cause (
    cause     text primary key,
    alert_id  text not null references oversight_alert (id),
    number    bigserial not null unique,
    event_ids text[] not null,
    event_at  timestamptz not null
);
create index oversight_alert_cause_by_alert on oversight_alert_cause (alert_id, number);
insert into oversight_alert_cause (cause, alert_id, event_ids, event_at) select cause, id, event_ids, raised_at from oversight_alert order by id;
