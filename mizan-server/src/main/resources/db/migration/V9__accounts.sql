-- People who sign in to the portal. Each account speaks for one party in one role, as an API key
-- does. The password is stored as a BCrypt hash; until the invitation is accepted there is none,
-- only the SHA-256 of the one-time invitation token.

create table account (
    username          text primary key,
    party_id          text not null,
    role              text not null,
    password_bcrypt   text,
    invitation_sha256 bytea unique,
    invited_until     timestamptz,
    failed_attempts   integer not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null,
    check (password_bcrypt is not null or invitation_sha256 is not null)
);
