-- The licence-hopping rule looks for a holder's earlier points under each of its other licences in
-- turn, so the index leads with the licence: a range of it holds only that sibling's points in the
-- latitude band, never the points of the licence being judged.
drop index oversight_extraction_point_by_holder;
create index oversight_extraction_point_by_licence on oversight_extraction_point (holder, licence, lat, extracted_at);
