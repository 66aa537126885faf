-- Royalty regimes, reference prices and exchange rates as effective-dated rows, and the royalty
-- assessments made on the committed custody stream. Every row is committed to the transparency log
-- (body as committed, salt, log index) and never edited: a change is a new row.

create table fiscal_rate (
    id               text primary key,
    province         text not null,
    mineral          text not null,
    form             text,
    element          text,
    basis            text not null,
    rate             numeric not null,
    currency         text,
    minimum_per_tonne numeric,
    value_point      text not null,
    price_item       text,
    valid_from       date not null,
    valid_to         date,
    illustrative     boolean not null,
    recorded_at      timestamptz not null,
    body             jsonb not null,
    salt             bytea not null,
    log_index        bigint not null unique
);
create index fiscal_rate_key on fiscal_rate (province, mineral, valid_from);

create table fiscal_price (
    id          text primary key,
    item        text not null,
    year        integer not null,
    value       numeric not null,
    unit        text not null,
    confidence  text not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique,
    unique (item, year, confidence)
);

create table fiscal_exchange_rate (
    id          text primary key,
    day         date not null unique,
    pkr_per_usd numeric not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique
);

create table fiscal_incentive (
    id          text primary key,
    scope       text not null,
    scope_value text not null,
    relief      numeric not null,
    valid_from  date not null,
    valid_to    date,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique
);

-- What assessment needs to know of a lot, kept as the stream is read: where it came from, its mass and
-- latest grades, and whether it (or a lot it was made from) has been assessed.
create table fiscal_lot (
    lot_key      text primary key,
    lot          text not null,
    site         text not null,
    licence      text,
    material     text not null,
    form         text not null,
    grades       jsonb not null,
    grade_source text not null,
    covered      boolean not null
);

create table fiscal_assessment (
    id          text primary key,
    lot_key     text not null unique,
    lot         text not null,
    licence     text,
    province    text,
    event_id    text not null,
    assessed    boolean not null,
    due_usd     numeric,
    due_pkr     numeric,
    forgone_usd numeric,
    event_at    timestamptz not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique
);
create index fiscal_assessment_licence on fiscal_assessment (licence, event_at);

create table fiscal_cursor (
    name text primary key,
    seq  bigint not null
);
insert into fiscal_cursor (name, seq) values ('custody', 0);
