-- Records of the committed custody stream that an evaluator could not read or evaluate. They are set
-- aside in the transaction that moves the evaluator's cursor past them, so the stream goes on and
-- each record is either evaluated or listed here, never both and never neither. An operator retries
-- them; one that evaluates is removed, one that still fails stays with its latest cause.
create table evaluator_set_aside (
    evaluator       text not null,
    seq             bigint not null,
    event_id        text not null,
    cause           text not null,
    set_aside_at    timestamptz not null,
    attempts        int not null default 1,
    last_attempt_at timestamptz not null,
    primary key (evaluator, seq)
);
