-- Covering indexes for the two aggregate queries the UI runs most: the network (pairs with mean Goldstein)
-- and the daily timeline read these columns only, never the table rows. Same in both databases.
DROP INDEX events_source;
CREATE INDEX events_source ON events (source_actor_id, target_actor_id, goldstein);
DROP INDEX events_day;
CREATE INDEX events_day ON events (day, quad_class);
