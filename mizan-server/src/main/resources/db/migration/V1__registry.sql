-- Registry: the harmonised national view of provincial mineral titles.

create table province (
    code text primary key,
    name text not null unique
);

insert into province (code, name) values
    ('PK-BA', 'Balochistan'),
    ('PK-KP', 'Khyber Pakhtunkhwa'),
    ('PK-PB', 'Punjab'),
    ('PK-SD', 'Sindh'),
    ('PK-GB', 'Gilgit-Baltistan'),
    ('PK-JK', 'Azad Jammu and Kashmir'),
    ('PK-IS', 'Islamabad Capital Territory');

create table party (
    id           text primary key,
    name         text not null,
    kind         text not null,
    country      char(2) not null,
    jurisdiction text references province (code),
    created_at   timestamptz not null
);

-- The operator of the system itself, so that the first administrator key has a party to speak for.
insert into party (id, name, kind, country, jurisdiction, created_at)
values ('mizan-operator', 'Mizan system operator', 'regulator', 'PK', null, now());

create table licence (
    number      text primary key,
    type        text not null,
    holder      text not null references party (id),
    province    text not null references province (code),
    polygon     jsonb not null,
    min_lon     double precision not null,
    min_lat     double precision not null,
    max_lon     double precision not null,
    max_lat     double precision not null,
    granted_on  date not null,
    expires_on  date not null,
    status      text not null,
    status_note text,
    version     integer not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint licence_dates check (expires_on > granted_on)
);

create index licence_bbox on licence (min_lon, max_lon, min_lat, max_lat);

create table licence_mineral (
    licence           text not null references licence (number),
    mineral           text not null,
    annual_capacity_t numeric(16, 3) not null check (annual_capacity_t >= 0),
    primary key (licence, mineral)
);

create index licence_mineral_by_mineral on licence_mineral (mineral);

create table site (
    id         text primary key,
    name       text not null,
    kind       text not null,
    lat        double precision not null,
    lon        double precision not null,
    province   text references province (code),
    operator   text not null references party (id),
    licence    text references licence (number),
    created_at timestamptz not null,
    constraint mine_has_licence check (kind <> 'mine' or licence is not null)
);
