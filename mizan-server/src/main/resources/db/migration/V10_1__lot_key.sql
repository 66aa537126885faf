-- A lot's identity is its id in lower case (people write the same tag in either case); the row keeps the
-- spelling the lot was created under. The unique index serves the look-ups and forbids two spellings of one lot.
create unique index lot_by_key on lot (lower(id));
