-- The loss pattern's memory: every completed trip on its route (dispatching operator, from-site,
-- to-site) with the masses weighed and the shortfall beyond the scales' resolution, so that a
-- restarted evaluator judges the route's window as it stood. Keyed by the receipt: evaluating the
-- same receipt again adds nothing.
create table oversight_route_trip (
    receipt_event_id text primary key,
    operator         text not null,
    from_site        text not null,
    to_site          text not null,
    received_at      timestamptz not null,
    dispatched_g     bigint not null check (dispatched_g >= 0),
    received_g       bigint not null check (received_g >= 0),
    short_g          bigint not null check (short_g >= 0)
);
create index oversight_route_trip_by_route on oversight_route_trip (operator, from_site, to_site, received_at desc);
