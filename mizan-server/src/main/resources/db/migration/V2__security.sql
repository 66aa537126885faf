-- API keys: only a hash of each secret is kept.

create table api_key (
    id            text primary key,
    party_id      text not null,
    role          text not null,
    secret_sha256 bytea not null,
    created_at    timestamptz not null,
    revoked_at    timestamptz
);

create index api_key_by_role on api_key (role) where revoked_at is null;
