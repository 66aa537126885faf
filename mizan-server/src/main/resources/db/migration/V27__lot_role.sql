-- What a process output is to its plant: product, by-product, tailings or slag. Every lot recorded before
-- is a product, which is what custody took every output to be.
alter table lot add column role text not null default 'product';
