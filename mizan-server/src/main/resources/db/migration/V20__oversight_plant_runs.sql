-- The plant balance pattern's memory: each process run's contained mass of each element in and out,
-- so that a restarted evaluator judges a plant's window as it stood. Keyed by the run and element:
-- evaluating the same run again adds nothing.
create table oversight_plant_run (
    event_id  text not null,
    element   text not null,
    site      text not null,
    run_at    timestamptz not null,
    input_g   bigint not null check (input_g >= 0),
    output_g  bigint not null check (output_g >= 0),
    primary key (event_id, element)
);
create index oversight_plant_run_by_plant on oversight_plant_run (site, element, run_at desc);
