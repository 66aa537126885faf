-- Strategic reserves: an account per material (and its form) at a reserve site, with a target, an annual plan and a
-- monthly stock committed to the transparency log (salted, so a sealed account's quantity stays secret until disclosed).
create table economy_reserve_account (
    id                  text primary key,
    site                text not null references site (id),
    material            text not null,
    form                text not null,
    target_days         numeric,
    baseline_kg_per_day numeric,
    baseline_source     text,
    target_kg           numeric not null,
    policy              text not null check (policy in ('public', 'band', 'sealed')),
    regulator           text not null references party (id),
    opened              date not null,
    unique (site, material),
    constraint target_days_has_baseline check ((target_days is null) = (baseline_kg_per_day is null))
);

create table economy_reserve_plan (
    account             text not null references economy_reserve_account (id),
    year                integer not null,
    max_acquisition_kg  numeric not null,
    max_disposal_kg     numeric not null,
    primary key (account, year)
);

-- One row per account and month, in order and with none missing: the month-end job commits each month after the last.
create table economy_reserve_month (
    id          text primary key,
    account     text not null references economy_reserve_account (id),
    month       date not null,
    stock_kg    numeric not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique,
    unique (account, month)
);
