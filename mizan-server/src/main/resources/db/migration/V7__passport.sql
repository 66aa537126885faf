-- Published passports: the document as it stood when it was published, kept as text so that the
-- bytes served are the bytes published (jsonb would reorder keys). Publishing again replaces it.

create table passport_publication (
    consignment         text primary key,
    published_by        text not null,
    published_at        timestamptz not null,
    exporter            text not null,
    destination_country char(2) not null,
    net_mass_kg         text not null,
    forms               text not null,
    document            text not null
);

create index passport_publication_by_time on passport_publication (published_at desc);
