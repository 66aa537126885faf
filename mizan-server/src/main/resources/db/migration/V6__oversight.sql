-- Oversight: red-flag alerts raised from the committed custody stream, their case workflow, and the
-- little state the rules keep between events. The evaluator's cursor moves in the same transaction
-- as the alerts and state an event produced, so each event is evaluated exactly once.

create table oversight_cursor (
    name text primary key,
    seq  bigint not null
);
insert into oversight_cursor (name, seq) values ('custody', 0);

create sequence oversight_alert_number;

create table oversight_alert (
    id          text primary key,
    rule        text not null,
    severity    text not null,
    status      text not null,
    finding     text,
    province    text,
    parties     text[] not null,
    lots        text[] not null,
    sites       text[] not null,
    licences    text[] not null,
    event_ids   text[] not null,
    figures     jsonb not null,
    explanation text not null,
    event_seq   bigint not null,
    raised_at   timestamptz not null,
    due_at      timestamptz not null,
    updated_at  timestamptz not null,
    -- One alert per rule and cause, whatever happens to the evaluator.
    cause       text not null unique
);
create index oversight_alert_by_rule on oversight_alert (rule, raised_at);
create index oversight_alert_by_province on oversight_alert (province, raised_at);
create index oversight_alert_lots on oversight_alert using gin (lots);
create index oversight_alert_sites on oversight_alert using gin (sites);
create index oversight_alert_licences on oversight_alert using gin (licences);
create index oversight_alert_parties on oversight_alert using gin (parties);

-- Every change of a case, committed to the transparency log like a custody event.
create table oversight_transition (
    id         text primary key,
    alert_id   text not null references oversight_alert (id),
    body       jsonb not null,
    salt       bytea not null,
    log_index  bigint not null unique,
    at         timestamptz not null
);
create index oversight_transition_by_alert on oversight_transition (alert_id, at);
create trigger oversight_transition_append_only before update or delete on oversight_transition
    for each row execute function mizan_append_only();

-- What the rules remember: where each lot came from, a licence's extraction per mineral and year,
-- the grades seen per site, and trips per permit.
create table oversight_lot (
    lot_id   text primary key,
    material text not null,
    site     text not null
);

create table oversight_extraction (
    licence text not null,
    mineral text not null,
    year    int not null,
    grams   bigint not null,
    primary key (licence, mineral, year)
);

create table oversight_grade (
    site     text not null,
    material text not null,
    element  text not null,
    seq      bigint not null,
    fraction numeric not null,
    primary key (site, material, element, seq)
);

create table oversight_trip (
    permit        text not null,
    lot_id        text not null,
    event_id      text not null,
    dispatched_at timestamptz not null,
    valid_until   timestamptz not null,
    received_at   timestamptz,
    primary key (permit, lot_id, event_id)
);
create index oversight_trip_by_lot on oversight_trip (lot_id) where received_at is null;
