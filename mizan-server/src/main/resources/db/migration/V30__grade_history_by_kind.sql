-- The grade-outlier rule judges an assay against the site's assays and a declared grade against its declared ones:
-- a miner who declares one nominal grade has a history of one value, which every honest assay would seem far from.
alter table oversight_grade add column assayed boolean not null default false;
update oversight_grade g set assayed = true from custody_event e where e.seq = g.seq and e.type = 'assayed';
create index oversight_grade_by_kind on oversight_grade (site, material, element, assayed, seq desc);
