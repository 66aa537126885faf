-- The transparency log: one 32-byte commitment per accepted event, the tree's stored node hashes,
-- and the signed checkpoints. Each event keeps its salt and its index in the log.

alter table custody_event add column salt bytea;
alter table custody_event add column log_index bigint unique;

create table ledger_entry (
    idx        bigint primary key,
    commitment bytea not null check (length(commitment) = 32)
);

-- Perfect-subtree hashes (level 0 = leaf hashes); tiles are read straight from here.
create table ledger_hash (
    level int not null,
    idx   bigint not null,
    hash  bytea not null check (length(hash) = 32),
    primary key (level, idx)
);

create table ledger_checkpoint (
    size      bigint primary key,
    root      bytea not null,
    note      text not null,
    signed_at timestamptz not null
);

-- Append-only, enforced by the database as well as by the code: changing history needs someone to
-- disable these triggers first, and the log's hashes will still give it away.
create function mizan_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only', tg_table_name;
end;
$$;

create trigger custody_event_append_only before update or delete on custody_event
    for each row execute function mizan_append_only();
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function mizan_append_only();
create trigger ledger_hash_append_only before update or delete on ledger_hash
    for each row execute function mizan_append_only();
create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function mizan_append_only();
