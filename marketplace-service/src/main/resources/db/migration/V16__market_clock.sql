-- The dev stack's movable marketplace time (DevClockResource), shared by every replica of the service: an offset
-- moved through one replica holds on all of them at once. Production never writes it (the clock is not adjustable).
create table market_clock (
    id         int primary key check (id = 1),
    offset_ms  bigint not null
);
comment on table market_clock is 'global: the dev stack''s offset of marketplace time, one row for every replica';
