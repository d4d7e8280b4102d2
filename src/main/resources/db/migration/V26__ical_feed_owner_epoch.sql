-- A calendar feed belongs to its owner as they were when they made it (issue 29): a password
-- reset, a move to another unit or a change of roles (each raises app_user.auth_epoch) ends it,
-- as it ends the owner's sessions. Feeds made before keep the owner's present epoch.
ALTER TABLE calendar_feed ADD COLUMN auth_epoch INTEGER NOT NULL DEFAULT 0;
UPDATE calendar_feed f SET auth_epoch = u.auth_epoch FROM app_user u WHERE u.id = f.user_id;
