-- A licence's status through time: each regulator's decision with the day it takes effect, which may
-- lie before the day it was recorded. Append-only: a decision is corrected by a later one, never edited.
-- Decisions taking effect on the same day apply in the order they were recorded (seq); the same decision
-- twice on one day is a duplicate. The licence row keeps the latest decision's status for readers of that table.

create table licence_status_change (
    seq            bigint generated always as identity primary key,
    licence        text not null references licence (number),
    effective_from date not null,
    status         text not null check (status in ('suspended', 'active', 'revoked')),
    decided_by     text not null references party (id),
    reason         text,
    recorded_at    timestamptz not null,
    unique (licence, effective_from, status)
);

create trigger licence_status_change_append_only before update or delete on licence_status_change
    for each row execute function mizan_append_only();

-- Licences suspended or revoked before the history was kept: the decision is dated the day, on the
-- registry's calendar (mizan.registry.time-zone), the licence row last changed (never before its grant),
-- and attributed to the system operator, since who decided was not recorded.
insert into licence_status_change (licence, effective_from, status, decided_by, reason, recorded_at)
select number, greatest(cast(updated_at at time zone '${registry_time_zone}' as date), granted_on), status, 'mizan-operator',
       coalesce(status_note, 'recorded before the status history was kept'), updated_at
from licence
where status in ('suspended', 'revoked');
