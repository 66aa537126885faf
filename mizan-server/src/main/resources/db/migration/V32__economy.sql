-- The national picture: price points by form, payability by form and the resource register, each row committed to the
-- transparency log in the transaction that stores it (body, salt and log index beside the row, as fiscal keeps its rows).
create table economy_price (
    id          text primary key,
    item        text not null,
    form        text not null,
    valid_from  date not null,
    value       numeric not null,
    unit        text not null,
    confidence  text not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique,
    unique (item, form, valid_from, confidence)
);
create index economy_price_lookup on economy_price (item, form, valid_from desc);

create table economy_payability (
    id          text primary key,
    form        text not null,
    valid_from  date not null,
    share       numeric not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique,
    unique (form, valid_from)
);

-- Superseded estimates stay: the current one of a licence, element and class is the one with the latest estimate date.
create table economy_resource (
    id            text primary key,
    licence       text not null,
    element       text not null,
    class         text not null,
    estimated_on  date not null,
    contained_t   numeric not null,
    body          jsonb not null,
    salt          bytea not null,
    log_index     bigint not null unique,
    unique (licence, element, class, estimated_on)
);
