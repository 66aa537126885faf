-- What the permit rules remember of each trip grows by the permit's vehicle and whether it was stated to
-- be single-use (ADR 9). Trips remembered before take their vehicle from the dispatch they were recorded
-- from; no permit stated single use before, so none is taken to be.
alter table oversight_trip add column vehicle text;
alter table oversight_trip add column single_use boolean not null default false;

update oversight_trip t set vehicle = e.body -> 'permit' ->> 'vehicle'
from custody_event e where e.event_id = t.event_id and e.type = 'dispatched';

-- The rules look up a number's first trips; a number used thousands of times is not sorted whole for each.
create index oversight_trip_by_permit on oversight_trip (permit, dispatched_at, event_id);

-- Two trips at once on one permit are now one finding whichever trip is judged second, its cause naming
-- both dispatches, so judging the earlier trip again raises nothing more. Causes already claimed are
-- renamed to that form (one per pair; a pair claimed twice keeps its second claim as it was).
update oversight_alert_cause c set cause = p.paired
from (select distinct on (paired) cause, paired from (
        select cause, number, 'PERMIT_VIOLATION/reuse/' || least(event_ids[1] collate "C", event_ids[2] collate "C") || '/'
               || greatest(event_ids[1] collate "C", event_ids[2] collate "C") as paired
        from oversight_alert_cause
        where cardinality(event_ids) = 2 and cause = 'PERMIT_VIOLATION/reuse/' || event_ids[2]) named
      order by paired, number) p
where c.cause = p.cause;
