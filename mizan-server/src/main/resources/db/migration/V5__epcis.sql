-- EPCIS 2.0 capture jobs and events. Events are stored as captured (jsonb) with the columns and side
-- tables the standard queries filter on; identifiers are indexed in their canonical GS1 Digital Link form.

CREATE TABLE epcis_capture_job (
    id          uuid PRIMARY KEY,
    captured_by text        NOT NULL,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz,
    state       text        NOT NULL CHECK (state IN ('running', 'success', 'failure')),
    event_count integer     NOT NULL,
    errors      jsonb       NOT NULL DEFAULT '[]'
);

CREATE TABLE epcis_event (
    seq               bigserial PRIMARY KEY,
    event_id          text        NOT NULL,
    captured_by       text        NOT NULL,
    capture_job       uuid        REFERENCES epcis_capture_job (id),
    event_type        text        NOT NULL,
    event_time        timestamptz NOT NULL,
    record_time       timestamptz NOT NULL,
    biz_step          text,
    disposition       text,
    read_point        text,
    biz_location      text,
    transformation_id text,
    error_declared    boolean     NOT NULL,
    custody_seq       bigint,
    body              jsonb       NOT NULL,
    -- An error declaration repeats the event it corrects under the same eventID (EPCIS 2.0 section 7.4.1.2).
    UNIQUE (captured_by, event_id, error_declared)
);

CREATE INDEX epcis_event_by_id ON epcis_event (event_id);
CREATE INDEX epcis_event_by_time ON epcis_event (event_time);
CREATE INDEX epcis_event_by_biz_step ON epcis_event (biz_step);

-- kind: epc (epcList, childEPCs), parent, input, output, class (quantityList, childQuantityList),
-- input_class, output_class.
CREATE TABLE epcis_event_object (
    event_seq bigint NOT NULL REFERENCES epcis_event (seq),
    kind      text   NOT NULL,
    id        text   NOT NULL
);

CREATE INDEX epcis_event_object_by_id ON epcis_event_object (id text_pattern_ops, kind);
CREATE INDEX epcis_event_object_by_event ON epcis_event_object (event_seq);

-- role: source or destination; type is the CBV short name (owning_party, location, ...).
CREATE TABLE epcis_event_party (
    event_seq bigint NOT NULL REFERENCES epcis_event (seq),
    role      text   NOT NULL CHECK (role IN ('source', 'destination')),
    type      text   NOT NULL,
    id        text   NOT NULL
);

CREATE INDEX epcis_event_party_by_id ON epcis_event_party (role, type, id);
