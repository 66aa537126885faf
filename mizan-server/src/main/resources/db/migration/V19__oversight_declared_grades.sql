-- The under-declaration rule's memory: each extracted lot's grades as the miner declared them, per
-- element, with the mine and its operator, and the first assay of that element on the lot. Keyed by lot
-- and element: a lot counts once whatever re-assays follow, and evaluating the same events again adds
-- nothing.
create table oversight_declared_grade (
    lot_id              text not null,
    element             text not null,
    site                text not null,
    operator            text not null,
    extraction_event_id text not null,
    declared            numeric not null check (declared >= 0 and declared <= 1),
    assay_event_id      text,
    assay_seq           bigint,
    assayed             numeric check (assayed >= 0 and assayed <= 1),
    primary key (lot_id, element)
);
create index oversight_declared_grade_by_site on oversight_declared_grade (site, element, assay_seq desc)
    where assay_seq is not null;
