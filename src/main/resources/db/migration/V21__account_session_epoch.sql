-- A number that changes whenever what a person may do changes (roles, unit, active, password):
-- a session made before carries the old number and is refused on its next request, on every node.
ALTER TABLE app_user ADD COLUMN auth_epoch INTEGER NOT NULL DEFAULT 0;
