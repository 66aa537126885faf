-- The licence-hopping rule's memory: where each extraction under a licence was tagged, with the
-- licence's holder, so that a pit tagged under one licence and later under a sibling is seen. Keyed
-- by the extraction: evaluating it again adds nothing.
create table oversight_extraction_point (
    event_id     text primary key,
    holder       text not null,
    licence      text not null,
    lat          double precision not null,
    lon          double precision not null,
    extracted_at timestamptz not null
);
create index oversight_extraction_point_by_holder on oversight_extraction_point (holder, lat, extracted_at);
