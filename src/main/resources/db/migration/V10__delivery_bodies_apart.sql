-- A delivery's body in a table of its own, written once and never updated. In raw_delivery, every status change
-- rewrote the body with the row: H2 serialises whole pages at each commit, so each update cost as much as the
-- bodies sharing the page (about a quarter of processing's time, profiled), and PostgreSQL copied the body into
-- each new row version.
create table raw_delivery_body (
    delivery_id bigint primary key references raw_delivery (id),
    body        bytea not null
);
insert into raw_delivery_body (delivery_id, body) select id, body from raw_delivery;
alter table raw_delivery drop column body;
