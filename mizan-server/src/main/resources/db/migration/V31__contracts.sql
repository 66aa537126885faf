-- The contract register: contracts, their amendments and documents, obligations and the evidence of their
-- delivery, investment commitments and the Open Contracting releases made of them. Every row is a record
-- committed to the transparency log in the transaction that stores it, and none is ever changed: an
-- amendment, a new document or a new release is a new row. `subject` is the contract or commitment it is about.
create table contract_record (
    id          text primary key,
    kind        text not null check (kind in ('contract', 'amendment', 'document', 'obligation', 'evidence',
                                              'commitment', 'commitment-evidence', 'release')),
    subject     text not null,
    body        jsonb not null,
    salt        bytea not null,
    log_index   bigint not null unique,
    recorded_at timestamptz not null,
    recorded_by text not null references party (id)
);
create index contract_record_subject on contract_record (subject, log_index);
create index contract_record_kind on contract_record (kind, log_index);

-- The documents' bytes, by their SHA-256. The hash is what the log commits (inside a `document` record), so a
-- text swapped here afterwards no longer matches the log and is refused when served.
create table contract_document (
    sha256     text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type text not null,
    content    bytea not null
);
