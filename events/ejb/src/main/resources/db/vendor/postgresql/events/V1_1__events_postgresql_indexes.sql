-- PostgreSQL only (H2 has no partial indexes). The unique constraint of V1 already forbids duplicates on
-- every database; these partial indexes make the hot look-ups small.

-- The waiting list in its order, for moving people up.
CREATE INDEX registration_waiting ON events.registration (event_id, waitlist_number) WHERE status = 'WAITLISTED';

-- Confirmed registrations still to be reminded, for the daily reminder run.
CREATE INDEX registration_reminder_due ON events.registration (event_id) WHERE status = 'CONFIRMED' AND reminder_sent_at IS NULL;
